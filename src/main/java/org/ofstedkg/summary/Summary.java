package org.ofstedkg.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.query.Query;
import org.apache.jena.system.Txn;
import org.ofstedkg.Bundled;
import org.ofstedkg.store.KnowledgeStore;
import org.ofstedkg.store.QueryRunner;

/**
 * The local authority analysts' summary of a store: one row per authority of today with its latest graded
 * inspection (an ILACS, SIF or looked after children inspection; latest by its last day), or one row per
 * graded inspection of any authority. Each row has the register's codes, the inspection's grades and the
 * identifiers of their judgements, the previous overall grade, and the statistical neighbours with their
 * latest overall grades. An authority that carries on from one other (a reorganisation, or a part of a split)
 * takes the previous grade from that one's inspections when it has none of its own before.
 *
 * <p>Everything is read from one snapshot of the store: {@code queries/summary.rq} (the graded inspections,
 * in the summary's columns) and the register's queries of {@code summary/}.
 */
public final class Summary {

    private static final Query INSPECTIONS = QueryRunner.canned("summary");
    private static final Query AUTHORITIES = register("authorities");
    private static final Query NEIGHBOURS = register("neighbours");
    private static final Query PREDECESSORS = register("predecessors");

    /** The column of the summary's query naming an inspection's authority. */
    private static final String AUTHORITY_ID = "authority_id";

    /** A row: the value of each column, in the columns' order; "" where there is none. */
    public record Row(List<String> values) {
        public Row {
            values = List.copyOf(values);
        }

        public String get(Column column) {
            return values.get(column.ordinal());
        }
    }

    private final List<Row> rows;

    private Summary(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The summary's rows, already made (for tests and other sources). */
    public static Summary of(List<Row> rows) {
        return new Summary(rows);
    }

    /**
     * The summary of the store as it is, read in one transaction.
     *
     * @param all one row per graded inspection instead of one per authority of today
     */
    public static Summary of(KnowledgeStore store, boolean all) {
        QueryRunner runner = new QueryRunner(store);
        return Txn.calculateRead(store.dataset(), () -> new Assembly(runner.rows(INSPECTIONS),
                runner.rows(AUTHORITIES), runner.rows(NEIGHBOURS), runner.rows(PREDECESSORS)).summary(all));
    }

    public static List<Column> columns() {
        return Arrays.asList(Column.values());
    }

    public List<Row> rows() {
        return rows;
    }

    private static Query register(String name) {
        return QueryRunner.parse(Bundled.text("/summary/" + name + ".rq"), "summary/" + name + ".rq");
    }

    /** The rows of the queries put together. */
    private static final class Assembly {
        /** Each authority's graded inspections, earliest first. */
        private final Map<String, List<Map<String, String>>> inspections = new HashMap<>();
        private final List<Map<String, String>> allInspections;
        private final Map<String, Map<String, String>> authorities = new LinkedHashMap<>();
        /** Each authority's neighbours, by LA code. */
        private final Map<String, List<Map<String, String>>> neighbours = new HashMap<>();
        private final Map<String, String> predecessor = new HashMap<>();

        Assembly(List<Map<String, String>> inspectionRows, List<Map<String, String>> authorityRows,
                List<Map<String, String>> neighbourRows, List<Map<String, String>> predecessorRows) {
            this.allInspections = inspectionRows;
            for (var i : inspectionRows) {
                inspections.computeIfAbsent(i.get(AUTHORITY_ID), k -> new ArrayList<>()).add(i);
            }
            Comparator<Map<String, String>> byEnd = Comparator.<Map<String, String>, String>comparing(
                    i -> i.get("inspection_end")).thenComparing(i -> i.get("report"));
            inspections.values().forEach(list -> list.sort(byEnd));
            authorityRows.forEach(a -> authorities.put(a.get(AUTHORITY_ID), a));
            neighbourRows.forEach(n -> neighbours.computeIfAbsent(n.get(AUTHORITY_ID), k -> new ArrayList<>()).add(n));
            predecessorRows.forEach(p -> predecessor.put(p.get(AUTHORITY_ID), p.get("predecessor_id")));
        }

        Summary summary(boolean all) {
            List<Row> rows = new ArrayList<>();
            if (all) {
                for (var inspection : allInspections) {
                    String id = inspection.get(AUTHORITY_ID);
                    rows.add(row(authorities.getOrDefault(id, inspection), Optional.of(inspection)));
                }
            } else {
                for (var authority : authorities.values()) {
                    if (authority.get("valid_until").isEmpty()) {
                        rows.add(row(authority, latest(authority.get(AUTHORITY_ID))));
                    }
                }
            }
            return new Summary(rows);
        }

        private Optional<Map<String, String>> latest(String authority) {
            List<Map<String, String>> own = inspections.getOrDefault(authority, List.of());
            return own.isEmpty() ? Optional.empty() : Optional.of(own.get(own.size() - 1));
        }

        /**
         * The last inspection that ended before the day: the authority's own, or else (and so on back) those
         * of the authority it carries on from.
         */
        private Optional<Map<String, String>> previous(String authority, String before) {
            Set<String> seen = new HashSet<>();
            for (String a = authority; a != null && seen.add(a); a = predecessor.get(a)) {
                Optional<Map<String, String>> found = inspections.getOrDefault(a, List.of()).stream()
                        .filter(i -> i.get("inspection_end").compareTo(before) < 0)
                        .reduce((earlier, later) -> later);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }

        private Row row(Map<String, String> authority, Optional<Map<String, String>> inspection) {
            String id = authority.get(AUTHORITY_ID);
            Map<String, String> values = new HashMap<>(authority);
            inspection.ifPresent(i -> {
                values.putAll(i);
                previous(id, i.get("inspection_end")).ifPresent(p -> {
                    values.put(Column.PREVIOUS_OVERALL_GRADE.header(), p.get("overall_grade"));
                    values.put(Column.PREVIOUS_INSPECTION_END.header(), p.get("inspection_end"));
                    values.put(Column.PREVIOUS_OVERALL_EVIDENCE.header(), p.get("overall_effectiveness_evidence"));
                });
            });
            List<Map<String, String>> near = neighbours.getOrDefault(id, List.of());
            values.put(Column.STATISTICAL_NEIGHBOURS.header(), near.stream().map(n -> n.get("neighbour_la_code"))
                    .collect(Collectors.joining(",")));
            values.put(Column.STATISTICAL_NEIGHBOURS_LATEST_GRADES.header(), near.stream()
                    .map(n -> latest(n.get("neighbour_id")).map(i -> i.get("overall_grade")).orElse(""))
                    .collect(Collectors.joining(",")));
            return new Row(columns().stream().map(c -> values.getOrDefault(c.header(), "")).toList());
        }
    }
}
