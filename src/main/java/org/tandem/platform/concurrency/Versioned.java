package org.tandem.platform.concurrency;

/** A response body of a mutable resource; {@link EntityTagFilter} sends its version as a strong ETag. */
public interface Versioned {

    long version();
}
