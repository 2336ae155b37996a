package org.ofstedkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ofstedkg.TestStores;
import org.ofstedkg.map.UriScheme;
import org.ofstedkg.pipeline.Pipeline;
import org.ofstedkg.store.KnowledgeStore;

/** End to end: samples ingested into a TDB2 store on disk, served over HTTP, queried and not writable. */
class SparqlServerTest {

    @TempDir
    static Path dir;

    private static KnowledgeStore store;
    private static SparqlServer server;
    /** A new client (so a new connection) per call: Jetty closes a connection after refusing a request. */
    private static final class Http {
        static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) throws Exception {
            return HttpClient.newHttpClient().send(request, body);
        }
    }

    @BeforeAll
    static void start() {
        store = KnowledgeStore.open(dir.resolve("store"));
        TestStores.ingestSamples(store, new Pipeline(UriScheme.defaults()));
        server = SparqlServer.start(store, 0, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static HttpResponse<String> get(String query, String accept) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(server.endpoint() + "?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", accept)
                .header("Origin", "https://example.org").GET().build();
        return Http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String contentType, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(server.endpoint())).header("Content-Type", contentType)
                .header("Accept", "text/csv").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return Http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static final List<String> RATINGS_CSV = List.of(
            "authority,la_code,gss_code,year,grade,label",
            "Blackpool,890,E06000009,2009,3,Performs well",
            "Redcar and Cleveland,807,E06000003,2009,3,Performs well",
            "Sefton,343,E08000014,2009,3,Performs well",
            "Southend-on-Sea,882,E06000033,2009,3,Performs well");

    @Test
    void ratingsOverHttpAsCsv() throws Exception {
        var response = get(TestStores.cannedQuery("ratings.rq"), "text/csv");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals(RATINGS_CSV, response.body().lines().toList());
    }

    @Test
    void ratingsByPostAndInEveryResultsFormat() throws Exception {
        var csv = post("application/sparql-query", TestStores.cannedQuery("ratings.rq"));
        assertEquals(200, csv.statusCode(), csv.body());
        assertEquals(RATINGS_CSV, csv.body().lines().toList());
        var form = post("application/x-www-form-urlencoded",
                "query=" + URLEncoder.encode(TestStores.cannedQuery("ratings.rq"), StandardCharsets.UTF_8));
        assertEquals(RATINGS_CSV, form.body().lines().toList());

        var json = get(TestStores.cannedQuery("ratings.rq"), "application/sparql-results+json");
        assertTrue(json.body().contains("\"vars\"") && json.body().contains("\"Southend-on-Sea\""), json.body());
        var xml = get(TestStores.cannedQuery("ratings.rq"), "application/sparql-results+xml");
        assertTrue(xml.body().contains("<sparql") && xml.body().contains("Redcar and Cleveland"), xml.body());
        var tsv = get(TestStores.cannedQuery("ratings.rq"), "text/tab-separated-values");
        assertEquals("?authority\t?la_code\t?gss_code\t?year\t?grade\t?label", tsv.body().lines().findFirst().orElse(""));
    }

    @Test
    void resultsAreGzippedWhenAccepted() throws Exception {
        var request = HttpRequest.newBuilder(URI.create(server.endpoint())).header("Content-Type", "application/sparql-query")
                .header("Accept", "text/csv").header("Accept-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofString(TestStores.cannedQuery("judgements.rq"))).build();
        var response = Http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", response.headers().firstValue("Content-Encoding").orElse(""));
        String csv = new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(response.body()))
                .readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("la_code,report_type,published,assessment,area,grade,label,quote"), csv);
    }

    @Test
    void corsIsOnForAnyOriginWithoutCredentials() throws Exception {
        var response = get("ASK {}", "application/sparql-results+json");
        assertEquals(200, response.statusCode());
        assertEquals(List.of("*"), response.headers().allValues("Access-Control-Allow-Origin"),
                response.headers().map().toString());
        assertTrue(response.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
        assertTrue(response.headers().firstValue("Access-Control-Expose-Headers").orElse("").contains(CappedQueryService.HEADER),
                "a script may read that its results were capped");
    }

    @Test
    void theResultsFormatIsNegotiatedByQValuesAndSpecificity() throws Exception {
        String select = "SELECT * { GRAPH ?g { ?s ?p ?o } } LIMIT 1";
        for (String[] asked : new String[][] {
                {"application/sparql-results+json;q=0, */*;q=0.1", "text/csv"},
                {"application/sparql-results+json;q=0, application/json", "application/json"},
                // Each type weighs on its own: application/json at 0.5 does not lower its sibling taken by */*.
                {"application/json;q=0.5, */*", "application/sparql-results+json"},
                // A refused type is not sent under another name that only a wildcard takes.
                {"application/sparql-results+json;q=0, */*", "text/csv"},
                {"application/sparql-results+xml, application/xml;q=0", "application/sparql-results+xml"},
                {"text/*;q=0.5, text/tab-separated-values", "text/tab-separated-values"},
                {"application/sparql-results+xml;q=0.9, text/csv;q=0.8", "application/sparql-results+xml"},
                {"*/*", "application/sparql-results+json"},
                {null, "application/sparql-results+json"}}) {
            var b = HttpRequest.newBuilder(URI.create(server.endpoint() + "?query=" + URLEncoder.encode(select,
                    StandardCharsets.UTF_8)));
            if (asked[0] != null) {
                b.header("Accept", asked[0]);
            }
            var response = Http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), asked[0] + ": " + response.body());
            assertEquals(asked[1], response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip(), asked[0]);
        }
        var construct = get("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1", "text/turtle;q=0, application/ld+json;q=0.5");
        assertEquals("application/ld+json", construct.headers().firstValue("Content-Type").orElse("").split(";")[0].strip());
    }

    @Test
    void acceptFieldLinesAreReadTogetherForTheAnswerAndForItsKeptCopy() throws Exception {
        // Java's client sends each value on a line of its own; RFC 9110 5.3 makes them one list.
        URI uri = URI.create(server.endpoint() + "?query=" + URLEncoder.encode("SELECT * { ?s ?p ?o } LIMIT 2",
                StandardCharsets.UTF_8));
        for (String second : List.of("text/csv", "text/tab-separated-values", "text/csv")) {
            var response = Http.send(HttpRequest.newBuilder(uri).header("Accept", "application/sparql-results+json;q=0.1")
                    .header("Accept", second).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            assertEquals(second, response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip(),
                    "a kept answer is kept by the whole Accept header");
        }
    }

    @Test
    void everyTypeFusekiOffersIsGivenWhenAskedForByName() throws Exception {
        // The endpoint's offers are built from Fuseki's own (DEF): whatever a Jena upgrade lists there must be
        // negotiated, labelled as asked and written by Fuseki, aliases (application/json, text/plain) included.
        var forms = java.util.Map.of("SELECT * { ?s ?p ?o } LIMIT 1", org.apache.jena.fuseki.DEF.rsOfferTable,
                "ASK {}", org.apache.jena.fuseki.DEF.rsOfferBoolean,
                "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 1", org.apache.jena.fuseki.DEF.constructOffer);
        for (var form : forms.entrySet()) {
            for (var range : form.getValue().entries()) {
                String type = range.getContentTypeStr();
                var response = Http.send(HttpRequest.newBuilder(URI.create(server.endpoint() + "?query="
                        + URLEncoder.encode(form.getKey(), StandardCharsets.UTF_8))).header("Accept", type).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, response.statusCode(), form.getKey() + " as " + type);
                assertEquals(type, response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip(),
                        form.getKey());
                assertTrue(response.body().length > 0, form.getKey() + " as " + type);
            }
        }
        // An alias is not a type of its own: anything is answered in the type it names.
        assertEquals("application/sparql-results+json", get("ASK {}", "*/*").headers().firstValue("Content-Type")
                .orElse("").split(";")[0].strip());
        assertEquals("text/csv", get("ASK {}", "application/sparql-results+json;q=0, application/sparql-results+xml;q=0, "
                + "*/*").headers().firstValue("Content-Type").orElse("").split(";")[0].strip());
        assertEquals("application/n-triples", get("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 1",
                "text/turtle;q=0, application/turtle;q=0, text/*;q=0.1, application/n-triples;q=0.1").headers()
                .firstValue("Content-Type").orElse("").split(";")[0].strip());
    }

    @Test
    void aResultsFormatNotOfferedIs406NamingTheOnesOffered() throws Exception {
        var png = get("SELECT * { ?s ?p ?o } LIMIT 1", "image/png");
        assertEquals(406, png.statusCode(), png.body());
        assertTrue(png.body().contains("application/sparql-results+json, text/csv, text/tab-separated-values, "
                + "application/sparql-results+xml"), png.body());
        assertTrue(png.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")));
        var zero = get("ASK {}", "application/sparql-results+json;q=0, application/sparql-results+xml;q=0, text/*;q=0");
        assertEquals(406, zero.statusCode(), "q=0 refuses: " + zero.body());
        var graph = get("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 1", "text/csv");
        assertEquals(406, graph.statusCode(), graph.body());
        assertTrue(graph.body().contains("Offered: text/turtle, application/n-triples"), graph.body());
        var posted = Http.send(HttpRequest.newBuilder(URI.create(server.endpoint()))
                .header("Content-Type", "application/sparql-query").header("Accept", "image/png")
                .POST(HttpRequest.BodyPublishers.ofString("ASK {}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(406, posted.statusCode(), posted.body());
        assertTrue(posted.headers().allValues("Vary").stream().anyMatch(v -> v.matches("Accept\\b.*")),
                posted.headers().map().toString());
        var named = Http.send(HttpRequest.newBuilder(URI.create(server.endpoint() + "?output=csv&query="
                + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8))).header("Accept", "image/png").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, named.statusCode(), "a format named outright is given: " + named.body());
        assertTrue(named.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    }

    @Test
    void theEndpointWithATrailingSlashIsNotFoundAndCannotSlipPastItsFilters() throws Exception {
        // Fuseki answers /sparql/ as /sparql, but the filters (negotiation, the gate, the cache) are on /sparql.
        for (String path : List.of("/sparql/?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8), "/sparql/",
                "/sparql/x")) {
            var response = Http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                    .header("Accept", "application/sparql-results+json;q=0, */*").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, response.statusCode(), path + ": " + response.body());
            assertTrue(response.body().contains(SparqlServer.ENDPOINT) && !response.body().contains("\"boolean\""),
                    response.body());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"SELECT * { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } }",
            "SELECT * { { SELECT * { SERVICE SILENT <http://127.0.0.1:9/x> { ?s ?p ?o } } } }",
            "ASK { ?s ?p ?o FILTER NOT EXISTS { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } } }",
            "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o BIND (EXISTS { SERVICE ?where { ?s ?p ?o } } AS ?b) }"})
    void aFederatedQueryIsRefusedInPlainWordsWhereverItsServiceIs(String query) throws Exception {
        var response = get(query, "text/csv");
        assertEquals(400, response.statusCode(), response.body());
        assertEquals(CappedQueryService.SERVICE_REFUSED, response.body().strip());
    }

    @Test
    void anUpdateSentAsAQueryIsRefusedInPlainWords() throws Exception {
        for (String update : List.of("INSERT DATA { <urn:x> <urn:y> <urn:z> }", "DROP ALL", "LOAD <http://127.0.0.1:9/x>")) {
            var asQuery = get(update, "text/csv");
            assertEquals(400, asQuery.statusCode(), asQuery.body());
            assertEquals(CappedQueryService.UPDATE_REFUSED, asQuery.body().strip());
            var posted = post("application/sparql-query", update);
            assertEquals(400, posted.statusCode(), posted.body());
            assertEquals(CappedQueryService.UPDATE_REFUSED, posted.body().strip());
        }
        var asUpdate = post("application/sparql-update", "DROP ALL");
        assertEquals(403, asUpdate.statusCode(), "the update protocol is refused outright");
        assertEquals(CappedQueryService.UPDATE_REFUSED, asUpdate.body().strip());
    }

    @Test
    void aSparqlUpdateIsRefusedAndChangesNothing() throws Exception {
        long before = store.reportGraphs().size();
        String update = "DROP ALL";
        var direct = post("application/sparql-update", update);
        assertTrue(direct.statusCode() >= 400 && direct.statusCode() < 500, direct.statusCode() + " " + direct.body());
        var form = post("application/x-www-form-urlencoded", "update=" + URLEncoder.encode(update, StandardCharsets.UTF_8));
        assertTrue(form.statusCode() >= 400 && form.statusCode() < 500, form.statusCode() + " " + form.body());
        for (String path : List.of("/sparql/update", "/sparql/data", "/sparql/upload", "/update")) {
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(update)).build();
            int status = Http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
            assertTrue(status >= 400 && status < 500, path + " answered " + status);
        }
        assertEquals(before, store.reportGraphs().size());
        assertEquals(RATINGS_CSV, get(TestStores.cannedQuery("ratings.rq"), "text/csv").body().lines().toList());
    }

    @Test
    @Timeout(60) // a broken timeout must fail this test, not hang the build
    void aRunawayQueryIsCancelledAtTheTimeout() throws Exception {
        try (SparqlServer quick = SparqlServer.start(store, 0, Duration.ofSeconds(1))) {
            String cartesian = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
            long start = System.nanoTime();
            var response = Http.send(HttpRequest.newBuilder(URI.create(quick.endpoint() + "?query="
                    + URLEncoder.encode(cartesian, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                    HttpResponse.BodyHandlers.ofString());
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals(503, response.statusCode(), response.body());
            assertTrue(seconds < 20, "cancelled after " + seconds + " s");
        } finally {
            store.dataset().getContext().set(org.apache.jena.query.ARQ.queryTimeout, "30000");
        }
    }

    @Test
    @Timeout(120)
    void aQuickQueryIsAnsweredWhileManySlowOnesWaitTheirTurn() throws Exception {
        String cartesian = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        try (SparqlServer busy = SparqlServer.on(store).port(0).timeout(Duration.ofSeconds(4)).concurrentQueries(1)
                .answerCache(0).start()) {
            URI slow = URI.create(busy.endpoint() + "?query=" + URLEncoder.encode(cartesian, StandardCharsets.UTF_8));
            HttpClient client = HttpClient.newHttpClient();
            // Once cancelled at the timeout, its shape is known slow.
            assertEquals(503, client.send(HttpRequest.newBuilder(slow).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode());
            // 40 of them: one runs, the others wait at the gate, each holding a thread of the server's.
            var waiting = new java.util.ArrayList<java.util.concurrent.CompletableFuture<HttpResponse<String>>>();
            for (int i = 0; i < 40; i++) {
                waiting.add(client.sendAsync(HttpRequest.newBuilder(slow).build(), HttpResponse.BodyHandlers.ofString()));
            }
            Thread.sleep(500);
            var quick = client.send(HttpRequest.newBuilder(URI.create(busy.endpoint() + "?query="
                    + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                    HttpResponse.BodyHandlers.ofString());
            long slowDone = waiting.stream().filter(java.util.concurrent.CompletableFuture::isDone).count();
            assertEquals(200, quick.statusCode(), quick.body());
            assertEquals(0, slowDone, "the quick query was answered only after slow ones ended: it waited for a thread");
            for (var w : waiting) {
                assertEquals(503, w.get().statusCode());
            }
        } finally {
            store.dataset().getContext().set(org.apache.jena.query.ARQ.queryTimeout, "30000");
        }
    }

    @Test
    void aBadQueryIsA400WithTheParsersMessage() throws Exception {
        var response = get("SELEC nonsense", "text/csv");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().toLowerCase().contains("parse") || response.body().contains("Encountered"),
                response.body());
    }

    @Test
    void aConnectionMayStaySilentWhileItsQueryWaitsItsTurnAndRuns(@TempDir Path dir) {
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"));
                SparqlServer server = SparqlServer.on(store).port(0).timeout(Duration.ofSeconds(60)).start()) {
            assertEquals(150_000, server.idleTimeoutMillis(), "Jetty would close a queued query's connection first");
        }
    }
}
