package org.ofstedkg.extract.prose;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as letters and reports write them: "9 December 2009", and the other ways a date line is set: "Wednesday 9th
 * December 2009", "9 Dec. 2009", "9 December, 2009", "December 9, 2009".
 */
public final class Dates {

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\b\\.?";
    /** A date, day first or month first, after its weekday if it is given; groups day, month and year name its parts. */
    public static final String DATE_REGEX = "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?"
            + "(?:(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<month>" + MONTH + "),?\\s+"
            + "|(?<monthFirst>" + MONTH + ")\\s+(?<dayAfter>\\d{1,2})(?:st|nd|rd|th)?,?\\s+)(?<year>\\d{4})\\b";
    private static final Pattern DATE = Pattern.compile(DATE_REGEX, Pattern.CASE_INSENSITIVE);
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
            "nov", "dec");

    private Dates() {
    }

    /** The first date in the text, if any. */
    public static Optional<LocalDate> find(CharSequence text) {
        Matcher m = DATE.matcher(text);
        return m.find() ? parse(m) : Optional.empty();
    }

    /** The date a match of {@link #DATE_REGEX} names; empty for impossible dates such as "31 June 2009". */
    public static Optional<LocalDate> parse(Matcher m) {
        boolean dayFirst = m.group("day") != null;
        String month = (dayFirst ? m.group("month") : m.group("monthFirst")).substring(0, 3).toLowerCase(Locale.ROOT);
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group("year")), MONTHS.indexOf(month) + 1,
                    Integer.parseInt(dayFirst ? m.group("day") : m.group("dayAfter"))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
