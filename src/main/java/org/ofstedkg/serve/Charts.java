package org.ofstedkg.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.ofstedkg.serve.chart.EnglandMap;
import org.ofstedkg.serve.chart.GradeDistribution;
import org.ofstedkg.serve.chart.GradeTimeline;
import org.ofstedkg.serve.chart.LatestGrade;
import org.ofstedkg.serve.chart.NeighbourGrades;
import org.ofstedkg.store.KnowledgeStore;

/**
 * The site's charts from the store: each runs one query of {@code serve/} (aggregated in SPARQL) and hands its
 * rows to the chart that draws them. The grade scales' words are read once, as the store's ontology does not
 * change while it is served; the map's shapes are made when the server starts; the charts of the whole store
 * (the national distribution, the map) are kept until the store changes, as their queries read every report.
 */
final class Charts {

    /** A chart drawn from the store at one version of its content. */
    private record Kept(long version, String html) {
    }

    private final Site site;
    private final KnowledgeStore store;
    private final EnglandMap map = EnglandMap.load();
    private volatile Map<String, List<String>> scales;
    private volatile Kept distribution;
    private volatile Kept england;

    Charts(Site site, KnowledgeStore store) {
        this.site = site;
        this.store = store;
    }

    /** An authority's headline grades over time across every framework. */
    String timeline(String authorityIri, String name) {
        var points = site.rows("/serve/authority-grades.rq", "authority", authorityIri).stream()
                .map(r -> new GradeTimeline.Point(r.get("date"), r.get("framework"), r.get("area"),
                        Integer.parseInt(r.get("grade")), r.get("grade_words")))
                .toList();
        return GradeTimeline.figure("grades-over-time", name, points, scales()).html();
    }

    /** An authority beside its statistical neighbours, by their latest overall grades. */
    String neighbours(String authorityIri) {
        LatestGrade self = null;
        List<LatestGrade> neighbours = new ArrayList<>();
        for (var r : site.rows("/serve/neighbour-grades.rq", "authority", authorityIri)) {
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

    /** The national distribution of overall grades by year and framework. */
    String distribution() {
        Kept kept = distribution;
        if (kept == null || kept.version() != store.version()) {
            distribution = kept = draw(this::drawDistribution);
        }
        return kept.html();
    }

    private String drawDistribution() {
        var counts = site.rows("/serve/grade-distribution.rq", null, null).stream()
                .map(r -> new GradeDistribution.Count(Integer.parseInt(r.get("year")), r.get("framework"),
                        Integer.parseInt(r.get("grade")), Integer.parseInt(r.get("judgements"))))
                .toList();
        return GradeDistribution.figure("grade-distribution", counts).html();
    }

    /** England's authorities of today shaded by their latest overall grade. */
    String map() {
        Kept kept = england;
        if (kept == null || kept.version() != store.version()) {
            england = kept = draw(this::drawMap);
        }
        return kept.html();
    }

    /** A chart kept under the version the store had before it was drawn: a change while drawing redraws it. */
    private Kept draw(Supplier<String> chart) {
        long version = store.version();
        return new Kept(version, chart.get());
    }

    private String drawMap() {
        var grades = site.rows("/serve/latest-grades.rq", null, null).stream()
                .map(r -> LatestGrade.of(r.get("name"), r.get("gss_code"), r.get("latest"))).toList();
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
