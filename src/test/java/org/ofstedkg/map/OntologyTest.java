package org.ofstedkg.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.ofstedkg.model.Area;
import org.ofstedkg.model.Assessment;
import org.ofstedkg.model.Grade;
import org.ofstedkg.model.ReportKind;
import org.ofstedkg.model.Scale;

/** The ontology documents itself, and every term the mapping writes is defined there. */
class OntologyTest {

    private static final Graph ONTOLOGY = RdfMapping.ontology();
    private static final String OWL = "http://www.w3.org/2002/07/owl#";

    private static List<Node> instancesOf(String type) {
        return ONTOLOGY.find(Node.ANY, Vocab.TYPE, NodeFactory.createURI(type)).toList().stream()
                .map(Triple::getSubject).toList();
    }

    @Test
    void everyClassAndPropertyHasALabelAndAOneLineComment() {
        List<Node> terms = new ArrayList<>();
        terms.addAll(instancesOf(OWL + "Class"));
        terms.addAll(instancesOf(OWL + "ObjectProperty"));
        terms.addAll(instancesOf(OWL + "DatatypeProperty"));
        assertTrue(terms.size() > 40, "classes and properties: " + terms.size());
        Node comment = NodeFactory.createURI(Vocab.RDFS + "comment");
        Node definedBy = NodeFactory.createURI(Vocab.RDFS + "isDefinedBy");
        for (Node t : terms) {
            if (!t.getURI().startsWith(Vocab.NS)) {
                // A term reused from another vocabulary is declared for OWL 2 DL and says where it is defined.
                assertTrue(ONTOLOGY.contains(t, definedBy, Node.ANY), t + " says where it is defined");
                continue;
            }
            assertTrue(ONTOLOGY.contains(t, Vocab.LABEL, Node.ANY), t + " has a label");
            var comments = ONTOLOGY.find(t, comment, Node.ANY).toList();
            assertEquals(1, comments.size(), t + " has one comment");
            assertFalse(comments.get(0).getObject().getLiteralLexicalForm().contains("\n"), t + " comment is one line");
        }
    }

    @Test
    void noBlankNodes() {
        ONTOLOGY.find().forEachRemaining(t -> assertFalse(t.getSubject().isBlank() || t.getObject().isBlank(),
                "blank node in " + t));
    }

    private static void assertConceptIn(Node concept, String scheme, String notation) {
        assertTrue(ONTOLOGY.contains(concept, NodeFactory.createURI(Vocab.SKOS + "inScheme"), Vocab.okg(scheme)),
                concept + " in " + scheme);
        assertTrue(ONTOLOGY.contains(concept, Vocab.NOTATION, NodeFactory.createLiteralString(notation)),
                concept + " has notation " + notation);
        assertTrue(ONTOLOGY.contains(concept, Vocab.PREF_LABEL, Node.ANY), concept + " has a label");
    }

    @Test
    void everyValueTheMappingWritesIsAConceptOfItsScheme() {
        for (Area a : Area.values()) {
            assertConceptIn(Vocab.area(a), "areas", a.slug());
            assertEquals(a.isAdditionalInvestigation(),
                    ONTOLOGY.contains(Vocab.area(a), Vocab.BROADER, Vocab.ADDITIONAL_INVESTIGATION),
                    a + " is narrower than additional-investigation exactly when it is one");
        }
        assertConceptIn(Vocab.ADDITIONAL_INVESTIGATION, "areas", "additional-investigation");
        for (Assessment a : Assessment.values()) {
            assertConceptIn(Vocab.assessment(a), "assessments", a.slug());
            assertTrue(ONTOLOGY.contains(Vocab.assessment(a), Vocab.okg("gradeScale"), Vocab.scale(a.scale())));
        }
        for (ReportKind k : ReportKind.values()) {
            assertConceptIn(Vocab.reportType(k), "reportTypes", k.slug());
            assertTrue(ONTOLOGY.contains(Vocab.reportClass(k), Vocab.TYPE, NodeFactory.createURI(OWL + "Class")));
        }
        for (String measure : org.ofstedkg.extract.prose.Measures.notations()) {
            assertConceptIn(Vocab.measure(measure), "measures", measure);
        }
        assertConceptIn(Vocab.measure(Vocab.UNIDENTIFIED_MEASURE), "measures", Vocab.UNIDENTIFIED_MEASURE);
        for (var area : org.ofstedkg.model.RefArea.values()) {
            assertConceptIn(Vocab.refArea(area), "referenceAreas", area.slug());
        }
        for (var direction : org.ofstedkg.model.Direction.values()) {
            assertConceptIn(Vocab.comparison(direction), "comparisons", direction.slug());
        }
        for (Scale s : Scale.values()) {
            for (int v = 1; v <= 4; v++) {
                Node grade = Vocab.grade(new Grade(s, v));
                assertTrue(ONTOLOGY.contains(grade, NodeFactory.createURI(Vocab.SKOS + "inScheme"), Vocab.scale(s)));
                assertTrue(ONTOLOGY.contains(grade, Vocab.GRADE_VALUE, NodeFactory.createLiteralDT(Integer.toString(v),
                        org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)), grade + " has okg:gradeValue " + v);
            }
        }
    }

    @Test
    void everyTermTheMappingWritesUnderTheNamespaceIsDefined() throws Exception {
        var extractor = new org.ofstedkg.extract.Extractor(org.ofstedkg.extract.register.AuthorityRegister.bundled());
        var mapping = new RdfMapping(UriScheme.defaults());
        Graph all = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        for (String name : List.of(org.ofstedkg.Samples.SOUTHEND_LETTER, org.ofstedkg.Samples.SOUTHEND_REVIEW)) {
            var report = extractor.extract(org.ofstedkg.Samples.report(name));
            // With a warning, so that every property the mapping can write is written.
            mapping.report(report.withWarnings(List.of("a warning"))).find().forEachRemaining(all::add);
        }
        mapping.report(ConflictTest.conflictingReview()).find().forEachRemaining(all::add);
        mapping.register(org.ofstedkg.extract.register.AuthorityRegister.bundled()).find().forEachRemaining(all::add);
        for (String property : List.of("addressee", "signatory", "roleTitle", "warning", "authorityNameAsWritten",
                "sha256", "fileName", "laCode", "gssCode", "quote", "evidence", "text", "findingKind", "timescale",
                "recommendedTo", "outcome", "characterEncoding", "conflict", "statedGrade")) {
            assertTrue(all.contains(Node.ANY, Vocab.okg(property), Node.ANY), "the mapping writes okg:" + property);
        }
        all.find().forEachRemaining(t -> {
            for (Node n : List.of(t.getPredicate(), t.getObject())) {
                if (n.isURI() && n.getURI().startsWith(Vocab.NS)) {
                    assertTrue(ONTOLOGY.contains(n, Vocab.TYPE, Node.ANY), n + " is defined in the ontology");
                }
            }
        });
    }
}
