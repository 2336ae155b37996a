package org.ofstedkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ofstedkg.cli.CommandLineTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ofstedkg.Samples;
import org.ofstedkg.map.UriScheme;
import org.ofstedkg.map.Vocab;
import org.ofstedkg.store.KnowledgeStore;
import org.ofstedkg.store.ModelVersion;

/** A store built by an older model version: every command says so, nothing is added, rebuild upgrades it. */
class RebuildCommandTest {

    @TempDir
    Path dir;

    /** The samples' store as version 1 wrote it: no recorded version, no dcterms:issued. */
    private Path olderStore() {
        Path store = dir.resolve("store");
        assertEquals(0, run("ingest", "--store", store.toString(), Samples.reports().toString()).status());
        try (KnowledgeStore s = KnowledgeStore.open(store)) {
            Txn.executeWrite(s.dataset(), () -> {
                s.dataset().removeGraph(ModelVersion.graphName(UriScheme.defaults()));
                s.dataset().deleteAny(Node.ANY, Node.ANY, Vocab.DC_ISSUED, Node.ANY);
            });
            assertEquals(1, s.modelVersion());
        }
        return store;
    }

    @Test
    void anOlderStoreIsReadWithANoticeAndNothingIsAddedToIt() {
        Path store = olderStore();
        var query = run("query", "--store", store.toString(), "--sparql", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
        assertEquals(0, query.status());
        assertTrue(query.err().contains("was built by an older version of ofsted-kg (model version 1"), query.err());
        assertTrue(query.err().contains("bin/ofsted-kg rebuild --store " + store), query.err());
        var ingest = run("ingest", "--store", store.toString(), Samples.reports().resolve(Samples.BLACKPOOL_LETTER)
                .toString());
        assertEquals(2, ingest.status(), ingest.out() + ingest.err());
        assertTrue(ingest.err().contains("rebuild --store"), ingest.err());
    }

    @Test
    void rebuildReadsEveryReportAgainFromItsOriginalAndSaysWhatChanged() throws IOException {
        Path store = olderStore();
        var rebuild = run("rebuild", "--store", store.toString(), "--from", Samples.reports().toString());
        assertEquals(0, rebuild.status(), rebuild.err());
        List<String> changed = rebuild.lines().stream().filter(l -> l.startsWith("changed")).toList();
        assertEquals(5, changed.size(), rebuild.out());
        assertTrue(changed.stream().allMatch(l -> l.contains(": +1 dcterms:issued (from ")), rebuild.out());
        assertTrue(rebuild.out().contains("5 reports: 0 unchanged, 5 changed, 0 renamed, 0 refused"), rebuild.out());
        try (KnowledgeStore s = KnowledgeStore.openExisting(store)) {
            assertEquals(ModelVersion.CURRENT, s.modelVersion());
            assertEquals(5, s.reportGraphs().size());
        }
        try (Stream<Path> siblings = Files.list(dir)) {
            assertEquals(1, siblings.filter(p -> p.getFileName().toString().startsWith("store.before-rebuild-")).count(),
                    "the old store is kept beside the new one");
        }
        var again = run("query", "--store", store.toString(), "--sparql", "ASK { ?s ?p ?o }");
        assertFalse(again.err().contains("older version"), again.err());
        assertEquals(0, run("ingest", "--store", store.toString(), Samples.reports().toString()).status());
    }

    @Test
    void withoutItsOriginalAReportIsReadFromTheTextTheStoreKeeps() throws IOException {
        Path store = olderStore();
        Path nowhere = Files.createDirectories(dir.resolve("empty"));
        var rebuild = run("rebuild", "--store", store.toString(), "--from", nowhere.toString());
        assertEquals(0, rebuild.status(), rebuild.err());
        List<String> changed = rebuild.lines().stream().filter(l -> l.startsWith("changed")).toList();
        assertEquals(5, changed.size(), rebuild.out());
        // The same facts, plus the warning that says where they were read from.
        assertTrue(changed.stream().allMatch(l -> l.endsWith(": +1 dcterms:issued, +1 okg:warning (from the text the "
                + "store keeps)")), rebuild.out());
    }
}
