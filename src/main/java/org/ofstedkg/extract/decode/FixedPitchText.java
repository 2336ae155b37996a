package org.ofstedkg.extract.decode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A PDF set wholly in one fixed-pitch font is a text file printed (enscript, a2ps, a browser's "print"
 * of plain text): each glyph fills one cell of a grid, so the text can be set back as it was written, cell
 * by cell. Columns come from the words' left edges and lines from their baselines (a blank line where the
 * grid skips one); a run of spaces that ends on a tab stop was a tab, as a table's cells are parted; a line
 * the printer folded (it ends on the space it broke at) runs on into the next. A text stripper gives none
 * of this: it parts words by one space, and reads every line of the printout as a paragraph of its own.
 */
final class FixedPitchText {

    private FixedPitchText() {
    }

    /** A tab moves to the next multiple of eight cells, as the printers that expand tabs set them. */
    private static final int TAB = 8;
    /** The share of words that must be set in the one pitch (a few glyphs of a symbol font may not be). */
    private static final double FIXED_SHARE = 0.98;

    /**
     * The text and words of a printout set back as text, or empty if the words are not set in one
     * fixed pitch. {@code folded} tells whether a word is the last of a line the printer folded.
     */
    static Optional<PdfText.Extracted> rebuild(List<Layout.Word> words, java.util.function.Predicate<Layout.Word> folded) {
        Optional<Float> pitch = pitchOf(words);
        if (pitch.isEmpty()) {
            return Optional.empty();
        }
        float cell = pitch.get();
        float left = (float) words.stream().mapToDouble(Layout.Word::x0).min().orElse(0);
        Map<Integer, List<List<Layout.Word>>> pages = new HashMap<>();
        Layout.ofWords(words).lines().forEach(l -> pages.computeIfAbsent(l.page(), p -> new ArrayList<>()).add(l.words()));
        float lineHeight = lineSpacing(pages);
        if (lineHeight <= 0) {
            return Optional.empty();
        }
        float firstBaseline = (float) pages.values().stream().mapToDouble(lines -> baseline(lines.get(0))).min().orElse(0);
        StringBuilder text = new StringBuilder();
        List<Layout.Word> placed = new ArrayList<>(words.size());
        int lastPage = pages.keySet().stream().max(Integer::compare).orElse(1);
        int edge = foldingEdge(pages, left, cell, folded);
        boolean runOn = false;
        // Whether the line before was cut at the grid's edge (mid-word, as a printer that folds by characters cuts it).
        boolean cut = false;
        for (int page = 1; page <= lastPage; page++) {
            // A fold runs on across a page unless the page opens on the printer's running header (the text's reader
            // joins a paragraph a page break cuts).
            List<List<Layout.Word>> pageLines = pages.getOrDefault(page, List.of());
            if (!pageLines.isEmpty() && headed(pages, page)) {
                runOn = false;
            }
            int previousRow = -1;
            for (List<Layout.Word> line : pageLines) {
                int lineRow = Math.round((baseline(line) - firstBaseline) / lineHeight);
                // A fold's next part is on the next row: after a blank row the line ended where it was cut.
                runOn = runOn && (previousRow < 0 || lineRow == previousRow + 1);
                if (runOn) {
                    // The printer's fold: the line runs on (where it was cut mid-word, with
                    // no space unless its next line opens on one).
                    text.append(!cut || cellOf(line.get(0).x0(), left, cell) > 0 ? " " : "");
                } else if (!text.isEmpty()) {
                    if (previousRow < 0 && page > 1) {
                        text.append("\n\f");
                    }
                    // Each row of the grid a line; a row the grid skips a blank line.
                    text.append("\n".repeat(previousRow < 0 ? 0 : Math.max(1, lineRow - previousRow)));
                }
                int column = -1;
                for (Layout.Word w : line) {
                    int at = cellOf(w.x0(), left, cell);
                    if (column < 0 && runOn) {
                        column = at;
                    } else if (column < 0) {
                        appendGap(text, 0, at, true);
                    } else if (at > column) {
                        appendGap(text, column, at, at - column > 1);
                    } else {
                        text.append(' ');
                    }
                    int start = text.length();
                    text.append(w.text());
                    placed.add(new Layout.Word(w.page(), w.x0(), w.x1(), w.top(), w.bottom(), start, text.length(), w.text()));
                    column = Math.max(at, column) + w.text().length();
                }
                previousRow = lineRow;
                Layout.Word last = line.get(line.size() - 1);
                boolean atSpace = folded.test(last);
                cut = !atSpace && edge > 0 && cellOf(last.x1(), left, cell) == edge;
                runOn = atSpace || cut;
            }
        }
        text.append('\n');
        return Optional.of(new PdfText.Extracted(text.toString(), placed));
    }

    /**
     * The gap from cell {@code from} to cell {@code to}: tabs where it ends on a tab stop and {@code tabs} allows
     * (a one-cell gap within a line is a space: a tab that fell one cell on cannot be told from one), spaces otherwise.
     */
    private static void appendGap(StringBuilder text, int from, int to, boolean tabs) {
        if (tabs && to % TAB == 0) {
            for (int c = from; c < to; c = (c / TAB + 1) * TAB) {
                text.append('\t');
            }
            return;
        }
        text.append(" ".repeat(to - from));
    }

    /** The grid's cell, counted from its left edge, that a position on the page falls in. */
    private static int cellOf(float x, float left, float cell) {
        return Math.round((x - left) / cell);
    }

    private static float baseline(List<Layout.Word> line) {
        return line.get(0).bottom();
    }

    /** Whether the page opens on the line the page before opens on, but for its digits: a running header. */
    private static boolean headed(Map<Integer, List<List<Layout.Word>>> pages, int page) {
        List<List<Layout.Word>> before = pages.getOrDefault(page - 1, List.of());
        List<List<Layout.Word>> lines = pages.getOrDefault(page, List.of());
        return !before.isEmpty() && !lines.isEmpty()
                && Document.masked(Layout.join(before.get(0))).equals(Document.masked(Layout.join(lines.get(0))));
    }

    /**
     * The cell at which a printer that folds long lines by characters cut them: the column most long lines end
     * at, where a fifth of them or more do, and where the lines it cut just after a space end too (one cell
     * short of it); 0 if there is none (a printer that folds at spaces leaves ragged ends).
     */
    private static int foldingEdge(Map<Integer, List<List<Layout.Word>>> pages, float left, float cell,
            java.util.function.Predicate<Layout.Word> folded) {
        Map<Integer, Integer> ends = new HashMap<>();
        List<Integer> spaceEnds = new ArrayList<>();
        for (List<List<Layout.Word>> lines : pages.values()) {
            for (List<Layout.Word> line : lines) {
                Layout.Word last = line.get(line.size() - 1);
                int end = cellOf(last.x1(), left, cell);
                ends.merge(end, 1, Integer::sum);
                if (folded.test(last)) {
                    spaceEnds.add(end);
                }
            }
        }
        int widest = ends.keySet().stream().max(Integer::compare).orElse(0);
        int longLines = ends.entrySet().stream().filter(e -> e.getKey() >= widest * 0.8).mapToInt(Map.Entry::getValue).sum();
        int edge = ends.entrySet().stream().filter(e -> e.getKey() >= widest * 0.8 && e.getValue() * 5 >= longLines)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).filter(c -> ends.get(c) >= 3).orElse(0);
        long cutAfterSpace = spaceEnds.stream().filter(e -> e == edge - 1).count();
        return edge > 0 && cutAfterSpace * 5 >= spaceEnds.size() * 4 ? edge : 0;
    }

    /** The width every glyph of the words has, if nearly all words are set in one. */
    private static Optional<Float> pitchOf(List<Layout.Word> words) {
        Map<Integer, Integer> counts = new HashMap<>();
        int measured = 0;
        for (Layout.Word w : words) {
            if (w.text().length() < 2) {
                continue;
            }
            counts.merge(Math.round((w.x1() - w.x0()) / w.text().length() * 100), 1, Integer::sum);
            measured++;
        }
        if (measured < 50) {
            return Optional.empty();
        }
        Map.Entry<Integer, Integer> mode = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        int near = counts.entrySet().stream().filter(e -> Math.abs(e.getKey() - mode.getKey()) <= 2)
                .mapToInt(Map.Entry::getValue).sum();
        return near >= FIXED_SHARE * measured ? Optional.of(mode.getKey() / 100f) : Optional.empty();
    }

    /** The grid's line spacing: the commonest distance between the baselines of a page's successive lines. */
    private static float lineSpacing(Map<Integer, List<List<Layout.Word>>> pages) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (List<List<Layout.Word>> lines : pages.values()) {
            for (int i = 1; i < lines.size(); i++) {
                counts.merge(Math.round((baseline(lines.get(i)) - baseline(lines.get(i - 1))) * 10), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(e -> e.getKey() / 10f).orElse(0f);
    }
}
