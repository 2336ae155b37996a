package org.ofstedkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ofstedkg.Samples;
import org.ofstedkg.TestStores;
import org.ofstedkg.store.KnowledgeStore;

/** The browsable pages over HTTP, as they read with JavaScript off. */
class SiteTest {

    private static TestStores.Served served;
    private static KnowledgeStore store;
    private static SparqlServer server;

    @BeforeAll
    static void start() {
        served = TestStores.served();
        store = served.store();
        server = served.server();
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int count(String html, String regex) {
        var m = Pattern.compile(regex).matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void theHomePageListsTheAuthoritiesAndCounts() throws Exception {
        var r = get("/");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("4 authorities, 5 reports, 28 judgements, 57 findings."), r.body());
        for (String a : new String[] {"Blackpool", "Redcar and Cleveland", "Sefton", "Southend-on-Sea"}) {
            assertTrue(r.body().contains(">" + a + "</a>"), a);
        }
        assertTrue(r.body().contains("href=\"/query?name=ratings\"") && r.body().contains("href=\"/dumps/ofsted-kg.nq.gz\""));
        assertTrue(!r.body().contains("<script"), "readable with JavaScript off: there is none");
    }

    /** What a person reads of some HTML: its text, without tags or attributes. */
    private static String text(String html) {
        return html.replaceAll("<[^>]*>", " ").replace("&#39;", "'").replace("&amp;", "&").replaceAll("\\s+", " ")
                .replace(" .", ".");
    }

    @Test
    void anAuthorityPageShowsTheLatestRatingAndItsJudgementsOverTime() throws Exception {
        var r = get("/doc/authority/southend-on-sea");
        String html = r.body();
        assertTrue(html.contains("Latest rating (2009): <strong>Performs well (grade 3 of 4)</strong>, Children's services "
                + "annual rating"), html);
        assertTrue(html.contains("href=\"http://statistics.data.gov.uk/id/statistical-geography/E06000033\""));
        String table = html.substring(html.indexOf("id=\"judgements\""), html.indexOf("</table>", html.indexOf("id=\"judgements\"")));
        assertEquals(4 + 1, count(table, "<th scope=\"col\">"), "area plus four dated assessments as columns");
        assertTrue(table.contains("<th scope=\"col\">2008-05-06<br>Joint area review</th>")
                && table.contains("<th scope=\"col\">2009-12-09<br>Children's services annual rating</th>"),
                "each column names its framework: " + table);
        assertTrue(table.matches("(?s).*<tr><th scope=\"row\">Safeguarding</th>.*adequate \\(grade 2 of 4\\).*"), table);
        assertTrue(text(table).contains("Children and young people with learning difficulties and/or disabilities"), table);
        for (String slug : new String[] {"learning-difficulties-and-disabilities", "safeguarding", "joint-area-review",
                "annual-rating"}) {
            assertTrue(!text(table).contains(slug), "no slug where a person reads: " + slug);
        }
        // The overall row comes first; each cell is in its own column's framework's words.
        String overall = table.substring(table.indexOf("<tr><th scope=\"row\">"));
        overall = overall.substring(0, overall.indexOf("</tr>"));
        assertTrue(overall.startsWith("<tr><th scope=\"row\">Overall</th>"), overall);
        assertTrue(overall.matches("(?s)(.*?<td>.*?</td>){3}<td><a [^>]*>Performs well \\(grade 3 of 4\\)</a></td>"),
                "the annual rating column holds the rating in its own words: " + overall);
        String reports = html.substring(html.indexOf("id=\"reports\""));
        assertEquals(2, count(reports.substring(0, reports.indexOf("</ul>")), "<li>"));
    }

    @Test
    void aReportPageOpensWithItsJudgementsThenStatementsFiguresAndTheSourceAsADocument() throws Exception {
        String html = get("/doc/report/joint-area-review/southend-on-sea/2008-05-06").body();
        int headline = html.indexOf("id=\"headline\"");
        int statements = html.indexOf("id=\"statements\"");
        int figures = html.indexOf("id=\"figures\"");
        int source = html.indexOf("<div id=\"source\"");
        assertTrue(0 < headline && headline < statements && statements < figures && figures < source,
                "headline judgements, statements, figures, source text: " + headline + " " + statements + " " + figures
                        + " " + source);
        String judgements = html.substring(headline, statements);
        assertTrue(judgements.contains("<tr id=\"fact-judgement-joint-area-review-safeguarding\"><td>Joint area review</td>"
                + "<td>Safeguarding</td>"), judgements);
        assertTrue(judgements.contains(">adequate (grade 2 of 4)</a>"), judgements);
        assertEquals(24, count(judgements, "<tr id=\"fact-judgement-"), "the review's 24 judgements");
        String said = text(html.substring(headline, source));
        assertTrue(!said.contains("joint-area-review safeguarding") && !said.contains("learning-difficulties-and-disabilities"),
                said);
        String stated = html.substring(statements, figures);
        assertTrue(stated.contains("<h3>Major strengths</h3>") && stated.contains("<h3>Important weaknesses</h3>")
                && stated.contains("<h3>Recommendations</h3>") && stated.contains("<h3>Main findings</h3>"), stated);
        assertTrue(text(stated).contains("Placement stability (Looked after children and young people)"), stated);
        assertTrue(text(stated).contains("(For immediate action, The local partnership)"), stated);
        String figuresText = text(html.substring(figures, source));
        assertTrue(!figuresText.contains("35% those") && !figuresText.contains("more-planned"), figuresText);
        assertTrue(figuresText.contains("Unemployment in Southend-on-Sea, reported 2008: 5.7%, above England (the national "
                + "figure).") && figuresText.contains("Childminders in Southend-on-Sea, reported 2008: 167.")
                && figuresText.contains("Spending and budgets in Southend-on-Sea, reported 2008: £1,800,000.")
                && figuresText.contains("A figure the report does not name, in Southend-on-Sea, reported 2008: about 35%. "
                        + "The report says: \u201cUnemployment, at 5.7%"), figuresText);
        String document = html.substring(source);
        assertTrue(document.contains("<h4>Introduction</h4>") && document.contains("<strong>Annex A: The APA letter</strong>")
                && document.contains("<div class=\"table-scroll\" role=\"region\" aria-label=\"A table of the report\" tabindex=\"0\"><table class=\"source-table\">"), document);
        for (String raw : new String[] {"## ", "&lt;b&gt;", "&lt;p&gt;", "**"}) {
            assertTrue(!document.contains(raw), "no raw markup in the rendered source: " + raw);
        }
        // The grades row's evidence is marked and links to its judgement above; the judgement links back to it.
        assertTrue(document.contains("<mark id=\"ev-7400-7414\"><a class=\"evidence\" href=\"#fact-judgement-joint-area-review-"
                + "safeguarding\" title=\"Safeguarding: adequate (grade 2 of 4), joint area review\">Safeguarding</a></mark>"),
                document.substring(0, 2000));
        assertTrue(judgements.contains("<a class=\"to-evidence\" href=\"#ev-7400-7414\">in the text</a>"), judgements);
        // Every link within the page reaches an anchor on it, and every fact has one to its evidence.
        var ids = new java.util.HashSet<String>();
        for (var m = Pattern.compile(" id=\"([^\"]+)\"").matcher(html); m.find();) {
            assertTrue(ids.add(m.group(1)), "ids are unique: " + m.group(1));
        }
        var links = Pattern.compile("href=\"#([^\"]+)\"").matcher(html);
        int checked = 0;
        while (links.find()) {
            assertTrue(ids.contains(links.group(1)), "an anchor for #" + links.group(1));
            checked++;
        }
        assertTrue(checked > 300, "links within the page: " + checked);
        assertEquals(count(html, "<li id=\"fact-|<tr id=\"fact-"), count(html, "class=\"to-evidence\""),
                "every fact links to its evidence");
        assertTrue(count(document, "<mark") > 150, "marked evidence spans: " + count(document, "<mark"));
    }

    @Test
    void aReportPageShowsWhatTheReportIs() throws Exception {
        String html = get("/doc/report/joint-area-review/southend-on-sea/2008-05-06").body();
        String meta = html.substring(html.indexOf("id=\"metadata\""), html.indexOf("</dl>"));
        assertTrue(meta.contains("<dt>Reference no.</dt><dd>882</dd>"), meta);
        assertTrue(meta.contains("Audit Commission") && meta.contains("Ofsted"), meta);
        String letter = get("/doc/report/annual-rating-letter/sefton/2009-12-09").body();
        assertTrue(letter.contains("<dd>Mr Peter Morgan, Strategic Director of Children&#39;s Services</dd>")
                || letter.contains("<dd>Mr Peter Morgan, Strategic Director of Children's Services</dd>"), letter);
        assertTrue(letter.contains("<dd>Juliet Winstanley, Divisional Manager, CAA</dd>"), letter);
        String rating = letter.substring(letter.indexOf("id=\"headline-judgements\""));
        assertTrue(rating.contains("<td>Children's services annual rating</td><td>Overall</td>"), rating);
    }

    @Test
    void theDocumentsOfFactsAreTitledInWords() throws Exception {
        String review = "/doc/report/joint-area-review/southend-on-sea/2008-05-06";
        assertTrue(get(review + "/judgement/joint-area-review/safeguarding").body()
                .contains("<h1>Safeguarding: adequate (grade 2 of 4), joint area review</h1>"));
        assertTrue(get(review + "/statistic/6").body().contains("<h1>Unemployment in Southend-on-Sea, reported 2008: 5.7%, "
                + "above England (the national figure).</h1>"));
        String finding = get(review + "/finding/looked-after-children/strength/1").body();
        assertTrue(finding.contains("<h1>Placement stability</h1>"), finding);
        assertTrue(finding.contains(">Looked after children and young people</a>"), "its area by label: " + finding);
        String sefton = get("/doc/report/annual-rating-letter/sefton/2009-12-09").body();
        String service = sefton.substring(sefton.indexOf("<h3>Service judgements</h3>"));
        assertTrue(text(service).contains("Special schools: outstanding (grade 4 of 4) in the text"), service);
    }

    @Test
    void theQueryPageRunsACannedQueryAndOffersDownloads() throws Exception {
        String html = get("/query?name=ratings").body();
        assertTrue(html.contains("<textarea id=\"query\" name=\"query\""), html);
        String results = html.substring(html.indexOf("id=\"results\""), html.indexOf("</table>", html.indexOf("id=\"results\"")));
        assertEquals(1 + 4, count(results, "<tr>"), "a header and the four ratings");
        assertTrue(results.contains("<td>Southend-on-Sea</td>"));
        assertTrue(html.contains("href=\"/query/results.csv?name=ratings\"") && html.contains("/query/results.json?name=ratings")
                && html.contains("/query/results.xlsx?name=ratings"), html);
        String bad = get("/query?query=" + URLEncoder.encode("SELEC nothing", StandardCharsets.UTF_8)).body();
        assertTrue(bad.contains("id=\"error\"") && bad.contains("is not valid SPARQL"), bad);
    }

    @Test
    void theQueryPageWithNoQueryShowsTheEditor() throws Exception {
        var r = get("/query");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("<textarea id=\"query\" name=\"query\"") && !r.body().contains("id=\"results\""));
    }

    @Test
    void theQueryPageOffersEveryCannedQuery() throws Exception {
        try (var files = Files.list(Samples.home().resolve("queries"))) {
            var names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
            assertEquals(names, Site.CANNED.stream().sorted().toList());
        }
    }

    @Test
    void everyPageHasTheShellItsReadersAndBrowsersNeed() throws Exception {
        for (String path : new String[] {"/", "/query", "/doc/authority/sefton", "/def/", "/dumps/", "/accessibility",
            "/doc/report/none"}) {
            String html = get(path).body();
            assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), path);
            assertTrue(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"), path);
            assertTrue(html.matches("(?s).*<meta name=\"description\" content=\"[^\"]{40,}\">.*"), path);
            assertTrue(html.contains("<link rel=\"icon\" href=\"/favicon.svg\"") && html.contains("href=\"/site.css\""), path);
            // The skip link comes first and leads to the main landmark; header, navigation and footer are landmarks too.
            assertTrue(html.indexOf("<a class=\"skip\" href=\"#main\">") < html.indexOf("<header>"), path);
            assertTrue(html.contains("<main id=\"main\"") && html.contains("<nav aria-label=\"Site\">")
                    && html.contains("<footer>") && count(html, "<main[ >]") == 1, path);
            assertTrue(html.contains("<a href=\"/accessibility\">Accessibility</a>"), path);
        }
    }

    @Test
    void wideTablesScrollInTheirOwnLabelledFocusableRegion() throws Exception {
        String html = get("/doc/authority/southend-on-sea").body();
        assertTrue(html.contains("<div class=\"table-scroll\" role=\"region\" aria-label=\"Judgements over time\" "
                + "tabindex=\"0\"><table id=\"judgements\">"), html);
        assertEquals(count(html, "<table"), count(html, "class=\"table-scroll\""), "every table is in a region");
        assertEquals(count(html, "<table"), count(html, "</table></div>"));
    }

    @Test
    void theAccessibilityStatementSaysTheStandardTheTestingTheLimitsAndWhomToTell() throws Exception {
        var r = get("/accessibility");
        assertEquals(200, r.statusCode());
        String html = r.body();
        for (String part : new String[] {"<h1>Accessibility statement for ofsted-kg</h1>", "WCAG", "2.2, level AA",
            "axe-core", "390 pixels", "1280 pixels", "Automated testing finds only part", "<h2>Feedback and contact",
            "issue tracker", "<h2>Preparation of this accessibility statement</h2>", "prepared on"}) {
            assertTrue(html.contains(part), part);
        }
    }

    @Test
    void theStylesheetAndIconAreServedAndRevalidated() throws Exception {
        for (String[] asset : new String[][] {{"/site.css", "text/css"}, {"/favicon.svg", "image/svg+xml"}}) {
            var r = get(asset[0]);
            assertEquals(200, r.statusCode(), asset[0]);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(asset[1]), asset[0]);
            String etag = r.headers().firstValue("ETag").orElseThrow();
            var again = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + server.port() + asset[0])).header("If-None-Match", etag).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(304, again.statusCode(), asset[0]);
        }
        assertTrue(get("/site.css").body().contains(".table-scroll"));
        assertTrue(get("/favicon.svg").body().startsWith("<svg"));
    }

    @Test
    void unknownPagesAre404s() throws Exception {
        var r = get("/nothing-here");
        assertEquals(404, r.statusCode());
        assertTrue(!r.body().contains("Exception") && !r.body().contains("at org."), "no stack trace: " + r.body());
        assertTrue(r.body().contains("<h1>Not Found</h1>") && r.body().contains("<main id=\"main\""),
                "a page of the site's own: " + r.body());
        assertTrue(get("/dumps/nothing.gz").body().contains("No dump named nothing.gz"), "saying why");
        assertTrue(get("/doc/report/none").body().contains("<h1>Not found</h1>"), "an unknown identifier has a page");
    }
}
