package org.ofstedkg.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The home page at / and the query page at /query; every other path is not found. */
public final class SiteServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient Site site;

    SiteServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String html;
        int status = HttpServletResponse.SC_OK;
        if (path.equals("/") || path.isEmpty()) {
            html = site.home();
        } else if (path.equals("/query")) {
            html = site.query(request.getParameter("name"), request.getParameter("query"));
        } else {
            status = HttpServletResponse.SC_NOT_FOUND;
            html = Html.notFound("No page is known at " + path + ".");
        }
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/html; charset=utf-8");
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
