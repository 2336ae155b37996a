package org.ofstedkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ofstedkg.TestStores;
import org.ofstedkg.map.Vocab;
import org.ofstedkg.store.QueryRunner;

/**
 * A client that knows nothing of this server but its documents gets every judgement's grade from an
 * authority's identifier by following links: each link of the documents dereferences here, and says which
 * identifier it stands for ({@link ServedLinks}).
 */
class LinkTraversalTest {

    private static final Node SAME_AS = NodeFactory.createURI(Vocab.OWL + "sameAs");
    private static TestStores.Served served;
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @BeforeAll
    static void start() {
        served = TestStores.served();
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    /** The document at a link, as a client gets it: the 303 followed, Turtle asked for. */
    private static Graph dereference(String link) throws Exception {
        var r = CLIENT.send(HttpRequest.newBuilder(URI.create(link)).header("Accept", "text/turtle").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), link);
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(r.body())).lang(Lang.TURTLE).base(link).parse(g);
        return g;
    }

    /** The judgements of Southend-on-Sea with a grade, by the canonical identifiers, as the store has them. */
    private static Set<String> judgementsInTheStore() {
        Set<String> judgements = new HashSet<>();
        new QueryRunner(served.store()).rows(QueryRunner.parse("""
                PREFIX okg: <https://w3id.org/ofsted-kg/def/>
                SELECT ?judgement WHERE {
                  ?report okg:authority <https://w3id.org/ofsted-kg/id/authority/southend-on-sea> .
                  ?judgement okg:report ?report ; a okg:Judgement ; okg:grade ?grade .
                }""", "of the test")).forEach(r -> judgements.add(r.get("judgement")));
        return judgements;
    }

    @Test
    void followingLinksFromAnAuthorityReachesEveryJudgementsGrade() throws Exception {
        String start = served.url("/id/authority/southend-on-sea");
        Graph authority = dereference(start);
        Node a = NodeFactory.createURI(start);
        assertTrue(authority.contains(a, SAME_AS, NodeFactory.createURI("https://w3id.org/ofsted-kg/id/authority/southend-on-sea")),
                "the document says which identifier the address stands for");
        // As a traversing client does: the reports pointing at the authority, then the judgements pointing at
        // each report, each from its own document, then each judgement's grade from the judgement's document.
        Map<String, String> grades = new HashMap<>();
        for (Triple report : authority.find(Node.ANY, Vocab.AUTHORITY, a).toList()) {
            Node r = report.getSubject();
            for (Triple j : dereference(r.getURI()).find(Node.ANY, NodeFactory.createURI(Vocab.NS + "report"), r).toList()) {
                Graph judgement = dereference(j.getSubject().getURI());
                if (!judgement.contains(j.getSubject(), Vocab.TYPE, NodeFactory.createURI(Vocab.NS + "Judgement"))) {
                    continue;
                }
                Node grade = judgement.find(j.getSubject(), NodeFactory.createURI(Vocab.NS + "grade"), Node.ANY).next()
                        .getObject();
                Node canonical = judgement.find(j.getSubject(), SAME_AS, Node.ANY).next().getObject();
                grades.put(canonical.getURI(), grade.getURI());
            }
        }
        assertEquals(judgementsInTheStore(), grades.keySet());
        assertEquals(25, grades.size(), "the letter's rating and the review's 24 judgements");
    }

    @Test
    void everyLinkOfADocumentToThisServerDereferences() throws Exception {
        String judgement = served.url("/id/report/joint-area-review/southend-on-sea/2008-05-06/judgement/"
                + "joint-area-review/safeguarding");
        Graph g = dereference(judgement);
        Set<String> links = new HashSet<>();
        g.find().forEachRemaining(t -> {
            for (Node n : new Node[] {t.getSubject(), t.getObject()}) {
                if (n.isURI() && n.getURI().startsWith(served.url("/"))) {
                    links.add(n.getURI());
                }
            }
        });
        // the judgement, its report, authority, dataset, two pieces of evidence, and its grade, area, assessment
        assertTrue(links.size() >= 9, links.toString());
        assertTrue(links.contains(served.url("/def/grade/judgement-2")), "a grade is a concept served here: " + links);
        for (String link : links) {
            Graph linked = dereference(link);
            Node canonical = g.find(NodeFactory.createURI(link), SAME_AS, Node.ANY).next().getObject();
            assertTrue(canonical.getURI().startsWith("https://w3id.org/ofsted-kg/"), link);
            assertTrue(linked.contains(NodeFactory.createURI(link), SAME_AS, canonical), "its own document agrees: " + link);
        }
        // Classes and properties keep their IRIs: a query is written in the one vocabulary.
        assertTrue(g.contains(NodeFactory.createURI(judgement), Vocab.TYPE, NodeFactory.createURI(Vocab.NS + "Judgement")));
    }

    @Test
    void aServerReachedAtItsBaseLeavesItsIdentifiersAsTheyAre() {
        ServedLinks links = new ServedLinks(new org.ofstedkg.map.UriScheme("http://example.org/kg/"));
        assertEquals("http://example.org/kg/id/authority/sefton", links.served("http://example.org/kg/id/authority/sefton",
                "http://example.org/kg/"));
        assertEquals("http://localhost:1/id/authority/sefton", links.served("http://example.org/kg/id/authority/sefton",
                "http://localhost:1/"));
        assertEquals(Vocab.NS + "Judgement", links.served(Vocab.NS + "Judgement", "http://localhost:1/"), "a class");
        assertEquals("http://www.w3.org/ns/org#FormalOrganization",
                links.served("http://www.w3.org/ns/org#FormalOrganization", "http://localhost:1/"));
    }

    /**
     * The real client: Comunica's link traversal with its default settings, run by bin/follow-links (which
     * installs it with npm into target/follow-links). Runs where Node.js and npm are installed.
     */
    @Test
    void comunicaWithItsDefaultSettingsReachesEveryJudgementsGrade() throws Exception {
        Assumptions.assumeTrue(onPath("node") && onPath("npm"), "Node.js and npm are needed to run Comunica");
        Path script = Path.of("bin/follow-links").toAbsolutePath();
        Process p = new ProcessBuilder(script.toString(), served.url("/"), "southend-on-sea").redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), out);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("southend-on-sea: Comunica reached 25 of 25 judgements' grades"), out);
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
