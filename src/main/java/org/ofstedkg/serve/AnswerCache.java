package org.ofstedkg.serve;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.eclipse.jetty.ee10.servlet.HttpOutput;
import org.ofstedkg.AtomicFiles;
import org.ofstedkg.Digests;
import org.ofstedkg.FastGzipOutputStream;
import org.ofstedkg.Folders;
import org.ofstedkg.store.KnowledgeStore;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Answers to SPARQL GET requests kept until the store changes: the key is the store's {@linkplain
 * KnowledgeStore#state() state}, the request's parameters (decoded, so any client's spelling of the same
 * query matches) and the Accept header, so an answer is only ever given again for the same question about
 * the same committed content. Research dashboards and the site ask the same canned queries over and over;
 * the store changes only through the admin endpoints.
 *
 * <p>Answers are kept on disk, in a folder per state in the store's folder, not in the heap, and outlive
 * the server: one started on an unchanged store gives them at once instead of computing them again, and
 * so never maps in the store's index pages the full-table queries read (at 10,000 reports, 0.9 GB). Each answer is kept gzipped, and
 * plain too when that fits, so that a client without gzip costs one copy from the page cache, not an
 * inflation. Least recently used answers go first once the folder holds its limit, and answers over a
 * sixteenth of it (gzipped) are not kept. Requests for an answer being computed wait for it rather than
 * compute it again, so a burst of the same slow question costs one computation.
 */
final class AnswerCache implements Filter {

    /**
     * A kept answer: its content type, the headers worth repeating, its body gzipped and, if it fits, plain.
     * Answers that list every row of 10,000 reports are 9-40 MB (CSV, JSON) and a tenth of that gzipped.
     */
    private record Answer(String contentType, List<String[]> headers, Path gzipped, long gzippedLength,
            long length, Path plain) {
        /** What the answer takes of the cache's room. */
        long size() {
            return gzippedLength + (plain == null ? 0 : length);
        }
    }

    private final KnowledgeStore store;
    /** The folder of kept answers: one folder in it per state of the store. */
    private final Path folder;
    /**
     * What shapes an answer besides the store and the request: the cap on rows, the results' writers (Jena's
     * version) and ours: kept answers outlive the server, and an upgrade must not give answers of the old one.
     */
    private final String settings;
    private final long maxBytes;
    private long bytes;
    /** The state whose answers {@link #answers} lists. */
    private String state;
    private final LinkedHashMap<String, Answer> answers = new LinkedHashMap<>(256, 0.75f, true);

    /** The answers being computed, by state and key; each completes with the answer, or null if not kept. */
    private final Map<String, CompletableFuture<Answer>> computing = new HashMap<>();

    private final long timeoutNanos;

    /**
     * @param folder where answers are kept (created if need be); answers of other states found there go
     * @param maxRows the endpoint's cap on rows: an answer kept under one cap is not given under another
     * @param timeout the query timeout: an answer that took nearly as long may have been cut off by it
     */
    AnswerCache(KnowledgeStore store, Path folder, long maxBytes, java.time.Duration timeout, long maxRows) {
        this.store = store;
        this.folder = folder;
        this.maxBytes = maxBytes;
        this.timeoutNanos = timeout.toNanos();
        this.settings = "max-rows=" + maxRows + "\njena=" + org.apache.jena.Jena.VERSION + "\nofsted-kg="
                + AnswerCache.class.getPackage().getImplementationVersion() + "\n";
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (!"GET".equals(request.getMethod()) || request.getQueryString() == null) {
            chain.doFilter(req, res);
            return;
        }
        // The state is read before the query runs: an answer is kept under a state no newer than the
        // content it was computed on, and a state is never named again, so no answer outlives a change.
        String at = store.state();
        String key = settings + key(request);
        Answer kept = lookup(at, key);
        CompletableFuture<Answer> mine = null;
        String computingKey = at + " " + key;
        if (kept == null) {
            CompletableFuture<Answer> other;
            synchronized (this) {
                other = computing.get(computingKey);
                if (other == null) {
                    mine = new CompletableFuture<>();
                    computing.put(computingKey, mine);
                }
            }
            if (other != null) {
                kept = awaitOther(other);
            }
        }
        if (kept != null && give(at, key, kept, acceptsGzip(request), response)) {
            return;
        }
        Answer computed = null;
        try {
            computed = compute(request, response, chain, at, key);
        } finally {
            if (mine != null) {
                synchronized (this) {
                    computing.remove(computingKey);
                }
                mine.complete(computed);
            }
        }
    }

    /**
     * Direct buffers for sending kept files: read from the file into one and written from it to the socket,
     * the bytes are copied once on each side, never through the heap. A few are kept for the next answers;
     * more are made while more answers are sent at once, and dropped after.
     */
    private static final java.util.concurrent.BlockingQueue<ByteBuffer> SENDING =
            new java.util.concurrent.ArrayBlockingQueue<>(16);

    /**
     * Sends a kept answer; false, sending nothing, if its files cannot be read (dropped since it was looked
     * up, or damaged): the answer is then forgotten, and computed again by the caller.
     */
    private boolean give(String at, String key, Answer kept, boolean gzip, HttpServletResponse response)
            throws IOException {
        boolean inflate = !gzip && kept.plain() == null;
        FileChannel file = null;
        InputStream inflated = null;
        try {
            file = FileChannel.open(gzip || inflate ? kept.gzipped() : kept.plain());
            if (inflate) {
                inflated = new GZIPInputStream(Channels.newInputStream(file), 1 << 16); // reads the gzip header
            }
        } catch (IOException e) {
            if (file != null) {
                file.close();
            }
            forget(at, key, kept);
            return false;
        }
        try (FileChannel body = file) {
            response.setStatus(HttpServletResponse.SC_OK);
            kept.headers().forEach(h -> response.setHeader(h[0], h[1]));
            response.setContentType(kept.contentType());
            response.setHeader("OfstedKG-Answer", "cached");
            if (gzip) {
                // Jetty's gzip handler leaves an answer that has its Content-Encoding alone.
                response.setHeader("Content-Encoding", "gzip");
                response.setContentLengthLong(kept.gzippedLength());
            } else {
                response.setContentLengthLong(kept.length());
            }
            OutputStream out = response.getOutputStream();
            if (inflated != null) {
                inflated.transferTo(out);
            } else if (out instanceof HttpOutput jetty) {
                ByteBuffer buffer = SENDING.poll();
                if (buffer == null) {
                    buffer = ByteBuffer.allocateDirect(1 << 17);
                }
                try {
                    for (buffer.clear(); body.read(buffer) > 0; buffer.clear()) {
                        jetty.write(buffer.flip()); // blocking: the buffer is free again when it returns
                    }
                } finally {
                    SENDING.offer(buffer);
                }
            } else {
                Channels.newInputStream(body).transferTo(out);
            }
        }
        return true;
    }

    /** Drops a kept answer whose files could not be read, and what is left of them. */
    private synchronized void forget(String at, String key, Answer kept) {
        if (at.equals(state) && answers.get(key) == kept) {
            answers.remove(key);
            bytes -= kept.size();
            deleteFiles(kept, true);
        }
    }

    /**
     * The cache key of a request: its parameters decoded and in order, and the Accept header (all its field
     * lines, as the negotiation reads it). The store's state, the other half of the key, is read before the
     * query runs, by the caller.
     */
    static String key(HttpServletRequest request) {
        return key(request.getParameterMap(), Negotiation.accept(request));
    }

    private static String key(Map<String, String[]> parameters, String accept) {
        StringBuilder key = new StringBuilder();
        new TreeMap<>(parameters).forEach((name, values) -> {
            for (String value : values) {
                key.append(name).append('=').append(value).append('\n');
            }
        });
        return key.append("Accept: ").append(accept).toString();
    }

    /**
     * The body of the answer kept for a GET of the endpoint with this query (its only parameter) and this
     * Accept, at the store's current state; empty if none is kept. This is how the site reads the answers
     * {@link AnswerWarmer} computed ahead ({@link AheadQueries}).
     */
    Optional<InputStream> kept(String query, String accept) {
        String at = store.state();
        String key = settings + key(Map.of("query", new String[] {query}), accept);
        Answer kept = lookup(at, key);
        if (kept == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(kept.plain() != null ? Files.newInputStream(kept.plain())
                    : new GZIPInputStream(Files.newInputStream(kept.gzipped()), 1 << 16));
        } catch (IOException e) {
            forget(at, key, kept);
            return Optional.empty();
        }
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        String accepted = request.getHeader("Accept-Encoding");
        return accepted != null && accepted.toLowerCase(java.util.Locale.ROOT).matches(".*\\bgzip\\b(?!\\s*;\\s*q=0(\\.0*)?\\b).*");
    }

    /** The answer another request is computing, once it is done; null if it was not kept or took too long. */
    private Answer awaitOther(CompletableFuture<Answer> other) {
        try {
            return other.get(timeoutNanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Computes the answer, passing it on as it is written; returns it if it was kept. */
    private Answer compute(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String at,
            String key) throws IOException, ServletException {
        Recorder recorder = new Recorder(response, stateFolder(at), maxBytes / 16);
        try {
            long start = System.nanoTime();
            chain.doFilter(request, recorder);
            recorder.flushBuffer();
            // Fuseki keeps status 200 when a timeout cuts off results already being written, and ends the body
            // with a note: an answer that ran close to the timeout, or says so, is never kept.
            boolean nearTimeout = System.nanoTime() - start >= timeoutNanos * 9 / 10;
            if (recorder.getStatus() == HttpServletResponse.SC_OK && !recorder.wroteText && !nearTimeout
                    && recorder.getContentType() != null && recorder.finishCopy() && !recorder.cutOff()) {
                return keep(at, key, recorder);
            }
            return null;
        } finally {
            recorder.dropCopy();
        }
    }

    private Path stateFolder(String at) {
        return folder.resolve(at);
    }

    /**
     * The kept answer to a question about a state, if any. The first question about the store's new state
     * drops the old state's answers; a question that read the state before a change finds none, and takes
     * the cache back to nothing.
     */
    private Answer lookup(String at, String key) {
        synchronized (this) {
            if (at.equals(state)) {
                return answers.get(key);
            }
        }
        if (!at.equals(store.state())) {
            return null;
        }
        synchronized (this) {
            if (!at.equals(state)) {
                answers.clear();
                bytes = 0;
                state = at;
                reload(at);
            }
            return answers.get(key);
        }
    }

    /**
     * Lists the answers kept on disk for a state (a server started again on an unchanged store), least
     * recently kept first, and deletes the folders of other states (a state, once left, never comes back)
     * and whatever in this one no description names whole: what a stopped server was writing, or an
     * answer whose files are not the lengths its description gives (a power cut while they were written).
     */
    private void reload(String at) {
        try {
            Files.createDirectories(folder);
            try (Stream<Path> states = Files.list(folder)) {
                for (Path other : states.filter(p -> !p.getFileName().toString().equals(at)).toList()) {
                    Folders.deleteTree(other);
                }
            }
            Path here = stateFolder(at);
            if (!Files.isDirectory(here)) {
                return;
            }
            List<Path> metas;
            try (Stream<Path> files = Files.list(here)) {
                metas = files.filter(p -> p.getFileName().toString().endsWith(".meta"))
                        .sorted(Comparator.comparing(AnswerCache::modified)).toList();
            }
            java.util.Set<Path> named = new java.util.HashSet<>(metas);
            for (Path meta : metas) {
                Described described = described(meta);
                if (described == null) {
                    Files.deleteIfExists(meta);
                    continue;
                }
                named.add(described.answer().gzipped());
                if (described.answer().plain() != null) {
                    named.add(described.answer().plain());
                }
                remember(described.key(), described.answer());
            }
            try (Stream<Path> files = Files.list(here)) {
                for (Path stray : files.filter(f -> !named.contains(f)).toList()) {
                    Files.deleteIfExists(stray);
                }
            }
        } catch (IOException | RuntimeException e) {
            // A folder that cannot be read is a cache that starts empty, not a server that cannot answer.
            answers.clear();
            bytes = 0;
        }
    }

    /** A kept answer as its description gives it, with the key it answers. */
    private record Described(String key, Answer answer) {
    }

    /** The answer a description names, if its files are there whole; null otherwise. */
    private static Described described(Path meta) {
        try {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(meta, StandardCharsets.UTF_8)) {
                p.load(in);
            }
            Path gzipped = meta.resolveSibling(p.getProperty("gzipped"));
            long gzippedLength = Long.parseLong(p.getProperty("gzipped-length"));
            long length = Long.parseLong(p.getProperty("length"));
            String plainName = p.getProperty("plain", "");
            Path plain = plainName.isEmpty() ? null : meta.resolveSibling(plainName);
            if (p.getProperty("key") == null || p.getProperty("content-type") == null
                    || Files.size(gzipped) != gzippedLength || (plain != null && Files.size(plain) != length)) {
                return null;
            }
            List<String[]> headers = new ArrayList<>();
            for (int i = 0; p.getProperty("header." + i) != null; i++) {
                headers.add(p.getProperty("header." + i).split(": ", 2));
            }
            return new Described(p.getProperty("key"),
                    new Answer(p.getProperty("content-type"), headers, gzipped, gzippedLength, length, plain));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static java.nio.file.attribute.FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }

    /**
     * Moves a recorded answer into place and lists it; null if that failed or the state has moved on
     * meanwhile. Its files get names of their own, so that a request still sending an answer this one
     * replaces reads the old files to the end; the description, naming them and their lengths, is written
     * last. The files are written outside the lock: an fsync must not hold up answers being given.
     */
    private Answer keep(String at, String key, Recorder recorder) {
        Path here = stateFolder(at);
        String name = Digests.sha256Hex(key.getBytes(StandardCharsets.UTF_8));
        String unique = name + "." + java.util.UUID.randomUUID().toString().substring(0, 8);
        Path gzipped = here.resolve(unique + ".gz");
        Path plain = recorder.plainKept() ? here.resolve(unique + ".plain") : null;
        Answer answer = null;
        try {
            Files.move(recorder.gzippedFile, gzipped);
            if (plain != null) {
                Files.move(recorder.plainFile, plain);
            }
            answer = new Answer(recorder.getContentType(), recorder.kept, gzipped, Files.size(gzipped),
                    recorder.length, plain);
            Properties p = new Properties();
            p.setProperty("key", key);
            p.setProperty("content-type", answer.contentType());
            p.setProperty("gzipped", gzipped.getFileName().toString());
            p.setProperty("gzipped-length", Long.toString(answer.gzippedLength()));
            p.setProperty("plain", plain == null ? "" : plain.getFileName().toString());
            p.setProperty("length", Long.toString(answer.length()));
            for (int i = 0; i < answer.headers().size(); i++) {
                p.setProperty("header." + i, answer.headers().get(i)[0] + ": " + answer.headers().get(i)[1]);
            }
            AtomicFiles.write(here.resolve(name + ".meta"), out -> {
                Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
                p.store(w, null);
                w.flush();
                return null;
            });
        } catch (IOException e) {
            // Not kept (a full disk, or the state's folder gone with a change): computed again when asked.
            deleteQuietly(gzipped);
            deleteQuietly(plain);
            return null;
        }
        synchronized (this) {
            if (!at.equals(state)) {
                deleteFiles(answer, true);
                return null;
            }
            remember(key, answer);
        }
        return answer;
    }

    /** Lists an answer, dropping the one it replaces and the least recently used ones (their files too) while over the limit. */
    private void remember(String key, Answer answer) {
        Answer old = answers.put(key, answer);
        if (old != null) {
            bytes -= old.size();
            deleteFiles(old, false); // its description is the new answer's now
        }
        bytes += answer.size();
        var eldest = answers.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            var dropped = eldest.next();
            if (dropped.getValue() == answer) {
                continue;
            }
            bytes -= dropped.getValue().size();
            eldest.remove();
            deleteFiles(dropped.getValue(), true);
        }
    }

    /**
     * Deletes an answer's files, and its description if asked. A request still sending them reads on: the
     * files go once it closes them.
     */
    private static void deleteFiles(Answer answer, boolean description) {
        if (description) {
            String unique = answer.gzipped().getFileName().toString();
            deleteQuietly(answer.gzipped().resolveSibling(unique.substring(0, unique.indexOf('.')) + ".meta"));
        }
        deleteQuietly(answer.gzipped());
        deleteQuietly(answer.plain());
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // left on disk: it goes when the server next starts on this state, or moves to another
        }
    }

    /** An output stream that counts what passes through it. */
    private static final class Counted extends FilterOutputStream {
        long count;

        Counted(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    /**
     * Passes the answer on to the client while copying its body into hidden files of the state's folder (one
     * gzipped, one plain while it is within the limit) and keeping the headers worth repeating.
     */
    private static final class Recorder extends HttpServletResponseWrapper {
        private static final List<String> REPEATED = List.of(CappedQueryService.HEADER, "Vary");
        private final Path here;
        Path gzippedFile;
        Path plainFile;
        private FileChannel gzippedChannel;
        private FileChannel plainChannel;
        private Counted gzippedCount;
        private FastGzipOutputStream gzip;
        private OutputStream plain;
        /** Whether the copy is still being made: false once it failed or grew past what would be kept. */
        private boolean copying = true;
        /** The body's length, and its last bytes (where Fuseki notes results cut off by the timeout). */
        long length;
        private final byte[] tail = new byte[512];
        final List<String[]> kept = new ArrayList<>();
        private final long limit;
        private ServletOutputStream stream;

        Recorder(HttpServletResponse response, Path here, long limit) {
            super(response);
            this.here = here;
            this.limit = limit;
        }

        private void copy(byte[] b, int off, int len) {
            for (int i = Math.max(off, off + len - tail.length); i < off + len; i++) {
                tail[(int) (length + i - off) % tail.length] = b[i];
            }
            length += len;
            if (!copying) {
                return;
            }
            try {
                if (gzip == null) {
                    open();
                }
                gzip.write(b, off, len);
                if (plain != null) {
                    if (length <= limit) {
                        plain.write(b, off, len);
                    } else {
                        dropPlain();
                    }
                }
                if (gzippedCount.count > limit) {
                    dropCopy();
                }
            } catch (IOException e) {
                dropCopy(); // a full disk costs the copy, never the client's answer
            }
        }

        private void open() throws IOException {
            Files.createDirectories(here);
            String name = "." + java.util.UUID.randomUUID();
            gzippedFile = here.resolve(name + ".gz");
            plainFile = here.resolve(name + ".plain");
            gzippedChannel = FileChannel.open(gzippedFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            gzippedCount = new Counted(new BufferedOutputStream(Channels.newOutputStream(gzippedChannel), 1 << 16));
            gzip = new FastGzipOutputStream(gzippedCount);
            plainChannel = FileChannel.open(plainFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            plain = new BufferedOutputStream(Channels.newOutputStream(plainChannel), 1 << 16);
        }

        /**
         * Completes the copy, on disk (synced, so that a power cut cannot leave a described answer short);
         * false if there is none to keep.
         */
        boolean finishCopy() {
            if (!copying) {
                return false;
            }
            try {
                if (gzip == null) {
                    open(); // an empty body
                }
                gzip.finish();
                gzip.flush();
                gzippedChannel.force(true);
                if (plain != null) {
                    plain.flush();
                    plainChannel.force(true);
                }
                closeAll();
                return gzippedCount.count <= limit;
            } catch (IOException e) {
                dropCopy();
                return false;
            }
        }

        boolean plainKept() {
            return plainFile != null && Files.isRegularFile(plainFile);
        }

        /** Stops copying the plain body (over the limit), deleting what was copied. */
        private void dropPlain() throws IOException {
            plain = null;
            plainChannel.close();
            plainChannel = null;
            Files.deleteIfExists(plainFile);
            plainFile = null;
        }

        /** Closes the files, each whatever became of the others; the channels themselves, so no handle is left. */
        private void closeAll() {
            for (java.io.Closeable c : new java.io.Closeable[] {gzippedChannel, plainChannel}) {
                try {
                    if (c != null) {
                        c.close();
                    }
                } catch (IOException e) {
                    // closed as far as it goes; the file is deleted or kept all the same
                }
            }
            if (gzip != null) {
                gzip.end(); // the deflater's native memory, which close() would have freed
            }
            gzip = null;
            plain = null;
            gzippedChannel = null;
            plainChannel = null;
        }

        /** Stops copying and deletes what was copied, unless it has been moved into place. */
        void dropCopy() {
            copying = false;
            closeAll();
            deleteQuietly(gzippedFile);
            deleteQuietly(plainFile);
        }

        /** Whether the body ends with Fuseki's note of results cut off by the timeout. */
        boolean cutOff() {
            int n = (int) Math.min(length, tail.length);
            byte[] last = new byte[n];
            for (int i = 0; i < n; i++) {
                last[i] = tail[(int) ((length - n + i) % tail.length)];
            }
            String text = new String(last, StandardCharsets.ISO_8859_1);
            return text.contains("Incomplete results") || text.contains("Query cancelled");
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, value);
            if (REPEATED.stream().anyMatch(name::equalsIgnoreCase)) {
                kept.removeIf(h -> h[0].equalsIgnoreCase(name));
                kept.add(new String[] {name, value});
            }
        }

        @Override
        public void addHeader(String name, String value) {
            setHeader(name, value);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream real = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        real.write(b);
                        copy(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        real.write(b, off, len);
                        copy(b, off, len);
                    }

                    @Override
                    public void flush() throws IOException {
                        real.flush();
                    }

                    @Override
                    public boolean isReady() {
                        return real.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        real.setWriteListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public java.io.PrintWriter getWriter() throws IOException {
            // Fuseki writes results through the output stream; an answer written as text is passed on, not kept.
            wroteText = true;
            return super.getWriter();
        }

        boolean wroteText;
    }
}
