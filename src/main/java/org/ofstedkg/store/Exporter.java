package org.ofstedkg.store;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
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
 */
public final class Exporter {

    private final KnowledgeStore store;
    private final PrefixMapping prefixes;

    public Exporter(KnowledgeStore store, PrefixMapping prefixes) {
        this.store = store;
        this.prefixes = prefixes;
    }

    /**
     * @param graph one named graph to write, or empty for all of them
     * @return the number of statements written
     */
    public long export(ExportFormat format, Optional<String> graph, OutputStream out) {
        List<Quad> quads = sortedQuads(graph);
        if (format.streaming()) {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, format.rdfFormat());
            stream.start();
            new TreeMap<>(prefixes.getNsPrefixMap()).forEach(stream::prefix);
            long written;
            if (format.keepsGraphs()) {
                quads.forEach(stream::quad);
                written = quads.size();
            } else {
                List<Triple> triples = distinctTriples(quads);
                triples.forEach(stream::triple);
                written = triples.size();
            }
            stream.finish();
            return written;
        }
        try {
            if (format.keepsGraphs()) {
                DatasetGraph dsg = DatasetGraphFactory.createGeneral();
                quads.forEach(dsg::add);
                dsg.prefixes().putAll(prefixes);
                RDFWriter.source(dsg).format(format.rdfFormat()).output(out);
                return quads.size();
            }
            var g = GraphFactory.createDefaultGraph();
            List<Triple> triples = distinctTriples(quads);
            triples.forEach(g::add);
            g.getPrefixMapping().setNsPrefixes(prefixes);
            RDFWriter.source(g).format(format.rdfFormat()).output(out);
            return triples.size();
        } catch (CannotEncodeCharacterException e) {
            throw unwritable(format, e.getBadChar(), quads);
        }
    }

    /**
     * A literal holds a character the format cannot write: XML 1.0 has no form feed, and PDF page breaks
     * are form feeds. Jena's own message prints the raw character; this one names it and where it is.
     */
    private static StoreException unwritable(ExportFormat format, char c, List<Quad> quads) {
        String where = quads.stream()
                .filter(q -> q.getObject().isLiteral() && q.getObject().getLiteralLexicalForm().indexOf(c) >= 0)
                .findFirst()
                .map(q -> " (the first in graph " + NodeFmtLib.strNT(q.getGraph()) + ", " + NodeFmtLib.strNT(q.getSubject())
                        + " " + NodeFmtLib.strNT(q.getPredicate()) + ")")
                .orElse("");
        String others = Arrays.stream(ExportFormat.values()).filter(f -> f != format)
                .map(ExportFormat::label).collect(Collectors.joining(", "));
        return new StoreException(String.format(Locale.ROOT,
                "%s cannot hold the character U+%04X, which a literal of the store holds%s; export as one of: %s",
                format.label(), (int) c, where, others));
    }

    private record Keyed(String key, Quad quad) {
    }

    private List<Quad> sortedQuads(Optional<String> graph) {
        return Txn.calculateRead(store.dataset(), () -> {
            Node g = graph.map(NodeFactory::createURI).orElse(Node.ANY);
            if (graph.isPresent() && !store.dataset().containsGraph(g)) {
                throw new StoreException("the store has no graph <" + graph.get() + ">");
            }
            List<Keyed> keyed = new ArrayList<>();
            store.dataset().findNG(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> keyed.add(new Keyed(
                    NodeFmtLib.strNT(q.getGraph()) + ' ' + NodeFmtLib.strNT(q.getSubject()) + ' '
                            + NodeFmtLib.strNT(q.getPredicate()) + ' ' + NodeFmtLib.strNT(q.getObject()), q)));
            keyed.sort(Comparator.comparing(Keyed::key));
            return keyed.stream().map(Keyed::quad).toList();
        });
    }

    /** The triples of the quads, each once, in sorted order. */
    private static List<Triple> distinctTriples(List<Quad> quads) {
        Map<String, Triple> byKey = new TreeMap<>();
        for (Quad q : quads) {
            Triple t = q.asTriple();
            byKey.putIfAbsent(NodeFmtLib.strNT(t.getSubject()) + ' ' + NodeFmtLib.strNT(t.getPredicate()) + ' '
                    + NodeFmtLib.strNT(t.getObject()), t);
        }
        return new ArrayList<>(byKey.values());
    }
}
