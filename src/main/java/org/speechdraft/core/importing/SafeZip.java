package org.speechdraft.core.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads parts of a zip (a .docx) with limits, so that a zip bomb is stopped early: a part may not
 * unpack to more than {@link #MAX_PART_BYTES}, nor to more than {@link #MAX_RATIO} times its packed
 * size once past {@link #RATIO_FREE_BYTES} (text XML packs about 5–20 times; a bomb thousands of
 * times). The sizes the zip declares are not trusted: the bytes are counted as they unpack.
 */
final class SafeZip {

    static final long MAX_PART_BYTES = 64L * 1024 * 1024;
    static final int MAX_RATIO = 100;
    static final long RATIO_FREE_BYTES = 1024L * 1024;

    private SafeZip() {
    }

    /** The part's bytes as they unpack; reading past a limit throws {@link BombException}. */
    static InputStream open(ZipFile zip, ZipEntry entry) throws IOException {
        long packed = Math.max(entry.getCompressedSize(), 1);
        return new CountingStream(zip.getInputStream(entry), packed);
    }

    /** The part unpacks to far more than a document holds. */
    static final class BombException extends IOException {
        private static final long serialVersionUID = 1L;

        BombException() {
            super("zip part unpacks beyond the limits");
        }
    }

    private static final class CountingStream extends FilterInputStream {

        private final long limit;
        private long count;

        CountingStream(InputStream in, long packed) {
            super(in);
            this.limit = Math.min(MAX_PART_BYTES, Math.max(RATIO_FREE_BYTES, packed * MAX_RATIO));
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws BombException {
            count += n;
            if (count > limit) {
                throw new BombException();
            }
        }
    }
}
