package org.ofstedkg;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NullIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * An in-memory graph for what is built once and then read: one report's statements, the ontology and
 * register a report is validated with. It keeps its triples in the order added, and indexes them by
 * subject, predicate and object on the first look-up after a change. Nodes are compared as terms, as in
 * Jena's default in-memory graph. Like that graph, it may be read from several threads at once once built,
 * but not changed while being read.
 *
 * <p>Why not Jena's: its graph updates its indexes on every add, and that add path was the largest method
 * the JIT compiled in an ingest of 1,000 reports (three compilations, 1.5 s of the compiler's time, out of
 * 8.8 s), a cost that an ingest pays and TDB2's bulk load of the same quads does not. Here an add is a hash
 * set's, code the JVM has compiled already.
 */
public final class SmallGraph extends GraphBase {

    private final Set<Triple> triples = new LinkedHashSet<>();
    /** Null until looked up, and again after each change. */
    private Index index;

    /** Lists of triples by subject, predicate and object; built whole before it is shared. */
    private record Index(Map<Node, List<Triple>> bySubject, Map<Node, List<Triple>> byPredicate,
            Map<Node, List<Triple>> byObject) {
    }

    @Override
    public void performAdd(Triple t) {
        if (triples.add(t)) {
            index = null;
        }
    }

    @Override
    public void performDelete(Triple t) {
        if (triples.remove(t)) {
            index = null;
        }
    }

    @Override
    protected int graphBaseSize() {
        return triples.size();
    }

    @Override
    protected boolean graphBaseContains(Triple t) {
        return t.isConcrete() ? triples.contains(t) : containsByFind(t);
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        Node s = pattern.getMatchSubject();
        Node p = pattern.getMatchPredicate();
        Node o = pattern.getMatchObject();
        if (s == null && p == null && o == null) {
            return WrappedIterator.createNoRemove(triples.iterator());
        }
        Index i = index();
        List<Triple> candidates = s != null ? i.bySubject().get(s) : o != null ? i.byObject().get(o)
                : i.byPredicate().get(p);
        if (candidates == null) {
            return NullIterator.instance();
        }
        ExtendedIterator<Triple> found = WrappedIterator.createNoRemove(candidates.iterator());
        // The index matched one position; any other given is checked, as terms (Triple.matches compares
        // literals by value).
        int given = (s != null ? 1 : 0) + (p != null ? 1 : 0) + (o != null ? 1 : 0);
        return given == 1 ? found : found.filterKeep(t -> (s == null || s.equals(t.getSubject()))
                && (p == null || p.equals(t.getPredicate())) && (o == null || o.equals(t.getObject())));
    }

    /**
     * The index, built if missing. Threads that look up at once may each build one: the record's final fields
     * make whichever they see complete.
     */
    private Index index() {
        Index i = index;
        if (i == null) {
            i = new Index(group(Triple::getSubject), group(Triple::getPredicate), group(Triple::getObject));
            index = i;
        }
        return i;
    }

    private Map<Node, List<Triple>> group(Function<Triple, Node> key) {
        Map<Node, List<Triple>> groups = new HashMap<>();
        for (Triple t : triples) {
            groups.computeIfAbsent(key.apply(t), k -> new ArrayList<>(4)).add(t);
        }
        return groups;
    }
}
