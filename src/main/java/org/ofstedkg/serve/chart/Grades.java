package org.ofstedkg.serve.chart;

import static org.ofstedkg.serve.Html.escape;

import java.util.List;
import java.util.Locale;

/**
 * The one place that says how a grade looks in every chart: a colour, and, so that no chart tells grades by
 * colour alone, a marker shape, a fill pattern and the grade's number written on it. Grades are the values of
 * the graph's scales (okg:gradeValue), which every framework shares: 4 the best (outstanding, performs
 * excellently), 1 the worst (inadequate, performs poorly). The colours are dark enough for white text on them
 * (WCAG AA, 4.5:1) and for the shapes to stand out from the white page (3:1).
 */
public enum Grades {
    /** No grade: an authority the store holds no graded judgement of. */
    NONE(0, "#ffffff", "no grade", "hollow", "no grade"),
    INADEQUATE(1, "#942514", "diamond", "cross-hatched", "inadequate, performs poorly"),
    ADEQUATE(2, "#a35200", "triangle", "dotted", "requires improvement, adequate, performs adequately"),
    GOOD(3, "#1d70b8", "square", "striped", "good, performs well"),
    OUTSTANDING(4, "#00703c", "circle", "solid", "outstanding, performs excellently");

    /** The colour of outlines, axes and text on the white page. */
    public static final String INK = "#0b0c0c";
    /** The colour of the text written on a grade's colour. */
    public static final String ON_COLOUR = "#ffffff";

    public final int value;
    public final String colour;
    public final String shape;
    public final String pattern;
    /** What the grade is called on the scales that have it (each framework's own word is in the chart's data). */
    public final String words;

    Grades(int value, String colour, String shape, String pattern, String words) {
        this.value = value;
        this.colour = colour;
        this.shape = shape;
        this.pattern = pattern;
        this.words = words;
    }

    /** The grade of a value 1-4; anything else (none, unparsable) is {@link #NONE}. */
    public static Grades of(String value) {
        if (value == null) {
            return NONE;
        }
        try {
            return of(Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return NONE;
        }
    }

    public static Grades of(int value) {
        for (Grades g : values()) {
            if (g.value == value && value > 0) {
                return g;
            }
        }
        return NONE;
    }

    /** The grades with a value, best first, as legends list them. */
    public static List<Grades> graded() {
        return List.of(OUTSTANDING, GOOD, ADEQUATE, INADEQUATE);
    }

    /** The text a chart writes on or beside a mark of this grade: its number, or a dash for none. */
    public String mark() {
        return this == NONE ? "–" : Integer.toString(value);
    }

    /** The id of this grade's fill pattern in a chart whose ids start with {@code prefix}. */
    public String patternId(String prefix) {
        return prefix + "-grade-" + name().toLowerCase(Locale.ROOT);
    }

    /** The fill of an area of this grade: its pattern (colour and texture). */
    public String fill(String prefix) {
        return "url(#" + patternId(prefix) + ")";
    }

    /** The patterns of every grade, for a chart's {@code <defs>}: colour plus a texture of white lines or dots. */
    public static String patterns(String prefix) {
        StringBuilder b = new StringBuilder();
        for (Grades g : values()) {
            b.append("<pattern id=\"").append(g.patternId(prefix)).append("\" width=\"8\" height=\"8\" ")
                    .append("patternUnits=\"userSpaceOnUse\"><rect width=\"8\" height=\"8\" fill=\"").append(g.colour)
                    .append("\"/>");
            switch (g) {
                case GOOD -> b.append("<path d=\"M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4\" stroke=\"#fff\" stroke-width=\"1.5\"/>");
                case ADEQUATE -> b.append("<circle cx=\"4\" cy=\"4\" r=\"1.6\" fill=\"#fff\"/>");
                case INADEQUATE -> b.append("<path d=\"M0,0 l8,8 M8,0 l-8,8\" stroke=\"#fff\" stroke-width=\"1.3\"/>");
                default -> {
                }
            }
            b.append("</pattern>");
        }
        return b.toString();
    }

    /**
     * A marker of this grade centred at (x, y) with radius r: its shape in its colour with its number in white
     * (a hollow circle with a dash for none), and a tooltip.
     */
    public String marker(double x, double y, double r, String tooltip) {
        StringBuilder b = new StringBuilder("<g class=\"grade-").append(value).append("\"><title>").append(escape(tooltip))
                .append("</title>");
        String fill = "fill=\"" + colour + "\"";
        switch (this) {
            case OUTSTANDING -> b.append("<circle cx=\"").append(n(x)).append("\" cy=\"").append(n(y)).append("\" r=\"")
                    .append(n(r)).append("\" ").append(fill).append("/>");
            case GOOD -> b.append("<rect x=\"").append(n(x - r * 0.9)).append("\" y=\"").append(n(y - r * 0.9))
                    .append("\" width=\"").append(n(r * 1.8)).append("\" height=\"").append(n(r * 1.8)).append("\" ")
                    .append(fill).append("/>");
            case ADEQUATE -> b.append("<path d=\"M").append(n(x)).append(',').append(n(y - r * 1.15)).append(" L")
                    .append(n(x + r * 1.15)).append(',').append(n(y + r * 0.85)).append(" L").append(n(x - r * 1.15))
                    .append(',').append(n(y + r * 0.85)).append(" Z\" ").append(fill).append("/>");
            case INADEQUATE -> b.append("<path d=\"M").append(n(x)).append(',').append(n(y - r * 1.2)).append(" L")
                    .append(n(x + r * 1.2)).append(',').append(n(y)).append(" L").append(n(x)).append(',')
                    .append(n(y + r * 1.2)).append(" L").append(n(x - r * 1.2)).append(',').append(n(y)).append(" Z\" ")
                    .append(fill).append("/>");
            case NONE -> b.append("<circle cx=\"").append(n(x)).append("\" cy=\"").append(n(y)).append("\" r=\"")
                    .append(n(r)).append("\" ").append(fill).append(" stroke=\"").append(INK).append("\"/>");
        }
        double textY = this == ADEQUATE ? y + r * 0.55 : y + r * 0.4;
        b.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(textY)).append("\" text-anchor=\"middle\" ")
                .append("font-size=\"").append(n(r * 1.1)).append("\" font-weight=\"bold\" fill=\"")
                .append(this == NONE ? INK : ON_COLOUR).append("\">").append(mark()).append("</text></g>");
        return b.toString();
    }

    /**
     * A legend of the grades in one row from (x, y): each grade's marker, or with {@code areas} its patterned
     * swatch, then its number and words; {@code none} adds the mark of no grade.
     */
    public static String legend(String prefix, double x, double y, boolean areas, boolean none) {
        StringBuilder b = new StringBuilder("<g class=\"legend\">");
        double at = x;
        List<Grades> shown = new java.util.ArrayList<>(graded());
        if (none) {
            shown.add(NONE);
        }
        for (Grades g : shown) {
            if (areas) {
                b.append("<rect x=\"").append(n(at)).append("\" y=\"").append(n(y - 9))
                        .append("\" width=\"14\" height=\"14\" fill=\"")
                        .append(g.fill(prefix)).append("\" stroke=\"").append(INK).append("\" stroke-width=\"0.5\"/>");
            } else {
                b.append(g.marker(at + 7, y - 2, 7, g.words));
            }
            String label = g == NONE ? "no grade" : g.value + " " + g.words.split(",")[0];
            b.append(Figure.text(at + 18, y + 2, label, ""));
            at += 24 + label.length() * 6.2;
        }
        return b.append("</g>").toString();
    }

    /** A number for SVG: at most one decimal, no trailing zero. */
    static String n(double v) {
        long tenths = Math.round(v * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : Double.toString(tenths / 10.0);
    }
}
