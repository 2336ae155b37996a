package org.ofstedkg.extract.decode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A list set as a table (a column of marks, "i)", "1.", bullets, beside a column of items, as a word processor or an
 * HTML page's cells lay it out) may set each mark in the middle of its row. A PDF's text stripper then writes the mark
 * on whichever line is nearest that height: inside its item, or on a line of its own between two of the item's
 * lines, and the items run together. Where a column's lone marks show that they are centred, and the marks' heights
 * part the column's lines exactly (an item starting at line s with its mark at height h ends at the line e that puts
 * the middle of lines s to e at h), each item is written again with its mark at its head. Anything else is left as
 * the stripper wrote it. The `pdftotext -layout` counterpart, on text, is {@code Document}'s centred bullets.
 */
final class CentredMarks {

    private CentredMarks() {
    }

    /** A mark that stands alone in its cell: a bullet, "iv)", "(b)", "ii.", "12.". */
    private static final Pattern MARK = Pattern.compile("[" + Document.BULLETS + "]|\\(?(?:[ivx]{1,4}|[a-z])\\)|[ivx]{1,4}\\.|\\d{1,2}[.)]");
    /** How far apart two left edges may be and still be one column, in points. */
    private static final float SAME_COLUMN = 2f;
    /** How far a mark's middle may be from its item's, in lines. */
    private static final float CENTRED = 0.3f;
    /** The gap between a mark and its item's text that makes them two cells, in lines. */
    private static final float CELL_GAP = 1.5f;

    /** A line of a run: its words at the items' column, and the mark at the marks' column before them (or null). */
    private record Row(Layout.Word mark, List<Layout.Word> text, float top, float bottom) {
        float middle() {
            return (top + bottom) / 2;
        }
    }

    /** The PDF's text with every run of centred marks written again, its words' offsets moved with it. */
    static PdfText.Extracted mend(PdfText.Extracted pdf) {
        List<Layout.Line> lines = Layout.ofWords(pdf.words()).lines();
        List<List<Row>> runs = new ArrayList<>();
        for (boolean loneOnly : new boolean[] {true, false}) {
            if (!loneOnly && runs.isEmpty()) {
                break; // no lone mark: nothing shows that this document centres its marks
            }
            for (int j = 0; j < lines.size(); j++) {
                List<Row> run = runAt(lines, j, loneOnly, runs);
                if (run != null) {
                    runs.add(run);
                }
            }
        }
        if (runs.isEmpty()) {
            return pdf;
        }
        runs.sort(Comparator.comparingInt(r -> firstStart(r)));
        return rewrite(pdf, runs);
    }

    /** The run of centred marks whose mark line is line j, with its items found again; null if there is none. */
    private static List<Row> runAt(List<Layout.Line> lines, int j, boolean loneOnly, List<List<Row>> done) {
        Layout.Line line = lines.get(j);
        List<Layout.Word> words = line.words();
        if (!MARK.matcher(words.get(0).text()).matches() || (loneOnly && words.size() > 1)
                || done.stream().anyMatch(r -> r.stream().anyMatch(row -> row.text().contains(words.get(0))
                || row.mark() == words.get(0)))) {
            return null;
        }
        float height = line.height();
        float markX = words.get(0).x0();
        float textX;
        if (words.size() > 1) {
            if (words.get(1).x0() - words.get(0).x1() < CELL_GAP * height) {
                return null; // a mark and its item in one cell: set at the item's head already
            }
            textX = words.get(1).x0();
        } else if (j + 1 < lines.size() && lines.get(j + 1).page() == line.page()) {
            textX = lines.get(j + 1).x0();
        } else {
            return null;
        }
        if (textX - markX < CELL_GAP * height) {
            return null;
        }
        int first = j;
        while (first > 0 && row(lines.get(first - 1), lines.get(first), markX, textX) != null) {
            first--;
        }
        int end = j + 1;
        while (end < lines.size() && row(lines.get(end), lines.get(end - 1), markX, textX) != null) {
            end++;
        }
        List<Row> rows = new ArrayList<>();
        for (int k = first; k < end; k++) {
            rows.add(row(lines.get(k), k > first ? lines.get(k - 1) : lines.get(k), markX, textX));
        }
        if (!loneOnly && rows.get(0).mark() != null) {
            return null; // with no lone mark, a run that opens on its mark has its marks at its items' heads
        }
        return items(rows, height);
    }

    /** The line as a row of a run of marks at markX and items at textX, or null if it is none (or far below the one before). */
    private static Row row(Layout.Line line, Layout.Line before, float markX, float textX) {
        if (line.page() != before.page() || (line != before && Math.abs(line.top() - before.top()) > 2.5f * line.height())) {
            return null;
        }
        List<Layout.Word> words = line.words();
        Layout.Word head = words.get(0);
        if (Math.abs(head.x0() - textX) <= SAME_COLUMN) {
            return new Row(null, words, line.top(), line.bottom());
        }
        if (Math.abs(head.x0() - markX) <= SAME_COLUMN && MARK.matcher(head.text()).matches()
                && (words.size() == 1 || Math.abs(words.get(1).x0() - textX) <= SAME_COLUMN)) {
            return new Row(head, words.subList(1, words.size()), line.top(), line.bottom());
        }
        return null;
    }

    /**
     * The run's rows as items, each a row of its mark and first line then its other lines; null when the marks'
     * heights do not part the run's lines exactly, or when every mark is at its item's head already.
     */
    private static List<Row> items(List<Row> rows, float height) {
        List<Row> texts = rows.stream().filter(r -> !r.text().isEmpty()).toList();
        List<Row> marks = rows.stream().filter(r -> r.mark() != null).toList();
        List<Row> out = new ArrayList<>();
        int start = 0;
        boolean moved = false;
        for (Row m : marks) {
            float middle = (m.mark().top() + m.mark().bottom()) / 2;
            int end = -1;
            for (int e = start; e < texts.size() && end < 0; e++) {
                if (Math.abs((texts.get(start).top() + texts.get(e).bottom()) / 2 - middle) <= CENTRED * height) {
                    end = e;
                }
            }
            if (end < 0) {
                return null;
            }
            moved |= end > start;
            out.add(new Row(m.mark(), texts.get(start).text(), texts.get(start).top(), texts.get(start).bottom()));
            // A line that held another item's mark is this item's text only.
            texts.subList(start + 1, end + 1).forEach(t -> out.add(new Row(null, t.text(), t.top(), t.bottom())));
            start = end + 1;
        }
        return start == texts.size() && moved ? out : null;
    }

    private static int firstStart(List<Row> run) {
        return run.stream().flatMap(r -> r.mark() == null ? r.text().stream()
                : java.util.stream.Stream.concat(java.util.stream.Stream.of(r.mark()), r.text().stream()))
                .mapToInt(Layout.Word::start).min().orElseThrow();
    }

    /** The text with each run's span written again (mark, a space, the item's lines), and every word's offsets after. */
    private static PdfText.Extracted rewrite(PdfText.Extracted pdf, List<List<Row>> runs) {
        String text = pdf.text();
        StringBuilder out = new StringBuilder(text.length());
        java.util.Map<Layout.Word, Layout.Word> moved = new java.util.IdentityHashMap<>();
        // Each span written again: where it ended in the old text, and how much longer the new text is from there on.
        List<int[]> shifts = new ArrayList<>();
        int copied = 0;
        for (List<Row> run : runs) {
            List<Layout.Word> runWords = new ArrayList<>();
            run.forEach(r -> {
                if (r.mark() != null) {
                    runWords.add(r.mark());
                }
                runWords.addAll(r.text());
            });
            int from = runWords.stream().mapToInt(Layout.Word::start).min().orElseThrow();
            int to = runWords.stream().mapToInt(Layout.Word::end).max().orElseThrow();
            // Only a span that holds nothing but the run's words (and white space) is written again.
            long inSpan = pdf.words().stream().filter(w -> w.start() >= from && w.start() < to).count();
            if (from < copied || inSpan != runWords.size()) {
                continue;
            }
            out.append(text, copied, from);
            for (int k = 0; k < run.size(); k++) {
                Row r = run.get(k);
                if (k > 0) {
                    out.append('\n');
                }
                List<Layout.Word> rowWords = new ArrayList<>(r.text());
                if (r.mark() != null) {
                    rowWords.add(0, r.mark());
                }
                for (int w = 0; w < rowWords.size(); w++) {
                    if (w > 0) {
                        out.append(' ');
                    }
                    Layout.Word word = rowWords.get(w);
                    int at = out.length();
                    out.append(word.text());
                    moved.put(word, new Layout.Word(word.page(), word.x0(), word.x1(), word.top(), word.bottom(), at,
                            out.length(), word.text()));
                }
            }
            shifts.add(new int[] {to, out.length() - to});
            copied = to;
        }
        if (shifts.isEmpty()) {
            return pdf;
        }
        out.append(text, copied, text.length());
        List<Layout.Word> words = new ArrayList<>(pdf.words().size());
        for (Layout.Word w : pdf.words()) {
            Layout.Word m = moved.get(w);
            if (m == null) {
                int shift = 0;
                for (int[] s : shifts) {
                    if (s[0] <= w.start()) {
                        shift = s[1];
                    }
                }
                m = shift == 0 ? w : new Layout.Word(w.page(), w.x0(), w.x1(), w.top(), w.bottom(), w.start() + shift,
                        w.end() + shift, w.text());
            }
            words.add(m);
        }
        return new PdfText.Extracted(out.toString(), words);
    }
}
