package org.ofstedkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.ofstedkg.Bundled;
import org.ofstedkg.TestStores;
import org.ofstedkg.Variants;
import org.ofstedkg.map.UriScheme;
import org.ofstedkg.pipeline.Pipeline;
import org.ofstedkg.store.KnowledgeStore;

/** A repeated question gets the kept answer, with the same headers, until the store changes. */
@Timeout(60)
class AnswerCacheTest {

    private static final String TOKEN = "cache-test-token-0123456789";

    private static HttpResponse<String> ask(SparqlServer server, String accept) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.endpoint() + "?query="
                + URLEncoder.encode(TestStores.cannedQuery("ratings.rq"), StandardCharsets.UTF_8)))
                .header("Accept", accept).header("Origin", "https://example.org").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Adds Wigan's letter through the admin endpoint: a change of the store. */
    private static void postWiganLetter(SparqlServer server) throws Exception {
        var posted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + server.port() + "/admin/reports?name=wigan.txt"))
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(Variants.letterTo("Wigan"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, posted.statusCode(), posted.body());
    }

    private static String server(SparqlServer s) {
        return s.endpoint();
    }

    @Test
    void aRepeatedQueryIsAnsweredFromTheCacheUntilAReportIsAdded(@TempDir Path dir) throws Exception {
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"))) {
            Pipeline pipeline = new Pipeline(UriScheme.defaults());
            TestStores.ingestSamples(store, pipeline);
            try (SparqlServer server = SparqlServer.on(store).port(0).warmAnswers(false)
                    .admin(AdminToken.of(TOKEN), pipeline).start()) {
                var first = ask(server, "text/csv");
                assertFalse(first.headers().firstValue("OfstedKG-Answer").isPresent());
                var second = ask(server, "text/csv");
                assertEquals("cached", second.headers().firstValue("OfstedKG-Answer").orElse(""));
                assertEquals(first.body(), second.body());
                assertEquals(first.headers().firstValue("Content-Type"), second.headers().firstValue("Content-Type"));
                assertTrue(second.headers().firstValue("Access-Control-Allow-Origin").isPresent(),
                        "a cached answer lost its CORS header: " + second.headers().map());
                var gzipped = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.endpoint()
                        + "?query=" + URLEncoder.encode(TestStores.cannedQuery("ratings.rq"), StandardCharsets.UTF_8)))
                        .header("Accept", "text/csv").header("Accept-Encoding", "gzip").build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(""), "not gzipped");
                assertEquals("cached", gzipped.headers().firstValue("OfstedKG-Answer").orElse(""));
                try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.body()))) {
                    assertEquals(first.body(), new String(in.readAllBytes(), StandardCharsets.UTF_8),
                            "the kept answer, gzipped once, differs (or was gzipped twice)");
                }
                var json = ask(server, "application/sparql-results+json");
                assertTrue(json.body().startsWith("{"), "another Accept got the CSV answer: " + json.body());

                postWiganLetter(server);
                var after = ask(server, "text/csv");
                assertFalse(after.headers().firstValue("OfstedKG-Answer").isPresent(), "a stale answer was given");
                assertNotEquals(first.body(), after.body());
                assertTrue(after.body().contains("Wigan,359"), after.body());
            }
            // 16 kB of cache keeps answers up to 1 kB gzipped: the ratings (a few hundred bytes) but not 500 triples.
            try (SparqlServer small = SparqlServer.on(store).port(0).answerCache(16_000).warmAnswers(false).start()) {
                String all = server(small) + "?query=" + URLEncoder.encode("SELECT * { GRAPH ?g { ?s ?p ?o } } LIMIT 500",
                        StandardCharsets.UTF_8);
                for (int i = 0; i < 2; i++) {
                    var big = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(all))
                            .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
                    assertEquals(200, big.statusCode());
                    assertTrue(big.body().length() > 16_000, "not a large answer: " + big.body().length());
                    assertFalse(big.headers().firstValue("OfstedKG-Answer").isPresent(), "a large answer was kept");
                }
                ask(small, "text/csv");
                assertEquals("cached", ask(small, "text/csv").headers().firstValue("OfstedKG-Answer").orElse(""));
                // Over 1 kB plain but not gzipped: kept gzipped only, and inflated for a client without gzip.
                String predicates = server(small) + "?query=" + URLEncoder.encode(
                        "SELECT ?p { GRAPH ?g { ?s ?p ?o } } LIMIT 100", StandardCharsets.UTF_8);
                List<HttpResponse<String>> twice = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    twice.add(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(predicates))
                            .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString()));
                }
                assertTrue(twice.get(0).body().length() > 1_000, "not over 1 kB: " + twice.get(0).body().length());
                assertEquals("cached", twice.get(1).headers().firstValue("OfstedKG-Answer").orElse(""));
                assertEquals(twice.get(0).body(), twice.get(1).body(), "the inflated answer differs");
            }
            try (SparqlServer uncached = SparqlServer.on(store).port(0).answerCache(0).start()) {
                ask(uncached, "text/csv");
                assertFalse(ask(uncached, "text/csv").headers().firstValue("OfstedKG-Answer").isPresent());
            }
        }
    }

    @Test
    void askersOfAnAnswerBeingComputedWaitForItRatherThanComputeItAgain(@TempDir Path dir) throws Exception {
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"))) {
            TestStores.ingestSamples(store, new Pipeline(UriScheme.defaults()));
            try (SparqlServer server = SparqlServer.on(store).port(0).warmAnswers(false).start()) {
                // Slow enough (a count of pairs of typed resources) that the eight requests meet.
                String slow = server.endpoint() + "?query=" + URLEncoder.encode(
                        "SELECT (COUNT(*) AS ?pairs) { ?a a ?t . ?b a ?u }", StandardCharsets.UTF_8);
                HttpClient http = HttpClient.newHttpClient();
                List<CompletableFuture<HttpResponse<String>>> asked = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    asked.add(http.sendAsync(HttpRequest.newBuilder(URI.create(slow)).header("Accept", "text/csv").build(),
                            HttpResponse.BodyHandlers.ofString()));
                }
                List<HttpResponse<String>> answers = asked.stream().map(CompletableFuture::join).toList();
                assertTrue(answers.stream().allMatch(a -> a.statusCode() == 200 && a.body().equals(answers.get(0).body())),
                        "the answers differ: " + answers.stream().map(HttpResponse::body).toList());
                assertEquals(1, answers.stream().filter(a -> a.headers().firstValue("OfstedKG-Answer").isEmpty()).count(),
                        "the answer was computed more than once");
            }
        }
    }

    @Test
    void theCannedQueriesAreAnsweredAheadAtStartAndAgainOnceTheStoreHasSettledAfterAChange(@TempDir Path dir)
            throws Exception {
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"))) {
            Pipeline pipeline = new Pipeline(UriScheme.defaults());
            TestStores.ingestSamples(store, pipeline);
            BlockingQueue<String> notices = new LinkedBlockingQueue<>();
            try (SparqlServer server = SparqlServer.on(store).port(0).admin(AdminToken.of(TOKEN), pipeline)
                    .notices(notices::add).start()) {
                String notice = notices.poll(30, TimeUnit.SECONDS);
                assertTrue(notice != null && notice.startsWith("answers to " + Bundled.CANNED_QUERIES.size() + " of "
                        + Bundled.CANNED_QUERIES.size() + " canned queries kept"), "no notice of warmed answers: " + notice);
                for (String accept : AnswerWarmer.ACCEPTS) {
                    assertEquals("cached", ask(server, accept).headers().firstValue("OfstedKG-Answer").orElse(""),
                            "the first ask (" + accept + ") was computed, not warmed");
                }
                // The query as its page on /query asks it (its first rows) is kept too.
                var page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.endpoint() + "?query="
                        + URLEncoder.encode(QueryPage.shownQuery(TestStores.cannedQuery("judgements.rq")),
                                StandardCharsets.UTF_8))).header("Accept", AheadQueries.ACCEPT).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals("cached", page.headers().firstValue("OfstedKG-Answer").orElse(""), "the page's query was not warmed");
                postWiganLetter(server);
                notice = notices.poll(40, TimeUnit.SECONDS);
                assertTrue(notice != null && notice.contains("version " + store.version()),
                        "the answers were not warmed again after the change: " + notice);
                var after = ask(server, "text/csv");
                assertEquals("cached", after.headers().firstValue("OfstedKG-Answer").orElse(""));
                assertTrue(after.body().contains("Wigan,359"), "a stale answer was kept: " + after.body());
            }
        }
    }

    @Test
    void keptAnswersServeARestartedServerUntilTheStoreChanges(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("store");
        Pipeline pipeline = new Pipeline(UriScheme.defaults());
        String first;
        try (KnowledgeStore store = KnowledgeStore.open(folder)) {
            TestStores.ingestSamples(store, pipeline);
            try (SparqlServer server = SparqlServer.on(store).port(0).warmAnswers(false).start()) {
                var computed = ask(server, "text/csv");
                assertFalse(computed.headers().firstValue("OfstedKG-Answer").isPresent());
                first = computed.body();
            }
        }
        try (KnowledgeStore store = KnowledgeStore.open(folder);
                SparqlServer server = SparqlServer.on(store).port(0).warmAnswers(false).start()) {
            var again = ask(server, "text/csv");
            assertEquals("cached", again.headers().firstValue("OfstedKG-Answer").orElse(""),
                    "a restarted server computed the answer again");
            assertEquals(first, again.body());
            // An answer of many sending buffers (128 kB each) comes back byte for byte.
            String every = server.endpoint() + "?query=" + URLEncoder.encode(
                    "SELECT * { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g ?s ?p ?o", StandardCharsets.UTF_8);
            List<HttpResponse<String>> twice = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                twice.add(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(every))
                        .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString()));
            }
            assertTrue(twice.get(0).body().length() > 400_000, "not large: " + twice.get(0).body().length());
            assertEquals("cached", twice.get(1).headers().firstValue("OfstedKG-Answer").orElse(""));
            assertEquals(twice.get(0).body(), twice.get(1).body(), "the answer sent from its file differs");
            var gzipped = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(every))
                    .header("Accept", "text/csv").header("Accept-Encoding", "gzip").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals("cached", gzipped.headers().firstValue("OfstedKG-Answer").orElse(""));
            try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.body()))) {
                assertEquals(twice.get(0).body(), new String(in.readAllBytes(), StandardCharsets.UTF_8),
                        "the gzipped answer sent from its file differs");
            }
            // Files gone from under the server (deleted by hand, or damaged): the answer is computed again.
            Path kept = folder.resolve(SparqlServer.ANSWERS_FOLDER).resolve(store.state());
            try (var files = java.nio.file.Files.list(kept)) {
                for (Path f : files.filter(f -> !f.toString().endsWith(".meta")).toList()) {
                    java.nio.file.Files.delete(f);
                }
            }
            var recomputed = ask(server, "text/csv");
            assertEquals(200, recomputed.statusCode());
            assertFalse(recomputed.headers().firstValue("OfstedKG-Answer").isPresent(), "an answer without its files");
            assertEquals(first, recomputed.body());
            assertEquals("cached", ask(server, "text/csv").headers().firstValue("OfstedKG-Answer").orElse(""));
        }
        // Another cap on rows is another question; the header saying so is kept with the answer.
        for (int start = 0; start < 2; start++) {
            try (KnowledgeStore store = KnowledgeStore.open(folder);
                    SparqlServer server = SparqlServer.on(store).port(0).maxRows(2).warmAnswers(false).start()) {
                var capped = ask(server, "text/csv");
                assertEquals(start == 0 ? "" : "cached", capped.headers().firstValue("OfstedKG-Answer").orElse(""));
                assertEquals(3, capped.body().strip().split("\n").length, capped.body());
                assertEquals("2", capped.headers().firstValue(CappedQueryService.HEADER).orElse(""),
                        "the cap's header is lost: " + capped.headers().map());
            }
        }
        // Changed while no server ran: the kept answer is of the old content, and is not given.
        try (KnowledgeStore store = KnowledgeStore.open(folder)) {
            pipeline.ingest("wigan.txt", Variants.letterTo("Wigan"), store);
        }
        try (KnowledgeStore store = KnowledgeStore.open(folder);
                SparqlServer server = SparqlServer.on(store).port(0).warmAnswers(false).start()) {
            var after = ask(server, "text/csv");
            assertFalse(after.headers().firstValue("OfstedKG-Answer").isPresent(), "a stale answer was given");
            assertTrue(after.body().contains("Wigan,359"), after.body());
            try (var states = java.nio.file.Files.list(folder.resolve(SparqlServer.ANSWERS_FOLDER))) {
                assertEquals(List.of(store.state()), states.map(p -> p.getFileName().toString()).toList(),
                        "the old state's answers are still on disk");
            }
        }
    }
}
