package org.ofstedkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ofstedkg.SmallGraph;
import org.ofstedkg.TestStores;
import org.ofstedkg.map.UriScheme;
import org.ofstedkg.map.Vocab;
import org.ofstedkg.pipeline.Pipeline;

/** The full-text index: what it finds, where it points, and that it never disagrees with the store unnoticed. */
class SearchIndexTest {

    private static final String REVIEW = "https://w3id.org/ofsted-kg/id/report/joint-area-review/southend-on-sea/2008-05-06";
    private static final String CAMHS_WEAKNESS = "Insufficiently coherent and comprehensive CAMHS service.";

    private static List<SearchIndex.Hit> hits(KnowledgeStore store, String words) {
        return store.search().search(words, 0, 100).hits();
    }

    private static boolean findsWeakness(KnowledgeStore store) {
        return hits(store, "CAMHS").stream().anyMatch(h -> h.quote().contains(CAMHS_WEAKNESS));
    }

    @Test
    void aPhraseIsFoundWithItsReportAuthorityDateAndPlace() {
        try (KnowledgeStore store = TestStores.samples()) {
            SearchIndex.Hit hit = hits(store, "\"comprehensive CAMHS service\"").get(0);
            assertTrue(hit.quote().contains(CAMHS_WEAKNESS), hit.quote());
            assertEquals(REVIEW, hit.report());
            assertEquals("Southend-on-Sea", hit.authorityLabel());
            assertEquals("2008-05-06", hit.date());
            assertTrue(hit.evidence().startsWith(REVIEW + "/evidence/"), hit.evidence());
            // The anchor the report page gives the evidence: ev-START-END, as in the evidence's identifier.
            assertEquals("ev-" + hit.evidence().substring((REVIEW + "/evidence/").length()), hit.anchor());
            assertTrue(hit.anchor().matches("ev-\\d+-\\d+"), hit.anchor());
            assertTrue(hit.highlightedHtml().contains("<mark>comprehensive CAMHS service</mark>"),
                    hit.highlightedHtml());
            // Words are matched by their stems: "services" finds "service".
            assertTrue(hits(store, "\"comprehensive CAMHS services\"").stream().anyMatch(h -> h.evidence().equals(hit.evidence())));
            assertTrue(hits(store, "CAMHS").stream().allMatch(h -> h.highlightedHtml().contains("<mark>CAMHS</mark>")));
            assertEquals(List.of(), hits(store, "CAMHS AND Blackpoolwords"));
        }
    }

    @Test
    void badSearchesAreRefusedPlainly() {
        var e = assertThrows(SearchIndex.BadSearchException.class, () -> SearchIndex.parse("care AND"));
        assertTrue(e.getMessage().startsWith("The search \u201ccare AND\u201d cannot be read: it ends where more was expected."),
                e.getMessage());
        var bracket = assertThrows(SearchIndex.BadSearchException.class, () -> SearchIndex.parse("care)"));
        assertFalse(bracket.getMessage().contains("Was expecting") || bracket.getMessage().contains("<EOF>"),
                bracket.getMessage());
        assertThrows(SearchIndex.BadSearchException.class, () -> SearchIndex.parse("  "));
        assertThrows(SearchIndex.BadSearchException.class, () -> SearchIndex.parse("*care"));
        assertThrows(SearchIndex.BadSearchException.class, () -> SearchIndex.parse("x".repeat(501)));
    }

    @Test
    void aReportRemovedFromTheStoreLeavesTheResults() {
        try (KnowledgeStore store = TestStores.samples()) {
            assertTrue(findsWeakness(store));
            // Another graph from the same source file takes the review's place (as a newer reading under another
            // identifier does): the review's graph is removed.
            String sha = Txn.calculateRead(store.dataset(), () -> store.dataset()
                    .find(NodeFactory.createURI(REVIEW.replace("/id/", "/graph/")), Node.ANY, Vocab.SHA256, Node.ANY)
                    .next().getObject().getLiteralLexicalForm());
            Graph other = new SmallGraph();
            other.add(NodeFactory.createURI("urn:x:source"), Vocab.SHA256, NodeFactory.createLiteralString(sha));
            store.putReport(NodeFactory.createURI("urn:x:graph"), other, sha);
            assertFalse(findsWeakness(store));
            assertFalse(hits(store, "CAMHS").stream().anyMatch(h -> h.report().equals(REVIEW)));
        }
    }

    @Test
    void theIndexOnDiskFollowsTheStoreAndIsRebuiltWhenItMissedAChange(@TempDir Path dir) throws Exception {
        Pipeline pipeline = new Pipeline(UriScheme.defaults());
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            store.search(); // open while reports are stored: updated by each change
            TestStores.ingestSamples(store, pipeline);
            assertTrue(findsWeakness(store));
        }
        assertTrue(Files.isDirectory(dir.resolve(SearchIndex.FOLDER)));
        try (KnowledgeStore store = KnowledgeStore.openExisting(dir)) {
            assertFalse(store.search().rebuiltOnOpen(), "kept beside the store, of its state");
            assertTrue(findsWeakness(store));
        }
        // A change the index did not take (as after a crash between the store's commit and the index's): the
        // index names an older state, and is rebuilt.
        try (KnowledgeStore store = KnowledgeStore.openExisting(dir)) {
            Graph other = new SmallGraph();
            String sha = "0".repeat(64);
            Node graph = NodeFactory.createURI("urn:x:graph");
            other.add(NodeFactory.createURI(REVIEW + "x"), Vocab.TYPE, Vocab.REPORT);
            other.add(NodeFactory.createURI(REVIEW + "x/evidence/1-2"), Vocab.QUOTE,
                    NodeFactory.createLiteralString("Zebra <b>crossings</b> & schools."));
            store.putReport(graph, other, sha);
        }
        try (KnowledgeStore store = KnowledgeStore.openExisting(dir)) {
            assertTrue(store.search().rebuiltOnOpen());
            SearchIndex.Hit zebra = hits(store, "zebra").get(0);
            assertEquals(REVIEW + "x/evidence/1-2", zebra.evidence());
            // The quote's own markup is text, escaped; only the marks are HTML.
            assertTrue(zebra.highlightedHtml().startsWith("<mark>Zebra</mark> &lt;b&gt;crossings&lt;") 
                    && zebra.highlightedHtml().contains(" &amp; schools."), zebra.highlightedHtml());
            assertTrue(findsWeakness(store));
        }
        // A damaged index is built again.
        try (Stream<Path> files = Files.list(dir.resolve(SearchIndex.FOLDER))) {
            for (Path f : files.toList()) {
                Files.write(f, new byte[] {1, 2, 3});
            }
        }
        try (KnowledgeStore store = KnowledgeStore.openExisting(dir)) {
            assertTrue(store.search().rebuiltOnOpen());
            assertTrue(findsWeakness(store));
        }
    }

    @Test
    void sparqlSearchesWithTheCannedQuery() {
        try (KnowledgeStore store = TestStores.samples()) {
            String query = TestStores.cannedQuery("search.rq");
            var rows = TestStores.rows(store, query);
            assertFalse(rows.isEmpty());
            assertEquals(List.of("score", "authority", "la_code", "date", "report", "evidence", "quote"),
                    List.copyOf(rows.get(0).keySet()));
            var camhs = TestStores.rows(store, query.replaceFirst("search:match \\(\"[^\"]*\"", "search:match (\"CAMHS\""));
            assertTrue(camhs.stream().anyMatch(r -> r.get("quote").contains(CAMHS_WEAKNESS) && r.get("report").equals(REVIEW)
                    && r.get("authority").equals("Southend-on-Sea")), camhs.toString());
        }
    }
}
