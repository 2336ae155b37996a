package org.ofstedkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulkLoadTest {

    private static final Node GRAPH = NodeFactory.createURI("https://example.org/graph/one");

    private static Graph oneTriple() {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(NodeFactory.createURI("https://example.org/s"), NodeFactory.createURI("https://example.org/p"),
                NodeFactory.createLiteralString("o"));
        return g;
    }

    private static void load(Path directory) {
        BulkLoad load = BulkLoad.into(directory, BulkLoad.Feed.GRAPHS);
        try {
            load.add(GRAPH, oneTriple());
            load.finish();
        } catch (RuntimeException e) {
            load.abandon();
            throw e;
        }
    }

    private static boolean holdsTheGraph(Path directory) {
        try (KnowledgeStore store = KnowledgeStore.open(directory)) {
            return Txn.calculateRead(store.dataset(), () -> store.dataset().getGraph(GRAPH).size() == 1);
        }
    }

    @Test
    void aStoreBuiltIntoAnExistingEmptyFolderKeepsThatFolder(@TempDir Path dir) throws Exception {
        // A mount point cannot be deleted or replaced: the folder itself must stay, the store go inside it.
        Path mounted = Files.createDirectory(dir.resolve("mounted"));
        Object before = Files.readAttributes(mounted, BasicFileAttributes.class).fileKey();
        load(mounted);
        assertEquals(before, Files.readAttributes(mounted, BasicFileAttributes.class).fileKey(),
                "the folder was replaced");
        assertFalse(Files.exists(mounted.resolve(BulkLoad.BUILDING_INSIDE)), "the building folder was left");
        assertFalse(Files.exists(dir.resolve(".mounted.building")));
        assertTrue(holdsTheGraph(mounted));
    }

    @Test
    void whatACrashedLoadLeftInsideAFolderDoesNotStopTheNextLoad(@TempDir Path dir) throws Exception {
        Path store = Files.createDirectories(dir.resolve("store").resolve(BulkLoad.BUILDING_INSIDE)).getParent();
        Files.writeString(store.resolve(BulkLoad.BUILDING_INSIDE).resolve("half-written"), "x");
        assertTrue(BulkLoad.canBuild(store));
        load(store);
        assertFalse(Files.exists(store.resolve(BulkLoad.BUILDING_INSIDE)));
        assertTrue(holdsTheGraph(store));
        assertFalse(BulkLoad.canBuild(store), "a built store is not empty");
    }

    @Test
    void aStoreBuiltWhereNoFolderWasIsMovedIntoPlaceWhole(@TempDir Path dir) {
        Path store = dir.resolve("new");
        load(store);
        assertFalse(Files.exists(dir.resolve(".new.building")));
        assertTrue(holdsTheGraph(store));
    }
}
