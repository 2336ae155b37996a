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
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.eclipse.jetty.ee10.servlet.HttpOutput;
import org.ofstedkg.AtomicFiles;
import org.ofstedkg.Digests;
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
 * <p>Answers are kept on disk, in a folder per state beside the store, not in the heap: the server's
 * memory then holds neither the answers nor, once they are kept, the store's index pages a full-table
 * query reads (at 10,000 reports, 0.9 GB of pages mapped in to compute them), and a restarted server on an
 * unchanged store gives them at once instead of computing them again. Each answer is kept gzipped, and
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
    /** What shapes an answer besides the store and the request: the cap on rows, the results' writer. */
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
        this.settings = "max-rows=" + maxRows + "\njena=" + org.apache.jena.Jena.VERSION + "\n";
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
        if (kept != null && give(kept, acceptsGzip(request), response)) {
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
     * A direct buffer per thread for sending kept files: read from the file into it and written from it to
     * the socket, the bytes are copied once on each side, never through the heap.
     */
    private static final ThreadLocal<ByteBuffer> SENDING = ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(1 << 17));

    /** Sends a kept answer; false, sending nothing, if its files have gone (dropped since it was looked up). */
    private boolean give(Answer kept, boolean gzip, HttpServletResponse response) throws IOException {
        boolean inflate = !gzip && kept.plain() == null;
        FileChannel file;
        try {
            file = FileChannel.open(gzip || inflate ? kept.gzipped() : kept.plain());
        } catch (NoSuchFileException e) {
            return false;
        }
        try (file) {
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
            if (inflate) {
                try (InputStream body = new GZIPInputStream(Channels.newInputStream(file), 1 << 16)) {
                    body.transferTo(out);
                }
            } else if (out instanceof HttpOutput jetty) {
                ByteBuffer buffer = SENDING.get();
                for (buffer.clear(); file.read(buffer) > 0; buffer.clear()) {
                    jetty.write(buffer.flip());
                }
            } else {
                Channels.newInputStream(file).transferTo(out);
            }
        }
        return true;
    }

    /**
     * The cache key of a request: its parameters decoded and in order, and the Accept header. The
     * version is read before the query runs, by the caller: an answer is kept under a version no newer
     * than the state it was computed on, and a version is never reused, so no answer outlives a change.
     */
    static String key(HttpServletRequest request) {
        StringBuilder key = new StringBuilder();
        new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
            for (String value : values) {
                key.append(name).append('=').append(value).append('\n');
            }
        });
        return key.append("Accept: ").append(request.getHeader("Accept")).toString();
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

    /** The kept answer to a question about a state, if any; asking about a new state drops the old one's. */
    private synchronized Answer lookup(String at, String key) {
        if (!at.equals(state)) {
            answers.clear();
            bytes = 0;
            state = at;
            reload(at);
        }
        return answers.get(key);
    }

    /**
     * Lists the answers kept on disk for a state (a server started again on an unchanged store), least
     * recently kept first, and deletes the folders of other states: a state, once left, never comes back.
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
            for (Path meta : metas) {
                Properties p = new Properties();
                try (Reader in = Files.newBufferedReader(meta, StandardCharsets.UTF_8)) {
                    p.load(in);
                }
                String name = meta.getFileName().toString().replaceFirst("\\.meta$", "");
                Path gzipped = here.resolve(name + ".gz");
                Path plain = here.resolve(name + ".plain");
                if (p.getProperty("key") == null || !Files.isRegularFile(gzipped)) {
                    continue;
                }
                List<String[]> headers = new ArrayList<>();
                for (int i = 0; p.getProperty("header." + i) != null; i++) {
                    headers.add(p.getProperty("header." + i).split(": ", 2));
                }
                remember(p.getProperty("key"), new Answer(p.getProperty("content-type"), headers, gzipped,
                        Files.size(gzipped), Long.parseLong(p.getProperty("length")),
                        Files.isRegularFile(plain) ? plain : null));
            }
            // What a stopped server was writing when it stopped.
            try (Stream<Path> files = Files.list(here)) {
                for (Path partial : files.filter(p -> p.getFileName().toString().startsWith(".")).toList()) {
                    Files.deleteIfExists(partial);
                }
            }
        } catch (IOException | RuntimeException e) {
            // A folder that cannot be read is a cache that starts empty, not a server that cannot answer.
            answers.clear();
            bytes = 0;
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
     * meanwhile. The files are written outside the lock: an fsync must not hold up answers being given.
     */
    private Answer keep(String at, String key, Recorder recorder) {
        Answer answer;
        try {
            Path here = stateFolder(at);
            String name = Digests.sha256Hex(key.getBytes(StandardCharsets.UTF_8));
            Path gzipped = here.resolve(name + ".gz");
            Path plain = recorder.plainKept() ? here.resolve(name + ".plain") : null;
            Files.move(recorder.gzippedFile, gzipped, StandardCopyOption.REPLACE_EXISTING);
            if (plain != null) {
                Files.move(recorder.plainFile, plain, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.deleteIfExists(here.resolve(name + ".plain"));
            }
            answer = new Answer(recorder.getContentType(), recorder.kept, gzipped, Files.size(gzipped),
                    recorder.length, plain);
            Properties p = new Properties();
            p.setProperty("key", key);
            p.setProperty("content-type", answer.contentType());
            p.setProperty("length", Long.toString(answer.length()));
            for (int i = 0; i < answer.headers().size(); i++) {
                p.setProperty("header." + i, answer.headers().get(i)[0] + ": " + answer.headers().get(i)[1]);
            }
            // The description last: an answer is on disk once its .meta is.
            AtomicFiles.write(here.resolve(name + ".meta"), out -> {
                Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
                p.store(w, null);
                w.flush();
                return null;
            });
        } catch (IOException e) {
            return null; // not kept (a full disk, or the state's folder gone with a change): computed again
        }
        synchronized (this) {
            if (!at.equals(state)) {
                return null; // its folder goes when the server next moves to a new state
            }
            remember(key, answer);
        }
        return answer;
    }

    /** Lists an answer, dropping the least recently used ones (and their files) while over the limit. */
    private void remember(String key, Answer answer) {
        Answer old = answers.put(key, answer);
        bytes += answer.size() - (old == null ? 0 : old.size());
        var eldest = answers.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            var dropped = eldest.next();
            if (dropped.getValue() == answer) {
                continue;
            }
            bytes -= dropped.getValue().size();
            eldest.remove();
            String name = dropped.getValue().gzipped().getFileName().toString().replaceFirst("\\.gz$", "");
            try {
                // A request still sending these files reads on: the files go once it closes them.
                Files.deleteIfExists(dropped.getValue().gzipped().resolveSibling(name + ".meta"));
                Files.deleteIfExists(dropped.getValue().gzipped());
                if (dropped.getValue().plain() != null) {
                    Files.deleteIfExists(dropped.getValue().plain());
                }
            } catch (IOException e) {
                // left on disk; its folder goes with its state
            }
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
        private Counted gzippedCount;
        private GZIPOutputStream gzip;
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
                        plain.close();
                        plain = null;
                        Files.deleteIfExists(plainFile);
                        plainFile = null;
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
            gzippedCount = new Counted(new BufferedOutputStream(Files.newOutputStream(gzippedFile), 1 << 16));
            gzip = new GZIPOutputStream(gzippedCount, 1 << 16) {
                {
                    def.setLevel(Deflater.BEST_SPEED); // five times faster than the default, a fifth larger
                }
            };
            plain = new BufferedOutputStream(Files.newOutputStream(plainFile), 1 << 16);
        }

        /** Completes the copy; false if there is none to keep. */
        boolean finishCopy() {
            if (!copying) {
                return false;
            }
            try {
                if (gzip == null) {
                    open(); // an empty body
                }
                gzip.close();
                if (plain != null) {
                    plain.close();
                }
                return gzippedCount.count <= limit;
            } catch (IOException e) {
                return false;
            }
        }

        boolean plainKept() {
            return plainFile != null && Files.isRegularFile(plainFile);
        }

        /** Stops copying and deletes what was copied, unless it has been moved into place. */
        void dropCopy() {
            copying = false;
            try {
                if (gzip != null) {
                    gzip.close();
                }
                if (plain != null) {
                    plain.close();
                }
            } catch (IOException e) {
                // the files go all the same
            }
            gzip = null;
            plain = null;
            for (Path file : new Path[] {gzippedFile, plainFile}) {
                try {
                    if (file != null) {
                        Files.deleteIfExists(file);
                    }
                } catch (IOException e) {
                    // a hidden file left over goes when the server next starts on this state
                }
            }
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
