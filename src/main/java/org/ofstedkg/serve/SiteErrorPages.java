package org.ofstedkg.serve;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;

import org.eclipse.jetty.ee10.servlet.ErrorHandler;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;

/**
 * The server's own error pages (a path nothing serves, a method refused) for a browser, in the site's
 * layout: Jetty's page had no language, landmark or way back. Clients asking for text or JSON get Jetty's.
 */
final class SiteErrorPages extends ErrorHandler {

    @Override
    protected void writeErrorHtml(Request request, Writer writer, Charset charset, int code, String message,
            Throwable cause) throws IOException {
        String reason = HttpStatus.getMessage(code);
        String said = message == null || message.isBlank() || message.equals(reason) ? "" : " " + message + ".";
        writer.write(Site.layout(reason, "<h1>" + Html.escape(reason) + "</h1>\n<p>The server answered " + code + " "
                + Html.escape(reason) + " to " + Html.escape(request.getHttpURI().getPath()) + "." + Html.escape(said)
                + "</p>\n<p><a href=\"/\">Go to the home page</a> or <a href=\"/query\">query the data</a>.</p>\n"));
    }
}
