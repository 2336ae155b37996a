package org.ofstedkg.serve.chart;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.ofstedkg.Bundled;

/**
 * England's children's services authorities of today, each shaded by its latest overall grade. The shapes are
 * made once, when the map is loaded (the server loads it at start), from the Office for National Statistics'
 * boundaries of the local authority districts of 2023 (generalised; Open Government Licence v3.0, contains OS
 * data © Crown copyright and database right 2023): a unitary, metropolitan or London authority is its
 * district; a county is the union of its districts ({@code county-districts-2023.csv}). Points are projected
 * (equirectangular, true to scale at 52.5° north), rounded to a unit (about 1.1 km) and the borders
 * between districts of one authority dropped, so each authority is one outline. London's boroughs are drawn
 * again, larger, in a box.
 */
public final class EnglandMap {

    /** Where the shapes come from, as the map's description and the README name it. */
    public static final String SOURCE = "Boundaries: Office for National Statistics, local authority districts "
            + "(December 2023, generalised), Open Government Licence v3.0, contains OS data © Crown copyright and "
            + "database right 2023; counties joined from their districts";

    static final String BOUNDARIES = "/reference/england-districts-2023.geojson";
    static final String COUNTIES = "/reference/county-districts-2023.csv";

    private static final double WEST = -6.45;
    private static final double NORTH = 55.85;
    private static final double SCALE = 100;
    private static final double COS = Math.cos(Math.toRadians(52.5));
    /** Points are rounded to 1/STEPS of a unit. */
    private static final int STEPS = 1;
    private static final int WIDTH = 590;
    private static final int HEIGHT = 660;
    private static final int MAP_TOP = 40;
    /** The London box: where it is drawn and how much larger. */
    private static final double INSET_X = 392;
    private static final double INSET_Y = 50;
    private static final double INSET_SCALE = 3.4;

    private static volatile EnglandMap loaded;

    /** Each authority's outline as SVG path data, by its GSS code. */
    private final Map<String, String> outlines;
    /** The top-left corner of London's boroughs, in map units. */
    private final double londonX;
    private final double londonY;

    private EnglandMap(Map<String, String> outlines, double londonX, double londonY) {
        this.outlines = outlines;
        this.londonX = londonX;
        this.londonY = londonY;
    }

    /** The map, made on first use and kept. */
    public static EnglandMap load() {
        EnglandMap map = loaded;
        if (map == null) {
            synchronized (EnglandMap.class) {
                if (loaded == null) {
                    loaded = make();
                }
                map = loaded;
            }
        }
        return map;
    }

    /** The GSS codes of the authorities the map has a shape for. */
    public java.util.Set<String> codes() {
        return outlines.keySet();
    }

    /**
     * The map of the authorities' grades. An authority of the grades the map has no shape for is still in the
     * table; a shape with no grade given is drawn as having none.
     */
    public Figure figure(String id, List<LatestGrade> grades) {
        Map<String, LatestGrade> byCode = new HashMap<>();
        grades.forEach(g -> byCode.put(g.code(), g));
        StringBuilder shapes = new StringBuilder();
        StringBuilder london = new StringBuilder();
        int[] counts = new int[5];
        for (var shape : outlines.entrySet()) {
            LatestGrade g = byCode.get(shape.getKey());
            Grades grade = g == null ? Grades.NONE : Grades.of(g.grade());
            counts[grade.value]++;
            String path = "<path d=\"" + shape.getValue() + "\" fill=\"" + grade.fill(id) + "\"><title>"
                    + org.ofstedkg.serve.Html.escape(g == null ? shape.getKey() + ": no grade"
                            : g.authority() + ": " + g.said()) + "</title></path>";
            shapes.append(path);
            if (shape.getKey().startsWith("E09")) {
                london.append(path);
            }
        }
        StringBuilder b = new StringBuilder(Grades.legend(id, 10, 16, true, true));
        String style = " fill-rule=\"evenodd\" stroke=\"" + Grades.INK + "\" stroke-width=\"0.4\" stroke-linejoin=\"round\"";
        b.append("<g transform=\"translate(0 ").append(MAP_TOP).append(")\"").append(style).append('>').append(shapes)
                .append("</g>");
        double boxW = 52 * INSET_SCALE;
        double boxH = 42 * INSET_SCALE + 16;
        b.append("<rect x=\"").append(Grades.n(INSET_X - 4)).append("\" y=\"").append(Grades.n(INSET_Y - 4))
                .append("\" width=\"").append(Grades.n(boxW + 8)).append("\" height=\"").append(Grades.n(boxH + 8))
                .append("\" fill=\"#fff\" stroke=\"").append(Grades.INK).append("\"/>")
                .append(Figure.text(INSET_X, INSET_Y + 10, "London, enlarged", ""))
                .append("<g transform=\"translate(").append(Grades.n(INSET_X - londonX * INSET_SCALE)).append(' ')
                .append(Grades.n(INSET_Y + 16 - londonY * INSET_SCALE)).append(") scale(").append(INSET_SCALE).append(")\"")
                .append(style.replace("stroke-width=\"0.4\"", "stroke-width=\"0.15\"")).append('>').append(london)
                .append("</g>");
        List<List<String>> rows = grades.stream().sorted(java.util.Comparator.comparing(LatestGrade::authority))
                .map(g -> List.of(g.authority(), g.grade() == 0 ? "none" : g.gradeWords() + " (" + g.grade() + ")",
                        g.framework(), g.date()))
                .toList();
        String description = "A map of England's " + outlines.size() + " children's services authorities of today, "
                + "each shaded by the grade of its latest overall judgement (4 the best): " + counts[4] + " graded 4, "
                + counts[3] + " graded 3, " + counts[2] + " graded 2, " + counts[1] + " graded 1 and " + counts[0]
                + " with no graded judgement in the store, drawn white. Each grade has its own colour and pattern; "
                + "London's boroughs are drawn again, larger, in a box. " + SOURCE + ".";
        return new Figure(id, "England by each authority's latest overall grade", description, WIDTH, HEIGHT,
                b.toString(), Figure.table("Latest overall grade of each authority", List.of("authority",
                        "latest overall grade", "framework", "date"), rows));
    }

    private static EnglandMap make() {
        Map<String, String> countyOf = new HashMap<>();
        try (var in = new BufferedReader(new InputStreamReader(Bundled.open(COUNTIES), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line; (line = in.readLine()) != null;) {
                String[] cells = line.split(",");
                countyOf.put(cells[2], cells[0]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Each authority's rings, as points rounded to the grid.
        Map<String, List<long[]>> rings = new TreeMap<>();
        JsonObject collection = JSON.parse(Bundled.open(BOUNDARIES));
        double londonX = Double.MAX_VALUE;
        double londonY = Double.MAX_VALUE;
        for (JsonValue feature : collection.get("features").getAsArray()) {
            JsonObject f = feature.getAsObject();
            String district = f.get("properties").getAsObject().get("LAD23CD").getAsString().value();
            String authority = countyOf.getOrDefault(district, district);
            JsonObject geometry = f.get("geometry").getAsObject();
            JsonArray coordinates = geometry.get("coordinates").getAsArray();
            List<JsonArray> polygons = new ArrayList<>();
            if (geometry.get("type").getAsString().value().equals("Polygon")) {
                polygons.add(coordinates);
            } else {
                coordinates.forEach(p -> polygons.add(p.getAsArray()));
            }
            for (JsonArray polygon : polygons) {
                for (JsonValue ring : polygon) {
                    long[] points = ring(ring.getAsArray());
                    if (points.length >= 3) {
                        rings.computeIfAbsent(authority, k -> new ArrayList<>()).add(points);
                    }
                    if (district.startsWith("E09")) {
                        for (long p : points) {
                            londonX = Math.min(londonX, x(p) / (double) STEPS);
                            londonY = Math.min(londonY, y(p) / (double) STEPS);
                        }
                    }
                }
            }
        }
        Map<String, String> outlines = new LinkedHashMap<>();
        rings.forEach((authority, list) -> outlines.put(authority, outline(list)));
        return new EnglandMap(outlines, londonX, londonY);
    }

    /** A ring's points on the grid, each packed in a long (x high, y low), without repeats in a row. */
    private static long[] ring(JsonArray coordinates) {
        List<Long> points = new ArrayList<>();
        for (JsonValue c : coordinates) {
            JsonArray lonLat = c.getAsArray();
            double lon = lonLat.get(0).getAsNumber().value().doubleValue();
            double lat = lonLat.get(1).getAsNumber().value().doubleValue();
            long x = Math.round((lon - WEST) * COS * SCALE * STEPS);
            long y = Math.round((NORTH - lat) * SCALE * STEPS);
            long p = (x << 32) | y;
            if (points.isEmpty() || points.get(points.size() - 1) != p) {
                points.add(p);
            }
        }
        if (points.size() > 1 && points.get(0).equals(points.get(points.size() - 1))) {
            points.remove(points.size() - 1);
        }
        return points.stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * The outline of an authority from its districts' rings: an edge two of its rings share is an inner border
     * and goes; the edges left are walked into closed loops (every point meets an even number of them), drawn
     * with the even-odd rule so that holes stay holes.
     */
    private static String outline(List<long[]> rings) {
        Map<String, Integer> uses = new HashMap<>();
        for (long[] ring : rings) {
            for (int i = 0; i < ring.length; i++) {
                uses.merge(edge(ring[i], ring[(i + 1) % ring.length]), 1, Integer::sum);
            }
        }
        Map<Long, List<Long>> next = new HashMap<>();
        uses.forEach((edge, n) -> {
            if (n % 2 == 1) {
                String[] ends = edge.split(":");
                long a = Long.parseLong(ends[0]);
                long b = Long.parseLong(ends[1]);
                next.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
                next.computeIfAbsent(b, k -> new ArrayList<>()).add(a);
            }
        });
        StringBuilder d = new StringBuilder();
        for (long[] ring : rings) {
            for (long start : ring) {
                List<Long> out = next.get(start);
                if (out == null || out.isEmpty()) {
                    continue;
                }
                d.append('M').append(point(start)).append('l');
                long at = start;
                while (true) {
                    List<Long> from = next.get(at);
                    if (from == null || from.isEmpty()) {
                        break;
                    }
                    long to = from.remove(from.size() - 1);
                    next.get(to).remove(Long.valueOf(at));
                    if (to == start) {
                        break;
                    }
                    // Relative steps: a few digits each on a grid this fine.
                    d.append(Grades.n((x(to) - x(at)) / (double) STEPS)).append(' ')
                            .append(Grades.n((y(to) - y(at)) / (double) STEPS)).append(' ');
                    at = to;
                }
                d.setLength(d.length() - 1);
                d.append('Z');
            }
        }
        return d.toString();
    }

    private static String edge(long a, long b) {
        return a < b ? a + ":" + b : b + ":" + a;
    }

    private static long x(long p) {
        return p >>> 32;
    }

    private static long y(long p) {
        return p & 0xffffffffL;
    }

    private static String point(long p) {
        return Grades.n(x(p) / (double) STEPS) + " " + Grades.n(y(p) / (double) STEPS);
    }
}
