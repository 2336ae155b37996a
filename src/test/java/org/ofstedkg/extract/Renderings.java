package org.ofstedkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Other renderings of a report's text, made in code from the samples (no copies of the reports): as
 * plain text, as PDF text extraction gives it (hard-wrapped, hyphenated, paged with running headers,
 * tables flattened), and with typographic quotes and dashes.
 */
final class Renderings {

    private Renderings() {
    }

    /** No Markdown, no HTML: headings, emphasis, links and escapes become plain words. */
    static String plain(String markdown) {
        return markdown
                .replaceAll("(?m)^#{1,6}\\s+", "")
                .replaceAll("\\*\\*", "")
                .replaceAll("(?<![\\\\*\\w])\\*([^*\\n]+?)\\*(?![*\\w])", "$1")
                .replaceAll("\\[([^\\]\\n]*)\\]\\([^)\\n]*\\)", "$1")
                .replaceAll("\\\\([\\\\*_.\\-])", "$1")
                // A cell's <p> items become sentences of the cell.
                .replaceAll("([^.\\s])</p> *<p>", "$1. ")
                .replaceAll("</?(?:p|b)>", "")
                .replaceAll("(?m)^---+$", "")
                .replaceAll("[ \\t]+$", "");
    }

    /** Lines wrapped at about {@code width} columns, as PDF text extraction gives paragraphs; table rows kept. */
    static String hardWrapped(String text, int width, boolean hyphenate) {
        StringBuilder out = new StringBuilder();
        int lineNo = 0;
        for (String line : text.split("\n", -1)) {
            if (line.indexOf('\t') >= 0 || line.length() <= width) {
                out.append(line).append('\n');
                continue;
            }
            String indent = line.replaceAll("^(\\s*(?:[-*]\\s+|\\d+\\.\\s+)?).*$", "$1");
            StringBuilder current = new StringBuilder();
            for (String word : line.strip().split(" +")) {
                if (current.length() + word.length() + 1 > width && current.length() > 0) {
                    lineNo++;
                    // Every third wrap of a long plain word breaks it with a hyphen, as typesetting does.
                    if (hyphenate && lineNo % 3 == 0 && word.matches("[a-z]{9,}[.,]?")) {
                        int cut = word.length() / 2;
                        out.append(current).append(' ').append(word, 0, cut).append("-\n");
                        current = new StringBuilder(word.substring(cut));
                        continue;
                    }
                    out.append(current).append('\n');
                    current = new StringBuilder();
                }
                if (current.length() > 0) {
                    current.append(' ');
                } else if (out.length() == 0 || out.charAt(out.length() - 1) == '\n') {
                    current.append(current.length() == 0 && indent.isBlank() ? "" : "");
                }
                current.append(word);
            }
            out.append(current).append('\n');
        }
        return out.toString();
    }

    /** Pages of {@code linesPerPage} lines, each closed by a page number and opened by a running header. */
    static String paged(String text, int linesPerPage, String header) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(header).append("\n\n");
        int page = 1;
        for (int i = 0; i < lines.length; i++) {
            out.append(lines[i]).append('\n');
            if ((i + 1) % linesPerPage == 0 && i + 1 < lines.length) {
                out.append('\n').append(page++).append("\n\f").append(header).append("\n\n");
            }
        }
        return out.append('\n').append(page).append('\n').toString();
    }

    /** Typographic quotes and dashes: ’ for apostrophes, “ ” around quotations, – for spaced hyphens. */
    static String curly(String text) {
        return text.replaceAll("(?<=\\w)'(?=\\w)", "\u2019")
                .replaceAll("(?<=\\w)'", "\u2019")
                .replaceAll("'(?=\\w)", "\u2018")
                .replaceAll("\"(?=\\S)", "\u201C").replaceAll("(?<=\\S)\"", "\u201D")
                .replace(" - ", " \u2013 ");
    }

    private static final Pattern TABLE_ROW = Pattern.compile("(?m)^([^\\n]*\\t[^\\n]*)$");

    /**
     * Tables as PDF text gives them: a grades or rating row as words on one line, and a strengths and
     * weaknesses table as its first column's sentences under "Major strengths", then its second's under
     * "Important weaknesses".
     */
    static String flattenedTables(String text) {
        List<String> lines = List.of(text.split("\n", -1));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String[] cells = line.split("\t", -1);
            if (cells.length == 2 && cells[0].strip().matches("(?i)(?:<b>)?major strengths(?:</b>)?")) {
                List<String> strengths = new ArrayList<>();
                List<String> weaknesses = new ArrayList<>();
                int j = i + 1;
                for (; j < lines.size(); j++) {
                    String row = lines.get(j);
                    if (row.isBlank() || row.matches("^[-\\s]+$")) {
                        continue;
                    }
                    if (row.indexOf('\t') < 0) {
                        break;
                    }
                    String[] c = row.split("\t", -1);
                    strengths.add(c[0].strip());
                    weaknesses.add(c.length > 1 ? c[1].strip() : "");
                }
                out.append("Major strengths\n\n").append(String.join(" ", strengths)).append("\n\n")
                        .append("Important weaknesses\n\n").append(String.join(" ", weaknesses)).append("\n\n");
                i = j - 1;
                continue;
            }
            Matcher row = TABLE_ROW.matcher(line);
            out.append(row.matches() ? line.replace('\t', ' ').strip() : line).append('\n');
        }
        return out.toString();
    }
}
