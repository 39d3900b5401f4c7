package org.tandem.roster;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes a zip entry inflates to and stops at a limit, so that a zip bomb (a small archive
 * that inflates to gigabytes) fails with a reason instead of filling the disk or the heap. The
 * limit is shared by every entry of one package.
 */
final class InflationGuard {

    /** Thrown when the package inflates past its limit. */
    static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("The package inflates to more than " + limit + " bytes (a zip bomb?)");
        }
    }

    private final long limit;
    private long inflated;

    InflationGuard(long limit) {
        this.limit = limit;
    }

    InputStream watch(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    count(n);
                }
                return n;
            }
        };
    }

    private void count(long n) throws TooLarge {
        inflated += n;
        if (inflated > limit) {
            throw new TooLarge(limit);
        }
    }
}
