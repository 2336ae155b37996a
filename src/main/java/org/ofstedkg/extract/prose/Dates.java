package org.ofstedkg.extract.prose;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as the reports write them: "9 December 2009". */
public final class Dates {

    public static final String DATE_REGEX = "(\\d{1,2})(?:st|nd|rd|th)?\\s+(January|February|March|April|May|June|July"
            + "|August|September|October|November|December)\\s+(\\d{4})";
    private static final Pattern DATE = Pattern.compile(DATE_REGEX, Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK)
            .withResolverStyle(ResolverStyle.STRICT);

    private Dates() {
    }

    /** The first date in the text, if any. */
    public static Optional<LocalDate> find(CharSequence text) {
        Matcher m = DATE.matcher(text);
        return m.find() ? parse(m) : Optional.empty();
    }

    /** The date the match names; empty for impossible dates such as "31 June 2009". */
    public static Optional<LocalDate> parse(Matcher m) {
        String month = m.group(2).substring(0, 1).toUpperCase(Locale.ROOT) + m.group(2).substring(1).toLowerCase(Locale.ROOT);
        try {
            return Optional.of(LocalDate.parse(m.group(1) + " " + month + " " + m.group(3), FORMAT));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
