package org.ofstedkg.extract.inspection;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ofstedkg.model.Grade;
import org.ofstedkg.model.Scale;

/**
 * The words inspections since 2012 grade in, read onto one normalised grade: outstanding 4, good 3,
 * requires improvement (to be good) or adequate 2, inadequate 1. The words decide, never a printed
 * number: looked after children inspections print "Grade 1" for outstanding and "Grade 4" for
 * inadequate, the reverse of every other scale here.
 */
public final class GradeWords {

    /** A grade phrase, as tables and sentences write it ("Requires Improvement", "require improvement to be good"). */
    public static final String REGEX = "(?:requires?|requiring)\\s+improvement(?:\\s+to\\s+be\\s+good)?"
            + "|outstanding|inadequate|adequate|good";
    public static final Pattern PHRASE = Pattern.compile("\\b(?:" + REGEX + ")\\b", Pattern.CASE_INSENSITIVE);

    /** A looked after children inspection's "Grade 3 (Adequate)": the number is shown, the word decides. */
    public static final Pattern NUMBERED = Pattern.compile("\\bGrade\\s+[1-4]\\s*\\(\\s*(" + REGEX + ")\\s*\\)",
            Pattern.CASE_INSENSITIVE);

    private GradeWords() {
    }

    /** The grade a phrase names on a scale (inspection or judgement scale), if it is a grade phrase. */
    public static Optional<Grade> grade(String phrase, Scale scale) {
        Matcher numbered = NUMBERED.matcher(phrase);
        String words = numbered.find() ? numbered.group(1) : phrase;
        String w = words.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        int value;
        if (w.equals("outstanding")) {
            value = 4;
        } else if (w.equals("good")) {
            value = 3;
        } else if (w.equals("adequate") || w.matches("(?:requires?|requiring) improvement(?: to be good)?")
                || w.equals("improvement to be good")) {
            value = 2;
        } else if (w.equals("inadequate")) {
            value = 1;
        } else {
            return Optional.empty();
        }
        return Optional.of(new Grade(scale, value));
    }
}
