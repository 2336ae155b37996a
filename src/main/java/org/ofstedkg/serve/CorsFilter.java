package org.ofstedkg.serve;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * CORS, the one place that writes it: the data is public and read-only, so any origin may read every
 * answer ({@code Access-Control-Allow-Origin: *}, never with credentials, which a browser refuses beside
 * {@code *} and which public data does not need), and scripts may read its validators and what it says of
 * itself ({@value #EXPOSED}). A preflight (OPTIONS with Access-Control-Request-Method) is answered 204
 * with the methods that work on the path ({@link RequestGuardFilter#methods}), any request header
 * ({@code *}, which the Fetch standard reads as a wildcard for a request without credentials, as every one
 * here is: a script's own headers such as X-Requested-With pass; Authorization, which {@code *} never
 * covers, is needed by no public path), and how long to remember that. The admin endpoints get no CORS at all: they are for an
 * operator's own tools, not for pages of other sites.
 */
final class CorsFilter implements Filter {

    static final String EXPOSED = "ETag, Last-Modified, Content-Disposition, " + CappedQueryService.HEADER;
    static final String ALLOWED_HEADERS = "*";
    /** Two hours: as long as Chromium keeps a preflight's answer. */
    static final int MAX_AGE_SECONDS = 7200;

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String path = RequestGuardFilter.path(request);
        if (RequestGuardFilter.isAdmin(path)) {
            chain.doFilter(req, res);
            return;
        }
        response.setHeader("Access-Control-Allow-Origin", "*");
        if ("OPTIONS".equalsIgnoreCase(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null) {
            response.setHeader("Access-Control-Allow-Methods", String.join(", ", RequestGuardFilter.methods(path)));
            response.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
            response.setHeader("Access-Control-Max-Age", Integer.toString(MAX_AGE_SECONDS));
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        response.setHeader("Access-Control-Expose-Headers", EXPOSED);
        chain.doFilter(req, res);
    }
}
