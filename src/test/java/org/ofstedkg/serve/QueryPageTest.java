package org.ofstedkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ofstedkg.Bundled;
import org.ofstedkg.TestStores;
import org.ofstedkg.store.QueryRunner;

/**
 * The query page: its address reproduces its result, each download parses back to the same values, and a
 * query that is bad or refused gets a plain message and a 4xx, never a server error.
 */
class QueryPageTest {

    private static TestStores.Served served;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    /** Every report with its date (xsd:date) and how many judgements it has (xsd:integer), in a fixed order. */
    private static final String DATED = """
            PREFIX okg: <https://w3id.org/ofsted-kg/def/>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?report ?date (COUNT(?j) AS ?judgements) ?name WHERE {
              ?report a okg:Report ; dcterms:date ?date ; okg:authority/<http://www.w3.org/2004/02/skos/core#prefLabel> ?name .
              OPTIONAL { ?j okg:report ?report ; a okg:Judgement }
            } GROUP BY ?report ?date ?name ORDER BY ?report""";

    @BeforeAll
    static void start() {
        served = TestStores.served();
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    private static HttpResponse<byte[]> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(served.url(path))).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    private static String encoded(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    /** The cells of the page's result table, row by row, as text (tags dropped, entities of escape undone). */
    private static List<List<String>> tableRows(String html) {
        String table = html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
        List<List<String>> rows = new ArrayList<>();
        Matcher row = Pattern.compile("<tr>(.*?)</tr>").matcher(table);
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = Pattern.compile("<td>(.*?)</td>").matcher(row.group(1));
            while (cell.find()) {
                cells.add(cell.group(1).replaceAll("<[^>]+>", "").replace("&quot;", "\"").replace("&lt;", "<")
                        .replace("&gt;", ">").replace("&amp;", "&"));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The query's rows as the store gives them: each value's lexical form or IRI, in the query's order. */
    private static List<List<String>> storeRows(String query) {
        var q = QueryRunner.parse(query, "of the test");
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, String> r : new QueryRunner(served.store()).rows(q)) {
            rows.add(q.getResultVars().stream().map(v -> r.getOrDefault(v, "")).toList());
        }
        return rows;
    }

    private static List<List<String>> rowsOf(ResultSet results) {
        List<List<String>> rows = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution s = results.next();
            rows.add(results.getResultVars().stream().map(v -> {
                RDFNode n = s.get(v);
                return n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
            }).toList());
        }
        return rows;
    }

    @Test
    void theAddressOfAResultReproducesIt() throws Exception {
        var page = get("/query?query=" + encoded(DATED));
        assertEquals(200, page.statusCode(), text(page));
        String html = text(page);
        List<List<String>> expected = storeRows(DATED);
        assertEquals(5, expected.size());
        assertEquals(expected, tableRows(html));
        assertTrue(html.contains("<caption>5 rows.</caption>"), html);
        assertTrue(html.contains("<th scope=\"col\">report</th><th scope=\"col\">date</th>"), html);
        // The page's own link to its result, followed, gives the same table.
        Matcher share = Pattern.compile("id=\"share\" href=\"([^\"]+)\"").matcher(html);
        assertTrue(share.find(), html);
        var again = get(share.group(1).replace("&amp;", "&"));
        assertEquals(expected, tableRows(text(again)));
        // A canned query by its name, and by its text, give the same rows.
        assertEquals(tableRows(text(get("/query?name=ratings"))),
                tableRows(text(get("/query?query=" + encoded(Bundled.cannedQuery("ratings"))))));
        assertEquals(storeRows(Bundled.cannedQuery("ratings")), tableRows(text(get("/query?name=ratings"))));
    }

    @Test
    void theCsvDownloadIsRfc4180WithTheSameValues() throws Exception {
        var r = get("/query/results.csv?name=ratings");
        assertEquals(200, r.statusCode());
        assertEquals("text/csv; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
        assertEquals("attachment; filename=\"ofsted-kg-ratings.csv\"",
                r.headers().firstValue("Content-Disposition").orElse(""));
        String csv = text(r);
        assertTrue(csv.startsWith("authority,la_code,gss_code,year,grade,label\r\n"), csv);
        assertEquals(csv.split("\n", -1).length - 1, csv.split("\r\n", -1).length - 1, "every line ends in CR LF");
        assertEquals(storeRows(Bundled.cannedQuery("ratings")),
                rowsOf(ResultSetMgr.read(new ByteArrayInputStream(r.body()), ResultSetLang.RS_CSV)));
        // A value with a comma and quotes is quoted as RFC 4180 has it.
        var quoted = get("/query/results.csv?query=" + encoded("SELECT ?v WHERE { BIND(\"a, \\\"b\\\"\" AS ?v) }"));
        assertEquals("v\r\n\"a, \"\"b\"\"\"\r\n", text(quoted));
        assertEquals("attachment; filename=\"ofsted-kg-query.csv\"",
                quoted.headers().firstValue("Content-Disposition").orElse(""));
    }

    @Test
    void theJsonDownloadIsSparqlResultsWithTheSameValues() throws Exception {
        var r = get("/query/results.json?query=" + encoded(DATED));
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        assertEquals("attachment; filename=\"ofsted-kg-query.json\"", r.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals(storeRows(DATED), rowsOf(ResultSetMgr.read(new ByteArrayInputStream(r.body()), ResultSetLang.RS_JSON)));
    }

    @Test
    void theXlsxDownloadHasAHeaderRowNumbersAsNumbersAndDatesAsDates() throws Exception {
        var r = get("/query/results.xlsx?query=" + encoded(DATED));
        assertEquals(200, r.statusCode());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                r.headers().firstValue("Content-Type").orElse(""));
        assertEquals("attachment; filename=\"ofsted-kg-query.xlsx\"", r.headers().firstValue("Content-Disposition").orElse(""));
        List<List<String>> expected = storeRows(DATED);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            Sheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertEquals(List.of("report", "date", "judgements", "name"),
                    List.of(header.getCell(0).getStringCellValue(), header.getCell(1).getStringCellValue(),
                            header.getCell(2).getStringCellValue(), header.getCell(3).getStringCellValue()));
            assertEquals(expected.size(), sheet.getLastRowNum());
            for (int i = 0; i < expected.size(); i++) {
                Row row = sheet.getRow(i + 1);
                List<String> want = expected.get(i);
                assertEquals(want.get(0), row.getCell(0).getStringCellValue());
                assertEquals(want.get(0), row.getCell(0).getHyperlink().getAddress(), "an identifier links to itself");
                assertEquals(CellType.NUMERIC, row.getCell(1).getCellType());
                assertTrue(DateUtil.isCellDateFormatted(row.getCell(1)), "a date is a date");
                assertEquals(LocalDate.parse(want.get(1)), row.getCell(1).getLocalDateTimeCellValue().toLocalDate());
                assertEquals(CellType.NUMERIC, row.getCell(2).getCellType(), "a number is a number");
                assertEquals(Double.parseDouble(want.get(2)), row.getCell(2).getNumericCellValue());
                assertEquals(CellType.STRING, row.getCell(3).getCellType());
                assertEquals(want.get(3), row.getCell(3).getStringCellValue());
            }
        }
    }

    @Test
    void aBadQueryIsA400NamingWhereNeverAServerError() throws Exception {
        var page = get("/query?query=" + encoded("SELECT ?x WHERE {\n  ?x ?y\n}"));
        assertEquals(400, page.statusCode());
        String html = text(page);
        assertTrue(html.contains("<p id=\"error\" role=\"alert\">The query given is not valid SPARQL:")
                && html.contains("line 3, column 1"), html);
        assertTrue(html.contains("?x ?y"), "the query stays in the editor to be mended: " + html);
        var download = get("/query/results.csv?query=" + encoded("SELEC nothing"));
        assertEquals(400, download.statusCode());
        assertTrue(text(download).startsWith("The query given is not valid SPARQL: Lexical error at line 1, column 6."),
                text(download));
        // What the endpoint refuses, the page says as the endpoint does.
        var federated = get("/query?query=" + encoded("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"));
        assertEquals(400, federated.statusCode());
        assertTrue(text(federated).contains(CappedQueryService.SERVICE_REFUSED), text(federated));
        var unknown = get("/query?name=atlantis");
        assertEquals(400, unknown.statusCode());
        assertTrue(text(unknown).contains("No canned query is named &quot;atlantis&quot;"), text(unknown));
        assertEquals(404, get("/query/results.pdf?name=ratings").statusCode());
    }

    @Test
    void aSelectIsAskedOfTheEndpointForOneRowMoreThanThePageShows() {
        // The endpoint sorts only the rows the page shows (the canned judgements at 10,000 reports ran out of time
        // and memory in full); a smaller LIMIT and a graph are asked as given.
        var limited = org.apache.jena.query.QueryFactory.create(QueryPage.shownQuery("SELECT ?s { ?s ?p ?o } ORDER BY ?s"));
        assertEquals(QueryPage.SHOWN + 1, limited.getLimit());
        var larger = org.apache.jena.query.QueryFactory.create(QueryPage.shownQuery("SELECT ?s { ?s ?p ?o } LIMIT 5000"));
        assertEquals(QueryPage.SHOWN + 1, larger.getLimit());
        String small = "SELECT ?s { ?s ?p ?o } LIMIT 10";
        assertEquals(small, QueryPage.shownQuery(small));
        String graph = "CONSTRUCT WHERE { ?s ?p ?o }";
        assertEquals(graph, QueryPage.shownQuery(graph));
    }

    @Test
    void onlyWebIdentifiersInAResultAreLinks() throws Exception {
        // A result is anyone's query: an identifier a browser would run is shown, never linked.
        var page = get("/query?query=" + encoded("SELECT ?x WHERE { VALUES ?x { <javascript:alert(1)> <JavaScript:x> "
                + "<https://example.org/a> <urn:isbn:1> } }"));
        assertEquals(200, page.statusCode(), text(page));
        String html = text(page);
        assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("href=\"javascript:"), html);
        assertFalse(html.contains("href=\"urn:"), html);
        assertTrue(html.contains("<td>javascript:alert(1)</td>") && html.contains("<a href=\"https://example.org/a\">"),
                html);
    }

    @Test
    void aConstructResultIsOfferedAsTurtle() throws Exception {
        String construct = "CONSTRUCT { ?a <http://www.w3.org/2004/02/skos/core#prefLabel> ?n } WHERE { "
                + "?a a <https://w3id.org/ofsted-kg/def/LocalAuthority> ; <http://www.w3.org/2004/02/skos/core#prefLabel> ?n "
                + "FILTER (?n = \"Sefton\"@en) }";
        var page = get("/query?query=" + encoded(construct));
        assertEquals(200, page.statusCode(), text(page));
        String html = text(page);
        assertTrue(html.contains("<caption>1 triple.</caption>") && html.contains("/query/results.ttl?query="), html);
        assertFalse(html.contains("/query/results.xlsx"), "a graph is not a table: " + html);
        var ttl = get("/query/results.ttl?query=" + encoded(construct));
        assertEquals(200, ttl.statusCode());
        assertTrue(ttl.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertEquals("attachment; filename=\"ofsted-kg-query.ttl\"", ttl.headers().firstValue("Content-Disposition").orElse(""));
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(ttl.body())).lang(Lang.TURTLE).parse(g);
        assertEquals(1, g.size());
        assertEquals(400, get("/query/results.xlsx?query=" + encoded(construct)).statusCode());
    }

    @Test
    void aLongResultShowsItsFirstRowsAndTheDownloadsHaveThemAll() throws Exception {
        String everything = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }";
        int all = storeRows(everything).size();
        assertTrue(all > QueryPage.SHOWN, "the samples' statements: " + all);
        String html = text(get("/query?query=" + encoded(everything)));
        assertEquals(QueryPage.SHOWN, tableRows(html).size());
        assertTrue(html.contains("<caption>The first 1,000 rows of more: the downloads have them all (up to 100,000, "
                + "the most the endpoint gives of a query).</caption>"), html);
        var csv = get("/query/results.csv?query=" + encoded(everything));
        assertEquals(all, rowsOf(ResultSetMgr.read(new ByteArrayInputStream(csv.body()), ResultSetLang.RS_CSV)).size());
    }

    @Test
    void theDownloadsKeepTheEndpointsRowCap() throws Exception {
        try (SparqlServer capped = SparqlServer.on(served.store()).port(0).maxRows(2).warmAnswers(false).start()) {
            var r = CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + capped.port()
                    + "/query/results.csv?name=ratings")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertEquals("2", r.headers().firstValue(CappedQueryService.HEADER).orElse(""));
            assertEquals(1 + 2, r.body().split("\r\n").length, "a header and the endpoint's two rows: " + r.body());
        }
    }
}
