/**
 * Build tooling of the TCK runner: the ratchet that compares the TCK results with
 * {@code known-failures.txt}. Not part of Jadis.
 */
package io.jadis.tck.ratchet;
