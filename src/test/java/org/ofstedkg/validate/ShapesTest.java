package org.ofstedkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ofstedkg.Samples;
import org.ofstedkg.extract.Extractor;
import org.ofstedkg.extract.register.AuthorityRegister;
import org.ofstedkg.map.RdfMapping;
import org.ofstedkg.map.UriScheme;
import org.ofstedkg.map.Vocab;
import org.ofstedkg.model.Report;

/** The samples conform; graphs broken by hand give the violations the shapes promise. */
class ShapesTest {

    private static final UriScheme URIS = UriScheme.defaults();
    private static final AuthorityRegister REGISTER = AuthorityRegister.bundled();
    private static final RdfMapping MAPPING = new RdfMapping(URIS);
    private static final Graph REGISTER_GRAPH = MAPPING.register(REGISTER);
    private static final ShapesValidator VALIDATOR = new ShapesValidator(
            new Union(RdfMapping.ontology(), REGISTER_GRAPH), Vocab.prefixes(URIS));

    private static Report report(String name) throws Exception {
        return new Extractor(REGISTER).extract(Samples.report(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {Samples.SOUTHEND_LETTER, Samples.SOUTHEND_REVIEW, Samples.SEFTON_LETTER,
            Samples.BLACKPOOL_LETTER, Samples.REDCAR_LETTER})
    void sampleGraphsConform(String name) throws Exception {
        assertEquals(List.of(), VALIDATOR.validate(MAPPING.report(report(name))));
    }

    private static Node judgementOf(Graph g, String assessment, String area) {
        Node assessmentNode = Vocab.okg("assessment/" + assessment);
        Node areaNode = Vocab.okg("area/" + area);
        return g.find(Node.ANY, Vocab.ASSESSMENT, assessmentNode).toList().stream().map(Triple::getSubject)
                .filter(j -> g.contains(j, Vocab.AREA, areaNode)).findFirst().orElseThrow();
    }

    private static List<String> messages(Graph g) {
        return VALIDATOR.validate(g).stream().map(v -> v.property() + " " + v.message()).toList();
    }

    @Test
    void aJudgementWithNoGradeIsAViolation() throws Exception {
        Graph g = MAPPING.report(report(Samples.SOUTHEND_REVIEW));
        Node j = judgementOf(g, "joint-area-review", "safeguarding");
        g.remove(j, Vocab.GRADE, Node.ANY);
        List<Violation> v = VALIDATOR.validate(g);
        assertEquals(1, v.size(), v.toString());
        assertTrue(v.get(0).focusNode().endsWith("/judgement/joint-area-review/safeguarding>"), v.get(0).focusNode());
        assertEquals("okg:grade", v.get(0).property());
        assertTrue(v.get(0).message().contains("exactly one grade"), v.get(0).message());
    }

    @Test
    void aGradeOffItsAssessmentsScaleIsAViolation() throws Exception {
        Graph g = MAPPING.report(report(Samples.SOUTHEND_REVIEW));
        Node j = judgementOf(g, "joint-area-review", "safeguarding");
        g.remove(j, Vocab.GRADE, Node.ANY);
        // "Performs well" belongs to the annual rating's scale, not the review's.
        g.add(j, Vocab.GRADE, Vocab.okg("grade/annual-rating-3"));
        List<String> m = messages(g);
        assertEquals(1, m.size(), m.toString());
        assertTrue(m.get(0).contains("is not on the scale of the judgement's assessment"), m.get(0));
    }

    /**
     * The SPARQL constraints are evaluated once over the graph; Jena evaluates them once per focus node. On a
     * review whose judgements break both (grades off their scale, conflicting statements giving the
     * judgement's own grade or one off its scale), both ways give the same violations.
     */
    @Test
    void theGraphWideSparqlConstraintsAgreeWithJenasNodeByNodeEvaluation() throws Exception {
        Graph g = MAPPING.report(report(Samples.SOUTHEND_REVIEW));
        List<Node> judgements = g.find(Node.ANY, Vocab.TYPE, Vocab.JUDGEMENT).mapWith(Triple::getSubject).toList();
        assertTrue(judgements.size() >= 4, judgements.toString());
        for (int i = 0; i < 3; i++) {
            Node j = judgements.get(i);
            g.remove(j, Vocab.GRADE, Node.ANY);
            g.add(j, Vocab.GRADE, Vocab.okg("grade/annual-rating-" + (i + 1)));
        }
        Node judgement = judgements.get(3);
        Node kept = g.find(judgement, Vocab.GRADE, Node.ANY).next().getObject();
        String[] stated = {kept.getURI(), Vocab.okg("grade/annual-rating-2").getURI(), Vocab.okg("grade/judgement-1").getURI()};
        Node evidence = g.find(judgement, Vocab.EVIDENCE, Node.ANY).next().getObject();
        for (int i = 0; i < stated.length; i++) {
            Node conflict = NodeFactory.createURI(judgement.getURI() + "/conflict/" + (i + 1));
            g.add(judgement, Vocab.CONFLICT, conflict);
            g.add(conflict, Vocab.TYPE, Vocab.CONFLICT_CLASS);
            g.add(conflict, Vocab.STATED_GRADE, NodeFactory.createURI(stated[i]));
            g.add(conflict, Vocab.EVIDENCE, evidence);
        }
        List<Violation> graphWide = VALIDATOR.validate(g);
        List<String> sparql = graphWide.stream().map(Violation::message)
                .filter(m -> m.contains("not on the scale") || m.contains("not on its scale")).toList();
        // Three grades off their scale; of the three conflicts, the one giving the kept grade and the one off the scale.
        assertEquals(5, sparql.size(), graphWide.toString());
        assertEquals(VALIDATOR.validateNodeByNode(g), graphWide);
    }

    /**
     * sh:node and sh:or are checked without Jena's report per value (QuickChecks): on a review whose kind,
     * judgement area and statistic value break them, the violations are Jena's own.
     */
    @Test
    void nestedShapeChecksGiveJenasViolations() throws Exception {
        Graph g = MAPPING.report(report(Samples.SOUTHEND_REVIEW));
        Node report = g.find(Node.ANY, Vocab.TYPE, Vocab.REPORT).next().getSubject();
        g.remove(report, Vocab.DC_TYPE, Node.ANY);
        g.add(report, Vocab.DC_TYPE, Vocab.okg("grade/judgement-1"));
        Node j = judgementOf(g, "joint-area-review", "safeguarding");
        g.remove(j, Vocab.AREA, Node.ANY);
        g.add(j, Vocab.AREA, Vocab.okg("grade/judgement-1"));
        Node statistic = g.find(Node.ANY, Vocab.TYPE, Vocab.STATISTIC_CLASS).next().getSubject();
        g.remove(statistic, Vocab.OBSERVED_VALUE, Node.ANY);
        g.add(statistic, Vocab.OBSERVED_VALUE, NodeFactory.createLiteralString("many"));
        List<Violation> v = VALIDATOR.validate(g);
        List<String> m = v.stream().map(x -> x.property() + " " + x.message()).toList();
        assertTrue(m.contains("dcterms:type a report has exactly one kind, from the report types scheme (value: grade:judgement-1)"), m.toString());
        assertTrue(m.contains("okg:area a judgement has exactly one area, from the areas scheme (value: grade:judgement-1)"), m.toString());
        assertTrue(m.contains("okg:observedValue a statistic has exactly one value, an integer or a decimal (value: \"many\")"), m.toString());
        assertEquals(3, v.size(), m.toString());
        assertEquals(VALIDATOR.validateNodeByNode(g), v);
    }

    /**
     * Every sh:node, sh:or, sh:and, sh:not, sh:xone, sh:qualifiedValueShape and sh:class is replaced, however
     * deep its shape.
     */
    @Test
    void everyQuickCheckIsInstalled() {
        Graph shapes = ShapesValidator.bundledShapes();
        long nested = List.of(SHACL.node, SHACL.or, SHACL.and, SHACL.not, SHACL.xone, SHACL.qualifiedValueShape).stream()
                .mapToLong(p -> shapes.find(Node.ANY, p, Node.ANY).toList().size()).sum();
        long classes = shapes.find(Node.ANY, SHACL.class_, Node.ANY).toList().size();
        assertTrue(nested >= 12, "sh:node, sh:or and sh:qualifiedValueShape as the shapes use them: " + nested);
        assertTrue(classes >= 10, "sh:class as the shapes use it: " + classes);
        assertEquals(nested + classes, QuickChecks.install(Shapes.parse(shapes)));
    }

    /**
     * sh:class answered by the value's own type where it has the class asked for, by Jena's walk otherwise: a
     * report typed only with its subclass conforms, a judgement of something that is no report and evidence
     * from no source document do not, as Jena says.
     */
    @Test
    void classChecksGiveJenasViolations() throws Exception {
        Graph g = MAPPING.report(report(Samples.SOUTHEND_REVIEW));
        Node report = g.find(Node.ANY, Vocab.TYPE, Vocab.REPORT).next().getSubject();
        g.remove(report, Vocab.TYPE, Vocab.REPORT); // still a review, a subclass of okg:Report
        Node j = judgementOf(g, "joint-area-review", "safeguarding");
        g.remove(j, Vocab.REPORT_PROPERTY, Node.ANY);
        g.add(j, Vocab.REPORT_PROPERTY, j);
        Node evidence = g.find(j, Vocab.EVIDENCE, Node.ANY).next().getObject();
        g.remove(evidence, Vocab.OA_HAS_SOURCE, Node.ANY);
        g.add(evidence, Vocab.OA_HAS_SOURCE, NodeFactory.createLiteralString("the report"));
        List<Violation> v = VALIDATOR.validate(g);
        List<String> m = v.stream().map(x -> x.property() + " " + x.message()).toList();
        assertTrue(m.stream().anyMatch(x -> x.startsWith("okg:report a judgement belongs to exactly one report")), m.toString());
        assertTrue(m.stream().anyMatch(x -> x.startsWith("oa:hasSource evidence points into exactly one source document")),
                m.toString());
        assertEquals(2, v.size(), m.toString()); // none of the report, typed with its subclass only
        assertEquals(VALIDATOR.validateNodeByNode(g), v);
    }

    @Test
    void aReportWithTwoAuthoritiesIsAViolation() throws Exception {
        Graph g = MAPPING.report(report(Samples.SEFTON_LETTER));
        Node report = g.find(Node.ANY, Vocab.TYPE, Vocab.REPORT).next().getSubject();
        g.add(report, Vocab.AUTHORITY, NodeFactory.createURI(URIS.base() + "id/authority/blackpool"));
        List<String> m = messages(g);
        assertEquals(List.of("okg:authority a report has exactly one authority, a local authority of the register"), m);
    }

    @Test
    void aLetterWithTwoRatingsIsAViolation() throws Exception {
        Graph g = MAPPING.report(report(Samples.SEFTON_LETTER));
        Node report = g.find(Node.ANY, Vocab.TYPE, Vocab.REPORT).next().getSubject();
        Node original = judgementOf(g, "annual-rating", "overall");
        Node second = NodeFactory.createURI(original.getURI() + "-again");
        g.find(original, Node.ANY, Node.ANY).toList().forEach(t -> g.add(second, t.getPredicate(), t.getObject()));
        assertTrue(g.contains(second, Vocab.REPORT_PROPERTY, report));
        List<String> m = messages(g);
        assertEquals(List.of("^okg:report an annual rating letter has at most one overall rating"), m);
        assertEquals(VALIDATOR.validateNodeByNode(g), VALIDATOR.validate(g));
    }

    @Test
    void aLetterWithNoRatingIsAViolationAsJenaSaysIt() throws Exception {
        Graph g = MAPPING.report(report(Samples.SEFTON_LETTER));
        g.remove(judgementOf(g, "annual-rating", "overall"), Vocab.ASSESSMENT, Node.ANY);
        List<String> m = messages(g);
        assertTrue(m.stream().anyMatch(x -> x.contains("an annual rating letter has its overall rating, or a warning that it "
                + "could not be read")), m.toString());
        assertEquals(VALIDATOR.validateNodeByNode(g), VALIDATOR.validate(g));
        // With the warning the reader gives a letter whose rating it could not read, the letter conforms.
        Node report = g.find(Node.ANY, Vocab.TYPE, Vocab.REPORT).next().getSubject();
        g.add(report, Vocab.WARNING, NodeFactory.createLiteralString("no rating read"));
        assertTrue(messages(g).stream().noneMatch(x -> x.contains("overall rating")), messages(g).toString());
    }

    @Test
    void aReportWithNoDateAndAJudgementWithNoEvidenceAreViolations() throws Exception {
        Graph g = MAPPING.report(report(Samples.BLACKPOOL_LETTER));
        g.remove(Node.ANY, Vocab.DC_DATE, Node.ANY);
        g.remove(judgementOf(g, "annual-rating", "overall"), Vocab.EVIDENCE, Node.ANY);
        List<String> m = messages(g);
        assertTrue(m.contains("dcterms:date a report has exactly one date, an xsd:date"), m.toString());
        assertTrue(m.contains("okg:evidence a judgement has at least one evidence quote"), m.toString());
        assertEquals(2, m.size(), m.toString());
    }

    @Test
    void aFindingWithNoKindARecommendationWithNoTimescaleAndAStatisticWithAnOddUnitAreViolations() throws Exception {
        Graph g = MAPPING.report(report(Samples.SOUTHEND_REVIEW));
        Node finding = g.find(Node.ANY, Vocab.TYPE, Vocab.FINDING).next().getSubject();
        g.remove(finding, Vocab.FINDING_KIND, Node.ANY);
        Node recommendation = g.find(Node.ANY, Vocab.TYPE, Vocab.RECOMMENDATION).next().getSubject();
        g.remove(recommendation, Vocab.TIMESCALE, Node.ANY);
        Node statistic = g.find(Node.ANY, Vocab.TYPE, Vocab.STATISTIC_CLASS).next().getSubject();
        g.remove(statistic, Vocab.UNIT, Node.ANY);
        g.add(statistic, Vocab.UNIT, NodeFactory.createLiteralString("furlongs"));
        assertEquals(List.of("okg:findingKind a finding is exactly one of strength or weakness",
                "okg:timescale a recommendation has exactly one timescale, from the timescales scheme",
                "okg:unit a statistic has exactly one unit: count, percent, pounds or rate-per-10000 (value: \"furlongs\")"),
                messages(g).stream().sorted().toList());
    }

    @Test
    void everyAuthorityOfTheRegisterConforms() {
        Graph referencing = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        Node somebody = NodeFactory.createURI("https://example.org/refers-to-all");
        for (var a : REGISTER.all()) {
            referencing.add(somebody, Vocab.AUTHORITY, URIS.authority(a));
        }
        assertEquals(List.of(), VALIDATOR.validate(referencing));
        // An authority the register does not hold has no GSS code, no LA number and no name.
        referencing.add(somebody, Vocab.AUTHORITY, NodeFactory.createURI(URIS.base() + "id/authority/atlantis"));
        // (The missing GSS code is the authority's own constraint: it may lack one only if it ceased before 2011.)
        assertEquals(List.of("an authority has a GSS code, unless it ceased before GSS codes began in 2011",
                "okg:laCode", "skos:prefLabel"), VALIDATOR.validate(referencing).stream()
                .filter(v -> v.focusNode().contains("atlantis"))
                .map(v -> v.property().isEmpty() ? v.message().replaceFirst(" \\(value: .*", "") : v.property()).toList());
    }

    @Test
    void anAuthorityWithABadGssCodeOrLaNumberIsAViolation() throws Exception {
        Graph g = MAPPING.report(report(Samples.BLACKPOOL_LETTER));
        Node blackpool = NodeFactory.createURI(URIS.base() + "id/authority/blackpool");
        Graph broken = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        REGISTER_GRAPH.find().forEachRemaining(broken::add);
        broken.remove(blackpool, Vocab.GSS_CODE, Node.ANY);
        broken.add(blackpool, Vocab.GSS_CODE, NodeFactory.createLiteralString("W06000009"));
        broken.remove(blackpool, Vocab.LA_CODE, Node.ANY);
        broken.add(blackpool, Vocab.LA_CODE, NodeFactory.createLiteralString("89"));
        ShapesValidator withBrokenRegister = new ShapesValidator(new Union(RdfMapping.ontology(), broken),
                Vocab.prefixes(URIS));
        List<String> m = withBrokenRegister.validate(g).stream().map(v -> v.property() + " " + v.message()).toList();
        assertTrue(m.stream().anyMatch(s -> s.startsWith("okg:gssCode an authority has at most one GSS code, of the form E")), m.toString());
        assertTrue(m.stream().anyMatch(s -> s.startsWith("okg:laCode an authority has exactly one DfE LA number")), m.toString());
        assertEquals(2, m.size(), m.toString());
    }

    @Test
    void evidenceWithoutAQuoteSelectorOrWithAPositionEndingBeforeItStartsOrUntypedIsAViolation() throws Exception {
        Graph g = MAPPING.report(report(Samples.BLACKPOOL_LETTER));
        List<Node> evidence = g.find(Node.ANY, Vocab.TYPE, Vocab.EVIDENCE_CLASS).mapWith(Triple::getSubject).toList();
        // One loses its quote selector, one has its position selector's start after its end, one its type.
        Node noQuote = evidence.get(0);
        Node quoteSelector = g.find(noQuote, Vocab.OA_HAS_SELECTOR, Node.ANY).mapWith(Triple::getObject)
                .filterKeep(s -> g.contains(s, Vocab.TYPE, Vocab.OA_TEXT_QUOTE_SELECTOR)).next();
        g.remove(noQuote, Vocab.OA_HAS_SELECTOR, quoteSelector);
        g.remove(quoteSelector, Node.ANY, Node.ANY);
        Node backwards = g.find(evidence.get(1), Vocab.OA_HAS_SELECTOR, Node.ANY).mapWith(Triple::getObject)
                .filterKeep(s -> g.contains(s, Vocab.OA_START, Node.ANY)).next();
        Node end = g.find(backwards, Vocab.OA_END, Node.ANY).next().getObject();
        g.remove(backwards, Vocab.OA_START, Node.ANY);
        g.add(backwards, Vocab.OA_START, NodeFactory.createLiteralDT(
                String.valueOf(Integer.parseInt(end.getLiteralLexicalForm()) + 1), end.getLiteralDatatype()));
        g.remove(evidence.get(2), Vocab.TYPE, Vocab.EVIDENCE_CLASS);
        List<String> m = messages(g).stream().map(s -> s.replaceAll(" \\(value: .*\\)$", "")).sorted().toList();
        assertTrue(m.size() >= 4, m.toString());
        assertEquals(List.of(
                "oa:hasSelector evidence has exactly two selectors: a text position selector and a text quote selector",
                "oa:hasSelector/rdf:type evidence has a text quote selector",
                "oa:start a text position selector has exactly one start, a non-negative integer before its end"),
                m.subList(0, 3));
        // Whatever points to the untyped evidence (a sentence may be the evidence of several facts) says so.
        assertTrue(m.subList(3, m.size()).stream().allMatch(s -> s.matches("okg:evidence .* evidence quotes?")),
                m.toString());
    }
}
