package org.ofstedkg.serve.chart;

import static org.ofstedkg.serve.Html.escape;

import java.util.List;

import org.ofstedkg.serve.Html;

/**
 * A chart as a page shows it: an SVG picture (role="img", named by its title and described by its desc, so a
 * screen reader announces what it shows) and beside it the same figures as a table, so the page reads the
 * same without the picture.
 *
 * @param id the id of the figure on its page; the SVG's own ids (title, desc, patterns) start with it
 * @param title what the chart shows, in a few words
 * @param description what it shows in sentences: what is drawn how, and the main figures
 * @param width the picture's width in SVG units (it scales down to fit a narrow screen)
 * @param height its height
 * @param body the drawing, inside the SVG after its title, desc and the grades' patterns
 * @param table the text alternative: the chart's figures as an HTML table
 */
public record Figure(String id, String title, String description, int width, int height, String body, String table) {

    /** The picture alone: a standalone SVG document's root element. */
    public String svg() {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width + " " + height + "\" width=\"" + width
                + "\" height=\"" + height + "\" role=\"img\" aria-labelledby=\"" + id + "-title " + id + "-desc\""
                + " font-family=\"sans-serif\" font-size=\"12\" style=\"max-width:100%;height:auto\" class=\"chart\">"
                + "<title id=\"" + id + "-title\">" + escape(title) + "</title><desc id=\"" + id + "-desc\">"
                + escape(description) + "</desc><defs>" + Grades.patterns(id) + "</defs>" + body + "</svg>";
    }

    /** The figure as a page shows it: the picture with its caption, then its figures as a table. */
    public String html() {
        return "<figure id=\"" + id + "\" class=\"chart\">" + svg() + "<figcaption>" + escape(title) + ". "
                + escape(description) + "</figcaption></figure>\n<details class=\"chart-data\" id=\"" + id
                + "-data\"><summary>" + escape(title) + ": the figures as a table</summary>\n" + table + "</details>\n";
    }

    /** An HTML table with a caption, a header row and rows of text (each cell escaped here). */
    static String table(String caption, List<String> header, List<List<String>> rows) {
        StringBuilder b = new StringBuilder(Html.scrollingTable(null, null, caption)).append("<caption>").append(escape(caption)).append("</caption>\n<tr>");
        header.forEach(h -> b.append("<th scope=\"col\">").append(escape(h)).append("</th>"));
        b.append("</tr>\n");
        for (List<String> row : rows) {
            b.append("<tr>");
            row.forEach(c -> b.append("<td>").append(escape(c)).append("</td>"));
            b.append("</tr>\n");
        }
        return b.append(Html.TABLE_END).append("\n").toString();
    }

    /** SVG text at (x, y); {@code attributes} are further attributes written as they are (anchor, weight). */
    static String text(double x, double y, String text, String attributes) {
        return "<text x=\"" + Grades.n(x) + "\" y=\"" + Grades.n(y) + "\"" + (attributes.isEmpty() ? "" : " " + attributes)
                + ">" + escape(text) + "</text>";
    }
}
