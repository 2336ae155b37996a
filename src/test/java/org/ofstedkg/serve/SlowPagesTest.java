package org.ofstedkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ofstedkg.TestStores;
import org.ofstedkg.map.Vocab;
import org.ofstedkg.store.KnowledgeStore;

/**
 * Pages whose queries run out of time say so: a server whose query timeout is 1 ms, on a store whose
 * store-wide queries and whose authority's description read 100,000 statements more than the samples
 * (far more than a millisecond's work), answers every page with what it can give and a note of what is
 * missing, or 503 with a message, never a server error.
 */
class SlowPagesTest {

    private static final String SOUTHEND = "https://w3id.org/ofsted-kg/id/authority/southend-on-sea";
    private static KnowledgeStore store;
    private static SparqlServer server;

    @BeforeAll
    static void start() {
        store = TestStores.samples();
        // Reports in a graph of their own, each only a class, a report type and an authority: what the counts, the
        // home page's table, the inspections query and the authority's description have to read through.
        var graph = NodeFactory.createURI("https://w3id.org/ofsted-kg/graph/test/filler");
        var type = NodeFactory.createURI(Vocab.NS + "Report");
        var southend = NodeFactory.createURI(SOUTHEND);
        var letter = Vocab.reportType(org.ofstedkg.model.ReportKind.ANNUAL_RATING_LETTER);
        Txn.executeWrite(store.dataset(), () -> {
            for (int i = 0; i < 50_000; i++) {
                var report = NodeFactory.createURI("https://w3id.org/ofsted-kg/id/report/test/southend-on-sea/" + i);
                store.dataset().add(graph, report, Vocab.TYPE, type);
                store.dataset().add(graph, report, Vocab.AUTHORITY, southend);
                store.dataset().add(graph, report, Vocab.DC_TYPE, letter);
            }
        });
        // No answers warmed ahead: a query small enough to finish before a 1 ms timer fires would otherwise be
        // kept and served, and which one does depends on the machine (the CI's finished authorities-by-rating).
        server = SparqlServer.on(store).port(0).timeout(Duration.ofMillis(1)).warmAnswers(false).start();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theHomePageSaysItsFiguresAreBeingComputed() throws Exception {
        var r = get("/", "text/html");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("Being computed for the store as it is now: the counts."), r.body());
        assertTrue(r.body().contains("Being computed for the store as it is now: the table of authorities."), r.body());
        assertFalse(r.body().contains("id=\"counts\""), "no counts shown that were not computed");
        assertTrue(r.body().contains("href=\"/query?name=ratings\""), "the rest of the page is there");
    }

    @Test
    void aCannedQueryThatRunsOutOfTimeIsAPageSayingSo() throws Exception {
        // The query page asks the endpoint, which cannot list 50,000 inspections in order in 1 ms: the page, with
        // its editor, says what the endpoint said, as a 503.
        var r = get("/query?name=inspections", "text/html");
        assertQueryPageSaysItRanOutOfTime(r);
    }

    @Test
    void aQueryOfOnesOwnThatRunsOutOfTimeIsSaidToHave() throws Exception {
        var r = get("/query?query=" + java.net.URLEncoder.encode("SELECT ?s { ?s ?p ?o } ORDER BY ?o ?s",
                java.nio.charset.StandardCharsets.UTF_8), "text/html");
        assertQueryPageSaysItRanOutOfTime(r);
    }

    private static void assertQueryPageSaysItRanOutOfTime(java.net.http.HttpResponse<String> r) {
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().contains("<textarea id=\"query\"") && r.body().contains("<p id=\"error\" role=\"alert\">"),
                r.body());
    }

    @Test
    void aDocumentWhoseDescriptionRunsOutOfTimeAnswers503WithAMessage() throws Exception {
        for (String accept : new String[] {"text/html", "text/turtle"}) {
            var r = get("/doc/authority/southend-on-sea", accept);
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(r.body().contains("This page needs more time than the server gives a query"), r.body());
            assertEquals("60", r.headers().firstValue("Retry-After").orElse(""));
            assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(
                    accept.equals("text/html") ? "text/html" : "text/plain"));
        }
    }

    @Test
    void theDatasetDescriptionSaysItsSizeIsBeingCounted() throws Exception {
        var r = get("/.well-known/void", "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("The number of triples is being counted"), r.body());
        assertFalse(r.body().contains("void:triples"), r.body());
    }
}
