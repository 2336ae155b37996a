package org.ofstedkg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.ofstedkg.AtomicFiles;
import org.ofstedkg.Digests;
import org.ofstedkg.Folders;
import org.ofstedkg.map.UriScheme;
import org.ofstedkg.map.Vocab;
import org.ofstedkg.store.ExportFormat;
import org.ofstedkg.store.Exporter;
import org.ofstedkg.store.KnowledgeStore;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Dumps of the served store: /dumps/ofsted-kg.nq.gz and /dumps/ofsted-kg.ttl.gz are gzip files of the
 * bytes {@code export --format nquads|turtle} writes (application/gzip, with an ETag). Each dump is made
 * on its first request after the store last changed and kept as a file, in a folder per {@linkplain
 * KnowledgeStore#state() state} of the store, until it changes again; a server started again on the same
 * store gives it at once. Neither the making (an export sorted in batches) nor the giving (a copy of the
 * file) holds the dump in the heap: at 10,000 reports it is 73 MB gzipped, 4.6 million statements.
 */
public final class DumpsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String GZIP = "application/gzip";
    static final Map<String, ExportFormat> DUMPS = Map.of(
            "ofsted-kg.nq.gz", ExportFormat.NQUADS,
            "ofsted-kg.ttl.gz", ExportFormat.TURTLE);

    private final transient KnowledgeStore store;
    private final transient UriScheme uris;
    private final transient Path folder;
    /**
     * What shapes a dump besides the store's content: the writers (Jena's version) and ours. Kept dumps
     * outlive the server, and an upgrade must not give those of the old one.
     */
    private final String settings;
    /** The ETag of each dump file this server has given, by its path. */
    private final transient Map<Path, String> etags = new ConcurrentHashMap<>();

    /** @param folder where dumps are kept (created if need be); dumps of other states found there go */
    public DumpsServlet(KnowledgeStore store, UriScheme uris, Path folder) {
        this.store = store;
        this.uris = uris;
        this.folder = folder;
        // The prefixes come from --base, which a server started again may be given anew.
        this.settings = Digests.sha256Hex(("jena=" + org.apache.jena.Jena.VERSION + "\nofsted-kg="
                + DumpsServlet.class.getPackage().getImplementationVersion() + "\nprefixes="
                + new java.util.TreeMap<>(Vocab.prefixes(uris).getNsPrefixMap()) + "\n")
                .getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response, true);
    }

    /** The GET's headers without its body: the servlet default would read the whole file to discard it. */
    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response, false);
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, boolean withBody)
            throws IOException {
        String name = Optional.ofNullable(request.getPathInfo()).orElse("/").substring(1);
        if (name.isEmpty()) {
            if (DocFormat.negotiate(request, response, List.of(DocFormat.HTML)).isEmpty()) {
                return;
            }
            StringBuilder html = new StringBuilder("<h1>Dumps</h1>\n<ul>\n");
            DUMPS.keySet().stream().sorted().forEach(d -> html.append("<li><a href=\"/dumps/").append(d).append("\">")
                    .append(d).append("</a></li>\n"));
            html.append("</ul>\n");
            byte[] body = Site.layout("Dumps", html.toString()).getBytes(StandardCharsets.UTF_8);
            response.setContentType("text/html; charset=utf-8");
            response.getOutputStream().write(body);
            return;
        }
        ExportFormat format = DUMPS.get(name);
        if (format == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No dump named " + name);
            return;
        }
        if (Negotiation.negotiate(request, response, List.of(GZIP)).isEmpty()) {
            return;
        }
        // When the store last changed is read before the dump is opened: never newer than its content.
        Instant lastChanged = store.lastChanged();
        // Opened while no dump is being made: a change's dump deletes the old state's folder, and an open
        // file stays readable after that, so the client gets the whole of the dump it started on.
        Kept dump = open(name, format);
        try (FileChannel channel = dump.channel()) {
            String etag = etags.computeIfAbsent(dump.file(), f -> "\"" + sha256Hex(channel) + "\"");
            etags.keySet().removeIf(f -> !f.getParent().equals(dump.file().getParent())); // other states' files are gone
            if (LinkedDataServlet.notModified(request, response, etag, lastChanged)) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
            // A gzip file, not a transfer encoding: clients must save these very bytes.
            response.setContentType(GZIP);
            response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
            response.setContentLengthLong(channel.size());
            if (withBody) {
                channel.position(0);
                Channels.newInputStream(channel).transferTo(response.getOutputStream());
            }
        }
    }

    /** A dump file, open. */
    private record Kept(Path file, FileChannel channel) {
    }

    private String keptName(String state) {
        return state + "-" + settings;
    }

    /**
     * The dump of the store's current state, made if need be. One dump is made at a time: a burst of
     * requests after a change makes it once.
     */
    private synchronized Kept open(String name, ExportFormat format) throws IOException {
        // The state is read before exporting: a change committed meanwhile gives a dump under the old state,
        // whose folder the next request deletes.
        Path here = folder.resolve(keptName(store.state()));
        Path file = here.resolve(name);
        try {
            return new Kept(file, FileChannel.open(file));
        } catch (NoSuchFileException e) {
            // made below
        }
        Files.createDirectories(here);
        try (Stream<Path> kept = Files.list(folder); Stream<Path> left = Files.list(here)) {
            // Other states never come back; hidden names are what a server stopped while making a dump left.
            kept.filter(p -> !p.equals(here)).forEach(Folders::deleteTree);
            left.filter(p -> p.getFileName().toString().startsWith(".")).forEach(Folders::deleteTree);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Exporter exporter = new Exporter(store, Vocab.prefixes(uris), here);
        AtomicFiles.write(file, out -> {
            // Finished, not closed, as a backup is: AtomicFiles flushes and closes its own stream.
            GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
            long statements = exporter.export(format, Optional.empty(), gz);
            gz.finish();
            return statements;
        });
        return new Kept(file, FileChannel.open(file));
    }

    private static String sha256Hex(FileChannel file) {
        try {
            file.position(0);
            // Not closed: that would close the channel, which the caller goes on reading.
            return Digests.sha256Hex(Channels.newInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
