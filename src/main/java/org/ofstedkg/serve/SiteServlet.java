package org.ofstedkg.serve;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The home page at / (its data, asked for as RDF, is the dataset's description), the query page at /query and its
 * downloads at /query/results.{suffix} ({@link QueryPage}), the search page at /search, and the accessibility
 * statement at /accessibility.
 */
public final class SiteServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient LinkedDataServlet linkedData;

    SiteServlet(LinkedDataServlet linkedData) {
        this.linkedData = linkedData;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        linkedData.inOneSnapshot(request, response, () -> super.service(request, response));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Site site = linkedData.site();
        if (path.equals("/") || path.isEmpty()) {
            // The home page's data is the dataset's description; people get the page.
            Optional<Negotiation.Choice<DocFormat>> format = DocFormat.negotiate(request, response, DocFormat.ALL);
            if (format.isEmpty()) {
                return;
            }
            if (format.get().offer() != DocFormat.HTML) {
                linkedData.sendDatasetDescription(request, response, format.get());
                return;
            }
            linkedData.sendHtml(request, response, HttpServletResponse.SC_OK, site.home());
        } else if (path.equals("/query")) {
            if (DocFormat.negotiate(request, response, List.of(DocFormat.HTML)).isPresent()) {
                linkedData.queryPage().page(request, response, linkedData);
            }
        } else if (path.equals("/search")) {
            if (DocFormat.negotiate(request, response, List.of(DocFormat.HTML)).isPresent()) {
                Site.Answer answer = site.search(request.getParameter("q"), request.getParameter("page"));
                linkedData.sendHtml(request, response, answer.status(), answer.html());
            }
        } else if (path.startsWith("/query/")) {
            linkedData.queryPage().download(request, response, path.substring("/query/".length()));
        } else if (path.equals("/accessibility")) {
            if (DocFormat.negotiate(request, response, List.of(DocFormat.HTML)).isPresent()) {
                linkedData.sendHtml(request, response, HttpServletResponse.SC_OK, Site.accessibility());
            }
        } else {
            linkedData.sendHtml(request, response, HttpServletResponse.SC_NOT_FOUND,
                    Html.notFound("No page is known at " + path + "."));
        }
    }
}
