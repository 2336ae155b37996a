package org.ofstedkg.serve;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A HEAD of the SPARQL endpoint is answered as its GET would be, headers only: Fuseki's query service
 * answers HEAD with 405, though it is a read (HTTP requires general-purpose servers to support it). The
 * request goes on as a GET, so a kept answer or a turn in the query gate applies as to a GET; Jetty sends
 * no body for a HEAD whatever is written.
 */
final class HeadAsGetFilter implements Filter {

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (!"HEAD".equals(request.getMethod())) {
            chain.doFilter(req, res);
            return;
        }
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }
        }, res);
    }
}
