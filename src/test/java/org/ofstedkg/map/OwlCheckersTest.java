package org.ofstedkg.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ofstedkg.TestStores;
import org.ofstedkg.store.KnowledgeStore;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.formats.RDFXMLDocumentFormat;
import org.semanticweb.owlapi.io.StreamDocumentSource;
import org.semanticweb.owlapi.model.AxiomType;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * The ontology and the data as two tools nobody here wrote see them: the OWL API's OWL 2 DL profile
 * checker, and the HermiT reasoner.
 */
class OwlCheckersTest {

    private static OWLOntology load(OWLOntologyManager manager, Graph g) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, g, Lang.RDFXML);
        // The format named: left to guess, the OWL API reads RDF as OBO and finds nothing wrong.
        OWLOntology o = manager.loadOntologyFromOntologyDocument(new StreamDocumentSource(
                new ByteArrayInputStream(out.toByteArray()), IRI.create("urn:test"), new RDFXMLDocumentFormat(),
                "application/rdf+xml"));
        assertTrue(o.getFormat() instanceof RDFXMLDocumentFormat, "read as RDF/XML: " + o.getFormat());
        return o;
    }

    @Test
    void theOntologyIsOwl2Dl() throws Exception {
        OWLOntology ontology = load(OWLManager.createOWLOntologyManager(), RdfMapping.ontology());
        assertTrue(ontology.getAxiomCount(AxiomType.DECLARATION) > 100, "declarations read");
        List<OWLProfileViolation> violations = new OWL2DLProfile().checkOntology(ontology).getViolations();
        assertEquals(List.of(), violations.stream().map(Object::toString).toList());
    }

    /** HermiT's verdict on the ontology with a store's every statement. */
    private static boolean consistentWithTheOntology(KnowledgeStore store, int atLeastAxioms) throws Exception {
        Graph all = TestStores.statements(store);
        RdfMapping.ontology().find().forEachRemaining(all::add);
        OWLOntology ontology = load(OWLManager.createOWLOntologyManager(), all);
        assertTrue(ontology.getLogicalAxiomCount() > atLeastAxioms, "the store's facts were read: "
                + ontology.getLogicalAxiomCount() + " logical axioms");
        return consistent(ontology);
    }

    private static boolean consistent(OWLOntology ontology) {
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(ontology);
        try {
            return reasoner.isConsistent();
        } finally {
            reasoner.dispose();
        }
    }

    @Test
    void hermitFindsTheOntologyAndAStoreConsistent(@TempDir Path dir) throws Exception {
        try (KnowledgeStore store = TestStores.samplesWithPageBreaks(dir)) {
            assertTrue(consistentWithTheOntology(store, 5_000), "HermiT: consistent");
        }
    }

    @Test
    void hermitFindsTheRealReportsStoreConsistent() throws Exception {
        assertTrue(consistentWithTheOntology(TestStores.realReports(), 50_000), "HermiT: consistent");
    }

    @Test
    void hermitFindsAContradictionWhenThereIsOne() throws Exception {
        // The check can fail: a report that is also a person, where the ontology makes the two disjoint.
        Graph g = GraphFactory.createDefaultGraph();
        RdfMapping.ontology().find().forEachRemaining(g::add);
        Node x = NodeFactory.createURI("https://example.org/x");
        g.add(Triple.create(NodeFactory.createURI(Vocab.NS + "Report"), NodeFactory.createURI(Vocab.OWL + "disjointWith"),
                NodeFactory.createURI(Vocab.NS + "Person")));
        g.add(Triple.create(x, Vocab.TYPE, NodeFactory.createURI(Vocab.NS + "AnnualRatingLetter")));
        g.add(Triple.create(x, Vocab.TYPE, NodeFactory.createURI(Vocab.NS + "Person")));
        assertFalse(consistent(load(OWLManager.createOWLOntologyManager(), g)));
    }
}
