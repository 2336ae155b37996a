package org.ofstedkg;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A gzip stream at the fastest level (five times faster than the default, a fifth larger), for files the
 * project writes and reads again itself; its deflater can be ended without writing, when a copy is given up.
 */
public final class FastGzipOutputStream extends GZIPOutputStream {

    public FastGzipOutputStream(OutputStream out) throws IOException {
        super(out, 1 << 16);
        def.setLevel(Deflater.BEST_SPEED);
    }

    /** Frees the deflater's native memory without writing the rest of the stream. */
    public void end() {
        def.end();
    }
}
