package org.ofstedkg.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.junit.jupiter.api.Test;
import org.ofstedkg.Samples;
import org.ofstedkg.extract.Extractor;
import org.ofstedkg.extract.decode.Document;
import org.ofstedkg.extract.register.AuthorityRegister;
import org.ofstedkg.model.Area;
import org.ofstedkg.model.Assessment;
import org.ofstedkg.model.Grade;
import org.ofstedkg.model.Judgement;
import org.ofstedkg.model.Report;
import org.ofstedkg.validate.ShapesValidator;

/** A review whose grades table and section judgement disagree: stored, its conflict a node a query finds. */
class ConflictTest {

    private static final UriScheme URIS = UriScheme.defaults();
    private static final RdfMapping MAPPING = new RdfMapping(URIS);

    static Report conflictingReview() throws Exception {
        return new Extractor(AuthorityRegister.bundled()).extract(Document.of("review.txt",
                Samples.conflictingReview().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theFirstGradeIsKeptAndTheOtherStatementIsItsConflict() throws Exception {
        Report r = conflictingReview();
        Judgement safeguarding = r.judgements().stream().filter(j -> j.assessment() == Assessment.JOINT_AREA_REVIEW
                && j.area() == Area.SAFEGUARDING).findFirst().orElseThrow();
        assertEquals(Grade.judgement(2), safeguarding.grade(), "the grades table comes first");
        assertEquals(List.of("Safeguarding 2"), safeguarding.evidence().stream().map(e -> e.quote()).toList());
        assertEquals(1, safeguarding.conflicts().size());
        var conflict = safeguarding.conflicts().get(0);
        assertEquals(Grade.judgement(3), conflict.statedGrade());
        assertEquals("The contribution of local services to improving outcomes for children and young people at risk "
                + "or requiring safeguarding is good.", conflict.evidence().quote());
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("conflicting joint-area-review judgements of "
                + "safeguarding: grade 2 and")), r.warnings().toString());
        assertTrue(r.judgements().stream().filter(j -> j != safeguarding).allMatch(j -> j.conflicts().isEmpty()));
    }

    @Test
    void theConflictIsANodeOfItsJudgementWithTheStatedGradeAndEvidenceAndConforms() throws Exception {
        Report r = conflictingReview();
        Graph g = MAPPING.report(r);
        Node judgement = NodeFactory.createURI(URIS.base()
                + "id/report/joint-area-review/southend-on-sea/2008-05-07/judgement/joint-area-review/safeguarding");
        Node conflict = NodeFactory.createURI(judgement.getURI() + "/conflict/1");
        assertTrue(g.contains(judgement, Vocab.CONFLICT, conflict));
        assertTrue(g.contains(conflict, Vocab.TYPE, Vocab.CONFLICT_CLASS));
        assertTrue(g.contains(conflict, Vocab.STATED_GRADE, Vocab.okg("grade/judgement-3")));
        assertTrue(g.contains(judgement, Vocab.GRADE, Vocab.okg("grade/judgement-2")));
        List<Node> evidence = g.find(conflict, Vocab.EVIDENCE, Node.ANY).mapWith(Triple::getObject).toList();
        assertEquals(1, evidence.size());
        assertTrue(g.contains(evidence.get(0), Vocab.QUOTE, Node.ANY));
        assertEquals(1, g.find(Node.ANY, Vocab.TYPE, Vocab.CONFLICT_CLASS).toList().size());
        assertTrue(g.find().toList().stream().noneMatch(t -> t.getSubject().isBlank() || t.getObject().isBlank()));

        ShapesValidator validator = new ShapesValidator(new Union(RdfMapping.ontology(),
                MAPPING.register(AuthorityRegister.bundled())), Vocab.prefixes(URIS));
        assertEquals(List.of(), validator.validate(g));

        // A conflict that states the grade kept, or has no evidence, does not conform.
        g.remove(conflict, Vocab.STATED_GRADE, Node.ANY);
        g.add(conflict, Vocab.STATED_GRADE, Vocab.okg("grade/judgement-2"));
        g.remove(conflict, Vocab.EVIDENCE, Node.ANY);
        List<String> messages = validator.validate(g).stream().map(v -> v.message()).toList();
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("the conflicting statement")
                && m.contains("which is the judgement's grade or not on its scale")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("a conflicting statement has exactly one evidence quote")),
                messages.toString());
    }

    @Test
    void aTextSourceRecordsItsEncoding() throws Exception {
        Report r = conflictingReview();
        Graph g = MAPPING.report(r);
        Node source = URIS.source(r.source().sha256());
        assertTrue(g.contains(source, Vocab.CHARACTER_ENCODING, NodeFactory.createLiteralString("UTF-8")));
    }
}
