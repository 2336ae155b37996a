package org.ofstedkg.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import org.ofstedkg.extract.decode.Document;

/**
 * Other renderings of a report's Markdown text, as converters and typesetting give them: plain text,
 * text hard-wrapped as PDF text extraction gives paragraphs (with words hyphenated across lines), pages
 * with running headers and page numbers, typographic quotes and dashes, tables flattened into runs of
 * sentences, and Windows line endings. The corpus generator writes its reports through these, and the
 * tests build each rendering of the samples with them.
 */
public final class Rendering {

    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+");
    private static final Pattern BOLD = Pattern.compile("\\*\\*");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\\\*\\w])\\*([^*\\n]+?)\\*(?![*\\w])");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]*)\\]\\([^)\\n]*\\)");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\*_.\\-])");
    /** A cell's {@code <p>} items become sentences of the cell. */
    private static final Pattern ITEM_JOIN = Pattern.compile("([^.\\s])</p> *<p>");
    private static final Pattern TAG = Pattern.compile("</?(?:p|b)>");
    private static final Pattern RULE = Pattern.compile("(?m)^---+$");
    /** Spaces and tabs at the very end of the text. */
    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t]+$");
    private static final Pattern SPACES = Pattern.compile(" +");
    private static final Pattern HYPHENATABLE = Pattern.compile("[a-z]{9,}[.,]?");
    private static final Pattern STRENGTHS_HEADING = Pattern.compile("(?i)(?:<b>)?major strengths(?:</b>)?");
    private static final Pattern RULE_ROW = Pattern.compile("^[-\\s]+$");

    private Rendering() {
    }

    /** No Markdown, no HTML: headings, emphasis, links and escapes become plain words. */
    public static String plain(String markdown) {
        // Each pass only where its mark occurs: the same text, sooner.
        String s = markdown.indexOf('#') >= 0 ? HEADING.matcher(markdown).replaceAll("") : markdown;
        if (s.indexOf('*') >= 0) {
            s = BOLD.matcher(s).replaceAll("");
            s = EMPHASIS.matcher(s).replaceAll("$1");
        }
        if (s.indexOf('[') >= 0) {
            s = LINK.matcher(s).replaceAll("$1");
        }
        if (s.indexOf('\\') >= 0) {
            s = ESCAPE.matcher(s).replaceAll("$1");
        }
        if (s.indexOf('<') >= 0) {
            s = ITEM_JOIN.matcher(s).replaceAll("$1. ");
            s = TAG.matcher(s).replaceAll("");
        }
        if (s.contains("---")) {
            s = RULE.matcher(s).replaceAll("");
        }
        return TRAILING_SPACE.matcher(s).replaceAll("");
    }

    /**
     * Lines wrapped at about {@code width} columns, as PDF text extraction gives paragraphs; table rows
     * (lines with a tab) kept whole. With {@code hyphenate}, every third wrap of a long plain word breaks
     * it with a hyphen, as typesetting does.
     */
    public static String hardWrapped(String text, int width, boolean hyphenate) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / width + 16);
        int lineNo = 0;
        for (String line : text.split("\n", -1)) {
            if (line.indexOf('\t') >= 0 || line.length() <= width) {
                out.append(line).append('\n');
                continue;
            }
            StringBuilder current = new StringBuilder();
            for (String word : SPACES.split(line.strip())) {
                if (current.length() + word.length() + 1 > width && current.length() > 0) {
                    lineNo++;
                    if (hyphenate && lineNo % 3 == 0 && HYPHENATABLE.matcher(word).matches()) {
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
                }
                current.append(word);
            }
            out.append(current).append('\n');
        }
        return out.toString();
    }

    /** Pages of {@code linesPerPage} lines, each closed by a page number and opened by a running header. */
    public static String paged(String text, int linesPerPage, String header) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length() + text.length() / 8).append(header).append("\n\n");
        int page = 1;
        for (int i = 0; i < lines.length; i++) {
            out.append(lines[i]).append('\n');
            if ((i + 1) % linesPerPage == 0 && i + 1 < lines.length) {
                out.append('\n').append(page++).append("\n\f").append(header).append("\n\n");
            }
        }
        return out.append('\n').append(page).append('\n').toString();
    }

    /**
     * Typographic quotes and dashes: ’ for apostrophes and closing single quotes (after a letter or
     * digit), ‘ for opening ones (before one), “ before a non-space, ” after one, – for spaced hyphens.
     */
    public static String curly(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char before = i > 0 ? text.charAt(i - 1) : ' ';
            char after = i + 1 < n ? text.charAt(i + 1) : ' ';
            if (c == '\'') {
                out.append(Document.isWordChar(before) ? '\u2019' : Document.isWordChar(after) ? '\u2018' : c);
            } else if (c == '"') {
                out.append(i + 1 < n && !isSpace(after) ? '\u201C'
                        : i > 0 && !isSpace(before) ? '\u201D' : c);
            } else {
                out.append(c);
            }
        }
        return out.toString().replace(" - ", " \u2013 ");
    }

    /** White space as regular expressions' \\s has it. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Windows line endings. */
    public static String crlf(String text) {
        return text.replace("\r\n", "\n").replace("\n", "\r\n");
    }

    /**
     * Tables as PDF text gives them: a grades or rating row as words on one line, and a strengths and
     * weaknesses table as its first column's sentences under "Major strengths", then its second's under
     * "Important weaknesses".
     */
    public static String flattenedTables(String text) {
        List<String> lines = List.of(text.split("\n", -1));
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String[] cells = line.split("\t", -1);
            if (cells.length == 2 && STRENGTHS_HEADING.matcher(cells[0].strip()).matches()) {
                List<String> strengths = new ArrayList<>();
                List<String> weaknesses = new ArrayList<>();
                int j = i + 1;
                for (; j < lines.size(); j++) {
                    String row = lines.get(j);
                    if (row.isBlank() || RULE_ROW.matcher(row).matches()) {
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
            out.append(line.indexOf('\t') >= 0 ? line.replace('\t', ' ').strip() : line).append('\n');
        }
        return out.toString();
    }

    /**
     * The renderings the corpus generator writes reports in, each with the share of the corpus it
     * gets and its file extension. Widths (72-100 columns) and page lengths (30-60 lines) are drawn
     * per report.
     */
    public enum Style {
        /** The Markdown of the samples, as written. */
        MARKDOWN(30, "md"),
        /** No Markdown or HTML. */
        PLAIN(15, "txt"),
        /** Plain, hard-wrapped. */
        HARD_WRAPPED(10, "txt"),
        /** Plain, hard-wrapped, words hyphenated across lines. */
        HYPHENATED(10, "txt"),
        /** Plain, hard-wrapped (hyphenated or not), in pages with a running header and page numbers. */
        PAGED(10, "txt"),
        /** The Markdown with Windows line endings. */
        CRLF(10, "md"),
        /** The Markdown with typographic quotes and dashes. */
        CURLY(10, "md"),
        /** As PDF text extraction gives it: tables flattened, curly quotes, hard-wrapped, hyphenated, paged. */
        PDF_TEXT(5, "txt");

        private final int weight;
        private final String extension;

        Style(int weight, String extension) {
            this.weight = weight;
            this.extension = extension;
        }

        /** The name in manifests: "hard-wrapped", "pdf-text". */
        public String slug() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public String extension() {
            return extension;
        }

        /** A style drawn with the styles' shares. */
        static Style draw(SplittableRandom random) {
            int total = 0;
            for (Style s : values()) {
                total += s.weight;
            }
            int x = random.nextInt(total);
            for (Style s : values()) {
                x -= s.weight;
                if (x < 0) {
                    return s;
                }
            }
            throw new AssertionError();
        }

        /** The report's Markdown in this style; {@code header} runs at the top of each page. */
        String render(String markdown, SplittableRandom random, String header) {
            int width = 72 + random.nextInt(29);
            int lines = 30 + random.nextInt(31);
            return switch (this) {
                case MARKDOWN -> markdown;
                case PLAIN -> plain(markdown);
                case HARD_WRAPPED -> hardWrapped(plain(markdown), width, false);
                case HYPHENATED -> hardWrapped(plain(markdown), width, true);
                case PAGED -> paged(hardWrapped(plain(markdown), width, random.nextBoolean()), lines, header);
                case CRLF -> crlf(markdown);
                case CURLY -> curly(markdown);
                case PDF_TEXT -> paged(hardWrapped(curly(flattenedTables(plain(markdown))), width, true), lines, header);
            };
        }
    }
}
