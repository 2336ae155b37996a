package org.ofstedkg.extract.decode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where a document's words stand on its pages: each word with its page, its horizontal extent and its
 * line's top and bottom, and its span in the document's source text. A PDF's words carry the positions
 * PDFBox reads; a text's words stand in a grid of characters (a column per character, a line per line),
 * which is how `pdftotext -layout` and other converters keep a table's columns apart. Readers find a
 * table's columns here, where the flowing text has lost them.
 */
public final class Layout {

    /**
     * A word: page (from 1), left and right edges, the top and bottom of its line (in PDF points from the
     * page's top, or in character columns and lines for text), and its UTF-16 span in the source text.
     */
    public record Word(int page, float x0, float x1, float top, float bottom, int start, int end, String text) {
    }

    /** The words of one line of a page, left to right. */
    public record Line(int page, float top, float bottom, List<Word> words) {

        public Line {
            words = List.copyOf(words);
        }

        public float height() {
            return bottom - top;
        }

        public float x0() {
            return words.get(0).x0();
        }

        public float x1() {
            return words.get(words.size() - 1).x1();
        }

        /** The line's words joined by single spaces. */
        public String text() {
            return join(words);
        }

        /** The words that lie wholly left of x. */
        public List<Word> leftOf(float x) {
            return words.stream().filter(w -> w.x1() <= x).toList();
        }

        /** The words that start at or right of x. */
        public List<Word> rightOf(float x) {
            return words.stream().filter(w -> w.x0() >= x).toList();
        }

        /** Whether a word runs across x: a line of prose, not of a table with a column there. */
        public boolean crosses(float x) {
            return words.stream().anyMatch(w -> w.x0() < x && w.x1() > x);
        }
    }

    private final List<Line> lines;
    private final boolean typeset;

    /** Words' texts joined by single spaces. */
    public static String join(List<Word> words) {
        StringBuilder s = new StringBuilder();
        for (Word w : words) {
            if (s.length() > 0) {
                s.append(' ');
            }
            s.append(w.text());
        }
        return s.toString();
    }

    Layout(List<Line> lines, boolean typeset) {
        this.lines = List.copyOf(lines);
        this.typeset = typeset;
    }

    /** Whether the words stand where a PDF set them (in points), not in a text's character columns and lines. */
    public boolean typeset() {
        return typeset;
    }

    /** The lines of every page, page by page, top to bottom. */
    public List<Line> lines() {
        return lines;
    }

    /** Groups words into lines: words of one page whose vertical extents overlap by half share a line. */
    static Layout ofWords(List<Word> words) {
        return ofWords(words, true);
    }

    private static Layout ofWords(List<Word> words, boolean typeset) {
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(Word::page).thenComparingDouble(w -> (w.top() + w.bottom()) / 2)
                .thenComparingDouble(Word::x0));
        List<Line> lines = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        for (Word w : sorted) {
            if (!current.isEmpty() && !sameLine(current.get(0), w)) {
                lines.add(line(current));
                current = new ArrayList<>();
            }
            current.add(w);
        }
        if (!current.isEmpty()) {
            lines.add(line(current));
        }
        return new Layout(lines, typeset);
    }

    private static boolean sameLine(Word a, Word b) {
        if (a.page() != b.page()) {
            return false;
        }
        float overlap = Math.min(a.bottom(), b.bottom()) - Math.max(a.top(), b.top());
        return overlap >= 0.5f * Math.min(a.bottom() - a.top(), b.bottom() - b.top());
    }

    private static Line line(List<Word> words) {
        List<Word> byX = new ArrayList<>(words);
        byX.sort(Comparator.comparingDouble(Word::x0));
        float top = (float) byX.stream().mapToDouble(Word::top).min().orElse(0);
        float bottom = (float) byX.stream().mapToDouble(Word::bottom).max().orElse(0);
        return new Line(byX.get(0).page(), top, bottom, byX);
    }

    /**
     * The layout of a text: each line of it a line (a form feed starts a page), each run of characters
     * other than white space a word, a column per character (a tab moves to the next multiple of eight).
     */
    static Layout ofText(String text) {
        List<Word> words = new ArrayList<>();
        int page = 1;
        int lineNumber = 0;
        int column = 0;
        int wordStart = -1;
        int wordColumn = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00A0';
            if (space && wordStart >= 0) {
                words.add(new Word(page, wordColumn, column, lineNumber, lineNumber + 1, wordStart, i,
                        text.substring(wordStart, i)));
                wordStart = -1;
            }
            if (c == '\n' || c == '\f') {
                lineNumber++;
                column = 0;
                if (c == '\f') {
                    page++;
                }
            } else if (c == '\t') {
                column = (column / 8 + 1) * 8;
            } else if (c != '\r') {
                if (!space && wordStart < 0) {
                    wordStart = i;
                    wordColumn = column;
                }
                column++;
            }
        }
        return ofWords(words, false);
    }
}
