package org.ofstedkg.serve;

import static org.ofstedkg.serve.Html.escape;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report's source text as a document a person reads: its headings ("## Introduction"), paragraphs, lists and
 * tables (tab-separated rows) built as HTML, the few inline forms the texts use (&lt;b&gt;, **bold**, *emphasis*,
 * [links](http://...)) shown as what they mean, and every other character escaped, so no markup of the source is
 * shown raw or run. Each fact's evidence span is marked and links to the fact on the page; the first of overlapping
 * spans is marked, and the facts whose spans it holds link from it too.
 */
final class SourceDocument {

    /** A fact's evidence: its span in code points of the text, the fact's anchor on the page and what it says. */
    record Evidence(int start, int end, String factAnchor, String says) {

        String key() {
            return start + "-" + end;
        }
    }

    /** The page's HTML of the text, and the id of the marked span that holds each evidence (by {@link Evidence#key}). */
    record Rendered(String html, Map<String, String> anchorOf) {
    }

    /**
     * A marked span in UTF-16 offsets, its id, the facts it stands for (the first is its link), and the ids of the
     * spans it holds (inside or across it), given as empty anchors where it begins so that links to them (a search
     * hit's) land.
     */
    private record Mark(int from, int to, String id, List<Evidence> facts, java.util.Set<String> held) {
    }

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})[ \\t]+");
    private static final Pattern RULE = Pattern.compile("^[ \\t]*(-{3,}|\\*{3,}|_{3,})[ \\t]*$");
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("^[-:|\\s]*-{3,}[-:|\\s]*$");
    private static final Pattern BULLET = Pattern.compile("^[ \\t]*[-*•◼▪●][ \\t]+");
    private static final Pattern NUMBERED = Pattern.compile("^[ \\t]*\\d+[.)][ \\t]+");
    private static final Pattern TAG = Pattern.compile("(?i)<(/?)(b|strong|i|em|u|p|br)[ \\t]*/?>");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![*\\w])\\*(?=[^\\s*])([^*\\n]+?)(?<=[^\\s*])\\*(?![*\\w])");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]+)\\]\\((https?://[^)\\s]+)\\)");
    private static final Pattern ESCAPE = Pattern.compile("\\\\(?=[\\\\_*\\[\\]()#`])");

    private final String text;
    private final List<Mark> marks = new ArrayList<>();
    private final Set<Mark> opened = new HashSet<>();
    private final StringBuilder out = new StringBuilder();
    private int next;
    private Mark open;
    /** Whether the open mark holds a link to its fact (not inside a link of the text's own). */
    private boolean openLinked;
    private boolean inLink;

    private SourceDocument(String text) {
        this.text = text;
    }

    static Rendered render(String text, List<Evidence> evidence) {
        SourceDocument d = new SourceDocument(text);
        Map<String, String> anchorOf = d.place(evidence);
        d.blocks();
        return new Rendered(d.out.toString(), anchorOf);
    }

    /** Marks the first of overlapping spans; a span inside or across one marked is held by it. */
    private Map<String, String> place(List<Evidence> evidence) {
        int length = text.codePointCount(0, text.length());
        List<Evidence> sorted = new ArrayList<>(evidence.stream().filter(e -> e.start() < e.end() && e.end() <= length)
                .toList());
        sorted.sort(Comparator.comparingInt(Evidence::start).thenComparingInt(e -> -e.end()));
        Map<String, String> anchorOf = new HashMap<>();
        Mark last = null;
        int lastEnd = -1;
        for (Evidence e : sorted) {
            if (last != null && e.start() < lastEnd) {
                if (last.facts().stream().noneMatch(f -> f.factAnchor().equals(e.factAnchor()))) {
                    last.facts().add(e);
                }
                if (!last.id().equals("ev-" + e.key())) {
                    last.held().add("ev-" + e.key());
                }
            } else {
                last = new Mark(text.offsetByCodePoints(0, e.start()), text.offsetByCodePoints(0, e.end()),
                        "ev-" + e.key(), new ArrayList<>(List.of(e)), new java.util.LinkedHashSet<>());
                lastEnd = e.end();
                marks.add(last);
            }
            anchorOf.putIfAbsent(e.key(), last.id());
        }
        return anchorOf;
    }

    /** The text's lines grouped into headings, rules, tables, list items and paragraphs. */
    private void blocks() {
        List<int[]> lines = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\u2028') {
                lines.add(new int[] {from, i});
                from = i + 1;
            }
        }
        int i = 0;
        while (i < lines.size()) {
            String line = line(lines.get(i));
            int start = lines.get(i)[0];
            Matcher heading = HEADING.matcher(line);
            if (line.isBlank()) {
                i++;
            } else if (heading.find()) {
                anchorsBefore(start);
                int level = Math.min(6, heading.group(1).length() + 2);
                out.append("<h").append(level).append('>');
                inline(start + heading.end(), lines.get(i)[1]);
                out.append("</h").append(level).append(">\n");
                i++;
            } else if (RULE.matcher(line).matches() && !line.contains("\t")) {
                anchorsBefore(start);
                out.append("<hr>\n");
                i++;
            } else if (line.contains("\t")) {
                anchorsBefore(start);
                out.append(Html.scrollingTable(null, "source-table", "A table of the report")).append("\n");
                boolean header = i + 1 < lines.size() && TABLE_SEPARATOR.matcher(line(lines.get(i + 1))).matches();
                while (i < lines.size() && (line(lines.get(i)).contains("\t") || header
                        && TABLE_SEPARATOR.matcher(line(lines.get(i))).matches())) {
                    if (!TABLE_SEPARATOR.matcher(line(lines.get(i))).matches()) {
                        row(lines.get(i), header);
                        header = false;
                    }
                    i++;
                }
                out.append(Html.TABLE_END).append("\n");
            } else if (BULLET.matcher(line).find()) {
                anchorsBefore(start);
                out.append("<ul>\n");
                while (i < lines.size() && BULLET.matcher(line(lines.get(i))).find()) {
                    Matcher bullet = BULLET.matcher(line(lines.get(i)));
                    bullet.find();
                    int end = continuation(lines, i);
                    out.append("<li>");
                    inline(lines.get(i)[0] + bullet.end(), lines.get(end)[1]);
                    out.append("</li>\n");
                    i = end + 1;
                    // A list's items may stand a blank line apart, as a PDF's do.
                    while (i < lines.size() && line(lines.get(i)).isBlank() && i + 1 < lines.size()
                            && BULLET.matcher(line(lines.get(i + 1))).find()) {
                        i++;
                    }
                }
                out.append("</ul>\n");
            } else {
                anchorsBefore(start);
                int end = continuation(lines, i);
                out.append("<p>");
                inline(start, lines.get(end)[1]);
                out.append("</p>\n");
                i = end + 1;
            }
        }
        anchorsBefore(text.length() + 1);
    }

    /** The last line of the paragraph or item that starts at line i: it runs on until a line that starts another block. */
    private int continuation(List<int[]> lines, int i) {
        int end = i;
        while (end + 1 < lines.size()) {
            int[] nextLine = lines.get(end + 1);
            String l = line(nextLine);
            if (l.isBlank() || l.contains("\t") || HEADING.matcher(l).find() || RULE.matcher(l).matches()
                    || BULLET.matcher(l).find() || NUMBERED.matcher(l).find() || text.charAt(nextLine[0] - 1) == '\u2028') {
                break;
            }
            end++;
        }
        return end;
    }

    private void row(int[] line, boolean header) {
        out.append("<tr>");
        int from = line[0];
        for (int i = line[0]; i <= line[1]; i++) {
            if (i == line[1] || text.charAt(i) == '\t') {
                out.append(header ? "<th scope=\"col\">" : "<td>");
                inline(from, i);
                out.append(header ? "</th>" : "</td>");
                from = i + 1;
            }
        }
        out.append("</tr>\n");
    }

    private String line(int[] line) {
        return text.substring(line[0], line[1]);
    }

    /** An empty anchor for each marked span that lies wholly in what is not shown (a table's rule), so its links resolve. */
    private void anchorsBefore(int position) {
        while (next < marks.size() && marks.get(next).to() <= position) {
            Mark m = marks.get(next++);
            if (opened.add(m)) {
                out.append("<span id=\"").append(m.id()).append("\"></span>").append(heldAnchors(m));
            }
        }
    }

    /** The text of [from, to) with its inline forms shown as what they mean and its evidence marked. */
    private void inline(int from, int to) {
        String s = text.substring(from, to);
        boolean[] hidden = new boolean[s.length()];
        TreeMap<Integer, List<String>> tags = new TreeMap<>();
        for (Matcher m = TAG.matcher(s); m.find();) {
            hide(hidden, m.start(), m.end());
            String name = m.group(2).toLowerCase();
            boolean closing = !m.group(1).isEmpty();
            String tag = switch (name) {
                case "b", "strong" -> closing ? "/strong" : "strong";
                case "i", "em" -> closing ? "/em" : "em";
                case "br" -> "br";
                case "p" -> closing && m.end() < s.length() ? "br" : null;
                default -> null;
            };
            if (tag != null) {
                tags.computeIfAbsent(m.start(), k -> new ArrayList<>()).add(tag);
            }
        }
        pairs(BOLD, s, hidden, tags, 2, "strong");
        pairs(EMPHASIS, s, hidden, tags, 1, "em");
        for (Matcher m = LINK.matcher(s); m.find();) {
            hide(hidden, m.start(), m.start() + 1);
            hide(hidden, m.end(1), m.end());
            tags.computeIfAbsent(m.start(), k -> new ArrayList<>()).add("a " + m.group(2));
            tags.computeIfAbsent(m.end(1), k -> new ArrayList<>()).add("/a");
        }
        for (Matcher m = ESCAPE.matcher(s); m.find();) {
            hide(hidden, m.start(), m.end());
        }
        Deque<String> formats = new ArrayDeque<>();
        int markAt = 0;
        for (int i = 0; i < s.length(); i++) {
            List<String> here = tags.get(i);
            if (here != null) {
                closeMark(from + i);
                here.forEach(t -> tag(t, formats));
            }
            while (markAt < marks.size() && marks.get(markAt).to() <= from + i) {
                markAt++;
            }
            Mark covering = markAt < marks.size() && marks.get(markAt).from() <= from + i ? marks.get(markAt) : null;
            if (hidden[i]) {
                if (covering != null && !opened.contains(covering)) {
                    opened.add(covering);
                    out.append("<span id=\"").append(covering.id()).append("\"></span>").append(heldAnchors(covering));
                }
                continue;
            }
            if (covering != open) {
                closeMark(from + i);
                if (covering != null) {
                    openMark(covering);
                }
            }
            char c = s.charAt(i);
            if (c == '\n') {
                out.append(i >= 2 && s.startsWith("  ", i - 2) ? "<br>\n" : "\n");
            } else if (c == '\t' || c == '\u2028') {
                out.append(' ');
            } else {
                out.append(escape(String.valueOf(c)));
            }
        }
        closeMark(to);
        while (!formats.isEmpty()) {
            closeTag(formats.pop());
        }
    }

    private static void hide(boolean[] hidden, int from, int to) {
        for (int i = from; i < to; i++) {
            hidden[i] = true;
        }
    }

    /** Both delimiters of each pair a pattern finds hidden, and its element opened and closed there. */
    private static void pairs(Pattern p, String s, boolean[] hidden, TreeMap<Integer, List<String>> tags, int width,
            String element) {
        for (Matcher m = p.matcher(s); m.find();) {
            if (hidden[m.start()] || hidden[m.end() - 1]) {
                continue;
            }
            hide(hidden, m.start(), m.start() + width);
            hide(hidden, m.end() - width, m.end());
            tags.computeIfAbsent(m.start(), k -> new ArrayList<>()).add(element);
            tags.computeIfAbsent(m.end() - width, k -> new ArrayList<>()).add("/" + element);
        }
    }

    /** An inline element opened or closed; one closed across another is closed and opened again, so elements nest. */
    private void tag(String t, Deque<String> formats) {
        if (t.equals("br")) {
            out.append("<br>");
        } else if (t.startsWith("a ")) {
            if (!inLink) {
                out.append("<a href=\"").append(escape(t.substring(2))).append("\">");
                inLink = true;
                formats.push("a");
            }
        } else if (t.startsWith("/")) {
            String name = t.substring(1);
            if (!formats.contains(name)) {
                return;
            }
            Deque<String> above = new ArrayDeque<>();
            while (!formats.peek().equals(name)) {
                String inner = formats.pop();
                closeTag(inner);
                above.push(inner);
            }
            closeTag(formats.pop());
            while (!above.isEmpty()) {
                String inner = above.pop();
                out.append('<').append(inner).append('>');
                formats.push(inner);
            }
        } else {
            out.append('<').append(t).append('>');
            formats.push(t);
        }
    }

    private void closeTag(String name) {
        out.append("</").append(name).append('>');
        if (name.equals("a")) {
            inLink = false;
        }
    }

    /** Empty anchors for the spans a mark holds. */
    private static String heldAnchors(Mark m) {
        StringBuilder b = new StringBuilder();
        m.held().forEach(id -> b.append("<span id=\"").append(id).append("\"></span>"));
        return b.toString();
    }

    private void openMark(Mark m) {
        out.append(opened.add(m) ? heldAnchors(m) + "<mark id=\"" + m.id() + "\">" : "<mark>");
        openLinked = !inLink;
        if (openLinked) {
            Evidence first = m.facts().get(0);
            out.append("<a class=\"evidence\" href=\"#").append(escape(first.factAnchor())).append("\" title=\"")
                    .append(escape(first.says())).append("\">");
        }
        open = m;
    }

    /** Closes the open mark; where its span ends, the other facts it holds follow as numbered links. */
    private void closeMark(int position) {
        if (open == null) {
            return;
        }
        out.append(openLinked ? "</a></mark>" : "</mark>");
        if (position >= open.to() && !inLink) {
            for (int k = 1; k < open.facts().size(); k++) {
                Evidence e = open.facts().get(k);
                // Inline in the text, not raised: a link in a line of text is exempt from the 24 px target size
                // (WCAG 2.5.8), a superscript one is not.
                out.append(" <a class=\"evidence\" href=\"#").append(escape(e.factAnchor())).append("\" title=\"")
                        .append(escape(e.says())).append("\">[").append(k + 1).append("]</a>");
            }
        }
        open = null;
    }
}
