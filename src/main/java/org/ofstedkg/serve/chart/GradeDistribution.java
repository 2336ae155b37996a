package org.ofstedkg.serve.chart;

import static org.ofstedkg.serve.Html.escape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The national distribution of overall grades by year and framework: under each framework's name, one bar per
 * year, its
 * length the number of overall judgements, split by grade from 4 (the best, on the left) to 1, each part in
 * its grade's colour and pattern with its count written on it where it fits.
 */
public final class GradeDistribution {

    /**
     * How many overall judgements of one framework in one year had one grade.
     *
     * @param year the report's year
     * @param framework the framework's name
     * @param grade 1-4
     * @param count how many
     */
    public record Count(int year, String framework, int grade, int count) {
    }

    private static final int WIDTH = 760;
    private static final int LABEL = 60;
    private static final int RIGHT = 50;
    private static final int TOP = 36;
    private static final int ROW = 24;

    private static final String SEPARATOR = "\t";

    private GradeDistribution() {
    }

    /** The chart of the counts: the frameworks in the order they come first in the counts, each one's years in order. */
    public static Figure figure(String id, List<Count> counts) {
        Map<String, int[]> bars = new LinkedHashMap<>();
        counts.stream().map(Count::framework).distinct().forEach(f -> counts.stream()
                .filter(c -> c.framework().equals(f)).map(Count::year).sorted().distinct()
                .forEach(year -> bars.put(f + SEPARATOR + year, new int[5])));
        for (Count c : counts) {
            bars.get(c.framework() + SEPARATOR + c.year())[Grades.of(c.grade()).value] += c.count();
        }
        long frameworks = counts.stream().map(Count::framework).distinct().count();
        int max = bars.values().stream().mapToInt(GradeDistribution::total).max().orElse(1);
        double scale = (WIDTH - LABEL - RIGHT) / (double) max;
        int height = TOP + ROW * (bars.size() + (int) frameworks) + 10;
        StringBuilder b = new StringBuilder(Grades.legend(id, 10, 16, true, false));
        List<List<String>> rows = new ArrayList<>();
        int row = 0;
        String framework = null;
        for (var bar : bars.entrySet()) {
            String[] key = bar.getKey().split(SEPARATOR);
            if (!key[0].equals(framework)) {
                framework = key[0];
                b.append(Figure.text(10, TOP + ROW * row++ + 17, framework, "font-weight=\"bold\""));
            }
            double y = TOP + ROW * row++;
            b.append(Figure.text(LABEL - 8, y + 15, key[1], "text-anchor=\"end\""));
            double x = LABEL;
            List<String> cells = new ArrayList<>(List.of(key[1], key[0]));
            for (Grades g : Grades.graded()) {
                int n = bar.getValue()[g.value];
                cells.add(Integer.toString(n));
                if (n == 0) {
                    continue;
                }
                double w = n * scale;
                b.append("<g><title>").append(escape(key[0] + ", " + key[1] + ": " + n + " graded "
                        + g.value + " (" + g.words.split(",")[0] + ")"))
                        .append("</title><rect x=\"").append(Grades.n(x)).append("\" y=\"").append(Grades.n(y + 2))
                        .append("\" width=\"").append(Grades.n(w)).append("\" height=\"").append(ROW - 4)
                        .append("\" fill=\"").append(g.fill(id)).append("\" stroke=\"#fff\" stroke-width=\"1\"/>");
                String label = Integer.toString(n);
                if (w >= 8 + 7 * label.length()) {
                    // A solid chip under the count keeps it readable on the pattern.
                    double chip = 4 + 7 * label.length();
                    b.append("<rect x=\"").append(Grades.n(x + w / 2 - chip / 2)).append("\" y=\"").append(Grades.n(y + 6))
                            .append("\" width=\"").append(Grades.n(chip)).append("\" height=\"").append(ROW - 12)
                            .append("\" fill=\"").append(g.colour).append("\"/>")
                            .append(Figure.text(x + w / 2, y + 16, label, "text-anchor=\"middle\" fill=\""
                                    + Grades.ON_COLOUR + "\" font-size=\"11\""));
                }
                b.append("</g>");
                x += w;
            }
            int total = total(bar.getValue());
            cells.add(Integer.toString(total));
            rows.add(cells);
            b.append(Figure.text(x + 6, y + 15, Integer.toString(total), ""));
        }
        int judgements = bars.values().stream().mapToInt(GradeDistribution::total).sum();
        int[] byGrade = new int[5];
        bars.values().forEach(v -> {
            for (int g = 1; g <= 4; g++) {
                byGrade[g] += v[g];
            }
        });
        String description = bars.isEmpty() ? "The store holds no overall judgement."
                : judgements + " overall judgements of authorities in " + frameworks + " frameworks, one bar a year "
                        + "under each framework's name, as long as its number of judgements and split by grade from 4 "
                        + "(the best) on the left to 1 "
                        + "on the right: in all " + byGrade[4] + " graded 4, " + byGrade[3] + " graded 3, " + byGrade[2]
                        + " graded 2 and " + byGrade[1] + " graded 1. Each grade has its own colour and pattern.";
        return new Figure(id, "Overall grades by year and framework", description, WIDTH, height, b.toString(),
                Figure.table("Overall judgements by year, framework and grade", List.of("year", "framework",
                        "4 outstanding", "3 good", "2 requires improvement or adequate", "1 inadequate", "all"), rows));
    }

    private static int total(int[] byGrade) {
        return byGrade[1] + byGrade[2] + byGrade[3] + byGrade[4];
    }
}
