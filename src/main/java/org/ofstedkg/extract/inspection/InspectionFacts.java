package org.ofstedkg.extract.inspection;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ofstedkg.extract.decode.Layout;
import org.ofstedkg.extract.decode.Layout.Line;
import org.ofstedkg.model.Person;

/**
 * What the first page of every inspection report since 2012 states about the inspection, in the words
 * all its frameworks share: the inspection's dates ("Inspection dates: 13 May 2019 to 24 May 2019",
 * "18 Feb 2014 – 12 March 2014", "15 – 19 July 2013"), the publication date ("Report published: 9 May
 * 2018", "Published: 23 August 2013") and the lead inspector with their role ("Lead inspector: Julie
 * Knight, Her Majesty's Inspector", a role on the next line, "Reporting inspector Helen Cawston HMI").
 */
public final class InspectionFacts {

    /** The first and last day of an inspection, and the lines that state them. */
    public record Dates(LocalDate start, LocalDate end, int firstLine, int lastLine) {
    }

    /** A date stated on a line, and the line. */
    public record Dated(LocalDate date, int line) {
    }

    /** A lead inspector, and the lines that name them. */
    public record Named(Person person, int firstLine, int lastLine) {
    }

    static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String DASH = "(?:to|until|and|[\\-\u2013\u2014])";
    private static final Pattern RANGE = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+" + MONTH + ")?(?:\\s+(\\d{4}))?"
            + "\\s*" + DASH + "\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATES_LINE = Pattern.compile("^\\s*(?:dates? of (?:the )?inspection|inspection dates?)\\s*:?\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PUBLISHED = Pattern.compile("^\\s*(?:report\\s+)?(?:published|publication date)\\s*:?\\s*"
            + "(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEAD = Pattern.compile("^\\s*(?:lead|reporting) inspector\\s*:?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ROLE = Pattern.compile("(?i)(?:^|\\b|(?<=\\s))(?:(?:his|her) majesty.s (?:senior )?inspector(?: \\(hmi\\))?"
            + "|(?:senior )?hmi|\\(hmi\\)|ofsted inspector|social care regulatory inspector|inspector)$");
    /** A person's name: two to five words, each with a capital (Mc, O', hyphens and initials allowed). */
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}'\u2019.\\-]*(?:\\s+\\p{L}[\\p{L}'\u2019.\\-]*){1,4}");
    /** How far into a report its first page's facts are looked for. */
    private static final int FIRST_LINES = 60;

    private InspectionFacts() {
    }

    /** The inspection's dates, from the first line that says "Inspection dates" (and the next, if it wraps). */
    public static Optional<Dates> dates(Layout layout) {
        List<Line> lines = layout.lines();
        for (int i = 0; i < Math.min(lines.size(), FIRST_LINES); i++) {
            Matcher head = DATES_LINE.matcher(lines.get(i).text());
            if (!head.find()) {
                continue;
            }
            String text = lines.get(i).text().substring(head.end());
            for (int last = i; last <= Math.min(i + 1, lines.size() - 1); last++) {
                if (last > i) {
                    text = text + " " + lines.get(last).text();
                }
                Optional<LocalDate[]> range = range(text);
                if (range.isPresent()) {
                    return Optional.of(new Dates(range.get()[0], range.get()[1], i, last));
                }
            }
        }
        return Optional.empty();
    }

    /** The first and last day a range such as "16 April to 27 April 2018" names; empty for impossible dates. */
    static Optional<LocalDate[]> range(String text) {
        Matcher m = RANGE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            int endYear = Integer.parseInt(m.group(6));
            Month endMonth = month(m.group(5));
            LocalDate end = LocalDate.of(endYear, endMonth, Integer.parseInt(m.group(4)));
            Month startMonth = m.group(2) == null ? endMonth : month(m.group(2));
            int startYear = m.group(3) != null ? Integer.parseInt(m.group(3))
                    : startMonth.compareTo(endMonth) > 0 ? endYear - 1 : endYear;
            LocalDate start = LocalDate.of(startYear, startMonth, Integer.parseInt(m.group(1)));
            return start.isAfter(end) ? Optional.empty() : Optional.of(new LocalDate[] {start, end});
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    static Month month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(w.substring(0, 3))) {
                return m;
            }
        }
        throw new IllegalArgumentException("no month " + word);
    }

    /** The publication date the report prints, if it prints one in its first lines. */
    public static Optional<Dated> published(Layout layout) {
        List<Line> lines = layout.lines();
        for (int i = 0; i < Math.min(lines.size(), FIRST_LINES); i++) {
            Matcher m = PUBLISHED.matcher(lines.get(i).text());
            if (m.find()) {
                try {
                    return Optional.of(new Dated(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)),
                            Integer.parseInt(m.group(1))), i));
                } catch (java.time.DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The lead (or reporting) inspector and their role, where the report first names them: on its first
     * page, or (single inspection framework) in "The inspection team" at its end.
     */
    public static Optional<Named> leadInspector(Layout layout) {
        List<Line> lines = layout.lines();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = LEAD.matcher(lines.get(i).text());
            if (!m.find()) {
                continue;
            }
            String rest = m.group(1).strip().replaceAll("\\.$", "");
            int last = i;
            String name = rest;
            String role = "";
            int comma = rest.indexOf(',');
            if (comma > 0) {
                name = rest.substring(0, comma).strip();
                role = rest.substring(comma + 1).strip();
            } else {
                Matcher r = ROLE.matcher(rest);
                if (r.find() && r.start() > 0) {
                    name = rest.substring(0, r.start()).strip();
                    role = r.group().strip();
                } else if (i + 1 < lines.size() && ROLE.matcher(lines.get(i + 1).text().strip()).find()
                        && lines.get(i + 1).text().strip().length() < 60) {
                    role = lines.get(i + 1).text().strip();
                    last = i + 1;
                }
            }
            role = role.replaceAll("^\\((.*)\\)$", "$1").replace('\u2019', '\'');
            if (!NAME.matcher(name).matches()) {
                // "... the lead inspector attended by both ...": prose, not the line that names them.
                continue;
            }
            return Optional.of(new Named(new Person(name, role), i, last));
        }
        return Optional.empty();
    }

    /** The text of lines {@code from} to {@code to} (inclusive), joined by spaces. */
    public static String text(Layout layout, int from, int to) {
        List<String> parts = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            parts.add(layout.lines().get(i).text());
        }
        return String.join(" ", parts);
    }

    /** Where lines {@code from} to {@code to} (inclusive) start and end in the source text (UTF-16). */
    public static int[] span(Layout layout, int from, int to) {
        int start = Integer.MAX_VALUE;
        int end = 0;
        for (int i = from; i <= to; i++) {
            for (Layout.Word w : layout.lines().get(i).words()) {
                start = Math.min(start, w.start());
                end = Math.max(end, w.end());
            }
        }
        return new int[] {start, end};
    }
}
