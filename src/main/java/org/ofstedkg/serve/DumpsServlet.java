package org.ofstedkg.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;

import org.ofstedkg.Digests;
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
 * on its first request after the store last changed, and kept until it changes again.
 */
public final class DumpsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final Map<String, ExportFormat> DUMPS = Map.of(
            "ofsted-kg.nq.gz", ExportFormat.NQUADS,
            "ofsted-kg.ttl.gz", ExportFormat.TURTLE);

    private final transient KnowledgeStore store;
    private final transient UriScheme uris;
    /** A dump made at a version of the store. */
    private record Dump(long version, byte[] gzip) {
    }

    private final transient Map<String, Dump> made = new ConcurrentHashMap<>();

    public DumpsServlet(KnowledgeStore store, UriScheme uris) {
        this.store = store;
        this.uris = uris;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = Optional.ofNullable(request.getPathInfo()).orElse("/").substring(1);
        response.setHeader("Access-Control-Allow-Origin", "*");
        if (name.isEmpty()) {
            StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                    + "<title>Dumps | ofsted-kg</title></head>\n<body>\n<h1>Dumps</h1>\n<ul>\n");
            DUMPS.keySet().stream().sorted().forEach(d -> html.append("<li><a href=\"/dumps/").append(d).append("\">")
                    .append(d).append("</a></li>\n"));
            html.append("</ul>\n</body></html>\n");
            byte[] body = html.toString().getBytes(StandardCharsets.UTF_8);
            response.setContentType("text/html; charset=utf-8");
            response.getOutputStream().write(body);
            return;
        }
        ExportFormat format = DUMPS.get(name);
        if (format == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No dump named " + name);
            return;
        }
        // The version is read before exporting: a change committed meanwhile makes the next request export again.
        long version = store.version();
        byte[] gz = made.compute(name, (n, dump) -> dump != null && dump.version() == version ? dump
                : new Dump(version, gzip(format))).gzip();
        // A gzip file, not a transfer encoding: clients must save these very bytes.
        String etag = "\"" + Digests.sha256Hex(gz) + "\"";
        response.setHeader("ETag", etag);
        if (LinkedDataServlet.matches(request, etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType("application/gzip");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setContentLength(gz.length);
        response.getOutputStream().write(gz);
    }

    /** One dump made at a time: each holds the store's sorted statements in memory while it is made. */
    private synchronized byte[] gzip(ExportFormat format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                new Exporter(store, Vocab.prefixes(uris)).export(format, Optional.empty(), gz);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
