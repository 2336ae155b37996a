package org.ofstedkg.extract.prose;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ofstedkg.extract.decode.Block;
import org.ofstedkg.extract.decode.Document;
import org.ofstedkg.extract.decode.MappedText;
import org.ofstedkg.model.Statistic;
import org.ofstedkg.model.Comparison;
import org.ofstedkg.model.Direction;
import org.ofstedkg.model.RefArea;
import org.ofstedkg.model.Statistic.Unit;

/**
 * The figures of a sentence: percentages, amounts of money and counts of people, settings, things or
 * events, in digits or words ("167 childminders", "five special schools", "from 77% in 2005/06 to 92%
 * in 2006/07", "£1.8 million"). Numbers that are not figures about the area are left alone: years as
 * dates, ages, school years, key stages, levels, tiers, sections, durations, deadlines and distances,
 * thresholds ("five A*-C grades"), fractions, "one of", and numbers inside words, links or quoted titles.
 */
public final class Figures {

    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90));
    private static final int LONGEST_WORD = WORDS.keySet().stream().mapToInt(String::length).max().orElseThrow();
    private static final String WORD_NUMBER = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|nine)"
            + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
            + "|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            + "(?:\\s+(?:hundred|thousand))?"
            + "|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)"
            + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
            + "|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    /*
     * NUMBER and NOT_FIGURES are tried at every offset of every sentence: an alternative that opens with a
     * look-behind has a look-ahead for its first character before it, a cheaper test that fails first; so
     * has a list of words, for the letters they start with (the regex engine would try each word in turn);
     * and each pattern opens with a look-ahead for the characters any of its alternatives starts with.
     */
    static final Pattern NUMBER = Pattern.compile(
            "(?=[£\\defnost])(?:£\\s?(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s*(billion|bn\\b|million|m\\b|thousand|k\\b)?"
                    + "|(?=\\d)(?<![\\w.,/£=&-])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?![\\w/=&]|\\.\\d|,\\d{3})(\\s?%|\\s+per\\s?cent\\b)?"
                    + "|(?=[efnost])\\b(" + WORD_NUMBER + ")\\b(?!-))",
            Pattern.CASE_INSENSITIVE);
    /** Phrases whose numbers are not figures: "Key Stages 3 and 4", "aged between five and 11", "level 1 and 2". */
    // "Year 9" is a school year; "during the year three schools ..." is a count after a year of the calendar.
    private static final String YEARS_AGES_LEVELS = "(?=[yklstpa])\\b(?:(?<!\\b(?:the|this|that|each|a|per)\\s)years?|key stages?|levels?|tiers?|sections?|paragraphs?|annex|aged?|ages|age of)\\s+(?:under\\s+|over\\s+|between\\s+|from\\s+)?"
            + "(?:\\d+|" + WORD_NUMBER + ")(?:\\s*(?:and|or|to|-)\\s*(?:level\\s+)?(?:\\d+|" + WORD_NUMBER + "))*";
    /** Quoted titles, fractions, "one of", "no one", ranges of ages, "performs well (3)", dates. */
    private static final String OTHER_PHRASES = "(?=')(?<!\\p{L})'[^'\\n]*'(?!\\p{L})|\\b(?:one|" + "two|three|four|five" + ")(?:\\s+|[\\s-]+(?=point))(?:point[\\s-]+scale|thirds?|half|quarters?)\\b"
            // A rating's place on its scale, not a count: "band 2 of 4", "3 out of 4.", "the lowest of the four points".
            + "|\\b(?:(?:band|level|grade|point|step|rating)\\s*:?\\s*)?(?:[1-4]|one|two|three|four)\\s+(?:out\\s+)?of\\s+(?:4|four)\\b"
            + "(?=\\s*(?:[.,;:)(\\u2026]|$|\\W*perform))|\\bof\\s+the\\s+(?:four|4)\\s+(?:points?|levels?|bands?|grades?|steps?)\\b"
            + "|\\b(?:a|one)\\s+(?:fifth|third|quarter|half)\\b|\\bone\\s+(?:of\\b|in\\s+(?:\\d+|" + WORD_NUMBER + ")\\b)|\\bno\\s+one\\b|\\bone\\s+(?:GCSE|to\\s+one)\\b"
            // An age: "children under five", "pupils aged over 16".
            + "|\\b(?:children|pupils|people|those|babies|learners)\\s+(?:aged\\s+)?(?:under|over)\\s+(?:\\d{1,2}|" + WORD_NUMBER + ")\\b"
            // A grades' key, either way round: "4 outstanding; 3 good; 2 adequate; and 1 inadequate", "(1 inadequate, 2 ...)".
            + "|\\b[1-4]\\s*[:=-]?\\s*(?:outstanding|good|adequate|inadequate)(?:\\s*[;,]\\s*(?:and\\s+)?[1-4]\\s*[:=-]?\\s*"
            + "(?:outstanding|good|adequate|inadequate)){2,}"
            + "|\\b\\d+\\s+(?:to|and|or)\\s+\\d+\\s*-?\\s*year|(?<!\\bfrom\\s)\\b1[1-9]\\s*(?:to|-|\u2013)\\s*1[1-9]\\s+(?=[a-z])|\\b(?:any|at)\\s+one\\s+time\\b"
            + "|\\bperforms\\s+\\w+\\s*\\(\\d\\)|\\(\\s*(?:grade\\s+)?[1-4]\\s*\\)|\\bgrade\\s+[1-4]\\b"
            // "from 4 (performs excellently) to 1 (performs poorly)": the scale's levels; "Additional investigation 1 of 2": a
            // part's place in the report.
            + "|\\b[1-4]\\s*\\(\\s*performs?\\s+\\w+\\s*\\)|\\[\\^\\w{1,4}\\]" // and a Markdown footnote's mark, "[^1]"
            + "|\\b(?:investigation|part|section|chapter|page|annex|appendix|theme|topic)\\s+(?:\\d{1,2}|one|two|three|four|five)"
            + "\\s+of\\s+(?:\\d{1,2}|two|three|four|five|six)\\b"
            + "|\\bone\\s+(?:that|which|who)\\b"
            // The rating scale's levels and a rating's value: "4, performs excellently", "band 2", "four bands", "the
            // rating for 2009 is therefore 3"; "a transitional one" (a pronoun).
            + "|\\b[1-4]\\s*[,:=\u2013-]\\s*performs?\\b|\\bband\\s+[1-4]\\b|\\b(?:four|4)\\s+(?:bands|levels|points|steps)\\b"
            + "|\\brating(?:\\s+for\\s+\\d{4})?\\s+(?:is|was)\\s+(?:therefore\\s+|thus\\s+|now\\s+)?[1-4]\\b(?![.,]?\\d)"
            + "|\\b(?:a|an)\\s+(?:[a-z-]+\\s+)?one\\b(?!\\s+(?:of|in)\\b)"
            + "|\\b(?:post|pre)-1[1-9]\\b|\\baged\\s+1[1-9]\\s+(?:or|and)\\s+(?:over|above|under|below)\\b"
            + "|\\bwith\\s+(?:fewer|less|more)\\s+than\\s+\\d[\\d,]*"
            + "|\\b(?:at|by|under|over|after)\\s+(?:the\\s+age\\s+of\\s+)?1[1-9](?:\\s*(?:to|-|\u2013)\\s*1[1-9])?(?![.,]?\\d)(?!\\s*(?:%|per\\s?cent)"
            + "|\\s+(?:(?!(?:for|in|and|with|the|of)\\b)[\\w'-]+\\s+)?(?:schools|settings|children"
            + "|pupils|young|places|homes|units|centres|providers|people|families|staff|cases|referrals))"
            + "|\\d{1,2}\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b";
    /** The letters NOT_FIGURES's words start with (its opening look-ahead, which ignores ASCII case). */
    private static final String NOT_FIGURES_LETTERS = "yklstpaofngbuwric";
    static final Pattern NOT_FIGURES = Pattern.compile(
            "(?=[" + NOT_FIGURES_LETTERS + "'(\\[\\d])(?:" + YEARS_AGES_LEVELS + "|" + OTHER_PHRASES + ")", Pattern.CASE_INSENSITIVE);
    /**
     * The same phrases and links, whose numbers are not figures either, for a sentence that holds "://". A link
     * may start with any character, so this pattern has no look-ahead to reject most offsets; and a link is
     * one of the alternatives, so the scan resumes after it, as no phrase starts inside it.
     */
    private static final Pattern NOT_FIGURES_OR_LINKS = Pattern.compile(
            YEARS_AGES_LEVELS + "|\\b\\S+://\\S+|" + OTHER_PHRASES, Pattern.CASE_INSENSITIVE);
    /**
     * What follows a number that makes it a duration, a distance, an age, a threshold ("5+ A*-C", "16+") or a
     * grade, not a figure.
     */
    private static final Pattern NOT_AFTER = Pattern.compile(
            "^(?:\\s*(?:[-\u2013:]\\s*|\\s)?(?:(?:working\\s+|school\\s+)?(?:weeks?|days?|months?|years?|hours?)|miles?|minutes?|year[- ]olds?"
                    + "|or more|at GCSEs?|(?:good\\s+)?GCSEs?|[\"'\u201C\u2018]?\\s*Every Child Matters|point|performs"
                    + "|(?:possible\\s+)?(?:ratings?|grades?))\\b"
                    + "|\\s+(?:to|or)\\s+\\w+\\s+(?:weeks|days|months|years|hours)\\b|\\s*A\\*|\\s*-\\s*\\d|-\\s+to\\b|\\+(?!\\d))",
            Pattern.CASE_INSENSITIVE);
    static final Pattern APPROXIMATE = Pattern.compile(
            "\\b(?:approximately|about|around|over|almost|nearly|some|in the region of)\\s+(?:£\\s?)?$",
            Pattern.CASE_INSENSITIVE);
    /** A day of a month, as a count's date is given: "31 March 2015", "31st March 2013". */
    private static final String DAY = "(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:January|February|March|April|May|June|July|August"
            + "|September|October|November|December)\\s+(?:19|20)\\d{2})";
    private static final Pattern PERIOD_AFTER = Pattern.compile(
            "^\\s*(?:(?:in|during|for)\\s+((?:(?:January|February|March|April|May|June|July|August|September|October"
                    + "|November|December)\\s+)?(?:19|20)\\d{2}(?:[/-]\\d{2,4})?)"
                    + "|(?:\\([^)]{0,40}\\)\\s*)?(?:at|as at|as of|on)\\s+(?:the\\s+end\\s+of\\s+)?(" + DAY + "))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERIOD_LEADING = Pattern.compile(
            "^(?:(?:In|During)\\s+(?:the\\s+(?:period|five months)\\s+(?:from\\s+)?)?((?:[^,\\d]{0,40}?)?(?:19|20)\\d{2}(?:[/-]\\d{2,4})?)"
                    + "(?:\\s*\\([^)]*\\))?|(?:At|As at|As of|On|By)\\s+(" + DAY + "))\\s*,", Pattern.CASE_INSENSITIVE);
    private static final Pattern AVERAGE = Pattern.compile(
            "\\b(national|regional)\\s+average\\s+(?:of\\s+|\\(\\s*)?(\\d+(?:\\.\\d+)?)\\s?%", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD_PER_CENT = Pattern.compile("(?i)\\s+per\\s?cent\\b");
    private static final Pattern PERCENT_BETWEEN = Pattern.compile("\\d\\s?%|\\bper\\s?cent\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern APPROXIMATE_RANGE = Pattern.compile(".*\\bapproximately\\s+[\\d,]+\\s+to\\s+$");
    private static final Pattern YEAR_DIGITS = Pattern.compile("(?:19[5-9]|20[0-3])\\d");
    private static final Pattern COUNTED_PEOPLE_OR_PLACES = Pattern.compile(
            "(?is)^\\s+(?:young|pupils|children|people|staff|students|carers|families"
                    + "|places|settings|schools|learners)\\b.*");
    private static final Pattern MEASURE_LEAD = Pattern.compile("^\\s*(?:%\\s*)?(?:million\\s+)?");
    private static final Pattern OUT_OF = Pattern.compile("(?i)^out\\s+of\\s+(?:the\\s+)?(?:\\w+\\s+)?");
    private static final Pattern SHARE_OF = Pattern.compile("(?i)^of\\s+(?:the\\s+)?");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9'-]");
    private static final Pattern WORD_SEPARATOR = Pattern.compile("[\\s]+");
    private static final Pattern ENDS_PHRASE = Pattern.compile(".*[,;:.)]$");
    private static final Set<String> STOP = Set.of("of", "which", "who", "whom", "are", "is", "were", "was", "have",
            "has", "had", "in", "to", "from", "with", "and", "or", "but", "that", "at", "by", "for", "on", "the", "a",
            "an", "this", "these", "their", "its", "compared", "over", "only", "now", "per");

    private static final Pattern POINTS = Pattern.compile("\\s+(percentage\\s+)?points?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENTAGE_POINTS = Pattern.compile("\\bpercentage\\s+points?\\b", Pattern.CASE_INSENSITIVE);

    /** "65 per 10,000": a rate, whose 10,000 is not a figure. */
    private static final Pattern PER_10000 = Pattern.compile("\\s*(?:children\\s+)?per\\s+10,?000\\b",
            Pattern.CASE_INSENSITIVE);

    private Figures() {
    }

    public static List<Statistic> in(Document doc, MappedText sentence) {
        return in(doc, sentence, "");
    }

    /**
     * The figures of a sentence that is an item of a list introduced by {@code leadIn} ("The proportion of
     * children entitled to free school meals:"), whose words say what the items' figures measure.
     */
    public static List<Statistic> in(Document doc, MappedText sentence, String leadIn) {
        String s = sentence.toString();
        if (!mayHoldNumber(s)) {
            return List.of();
        }
        Matcher m = NUMBER.matcher(s);
        if (!m.find()) {
            return List.of(); // most sentences have no number: nothing else to look for
        }
        boolean[] excluded = s.contains("://") ? excludedWithLinks(s) : excluded(s);
        Optional<String> leadingPeriod = leadingPeriod(s);
        Matcher average = AVERAGE.matcher(s);
        Optional<String> comparator = average.find()
                ? Optional.of(average.group(1).toLowerCase(Locale.ROOT) + " average " + average.group(2)) : Optional.empty();
        int averageAt = comparator.isPresent() ? average.start() : -1;

        List<Found> found = new ArrayList<>();
        int perEnd = -1; // the end of a "per 10,000" just read, whose number is no figure of its own
        do {
            // "0.8 percentage points", "a national rise of 2.5 points": a difference of percentages is in percent.
            Matcher pointsAfter = POINTS.matcher(s).region(m.end(), s.length());
            // In words too ("up five percentage points"); "a gap of 37 points" beside "42 percentage points".
            boolean points = (m.group(3) != null && m.group(4) == null || m.group(5) != null) && pointsAfter.lookingAt()
                    && (pointsAfter.group(1) != null || PERCENT_BETWEEN.matcher(s).find() || PERCENTAGE_POINTS.matcher(s).find());
            if (m.start() < perEnd || excluded[m.start()] || (!points && NOT_AFTER.matcher(s.substring(m.end())).find())) {
                continue;
            }
            BigDecimal value;
            Unit unit;
            if (m.group(1) != null) {
                value = new BigDecimal(m.group(1).replace(",", "")).multiply(multiplier(m.group(2)));
                unit = Unit.POUNDS;
            } else if (m.group(3) != null) {
                value = new BigDecimal(m.group(3).replace(",", ""));
                unit = m.group(4) != null || points ? Unit.PERCENT : Unit.COUNT;
                if (m.group(3).replace(",", "").length() > 12) {
                    continue; // not a figure a report states: an identifier or a telephone number
                }
                if (unit == Unit.COUNT && isYear(m.group(3), s.substring(m.end()))) {
                    continue;
                }
                // "a population of 1.1 million": a count in millions, as a sum of money in pounds may be.
                Matcher scaled = COUNT_SCALE.matcher(s).region(m.end(), s.length());
                if (unit == Unit.COUNT && scaled.lookingAt()) {
                    value = value.multiply(multiplier(scaled.group(1)));
                    unit = scaled.group(2) != null ? Unit.POUNDS : unit; // "2 million pounds"
                }
                Matcher per = PER_10000.matcher(s).region(m.end(), s.length());
                if (unit == Unit.COUNT && per.lookingAt()) {
                    unit = Unit.RATE_PER_10000;
                    perEnd = per.end();
                }
            } else {
                value = BigDecimal.valueOf(wordValue(m.group(5)));
                // "Seventy-eight per cent of initial assessments".
                unit = points || WORD_PER_CENT.matcher(s).region(m.end(), s.length()).lookingAt() ? Unit.PERCENT : Unit.COUNT;
            }
            boolean approximate = approximateBefore(s, m.start())
                    || APPROXIMATE_RANGE.matcher(s.substring(Math.max(0, m.start() - 40), m.start())
                            .toLowerCase(Locale.ROOT)).matches();
            Matcher period = PERIOD_AFTER.matcher(s.substring(m.end()));
            Optional<String> p = period.find() ? Optional.of(period.group(1) != null ? period.group(1) : period.group(2))
                    : leadingPeriod;
            // "58% ... compared with the national average of 86%": the comparator of the last percentage before it.
            Optional<String> c = unit == Unit.PERCENT && averageAt > m.end()
                    && !PERCENT_BETWEEN.matcher(s.substring(m.end(), averageAt)).find() ? comparator : Optional.empty();
            found.add(new Found(m.start(), m.end(), value, unit, approximate, p, c));
        } while (m.find());
        List<Statistic> figures = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            int next = i + 1 < found.size() ? found.get(i + 1).start() : s.length();
            int previous = i > 0 ? found.get(i - 1).end() : 0;
            // The sentence's own lead-in too: "... free school meals: in primary schools is 16% ...; in secondary ...".
            int colon = s.lastIndexOf(':', f.start());
            String lead = colon > 0 ? leadIn + " " + s.substring(0, colon + 1) : leadIn;
            Optional<String> measure = Measures.of(s, f.start(), f.end(), next, previous, lead)
                    .map(Measures.Measure::slug);
            if (measure.isEmpty() && i > 0 && !figures.isEmpty() && figures.get(i - 1).unit() == f.unit()
                    && SERIES.matcher(s.substring(previous, f.start())).matches()) {
                // "from 84 to 64", "from 77% in 2005/06 to 92% in 2006/07": the series goes on in the same measure.
                measure = figures.get(i - 1).measure();
            }
            figures.add(new Statistic(measure, words(s, f.end(), f.unit()), f.value(), f.unit(), f.approximate(),
                    f.period(), f.comparator(), refArea(s, f.start(), f.end(), previous, next), Optional.empty(),
                    doc.evidence(sentence)));
        }
        return compared(figures);
    }

    /** A row label that names a grade or rating: its number is no figure ("Overall rating | 3"). */
    private static final Pattern GRADED_LABEL = Pattern.compile("(?i)\\b(?:rating|grade|judgement|level)s?\\b");
    /** A cell of a grade's value on a four-point scale. */
    private static final Pattern GRADE_CELL = Pattern.compile("[1-4]");

    /**
     * The figures of a block, its items measured by what introduced their list ({@code leadIn}), added to
     * {@code figures}; returns the lead-in for the block after.
     */
    public static String inBlock(Document doc, Block block, String leadIn, List<Statistic> figures) {
        String lead = leadInOf(block, leadIn);
        block.sentences().forEach(s -> figures.addAll(in(doc, s, lead)));
        return leadInAfter(block, leadIn);
    }

    /** A table cell that holds a figure and nothing else: "81%", "£4,950", "1,240", "7.9 per cent". */
    private static final Pattern FIGURE_CELL = Pattern.compile("(?i)^[£]?\\d[\\d,]*(?:\\.\\d+)?\\s*(?:%|per\\s?cent|million|m|k)?$");

    /**
     * The figures of a row of a table of figures, whose first cell says what they measure and each other cell
     * holds one figure ("Initial assessments completed within 7 working days | 81% | 72%"); none for any other
     * row. Each figure is of the area its column's header names ("England", "Similar areas"; any other header,
     * such as the authority's name, the authority), measured by the row's label read after the header's first
     * cell ("Indicator (2008/09)"), as a list's items after their lead-in.
     */
    public static List<Statistic> inTableRow(Document doc, Block row, List<MappedText> header) {
        List<MappedText> cells = row.cells();
        if (cells.size() < 2 || cells.get(0).codePoints().noneMatch(Character::isLetter)
                // "Overall rating | 3" is a grade; "five or more A*-C grades at GCSE | 45.8%" a figure.
                || GRADED_LABEL.matcher(cells.get(0)).find() && cells.subList(1, cells.size()).stream()
                        .allMatch(c -> c.isBlank() || GRADE_CELL.matcher(Document.quote(c).strip()).matches())
                || cells.subList(1, cells.size()).stream().anyMatch(c -> !c.isBlank()
                        && !FIGURE_CELL.matcher(Document.quote(c).strip()).matches())
                || cells.subList(1, cells.size()).stream().allMatch(MappedText::isBlank)) {
            return List.of();
        }
        String lead = header.isEmpty() ? "" : Document.quote(header.get(0));
        List<Statistic> figures = new ArrayList<>();
        for (int k = 1; k < cells.size(); k++) {
            if (cells.get(k).isBlank()) {
                continue;
            }
            Matcher named = k < header.size() ? AREA_BEFORE.matcher(Document.quote(header.get(k))) : null;
            RefArea area = named != null && named.find() ? areaNamed(named) : RefArea.AUTHORITY;
            // The cell's figure is the last of its label and itself: the label's own numbers ("per 10,000 children",
            // "NI 62") are no figures of the column.
            List<Statistic> read = in(doc, cells.get(0).join(" ", cells.get(k)), lead);
            if (!read.isEmpty()) {
                Statistic f = read.get(read.size() - 1);
                figures.add(new Statistic(f.measure(), f.words(), f.value(), f.unit(), f.approximate(), f.period(),
                        f.comparator(), area, Optional.empty(), doc.evidence(row.text())));
            }
        }
        return compared(figures);
    }

    /**
     * A table of figures read a row at a time: a row that is no row of figures is the header of those after it;
     * a row of figures, or a subheading's row ("Staying safe" and empty cells), keeps the header it has.
     */
    public static final class TableOfFigures {
        private List<MappedText> header = List.of();

        /** The figures of a table's row (none for a header's). */
        public List<Statistic> row(Document doc, Block b) {
            List<Statistic> row = inTableRow(doc, b, header);
            boolean subheading = b.cells().stream().skip(1).allMatch(MappedText::isBlank);
            header = row.isEmpty() && !subheading ? b.cells() : header;
            return row;
        }

        /** The table has ended: the next row starts another. */
        public void end() {
            header = List.of();
        }
    }

    /** A sentence that goes on from the one before: "This is an increase from 1,112 at 31 March 2015." */
    private static final Pattern FOLLOWS_ON = Pattern.compile("(?i)^\\W*(?:this|that|these|which)\\s+(?:is|was|were|are|represents?|compares?)\\b");

    /**
     * The figures of a text in order, where a sentence that goes on from the one before ("This is a reduction
     * from 1,485 at 31 March 2015.") measures what that sentence's last figure of the authority measured, and
     * a heading's figure that the next sentence with figures states again is that sentence's, not a second one
     * ("71% of pupils gain five good GCSEs" over "In 2009, 71% of pupils gained ...").
     */
    public static List<Statistic> followOn(List<Statistic> figures) {
        List<Statistic> out = withoutRestatedHeadings(figures);
        for (int i = 0; i < out.size(); i++) {
            Statistic st = out.get(i);
            if (st.measure().isPresent() || !FOLLOWS_ON.matcher(st.evidence().quote()).lookingAt()) {
                continue;
            }
            int j = i - 1;
            while (j >= 0 && out.get(j).evidence().start() == st.evidence().start()) {
                j--; // figures of the same sentence
            }
            int previousSentence = j >= 0 ? out.get(j).evidence().start() : -1;
            for (; j >= 0 && out.get(j).evidence().start() == previousSentence; j--) {
                Statistic before = out.get(j);
                if (before.area() == RefArea.AUTHORITY && before.measure().isPresent()) {
                    out.set(i, new Statistic(before.measure(), st.words(), st.value(), st.unit(), st.approximate(),
                            st.period(), st.comparator(), st.area(), st.comparison(), st.evidence()));
                    if (st.area() != RefArea.AUTHORITY && before.comparison().isEmpty() && before.unit() == st.unit()) {
                        // "... a rate of 345 per 10,000. This is higher than the national average (330 per 10,000)."
                        out.set(j, new Statistic(before.measure(), before.words(), before.value(), before.unit(),
                                before.approximate(), before.period(), before.comparator(), before.area(),
                                Optional.of(new Comparison(direction(before.value(), st.value()), st.area())),
                                before.evidence()));
                    }
                    break;
                }
            }
        }
        return out;
    }

    /** A heading: a short line with no full stop, colon or other end of a sentence. */
    private static final Pattern HEADING = Pattern.compile("^[^\\n.!?:;]{1,80}$");

    private static List<Statistic> withoutRestatedHeadings(List<Statistic> figures) {
        List<Statistic> out = new ArrayList<>(figures.size());
        for (int i = 0; i < figures.size(); i++) {
            Statistic st = figures.get(i);
            int next = i + 1;
            while (next < figures.size() && figures.get(next).evidence().start() == st.evidence().start()) {
                next++; // figures of the same heading
            }
            int nextSentence = next < figures.size() ? figures.get(next).evidence().start() : -1;
            boolean restated = HEADING.matcher(st.evidence().quote().strip()).matches() && nextSentence >= 0
                    && figures.subList(next, figures.size()).stream()
                            .takeWhile(f -> f.evidence().start() == nextSentence)
                            .anyMatch(f -> f.unit() == st.unit() && f.value().compareTo(st.value()) == 0);
            if (!restated) {
                out.add(st);
            }
        }
        return out;
    }

    private static Direction direction(BigDecimal own, BigDecimal comparator) {
        int order = own.compareTo(comparator);
        return order > 0 ? Direction.ABOVE : order < 0 ? Direction.BELOW : Direction.IN_LINE;
    }

    /** What stands between two figures of one series: "to", "and", "then", a period ("in 2005/06 to"). */
    private static final Pattern SERIES = Pattern.compile(
            "(?i)\\s*(?:%|per\\s?cent)?\\s*(?:(?:in|at|by)\\s+[\\w/ ]{2,25}?\\s*,?\\s*)?(?:,\\s*)?(?:and\\s+)?"
                    + "(?:to|then|now|and|this\\s+(?:is|was)\\s+now|had\\s+(?:fallen|risen|reduced|increased)\\s+to"
                    + "|(?:had\\s+)?reduced\\s+to|fell\\s+to|rose\\s+to)\\s*(?:approximately\\s+|about\\s+|around\\s+)?");

    /**
     * What a block says to introduce a list, up to its colon ("The proportion of children entitled to free
     * school meals:"), where it has one; else empty.
     */
    public static String leadIn(CharSequence block) {
        String t = block.toString();
        int colon = t.indexOf(':');
        if (colon <= 0) {
            return "";
        }
        // Only the sentence the colon ends: "... (45%). The proportion ... English as an additional language:".
        int sentence = Math.max(t.lastIndexOf(". ", colon), t.lastIndexOf(".\n", colon)) + 1;
        return colon - sentence < 300 ? t.substring(sentence, colon + 1) : "";
    }

    /**
     * The lead-in for the figures of the block after {@code block}: a new one where the block introduces a
     * list; the same while the list goes on (its items, bulleted or opening in lower case); else none.
     */
    public static String leadInAfter(Block block, String leadIn) {
        String own = leadIn(block.text());
        return !own.isEmpty() ? own : isListItem(block) || FOOTNOTE.matcher(block.text()).lookingAt() ? leadIn : "";
    }

    /** A page's footnote, which a list may run past: "2 The local authority was given the opportunity ...". */
    private static final Pattern FOOTNOTE = Pattern.compile("^\\s*\\d{1,2}\\s+The\\s");

    /** The lead-in for a block's own figures: the list's, where the block is one of its items. */
    public static String leadInOf(Block block, String leadIn) {
        return isListItem(block) ? leadIn : "";
    }

    /** A list's item: bulleted, or opening in lower case ("in secondary schools is 13%"). */
    private static boolean isListItem(Block block) {
        String t = block.text().toString().strip();
        return block.kind() == Block.Kind.LIST_ITEM || (!t.isEmpty() && !Character.isUpperCase(t.charAt(0))
                && !Character.isDigit(t.charAt(0)));
    }

    /** A figure as first read, before what it measures and whose it is are known. */
    private record Found(int start, int end, BigDecimal value, Unit unit, boolean approximate, Optional<String> period,
            Optional<String> comparator) {
    }

    /** Words just before a comparator's figure: "the national average of", "compared with ... in England of". */
    private static final Pattern AREA_BEFORE = Pattern.compile("(?i)(?:\\b(national(?:ly)?|england|country\\s+as\\s+a\\s+whole)"
            + "|\\b(region(?:al(?:ly)?)?)|\\b(similar\\s+(?:areas?|authorities|councils|local\\s+authorities)|statistical"
            + "\\s+neighbours?|comparator\\s+authorities))\\b"
            // Names that hold the words but compare nothing: "national curriculum tests", "Regional Adoption Agency".
            + "(?!\\s+(?:curriculum|health|adoption|insurance|lottery|trust|service|youth|college|centre|agency|strategy))"
            + "[^.;%\\d]{0,30}$");
    /** Words just after a comparator's figure: "60% nationally", "62% in similar areas", "in England". */
    private static final Pattern AREA_AFTER = Pattern.compile("(?i)^\\s*(?:%|per\\s?cent)?\\s*(?:\\bper\\s+10,?000(?:\\s+children)?\\s*)?"
            + "(?:(nationally|in\\s+england|across\\s+england|in\\s+the\\s+country\\s+as\\s+a\\s+whole)"
            + "|(regionally|in\\s+the\\s+region)"
            + "|(in\\s+similar\\s+(?:areas?|authorities|councils)|among\\s+(?:its\\s+)?statistical\\s+neighbours))\\b");

    /**
     * Whose figure it is: a comparator's where the words right before it name one ("the national average of
     * 15%") or those right after it ("60% nationally"); else the authority's.
     */
    private static RefArea refArea(String s, int start, int end, int previous, int next) {
        Matcher after = AREA_AFTER.matcher(s).region(end, Math.min(next, s.length()));
        if (after.lookingAt()) {
            return areaNamed(after);
        }
        // "22% nationally and 18% in the authority": the words after the figure before are that figure's.
        int from = Math.max(previous, start - 60);
        Matcher previousArea = AREA_AFTER.matcher(s).region(previous, start);
        if (previous > 0 && previousArea.lookingAt()) {
            from = Math.max(from, previousArea.end());
        }
        Matcher before = AREA_BEFORE.matcher(s).region(from, start);
        return before.find() ? areaNamed(before) : RefArea.AUTHORITY;
    }

    /** The area AREA_BEFORE or AREA_AFTER matched: England (group 1), the region (2) or similar areas (3). */
    private static RefArea areaNamed(Matcher m) {
        return m.group(1) != null ? RefArea.ENGLAND : m.group(2) != null ? RefArea.REGION : RefArea.SIMILAR_AREAS;
    }

    /**
     * Each figure of the authority's set against the first comparator's figure after it in the sentence, in the
     * same unit: above, below or in line with it, by their values (the words "higher", "lower" may be in
     * another sentence, the values are here). The comparator's figure takes the authority's figure's measure
     * where it has none of its own.
     */
    private static List<Statistic> compared(List<Statistic> figures) {
        List<Statistic> out = new ArrayList<>(figures);
        for (int i = 0; i < out.size(); i++) {
            Statistic own = out.get(i);
            if (own.area() != RefArea.AUTHORITY) {
                continue;
            }
            for (int j = i + 1; j < out.size(); j++) {
                Statistic other = out.get(j);
                if (other.area() == RefArea.AUTHORITY) {
                    break;
                }
                // A comparator given bare after a rate ("56.7 per 10,000, above that of similar areas (52.2)") is a rate.
                Unit unit = other.unit() == Unit.COUNT && own.unit() == Unit.RATE_PER_10000 ? own.unit() : other.unit();
                if (unit != own.unit()) {
                    continue;
                }
                Direction d = direction(own.value(), other.value());
                out.set(i, new Statistic(own.measure(), own.words(), own.value(), own.unit(), own.approximate(),
                        own.period(), own.comparator(), own.area(), Optional.of(new Comparison(d, other.area())),
                        own.evidence()));
                // The comparator's figure is of the measure it is compared on.
                if (own.measure().isPresent() || unit != other.unit()) {
                    out.set(j, new Statistic(own.measure().or(other::measure), other.words(), other.value(), unit,
                            other.approximate(),
                            other.period().or(own::period), other.comparator(), other.area(), other.comparison(),
                            other.evidence()));
                }
                break;
            }
        }
        return out;
    }

    /** The characters of the sentence inside a phrase or link whose numbers are not figures. */
    private static boolean[] excludedWithLinks(String s) {
        boolean[] excluded = new boolean[s.length()];
        Matcher not = NOT_FIGURES_OR_LINKS.matcher(s);
        while (not.find()) {
            Arrays.fill(excluded, not.start(), not.end(), true);
        }
        return excluded;
    }

    /**
     * The characters of the sentence inside a phrase whose numbers are not figures: NOT_FIGURES's matches, as
     * {@link Matcher#find()} gives them, but tried only where one may start (its scan was a third of this
     * class's time). Every alternative opens with a digit, a quote, a bracket, or \b before a letter; \b fails before a
     * letter that follows an ASCII letter, digit or underscore, as Pattern counts them word characters.
     */
    static boolean[] excluded(String s) {
        boolean[] excluded = new boolean[s.length()];
        Matcher not = NOT_FIGURES.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean mayStart = (c >= '0' && c <= '9') || c == '\'' || c == '(' || c == '['
                    || (NOT_FIGURES_LETTERS.indexOf(Document.asciiLower(c)) >= 0 && (i == 0 || !Document.isWordChar(s.charAt(i - 1))));
            if (mayStart && not.region(i, n).lookingAt()) {
                Arrays.fill(excluded, i, not.end(), true);
                i = not.end() - 1; // as find() does: the next try starts where this match ended (none is empty)
            }
        }
        return excluded;
    }

    /**
     * Whether "approximately", "about", "some" and the like stand just before the number at {@code at}: APPROXIMATE
     * on the text before it, read from a little before its closing run of spaces and pound signs, where the
     * word must end (a match is one of the words, at most 16 characters, then that run).
     */
    static boolean approximateBefore(String s, int at) {
        int run = at;
        while (run > 0 && (s.charAt(run - 1) == '£' || s.charAt(run - 1) == '\u0085'
                || Character.isWhitespace(s.charAt(run - 1)) || Character.isSpaceChar(s.charAt(run - 1)))) {
            run--;
        }
        Matcher m = APPROXIMATE.matcher(s).useTransparentBounds(true).useAnchoringBounds(true);
        return m.region(Math.max(0, run - APPROXIMATE_LONGEST_WORD - 1), at).find();
    }

    /** The longest word APPROXIMATE looks for before a number: "in the region of". */
    private static final int APPROXIMATE_LONGEST_WORD = "in the region of".length();

    /**
     * Whether NUMBER may match: the sentence holds a pound sign, a digit or a number word. One pass over the
     * characters; most sentences have no number, and NUMBER's scan tried every offset (a tenth of extraction).
     * NUMBER is case-insensitive for ASCII letters only, its digits are ASCII, and its words are whole runs of
     * ASCII letters, so a sentence this passes over has no match.
     */
    static boolean mayHoldNumber(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '£' || (c >= '0' && c <= '9')) {
                return true;
            }
            if (Document.isAsciiLetter(c)) {
                int end = i + 1;
                while (end < n && Document.isAsciiLetter(s.charAt(end))) {
                    end++;
                }
                if (end - i <= LONGEST_WORD && WORDS.containsKey(s.substring(i, end).toLowerCase(Locale.ROOT))) {
                    return true;
                }
                i = end - 1;
            }
        }
        return false;
    }

    private static boolean isYear(String digits, String after) {
        // A year is four plain digits, 1950 to 2030; "2,000 referrals" is a count.
        boolean yearLike = YEAR_DIGITS.matcher(digits).matches() && Integer.parseInt(digits) <= 2030;
        // "2000 young people" is a count; "in 2007 indicate" is a year.
        return yearLike && !COUNTED_PEOPLE_OR_PLACES.matcher(after).matches();
    }

    private static final Pattern COUNT_SCALE = Pattern.compile("(?i)\\s+(million|billion)\\b(\\s+pounds\\b)?");

    private static BigDecimal multiplier(String word) {
        if (word == null) {
            return BigDecimal.ONE;
        }
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "billion", "bn" -> BigDecimal.valueOf(1_000_000_000);
            case "million", "m" -> BigDecimal.valueOf(1_000_000);
            default -> BigDecimal.valueOf(1_000);
        };
    }

    /** "seven", "twenty-four", "twenty one", "two hundred", "three thousand". */
    private static int wordValue(String word) {
        // NUMBER takes any white space before "hundred" or "thousand" (a tab, a vertical tab): one space here.
        String w = WORD_SEPARATOR.matcher(word.toLowerCase(Locale.ROOT).strip()).replaceAll(" ");
        int scale = 1;
        if (w.endsWith(" hundred")) {
            scale = 100;
            w = w.substring(0, w.length() - " hundred".length()).strip();
        } else if (w.endsWith(" thousand")) {
            scale = 1000;
            w = w.substring(0, w.length() - " thousand".length()).strip();
        }
        String[] parts = w.split("[- ]");
        int value = 0;
        for (String p : parts) {
            value += WORDS.get(p);
        }
        return value * scale;
    }

    private static Optional<String> leadingPeriod(String sentence) {
        Matcher m = PERIOD_LEADING.matcher(sentence);
        return m.find() ? Optional.of((m.group(1) != null ? m.group(1) : m.group(2)).strip()) : Optional.empty();
    }

    /**
     * The report's words for what a figure counts: those after it ("167 childminders"), or after "of" for a
     * share ("58% of statements"); empty where none follow (never the unit's name or a filler).
     */
    private static String words(String sentence, int end, Unit unit) {
        String rest = MEASURE_LEAD.matcher(sentence.substring(end)).replaceFirst("");
        rest = OUT_OF.matcher(rest).replaceFirst("");
        if (unit == Unit.PERCENT) {
            rest = SHARE_OF.matcher(rest).replaceFirst("");
        }
        List<String> words = new ArrayList<>();
        for (String w : WORD_SEPARATOR.split(rest)) {
            String clean = NOT_SLUG.matcher(w.toLowerCase(Locale.ROOT)).replaceAll("");
            if (clean.isEmpty() || STOP.contains(clean) || words.size() == 4) {
                break;
            }
            words.add(clean.replace("'", ""));
            if (ENDS_PHRASE.matcher(w).matches()) {
                break;
            }
        }
        String slug = String.join("-", words);
        return slug.matches("[\\d-]*") ? "" : slug;
    }
}
