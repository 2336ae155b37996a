package org.ofstedkg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.dboe.base.file.Location;
import org.ofstedkg.map.Vocab;

/**
 * The storage stage: a TDB2 dataset with one named graph per report, plus the ontology and register
 * graphs. Every change is one write transaction, so a graph is stored whole or not at all. Queries
 * see the union of all named graphs as their default graph.
 */
public final class KnowledgeStore implements AutoCloseable {

    private final DatasetGraph dataset;
    private final Path directory;

    private KnowledgeStore(DatasetGraph dataset, Path directory) {
        this.dataset = dataset;
        this.directory = directory;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens (creating if needed) the TDB2 store in a directory. */
    public static KnowledgeStore open(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the store directory " + directory + ": " + e.getMessage());
        }
        if (!Files.isWritable(directory)) {
            throw new StoreException("the store directory " + directory + " is not writable");
        }
        return new KnowledgeStore(TDB2Factory.connectDataset(Location.create(directory)).asDatasetGraph(), directory);
    }

    /** A store in memory, for tests and one-off runs. */
    public static KnowledgeStore inMemory() {
        return new KnowledgeStore(TDB2Factory.createDataset().asDatasetGraph(), null);
    }

    public DatasetGraph dataset() {
        return dataset;
    }

    public Optional<Path> directory() {
        return Optional.ofNullable(directory);
    }

    /** Replaces a named graph's content in one write transaction. */
    public void replaceGraph(Node graphName, Graph content) {
        Txn.executeWrite(dataset, () -> {
            dataset.removeGraph(graphName);
            dataset.addGraph(graphName, content);
        });
    }

    /**
     * Stores a graph only if the store does not already hold the same triples under that name, so that
     * reloading the fixed ontology and register on every run does not rewrite them.
     */
    public boolean ensureGraph(Node graphName, Graph content) {
        boolean same = Txn.calculateRead(dataset, () -> {
            Graph existing = dataset.getGraph(graphName);
            return existing.size() == content.size() && existing.isIsomorphicWith(content);
        });
        if (!same) {
            replaceGraph(graphName, content);
        }
        return !same;
    }

    /** The names of the stored report graphs (graphs that hold an okg:Report). */
    public List<String> reportGraphs() {
        return Txn.calculateRead(dataset, () -> {
            List<String> names = new ArrayList<>();
            dataset.findNG(Node.ANY, Node.ANY, Vocab.TYPE, Vocab.REPORT)
                    .forEachRemaining(q -> names.add(q.getGraph().getURI()));
            names.sort(String::compareTo);
            return names;
        });
    }

    /** The SHA-256 of the source a stored report graph was read from, if that graph exists. */
    public Optional<String> sourceDigest(Node graphName) {
        return Txn.calculateRead(dataset, () -> {
            var it = dataset.find(graphName, Node.ANY, Vocab.SHA256, Node.ANY);
            return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
        });
    }

    public boolean hasGraph(String iri) {
        return Txn.calculateRead(dataset, () -> dataset.containsGraph(NodeFactory.createURI(iri)));
    }

    @Override
    public void close() {
        dataset.close();
    }
}
