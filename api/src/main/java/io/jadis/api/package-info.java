/**
 * The public contract of Jadis beyond Jakarta Data.
 *
 * <p>Applications declare entities with Jakarta Persistence or Jakarta NoSQL annotations and
 * repositories with Jakarta Data; this package adds only what those standards cannot say about
 * a Redis store: where an entity's keys live ({@link io.jadis.api.KeyPrefix}) and the
 * exceptions Jadis raises besides the Jakarta Data ones.
 */
package io.jadis.api;
