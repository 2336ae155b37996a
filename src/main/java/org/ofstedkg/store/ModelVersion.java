package org.ofstedkg.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.ofstedkg.map.UriScheme;
import org.ofstedkg.map.Vocab;

/**
 * Which version of what is extracted, and how it is modelled, built a store. A store records the version
 * that built it in a graph of its own ({@code {base}graph/store}); a store that records none was built
 * before versions were recorded (version 1). A store of an older version is read as it is, with a notice
 * of how to upgrade; nothing is added to it, so that it never mixes graphs of two versions.
 */
public final class ModelVersion {

    /** What each version changed, the current one last. */
    public static final List<String> CHANGES = List.of(
            "1: annual rating letters and joint area reviews of 2008-2009",
            "2: inspection reports of 2012-2025 (ILACS, SIF, LSCB reviews, looked after children inspections), the "
                    + "register over time (authorities' life spans and changes, URN, region, statistical neighbours), "
                    + "publication dates as dcterms:issued",
            "3: linked data by the W3C's checks: grade numbers as okg:gradeValue (OWL 2 DL reserves rdf:value), units "
                    + "and media types as IRIs, an authority's area by okg:statisticalGeography (not owl:sameAs), "
                    + "literals valid for their datatypes, statistics carrying their authority",
            "4: a figure's measure a concept of okg:measures (unidentified where not told), its reference area and "
                    + "comparison; the statistics cube keyed by report, measure and area",
            "5: the statistics cube keyed by unit too; a page break in stored text is U+2028, read back as one by rebuild",
            "6: judgements, conflicts and service judgements labelled in words (the ontology's labels of area, grade and "
                    + "framework: \"Safeguarding: adequate (grade 2 of 4), joint area review\"), not slugs");

    /** The version this program extracts and models. */
    public static final int CURRENT = CHANGES.size();

    public static final Node MODEL_VERSION = Vocab.okg("modelVersion");

    private ModelVersion() {
    }

    /** The graph that records the version: the store's graph, with the version as an integer. */
    public static Graph graph(UriScheme uris) {
        Graph g = GraphFactory.createDefaultGraph();
        Node store = storeNode(uris);
        g.add(Triple.create(store, Vocab.TYPE, Vocab.okg("Store")));
        g.add(Triple.create(store, MODEL_VERSION, NodeFactory.createLiteralDT(Integer.toString(CURRENT),
                XSDDatatype.XSDinteger)));
        return g;
    }

    public static Node graphName(UriScheme uris) {
        return NodeFactory.createURI(uris.base() + "graph/store");
    }

    static Node storeNode(UriScheme uris) {
        return NodeFactory.createURI(uris.base() + "id/store");
    }

    /**
     * What a reader of a store of this version should be told, if it is older than this program's: which
     * version built it and how to upgrade.
     */
    public static Optional<String> notice(Path directory, int version) {
        if (version >= CURRENT) {
            return Optional.empty();
        }
        return Optional.of("the store " + directory + " was built by an older version of ofsted-kg (model version "
                + version + "; this one writes version " + CURRENT + ": " + CHANGES.get(CURRENT - 1).substring(3)
                + "). It is read as it is and nothing can be added to it; to upgrade it, run: bin/ofsted-kg rebuild --store "
                + directory);
    }
}
