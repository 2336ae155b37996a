package org.ofstedkg.serve;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.ofstedkg.map.RdfMapping;
import org.ofstedkg.map.UriScheme;
import org.ofstedkg.map.Vocab;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The links of a served document, under the address the client reached this server at, so that a client
 * following them (Comunica's link traversal, with its default settings) gets documents from this server
 * rather than from {@code https://w3id.org/ofsted-kg/...}, which no redirect of w3id.org serves yet.
 * <p>
 * The identifiers do not change: the store, the endpoint, the dumps and the exports give the canonical
 * ones only. A document names each thing this server describes by the address it is served at, and says
 * {@code owl:sameAs} its identifier: {@code {base}id/x} is {@code {server}/id/x} (303 to its document),
 * and a concept of the ontology (a grade, an area, an assessment: its individuals, which a query binds to
 * variables) {@code https://w3id.org/ofsted-kg/def/x} is {@code {server}/def/x}. Classes and properties
 * keep their IRIs, so a query is written in the one vocabulary whatever server answers it. A server
 * reached at its base's own address leaves its identifiers as they are.
 */
final class ServedLinks {

    private static final Node SAME_AS = NodeFactory.createURI(Vocab.OWL + "sameAs");

    /** The ontology's individuals: its concepts, concept schemes and collections. */
    private static final Set<String> CONCEPTS = concepts();

    private final String identifiers;

    ServedLinks(UriScheme uris) {
        this.identifiers = uris.base() + "id/";
    }

    private static Set<String> concepts() {
        Graph ontology = RdfMapping.ontology();
        Set<String> concepts = new HashSet<>();
        for (String type : new String[] {"Concept", "ConceptScheme", "Collection"}) {
            ontology.find(Node.ANY, Vocab.TYPE, NodeFactory.createURI(Vocab.SKOS + type))
                    .forEachRemaining(t -> concepts.add(t.getSubject().getURI()));
        }
        return Set.copyOf(concepts);
    }

    /** The address the request reached this server at, ending in '/': {@code http://localhost:3030/}. */
    static String address(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath() + "/";
    }

    /** The address this server serves an identifier at, or the identifier itself if it serves none for it. */
    String served(String iri, String address) {
        if (iri.startsWith(identifiers)) {
            return address + "id/" + iri.substring(identifiers.length());
        }
        if (CONCEPTS.contains(iri)) {
            return address + "def/" + iri.substring(Vocab.NS.length());
        }
        return iri;
    }

    /**
     * The document with each identifier it names in a subject's or object's place under the server's address,
     * and for each, that address {@code owl:sameAs} the identifier. Predicates and classes are kept.
     */
    Graph served(Graph document, String address) {
        Graph out = GraphFactory.createDefaultGraph();
        document.find().forEachRemaining(t -> {
            boolean typed = t.getPredicate().equals(Vocab.TYPE);
            out.add(Triple.create(served(t.getSubject(), address, out), t.getPredicate(),
                    typed ? t.getObject() : served(t.getObject(), address, out)));
        });
        return out;
    }

    private Node served(Node node, String address, Graph out) {
        if (!node.isURI()) {
            return node;
        }
        String at = served(node.getURI(), address);
        if (at.equals(node.getURI())) {
            return node;
        }
        Node local = NodeFactory.createURI(at);
        out.add(Triple.create(local, SAME_AS, node));
        return local;
    }
}
