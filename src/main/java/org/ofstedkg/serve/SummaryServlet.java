package org.ofstedkg.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.ofstedkg.Digests;
import org.ofstedkg.store.KnowledgeStore;
import org.ofstedkg.summary.Summary;
import org.ofstedkg.summary.SummaryFormat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The analysts' summary of the served store, as {@code bin/ofsted-kg summary} writes it: {@code /summary.csv}
 * and {@code /summary.xlsx}, one row per authority of today, or with {@code ?all=true} one per graded
 * inspection. Each is computed from one snapshot of the store on its first request after the store changed,
 * and kept in memory (a few hundred kilobytes) until it changes again. Answers carry Content-Disposition
 * (a file to save), an ETag (the SHA-256 of the body: 304 to If-None-Match) and Last-Modified; HEAD gives
 * the headers alone.
 */
public final class SummaryServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The file name of the summary in a format, as served and as saved. */
    static String fileName(SummaryFormat format, boolean all) {
        return "ofsted-kg-summary" + (all ? "-all" : "") + "." + format.name();
    }

    private final transient KnowledgeStore store;
    /** The bodies made for one state of the store, by format and rows. */
    private transient volatile Kept kept = new Kept("", new ConcurrentHashMap<>());

    private record Kept(String state, Map<String, byte[]> bodies) {
    }

    public SummaryServlet(KnowledgeStore store) {
        this.store = store;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response, true);
    }

    /** The GET's headers without its body. */
    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response, false);
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, boolean withBody) throws IOException {
        String path = request.getServletPath();
        String extension = path.substring(path.lastIndexOf('.') + 1);
        SummaryFormat format;
        try {
            format = SummaryFormat.named(extension);
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No summary at " + path);
            return;
        }
        String allParameter = request.getParameter("all");
        if (allParameter != null && !allParameter.equals("true") && !allParameter.equals("false")) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "all is true (a row per graded inspection) or "
                    + "false (a row per authority of today), not " + allParameter);
            return;
        }
        boolean all = "true".equals(allParameter);
        if (Negotiation.negotiate(request, response, List.of(format.mediaType())).isEmpty()) {
            return;
        }
        // When the store last changed is read before the body is made: never newer than its content.
        Instant lastChanged = store.lastChanged();
        byte[] body = body(format, all);
        String etag = "\"" + Digests.sha256Hex(body) + "\"";
        response.setHeader("Cache-Control", "public, max-age=60");
        if (LinkedDataServlet.notModified(request, response, etag, lastChanged)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(format.mediaType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName(format, all) + "\"");
        response.setContentLength(body.length);
        if (withBody) {
            response.getOutputStream().write(body);
        }
    }

    /** The summary in the format, made from the store as it is unless made already for this state. */
    private byte[] body(SummaryFormat format, boolean all) {
        String state = store.state();
        Kept now = kept;
        if (!now.state().equals(state)) {
            now = new Kept(state, new ConcurrentHashMap<>());
            kept = now;
        }
        String key = format.name() + (all ? "-all" : "");
        byte[] body = now.bodies().get(key);
        if (body != null) {
            return body;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            format.write(Summary.of(store, all), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        body = out.toByteArray();
        // Kept only if no change was committed meanwhile: it would be of the new content, kept under the old state.
        if (store.state().equals(state)) {
            now.bodies().put(key, body);
        }
        return body;
    }
}
