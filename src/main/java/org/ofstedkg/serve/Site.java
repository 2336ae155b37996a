package org.ofstedkg.serve;

import static org.ofstedkg.serve.Html.escape;

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
 * linked to the fact); the query page is {@link QueryPage}.
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

    static String layout(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + " | ofsted-kg</title>\n<style>body{font-family:sans-serif;max-width:70em;margin:1em auto;padding:0 1em}"
                + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}"
                + "mark{background:#ffe58a}pre{white-space:pre-wrap}.rating{font-size:1.4em}</style></head>\n<body>\n"
                + "<nav><a href=\"/\">Home</a> · <a href=\"/query\">Query</a> · <a href=\"/sparql\">SPARQL endpoint</a>"
                + " · <a href=\"/dumps/\">Dumps</a> · <a href=\"/def/\">Ontology</a> · <a href=\"/.well-known/void\">"
                + "Dataset description</a></nav>\n" + body + "</body></html>\n";
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
        b.append("<h2>Authorities</h2>\n<table id=\"authorities\">\n<tr><th>authority</th><th>DfE number</th>"
                + "<th>reports</th><th>latest rating</th></tr>\n");
        for (var r : rows("/serve/home.rq", null, null)) {
            b.append("<tr><td><a href=\"").append(escape(local(r.get("authority")))).append("\">")
                    .append(escape(r.get("name"))).append("</a></td><td>").append(escape(r.get("la_code")))
                    .append("</td><td>").append(escape(r.get("reports"))).append("</td><td>")
                    .append(escape(r.get("latest_rating"))).append("</td></tr>\n");
        }
        b.append("</table>\n<h2>Example queries</h2>\n<ul>\n");
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
        b.append("<h2>Judgements over time</h2>\n<table id=\"judgements\">\n<tr><th>area</th>");
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
        b.append("</table>\n<h2>Reports</h2>\n<ul id=\"reports\">\n");
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
        b.append("<h2>Facts</h2>\n<table id=\"facts\">\n<tr><th>kind</th><th>what it says</th><th>evidence</th></tr>\n");
        for (var f : facts) {
            b.append("<tr><td>").append(escape(f.get("kind"))).append("</td><td><a href=\"")
                    .append(escape(local(f.get("fact")))).append("\">").append(escape(f.get("says")))
                    .append("</a></td><td><a href=\"#ev-").append(f.get("start")).append('-').append(f.get("end"))
                    .append("\">in the text</a></td></tr>\n");
        }
        String text = meta.isEmpty() ? "" : meta.get(0).get("text");
        b.append("</table>\n<h2>Source text</h2>\n<pre id=\"source\">").append(marked(text, facts))
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
