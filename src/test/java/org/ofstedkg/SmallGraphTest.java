package org.ofstedkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** SmallGraph answers every look-up as Jena's default in-memory graph does, before and after changes. */
class SmallGraphTest {

    private static final Node A = NodeFactory.createURI("http://example.org/a");
    private static final Node B = NodeFactory.createURI("http://example.org/b");
    private static final Node P = NodeFactory.createURI("http://example.org/p");
    private static final Node Q = NodeFactory.createURI("http://example.org/q");
    private static final Node BLANK = NodeFactory.createBlankNode();
    private static final Node ONE = NodeFactory.createLiteralDT("1", XSDDatatype.XSDinteger);
    /** The same value as ONE, another term: kept apart, as Jena's default graph keeps them. */
    private static final Node ONE_PADDED = NodeFactory.createLiteralDT("01", XSDDatatype.XSDinteger);
    private static final Node TEXT = NodeFactory.createLiteralString("a");
    private static final Node ABSENT = NodeFactory.createURI("http://example.org/absent");

    private static final List<Triple> TRIPLES = List.of(Triple.create(A, P, B), Triple.create(A, P, ONE),
            Triple.create(A, Q, ONE_PADDED), Triple.create(B, P, A), Triple.create(BLANK, Q, TEXT),
            Triple.create(B, Q, B), Triple.create(A, P, B) /* again */, Triple.create(BLANK, P, A));

    @Test
    void answersEveryPatternAsJenasGraph() {
        Graph small = new SmallGraph();
        Graph jena = GraphFactory.createDefaultGraph();
        for (Triple t : TRIPLES) {
            small.add(t);
            jena.add(t);
            assertSame(jena, small); // each add drops the index built by the look-ups before
        }
        assertEquals(7, small.size());
        small.delete(Triple.create(A, P, ONE));
        jena.delete(Triple.create(A, P, ONE));
        small.delete(Triple.create(A, P, ABSENT)); // not there: nothing changes
        assertSame(jena, small);
        assertEquals(6, small.size());
        small.clear();
        assertEquals(0, small.size());
        assertFalse(small.find().hasNext());
    }

    @Test
    void keepsTheOrderAdded() {
        Graph small = new SmallGraph();
        TRIPLES.forEach(small::add);
        List<Triple> found = small.find().toList();
        assertEquals(new ArrayList<>(new java.util.LinkedHashSet<>(TRIPLES)), found);
    }

    /** Every pattern of the graphs' nodes and one absent node, each position given or ANY. */
    private static void assertSame(Graph expected, Graph actual) {
        List<Node> nodes = List.of(A, B, P, Q, BLANK, ONE, ONE_PADDED, TEXT, ABSENT, Node.ANY);
        assertEquals(expected.size(), actual.size());
        for (Node s : nodes) {
            for (Node p : nodes) {
                for (Node o : nodes) {
                    Set<Triple> want = new HashSet<>(expected.find(s, p, o).toList());
                    List<Triple> got = actual.find(s, p, o).toList();
                    String pattern = s + " " + p + " " + o;
                    assertEquals(want, new HashSet<>(got), pattern);
                    assertEquals(want.size(), got.size(), "no repeats: " + pattern);
                    assertEquals(expected.contains(s, p, o), actual.contains(s, p, o), pattern);
                }
            }
        }
        assertTrue(actual.isIsomorphicWith(expected));
    }
}
