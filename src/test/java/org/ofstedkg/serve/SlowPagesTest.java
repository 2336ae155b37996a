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
    /** The same reports, in a store of its own: the query timeout is a setting of the store's dataset. */
    private static KnowledgeStore patientStore;
    private static SparqlServer server;
    /** A server of the same store with the usual timeout, whose pages do not wait for answers not kept yet. */
    private static SparqlServer patient;

    @BeforeAll
    static void start() {
        store = withFiller(TestStores.samples());
        // No answers warmed ahead: a query small enough to finish before a 1 ms timer fires would otherwise be
        // kept and served, and which one does depends on the machine (the CI's finished authorities-by-rating).
        server = SparqlServer.on(store).port(0).timeout(Duration.ofMillis(1)).warmAnswers(false).start();
        patientStore = withFiller(TestStores.samples());
        patient = SparqlServer.on(patientStore).port(0).timeout(Duration.ofSeconds(60)).warmAnswers(false)
                .pageWait(Duration.ZERO).start();
    }

    /**
     * Adds reports in a graph of their own, each only a class, a report type and an authority: what the counts,
     * the home page's table, the inspections query and the authority's description have to read through.
     */
    private static KnowledgeStore withFiller(KnowledgeStore store) {
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
        return store;
    }

    @AfterAll
    static void stop() {
        patient.close();
        server.close();
        patientStore.close();
        store.close();
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        return get(server, path, accept);
    }

    /**
     * Asks a page (HTML) until it no longer says {@code computing} or {@code limit} has passed, pausing between
     * asks and checking each answer; the last answer.
     */
    private static HttpResponse<String> untilComputed(SparqlServer server, String path, String computing, Duration limit,
            Duration pause, java.util.function.Consumer<HttpResponse<String>> each) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        HttpResponse<String> answer;
        do {
            Thread.sleep(pause.toMillis());
            answer = get(server, path, "text/html");
            each.accept(answer);
        } while (answer.body().contains(computing) && System.nanoTime() < deadline);
        return answer;
    }

    private static HttpResponse<String> get(SparqlServer server, String path, String accept) throws Exception {
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
        // The query page asks the endpoint, which cannot list 50,000 inspections in order in 1 ms. The page waits
        // no longer than that: it says the answer is being computed, and once the endpoint has given up, it says
        // what the endpoint said, as a 503, with its editor.
        var r = untilComputed(server, "/query?name=inspections", "id=\"computing\"", Duration.ofSeconds(30), Duration.ZERO,
                answer -> { });
        assertQueryPageSaysItRanOutOfTime(r);
    }

    @Test
    void aCannedQueryNotYetComputedIsAPageSayingSoThenItsAnswer() throws Exception {
        // The page does not wait (pageWait 0): it says the answer is being computed, and the computation it started
        // goes on, so that the page asked again shows the answer (50,000 inspections: the first 1,000 rows).
        var first = get(patient, "/query?name=inspections", "text/html");
        assertEquals(200, first.statusCode(), first.body());
        assertTrue(first.body().contains("<p id=\"computing\" role=\"status\">This canned query's answer is being "
                + "computed"), first.body());
        assertFalse(first.body().contains("id=\"results\""), "no table before the answer");
        assertTrue(first.body().contains("<textarea id=\"query\""), "the editor is there");
        var again = untilComputed(patient, "/query?name=inspections", "id=\"computing\"", Duration.ofSeconds(90),
                Duration.ofMillis(200), answer -> assertEquals(200, answer.statusCode(), answer.body()));
        assertTrue(again.body().contains("The first 1,000 rows of more"), again.body());
        assertTrue(again.body().contains("southend-on-sea"), "the filler reports are listed");
    }

    @Test
    void anAuthorityPageShowsWhatIsReadyAndSaysWhatIsBeingComputed() throws Exception {
        // Its judgements, its grades over time and its neighbours' grades read the 50,000 filler reports: with no
        // time to wait, the page says each is being computed; asked again once they are, it shows them.
        var first = get(patient, "/doc/authority/southend-on-sea", "text/html");
        assertEquals(200, first.statusCode(), first.body());
        for (String part : new String[] {"The chart of grades over time is being computed",
                "The chart of its neighbours' grades is being computed",
                "The table of its judgements (and its latest rating) is being computed"}) {
            assertTrue(first.body().contains(part), part + " in " + first.body());
        }
        assertTrue(first.body().contains("<h1>Southend-on-Sea</h1>"), "what the page can say at once, it says");
        var again = untilComputed(patient, "/doc/authority/southend-on-sea", "is being computed", Duration.ofSeconds(90),
                Duration.ofMillis(200), answer -> { });
        assertEquals(200, again.statusCode(), again.body());
        assertTrue(again.body().contains("id=\"grades-over-time\"") && again.body().contains("id=\"latest-rating\""),
                again.body());
    }

    @Test
    void aReportPageNotReadyInTimeSaysSoRatherThanShowNoFacts() throws Exception {
        // With no time to wait, the review's page says its facts are being computed (never "states no graded
        // judgement"); asked again once they are, it shows its headline judgements.
        String review = "/doc/report/joint-area-review/southend-on-sea/2008-05-06";
        var first = get(patient, review, "text/html");
        assertEquals(200, first.statusCode(), first.body());
        assertTrue(first.body().contains("The report&#39;s judgements, statements, figures and source text is being computed")
                || first.body().contains("The report's judgements, statements, figures and source text is being computed"),
                first.body());
        assertFalse(first.body().contains("states no graded judgement"), first.body());
        var again = untilComputed(patient, review, "is being computed", Duration.ofSeconds(90), Duration.ofMillis(200),
                answer -> { });
        assertTrue(again.body().contains("id=\"headline-judgements\""), again.body());
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
