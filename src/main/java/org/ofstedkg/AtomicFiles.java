package org.ofstedkg;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Files written whole or not at all: readers never see half a file, a failure leaves the old one. */
public final class AtomicFiles {

    /** What writes a file's content. */
    @FunctionalInterface
    public interface Content<T> {
        T writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes into a file beside {@code file} (creating its folder) and moves it into place when complete.
     * The file is created like any new file (the user's umask), not with a temporary file's owner-only mode.
     *
     * @return what {@code content} returned
     */
    public static <T> T write(Path file, Content<T> content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path partial = dir.resolve("." + file.getFileName() + ".partial-" + ProcessHandle.current().pid() + "-"
                + Thread.currentThread().getId());
        // A process killed while writing left this name behind; the same process id and thread may come again.
        Files.deleteIfExists(partial);
        try {
            T result;
            try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(partial,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(java.nio.channels.Channels.newOutputStream(channel), 1 << 16);
                result = content.writeTo(out);
                out.flush();
                channel.force(true); // on disk before it takes the name: a power cut leaves the old file or the new
            }
            try {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return result;
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
