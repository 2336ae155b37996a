package org.ofstedkg.serve.chart;

import static org.ofstedkg.serve.Html.escape;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A bar chart of labelled numbers, such as a query's result with a label column and a number column. */
public final class BarChart {

    /** One bar: its label and its number. */
    public record Bar(String label, BigDecimal value) {
    }

    /** At most this many bars are drawn; the table beside the chart says when there were more. */
    public static final int MAX_BARS = 60;

    private static final int WIDTH = 760;
    private static final int LABEL = 250;
    private static final int RIGHT = 70;
    private static final int ROW = 22;
    private static final String FILL = "#1d70b8";

    private BarChart() {
    }

    /**
     * The chart of a query's rows, if they have a label column and a number column: the last column whose
     * every value is a number gives the bars' lengths (a count or total usually comes after the columns it
     * counts by), the first column that is not all numbers their labels (else the first other column). Empty
     * when no column is all numbers, none is left for labels, or there are no rows.
     */
    public static Optional<Figure> ofRows(String id, List<String> columns, List<Map<String, String>> rows) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<String> numeric = columns.stream().filter(c -> rows.stream().allMatch(r -> number(r.get(c)) != null))
                .toList();
        Optional<String> number = numeric.isEmpty() ? Optional.empty() : Optional.of(numeric.get(numeric.size() - 1));
        Optional<String> label = columns.stream().filter(c -> !numeric.contains(c)).findFirst()
                .or(() -> columns.stream().filter(c -> !number.equals(Optional.of(c))).findFirst());
        if (number.isEmpty() || label.isEmpty()) {
            return Optional.empty();
        }
        List<Bar> bars = rows.stream().map(r -> new Bar(r.getOrDefault(label.get(), ""), number(r.get(number.get()))))
                .toList();
        return Optional.of(figure(id, "?" + number.get() + " by ?" + label.get(), label.get(), number.get(), bars));
    }

    /**
     * A horizontal bar chart, a bar per row in the rows' order (the first {@link #MAX_BARS}), from zero, with
     * its number written after it.
     */
    public static Figure figure(String id, String title, String labelName, String numberName, List<Bar> bars) {
        List<Bar> drawn = bars.subList(0, Math.min(bars.size(), MAX_BARS));
        BigDecimal largest = drawn.stream().map(Bar::value).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        BigDecimal smallest = drawn.stream().map(Bar::value).min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        double max = largest.doubleValue();
        double min = smallest.doubleValue();
        double low = Math.min(0, min);
        double span = Math.max(max, 0) - low;
        double plot = WIDTH - LABEL - RIGHT;
        double zero = LABEL + (span == 0 ? 0 : plot * -low / span);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < drawn.size(); i++) {
            Bar bar = drawn.get(i);
            double y = 10 + ROW * i;
            double v = bar.value().doubleValue();
            double w = span == 0 ? 0 : plot * Math.abs(v) / span;
            double x = v < 0 ? zero - w : zero;
            String label = bar.label().length() > 40 ? bar.label().substring(0, 39) + "…" : bar.label();
            b.append("<g><title>").append(escape(bar.label() + ": " + bar.value().toPlainString())).append("</title>")
                    .append(Figure.text(LABEL - 8, y + 14, label, "text-anchor=\"end\""))
                    .append("<rect x=\"").append(Grades.n(x)).append("\" y=\"").append(Grades.n(y + 2))
                    .append("\" width=\"").append(Grades.n(w)).append("\" height=\"").append(ROW - 5).append("\" fill=\"")
                    .append(FILL).append("\"/>")
                    .append(Figure.text(Math.max(x + w, zero) + 6, y + 14, bar.value().toPlainString(), ""))
                    .append("</g>");
        }
        b.append("<line x1=\"").append(Grades.n(zero)).append("\" x2=\"").append(Grades.n(zero)).append("\" y1=\"8\" y2=\"")
                .append(10 + ROW * drawn.size()).append("\" stroke=\"").append(Grades.INK).append("\"/>");
        String description = bars.size() + " rows, a bar each, as long as its " + numberName + " and labelled by its "
                + labelName + (bars.size() > drawn.size() ? "; the first " + drawn.size() + " are drawn" : "") + "."
                + (drawn.isEmpty() ? "" : " The largest " + numberName + " is " + largest.toPlainString() + ", the smallest "
                        + smallest.toPlainString() + ".");
        List<List<String>> rows = new ArrayList<>();
        bars.forEach(bar -> rows.add(List.of(bar.label(), bar.value().toPlainString())));
        return new Figure(id, title, description, WIDTH, 20 + ROW * drawn.size(), b.toString(),
                Figure.table(title, List.of(labelName, numberName), rows));
    }

    /** The most places a charted number is written with, either side of its point. */
    private static final int MAX_SCALE = 30;

    private static BigDecimal number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            BigDecimal n = new BigDecimal(value.trim());
            // A number a bar cannot be drawn to scale, or written out, in a page (1E999999999 as plain digits is a
            // billion characters) is not a number to chart: its column is then not charted.
            return Math.abs(n.scale()) > MAX_SCALE || Double.isInfinite(n.doubleValue()) ? null : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
