package org.ofstedkg.extract.inspection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ofstedkg.extract.decode.Layout;
import org.ofstedkg.extract.decode.Layout.Line;
import org.ofstedkg.extract.decode.Layout.Word;

/**
 * A two-column table of judgements and grades read by position: the label column on the left, the grade
 * column on the right, cells that wrap over several lines ("Requires" / "improvement to be good"), and a
 * grade printed beside, above or across its label's lines. The grade column starts where the first grade
 * word stands apart from the words before it; a line whose words run across that column is prose, and
 * ends the table.
 */
public final class GradeTable {

    /** One row: its label's words and its grade's words, in reading order. */
    public record Row(List<Word> label, List<Word> grade) {

        public Row {
            label = List.copyOf(label);
            grade = List.copyOf(grade);
        }

        public String labelText() {
            return Layout.join(label);
        }

        public String gradeText() {
            return Layout.join(grade);
        }

        /** Where the row starts and ends in the source text (UTF-16), across both cells. */
        public int start() {
            return Math.min(label.stream().mapToInt(Word::start).min().orElse(Integer.MAX_VALUE),
                    grade.stream().mapToInt(Word::start).min().orElse(Integer.MAX_VALUE));
        }

        public int end() {
            return Math.max(label.stream().mapToInt(Word::end).max().orElse(0),
                    grade.stream().mapToInt(Word::end).max().orElse(0));
        }
    }

    /** A word that can start a grade cell. */
    private static final Pattern GRADE_START = Pattern.compile(
            "(?i)(?:requires?|outstanding|good|inadequate|adequate|grade|not)\\b.*");
    /** A label line that starts a row: a number ("1.", "2.1") or a capital letter. */
    private static final Pattern ROW_START = Pattern.compile("^(?:\\d+(?:\\.\\d+)*\\.?|\\p{Lu}).*");
    private static final Pattern ENUMERATED = Pattern.compile("^\\d+(?:\\.\\d+)*\\.?$");
    private static final int MOST_LINES = 40;

    private GradeTable() {
    }

    /**
     * The rows of the table whose first line (a header or a row) is {@code lines.get(from)}; none if no
     * grade column stands there.
     */
    public static List<Row> read(List<Line> lines, int from) {
        int page = lines.get(from).page();
        List<Line> region = new ArrayList<>();
        for (int i = from; i < lines.size() && i < from + MOST_LINES && lines.get(i).page() == page; i++) {
            region.add(lines.get(i));
        }
        Optional<Float> column = gradeColumn(region);
        if (column.isEmpty()) {
            return List.of();
        }
        float x = column.get() - tolerance(region.get(0));
        List<Line> table = new ArrayList<>();
        Line previous = null;
        for (Line line : region) {
            if (line.crosses(x) || (previous != null && line.top() - previous.bottom() > 6 * previous.height())) {
                break;
            }
            table.add(line);
            previous = line;
        }
        return rows(table, x);
    }

    /** Half a character's width: how far a column's words may stand left of the column's edge. */
    private static float tolerance(Line line) {
        Word w = line.words().get(0);
        return Math.max(0.5f, (w.x1() - w.x0()) / Math.max(1, w.text().length()) / 2);
    }

    /** Where the grade column starts: the leftmost grade word that stands apart from the words before it. */
    private static Optional<Float> gradeColumn(List<Line> region) {
        float left = (float) region.stream().mapToDouble(Line::x0).min().orElse(0);
        Float column = null;
        for (Line line : region) {
            List<Word> words = line.words();
            for (int i = 0; i < words.size(); i++) {
                Word w = words.get(i);
                if (!GRADE_START.matcher(w.text()).matches()) {
                    continue;
                }
                boolean apart;
                if (i == 0) {
                    apart = w.x0() - left > 12 * charWidth(w);
                } else {
                    Word before = words.get(i - 1);
                    apart = w.x0() - before.x1() >= 2 * charWidth(before);
                }
                if (apart && (column == null || w.x0() < column)) {
                    column = w.x0();
                }
                break;
            }
        }
        return Optional.ofNullable(column);
    }

    private static float charWidth(Word w) {
        return (w.x1() - w.x0()) / Math.max(1, w.text().length());
    }

    private static List<Row> rows(List<Line> table, float x) {
        // Labels: a line that starts with a number or a capital starts a row; others continue it.
        List<List<Word>> labels = new ArrayList<>();
        List<Word> gradeWords = new ArrayList<>();
        for (Line line : table) {
            List<Word> left = line.leftOf(x);
            if (!left.isEmpty()) {
                String first = left.get(0).text();
                boolean starts = labels.isEmpty() || ROW_START.matcher(first).matches();
                if (starts) {
                    labels.add(new ArrayList<>(left));
                } else {
                    labels.get(labels.size() - 1).addAll(left);
                }
            }
            gradeWords.addAll(line.rightOf(x));
        }
        // Grades: the grade column's words in reading order, cut into grade phrases.
        List<List<Word>> grades = phrases(gradeWords);
        List<List<Word>> assigned = new ArrayList<>();
        labels.forEach(l -> assigned.add(new ArrayList<>()));
        for (List<Word> phrase : grades) {
            float centre = (float) phrase.stream().mapToDouble(w -> (w.top() + w.bottom()) / 2).average().orElse(0);
            int best = -1;
            float bestDistance = Float.MAX_VALUE;
            for (int i = 0; i < labels.size(); i++) {
                float top = (float) labels.get(i).stream().mapToDouble(Word::top).min().orElse(0);
                float bottom = (float) labels.get(i).stream().mapToDouble(Word::bottom).max().orElse(0);
                float distance = centre < top ? top - centre : centre > bottom ? centre - bottom : 0;
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = i;
                }
            }
            if (best >= 0 && assigned.get(best).isEmpty()) {
                assigned.get(best).addAll(phrase);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            List<Word> label = labels.get(i);
            // A lone number is a footnote or a page number, not a row.
            if (label.size() == 1 && ENUMERATED.matcher(label.get(0).text()).matches() && assigned.get(i).isEmpty()) {
                continue;
            }
            rows.add(new Row(label, assigned.get(i)));
        }
        return rows;
    }

    /** The grade phrases a column's words make, each as its words. */
    private static List<List<Word>> phrases(List<Word> words) {
        List<Word> ordered = new ArrayList<>(words);
        ordered.sort(Comparator.comparingDouble(Word::top).thenComparingDouble(Word::x0));
        StringBuilder text = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        for (Word w : ordered) {
            if (text.length() > 0) {
                text.append(' ');
            }
            starts.add(text.length());
            text.append(w.text());
        }
        List<List<Word>> phrases = new ArrayList<>();
        // "improvement to be good" whose "Requires" the column lost is one phrase, not a dangling "good".
        Matcher m = Pattern.compile(GradeWords.NUMBERED.pattern() + "|\\bimprovement\\s+to\\s+be\\s+good\\b|"
                + GradeWords.PHRASE.pattern(), Pattern.CASE_INSENSITIVE).matcher(text);
        while (m.find()) {
            List<Word> phrase = new ArrayList<>();
            for (int i = 0; i < ordered.size(); i++) {
                int s = starts.get(i);
                int e = s + ordered.get(i).text().length();
                if (s < m.end() && e > m.start()) {
                    phrase.add(ordered.get(i));
                }
            }
            phrases.add(phrase);
        }
        return phrases;
    }

    /** The layout's index of the first line at or after {@code from} whose text matches, or -1. */
    public static int find(Layout layout, int from, Pattern pattern) {
        List<Line> lines = layout.lines();
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            if (pattern.matcher(lines.get(i).text()).find()) {
                return i;
            }
        }
        return -1;
    }
}
