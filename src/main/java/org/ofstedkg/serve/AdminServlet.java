package org.ofstedkg.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.ofstedkg.pipeline.Outcome;
import org.ofstedkg.store.KnowledgeStore;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The admin endpoints, for operators holding the token ({@link AdminToken}); with no token configured
 * they are off (403). Answers are JSON.
 * <ul>
 * <li>{@code POST /admin/reports?name=FILE}: the body is a report file; it is ingested like a file of
 * {@code ingest}: 201 stored, 200 replaced or unchanged, 422 rejected (with the reason), 413 too large.</li>
 * <li>{@code POST /admin/compact}: compacts the store; its size before and after.</li>
 * <li>{@code GET /admin/backup}: the store as gzipped N-Quads, one consistent snapshot, streamed.</li>
 * <li>{@code GET /admin/status}: reports, version and size of the store.</li>
 * </ul>
 */
final class AdminServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Optional<AdminToken> token;
    private final transient Intake intake;
    private final long maxReportBytes;

    AdminServlet(Optional<AdminToken> token, Intake intake, long maxReportBytes) {
        this.token = token;
        this.intake = intake;
        this.maxReportBytes = maxReportBytes;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (token.isEmpty()) {
            error(response, HttpServletResponse.SC_FORBIDDEN, "the admin endpoints are off: start the server with "
                    + AdminToken.ENVIRONMENT + " set, or --admin-token-file");
            return;
        }
        if (!token.get().admits(request.getHeader("Authorization"))) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"ofsted-kg admin\"");
            error(response, HttpServletResponse.SC_UNAUTHORIZED, "the admin endpoints need the admin token "
                    + "(Authorization: Bearer TOKEN)");
            return;
        }
        String path = Optional.ofNullable(request.getPathInfo()).orElse("");
        String method = request.getMethod();
        switch (path) {
            case "/reports" -> {
                if (allowed(method, "POST", response)) {
                    report(request, response);
                }
            }
            case "/compact" -> {
                if (allowed(method, "POST", response)) {
                    KnowledgeStore.Compaction c = intake.compact();
                    JsonObject json = new JsonObject();
                    json.put("bytes_before", c.bytesBefore());
                    json.put("bytes_after", c.bytesAfter());
                    send(response, HttpServletResponse.SC_OK, json);
                }
            }
            case "/backup" -> {
                if (allowed(method, "GET", response)) {
                    response.setContentType("application/gzip");
                    response.setHeader("Content-Disposition", "attachment; filename=\"ofsted-kg-backup.nq.gz\"");
                    intake.store().backup(response.getOutputStream());
                }
            }
            case "/status" -> {
                if (allowed(method, "GET", response)) {
                    KnowledgeStore store = intake.store();
                    JsonObject json = new JsonObject();
                    json.put("reports", store.reportGraphs().size());
                    json.put("version", store.version());
                    json.put("last_changed", store.lastChanged().toString());
                    json.put("bytes_on_disk", store.sizeOnDisk());
                    // Which model version built the store, and how to upgrade it when it is older than this program.
                    json.put("model_version", store.modelVersion());
                    store.versionNotice().ifPresent(n -> json.put("upgrade", n));
                    send(response, HttpServletResponse.SC_OK, json);
                }
            }
            default -> error(response, HttpServletResponse.SC_NOT_FOUND, "no admin endpoint " + path
                    + " (there are /admin/reports, /admin/compact, /admin/backup, /admin/status)");
        }
    }

    private static boolean allowed(String method, String expected, HttpServletResponse response) throws IOException {
        if (method.equals(expected)) {
            return true;
        }
        response.setHeader("Allow", expected);
        error(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "use " + expected);
        return false;
    }

    private void report(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Not getParameter: for a body sent as a form (curl's default type) it would read the body as form fields.
        String name = fileName(queryParameter(request.getQueryString(), "name"));
        String type = String.valueOf(request.getContentType()).toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith("multipart/")) {
            error(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, name + ": a form upload (curl -F); send the "
                    + "file itself as the body: curl --data-binary @FILE");
            return;
        }
        if (request.getContentLengthLong() > maxReportBytes) {
            error(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, name + ": " + request.getContentLengthLong()
                    + " bytes, over the limit of " + maxReportBytes + " bytes for a report");
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), maxReportBytes);
        if (body == null) {
            error(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, name + ": over the limit of "
                    + maxReportBytes + " bytes for a report");
            return;
        }
        Outcome o;
        try {
            o = intake.ingest(name, body);
        } catch (RuntimeException e) {
            error(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, name + ": could not be stored, nothing of it "
                    + "was: " + e.getMessage());
            return;
        }
        JsonObject json = new JsonObject();
        json.put("file", name);
        json.put("status", o.status().name().toLowerCase(java.util.Locale.ROOT));
        o.report().ifPresent(r -> {
            json.put("report_type", r.kind().slug());
            json.put("graph", intake.graphName(r));
            json.put("la_code", r.authority().laCode());
            JsonArray warnings = new JsonArray();
            r.warnings().forEach(warnings::add);
            json.put("warnings", warnings);
        });
        json.put("triples", o.triples());
        if (o.rejected()) {
            json.put("reason", o.reason());
        }
        json.put("version", intake.store().version());
        int status = switch (o.status()) {
            case STORED -> HttpServletResponse.SC_CREATED;
            case REJECTED -> 422;
            default -> HttpServletResponse.SC_OK;
        };
        send(response, status, json);
    }

    /** A parameter of the query string, decoded; null if absent. */
    static String queryParameter(String queryString, String parameter) {
        if (queryString == null) {
            return null;
        }
        try {
            for (String pair : queryString.split("&")) {
                int eq = pair.indexOf('=');
                String key = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                if (key.equals(parameter)) {
                    return eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                }
            }
        } catch (IllegalArgumentException badEncoding) {
            return null; // a name that cannot be decoded labels nothing: the upload is named "upload"
        }
        return null;
    }

    /** A name to label the upload with: its last path segment, letters, digits and a few marks only. */
    static String fileName(String requested) {
        String name = requested == null ? "" : requested.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N} ._()-]", "_").strip();
        if (name.length() > 200) {
            name = name.substring(0, 200);
        }
        return name.isEmpty() || name.chars().allMatch(c -> c == '.') ? "upload" : name;
    }

    /** The stream's bytes, or null if there are more than {@code limit}. */
    static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = in.read(buffer)) >= 0;) {
            if (out.size() + (long) n > limit) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    static void error(HttpServletResponse response, int status, String message) throws IOException {
        JsonObject json = new JsonObject();
        json.put("error", message);
        send(response, status, json);
    }

    private static void send(HttpServletResponse response, int status, JsonObject json) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json; charset=utf-8");
        response.getOutputStream().write((JSON.toString(json) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
