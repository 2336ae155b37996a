package org.ofstedkg.store;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.tokens.Tokenizer;
import org.apache.jena.riot.tokens.TokenizerText;
import org.apache.jena.shared.CannotEncodeCharacterException;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * Writes the store, or one of its graphs, in a standard RDF format. The output depends only on the
 * store's content: statements are sorted (graph, subject, predicate, object, in N-Triples form) and
 * the prefixes are fixed, so the same store always gives the same bytes.
 *
 * <p>Sorting holds a part of the statements in the heap at a time ({@link SortedKeys}), so the streaming
 * formats write a store of any size; JSON-LD and RDF/XML are laid out by Jena's writers from a graph in the
 * heap.
 */
public final class Exporter {

    private final KnowledgeStore store;
    private final PrefixMapping prefixes;
    private final Path scratch;
    private final long sortBudget;

    /** Sorts in batches of a sixteenth of the heap, spilling the rest to the system's temporary folder. */
    public Exporter(KnowledgeStore store, PrefixMapping prefixes) {
        this(store, prefixes, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** @param scratch where the statements that do not fit in the heap wait to be merged */
    public Exporter(KnowledgeStore store, PrefixMapping prefixes, Path scratch) {
        this(store, prefixes, scratch, SortedKeys.defaultBudget());
    }

    Exporter(KnowledgeStore store, PrefixMapping prefixes, Path scratch, long sortBudget) {
        this.store = store;
        this.prefixes = prefixes;
        this.scratch = scratch;
        this.sortBudget = sortBudget;
    }

    /**
     * @param graph one named graph to write, or empty for all of them
     * @return the number of statements written
     */
    public long export(ExportFormat format, Optional<String> graph, OutputStream out) {
        try (SortedKeys keys = sortedKeys(graph, format.keepsGraphs())) {
            // The streaming formats are written as the statements come; the others are gathered for Jena's writer.
            DatasetGraph dataset = DatasetGraphFactory.createGeneral();
            Graph union = GraphFactory.createDefaultGraph();
            StreamRDF sink = format.streaming() ? StreamRDFWriter.getWriterStream(out, format.rdfFormat())
                    : format.keepsGraphs() ? StreamRDFLib.dataset(dataset) : StreamRDFLib.graph(union);
            sink.start();
            if (format.streaming()) {
                new TreeMap<>(prefixes.getNsPrefixMap()).forEach(sink::prefix);
            }
            long written = 0;
            for (Iterator<String> sorted = keys.sorted(); sorted.hasNext(); written++) {
                Node[] terms = terms(sorted.next());
                if (format.keepsGraphs()) {
                    sink.quad(Quad.create(terms[0], terms[1], terms[2], terms[3]));
                } else {
                    sink.triple(Triple.create(terms[0], terms[1], terms[2]));
                }
            }
            sink.finish();
            if (format.streaming()) {
                return written;
            }
            try {
                if (format.keepsGraphs()) {
                    dataset.prefixes().putAll(prefixes);
                    RDFWriter.source(dataset).format(format.rdfFormat()).output(out);
                } else {
                    union.getPrefixMapping().setNsPrefixes(prefixes);
                    RDFWriter.source(union).format(format.rdfFormat()).output(out);
                }
                return written;
            } catch (CannotEncodeCharacterException e) {
                throw unwritable(format, e.getBadChar(), graph);
            }
        }
    }

    /**
     * A literal holds a character the format cannot write: XML 1.0 has no form feed, and PDF page breaks
     * are form feeds. Jena's own message prints the raw character; this one names it and where it is.
     */
    private StoreException unwritable(ExportFormat format, char c, Optional<String> graph) {
        String where = "";
        try (SortedKeys keys = sortedKeys(graph, true)) {
            for (Iterator<String> sorted = keys.sorted(); sorted.hasNext();) {
                Node[] q = terms(sorted.next());
                if (q[3].isLiteral() && q[3].getLiteralLexicalForm().indexOf(c) >= 0) {
                    where = " (the first in graph " + NodeFmtLib.strNT(q[0]) + ", " + NodeFmtLib.strNT(q[1]) + " "
                            + NodeFmtLib.strNT(q[2]) + ")";
                    break;
                }
            }
        }
        String others = Arrays.stream(ExportFormat.values()).filter(f -> f != format)
                .map(ExportFormat::label).collect(Collectors.joining(", "));
        return new StoreException(String.format(Locale.ROOT,
                "%s cannot hold the character U+%04X, which a literal of the store holds%s; export as one of: %s",
                format.label(), (int) c, where, others));
    }

    /**
     * The statements as their N-Triples terms, sorted: graph, subject, predicate and object for
     * {@code withGraphs}, else subject, predicate and object, each triple once.
     */
    private SortedKeys sortedKeys(Optional<String> graph, boolean withGraphs) {
        SortedKeys keys = new SortedKeys(scratch, sortBudget, !withGraphs);
        boolean done = false;
        try {
            Txn.executeRead(store.dataset(), () -> {
                Node g = graph.map(NodeFactory::createURI).orElse(Node.ANY);
                if (graph.isPresent() && !store.dataset().containsGraph(g)) {
                    throw new StoreException("the store has no graph <" + graph.get() + ">");
                }
                StringBuilder key = new StringBuilder();
                store.dataset().findNG(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                    key.setLength(0);
                    if (withGraphs) {
                        key.append(NodeFmtLib.strNT(q.getGraph())).append(' ');
                    }
                    key.append(NodeFmtLib.strNT(q.getSubject())).append(' ').append(NodeFmtLib.strNT(q.getPredicate()))
                            .append(' ').append(NodeFmtLib.strNT(q.getObject()));
                    keys.add(key.toString());
                });
            });
            done = true;
            return keys;
        } finally {
            if (!done) {
                keys.close(); // an error, out of memory too: the scratch files go
            }
        }
    }

    /**
     * Warnings and errors of a key's terms (a character Unicode reserves, in a literal the store holds) pass:
     * the key only carries what the store held back to the writer.
     */
    private static final ErrorHandler KEEP_GOING = new ErrorHandler() {
        @Override
        public void warning(String message, long line, long col) {
        }

        @Override
        public void error(String message, long line, long col) {
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new StoreException("cannot read back a sorted statement: " + message);
        }
    };

    /**
     * The terms of a key, parsed back: N-Triples terms stand for themselves, but for blank nodes, whose
     * labels N-Triples writes encoded.
     */
    private static Node[] terms(String key) {
        Tokenizer tokens = TokenizerText.create().fromString(key).errorHandler(KEEP_GOING).build();
        List<Node> nodes = new ArrayList<>(4);
        while (tokens.hasNext()) {
            Node n = tokens.next().asNode();
            nodes.add(n.isBlank() ? NodeFactory.createBlankNode(NodeFmtLib.decodeBNodeLabel(n.getBlankNodeLabel())) : n);
        }
        return nodes.toArray(Node[]::new);
    }
}
