package org.ofstedkg.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ofstedkg.serve.chart.EnglandMap;
import org.ofstedkg.serve.chart.GradeDistribution;
import org.ofstedkg.serve.chart.GradeTimeline;
import org.ofstedkg.serve.chart.LatestGrade;
import org.ofstedkg.serve.chart.NeighbourGrades;

/**
 * The site's charts from the store: each draws the rows of one query of {@code serve/} (aggregated in SPARQL).
 * An authority's charts run their query here; the charts of the whole store (the national distribution, the
 * map) are given the rows of their store-wide queries, which read every report and so are computed ahead and
 * kept ({@link AheadQueries}). The grade scales' words are read once, as the store's ontology does not change
 * while it is served; the map's shapes are made when the server starts.
 */
final class Charts {

    private final Site site;
    private final EnglandMap map = EnglandMap.load();
    private volatile Map<String, List<String>> scales;

    Charts(Site site) {
        this.site = site;
    }

    /** An authority's headline grades over time across every framework, from the rows of authority-grades.rq. */
    String timeline(List<Map<String, String>> rows, String name) {
        var points = rows.stream()
                .map(r -> new GradeTimeline.Point(r.get("date"), r.get("framework"), r.get("area"),
                        Integer.parseInt(r.get("grade")), r.get("grade_words")))
                .toList();
        return GradeTimeline.figure("grades-over-time", name, points, scales()).html();
    }

    /** An authority beside its statistical neighbours, by their latest overall grades, from neighbour-grades.rq. */
    String neighbours(List<Map<String, String>> rows) {
        LatestGrade self = null;
        List<LatestGrade> neighbours = new ArrayList<>();
        for (var r : rows) {
            LatestGrade g = LatestGrade.of(r.get("name"), r.get("gss_code"), r.get("latest"));
            if ("true".equals(r.get("self"))) {
                self = g;
            } else {
                neighbours.add(g);
            }
        }
        if (self == null || neighbours.isEmpty()) {
            return "<p id=\"neighbours\">The register names no statistical neighbours of this authority (only the "
                    + "authorities of today have them).</p>\n";
        }
        return NeighbourGrades.figure("neighbours", self, neighbours).html();
    }

    /** The national distribution of overall grades by year and framework, from the rows of grade-distribution.rq. */
    static String distribution(List<Map<String, String>> rows) {
        var counts = rows.stream()
                .map(r -> new GradeDistribution.Count(Integer.parseInt(r.get("year")), r.get("framework"),
                        Integer.parseInt(r.get("grade")), Integer.parseInt(r.get("judgements"))))
                .toList();
        return GradeDistribution.figure("grade-distribution", counts).html();
    }

    /** England's authorities of today shaded by their latest overall grade, from the rows of latest-grades.rq. */
    String map(List<Map<String, String>> rows) {
        var grades = rows.stream().map(r -> LatestGrade.of(r.get("name"), r.get("gss_code"), r.get("latest"))).toList();
        return map.figure("england-map", grades).html();
    }

    private Map<String, List<String>> scales() {
        Map<String, List<String>> read = scales;
        if (read == null) {
            Map<String, List<String>> words = new LinkedHashMap<>();
            site.rows("/serve/grade-scales.rq", null, null).forEach(
                    r -> words.computeIfAbsent(r.get("framework"), k -> new ArrayList<>()).add(r.get("grade_words")));
            scales = read = words;
        }
        return read;
    }
}
