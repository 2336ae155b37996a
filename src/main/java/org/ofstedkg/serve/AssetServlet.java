package org.ofstedkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ofstedkg.Bundled;
import org.ofstedkg.Digests;

/**
 * The site's stylesheet and icon, bundled with the program: one file each, kept by browsers for a day and
 * revalidated by their ETag, so that every page links them rather than carrying them.
 */
final class AssetServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** The assets are the program's own: they last changed when it started. */
    private static final Instant STARTED = Instant.now();

    /** Each asset's path on the server, its resource and its media type. */
    static final Map<String, Asset> ASSETS = Map.of(
            "/site.css", Asset.of("/serve/site.css", "text/css; charset=utf-8"),
            "/favicon.svg", Asset.of("/serve/favicon.svg", "image/svg+xml"));

    record Asset(byte[] body, String type, String etag) {
        static Asset of(String resource, String type) {
            try (InputStream in = Bundled.open(resource)) {
                byte[] body = in.readAllBytes();
                return new Asset(body, type, "\"" + Digests.sha256Hex(body) + "\"");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Asset asset = ASSETS.get(request.getServletPath());
        if (asset == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Cache-Control", "public, max-age=86400");
        if (LinkedDataServlet.notModified(request, response, asset.etag(), STARTED)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(asset.type());
        response.setContentLength(asset.body().length);
        response.getOutputStream().write(asset.body());
    }
}
