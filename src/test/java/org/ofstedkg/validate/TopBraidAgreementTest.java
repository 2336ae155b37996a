package org.ofstedkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ofstedkg.Samples;
import org.ofstedkg.extract.Extractor;
import org.ofstedkg.extract.register.AuthorityRegister;
import org.ofstedkg.map.RdfMapping;
import org.ofstedkg.map.UriScheme;
import org.ofstedkg.map.Vocab;
import org.topbraid.shacl.validation.ValidationUtil;
import org.topbraid.shacl.vocabulary.SH;

/**
 * A second SHACL engine, TopQuadrant's, agrees with ours: the samples' graphs conform for both, and on graphs
 * broken by hand both find the same violations (focus node and path).
 */
class TopBraidAgreementTest {

    private static final UriScheme URIS = UriScheme.defaults();
    private static final AuthorityRegister REGISTER = AuthorityRegister.bundled();
    private static final RdfMapping MAPPING = new RdfMapping(URIS);
    private static final Graph REGISTER_GRAPH = MAPPING.register(REGISTER);
    private static final PrefixMapping PREFIXES = Vocab.prefixes(URIS);
    private static final ShapesValidator OURS = new ShapesValidator(
            new org.apache.jena.graph.compose.Union(RdfMapping.ontology(), REGISTER_GRAPH), PREFIXES);
    private static final Model SHAPES = ModelFactory.createModelForGraph(ShapesValidator.bundledShapes());

    private static Graph mapped(String sample) throws Exception {
        return MAPPING.report(new Extractor(REGISTER).extract(Samples.report(sample)));
    }

    /** TopBraid's violations, as "focus path" in our words. */
    private static List<String> topBraid(Graph report) {
        Graph all = GraphFactory.createDefaultGraph();
        for (Graph g : List.of(report, RdfMapping.ontology(), REGISTER_GRAPH)) {
            g.find().forEachRemaining(all::add);
        }
        Resource result = ValidationUtil.validateModel(ModelFactory.createModelForGraph(all), SHAPES, false);
        List<String> found = new ArrayList<>();
        result.getModel().listSubjectsWithProperty(RDF.type, SH.ValidationResult).forEachRemaining(r -> {
            RDFNode path = r.getPropertyResourceValue(SH.resultPath);
            found.add("<" + r.getPropertyResourceValue(SH.focusNode).getURI() + "> " + path(path));
        });
        return found.stream().sorted().toList();
    }

    private static String path(RDFNode path) {
        if (path == null) {
            return "";
        }
        if (path.isURIResource()) {
            return PREFIXES.shortForm(path.asResource().getURI());
        }
        Resource inverse = path.asResource().getPropertyResourceValue(SH.inversePath);
        if (inverse != null) {
            return "^" + PREFIXES.shortForm(inverse.getURI());
        }
        // A sequence path, as a list: its steps joined by "/".
        List<String> steps = new ArrayList<>();
        path.as(org.apache.jena.rdf.model.RDFList.class).iterator()
                .forEachRemaining(s -> steps.add(PREFIXES.shortForm(s.asResource().getURI())));
        return String.join("/", steps);
    }

    private static List<String> ours(Graph report) {
        return OURS.validate(report).stream().map(v -> v.focusNode() + " " + v.property()).sorted().toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {Samples.SOUTHEND_LETTER, Samples.SOUTHEND_REVIEW, Samples.SEFTON_LETTER,
            Samples.BLACKPOOL_LETTER, Samples.REDCAR_LETTER})
    void bothFindTheSamplesValid(String sample) throws Exception {
        Graph g = mapped(sample);
        assertEquals(List.of(), topBraid(g));
        assertEquals(List.of(), ours(g));
    }

    /** A report of each later framework, as Ofsted published it (data/real-reports). */
    @ParameterizedTest
    @ValueSource(strings = {"80476_kent/children's services inspection,  pdf - 23 august 2013.pdf",
            "80510_merton/children's services inspection - 25 august 2017.pdf",
            "2733690_cumberland/children's services inspection - 26 november 2024.pdf"})
    void bothFindRealReportsOfTheLaterFrameworksValid(String file) throws Exception {
        Graph g = MAPPING.report(new Extractor(REGISTER).extract(java.nio.file.Path.of("data", "real-reports", file)));
        assertFalse(g.isEmpty());
        assertEquals(List.of(), topBraid(g));
        assertEquals(List.of(), ours(g));
    }

    record Breakage(String name, String sample, Consumer<Graph> breakIt) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Node first(Graph g, Node type) {
        return g.find(Node.ANY, Vocab.TYPE, type).next().getSubject();
    }

    static List<Breakage> breakages() {
        return List.of(
                new Breakage("a judgement with no grade", Samples.SOUTHEND_REVIEW,
                        g -> g.remove(first(g, Vocab.JUDGEMENT), Vocab.GRADE, Node.ANY)),
                new Breakage("a report with two authorities", Samples.SEFTON_LETTER,
                        g -> g.add(first(g, Vocab.REPORT), Vocab.AUTHORITY,
                                NodeFactory.createURI(URIS.base() + "id/authority/blackpool"))),
                new Breakage("a report with no date", Samples.BLACKPOOL_LETTER,
                        g -> g.remove(Node.ANY, Vocab.DC_DATE, Node.ANY)),
                new Breakage("a statistic in furlongs", Samples.SOUTHEND_REVIEW, g -> {
                    Node s = first(g, Vocab.STATISTIC_CLASS);
                    g.remove(s, Vocab.UNIT, Node.ANY);
                    g.add(s, Vocab.UNIT, Vocab.okg("unit/furlongs"));
                }),
                new Breakage("a statistic whose value is a word", Samples.SOUTHEND_REVIEW, g -> {
                    Node s = first(g, Vocab.STATISTIC_CLASS);
                    g.remove(s, Vocab.OBSERVED_VALUE, Node.ANY);
                    g.add(s, Vocab.OBSERVED_VALUE, NodeFactory.createLiteralString("many"));
                }),
                new Breakage("a finding with no kind, a recommendation with no timescale", Samples.SOUTHEND_REVIEW, g -> {
                    g.remove(first(g, Vocab.FINDING), Vocab.FINDING_KIND, Node.ANY);
                    g.remove(first(g, Vocab.RECOMMENDATION), Vocab.TIMESCALE, Node.ANY);
                }),
                new Breakage("evidence without its quote selector", Samples.BLACKPOOL_LETTER, g -> {
                    Node e = first(g, Vocab.EVIDENCE_CLASS);
                    Node q = g.find(e, Vocab.OA_HAS_SELECTOR, Node.ANY).mapWith(Triple::getObject)
                            .filterKeep(s -> g.contains(s, Vocab.TYPE, Vocab.OA_TEXT_QUOTE_SELECTOR)).next();
                    g.remove(e, Vocab.OA_HAS_SELECTOR, q);
                    g.remove(q, Node.ANY, Node.ANY);
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void bothFindTheSameViolationsInAGraphBrokenByHand(Breakage b) throws Exception {
        Graph g = mapped(b.sample());
        b.breakIt().accept(g);
        List<String> theirs = topBraid(g);
        assertFalse(theirs.isEmpty(), "TopBraid finds the graph broken");
        assertEquals(theirs, ours(g));
    }
}
