package org.ofstedkg.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.zip.GZIPInputStream;

import org.ofstedkg.FastGzipOutputStream;
import org.ofstedkg.Folders;

/**
 * Sorts strings in bounded memory: they are sorted in the heap a batch at a time and, once the keys
 * outgrow one batch, every batch is written to a gzip file of a scratch folder and the files are merged
 * as they are read. A store of 10,000 reports has 4.6 million statements, whose keys take over 1 GB of
 * heap: sorting them whole did not fit in 2 GB. The files hold each key's UTF-16 characters as they are,
 * so any string comes back unchanged (line breaks, unpaired surrogates).
 */
final class SortedKeys implements AutoCloseable {

    /** Heap per batch: a sixteenth of the JVM's, so that a server answering queries meanwhile keeps room. */
    static long defaultBudget() {
        return Runtime.getRuntime().maxMemory() / 16;
    }

    private final Path scratchParent;
    private final long budgetBytes;
    private final boolean distinct;
    private final List<String> batch = new ArrayList<>();
    private long batchBytes;
    private final List<Path> runs = new ArrayList<>();
    private Path scratch;
    private final List<Run> open = new ArrayList<>();

    /**
     * @param scratchParent where the scratch folder is made, if the keys do not fit in one batch
     * @param distinct whether a key added more than once is given once
     */
    SortedKeys(Path scratchParent, long budgetBytes, boolean distinct) {
        this.scratchParent = scratchParent;
        this.budgetBytes = budgetBytes;
        this.distinct = distinct;
    }

    void add(String key) {
        batch.add(key);
        // A string's heap: its header and array (about 56 bytes) and up to two bytes a character.
        batchBytes += 56 + 2L * key.length();
        if (batchBytes >= budgetBytes) {
            spill();
        }
    }

    /** The number of batches written to disk so far. */
    int spilled() {
        return runs.size();
    }

    /** The keys in order; once only, after the last {@link #add}. */
    Iterator<String> sorted() {
        batch.sort(null);
        if (runs.isEmpty()) {
            return distinct ? new Distinct(batch.iterator()) : batch.iterator();
        }
        spill();
        PriorityQueue<Run> heads = new PriorityQueue<>((a, b) -> a.head.compareTo(b.head));
        for (Path file : runs) {
            Run run = new Run(file);
            open.add(run);
            if (run.advance()) {
                heads.add(run);
            }
        }
        Iterator<String> merged = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !heads.isEmpty();
            }

            @Override
            public String next() {
                Run least = heads.poll();
                if (least == null) {
                    throw new NoSuchElementException();
                }
                String key = least.head;
                if (least.advance()) {
                    heads.add(least);
                }
                return key;
            }
        };
        return distinct ? new Distinct(merged) : merged;
    }

    private void spill() {
        if (batch.isEmpty()) {
            return;
        }
        batch.sort(null);
        Path file = null;
        try {
            if (scratch == null) {
                Files.createDirectories(scratchParent);
                scratch = Files.createTempDirectory(scratchParent, ".ofsted-kg-sort-");
            }
            file = scratch.resolve(runs.size() + ".gz");
            try (OutputStream raw = Files.newOutputStream(file);
                    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FastGzipOutputStream(raw),
                            1 << 16))) {
                String previous = null;
                for (String key : batch) {
                    if (!(distinct && key.equals(previous))) {
                        out.writeInt(key.length());
                        byte[] bytes = new byte[2 * key.length()];
                        for (int i = 0; i < key.length(); i++) {
                            char c = key.charAt(i);
                            bytes[2 * i] = (byte) (c >>> 8);
                            bytes[2 * i + 1] = (byte) c;
                        }
                        out.write(bytes);
                    }
                    previous = key;
                }
            }
            runs.add(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sort's scratch file " + (file != null ? file : scratchParent)
                    + ": " + e.getMessage(), e);
        }
        batch.clear();
        batchBytes = 0;
    }

    /** Deletes the scratch files. */
    @Override
    public void close() {
        for (Run run : open) {
            try {
                run.in.close();
            } catch (IOException e) {
                // deleted below all the same
            }
        }
        if (scratch != null) {
            Folders.deleteTree(scratch);
        }
    }

    /** A sorted batch on disk, read a key at a time. */
    private static final class Run {
        private final Path file;
        final DataInputStream in;
        String head;

        Run(Path file) {
            this.file = file;
            InputStream raw = null;
            try {
                raw = Files.newInputStream(file);
                in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16));
            } catch (IOException e) {
                closeQuietly(raw);
                throw failure(e);
            }
        }

        boolean advance() {
            try {
                int length;
                try {
                    length = in.readInt();
                } catch (EOFException end) {
                    head = null;
                    return false;
                }
                byte[] bytes = new byte[2 * length];
                in.readFully(bytes);
                char[] chars = new char[length];
                for (int i = 0; i < length; i++) {
                    chars[i] = (char) ((bytes[2 * i] & 0xff) << 8 | (bytes[2 * i + 1] & 0xff));
                }
                head = new String(chars);
                return true;
            } catch (IOException e) {
                throw failure(e);
            }
        }

        private UncheckedIOException failure(IOException e) {
            return new UncheckedIOException("cannot read the sort's scratch file " + file + ": " + e.getMessage(), e);
        }

        private static void closeQuietly(InputStream in) {
            if (in != null) {
                try {
                    in.close();
                } catch (IOException e) {
                    // the read failed already: that is the error to report
                }
            }
        }
    }

    /** Drops a key equal to the one before it. */
    private static final class Distinct implements Iterator<String> {
        private final Iterator<String> sorted;
        private String next;
        private String previous;

        Distinct(Iterator<String> sorted) {
            this.sorted = sorted;
        }

        @Override
        public boolean hasNext() {
            while (next == null && sorted.hasNext()) {
                String key = sorted.next();
                if (!key.equals(previous)) {
                    next = key;
                }
                previous = key;
            }
            return next != null;
        }

        @Override
        public String next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            String key = next;
            next = null;
            return key;
        }
    }
}
