package org.ofstedkg.serve;

import static org.ofstedkg.serve.Html.escape;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.ofstedkg.Bundled;
import org.ofstedkg.map.UriScheme;
import org.ofstedkg.map.Vocab;
import org.ofstedkg.store.KnowledgeStore;
import org.ofstedkg.store.QueryRunner;

/**
 * The browsable site, rendered on the server and readable with JavaScript off: the home page, the
 * pages of authorities and reports (a report's source text with every fact's evidence marked and
 * linked to the fact), and a query page running the canned queries.
 */
final class Site {

    /** The canned queries the query page offers, as in queries/. */
    static final List<String> CANNED = Bundled.CANNED_QUERIES;

    private final KnowledgeStore store;
    private final UriScheme uris;

    Site(KnowledgeStore store, UriScheme uris) {
        this.store = store;
        this.uris = uris;
    }

    static String resource(String path) {
        return Bundled.text(path);
    }

    private List<Map<String, String>> rows(String resource, String variable, String iri) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(resource(resource));
        if (variable != null) {
            q.setIri(variable, iri);
        }
        return new QueryRunner(store).rows(q.asQuery());
    }

    /** The site's pages in the header's navigation, by path. */
    static final Map<String, String> NAVIGATION = navigation();

    private static Map<String, String> navigation() {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("/", "Home");
        links.put("/query", "Query");
        links.put("/sparql", "SPARQL endpoint");
        links.put("/dumps/", "Dumps");
        links.put("/def/", "Ontology");
        links.put("/.well-known/void", "Dataset description");
        links.put("/accessibility", "Accessibility");
        return links;
    }

    /**
     * A page of the site: its head (viewport, description, icon, stylesheet), a skip link, and the header,
     * main content and footer as landmarks. The body is the page's main content, starting with its h1.
     */
    static String layout(String title, String body) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(escape(title)).append(" | ofsted-kg</title>\n<meta name=\"description\" content=\"")
                .append(escape(title)).append(": from ofsted-kg, Ofsted's inspection reports on the children's "
                        + "services of England's local authorities as linked data, each fact with its evidence.\">\n"
                        + "<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">\n"
                        + "<link rel=\"stylesheet\" href=\"/site.css\">\n</head>\n<body>\n"
                        + "<a class=\"skip\" href=\"#main\">Skip to main content</a>\n"
                        + "<header><div class=\"width\"><p class=\"site-name\"><a href=\"/\">"
                        + "ofsted-kg</a></p>\n<nav aria-label=\"Site\"><ul>");
        NAVIGATION.forEach((path, label) -> b.append("<li><a href=\"").append(path).append("\">").append(label)
                .append("</a></li>"));
        return b.append("</ul></nav></div></header>\n<main id=\"main\" class=\"width\" tabindex=\"-1\">\n")
                .append(body).append("</main>\n<footer><div class=\"width\"><p>ofsted-kg reads Ofsted's published "
                        + "reports; every fact links to the words it was read from.</p>\n<ul><li><a href=\"/accessibility\">"
                        + "Accessibility statement</a></li><li><a href=\"/.well-known/void\">Dataset description</a></li>"
                        + "<li><a href=\"/sparql\">SPARQL endpoint</a></li></ul></div></footer>\n</body></html>\n")
                .toString();
    }

    /**
     * A table that may be wider than a phone's screen: it scrolls sideways in its own region, named for
     * screen readers and reachable by keyboard, rather than the page. Closed by {@link #TABLE_END}.
     */
    static String table(String id, String label) {
        return "<div class=\"table-scroll\" role=\"region\" aria-label=\"" + escape(label) + "\" tabindex=\"0\">"
                + "<table" + (id == null ? "" : " id=\"" + escape(id) + "\"") + ">";
    }

    static final String TABLE_END = "</table></div>";

    /** The accessibility statement: the standard, how it is tested, what is known not to meet it, and whom to tell. */
    static String accessibility() {
        return layout("Accessibility statement", resource("/serve/accessibility.html"));
    }

    private String local(String iri) {
        return Html.local(iri, uris);
    }

    String home() {
        var counts = rows("/serve/counts.rq", null, null).get(0);
        StringBuilder b = new StringBuilder("<h1>ofsted-kg</h1>\n<p>Ofsted's reports on the children's services of "
                + "England's local authorities as a knowledge graph: judgements, findings, recommendations, what is said "
                + "of each kind of service and the figures stated, each with the sentence it was read from.</p>\n");
        b.append("<p id=\"counts\">").append(counts.get("authorities")).append(" authorities, ")
                .append(counts.get("reports")).append(" reports, ").append(counts.get("judgements"))
                .append(" judgements, ").append(counts.get("findings")).append(" findings.</p>\n");
        b.append("<h2>Authorities</h2>\n").append(table("authorities", "Authorities")).append("\n<tr><th>authority</th><th>DfE number</th>"
                + "<th>reports</th><th>latest rating</th></tr>\n");
        for (var r : rows("/serve/home.rq", null, null)) {
            b.append("<tr><td><a href=\"").append(escape(local(r.get("authority")))).append("\">")
                    .append(escape(r.get("name"))).append("</a></td><td>").append(escape(r.get("la_code")))
                    .append("</td><td>").append(escape(r.get("reports"))).append("</td><td>")
                    .append(escape(r.get("latest_rating"))).append("</td></tr>\n");
        }
        b.append(TABLE_END).append("\n<h2>Example queries</h2>\n<ul>\n");
        for (String q : CANNED) {
            b.append("<li><a href=\"/query?name=").append(q).append("\">").append(q).append("</a></li>\n");
        }
        b.append("</ul>\n<p>Dumps: <a href=\"/dumps/ofsted-kg.nq.gz\">N-Quads</a>, <a href=\"/dumps/ofsted-kg.ttl.gz\">"
                + "Turtle</a>. The analysts' summary of the latest inspections: <a href=\"/summary.xlsx\">XLSX</a>, "
                + "<a href=\"/summary.csv\">CSV</a> (every inspection: <a href=\"/summary.xlsx?all=true\">XLSX</a>, "
                + "<a href=\"/summary.csv?all=true\">CSV</a>). SPARQL endpoint: <a href=\"/sparql\">/sparql</a>.</p>\n");
        return layout("Home", b.toString());
    }

    /** An authority: its codes, the latest rating shown plainly, and its judgements over time by area. */
    String authority(String iri, Graph description) {
        Node a = NodeFactory.createURI(iri);
        String name = literal(description, a, Vocab.PREF_LABEL);
        StringBuilder b = new StringBuilder("<h1>").append(escape(name)).append("</h1>\n<p>DfE LA number ")
                .append(escape(literal(description, a, Vocab.LA_CODE))).append(", ONS GSS code ");
        String gss = literal(description, a, Vocab.GSS_CODE);
        b.append("<a href=\"http://statistics.data.gov.uk/id/statistical-geography/").append(escape(gss)).append("\">")
                .append(escape(gss)).append("</a>. <a href=\"").append(escape(local(iri))).append(".ttl\">Turtle</a></p>\n");
        List<Map<String, String>> judgements = rows("/serve/authority-judgements.rq", "authority", iri);
        judgements.stream().filter(r -> r.get("assessment").equals("annual-rating"))
                .max(Comparator.comparing(r -> r.get("date")))
                .ifPresent(r -> b.append("<p class=\"rating\" id=\"latest-rating\">Latest rating (")
                        .append(escape(r.get("date").substring(0, 4))).append("): <strong>")
                        .append(escape(r.get("label"))).append(" (").append(escape(r.get("grade")))
                        .append(")</strong></p>\n"));
        TreeSet<String> columns = new TreeSet<>();
        Map<String, Map<String, Map<String, String>>> byArea = new TreeMap<>();
        for (var r : judgements) {
            String column = r.get("date") + " " + r.get("assessment");
            columns.add(column);
            byArea.computeIfAbsent(r.get("area"), k -> new LinkedHashMap<>()).put(column, r);
        }
        b.append("<h2>Judgements over time</h2>\n").append(table("judgements", "Judgements over time")).append("\n<tr><th>area</th>");
        columns.forEach(c -> b.append("<th>").append(escape(c)).append("</th>"));
        b.append("</tr>\n");
        byArea.forEach((area, cells) -> {
            b.append("<tr><td>").append(escape(area)).append("</td>");
            for (String c : columns) {
                var r = cells.get(c);
                b.append("<td>").append(r == null ? "" : "<a href=\"" + escape(local(r.get("judgement"))) + "\">"
                        + escape(r.get("label")) + " (" + escape(r.get("grade")) + ")</a>").append("</td>");
            }
            b.append("</tr>\n");
        });
        b.append(TABLE_END).append("\n<h2>Reports</h2>\n<ul id=\"reports\">\n");
        description.find(Node.ANY, Vocab.AUTHORITY, a).toList().stream().map(t -> t.getSubject().getURI()).sorted()
                .forEach(r -> b.append("<li><a href=\"").append(escape(local(r))).append("\">")
                        .append(escape(labelOf(description, r))).append("</a></li>\n"));
        return layout(name, b.append("</ul>\n").toString());
    }

    /** A report: what it is, its facts, and its source text with each fact's evidence marked and linked. */
    String report(String iri, Graph description) {
        Node r = NodeFactory.createURI(iri);
        String title = literal(description, r, Vocab.LABEL);
        StringBuilder b = new StringBuilder("<h1>").append(escape(title)).append("</h1>\n<p>");
        description.find(r, Vocab.AUTHORITY, Node.ANY).forEachRemaining(t -> b.append("Authority: <a href=\"")
                .append(escape(local(t.getObject().getURI()))).append("\">")
                .append(escape(labelOf(description, t.getObject().getURI()))).append("</a>. "));
        b.append("Date: ").append(escape(literal(description, r, Vocab.DC_DATE))).append(". <a href=\"")
                .append(escape(local(iri))).append(".ttl\">Turtle</a></p>\n");
        var meta = rows("/serve/report-meta.rq", "report", iri);
        if (!meta.isEmpty()) {
            var m = meta.get(0);
            b.append("<dl id=\"metadata\">\n");
            definition(b, "Reference no.", m.get("reference"));
            definition(b, "Addressee", join(m.get("addressee"), m.get("addressee_role")));
            definition(b, "Signatory", join(m.get("signatory"), m.get("signatory_role")));
            definition(b, "Inspectorates", m.get("inspectorates"));
            definition(b, "Source", m.get("file") + " (SHA-256 " + m.get("sha256") + ")");
            b.append("</dl>\n");
        }
        List<Map<String, String>> facts = rows("/serve/report-facts.rq", "report", iri);
        b.append("<h2>Facts</h2>\n").append(table("facts", "Facts")).append("\n<tr><th>kind</th><th>what it says</th><th>evidence</th></tr>\n");
        for (var f : facts) {
            b.append("<tr><td>").append(escape(f.get("kind"))).append("</td><td><a href=\"")
                    .append(escape(local(f.get("fact")))).append("\">").append(escape(f.get("says")))
                    .append("</a></td><td><a href=\"#ev-").append(f.get("start")).append('-').append(f.get("end"))
                    .append("\">in the text</a></td></tr>\n");
        }
        String text = meta.isEmpty() ? "" : meta.get(0).get("text");
        b.append(TABLE_END).append("\n<h2>Source text</h2>\n<pre id=\"source\">").append(marked(text, facts))
                .append("</pre>\n");
        return layout(title, b.toString());
    }

    /** The text with each evidence span (the first of overlapping ones) marked and linked to its fact. */
    private String marked(String text, List<Map<String, String>> facts) {
        record Span(int start, int end, String fact, String says) {
        }
        List<Span> spans = new ArrayList<>();
        for (var f : facts) {
            int s = Integer.parseInt(f.get("start"));
            int e = Integer.parseInt(f.get("end"));
            if (e <= text.codePointCount(0, text.length())) {
                spans.add(new Span(s, e, f.get("fact"), f.get("says")));
            }
        }
        spans.sort(Comparator.comparingInt(Span::start).thenComparingInt(sp -> -sp.end()));
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (Span sp : spans) {
            if (sp.start() < at) {
                continue;
            }
            int from = text.offsetByCodePoints(0, sp.start());
            int to = text.offsetByCodePoints(0, sp.end());
            int atChar = text.offsetByCodePoints(0, at);
            b.append(escape(text.substring(atChar, from))).append("<a class=\"evidence\" id=\"ev-").append(sp.start())
                    .append('-').append(sp.end()).append("\" href=\"").append(escape(local(sp.fact())))
                    .append("\" title=\"").append(escape(sp.says())).append("\"><mark>")
                    .append(escape(text.substring(from, to))).append("</mark></a>");
            at = sp.end();
        }
        return b.append(escape(text.substring(text.offsetByCodePoints(0, at)))).toString();
    }

    /** The query page: a canned query (or the one given) in an editor, and its results as a table. */
    String query(String name, String given) {
        String text = given != null ? given
                : Bundled.cannedQuery(name != null && CANNED.contains(name) ? name : "ratings");
        StringBuilder b = new StringBuilder("<h1>Query</h1>\n<form method=\"get\" action=\"/query\">\n<p>Canned: ");
        for (String q : CANNED) {
            b.append("<a href=\"/query?name=").append(q).append("\">").append(q).append("</a> ");
        }
        b.append("</p>\n<label for=\"query-text\">SPARQL query</label>\n<textarea name=\"query\" id=\"query-text\" rows=\"20\" cols=\"100\">").append(escape(text))
                .append("</textarea>\n<p><button type=\"submit\" id=\"run\">Run</button></p>\n</form>\n");
        if (given != null || name != null) {
            try {
                var query = QueryRunner.parse(text, "on this page");
                if (!query.isSelectType()) {
                    throw new IllegalArgumentException("this page shows SELECT queries; send others to /sparql");
                }
                query.setLimit(Math.min(query.getLimit() < 0 ? 1000 : query.getLimit(), 1000));
                var rows = new QueryRunner(store).rows(query);
                String encoded = java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
                b.append("<p>").append(rows.size()).append(" rows. Download: <a href=\"/sparql?query=").append(encoded)
                        .append("&amp;output=csv\">CSV</a>, <a href=\"/sparql?query=").append(encoded)
                        .append("&amp;format=json\">JSON</a></p>\n").append(table("results", "Results")).append("\n<tr>");
                query.getResultVars().forEach(v -> b.append("<th>").append(escape(v)).append("</th>"));
                b.append("</tr>\n");
                for (var row : rows) {
                    b.append("<tr>");
                    for (String v : query.getResultVars()) {
                        String value = row.getOrDefault(v, "");
                        b.append("<td>").append(value.startsWith(uris.base() + "id/")
                                ? "<a href=\"" + escape(local(value)) + "\">" + escape(value) + "</a>" : escape(value))
                                .append("</td>");
                    }
                    b.append("</tr>\n");
                }
                b.append(TABLE_END).append("\n");
            } catch (RuntimeException e) {
                b.append("<p id=\"error\">").append(escape(String.valueOf(e.getMessage()))).append("</p>\n");
            }
        }
        return layout("Query", b.toString());
    }

    private static void definition(StringBuilder b, String term, String value) {
        if (value != null && !value.isBlank()) {
            b.append("<dt>").append(escape(term)).append("</dt><dd>").append(escape(value)).append("</dd>\n");
        }
    }

    private static String join(String name, String role) {
        return name == null || name.isBlank() ? "" : name + (role == null || role.isBlank() ? "" : ", " + role);
    }

    /** The ontology documented from its own labels and comments: classes, properties, concept schemes. */
    String ontology(Graph ontology) {
        StringBuilder b = new StringBuilder("<h1>ofsted-kg ontology</h1>\n<p>Namespace <code>").append(Vocab.NS)
                .append("</code>. <a href=\"/def/ontology.ttl\">Turtle</a></p>\n");
        Node owl = NodeFactory.createURI(Vocab.OWL + "Class");
        Node comment = NodeFactory.createURI(Vocab.RDFS + "comment");
        section(b, ontology, "Classes", "classes", List.of(owl), comment);
        section(b, ontology, "Properties", "properties", List.of(NodeFactory.createURI(Vocab.OWL + "ObjectProperty"),
                NodeFactory.createURI(Vocab.OWL + "DatatypeProperty")), comment);
        b.append("<h2>Concept schemes</h2>\n");
        Node scheme = NodeFactory.createURI(Vocab.SKOS + "ConceptScheme");
        Node inScheme = NodeFactory.createURI(Vocab.SKOS + "inScheme");
        ontology.find(Node.ANY, Vocab.TYPE, scheme).toList().stream().map(t -> t.getSubject())
                .sorted(Comparator.comparing(Node::getURI)).forEach(s -> {
                    b.append("<h3 id=\"").append(escape(s.getURI().substring(Vocab.NS.length()))).append("\">")
                            .append(escape(literal(ontology, s, Vocab.LABEL))).append("</h3>\n<p>")
                            .append(escape(literal(ontology, s, comment))).append("</p>\n<ul>\n");
                    ontology.find(Node.ANY, inScheme, s).toList().stream().map(t -> t.getSubject())
                            .sorted(Comparator.comparing(Node::getURI)).forEach(c -> b.append("<li><a href=\"/def/")
                                    .append(escape(c.getURI().substring(Vocab.NS.length()))).append("\"><code>")
                                    .append(escape(literal(ontology, c, Vocab.NOTATION))).append("</code></a> ")
                                    .append(escape(literal(ontology, c, Vocab.PREF_LABEL))).append("</li>\n"));
                    b.append("</ul>\n");
                });
        return layout("Ontology", b.toString());
    }

    private static void section(StringBuilder b, Graph g, String title, String id, List<Node> types, Node comment) {
        b.append("<h2>").append(title).append("</h2>\n<dl id=\"").append(id).append("\">\n");
        types.stream().flatMap(t -> g.find(Node.ANY, Vocab.TYPE, t).toList().stream()).map(t -> t.getSubject())
                .filter(n -> n.getURI().startsWith(Vocab.NS)).distinct().sorted(Comparator.comparing(Node::getURI))
                .forEach(n -> b.append("<dt id=\"").append(escape(n.getURI().substring(Vocab.NS.length())))
                        .append("\"><code>okg:").append(escape(n.getURI().substring(Vocab.NS.length())))
                        .append("</code> ").append(escape(literal(g, n, Vocab.LABEL))).append("</dt><dd>")
                        .append(escape(literal(g, n, comment))).append("</dd>\n"));
        b.append("</dl>\n");
    }

    private static String literal(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : "";
    }

    private static String labelOf(Graph g, String iri) {
        String label = literal(g, NodeFactory.createURI(iri), Vocab.LABEL);
        return label.isEmpty() ? iri : label;
    }
}
