package org.ofstedkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ofstedkg.TestStores;
import org.ofstedkg.serve.chart.BarChart;
import org.ofstedkg.serve.chart.EnglandMap;
import org.ofstedkg.serve.chart.Grades;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The charts of the served samples: each SVG parses as XML, is an image named and described, draws every
 * grade in its colour with its number (or pattern) as the second cue, and its table lists the same values.
 */
class ChartTest {

    private static TestStores.Served served;

    @BeforeAll
    static void start() {
        served = TestStores.served();
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    private static String get(String path) throws Exception {
        var r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(served.url(path)))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    /** The figure of a page with this id: its SVG parsed as XML (failing if it is not) and its table's rows. */
    private record Chart(Document svg, List<List<String>> table, String html) {
    }

    private static Chart chart(String html, String id) throws Exception {
        int start = html.indexOf("<figure id=\"" + id + "\"");
        assertTrue(start >= 0, "figure " + id + " on the page");
        String svg = html.substring(html.indexOf("<svg", start), html.indexOf("</svg>", start) + 6);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertEquals("img", root.getAttribute("role"));
        assertEquals(id + "-title " + id + "-desc", root.getAttribute("aria-labelledby"));
        Element title = (Element) root.getElementsByTagName("title").item(0);
        Element desc = (Element) root.getElementsByTagName("desc").item(0);
        assertEquals(id + "-title", title.getAttribute("id"));
        assertEquals(id + "-desc", desc.getAttribute("id"));
        assertFalse(title.getTextContent().isBlank() || desc.getTextContent().isBlank(), id);
        int data = html.indexOf("id=\"" + id + "-data\"", start);
        assertTrue(data > 0, "the figures of " + id + " as a table beside it");
        String table = html.substring(data, html.indexOf("</table>", data));
        List<List<String>> rows = new ArrayList<>();
        Matcher row = Pattern.compile("<tr>(.*?)</tr>").matcher(table);
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = Pattern.compile("<td>(.*?)</td>").matcher(row.group(1));
            while (cell.find()) {
                cells.add(cell.group(1).replace("&#39;", "'").replace("&amp;", "&"));
            }
            if (!cells.isEmpty()) {
                rows.add(cells);
            }
        }
        return new Chart(doc, rows, html.substring(start, html.indexOf("</details>", data)));
    }

    /**
     * Every grade marker of a chart: its grade (from its class), checked to be drawn in that grade's colour (a
     * hollow white circle for none) with the grade's number written on it; returned with its tooltip.
     */
    private static List<Map.Entry<Integer, String>> markers(Document svg) {
        List<Map.Entry<Integer, String>> found = new ArrayList<>();
        NodeList groups = svg.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            boolean inLegend = ((Element) g.getParentNode()).getAttribute("class").equals("legend");
            if (!g.getAttribute("class").startsWith("grade-") || inLegend) {
                continue;
            }
            Grades grade = Grades.of(g.getAttribute("class").substring("grade-".length()));
            Element shape = (Element) g.getElementsByTagName("title").item(0).getNextSibling();
            assertEquals(grade.colour, shape.getAttribute("fill"), "colour of " + grade);
            assertEquals(grade.mark(), g.getElementsByTagName("text").item(0).getTextContent(), "text cue of " + grade);
            found.add(Map.entry(grade.value, g.getElementsByTagName("title").item(0).getTextContent()));
        }
        return found;
    }

    @Test
    void theGradesLookTheSameEverywhereAndNeverByColourAlone() {
        Set<String> colours = new HashSet<>();
        Set<String> shapes = new HashSet<>();
        Set<String> patterns = new HashSet<>();
        for (Grades g : Grades.values()) {
            colours.add(g.colour);
            shapes.add(g.shape);
            patterns.add(g.pattern);
            if (g != Grades.NONE) {
                assertTrue(contrast(g.colour, Grades.ON_COLOUR) >= 4.5,
                        "white text on " + g + ": " + contrast(g.colour, Grades.ON_COLOUR));
                assertEquals(Integer.toString(g.value), g.mark());
            }
        }
        assertEquals(5, colours.size());
        assertEquals(5, shapes.size(), "a shape per grade");
        assertEquals(5, patterns.size(), "a pattern per grade");
        assertEquals(Grades.NONE, Grades.of("seven"));
        assertEquals(Grades.GOOD, Grades.of("3"));
    }

    @Test
    void theNationalDistributionCountsTheSamplesOverallGrades() throws Exception {
        Chart c = chart(get("/"), "grade-distribution");
        // The samples: the 2008 review's annual performance and corporate assessments (adequate, 2) and four 2009
        // annual ratings, all "Performs well" (3).
        assertEquals(List.of(List.of("2008", "Annual performance assessment", "0", "0", "1", "0", "1"),
                List.of("2008", "Corporate assessment", "0", "0", "1", "0", "1"),
                List.of("2009", "Children's services annual rating", "0", "4", "0", "0", "4")), c.table());
        // Each bar's parts: the grade named in its tooltip is the pattern it is filled with.
        Map<String, String> fills = new TreeMap<>();
        NodeList groups = c.svg().getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            var rects = g.getElementsByTagName("rect");
            if (g.getElementsByTagName("title").getLength() == 1 && rects.getLength() > 0) {
                fills.put(g.getElementsByTagName("title").item(0).getTextContent(),
                        ((Element) rects.item(0)).getAttribute("fill"));
            }
        }
        assertEquals(Map.of("Annual performance assessment, 2008: 1 graded 2 (requires improvement)",
                Grades.ADEQUATE.fill("grade-distribution"), "Corporate assessment, 2008: 1 graded 2 (requires improvement)",
                Grades.ADEQUATE.fill("grade-distribution"), "Children's services annual rating, 2009: 4 graded 3 (good)",
                Grades.GOOD.fill("grade-distribution")), fills);
        assertTrue(c.svg().getElementById("grade-distribution-grade-good") != null
                || c.html().contains("id=\"grade-distribution-grade-good\""), "the pattern is defined in the chart");
        String desc = c.svg().getElementsByTagName("desc").item(0).getTextContent();
        assertTrue(desc.contains("6 overall judgements") && desc.contains("4 graded 3, 2 graded 2"), desc);
    }

    @Test
    void theMapShadesEveryAuthorityOfTodayByItsLatestOverallGrade() throws Exception {
        Chart c = chart(get("/"), "england-map");
        assertEquals(153, c.table().size(), "the authorities of today");
        Map<String, String> gradeByName = new HashMap<>();
        c.table().forEach(r -> gradeByName.put(r.get(0), r.get(1)));
        for (String a : List.of("Southend-on-Sea", "Sefton", "Blackpool", "Redcar and Cleveland")) {
            assertEquals("Performs well (3)", gradeByName.get(a), a);
        }
        assertEquals(149, gradeByName.values().stream().filter("none"::equals).count());
        // Every authority of today has a shape, each filled with its grade's pattern.
        assertEquals(153, EnglandMap.load().codes().size());
        Map<String, String> fillByTitle = new HashMap<>();
        NodeList paths = c.svg().getElementsByTagName("path");
        for (int i = 0; i < paths.getLength(); i++) {
            Element p = (Element) paths.item(i);
            var title = p.getElementsByTagName("title");
            if (title.getLength() == 1) {
                fillByTitle.put(title.item(0).getTextContent(), p.getAttribute("fill"));
            }
        }
        assertEquals(Grades.GOOD.fill("england-map"),
                fillByTitle.get("Sefton: Performs well (3), Children's services annual rating, 2009-12-09"));
        assertEquals(Grades.NONE.fill("england-map"), fillByTitle.get("Kent: no graded inspection in the store"));
        assertEquals(153, fillByTitle.size(), "one shape per authority (London's again in the box, with the same title)");
        String desc = c.svg().getElementsByTagName("desc").item(0).getTextContent();
        assertTrue(desc.contains("4 graded 3") && desc.contains("149 with no graded judgement"), desc);
        assertTrue(desc.contains("Office for National Statistics") && desc.contains("Open Government Licence"), desc);
    }

    @Test
    void anAuthoritysGradesOverTimeShowEveryHeadlineJudgementWithItsFrameworksScale() throws Exception {
        Chart c = chart(get("/doc/authority/southend-on-sea"), "grades-over-time");
        var markers = markers(c.svg());
        // The review's five standing areas, its annexes' two overall assessments, and the 2009 rating.
        assertEquals(8, markers.size(), markers.toString());
        assertEquals(8, c.table().size());
        for (List<String> row : c.table()) {
            int grade = Integer.parseInt(row.get(3).replaceAll(".*\\((\\d)\\)$", "$1"));
            String tooltip = row.get(0) + ", " + row.get(1) + ", " + row.get(2) + ": " + row.get(3);
            assertTrue(markers.contains(Map.entry(grade, tooltip)), "a marker for " + tooltip + " in " + markers);
        }
        assertTrue(c.table().contains(List.of("2009-12-09", "Children's services annual rating", "Overall",
                "Performs well (3)")), c.table().toString());
        assertTrue(c.html().contains("Children&#39;s services annual rating: 4 Performs excellently · 3 Performs well · "
                + "2 Performs adequately · 1 Performs poorly") || c.html().contains("Children's services annual rating: 4 "
                + "Performs excellently · 3 Performs well · 2 Performs adequately · 1 Performs poorly"), "its scale");
        assertTrue(c.html().contains("Joint area review: 4 outstanding · 3 good · 2 adequate · 1 inadequate"));
        assertTrue(c.html().contains(">2008<") && c.html().contains(">2024<"), "years from 2008 to 2025");
    }

    @Test
    void anAuthorityStandsBesideItsStatisticalNeighbours() throws Exception {
        Chart c = chart(get("/doc/authority/blackpool"), "neighbours");
        assertEquals(11, c.table().size(), "Blackpool and its ten statistical neighbours");
        assertEquals(List.of("Blackpool (this authority)", "Performs well (3)", "Children's services annual rating",
                "2009-12-09"), c.table().get(0));
        var markers = markers(c.svg());
        assertEquals(11, markers.size());
        for (List<String> row : c.table()) {
            String name = row.get(0).replace(" (this authority)", "");
            int grade = row.get(1).equals("none") ? 0 : Integer.parseInt(row.get(1).replaceAll(".*\\((\\d)\\)$", "$1"));
            assertTrue(markers.stream().anyMatch(m -> m.getKey() == grade && m.getValue().startsWith(name + ": ")),
                    name + " drawn as grade " + grade + ": " + markers);
        }
        assertTrue(c.table().contains(List.of("Redcar and Cleveland", "Performs well (3)",
                "Children's services annual rating", "2009-12-09")), c.table().toString());
        assertEquals(9, c.table().stream().filter(r -> r.get(1).equals("none")).count());
    }

    @Test
    void theHomePagesChartsAreDrawnAgainOnceTheChangedStoresAnswersAreComputed() throws Exception {
        try (TestStores.Served another = TestStores.served()) {
            var client = HttpClient.newHttpClient();
            var home = HttpRequest.newBuilder(URI.create(another.url("/"))).header("Accept", "text/html").build();
            String before = client.send(home, HttpResponse.BodyHandlers.ofString()).body();
            assertEquals(before, client.send(home, HttpResponse.BodyHandlers.ofString()).body(), "kept while unchanged");
            var outcome = new org.ofstedkg.pipeline.Pipeline(org.ofstedkg.map.UriScheme.defaults()).ingest(
                    java.nio.file.Path.of("data", "real-reports", "80453_york",
                            "children's services inspection - 04 may 2022.pdf"),
                    another.store());
            assertFalse(outcome.rejected(), outcome.toString());
            // The charts of the whole store are computed ahead, as the home page's table is: until the answers for
            // the changed store are kept, the page shows the charts it drew before, saying so.
            String stale = client.send(home, HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(stale.contains("before its last change: the map of latest grades."), stale);
            assertEquals(chart(before, "england-map").table(), chart(stale, "england-map").table());
            String after = stale;
            for (long end = System.nanoTime() + java.time.Duration.ofSeconds(90).toNanos();
                    after.contains("before its last change") && System.nanoTime() < end; Thread.sleep(500)) {
                after = client.send(home, HttpResponse.BodyHandlers.ofString()).body();
            }
            assertFalse(after.contains("class=\"note\""), after);
            List<String> york = chart(after, "england-map").table().stream().filter(r -> r.get(0).equals("York"))
                    .findFirst().orElseThrow();
            assertEquals(List.of("Inspection of local authority children's services", "2022-03-18"), york.subList(2, 4),
                    york.toString());
            assertTrue(chart(after, "grade-distribution").table().stream().anyMatch(r -> r.get(0).equals("2022")
                    && r.get(1).equals("Inspection of local authority children's services") && r.get(6).equals("1")));
            assertEquals("none", chart(before, "england-map").table().stream().filter(r -> r.get(0).equals("York"))
                    .findFirst().orElseThrow().get(1));
        }
    }

    @Test
    void aQueryResultWithALabelAndANumberIsChartedToo() throws Exception {
        String html = get("/query?name=authorities-by-rating");
        Chart c = chart(html, "result-chart");
        assertEquals(List.of(List.of("Performs well", "4")), c.table());
        assertTrue(html.indexOf("id=\"results\"") < html.indexOf("id=\"result-chart\""), "after the result table");
        String text = get("/query?query=" + URLEncoder.encode("SELECT ?s WHERE { ?s ?p ?o } LIMIT 2",
                StandardCharsets.UTF_8));
        assertFalse(text.contains("result-chart"), "no number column, no chart");
    }

    @Test
    void aBarChartTakesLabelsAndNumbersOfAnySign() throws Exception {
        var f = BarChart.figure("bars", "Change", "area", "change", List.of(new BarChart.Bar("up", new BigDecimal("2.5")),
                new BarChart.Bar("down", new BigDecimal("-1")), new BarChart.Bar("<none>", BigDecimal.ZERO)));
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(f.svg().getBytes(StandardCharsets.UTF_8)));
        assertEquals(3, doc.getElementsByTagName("g").getLength());
        assertTrue(f.description().contains("The largest change is 2.5, the smallest -1."), f.description());
        assertTrue(f.table().contains("<td>&lt;none&gt;</td><td>0</td>"), f.table());
        var rows = List.of(Map.of("name", "a", "n", "1", "year", "2009"), Map.of("name", "b", "n", "3", "year", "2010"));
        var chart = BarChart.ofRows("r", List.of("name", "year", "n"), rows).orElseThrow();
        assertTrue(chart.title().equals("?n by ?name"), chart.title());
        assertTrue(BarChart.ofRows("r", List.of("name"), List.of(Map.of("name", "a"))).isEmpty());
        // A number no page can write out or draw to scale (1E999999999 is a billion digits) is not charted.
        for (String huge : List.of("1E999999999", "-1e400", "1E-999999999")) {
            assertTrue(BarChart.ofRows("r", List.of("name", "n"), List.of(Map.of("name", "a", "n", huge))).isEmpty(), huge);
        }
    }

    /** WCAG's contrast ratio of two colours. */
    private static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
