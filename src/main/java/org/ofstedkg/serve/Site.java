package org.ofstedkg.serve;

import static org.ofstedkg.serve.Html.escape;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.ofstedkg.Bundled;
import org.ofstedkg.model.Area;
import org.ofstedkg.map.RdfMapping;
import org.ofstedkg.map.UriScheme;
import org.ofstedkg.map.Vocab;
import org.ofstedkg.store.KnowledgeStore;
import org.ofstedkg.store.QueryRunner;
import org.ofstedkg.store.SearchIndex;

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
    private final Charts charts;
    private final PageParts parts;
    private final AheadQueries ahead;

    Site(KnowledgeStore store, UriScheme uris, AheadQueries ahead) {
        this.store = store;
        this.uris = uris;
        this.charts = new Charts(this);
        this.ahead = ahead;
        this.parts = new PageParts(store, ahead);
    }

    static String resource(String path) {
        return Bundled.text(path);
    }

    List<Map<String, String>> rows(String resource, String variable, String iri) {
        return new QueryRunner(store).rows(query(resource, variable, iri));
    }

    /** A query of the site's resources, with a variable bound to an identifier (none if the variable is null). */
    static org.apache.jena.query.Query query(String resource, String variable, String iri) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(resource(resource));
        if (variable != null) {
            q.setIri(variable, iri);
        }
        return q.asQuery();
    }

    /** What a page says of a part it shows without its rows: "The chart of grades over time is being computed: ..." */
    static String partNote(PageParts.Part part, String what) {
        return "<p class=\"note\" role=\"status\">" + escape(what + " is " + part.missing() + ".") + "</p>\n";
    }

    /**
     * What a page says of a part computed ahead: nothing when it is of the store as it is; else when the
     * store it shows changed last, or that it is being computed.
     */
    static String aheadNote(Optional<AheadQueries.Rows> rows, String what) {
        if (rows.isPresent() && rows.get().current()) {
            return "";
        }
        return "<p class=\"note\" role=\"status\">" + escape(rows.isEmpty()
                ? "Being computed for the store as it is now: the " + what + ". Ask again in a minute."
                : "Of the store as it was at " + ASOF.format(rows.get().asOf()) + " (UTC), before its last change: the "
                        + what + ". The current ones are being computed.") + "</p>\n";
    }

    private static final java.time.format.DateTimeFormatter ASOF = java.time.format.DateTimeFormatter
            .ofPattern("HH:mm 'on' d MMMM uuuu", java.util.Locale.UK).withZone(java.time.ZoneOffset.UTC);

    /** The site's pages in the header's navigation, by path. */
    static final Map<String, String> NAVIGATION = navigation();

    private static Map<String, String> navigation() {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("/", "Home");
        links.put("/search", "Search");
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
        return Html.scrollingTable(id, null, label);
    }

    static final String TABLE_END = Html.TABLE_END;

    /** The accessibility statement: the standard, how it is tested, what is known not to meet it, and whom to tell. */
    static String accessibility() {
        return layout("Accessibility statement", resource("/serve/accessibility.html"));
    }

    private String local(String iri) {
        return Html.local(iri, uris);
    }

    String home() {
        // Asked together: at 10,000 reports with none kept yet, each in turn waited its own 800 ms (3.2 s in all).
        var asked = ahead.rows(List.of("/serve/counts.rq", "/serve/grade-distribution.rq", "/serve/latest-grades.rq",
                "/serve/home.rq").stream().map(AheadQueries::text).toList(), Integer.MAX_VALUE);
        var counted = asked.get(0);
        StringBuilder b = new StringBuilder("<h1>ofsted-kg</h1>\n<p>Ofsted's reports on the children's services of "
                + "England's local authorities as a knowledge graph: judgements, findings, recommendations, what is said "
                + "of each kind of service and the figures stated, each with the sentence it was read from.</p>\n");
        counted.map(AheadQueries.Rows::rows).map(rows -> rows.get(0)).ifPresent(counts -> b.append("<p id=\"counts\">")
                .append(counts.get("authorities")).append(" authorities, ")
                .append(counts.get("reports")).append(" reports, ").append(counts.get("judgements"))
                .append(" judgements, ").append(counts.get("findings")).append(" findings.</p>\n"));
        b.append(aheadNote(counted, "counts"));
        var distribution = asked.get(1);
        b.append("<h2>Overall grades by year</h2>\n").append(aheadNote(distribution, "chart of grades by year"));
        distribution.map(AheadQueries.Rows::rows).map(Charts::distribution).ifPresent(b::append);
        var latest = asked.get(2);
        b.append("<h2>England by latest overall grade</h2>\n").append(aheadNote(latest, "map of latest grades"));
        latest.map(AheadQueries.Rows::rows).map(charts::map).ifPresent(b::append);
        var authorities = asked.get(3);
        b.append("<h2>Authorities</h2>\n").append(aheadNote(authorities, "table of authorities"));
        b.append(table("authorities", "Authorities")).append("\n<tr><th>authority</th><th>DfE number</th>"
                + "<th>reports</th><th>latest rating</th></tr>\n");
        for (var r : authorities.map(AheadQueries.Rows::rows).orElse(List.of())) {
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
        // Its three queries at once: over 10,000 reports on a busy server they took 1.5-3.4 s one after the other.
        var parts = this.parts.rows(List.of(query("/serve/authority-judgements.rq", "authority", iri),
                query("/serve/authority-grades.rq", "authority", iri), query("/serve/neighbour-grades.rq", "authority", iri)),
                LinkedDataServlet.requestStartNanos());
        List<Map<String, String>> judgements = parts.get(0).rows().orElse(List.of());
        judgements.stream().filter(r -> r.get("assessment").equals("annual-rating"))
                .max(Comparator.comparing(r -> r.get("date")))
                .ifPresent(r -> b.append("<p class=\"rating\" id=\"latest-rating\">Latest rating (")
                        .append(escape(r.get("date").substring(0, 4))).append("): <strong>")
                        .append(escape(gradeWords(r))).append("</strong>, ")
                        .append(escape(r.get("assessment_label"))).append("</p>\n"));
        b.append("<h2>Grades over time</h2>\n").append(parts.get(1).rows().map(rows -> charts.timeline(rows, name))
                .orElseGet(() -> partNote(parts.get(1), "The chart of grades over time")));
        b.append("<h2>Beside its statistical neighbours</h2>\n").append(parts.get(2).rows().map(charts::neighbours)
                .orElseGet(() -> partNote(parts.get(2), "The chart of its neighbours' grades")));
        // A column is one framework's judgements on one day, so no column mixes two scales; rows are areas by
        // label, the overall judgement first.
        TreeMap<String, String> columns = new TreeMap<>();
        Map<String, Map<String, Map<String, String>>> byArea = new TreeMap<>(
                Comparator.comparing((String area) -> !area.equals(overallLabel())).thenComparing(Comparator.naturalOrder()));
        for (var r : judgements) {
            String column = r.get("date") + " " + r.get("assessment");
            columns.put(column, r.get("assessment_label"));
            byArea.computeIfAbsent(r.get("area_label"), k -> new LinkedHashMap<>()).put(column, r);
        }
        b.append("<h2>Judgements over time</h2>\n");
        if (parts.get(0).rows().isEmpty()) {
            b.append(partNote(parts.get(0), "The table of its judgements (and its latest rating)"));
        }
        b.append(table("judgements", "Judgements over time")).append("\n<caption>Each column is one framework's "
                + "judgements in one report, by the report's date, in that framework's own words.</caption>\n"
                + "<tr><th scope=\"col\">area</th>");
        columns.forEach((c, framework) -> b.append("<th scope=\"col\">").append(escape(c.substring(0, c.indexOf(' '))))
                .append("<br>").append(escape(framework)).append("</th>"));
        b.append("</tr>\n");
        byArea.forEach((area, cells) -> {
            b.append("<tr><th scope=\"row\">").append(escape(area)).append("</th>");
            for (String c : columns.keySet()) {
                var r = cells.get(c);
                b.append("<td>").append(r == null ? "" : "<a href=\"" + escape(local(r.get("judgement"))) + "\">"
                        + escape(gradeWords(r)) + "</a>").append("</td>");
            }
            b.append("</tr>\n");
        });
        b.append(TABLE_END).append("\n<h2>Reports</h2>\n<ul id=\"reports\">\n");
        description.find(Node.ANY, Vocab.AUTHORITY, a).toList().stream().map(t -> t.getSubject().getURI()).sorted()
                .forEach(r -> b.append("<li><a href=\"").append(escape(local(r))).append("\">")
                        .append(escape(labelOf(description, r))).append("</a></li>\n"));
        return layout(name, b.append("</ul>\n").toString());
    }

    /** A judgement's grade (a row with its grade_concept) in its framework's own words. */
    private static String gradeWords(Map<String, String> row) {
        return RdfMapping.gradeWords(NodeFactory.createURI(row.get("grade_concept")));
    }

    private static String overallLabel() {
        return RdfMapping.conceptLabel(Vocab.area(Area.OVERALL));
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
        // Its two queries at once, waited for no longer than the page wait since the request began; a part not
        // ready says so (on a busy server with nothing kept yet, a review's page took 1.6 s on its first request).
        var parts = this.parts.rows(List.of(query("/serve/report-meta.rq", "report", iri),
                query("/serve/report-facts.rq", "report", iri)), LinkedDataServlet.requestStartNanos());
        if (parts.stream().anyMatch(p -> p.rows().isEmpty())) {
            // Shown whole or not at all: a page without its facts must not read as a report that states none.
            PageParts.Part missing = parts.stream().filter(p -> p.rows().isEmpty()).findFirst().orElseThrow();
            b.append(partNote(missing, "The report's judgements, statements, figures and source text"));
            return layout(title, b.toString());
        }
        var meta = parts.get(0).rows().orElse(List.of());
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
        // One row per fact and evidence span: a fact is read once, with every span of its evidence.
        Map<String, Fact> facts = new LinkedHashMap<>();
        List<SourceDocument.Evidence> evidence = new ArrayList<>();
        for (var f : parts.get(1).rows().orElse(List.of())) {
            Fact fact = facts.computeIfAbsent(f.get("fact"), k -> new Fact(k, anchor(iri, k, facts.size()), f,
                    says(f), new ArrayList<>()));
            String span = f.get("start") + "-" + f.get("end");
            if (!fact.spans().contains(span)) {
                fact.spans().add(span);
                evidence.add(new SourceDocument.Evidence(Integer.parseInt(f.get("start")), Integer.parseInt(f.get("end")),
                        fact.anchor(), fact.says()));
            }
        }
        String text = meta.isEmpty() ? "" : meta.get(0).get("text");
        var source = SourceDocument.render(text, evidence);
        List<Fact> judgements = facts.values().stream().filter(f -> f.is("judgement")).toList();
        b.append("<h2 id=\"headline\">Headline judgements</h2>\n");
        if (judgements.isEmpty()) {
            b.append("<p>This report states no graded judgement.</p>\n");
        } else {
            b.append(table("headline-judgements", "Headline judgements")).append("\n<tr><th scope=\"col\">framework</th><th scope=\"col\">what is "
                    + "judged</th><th scope=\"col\">judgement</th><th scope=\"col\">evidence</th></tr>\n");
            for (Fact f : judgements) {
                b.append("<tr id=\"").append(escape(f.anchor())).append("\"><td>")
                        .append(escape(f.row().get("assessment_label"))).append("</td><td>")
                        .append(escape(f.row().get("area_label"))).append("</td><td><a href=\"")
                        .append(escape(local(f.iri()))).append("\">").append(escape(gradeWords(f.row())))
                        .append("</a></td><td>").append(toEvidence(f, source)).append("</td></tr>\n");
            }
            b.append(TABLE_END).append("\n");
        }
        b.append("<h2 id=\"statements\">Statements</h2>\n");
        statements(b, "Judgements of earlier years", facts, f -> f.is("earlier judgement"), source);
        statements(b, "Main findings", facts, f -> f.is("main finding"), source);
        statements(b, "Major strengths", facts, f -> f.is("finding") && "strength".equals(f.row().get("finding_kind")), source);
        statements(b, "Important weaknesses", facts, f -> f.is("finding") && "weakness".equals(f.row().get("finding_kind")),
                source);
        statements(b, "Recommendations", facts, f -> f.is("recommendation"), source);
        statements(b, "Service judgements", facts, f -> f.is("service judgement"), source);
        b.append("<h2 id=\"figures\">Figures</h2>\n");
        statements(b, null, facts, f -> f.is("statistic"), source);
        b.append("<h2 id=\"source-text\">Source text</h2>\n<div id=\"source\" class=\"source-document\">\n")
                .append(source.html()).append("</div>\n");
        return layout(title, b.toString());
    }

    /** A fact of a report page: its row of report-facts.rq, what it says in words, and its evidence spans. */
    private record Fact(String iri, String anchor, Map<String, String> row, String says, List<String> spans) {

        boolean is(String kind) {
            return kind.equals(row.get("kind"));
        }
    }

    /** A fact's anchor on its report's page, from its identifier below the report's ("fact-judgement-..."). */
    private static String anchor(String report, String fact, int index) {
        return "fact-" + (fact.startsWith(report + "/") ? fact.substring(report.length() + 1).replace('/', '-') : index);
    }

    /** What a fact says as a reader reads it: a statement's text, a judgement's or a figure's label. */
    private static String says(Map<String, String> f) {
        if (f.get("kind").equals("service judgement") && given(f, "grade_concept")) {
            return f.get("service_label") + ": " + gradeWords(f);
        }
        return f.get("says");
    }

    /** Whether a row binds a variable (an unbound one reads as empty). */
    private static boolean given(Map<String, String> row, String variable) {
        String value = row.get(variable);
        return value != null && !value.isBlank();
    }

    /** One kind of statement as a list (under its heading where given), each linked to its page and its evidence. */
    private void statements(StringBuilder b, String heading, Map<String, Fact> facts,
            java.util.function.Predicate<Fact> which, SourceDocument.Rendered source) {
        List<Fact> chosen = facts.values().stream().filter(which).toList();
        if (chosen.isEmpty()) {
            if (heading == null) {
                b.append("<p>This report states no figure.</p>\n");
            }
            return;
        }
        if (heading != null) {
            b.append("<h3>").append(escape(heading)).append("</h3>\n");
        }
        b.append("<ul class=\"statements\">\n");
        for (Fact f : chosen) {
            b.append("<li id=\"").append(escape(f.anchor())).append("\"><a href=\"").append(escape(local(f.iri())))
                    .append("\">").append(escape(f.says())).append("</a>");
            var row = f.row();
            String about = f.is("recommendation")
                    ? String.join(", ", java.util.stream.Stream.of(row.get("timescale_label"), row.get("party_label"))
                            .filter(x -> x != null && !x.isBlank()).toList())
                    : f.is("statistic") || f.is("service judgement") ? null : row.get("area_label");
            if (about != null && !about.isBlank()) {
                b.append(" <span class=\"about\">(").append(escape(about)).append(")</span>");
            }
            b.append(' ').append(toEvidence(f, source)).append("</li>\n");
        }
        b.append("</ul>\n");
    }

    /** The link from a fact to its evidence marked in the source text below. */
    private static String toEvidence(Fact f, SourceDocument.Rendered source) {
        String id = f.spans().isEmpty() ? null : source.anchorOf().get(f.spans().get(0));
        return id == null ? "" : "<a class=\"to-evidence\" href=\"#" + id + "\">in the text</a>";
    }

    /** The passages a search page shows at once. */
    static final int HITS_PER_PAGE = 20;

    /** A page to send with its HTTP status. */
    record Answer(int status, String html) {
    }

    /**
     * The search page: a form, and for words given the passages that match them, best first, a page of
     * {@value #HITS_PER_PAGE} at a time, each with its report, authority and date, linked to its place in the
     * report. An empty or unreadable search, or a page that is not a number, is a 400 saying why.
     */
    Answer search(String words, String pageNumber) {
        String given = words == null ? "" : words;
        StringBuilder b = new StringBuilder("<h1>Search the reports</h1>\n<form method=\"get\" action=\"/search\" "
                + "role=\"search\">\n<p><label for=\"q\">Words to find in the reports' statements and quotes</label>\n"
                + "<input type=\"search\" id=\"q\" name=\"q\" size=\"40\" maxlength=\"")
                .append(SearchIndex.MAX_QUERY_CHARS).append("\" value=\"").append(escape(given))
                .append("\">\n<button type=\"submit\">Search</button></p>\n</form>\n<p id=\"syntax\">All the words must "
                        + "occur, in any form (<i>exploited</i> finds <i>exploitation</i>); \"a phrase\" in double quotes; "
                        + "OR, NOT (in capitals); <i>word*</i> for words that begin so. The same search in SPARQL: "
                        + "<a href=\"/query?name=search\">search.rq</a>.</p>\n");
        if (words == null) {
            return new Answer(200, layout("Search", b.toString()));
        }
        int page;
        try {
            page = pageNumber == null ? 1 : Integer.parseInt(pageNumber.strip());
        } catch (NumberFormatException e) {
            page = 0;
        }
        int lastPage = SearchIndex.MAX_DEPTH / HITS_PER_PAGE;
        if (page < 1 || page > lastPage) {
            return refused(b, "The page must be a whole number from 1 to " + lastPage + ", not \u201c" + pageNumber
                    + "\u201d.");
        }
        SearchIndex.Page found;
        try {
            found = store.search().search(words, (page - 1) * HITS_PER_PAGE, HITS_PER_PAGE);
        } catch (SearchIndex.BadSearchException e) {
            return refused(b, e.getMessage());
        }
        String link = "/search?q=" + java.net.URLEncoder.encode(words.strip(), StandardCharsets.UTF_8);
        long pages = Math.min(lastPage, (found.total() + HITS_PER_PAGE - 1) / HITS_PER_PAGE);
        if (found.total() == 0) {
            b.append("<p id=\"summary\">No passage matches \u201c").append(escape(words.strip()))
                    .append("\u201d.</p>\n");
        } else if (found.hits().isEmpty()) {
            b.append("<p id=\"summary\">").append(found.total()).append(" passages match, on ").append(pages)
                    .append(" pages: there is no page ").append(page).append(". <a href=\"").append(escape(link))
                    .append("\">The first page</a>.</p>\n");
        } else {
            b.append("<p id=\"summary\">").append(found.total()).append(found.total() == 1 ? " passage matches" : " passages match")
                    .append(" \u201c").append(escape(words.strip())).append("\u201d, best first; ")
                    .append(found.offset() + 1).append("\u2013").append(found.offset() + found.hits().size())
                    .append(":</p>\n<ol id=\"hits\" start=\"").append(found.offset() + 1).append("\">\n");
            for (SearchIndex.Hit hit : found.hits()) {
                b.append("<li><p><a href=\"").append(escape(local(hit.report()) + "#" + hit.anchor())).append("\">")
                        .append(escape(hit.reportLabel().isEmpty() ? hit.report() : hit.reportLabel())).append("</a><br>");
                if (!hit.authority().isEmpty()) {
                    b.append("<a href=\"").append(escape(local(hit.authority()))).append("\">")
                            .append(escape(hit.authorityLabel())).append("</a>, ");
                }
                // Highlighted by SearchIndex: the passage's text escaped, only the <mark>s are markup.
                b.append(escape(hit.date())).append("</p>\n<blockquote>").append(hit.highlightedHtml())
                        .append("</blockquote></li>\n");
            }
            b.append("</ol>\n");
            if (pages > 1) {
                b.append("<nav id=\"pages\" aria-label=\"Result pages\"><p>");
                if (page > 1) {
                    b.append("<a rel=\"prev\" href=\"").append(escape(link + "&page=" + (page - 1))).append("\">Previous</a> ");
                }
                b.append("Page ").append(page).append(" of ").append(pages);
                if (page < pages) {
                    b.append(" <a rel=\"next\" href=\"").append(escape(link + "&page=" + (page + 1))).append("\">Next</a>");
                }
                b.append("</p></nav>\n");
            }
        }
        return new Answer(200, layout("Search: " + words.strip(), b.toString()));
    }

    private static Answer refused(StringBuilder page, String why) {
        return new Answer(400, layout("Search", page.append("<p id=\"error\" role=\"alert\">").append(escape(why))
                .append("</p>\n").toString()));
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
