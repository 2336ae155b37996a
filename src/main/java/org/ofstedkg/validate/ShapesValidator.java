package org.ofstedkg.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.compose.DisjointUnion;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.PathWriter;
import org.ofstedkg.Bundled;

/**
 * The validation stage: checks a report's graph against the project's SHACL shapes. The report is
 * validated together with the ontology and the register it refers to, never the whole store, so the
 * cost of validating a report does not grow with the store.
 */
public final class ShapesValidator {

    public static final String SHAPES_RESOURCE = "/shapes/ofsted-kg-shapes.ttl";

    private final Shapes shapes;
    private final Graph context;
    private final PrefixMapping prefixes;

    /**
     * @param context the graphs every report may refer to (ontology, register), read-only
     */
    public ShapesValidator(Graph context, PrefixMapping prefixes) {
        this.shapes = Shapes.parse(bundledShapes());
        // One in-memory copy of the (small) context: each look-up then asks two graphs, not every part of it.
        this.context = GraphFactory.createGraphMem();
        GraphUtil.addInto(this.context, context);
        this.prefixes = prefixes;
    }

    public static Graph bundledShapes() {
        return Bundled.turtle(SHAPES_RESOURCE);
    }

    /**
     * Every violation of the graph, sorted for stable output; empty when it conforms. The report and its
     * context are read as a disjoint union, which does not look for each statement of one in the other:
     * SHACL counts value nodes as sets, so a statement in both could at most repeat a SPARQL constraint's
     * violation, and repeats are dropped.
     */
    public List<Violation> validate(Graph report) {
        return violations(ShaclValidator.get().validate(shapes, new DisjointUnion(report, context)));
    }

    /** Every violation of a graph that holds its own ontology and register: a whole store's union graph. */
    public List<Violation> validateWhole(Graph everything) {
        return violations(ShaclValidator.get().validate(shapes, everything));
    }

    private List<Violation> violations(ValidationReport result) {
        List<Violation> violations = new ArrayList<>();
        for (ReportEntry e : result.getEntries()) {
            violations.add(new Violation(
                    label(e.focusNode()),
                    e.resultPath() == null ? "" : PathWriter.asString(e.resultPath(), new Prologue(prefixes)),
                    e.message() + (e.value() == null ? "" : " (value: " + label(e.value()) + ")"),
                    e.severity().level().getLocalName()));
        }
        return violations.stream().distinct().sorted(Comparator.comparing(Violation::focusNode)
                .thenComparing(Violation::property).thenComparing(Violation::message)).toList();
    }

    private String label(Node n) {
        if (n.isURI()) {
            String q = prefixes.qnameFor(n.getURI());
            return q != null ? q : "<" + n.getURI() + ">";
        }
        return n.toString();
    }
}
