package org.ofstedkg.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ofstedkg.Samples;
import org.ofstedkg.TestStores;
import org.ofstedkg.map.UriScheme;
import org.ofstedkg.map.Vocab;
import org.ofstedkg.pipeline.Outcome;
import org.ofstedkg.pipeline.Pipeline;

/** Backup and restore, compaction, and what a store's version says. */
class StoreOperationsTest {

    private static byte[] export(KnowledgeStore store) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Exporter(store, Vocab.prefixes(UriScheme.defaults())).export(ExportFormat.NQUADS, Optional.empty(), out);
        return out.toByteArray();
    }

    @Test
    void aBackupRestoresToTheSameStatements(@TempDir Path dir) throws Exception {
        Path backup = dir.resolve("backups/ofsted-kg.nq.gz");
        byte[] original;
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"))) {
            TestStores.ingestSamples(store, new Pipeline(UriScheme.defaults()));
            original = export(store);
            long quads = store.backup(backup);
            assertTrue(quads > 5000, "quads " + quads);
        }
        long restored = KnowledgeStore.restore(backup, dir.resolve("restored"));
        try (KnowledgeStore store = KnowledgeStore.openExisting(dir.resolve("restored"))) {
            assertEquals(5, store.reportGraphs().size());
            assertArrayEquals(original, export(store), "the restored store exports other bytes");
            assertEquals(new String(original, StandardCharsets.UTF_8).lines().count(), restored);
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(Set.of("backups", "restored", "store"),
                    left.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet()),
                    "nothing but the store is left beside it");
        }
    }

    @Test
    void restoreRefusesAFolderInUseAndLeavesNothingOfABrokenBackup(@TempDir Path dir) throws Exception {
        Path backup = dir.resolve("b.nq.gz");
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"))) {
            TestStores.ingestSamples(store, new Pipeline(UriScheme.defaults()));
            store.backup(backup);
        }
        StoreException notEmpty = assertThrows(StoreException.class,
                () -> KnowledgeStore.restore(backup, dir.resolve("store")));
        assertTrue(notEmpty.getMessage().contains("not empty"), notEmpty.getMessage());

        byte[] whole = Files.readAllBytes(backup);
        Path cut = dir.resolve("cut.nq.gz");
        Files.write(cut, Arrays.copyOf(whole, whole.length / 2));
        StoreException broken = assertThrows(StoreException.class,
                () -> KnowledgeStore.restore(cut, dir.resolve("from-cut")));
        assertTrue(broken.getMessage().contains("cut.nq.gz"), broken.getMessage());
        assertFalse(Files.exists(dir.resolve("from-cut")), "a failed restore left a store");
        assertFalse(Files.exists(dir.resolve(".from-cut.building")), "a failed restore left its work folder");
    }

    @Test
    void compactionReclaimsWhatReplacedGraphsLeft(@TempDir Path dir) throws Exception {
        Pipeline pipeline = new Pipeline(UriScheme.defaults());
        Path store = dir.resolve("store");
        String review = Files.readString(Samples.report(Samples.SOUTHEND_REVIEW), StandardCharsets.UTF_8);
        Path changing = dir.resolve("reports/southend-review.txt");
        Files.createDirectories(changing.getParent());
        try (KnowledgeStore s = KnowledgeStore.open(store)) {
            TestStores.ingestSamples(s, pipeline);
            long initial = s.sizeOnDisk();
            // What a server keeps beside the database is not the database's size.
            Files.createDirectories(store.resolve("dumps"));
            Files.write(store.resolve("dumps").resolve("kept.gz"), new byte[4 << 20]);
            assertEquals(initial, s.sizeOnDisk(), "a dump beside the database was counted");
            byte[] before = export(s);
            // The same review, changed each time (another source, so the graph is replaced), 20 times.
            for (int i = 1; i <= 20; i++) {
                Files.writeString(changing, review + "\n" + "x".repeat(i) + "\n", StandardCharsets.UTF_8);
                Outcome o = pipeline.ingest(changing, s);
                assertEquals(Outcome.Status.REPLACED, o.status(), o.reason());
            }
            long grown = s.sizeOnDisk();
            assertTrue(grown > initial * 1.5, "the store should grow with replaced graphs: " + initial + " -> " + grown);
            // Back to the original file: the same triples as before the changes.
            assertEquals(Outcome.Status.REPLACED, pipeline.ingest(Samples.report(Samples.SOUTHEND_REVIEW), s).status());
            long version = s.version();

            KnowledgeStore.Compaction c = s.compact();
            System.out.printf("compaction: %d bytes at first, %d after 20 replacements, %s%n", initial, grown, c);
            assertEquals(grown, c.bytesBefore(), 0.05 * grown);
            assertTrue(c.bytesAfter() < initial * 1.5, "compaction should fall back near " + initial + ": " + c);
            assertArrayEquals(before, export(s), "compaction changed the content");
            assertEquals(version, s.version(), "compaction is not a change of content");
            try (Stream<Path> generations = Files.list(store)) {
                assertEquals(1, generations.filter(p -> p.getFileName().toString().startsWith("Data-")).count(),
                        "the old generation is still there");
            }
            assertTrue(Files.readString(store.resolve("Data-0002/stats.opt")).contains("(count "),
                    "the new generation has no statistics for the query planner");
        }
        try (KnowledgeStore s = KnowledgeStore.openExisting(store)) {
            assertEquals(5, s.reportGraphs().size(), "the compacted store reopens whole");
        }
    }

    @Test
    void theNodeCacheCapsAreNotWrittenIntoTheStore(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        try (KnowledgeStore s = KnowledgeStore.open(store)) {
            TestStores.ingestSamples(s, new Pipeline(UriScheme.defaults()));
        }
        try (KnowledgeStore s = KnowledgeStore.openExisting(store)) {
            assertFalse(s.reportGraphs().isEmpty());
        }
        try (Stream<Path> files = Files.walk(store)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().equals("tdb.cfg")),
                    "a tdb.cfg would bind every later process, Jena's tools too, to serve's cache sizes");
        }
    }

    @Test
    void statisticsForThePlannerCountTheStoresStatements(@TempDir Path dir) throws Exception {
        try (KnowledgeStore s = KnowledgeStore.open(dir.resolve("store"))) {
            TestStores.ingestSamples(s, new Pipeline(UriScheme.defaults()));
            s.updateStatistics();
            String stats = Files.readString(dir.resolve("store/Data-0001/stats.opt"));
            long quads = new String(export(s), StandardCharsets.UTF_8).lines().count();
            assertTrue(stats.contains("(count " + quads + ")"), "stats count other than " + quads + ": " + stats);
            assertTrue(stats.contains("<https://w3id.org/ofsted-kg/def/grade>"), stats);
        }
    }

    @Test
    void theVersionGrowsWithEveryCommittedChangeOnly() throws Exception {
        try (KnowledgeStore s = KnowledgeStore.inMemory()) {
            Pipeline pipeline = new Pipeline(UriScheme.defaults());
            pipeline.prepare(s);
            long prepared = s.version();
            pipeline.prepare(s);
            assertEquals(prepared, s.version(), "an unchanged ontology and register are no change");
            java.time.Instant before = s.lastChanged();
            assertEquals(Outcome.Status.STORED, pipeline.ingest(Samples.report(Samples.SEFTON_LETTER), s).status());
            assertEquals(prepared + 1, s.version());
            assertTrue(s.lastChanged().isAfter(before), "two changes within a second must differ in Last-Modified");
            assertEquals(Outcome.Status.UNCHANGED, pipeline.ingest(Samples.report(Samples.SEFTON_LETTER), s).status());
            assertEquals(prepared + 1, s.version());
        }
    }

    @Test
    void theStateNamesTheContentInEveryProcessUntilItChanges(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("store");
        Pipeline pipeline = new Pipeline(UriScheme.defaults());
        String stored;
        try (KnowledgeStore s = KnowledgeStore.open(folder)) {
            pipeline.prepare(s);
            String prepared = s.state();
            assertEquals(Outcome.Status.STORED, pipeline.ingest(Samples.report(Samples.SEFTON_LETTER), s).status());
            stored = s.state();
            assertFalse(stored.equals(prepared), "a change kept the state's name");
            assertEquals(Outcome.Status.UNCHANGED, pipeline.ingest(Samples.report(Samples.SEFTON_LETTER), s).status());
            assertEquals(stored, s.state(), "no change, yet a new state");
        }
        try (KnowledgeStore s = KnowledgeStore.open(folder)) {
            assertEquals(stored, s.state(), "another process names the same content otherwise");
        }
        try (KnowledgeStore s = KnowledgeStore.open(folder)) {
            // The file is gone while a change is written, so that a crash then leaves none.
            Path file = folder.resolve(KnowledgeStore.STATE_FILE);
            boolean[] there = {true};
            Graph watched = new WrappedGraph(GraphFactory.createDefaultGraph()) {
                @Override
                public int size() {
                    there[0] = Files.exists(file);
                    return super.size();
                }
            };
            watched.add(NodeFactory.createURI("https://example.org/s"), NodeFactory.createURI("https://example.org/p"),
                    NodeFactory.createLiteralString("o"));
            s.ensureGraph(NodeFactory.createURI("https://example.org/g"), watched);
            assertFalse(there[0], "the state file was there while the change was written");
            assertFalse(stored.equals(s.state()), "a change kept the state's name");
            assertEquals(s.state(), Files.readString(file).strip());
            // A write that fails midway may have changed what is on disk: the content is named afresh too.
            String before = s.state();
            Graph failing = new WrappedGraph(GraphFactory.createDefaultGraph()) {
                @Override
                public int size() {
                    return 1;
                }

                @Override
                public ExtendedIterator<Triple> find(Triple t) {
                    throw new IllegalStateException("the disk is on fire");
                }

                @Override
                public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
                    throw new IllegalStateException("the disk is on fire");
                }

                @Override
                public ExtendedIterator<Triple> find() {
                    throw new IllegalStateException("the disk is on fire");
                }
            };
            assertThrows(IllegalStateException.class,
                    () -> s.ensureGraph(NodeFactory.createURI("https://example.org/h"), failing));
            assertFalse(before.equals(s.state()), "a failed write kept the state's name");
            assertEquals(s.state(), Files.readString(file).strip());
            stored = s.state();
        }
        // What a change cut short leaves: no state file. The content is then named afresh.
        Files.delete(folder.resolve(KnowledgeStore.STATE_FILE));
        try (KnowledgeStore s = KnowledgeStore.open(folder)) {
            assertFalse(stored.equals(s.state()), "a store whose last change was cut short kept its state");
            assertEquals(s.state(), Files.readString(folder.resolve(KnowledgeStore.STATE_FILE)).strip());
        }
    }
}
