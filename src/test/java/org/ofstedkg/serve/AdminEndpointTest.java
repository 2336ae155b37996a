package org.ofstedkg.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.ofstedkg.Samples;
import org.ofstedkg.TestStores;
import org.ofstedkg.Variants;
import org.ofstedkg.map.UriScheme;
import org.ofstedkg.map.Vocab;
import org.ofstedkg.pipeline.Pipeline;
import org.ofstedkg.store.ExportFormat;
import org.ofstedkg.store.Exporter;
import org.ofstedkg.store.KnowledgeStore;

/** Reports added while serving, through the admin endpoint and the inbox; backup and compaction there. */
@Timeout(120)
class AdminEndpointTest {

    private static final String TOKEN = "test-token-0123456789abcdef";

    @TempDir
    static Path dir;

    private static KnowledgeStore store;
    private static SparqlServer server;

    @BeforeAll
    static void start() {
        store = KnowledgeStore.open(dir.resolve("store"));
        Pipeline pipeline = new Pipeline(UriScheme.defaults());
        TestStores.ingestSamples(store, pipeline);
        server = SparqlServer.on(store).port(0).admin(AdminToken.of(TOKEN), pipeline)
                .inbox(dir.resolve("inbox"), Duration.ofMillis(200), Duration.ofSeconds(1), pipeline).start();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static String url(String path) {
        return "http://localhost:" + server.port() + path;
    }

    /** Posted as curl --data-binary posts: typed as a form, which the body is not. */
    private static HttpResponse<String> post(String path, String token, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return JSON.parse(response.body());
    }

    private static List<String> ratings() throws Exception {
        var request = HttpRequest.newBuilder(URI.create(server.endpoint() + "?query="
                + URLEncoder.encode(TestStores.cannedQuery("ratings.rq"), StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body().lines().toList();
    }

    @Test
    void aReportPostedIsStoredAndQueryableAtOnceThenUnchangedThenReplaced() throws Exception {
        byte[] wigan = Variants.letterTo("Wigan");
        var stored = post("/admin/reports?name=wigan-2009.txt", TOKEN, wigan);
        assertEquals(201, stored.statusCode(), stored.body());
        assertEquals("stored", json(stored).get("status").getAsString().value());
        assertEquals("annual-rating-letter", json(stored).get("report_type").getAsString().value());
        assertTrue(ratings().contains("Wigan,359,E08000010,2009,3,Performs well"), ratings().toString());

        var again = post("/admin/reports?name=wigan-2009.txt", TOKEN, wigan);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals("unchanged", json(again).get("status").getAsString().value());

        byte[] changed = new String(wigan, StandardCharsets.UTF_8).replace("Performs well (3)", "Performs excellently (4)")
                .getBytes(StandardCharsets.UTF_8);
        var replaced = post("/admin/reports?name=wigan-2009.txt", TOKEN, changed);
        assertEquals(200, replaced.statusCode(), replaced.body());
        assertEquals("replaced", json(replaced).get("status").getAsString().value());
        List<String> rows = ratings();
        assertTrue(rows.contains("Wigan,359,E08000010,2009,4,Performs excellently"), rows.toString());
        assertFalse(rows.contains("Wigan,359,E08000010,2009,3,Performs well"), "the old rating is still there");
    }

    @Test
    void aBadReportIsA422WithTheReasonAndChangesNothing() throws Exception {
        byte[] before = export();
        var rejected = post("/admin/reports?name=../../etc/notes.txt", TOKEN,
                "Minutes of the meeting.\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, rejected.statusCode(), rejected.body());
        assertEquals("notes.txt", json(rejected).get("file").getAsString().value(), "the name is only a label");
        assertTrue(json(rejected).get("reason").getAsString().value().startsWith("not a known kind of report"));
        // Some clients send what Java's URI refuses: a name that cannot be decoded labels the upload "upload".
        assertEquals("upload", AdminServlet.fileName(AdminServlet.queryParameter("name=%zz", "name")));
        assertEquals("a b.txt", AdminServlet.fileName(AdminServlet.queryParameter("x=1&name=a%20b.txt", "name")));
        assertArrayEquals(before, export(), "a rejected upload changed the store");
    }

    @Test
    void withoutTheTokenTheAdminEndpointsAnswer401AndDoNothing() throws Exception {
        byte[] before = export();
        for (String token : new String[] {null, "wrong-token-0123456789", TOKEN + "x", ""}) {
            var response = post("/admin/reports?name=knowsley.txt", token, Variants.letterTo("Knowsley"));
            assertEquals(401, response.statusCode(), token + ": " + response.body());
            assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        }
        assertEquals(401, post("/admin/compact", null, new byte[0]).statusCode());
        var backup = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/admin/backup"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, backup.statusCode());
        assertArrayEquals(before, export());
    }

    @Test
    void aBackupTakenWhileServingRestoresToTheServedStatements(@TempDir Path work) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/admin/backup")))
                .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals("application/gzip", response.headers().firstValue("Content-Type").orElse(""));
        Path backup = work.resolve("b.nq.gz");
        Files.write(backup, response.body());
        byte[] served = export(); // nothing is posted by this test class meanwhile but by the other tests, run one by one
        KnowledgeStore.restore(backup, work.resolve("restored"));
        try (KnowledgeStore restored = KnowledgeStore.openExisting(work.resolve("restored"))) {
            assertArrayEquals(served, export(restored));
        }
    }

    @Test
    void compactionWhileServingKeepsEveryAnswer() throws Exception {
        List<String> before = ratings();
        var response = post("/admin/compact", TOKEN, new byte[0]);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(json(response).get("bytes_after").getAsNumber().value().longValue() > 0, response.body());
        assertEquals(before, ratings());
        var status = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/admin/status")))
                .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, status.statusCode());
        assertEquals(store.reportGraphs().size(), json(status).get("reports").getAsNumber().value().intValue());
        assertEquals(org.ofstedkg.store.ModelVersion.CURRENT,
                json(status).get("model_version").getAsNumber().value().intValue());
    }

    @Test
    void aReportDroppedInTheInboxIsStoredAndMovedAsideABadOneRejectedWithItsReason() throws Exception {
        Path inbox = dir.resolve("inbox");
        Files.write(inbox.resolve(".bolton.tmp"), Variants.letterTo("Bolton"));
        Files.move(inbox.resolve(".bolton.tmp"), inbox.resolve("bolton 2009.txt"));
        Files.writeString(inbox.resolve("notes.txt"), "Minutes of the meeting.\n");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while ((Files.exists(inbox.resolve("bolton 2009.txt")) || Files.exists(inbox.resolve("notes.txt")))
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(Files.exists(inbox.resolve("stored/bolton 2009.txt")), "not moved to stored/");
        assertTrue(Files.exists(inbox.resolve("rejected/notes.txt")), "not moved to rejected/");
        assertTrue(Files.readString(inbox.resolve("rejected/notes.txt.reason.txt")).startsWith("not a known kind"));
        assertTrue(ratings().contains("Bolton,350,E08000001,2009,3,Performs well"), ratings().toString());
    }

    @Test
    void aFileCopiedInSlowlyIsTakenOnlyOnceComplete(@TempDir Path work) throws Exception {
        Path inbox = work.resolve("inbox");
        Pipeline pipeline = new Pipeline(UriScheme.defaults());
        try (SparqlServer slow = SparqlServer.on(store).port(0)
                .inbox(inbox, Duration.ofMillis(200), Duration.ofSeconds(3), pipeline).start()) {
            byte[] letter = Variants.letterTo("Oldham");
            Path file = inbox.resolve("oldham.txt");
            Files.write(file, java.util.Arrays.copyOf(letter, letter.length / 2));
            Thread.sleep(1500); // a writer that pauses for several looks
            Files.write(file, java.util.Arrays.copyOfRange(letter, letter.length / 2, letter.length),
                    java.nio.file.StandardOpenOption.APPEND);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (Files.exists(file) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertTrue(Files.exists(inbox.resolve("stored/oldham.txt")), "not stored whole");
            assertFalse(Files.exists(inbox.resolve("rejected/oldham.txt")), "the half file was taken");
            assertTrue(ratings().contains("Oldham,353,E08000004,2009,3,Performs well"), ratings().toString());
        }
    }

    @Test
    void aFormUploadIsRefusedWithTheWayToSendAFileAndOversizeIsJson() throws Exception {
        var multipart = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/admin/reports?name=x.txt")))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofString("--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n"
                        + "x\r\n--b--\r\n")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(415, multipart.statusCode(), multipart.body());
        assertTrue(json(multipart).get("error").getAsString().value().contains("--data-binary"), multipart.body());
    }

    @Test
    void withNoTokenConfiguredTheAdminEndpointsAreOff() throws Exception {
        try (SparqlServer plain = SparqlServer.on(store).port(0).start()) {
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + plain.port() + "/admin/reports"))
                    .header("Authorization", "Bearer " + TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Samples.bytes(Samples.SEFTON_LETTER))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(403, response.statusCode(), response.body());
            assertTrue(response.body().contains(AdminToken.ENVIRONMENT), response.body());
        }
    }

    private static byte[] export() throws Exception {
        return export(store);
    }

    private static byte[] export(KnowledgeStore s) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Exporter(s, Vocab.prefixes(UriScheme.defaults())).export(ExportFormat.NQUADS, Optional.empty(), out);
        return out.toByteArray();
    }
}
