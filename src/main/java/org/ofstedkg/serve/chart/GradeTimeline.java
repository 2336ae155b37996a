package org.ofstedkg.serve.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An authority's headline grades over time across every framework: one marker per judgement, placed by its
 * report's date (across 2008 to 2025 at least) and its grade (the frameworks share the values 1 to 4, so up
 * is better in every one), under a key that spells out each framework's own scale.
 */
public final class GradeTimeline {

    /**
     * One judgement.
     *
     * @param date its report's date, ISO (yyyy-mm-dd)
     * @param framework the assessment's name (the framework whose scale it is graded on)
     * @param area what it judges (overall, or a review's area)
     * @param grade 1-4
     * @param gradeWords the grade in its framework's words
     */
    public record Point(String date, String framework, String area, int grade, String gradeWords) {
    }

    private static final int WIDTH = 760;
    private static final int LEFT = 170;
    /** Room between the grades' names and the first year, so markers spread sideways stay clear of them. */
    private static final int PAD = 64;
    private static final int RIGHT = 20;
    private static final int TOP = 34;
    private static final int BAND = 44;
    private static final double R = 8;

    private GradeTimeline() {
    }

    /**
     * The chart of an authority's points.
     *
     * @param scales each framework's words for its grades 4 to 1, by framework name; those of the points' frameworks
     *     are shown
     */
    public static Figure figure(String id, String authority, List<Point> points, Map<String, List<String>> scales) {
        int firstYear = Math.min(2008, points.stream().mapToInt(p -> year(p.date())).min().orElse(2008));
        int lastYear = Math.max(2025, points.stream().mapToInt(p -> year(p.date())).max().orElse(2025));
        double plotWidth = WIDTH - LEFT - PAD - RIGHT;
        LocalDate start = LocalDate.of(firstYear, 1, 1);
        long days = LocalDate.of(lastYear + 1, 1, 1).toEpochDay() - start.toEpochDay();
        List<String> frameworks = points.stream().sorted(Comparator.comparing(Point::date)).map(Point::framework)
                .distinct().toList();
        int height = TOP + 4 * BAND + 40 + 18 * frameworks.size() + 10;
        StringBuilder b = new StringBuilder();
        b.append(Grades.legend(id, 10, 16, false, false));
        for (Grades g : Grades.graded()) {
            double y = bandCentre(g.value);
            b.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
                    .append(Grades.n(y)).append("\" y2=\"").append(Grades.n(y)).append("\" stroke=\"#b1b4b6\"/>");
            b.append(Figure.text(LEFT - 8, y + 4, g.value + " " + g.words.split(",")[0], "text-anchor=\"end\""));
        }
        double axisY = TOP + 4 * BAND;
        b.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
                .append(Grades.n(axisY)).append("\" y2=\"").append(Grades.n(axisY)).append("\" stroke=\"")
                .append(Grades.INK).append("\"/>");
        for (int year = firstYear; year <= lastYear; year++) {
            double x = LEFT + PAD + plotWidth * (LocalDate.of(year, 1, 1).toEpochDay() - start.toEpochDay()) / days;
            b.append("<line x1=\"").append(Grades.n(x)).append("\" x2=\"").append(Grades.n(x)).append("\" y1=\"")
                    .append(Grades.n(axisY)).append("\" y2=\"").append(Grades.n(axisY + 5)).append("\" stroke=\"")
                    .append(Grades.INK).append("\"/>");
            if ((year - firstYear) % 2 == 0) {
                b.append(Figure.text(x, axisY + 18, Integer.toString(year), "text-anchor=\"middle\""));
            }
        }
        // Judgements of one date and grade side by side, so none hides another.
        Map<String, List<Point>> together = new TreeMap<>();
        points.forEach(p -> together.computeIfAbsent(p.date() + " " + p.grade(), k -> new ArrayList<>()).add(p));
        for (List<Point> group : together.values()) {
            Point first = group.get(0);
            double x = LEFT + PAD + plotWidth * (LocalDate.parse(first.date()).toEpochDay() - start.toEpochDay()) / days;
            double y = bandCentre(first.grade());
            for (int i = 0; i < group.size(); i++) {
                Point p = group.get(i);
                double dx = (i - (group.size() - 1) / 2.0) * (R * 2 + 1);
                b.append(Grades.of(p.grade()).marker(x + dx, y, R, p.date() + ", " + p.framework() + ", " + p.area()
                        + ": " + p.gradeWords() + " (" + p.grade() + ")"));
            }
        }
        double keyY = axisY + 42;
        b.append(Figure.text(10, keyY, "Each framework's scale, from 4 to 1:", "font-weight=\"bold\""));
        for (int i = 0; i < frameworks.size(); i++) {
            String f = frameworks.get(i);
            List<String> words = scales.getOrDefault(f, List.of());
            StringBuilder scale = new StringBuilder(f).append(": ");
            for (int k = 0; k < words.size(); k++) {
                scale.append(k == 0 ? "" : " · ").append(4 - k).append(' ').append(words.get(k));
            }
            b.append(Figure.text(10, keyY + 18 * (i + 1), scale.toString(), ""));
        }
        List<List<String>> rows = points.stream().sorted(Comparator.comparing(Point::date))
                .map(p -> List.of(p.date(), p.framework(), p.area(), p.gradeWords() + " (" + p.grade() + ")")).toList();
        String description = points.isEmpty() ? "The store holds no graded judgement of " + authority + "."
                : points.size() + " headline judgements of " + authority + " from " + rows.get(0).get(0) + " to "
                        + rows.get(rows.size() - 1).get(0) + ", in " + frameworks.size() + " framework"
                        + (frameworks.size() == 1 ? "" : "s") + " (" + String.join("; ", frameworks) + "), placed by "
                        + "date from " + firstYear + " to " + lastYear + " and by grade, 4 (the best) at the top; each "
                        + "grade has its own colour, shape and number. " + summary(points);
        return new Figure(id, "Grades over time of " + authority, description, WIDTH, height, b.toString(),
                Figure.table("Headline judgements of " + authority + " by date", List.of("date", "framework", "area",
                        "grade"), rows));
    }

    /** How many judgements had each grade, in words. */
    static String summary(List<Point> points) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        points.stream().sorted(Comparator.comparingInt(Point::grade).reversed())
                .forEach(p -> counts.merge(p.grade(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((grade, n) -> parts.add(n + " graded " + grade + " (" + Grades.of(grade).words.split(",")[0] + ")"));
        return String.join(", ", parts) + ".";
    }

    private static double bandCentre(int grade) {
        return TOP + (4 - grade) * BAND + BAND / 2.0;
    }

    private static int year(String date) {
        return Integer.parseInt(date.substring(0, 4));
    }
}
