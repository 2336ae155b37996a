package org.ofstedkg.serve;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What the public server lets through, before any servlet: GET, HEAD and OPTIONS anywhere; POST only to
 * the SPARQL endpoint (queries) and the admin endpoints; no SPARQL Update (403), no Graph Store or other
 * writes (405); request bodies up to a set size (413; the admin endpoint's own limit is a report's), of a
 * stated length (411). OPTIONS (not a CORS preflight, which {@link CorsFilter} answers) gets 204 with the
 * methods that work on the path ({@link #methods}), as a 405 does. Nothing is under the endpoint's path
 * ({@code /sparql/}, 404): Fuseki would answer it as the endpoint, without the endpoint's filters.
 */
final class RequestGuardFilter implements Filter {

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> QUERY_BODIES = Set.of("application/x-www-form-urlencoded",
            "application/sparql-query");

    private final long maxRequestBytes;
    private final long maxReportBytes;

    RequestGuardFilter(long maxRequestBytes, long maxReportBytes) {
        this.maxRequestBytes = maxRequestBytes;
        this.maxReportBytes = maxReportBytes;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String path = path(request);
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        boolean admin = isAdmin(path);
        boolean endpoint = path.equals(SparqlServer.ENDPOINT);
        if (admin) {
            if (request.getContentLengthLong() > maxReportBytes) {
                AdminServlet.error(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "the request body is "
                        + "over the limit of " + maxReportBytes + " bytes for a report");
                return;
            }
            chain.doFilter(req, res);
            return;
        }
        if (request.getContentLengthLong() > maxRequestBytes) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "the request body is over the limit of "
                    + maxRequestBytes + " bytes");
            return;
        }
        if (method.equals("POST") && request.getContentLengthLong() < 0) {
            // A body of unknown length could be of any size: its length must be said first.
            refuse(response, HttpServletResponse.SC_LENGTH_REQUIRED, "a POST must say its Content-Length");
            return;
        }
        if (endpoint && (request.getParameter("update") != null || contentType(request).equals("application/sparql-update"))) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, CappedQueryService.UPDATE_REFUSED);
            return;
        }
        if (method.equals("OPTIONS")) {
            response.setHeader("Allow", allow(path));
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        if (!READ_METHODS.contains(method) && !(method.equals("POST") && endpoint
                && QUERY_BODIES.contains(contentType(request)))) {
            response.setHeader("Allow", allow(path));
            refuse(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, method + " is not allowed here: the server is "
                    + "read-only" + (endpoint ? " (POST takes a query: a form, or application/sparql-query)" : ""));
            return;
        }
        if (path.startsWith(SparqlServer.ENDPOINT + "/")) {
            // Fuseki would answer /sparql/ as the endpoint, past the filters mapped to the endpoint's own path.
            refuse(response, HttpServletResponse.SC_NOT_FOUND, "No resource is known at " + path
                    + ": the SPARQL endpoint is " + SparqlServer.ENDPOINT + ", with no slash after it");
            return;
        }
        chain.doFilter(req, res);
    }

    /**
     * The request's path on the server as the servlets are chosen by: decoded, normalised and without path
     * parameters (so {@code /%61dmin;x=y/status} is {@code /admin/status}), not the raw request URI.
     */
    static String path(HttpServletRequest request) {
        String info = request.getPathInfo();
        return request.getServletPath() + (info == null ? "" : info);
    }

    /** Whether the path is the admin endpoints', which have rules of their own ({@link AdminServlet}). */
    static boolean isAdmin(String path) {
        return path.equals("/admin") || path.startsWith("/admin/");
    }

    /** The methods that work on a public path: GET and HEAD, and POST (a query) at the SPARQL endpoint. */
    static List<String> methods(String path) {
        return path.equals(SparqlServer.ENDPOINT) ? List.of("GET", "HEAD", "POST") : List.of("GET", "HEAD");
    }

    /** The Allow header of a public path. */
    private static String allow(String path) {
        return String.join(", ", methods(path)) + ", OPTIONS";
    }

    private static String contentType(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain; charset=utf-8");
        response.getWriter().println(message);
    }
}
