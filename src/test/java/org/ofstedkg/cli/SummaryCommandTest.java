package org.ofstedkg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ofstedkg.serve.SparqlServer;
import org.ofstedkg.store.KnowledgeStore;
import org.ofstedkg.summary.SummaryStore;

/** {@code summary} on a store of the samples and eight real reports, and the same files from the server. */
class SummaryCommandTest {

    @TempDir
    static Path dir;

    private static String store;

    @BeforeAll
    static void build() {
        try (KnowledgeStore s = KnowledgeStore.open(dir.resolve("store"))) {
            SummaryStore.fill(s);
        }
        store = dir.resolve("store").toString();
    }

    @Test
    void csvGoesToStandardOutput() {
        var run = CommandLineTest.run("summary", "--store", store);
        assertEquals(0, run.status(), run.err());
        List<String> lines = run.lines();
        assertEquals(1 + 153, lines.size());
        assertTrue(lines.get(0).startsWith("urn,la_code,region_code,gss_code,authority,framework,"), lines.get(0));
        assertTrue(run.out().contains("\r\n80569,357,NW,E08000008,Tameside,ilacs-inspection,2023-12-04,2023-12-15,,"
                + "Andy Waugh,Inadequate,1,1,1,1,2,2,2019-05-24,\"332,354,370,372,384,390,394,879,880,894\",\",,,,,,,,,4\","
                + "https://w3id.org/ofsted-kg/id/report/ilacs-inspection/tameside/2023-12-15,"), run.out());
        assertEquals("", run.err());

        var all = CommandLineTest.run("summary", "--store", store, "--all");
        assertEquals(0, all.status(), all.err());
        assertEquals(1 + 8, all.lines().size(), "a row per graded inspection: " + all.out());
    }

    @Test
    void xlsxIsWrittenToAFileWholeAndOnlyThere() throws Exception {
        var refused = CommandLineTest.run("summary", "--store", store, "--format", "xlsx");
        assertEquals(2, refused.status());
        assertEquals("", refused.out());
        assertEquals("ofsted-kg summary: xlsx is a binary spreadsheet, not for standard output: name the file with "
                + "--out, e.g. --out summary.xlsx\n", refused.err());

        Path out = dir.resolve("out").resolve("summary.xlsx");
        var run = CommandLineTest.run("summary", "--store", store, "--format", "xlsx", "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("wrote 153 rows to " + out + "\n", run.err());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(out)))) {
            assertEquals(153, book.getSheet("summary").getLastRowNum());
        }
        try (var files = Files.list(out.getParent())) {
            assertEquals(List.of(out), files.toList(), "nothing left beside it");
        }

        Path csv = dir.resolve("out").resolve("summary.csv");
        assertEquals(0, CommandLineTest.run("summary", "--store", store, "--out", csv.toString()).status());
        assertEquals(CommandLineTest.run("summary", "--store", store).out(), Files.readString(csv, StandardCharsets.UTF_8));
    }

    @Test
    void badUsesSayWhy() {
        var format = CommandLineTest.run("summary", "--store", store, "--format", "ods");
        assertEquals(2, format.status());
        assertEquals("ofsted-kg summary: unknown summary format 'ods' (one of: csv, xlsx)\n", format.err());
        var folder = CommandLineTest.run("summary", "--store", store, "--out", dir.toString());
        assertEquals(2, folder.status());
        assertTrue(folder.err().contains("is a folder; name a file"), folder.err());
        var none = CommandLineTest.run("summary", "--store", dir.resolve("nothing").toString());
        assertEquals(2, none.status());
        assertFalse(Files.exists(dir.resolve("nothing")), "no store is made");
    }

    @Test
    void theServerGivesTheCommandsFiles() throws Exception {
        String csv = CommandLineTest.run("summary", "--store", store).out();
        String allCsv = CommandLineTest.run("summary", "--store", store, "--all").out();
        Path xlsx = dir.resolve("served.xlsx");
        assertEquals(0, CommandLineTest.run("summary", "--store", store, "--format", "xlsx", "--out", xlsx.toString())
                .status());
        HttpClient http = HttpClient.newHttpClient();
        try (KnowledgeStore s = KnowledgeStore.open(Path.of(store));
                SparqlServer server = SparqlServer.on(s).port(0).warmAnswers(false).start()) {
            String base = "http://localhost:" + server.port();
            var got = http.send(HttpRequest.newBuilder(URI.create(base + "/summary.csv")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, got.statusCode());
            assertEquals(csv, got.body());
            assertEquals("text/csv; charset=utf-8", got.headers().firstValue("Content-Type").orElse(""));
            assertEquals("attachment; filename=\"ofsted-kg-summary.csv\"",
                    got.headers().firstValue("Content-Disposition").orElse(""));
            String etag = got.headers().firstValue("ETag").orElseThrow();

            assertEquals(allCsv, http.send(HttpRequest.newBuilder(URI.create(base + "/summary.csv?all=true")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body());

            var book = http.send(HttpRequest.newBuilder(URI.create(base + "/summary.xlsx")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, book.statusCode());
            assertArrayEquals(Files.readAllBytes(xlsx), book.body());
            assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    book.headers().firstValue("Content-Type").orElse(""));
            assertEquals("attachment; filename=\"ofsted-kg-summary.xlsx\"",
                    book.headers().firstValue("Content-Disposition").orElse(""));
            assertEquals("attachment; filename=\"ofsted-kg-summary-all.xlsx\"",
                    http.send(HttpRequest.newBuilder(URI.create(base + "/summary.xlsx?all=true")).build(),
                            HttpResponse.BodyHandlers.discarding()).headers().firstValue("Content-Disposition").orElse(""));

            var head = http.send(HttpRequest.newBuilder(URI.create(base + "/summary.csv"))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, head.statusCode());
            assertEquals(0, head.body().length);
            assertEquals(etag, head.headers().firstValue("ETag").orElseThrow());
            assertEquals(Long.toString(csv.getBytes(StandardCharsets.UTF_8).length),
                    head.headers().firstValue("Content-Length").orElseThrow());
            assertEquals("attachment; filename=\"ofsted-kg-summary.csv\"",
                    head.headers().firstValue("Content-Disposition").orElse(""));

            var again = http.send(HttpRequest.newBuilder(URI.create(base + "/summary.csv")).header("If-None-Match", etag)
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(304, again.statusCode());
            assertEquals(400, http.send(HttpRequest.newBuilder(URI.create(base + "/summary.csv?all=yes")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode());

            String home = http.send(HttpRequest.newBuilder(URI.create(base + "/")).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(home.contains("href=\"/summary.xlsx\"") && home.contains("href=\"/summary.csv?all=true\""), home);
        }
    }
}
