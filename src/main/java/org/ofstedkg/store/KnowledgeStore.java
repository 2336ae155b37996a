package org.ofstedkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.ofstedkg.map.UriScheme;
import org.ofstedkg.map.Vocab;

/**
 * The storage stage: a TDB2 dataset with one named graph per report, plus the ontology and register
 * graphs. Every change is one write transaction, so a graph is stored whole or not at all. Queries
 * see the union of all named graphs as their default graph. TDB2 allows one process per store.
 */
public final class KnowledgeStore implements AutoCloseable {

    /** What storing a report's graph did. */
    public enum Change { STORED, REPLACED, UNCHANGED }

    private final DatasetGraph dataset;
    private final boolean onDisk;

    private KnowledgeStore(DatasetGraph dataset, boolean onDisk) {
        this.dataset = dataset;
        this.onDisk = onDisk;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens the TDB2 store in a directory, creating it if needed (for commands that write). */
    public static KnowledgeStore open(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StoreException("cannot create the store directory " + directory + ": " + e.getMessage());
        }
        if (!Files.isWritable(directory)) {
            throw new StoreException("the store directory " + directory + " is not writable");
        }
        return connect(directory);
    }

    /** Opens an existing store (for commands that only read); never creates one. */
    public static KnowledgeStore openExisting(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new StoreException("no store at " + directory + " (run 'ingest' first)");
        }
        try (Stream<Path> entries = Files.list(directory)) {
            if (entries.noneMatch(p -> p.getFileName().toString().startsWith("Data-") && Files.isDirectory(p))) {
                throw new StoreException(directory + " is not a store (no TDB2 database in it; run 'ingest' first)");
            }
        } catch (IOException e) {
            throw new StoreException("cannot read " + directory + ": " + e.getMessage());
        }
        return connect(directory);
    }

    private static KnowledgeStore connect(Path directory) {
        try {
            return new KnowledgeStore(DatabaseMgr.connectDatasetGraph(Location.create(directory)), true);
        } catch (RuntimeException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("lock")) {
                throw new StoreException("the store " + directory + " is in use by another process (a running "
                        + "'serve'?): TDB2 allows one process per store");
            }
            throw e;
        }
    }

    /** A store in memory, for tests and one-off runs. */
    public static KnowledgeStore inMemory() {
        return new KnowledgeStore(DatabaseMgr.createDatasetGraph(), false);
    }

    public DatasetGraph dataset() {
        return dataset;
    }

    /**
     * Stores a report's graph in one write transaction. The same triples already stored under that name
     * are left alone ({@link Change#UNCHANGED}); other content is replaced. Graphs of other names that
     * came from the same source file (a report whose identifier a newer extraction changed) go.
     */
    public Change putReport(Node graphName, Graph graph, String sourceSha256) {
        return Txn.calculateWrite(dataset, () -> {
            Graph existing = dataset.getGraph(graphName);
            boolean present = !existing.isEmpty();
            if (present && existing.size() == graph.size() && existing.isIsomorphicWith(graph)) {
                return Change.UNCHANGED;
            }
            List<Node> sameSource = new ArrayList<>();
            dataset.findNG(Node.ANY, Node.ANY, Vocab.SHA256, NodeFactory.createLiteralString(sourceSha256))
                    .forEachRemaining(q -> sameSource.add(q.getGraph()));
            sameSource.stream().filter(g -> !g.equals(graphName)).distinct().forEach(dataset::removeGraph);
            dataset.removeGraph(graphName);
            dataset.addGraph(graphName, graph);
            return present ? Change.REPLACED : Change.STORED;
        });
    }

    /** Stores a graph unless the store holds the same triples under that name; one write transaction. */
    public void ensureGraph(Node graphName, Graph content) {
        Txn.executeWrite(dataset, () -> {
            Graph existing = dataset.getGraph(graphName);
            if (existing.size() != content.size() || !existing.isIsomorphicWith(content)) {
                dataset.removeGraph(graphName);
                dataset.addGraph(graphName, content);
            }
        });
    }

    /**
     * Fails if the store was built with another base: mixing bases would hold every report twice under
     * two sets of identifiers.
     */
    public void checkBase(UriScheme uris) {
        String register = uris.registerGraph().getURI();
        String suffix = "graph/register";
        Txn.executeRead(dataset, () -> dataset.listGraphNodes().forEachRemaining(g -> {
            if (g.isURI() && g.getURI().endsWith(suffix) && !g.getURI().equals(register)) {
                String other = g.getURI().substring(0, g.getURI().length() - suffix.length());
                throw new StoreException("the store was built with --base " + other + "; use that base, or another "
                        + "store for " + uris.base());
            }
        }));
    }

    /** The names of the stored report graphs (graphs that hold an okg:Report), sorted. */
    public List<String> reportGraphs() {
        return Txn.calculateRead(dataset, () -> {
            List<String> names = new ArrayList<>();
            dataset.findNG(Node.ANY, Node.ANY, Vocab.TYPE, Vocab.REPORT)
                    .forEachRemaining(q -> names.add(q.getGraph().getURI()));
            names.sort(String::compareTo);
            return names;
        });
    }

    /** Releases the database (its files and lock) so that another process can open it. */
    @Override
    public void close() {
        if (onDisk) {
            TDBInternal.expel(dataset);
        }
    }
}
