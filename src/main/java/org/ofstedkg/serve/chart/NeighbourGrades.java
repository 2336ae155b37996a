package org.ofstedkg.serve.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * An authority beside its statistical neighbours: one row each, the authority first and marked, a marker in
 * the column of its latest overall grade (1 to 4, left to right) with the grade, framework and date written
 * after it.
 */
public final class NeighbourGrades {

    private static final int WIDTH = 800;
    private static final int NAME = 250;
    private static final int COLUMN = 58;
    private static final int ROW = 26;
    private static final int TOP = 72;

    private NeighbourGrades() {
    }

    /**
     * @param self the authority's own latest grade
     * @param neighbours its statistical neighbours' latest grades, in the order shown
     */
    public static Figure figure(String id, LatestGrade self, List<LatestGrade> neighbours) {
        List<LatestGrade> all = new ArrayList<>();
        all.add(self);
        all.addAll(neighbours);
        int height = TOP + ROW * all.size() + 10;
        StringBuilder b = new StringBuilder(Grades.legend(id, 10, 16, false, true));
        b.append(Figure.text(column(1), TOP - 30, "worse", "text-anchor=\"middle\""))
                .append(Figure.text(column(4), TOP - 30, "better", "text-anchor=\"middle\""))
                .append(Figure.text(column(0), TOP - 12, "none", "text-anchor=\"middle\""));
        for (Grades g : Grades.graded()) {
            double x = column(g.value);
            b.append(Figure.text(x, TOP - 12, Integer.toString(g.value), "text-anchor=\"middle\" font-weight=\"bold\""));
        }
        b.append(Figure.text(NAME + 5 * COLUMN + 10, TOP - 12, "latest overall grade", ""));
        for (int i = 0; i < all.size(); i++) {
            LatestGrade a = all.get(i);
            double y = TOP + ROW * i + ROW / 2.0;
            if (i == 0) {
                b.append("<rect x=\"0\" y=\"").append(Grades.n(y - ROW / 2.0)).append("\" width=\"").append(WIDTH)
                        .append("\" height=\"").append(ROW).append("\" fill=\"#f3f2f1\"/>");
            }
            b.append("<line x1=\"").append(Grades.n(column(1))).append("\" x2=\"").append(Grades.n(column(4)))
                    .append("\" y1=\"").append(Grades.n(y)).append("\" y2=\"").append(Grades.n(y))
                    .append("\" stroke=\"#b1b4b6\"/>");
            b.append(Figure.text(NAME - 10, y + 4, a.authority(),
                    "text-anchor=\"end\"" + (i == 0 ? " font-weight=\"bold\"" : "")));
            Grades g = Grades.of(a.grade());
            double x = column(g.value);
            b.append(g.marker(x, y, 8, a.authority() + ": " + a.said()));
            b.append(Figure.text(NAME + 5 * COLUMN + 10, y + 4, a.grade() == 0 ? "no graded inspection"
                    : a.gradeWords() + ", " + a.date().substring(0, 4), ""));
        }
        long graded = all.stream().filter(a -> a.grade() > 0).count();
        long better = neighbours.stream().filter(a -> self.grade() > 0 && a.grade() > self.grade()).count();
        long worse = neighbours.stream().filter(a -> self.grade() > 0 && a.grade() > 0 && a.grade() < self.grade())
                .count();
        String description = self.authority() + " (the first row, in bold) beside its statistical neighbours. "
                + "Its latest overall grade is " + self.said() + ". Of its "
                + neighbours.size() + " statistical neighbours (DfE's statistical neighbour model, as listed in "
                + "la-lookup.csv of data-to-insight's ofsted-ilacs-scrape-tool), " + (graded - (self.grade() > 0 ? 1 : 0))
                + " have a graded inspection in the store"
                + (self.grade() > 0 ? ": " + better + " graded better, " + worse + " worse" : "")
                + ". Each row is one authority, its marker in the column of its grade, 1 (the worst) on the left to "
                + "4 (the best) on the right; each grade has its own colour, shape and number.";
        List<List<String>> rows = all.stream().map(a -> List.of(a.authority() + (a == self ? " (this authority)" : ""),
                a.grade() == 0 ? "none" : a.gradeWords() + " (" + a.grade() + ")", a.framework(), a.date())).toList();
        return new Figure(id, self.authority() + " beside its statistical neighbours", description, WIDTH, height,
                b.toString(), Figure.table("Latest overall grades of " + self.authority() + " and its statistical "
                        + "neighbours", List.of("authority", "latest overall grade", "framework", "date"), rows));
    }

    /** The middle of a grade's column: none (0) first, then 1 to 4. */
    private static double column(int grade) {
        return NAME + COLUMN * (grade + 0.5);
    }
}
