package org.ofstedkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.ofstedkg.TestStores;
import org.ofstedkg.map.UriScheme;
import org.ofstedkg.pipeline.Pipeline;
import org.ofstedkg.store.KnowledgeStore;

/**
 * The public endpoint cannot be written to, read outside its data, or taken down with one request:
 * updates and graph-store writes are refused, admin paths need the token, runaway queries are cancelled
 * while others are answered, results and bodies are capped, paths never reach the file system, and XML
 * never reads local files.
 */
@Timeout(120)
class PublicEndpointTest {

    private static final String TOKEN = "public-test-token-0123456789";

    @TempDir
    static Path dir;

    private static KnowledgeStore store;
    private static SparqlServer server;

    @BeforeAll
    static void start() {
        store = KnowledgeStore.open(dir.resolve("store"));
        Pipeline pipeline = new Pipeline(UriScheme.defaults());
        TestStores.ingestSamples(store, pipeline);
        server = SparqlServer.on(store).port(0).timeout(Duration.ofSeconds(2)).maxRows(50).maxRequestBytes(10_000)
                .admin(AdminToken.of(TOKEN), pipeline).start();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static String url(String path) {
        return "http://localhost:" + server.port() + path;
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> query(String sparql) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(server.endpoint() + "?query="
                + URLEncoder.encode(sparql, StandardCharsets.UTF_8))).header("Accept", "text/csv").build());
    }

    private static final String COUNT = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";

    @Test
    void updatesAre403AndWritesOnPublicPaths405() throws Exception {
        String before = query(COUNT).body();
        String update = "INSERT DATA { <urn:x> <urn:y> <urn:z> }";
        assertEquals(403, send(HttpRequest.newBuilder(URI.create(server.endpoint()))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update))
                .build()).statusCode());
        assertEquals(403, send(HttpRequest.newBuilder(URI.create(server.endpoint()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode(update, StandardCharsets.UTF_8)))
                .build()).statusCode());
        assertEquals(403, send(HttpRequest.newBuilder(URI.create(server.endpoint() + "?update="
                + URLEncoder.encode(update, StandardCharsets.UTF_8))).build()).statusCode());
        String turtle = "<urn:x> <urn:y> <urn:z> .";
        for (String path : List.of("/sparql", "/sparql?default", "/sparql?graph=urn:g", "/sparql/data", "/data", "/",
                "/id/authority/sefton", "/doc/authority/sefton", "/graph/register", "/dumps/ofsted-kg.nq.gz", "/def/",
                "/query", "/upload")) {
            for (String method : List.of("PUT", "POST", "DELETE", "PATCH")) {
                var response = send(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "text/turtle")
                        .method(method, HttpRequest.BodyPublishers.ofString(turtle)).build());
                assertEquals(405, response.statusCode(), method + " " + path + ": " + response.body());
                assertEquals(path.startsWith("/sparql?") || path.equals("/sparql") ? "GET, HEAD, POST, OPTIONS"
                        : "GET, HEAD, OPTIONS", response.headers().firstValue("Allow").orElse(""), path);
            }
        }
        assertEquals(405, send(HttpRequest.newBuilder(URI.create(url("/"))).method("TRACE",
                HttpRequest.BodyPublishers.noBody()).build()).statusCode());
        assertEquals(before, query(COUNT).body(), "a write reached the store");
    }

    @Test
    void headOfTheEndpointGivesTheGetsHeadersWithoutABody() throws Exception {
        URI ask = URI.create(server.endpoint() + "?query=" + URLEncoder.encode(COUNT, StandardCharsets.UTF_8));
        // a query; the service description
        for (var asked : java.util.Map.of(ask, "text/csv", URI.create(server.endpoint()), "text/turtle").entrySet()) {
            URI uri = asked.getKey();
            var get = send(HttpRequest.newBuilder(uri).header("Accept", asked.getValue()).build());
            var head = send(HttpRequest.newBuilder(uri).header("Accept", asked.getValue())
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
            assertEquals(200, get.statusCode(), uri.toString());
            assertEquals(200, head.statusCode(), uri + ": " + head.body());
            assertEquals(get.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"), uri.toString());
            assertFalse(get.body().isEmpty(), uri.toString());
            assertEquals("", head.body(), uri.toString());
        }
    }

    @Test
    void adminPathsAnswer401WithoutTheToken() throws Exception {
        for (String path : List.of("/admin/reports", "/admin/compact", "/admin/backup", "/admin/status", "/admin/x")) {
            assertEquals(401, send(HttpRequest.newBuilder(URI.create(url(path))).build()).statusCode(), path);
            assertEquals(401, send(HttpRequest.newBuilder(URI.create(url(path)))
                    .POST(HttpRequest.BodyPublishers.ofString("x")).build()).statusCode(), path);
        }
    }

    @Test
    void theAdminEndpointsAreNotOpenedToOtherSitesPages() throws Exception {
        var preflight = send(HttpRequest.newBuilder(URI.create(url("/admin/status")))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://example.org")
                .header("Access-Control-Request-Method", "GET").header("Access-Control-Request-Headers", "authorization")
                .build());
        for (String header : List.of("Access-Control-Allow-Origin", "Access-Control-Allow-Credentials",
                "Access-Control-Allow-Methods", "Access-Control-Allow-Headers")) {
            assertTrue(preflight.headers().firstValue(header).isEmpty(), header + ": " + preflight.headers().map());
        }
        var status = send(HttpRequest.newBuilder(URI.create(url("/admin/status"))).header("Origin", "https://example.org")
                .header("Authorization", "Bearer " + TOKEN).build());
        assertEquals(200, status.statusCode(), status.body());
        assertTrue(status.headers().firstValue("Access-Control-Allow-Origin").isEmpty()
                && status.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), status.headers().map().toString());
    }

    @Test
    void anAdminPathSpelledOtherwiseIsStillAdminAndGetsNoCors() throws Exception {
        // Percent-encoded or with path parameters, these reach the admin endpoints: so must their rules.
        for (String path : List.of("/%61dmin/status", "/admin;x=y/status", "/%61dmin;x=y/reports")) {
            for (String method : List.of("GET", "OPTIONS")) {
                String answer = raw(method, path, "Origin: https://example.org", "Access-Control-Request-Method: GET",
                        "Authorization: Bearer " + TOKEN);
                String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase(java.util.Locale.ROOT);
                assertFalse(head.contains("access-control-"), method + " " + path + ":\n" + head);
            }
        }
        assertTrue(raw("GET", "/%61dmin/status", "Authorization: Bearer " + TOKEN).startsWith("HTTP/1.1 200"),
                "the request did reach the admin endpoint");
    }

    @Test
    void aRunawayQueryIsCancelledWhileOtherQueriesAreAnswered() throws Exception {
        String cartesian = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<String>> runaway = HttpClient.newHttpClient().sendAsync(
                HttpRequest.newBuilder(URI.create(server.endpoint() + "?query="
                        + URLEncoder.encode(cartesian, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        List<Long> others = new ArrayList<>();
        while (!runaway.isDone()) {
            long t = System.nanoTime();
            assertEquals(200, query(TestStores.cannedQuery("ratings.rq")).statusCode());
            others.add((System.nanoTime() - t) / 1_000_000);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(503, runaway.get().statusCode());
        assertTrue(seconds < 15, "cancelled after " + seconds + " s");
        assertTrue(others.size() >= 3, "only " + others.size() + " queries answered meanwhile: " + others);
    }

    @Test
    void resultsAreCappedAndTheAnswerSaysSo() throws Exception {
        var all = query("SELECT * { GRAPH ?g { ?s ?p ?o } }");
        assertEquals(200, all.statusCode());
        assertEquals(51, all.body().lines().count(), "header and 50 rows");
        assertEquals("50", all.headers().firstValue(CappedQueryService.HEADER).orElse(""));
        var small = query("SELECT * { GRAPH ?g { ?s ?p ?o } } LIMIT 3");
        assertEquals(4, small.body().lines().count());
        assertFalse(small.headers().firstValue(CappedQueryService.HEADER).isPresent());
    }

    @Test
    void largeBodiesAre413AndBodiesOfUnsaidLength411() throws Exception {
        String big = "SELECT * { ?s ?p ?o } #" + "x".repeat(20_000);
        var response = send(HttpRequest.newBuilder(URI.create(server.endpoint()))
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(big)).build());
        assertEquals(413, response.statusCode());
        var chunked = send(HttpRequest.newBuilder(URI.create(server.endpoint()))
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream("ASK {}".getBytes(StandardCharsets.UTF_8)))).build());
        assertEquals(411, chunked.statusCode());
        var fine = send(HttpRequest.newBuilder(URI.create(server.endpoint())).header("Accept", "text/csv")
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString("ASK {}")).build());
        assertEquals(200, fine.statusCode());
    }

    @Test
    void pathsNeverReachTheFileSystem() throws Exception {
        for (String path : List.of("/id/../../etc/passwd", "/doc/../../../../etc/passwd", "/id/%2e%2e/%2e%2e/etc/passwd",
                "/doc/..%2f..%2f..%2fetc%2fpasswd", "/def/..%2f..%2fetc/passwd", "/dumps/../../etc/passwd",
                "/dumps/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/graph/..%2F..%2Fetc%2Fpasswd", "/query/../../etc/passwd",
                "/%2e%2e/%2e%2e/etc/passwd", "/doc/authority/..%00/etc/passwd")) {
            String answer = raw(path);
            String status = answer.lines().findFirst().orElse("");
            assertFalse(status.contains(" 200 ") || status.contains(" 303 ") && answer.contains("etc/passwd"),
                    path + " answered " + status);
            assertFalse(answer.contains("root:"), path + " reached the file system");
        }
    }

    /** The answer to a request sent as written: HTTP clients normalise "..", which is what is tested here. */
    private static String raw(String path) throws Exception {
        return raw("GET", path);
    }

    /** The answer to a request sent as written, with these header lines. */
    private static String raw(String method, String path, String... headers) throws Exception {
        try (Socket socket = new Socket("localhost", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + String.join("", java.util.Arrays.stream(headers).map(h -> h + "\r\n").toList()) + "\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void xmlWithExternalEntitiesNeverReadsLocalFiles(@TempDir Path work) throws Exception {
        Path secret = work.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String rdfXml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"urn:ex:\">\n"
                + "<rdf:Description rdf:about=\"urn:x\"><ex:p>&leak;</ex:p></rdf:Description>\n</rdf:RDF>\n";
        // Sent to the server in every way it takes a body: refused, and nothing of the file comes back.
        for (String path : List.of("/sparql", "/admin/reports?name=x.rdf", "/data")) {
            var request = HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/rdf+xml")
                    .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString(rdfXml)).build();
            var response = send(request);
            assertTrue(response.statusCode() >= 400, path + " answered " + response.statusCode());
            assertFalse(response.body().contains("TOP-SECRET"), path + " leaked the file");
        }
        // And Jena's RDF/XML parser, which reads any RDF/XML the project ever parses, does not expand them.
        Graph g = GraphFactory.createDefaultGraph();
        try {
            RDFParser.fromString(rdfXml, Lang.RDFXML).parse(g);
        } catch (RuntimeException refused) {
            // refusing the document outright is as good
        }
        g.find().forEachRemaining(t -> assertFalse(t.getObject().toString().contains("TOP-SECRET"), t.toString()));
    }
}
