package org.ofstedkg.validate;

import static org.apache.jena.shacl.lib.ShLib.displayStr;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.ClassConstraint;
import org.apache.jena.shacl.engine.constraint.ConstraintOp1;
import org.apache.jena.shacl.engine.constraint.ConstraintOpN;
import org.apache.jena.shacl.engine.constraint.QualifiedValueShape;
import org.apache.jena.shacl.engine.constraint.ReportConstraint;
import org.apache.jena.shacl.engine.constraint.ShAnd;
import org.apache.jena.shacl.engine.constraint.ShNode;
import org.apache.jena.shacl.engine.constraint.ShNot;
import org.apache.jena.shacl.engine.constraint.ShOr;
import org.apache.jena.shacl.engine.constraint.ShXone;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportItem;
import org.apache.jena.shacl.validation.ValidationProc;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.vocabulary.RDF;

/**
 * Replacements for two of Jena's SHACL checks that cost more than their answer needs; the rest (components,
 * messages, events, printing) is Jena's, and so is every answer.
 * <ul>
 * <li>The checks of a value against another shape (sh:node, sh:or, sh:and, sh:not, sh:xone,
 * sh:qualifiedValueShape) validate the value in a context of their own, then ask whether it conforms by
 * building that context's whole validation report, an RDF model, for every value checked. The report of a
 * value that conforms is thrown away at once, and most values conform (a letter's rating shape checks every
 * node of the letter): a tenth of the validation stage went on those models. These replacements ask the
 * context whether it saw a violation instead, which is what the report's {@code conforms()} reads.</li>
 * <li>sh:class gathers every type of the value and all their superclasses, walking rdfs:subClassOf over the
 * report and its context, for every value (a sixth of the validation stage). Values are mostly typed with
 * the very class asked for: that one look-up answers, and the walk is left for the others.</li>
 * </ul>
 */
final class QuickChecks {

    private QuickChecks() {
    }

    /** Replaces the checks in every shape reachable from {@code shapes}; how many were replaced. */
    static int install(Shapes shapes) {
        Set<Shape> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        int[] replaced = {0};
        shapes.iteratorAll().forEachRemaining(s -> replaced[0] += install(s, seen));
        return replaced[0];
    }

    private static int install(Shape shape, Set<Shape> seen) {
        if (!seen.add(shape)) {
            return 0;
        }
        int replaced = 0;
        Collection<Constraint> constraints = shape.getConstraints();
        if (!(constraints instanceof List<Constraint> list)) {
            // Jena parses into an ArrayList and adds to it itself; anything else is a Jena this code does not know.
            throw new IllegalStateException("the constraints of " + shape.getShapeNode() + " are not a list");
        }
        for (ListIterator<Constraint> it = list.listIterator(); it.hasNext();) {
            Constraint c = it.next();
            Constraint quick = quick(c);
            if (quick != null) {
                it.set(quick);
                replaced++;
            }
            if (c instanceof QualifiedValueShape q) {
                replaced += install(q.getSub(), seen);
            } else if (c instanceof ConstraintOp1 op) {
                replaced += install(op.getOther(), seen);
            } else if (c instanceof ConstraintOpN op) {
                for (Shape other : op.getOthers()) {
                    replaced += install(other, seen);
                }
            }
        }
        for (Shape property : shape.getPropertyShapes()) {
            replaced += install(property, seen);
        }
        return replaced;
    }

    /** The replacement of Jena's constraint, or null if it is not one of the seven (or replaced already). */
    private static Constraint quick(Constraint c) {
        if (c.getClass() == QualifiedValueShape.class) {
            QualifiedValueShape q = (QualifiedValueShape) c;
            // Disjoint siblings are looked up by Jena's private code: left to it (the project's shapes have none).
            return q.qDisjoint() ? null : new QualifiedCheck(q.getSub(), q.qMin(), q.qMax());
        } else if (c.getClass() == ShNode.class) {
            return new NodeCheck(((ShNode) c).getOther());
        } else if (c.getClass() == ShNot.class) {
            return new NotCheck(((ShNot) c).getOther());
        } else if (c.getClass() == ShOr.class) {
            return new OrCheck(((ShOr) c).getOthers());
        } else if (c.getClass() == ShAnd.class) {
            return new AndCheck(((ShAnd) c).getOthers());
        } else if (c.getClass() == ShXone.class) {
            return new XoneCheck(((ShXone) c).getOthers());
        } else if (c.getClass() == ClassConstraint.class) {
            return new ClassCheck(((ClassConstraint) c).getExpectedClass());
        }
        return null;
    }

    /** Whether the node conforms to the shape, as Jena's checks decide it, without a report. */
    private static boolean conforms(ValidationContext vCxt, Graph data, Shape shape, Node node) {
        ValidationContext inner = ValidationContext.create(vCxt);
        ValidationProc.execValidateShape(inner, data, shape, node);
        return !inner.hasViolation();
    }

    /** Whether any shape conforms (with {@code conforming} false: fails), stopping at the first as Jena does. */
    private static boolean any(ValidationContext vCxt, Graph data, List<Shape> shapes, Node node, boolean conforming) {
        for (Shape s : shapes) {
            if (conforms(vCxt, data, s, node) == conforming) {
                return true;
            }
        }
        return false;
    }

    // The messages and events below are Jena 5.6's, word for word.

    /** sh:qualifiedValueShape without sh:qualifiedValueShapesDisjoint, whose value nodes are counted as they are. */
    private static final class QualifiedCheck extends QualifiedValueShape {
        QualifiedCheck(Shape sub, int qMin, int qMax) {
            super(sub, qMin, qMax, false);
        }

        @Override
        public void validatePropertyShape(ValidationContext vCxt, Graph data, Shape shape, Node focusNode, Path path,
                Set<Node> valueNodes) {
            int x = 0;
            for (Node v : valueNodes) {
                x += conforms(vCxt, vCxt.getDataGraph(), getSub(), v) ? 1 : 0;
            }
            int counted = x;
            boolean minPassed = !(qMin() >= 0 && qMin() > x);
            if (!minPassed) {
                vCxt.reportEntry(this + ": Min = " + qMin() + " but got " + x + " validations", shape, focusNode, path,
                        null, new ReportConstraint(SHACL.QualifiedMinCountConstraintComponent));
            }
            if (qMin() > 0) {
                vCxt.notifyValidationListener(() -> new QualifiedMinCountConstraintEvaluatedEvent(vCxt, shape,
                        focusNode, this, path, valueNodes, valueNodes, qMin(), counted, minPassed));
            }
            boolean maxPassed = !(qMax() >= 0 && qMax() < x);
            if (!maxPassed) {
                vCxt.reportEntry(this + ": Max = " + qMax() + " but got " + x + " validations", shape, focusNode, path,
                        null, new ReportConstraint(SHACL.QualifiedMaxCountConstraintComponent));
            }
            if (qMax() > 0) {
                vCxt.notifyValidationListener(() -> new QualifiedMaxCountConstraintEvaluatedEvent(vCxt, shape,
                        focusNode, this, path, valueNodes, valueNodes, qMax(), counted, maxPassed));
            }
        }
    }

    private static final class NodeCheck extends ShNode {
        NodeCheck(Shape other) {
            super(other);
        }

        @Override
        public ReportItem validate(ValidationContext vCxt, Graph data, Node node) {
            return conforms(vCxt, data, other, node) ? null
                    : new ReportItem(this + " at focusNode " + displayStr(node), node);
        }
    }

    private static final class NotCheck extends ShNot {
        NotCheck(Shape other) {
            super(other);
        }

        @Override
        public ReportItem validate(ValidationContext vCxt, Graph data, Node node) {
            return !conforms(vCxt, data, other, node) ? null
                    : new ReportItem("Not[" + other + "] at focusNode " + displayStr(node), node);
        }
    }

    private static final class OrCheck extends ShOr {
        OrCheck(List<Shape> others) {
            super(others);
        }

        @Override
        public ReportItem validate(ValidationContext vCxt, Graph data, Node node) {
            return any(vCxt, data, others, node, true) ? null
                    : new ReportItem(this + " at focusNode " + displayStr(node), node);
        }
    }

    private static final class AndCheck extends ShAnd {
        AndCheck(List<Shape> others) {
            super(others);
        }

        @Override
        public ReportItem validate(ValidationContext vCxt, Graph data, Node node) {
            return any(vCxt, data, others, node, false)
                    ? new ReportItem(this + " at focusNode " + displayStr(node), node) : null;
        }
    }

    private static final class XoneCheck extends ShXone {
        XoneCheck(List<Shape> others) {
            super(others);
        }

        @Override
        public ReportItem validate(ValidationContext vCxt, Graph data, Node node) {
            int c = 0;
            for (Shape s : others) {
                c += conforms(vCxt, data, s, node) ? 1 : 0;
            }
            return c == 1 ? null
                    : new ReportItem(this + " has " + c + " conforming shapes at focusNode " + displayStr(node), node);
        }
    }

    /** sh:class: the value typed with the class itself conforms; any other is Jena's to decide. */
    private static final class ClassCheck extends ClassConstraint {
        ClassCheck(Node expectedClass) {
            super(expectedClass);
        }

        @Override
        public ReportItem validate(ValidationContext vCxt, Graph data, Node node) {
            return !node.isLiteral() && data.contains(node, RDF.Nodes.type, getExpectedClass()) ? null
                    : super.validate(vCxt, data, node);
        }
    }
}
