/**
 * The CDI integration of Jadis: a portable extension that finds {@code @Repository} interfaces,
 * validates them when the container starts and makes them injectable, configured from MicroProfile
 * Config (when present), system properties and environment variables.
 */
package io.jadis.cdi;
