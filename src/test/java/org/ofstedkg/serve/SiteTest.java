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

    @Test
    void anAuthorityPageShowsTheLatestRatingAndItsJudgementsOverTime() throws Exception {
        var r = get("/doc/authority/southend-on-sea");
        String html = r.body();
        assertTrue(html.contains("Latest rating (2009): <strong>Performs well (3)</strong>"), html);
        assertTrue(html.contains("href=\"http://statistics.data.gov.uk/id/statistical-geography/E06000033\""));
        assertEquals(4 + 1, count(html.substring(html.indexOf("id=\"judgements\"")), "<th>") - 0,
                "area plus four dated assessments as columns");
        assertTrue(html.matches("(?s).*<tr><td>safeguarding</td>.*adequate \\(2\\).*"), html);
        String reports = html.substring(html.indexOf("id=\"reports\""));
        assertEquals(2, count(reports.substring(0, reports.indexOf("</ul>")), "<li>"));
    }

    @Test
    void aReportPageMarksEveryFactsEvidenceInTheSourceTextAndLinksIt() throws Exception {
        String html = get("/doc/report/joint-area-review/southend-on-sea/2008-05-06").body();
        assertTrue(html.contains("<pre id=\"source\">"), html);
        String meta = html.substring(html.indexOf("id=\"metadata\""), html.indexOf("</dl>"));
        assertTrue(meta.contains("<dt>Reference no.</dt><dd>882</dd>"), meta);
        assertTrue(meta.contains("Audit Commission") && meta.contains("Ofsted"), meta);
        String letter = get("/doc/report/annual-rating-letter/sefton/2009-12-09").body();
        assertTrue(letter.contains("<dd>Mr Peter Morgan, Strategic Director of Children&#39;s Services</dd>")
                || letter.contains("<dd>Mr Peter Morgan, Strategic Director of Children's Services</dd>"), letter);
        assertTrue(letter.contains("<dd>Juliet Winstanley, Divisional Manager, CAA</dd>"), letter);
        String source = html.substring(html.indexOf("<pre id=\"source\">"));
        assertTrue(count(source, "<mark>") > 150, "marked evidence spans: " + count(source, "<mark>"));
        assertTrue(source.contains("href=\"/doc/report/joint-area-review/southend-on-sea/2008-05-06/judgement/"
                + "joint-area-review/safeguarding\" title=\"joint-area-review safeguarding: 2\"><mark>Safeguarding\t2</mark>"),
                "the grades row is marked and linked to its judgement");
        String facts = html.substring(html.indexOf("id=\"facts\""), html.indexOf("<pre id=\"source\">"));
        assertTrue(facts.contains("Placement stability"), "findings are listed");
        // Every fact's "in the text" link points at a marked span that exists on the page.
        var links = Pattern.compile("href=\"#(ev-\\d+-\\d+)\"").matcher(facts);
        int checked = 0;
        while (links.find()) {
            String id = links.group(1);
            if (source.contains("id=\"" + id + "\"")) {
                checked++;
            }
        }
        assertTrue(checked > 100, "facts link to their marked evidence: " + checked);
    }

    @Test
    void theQueryPageRunsACannedQueryAndOffersDownloads() throws Exception {
        String html = get("/query?name=ratings").body();
        assertTrue(html.contains("<textarea name=\"query\""), html);
        String results = html.substring(html.indexOf("id=\"results\""));
        assertEquals(1 + 4, count(results, "<tr>"), "a header and the four ratings");
        assertTrue(results.contains("<td>Southend-on-Sea</td>"));
        assertTrue(html.contains("&amp;output=csv\">CSV</a>") && html.contains("&amp;format=json\">JSON</a>"));
        String bad = get("/query?query=" + URLEncoder.encode("SELEC nothing", StandardCharsets.UTF_8)).body();
        assertTrue(bad.contains("id=\"error\"") && bad.contains("is not valid SPARQL"), bad);
    }

    @Test
    void theQueryPageWithNoQueryShowsTheEditor() throws Exception {
        var r = get("/query");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("<textarea name=\"query\"") && !r.body().contains("id=\"results\""));
    }

    @Test
    void figuresReadAsAmounts() throws Exception {
        String html = get("/doc/report/joint-area-review/southend-on-sea/2008-05-06").body();
        assertTrue(html.contains(">167 childminders</a>") && html.contains(">13.6%") && html.contains(">£1800000"), html);
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
