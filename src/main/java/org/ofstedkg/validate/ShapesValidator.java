package org.ofstedkg.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.compose.DisjointUnion;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.query.Query;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.TargetType;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.BindingRoot;
import org.apache.jena.sparql.engine.main.QueryEngineMain;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementMinus;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.PatternVars;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.PathWriter;
import org.ofstedkg.Bundled;
import org.ofstedkg.SmallGraph;

/**
 * The validation stage: checks a report's graph against the project's SHACL shapes. The report is
 * validated together with the ontology and the register it refers to, never the whole store, so the
 * cost of validating a report does not grow with the store.
 *
 * <p>The shapes' SPARQL constraints are evaluated once over the graph, not once per focus node as Jena
 * does: Jena builds and plans a query execution for each focus node, which took a seventh of an ingest's
 * CPU for the grade of every judgement. Each such constraint selects {@code $this} in a triple pattern of
 * its top-level group, so the solutions with {@code $this} unbound, restricted to the shape's focus nodes,
 * are exactly those with each focus node pre-bound; the constructor refuses any other. A test compares
 * both ways on graphs that violate them.
 */
public final class ShapesValidator {

    public static final String SHAPES_RESOURCE = "/shapes/ofsted-kg-shapes.ttl";

    private static final Var THIS = Var.alloc("this");
    private static final Var VALUE = Var.alloc("value");

    /** The shapes without their SPARQL constraints, for Jena's validator. */
    private final Shapes coreShapes;
    private final List<GraphWideConstraint> sparqlConstraints;
    private final Graph context;
    private final PrefixMapping prefixes;

    /**
     * A SPARQL constraint of a node shape, compiled and optimised once, and the shape whose focus nodes it
     * checks: building and planning an execution per report took as long as several runs of the query.
     */
    private record GraphWideConstraint(Shape shape, Op plan, String message) {
    }

    /** The context each constraint's plan runs in (a copy of it): already optimised. */
    private static final Context PLANNED = ARQ.getContext().copy().set(ARQ.optimization, false);

    /**
     * @param context the graphs every report may refer to (ontology, register), read-only
     */
    public ShapesValidator(Graph context, PrefixMapping prefixes) {
        Graph shapesGraph = bundledShapes();
        this.sparqlConstraints = graphWide(Shapes.parse(shapesGraph));
        Graph core = GraphFactory.createGraphMem();
        GraphUtil.addInto(core, shapesGraph);
        core.remove(Node.ANY, SHACL.sparql, Node.ANY);
        this.coreShapes = Shapes.parse(core);
        QuickChecks.install(coreShapes);
        // One in-memory copy of the (small) context: each look-up then asks two graphs, not every part of it.
        this.context = new SmallGraph();
        GraphUtil.addInto(this.context, context);
        this.prefixes = prefixes;
    }

    public static Graph bundledShapes() {
        return Bundled.turtle(SHAPES_RESOURCE);
    }

    /**
     * The SPARQL constraints, each checked to give once over the graph what it gives per focus node; a shapes
     * file with any other is refused when the validator is made, never evaluated wrong.
     */
    private static List<GraphWideConstraint> graphWide(Shapes shapes) {
        List<GraphWideConstraint> found = new ArrayList<>();
        shapes.iteratorAll().forEachRemaining(shape -> {
            for (Constraint c : shape.getConstraints()) {
                if (!(c instanceof SparqlConstraint sparql) || shape.deactivated()) {
                    continue;
                }
                String where = "the SPARQL constraint of " + shape.getShapeNode() + ": ";
                if (!shape.isNodeShape() || !shape.hasTarget() || shape.getTargets().stream()
                        .anyMatch(t -> t.getTargetType() != TargetType.targetClass)) {
                    throw new IllegalStateException(where + "only node shapes with sh:targetClass are evaluated");
                }
                if (shapes.getGraph().contains(Node.ANY, Node.ANY, shape.getShapeNode())) {
                    // sh:node, sh:not, sh:and ...: its conformance is checked inside Jena, without sh:sparql.
                    throw new IllegalStateException(where + "its shape is referred to by another shape");
                }
                if (sparql.getMessage() == null) {
                    throw new IllegalStateException(where + "it has no sh:message");
                }
                Query query = sparql.getQuery();
                String refused = refusal(query);
                if (refused != null) {
                    throw new IllegalStateException(where + refused);
                }
                found.add(new GraphWideConstraint(shape, Algebra.optimize(Algebra.compile(query)), sparql.getMessage()));
            }
        });
        return found;
    }

    /**
     * Why the query's solutions with $this unbound, kept where $this is a focus node, might not be those with
     * $this pre-bound; null if they are: a SELECT without modifiers whose $this stands in triple patterns of
     * the top-level group only, and which reads no other pre-bound variable.
     */
    private static String refusal(Query query) {
        if (!query.isSelectType() || query.hasLimit() || query.hasOffset() || query.hasGroupBy()
                || query.hasAggregators() || query.hasHaving() || query.hasValues()) {
            return "only a SELECT without LIMIT, OFFSET, GROUP BY, aggregates or VALUES is evaluated once over the graph";
        }
        Set<Var> mentioned = new HashSet<>(PatternVars.vars(query.getQueryPattern()));
        for (String preBound : List.of("currentShape", "shapesGraph", "PATH", "path")) {
            if (mentioned.contains(Var.alloc(preBound))) {
                return "it uses $" + preBound + ", which is not bound when evaluated once over the graph";
            }
        }
        if (!(query.getQueryPattern() instanceof ElementGroup top) || top.getElements().stream()
                .noneMatch(e -> e instanceof ElementPathBlock block && mentionsThis(block))) {
            return "$this is in no triple pattern of its top-level group";
        }
        boolean[] elsewhere = {false};
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementPathBlock el) {
                elsewhere[0] |= !atTop(top, el) && mentionsThis(el);
            }

            @Override
            public void visit(ElementBind el) {
                elsewhere[0] |= el.getVar().equals(THIS) || el.getExpr().getVarsMentioned().contains(THIS);
            }

            @Override
            public void visit(ElementFilter el) {
                elsewhere[0] |= !atTop(top, el) && el.getExpr().getVarsMentioned().contains(THIS);
            }

            @Override
            public void visit(ElementSubQuery el) {
                elsewhere[0] = true;
            }

            @Override
            public void visit(ElementData el) {
                elsewhere[0] = true;
            }

            @Override
            public void visit(ElementMinus el) {
                elsewhere[0] = true;
            }
        });
        return elsewhere[0] ? "$this is read outside the top-level group's triple patterns and filters, or the query "
                + "has a sub-select, VALUES or MINUS" : null;
    }

    /** Whether the element is one of the group's own, not an equal one nested deeper. */
    private static boolean atTop(ElementGroup top, Element el) {
        return top.getElements().stream().anyMatch(e -> e == el);
    }

    private static boolean mentionsThis(ElementPathBlock block) {
        return block.getPattern().getList().stream().anyMatch(t -> THIS.equals(t.getSubject()) || THIS.equals(t.getObject()));
    }

    /**
     * Every violation of the graph, sorted for stable output; empty when it conforms. The report and its
     * context are read as a disjoint union, which does not look for each statement of one in the other:
     * SHACL counts value nodes as sets, so a statement in both could at most repeat a SPARQL constraint's
     * violation, and repeats are dropped.
     */
    public List<Violation> validate(Graph report) {
        return validateWhole(new DisjointUnion(report, context));
    }

    /** Every violation of a graph that holds its own ontology and register: a whole store's union graph. */
    public List<Violation> validateWhole(Graph everything) {
        List<Violation> violations = coreViolations(everything);
        for (GraphWideConstraint c : sparqlConstraints) {
            Set<Node> focus = new HashSet<>(VLib.focusNodes(everything, c.shape()));
            if (focus.isEmpty()) {
                continue; // most reports have no conflicting statement: no query at all
            }
            // A copy each time: the engine writes into its context (the time, the plan), and validators run
            // on several threads.
            QueryIterator rows = QueryEngineMain.getFactory().create(c.plan(), DatasetGraphFactory.wrap(everything),
                    BindingRoot.create(), PLANNED.copy()).iterator();
            try {
                while (rows.hasNext()) {
                    Binding row = rows.next();
                    Node focusNode = row.get(THIS);
                    if (focus.contains(focusNode)) {
                        // As SHACL says of a node shape's SPARQL constraint: the value is the focus node unless selected.
                        Node value = row.contains(VALUE) ? row.get(VALUE) : focusNode;
                        violations.add(new Violation(label(focusNode), "", message(c.message(), row) + " (value: "
                                + label(value) + ")", c.shape().getSeverity().level().getLocalName()));
                    }
                }
            } finally {
                rows.close();
            }
        }
        return sorted(violations);
    }

    /**
     * Jena's plain validation of the core shapes, as {@code ShaclValidator} runs it, except that the report
     * (an RDF model) is built only when there is something in it.
     */
    private List<Violation> coreViolations(Graph data) {
        ValidationContext vCxt = ValidationContext.create(coreShapes, data);
        for (Shape shape : coreShapes.getTargetShapes()) {
            for (Node focusNode : VLib.focusNodes(data, shape)) {
                VLib.validateShape(vCxt, data, shape, focusNode);
            }
        }
        return vCxt.hasViolation() ? entries(vCxt.generateReport()) : new ArrayList<>();
    }

    /**
     * Jena's own evaluation of all the shapes, each SPARQL constraint once per focus node: what the
     * graph-wide evaluation must agree with (tests).
     */
    List<Violation> validateNodeByNode(Graph report) {
        return sorted(entries(ShaclValidator.get().validate(Shapes.parse(bundledShapes()),
                new DisjointUnion(report, context))));
    }

    private List<Violation> entries(ValidationReport report) {
        List<Violation> violations = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            violations.add(new Violation(
                    label(e.focusNode()),
                    e.resultPath() == null ? "" : PathWriter.asString(e.resultPath(), new Prologue(prefixes)),
                    e.message() + (e.value() == null ? "" : " (value: " + label(e.value()) + ")"),
                    e.severity().level().getLocalName()));
        }
        return violations;
    }

    private static List<Violation> sorted(List<Violation> violations) {
        return violations.stream().distinct().sorted(Comparator.comparing(Violation::focusNode)
                .thenComparing(Violation::property).thenComparing(Violation::message)).toList();
    }

    /** The message with each {?var} or {$var} of the solution written as Jena's SHACL writes it. */
    private static String message(String template, Binding row) {
        String message = template;
        for (Iterator<Var> vars = row.vars(); vars.hasNext();) {
            Var v = vars.next();
            Node n = row.get(v);
            String shown = n.isLiteral() ? n.getLiteralLexicalForm() : ShLib.displayStr(n);
            message = message.replace("{?" + v.getVarName() + "}", shown).replace("{$" + v.getVarName() + "}", shown);
        }
        return message;
    }

    private String label(Node n) {
        if (n.isURI()) {
            String q = prefixes.qnameFor(n.getURI());
            return q != null ? q : "<" + n.getURI() + ">";
        }
        return n.toString();
    }
}
