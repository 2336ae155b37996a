package org.ofstedkg.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.ofstedkg.map.UriScheme;
import org.ofstedkg.map.Vocab;

/** Plain server-rendered HTML of a resource's description: readable with JavaScript off. */
public final class Html {

    /**
     * A table that may be wider than a phone's screen: it scrolls sideways in its own region, named for
     * screen readers and reachable by keyboard, rather than the page. Closed by {@link #TABLE_END}.
     */
    public static String scrollingTable(String id, String cssClass, String label) {
        return "<div class=\"table-scroll\" role=\"region\" aria-label=\"" + escape(label) + "\" tabindex=\"0\">"
                + "<table" + (id == null ? "" : " id=\"" + escape(id) + "\"")
                + (cssClass == null ? "" : " class=\"" + escape(cssClass) + "\"") + ">";
    }

    public static final String TABLE_END = "</table></div>";

    private Html() {
    }

    static String page(String iri, Graph g, UriScheme uris, PrefixMapping prefixes) {
        Node subject = org.apache.jena.graph.NodeFactory.createURI(iri);
        StringBuilder b = new StringBuilder();
        String label = label(g, subject).orElse(iri);
        b.append("<h1>").append(escape(label)).append("</h1>\n<p><code>")
                .append(escape(iri)).append("</code></p>\n<p>Data: ");
        String doc = local(iri, uris);
        for (DocFormat f : DocFormat.values()) {
            if (f != DocFormat.HTML) {
                b.append("<a href=\"").append(escape(doc)).append('.').append(f.suffix).append("\">").append(f.suffix)
                        .append("</a> ");
            }
        }
        b.append("</p>\n").append(Site.table(null, "Properties")).append("\n<tr><th>property</th><th>value</th></tr>\n");
        List<Triple> out = new ArrayList<>(g.find(subject, Node.ANY, Node.ANY).toList());
        out.sort(Comparator.comparing((Triple t) -> t.getPredicate().getURI()).thenComparing(t -> t.getObject().toString()));
        for (Triple t : out) {
            b.append("<tr><td>").append(escape(name(t.getPredicate(), prefixes))).append("</td><td>")
                    .append(value(g, t.getObject(), uris, prefixes)).append("</td></tr>\n");
        }
        b.append(Site.TABLE_END).append("\n");
        List<Triple> in = new ArrayList<>(g.find(Node.ANY, Node.ANY, subject).toList());
        if (!in.isEmpty()) {
            in.sort(Comparator.comparing((Triple t) -> t.getSubject().toString()));
            b.append("<h2>Linked from</h2>\n<ul>\n");
            for (Triple t : in) {
                b.append("<li>").append(value(g, t.getSubject(), uris, prefixes)).append(" (")
                        .append(escape(name(t.getPredicate(), prefixes))).append(")</li>\n");
            }
            b.append("</ul>\n");
        }
        return Site.layout(label, b.toString());
    }

    static String notFound(String message) {
        return message("Not found", message);
    }

    /** A page that only says something: what was not found, or why a page cannot be given now. */
    static String message(String title, String message) {
        return Site.layout(title, "<h1>" + escape(title) + "</h1>\n<p>" + escape(message) + "</p>\n");
    }

    private static java.util.Optional<String> label(Graph g, Node n) {
        for (Node p : List.of(Vocab.PREF_LABEL, Vocab.LABEL, Vocab.QUOTE, Vocab.TEXT)) {
            var it = g.find(n, p, Node.ANY);
            if (it.hasNext()) {
                return java.util.Optional.of(it.next().getObject().getLiteralLexicalForm());
            }
        }
        return java.util.Optional.empty();
    }

    private static String value(Graph g, Node n, UriScheme uris, PrefixMapping prefixes) {
        if (n.isLiteral()) {
            return escape(n.getLiteralLexicalForm());
        }
        String text = label(g, n).orElse(name(n, prefixes));
        return link(n.getURI(), uris, text);
    }

    /**
     * An identifier as a link to its page, with the text given; an identifier of a scheme other than http(s),
     * which a browser may run ({@code javascript:}) or not open, is its text alone.
     */
    static String link(String iri, UriScheme uris, String text) {
        String lower = iri.toLowerCase(java.util.Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return escape(text);
        }
        return "<a href=\"" + escape(local(iri, uris)) + "\">" + escape(text) + "</a>";
    }

    /** Identifiers of this dataset link to their pages on this server; others link out. */
    static String local(String iri, UriScheme uris) {
        if (iri.startsWith(uris.base() + "id/")) {
            return "/doc/" + iri.substring((uris.base() + "id/").length());
        }
        if (iri.startsWith(Vocab.NS)) {
            return "/def/" + iri.substring(Vocab.NS.length());
        }
        return iri;
    }

    private static String name(Node n, PrefixMapping prefixes) {
        if (!n.isURI()) {
            return n.toString();
        }
        String q = prefixes.qnameFor(n.getURI());
        return q != null ? q : n.getURI();
    }

    public static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
