package org.ofstedkg.extract.decode;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern whose every match starts with one of a few characters, its cue. A matcher tries a pattern at
 * every offset of a text, a cost paid on every character of every report; a cued pattern is tried only
 * where the text holds a cue character, found with {@link String#indexOf(int, int)}. The pattern is
 * compiled behind a look-ahead for the cue, so it cannot match anywhere else and both ways of searching
 * find the same matches.
 */
record CuedPattern(String cue, Pattern pattern) {

    /** Embedded flags: "(?i)", "(?ix:...)". */
    private static final Pattern EMBEDDED_FLAGS = Pattern.compile("\\(\\?([a-zA-Z]*)");

    /**
     * The pattern, behind a look-ahead for the cue. Cue characters are found as they are, so a pattern that
     * ignores case may not be cued by a character that has case; nor may a pattern use \G (each try starts a
     * search afresh) or comments (they could swallow the look-ahead's closing parenthesis).
     */
    static CuedPattern compile(String cue, String regex, int flags) {
        boolean ignoresCase = (flags & (Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)) != 0;
        boolean comments = (flags & Pattern.COMMENTS) != 0;
        Matcher embedded = EMBEDDED_FLAGS.matcher(regex);
        while (embedded.find()) {
            ignoresCase |= embedded.group(1).contains("i") || embedded.group(1).contains("u");
            comments |= embedded.group(1).contains("x");
        }
        if (comments || regex.contains("\\G")) {
            throw new IllegalArgumentException("a cued pattern cannot use comments or \\G: " + regex);
        }
        StringBuilder lookAhead = new StringBuilder("(?=[");
        for (int i = 0; i < cue.length(); i++) {
            char c = cue.charAt(i);
            if (ignoresCase && (Character.toLowerCase(c) != c || Character.toUpperCase(c) != c
                    || Character.toTitleCase(c) != c)) {
                throw new IllegalArgumentException("a character with case cues a pattern that ignores case: " + cue);
            }
            lookAhead.append(String.format("\\x{%x}", (int) c));
        }
        return new CuedPattern(cue, Pattern.compile(lookAhead + "])(?:" + regex + ")", flags));
    }

    /** The matches in a text, in order. */
    Search search(String text) {
        return new Search(text);
    }

    /** Finds matches as {@link Matcher#find()} does, trying the pattern only where a cue character stands. */
    final class Search {
        private final String text;
        private final Matcher matcher;
        /** For each cue character, where it next stands at or after the last search point (-1: nowhere). */
        private final int[] next;
        private int from;

        Search(String text) {
            this.text = text;
            this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            this.next = new int[cue.length()];
            for (int c = 0; c < next.length; c++) {
                next[c] = text.indexOf(cue.charAt(c));
            }
        }

        /** The next match, as {@link Matcher#find()}; the matcher then holds it. */
        boolean find() {
            int at = from;
            while (true) {
                int candidate = -1;
                for (int c = 0; c < next.length; c++) {
                    if (next[c] >= 0 && next[c] < at) {
                        next[c] = text.indexOf(cue.charAt(c), at);
                    }
                    if (next[c] >= 0 && (candidate < 0 || next[c] < candidate)) {
                        candidate = next[c];
                    }
                }
                if (candidate < 0) {
                    return false;
                }
                matcher.region(candidate, text.length());
                if (matcher.lookingAt()) {
                    // As Matcher.find: the next search starts where this match ended, one further if it was empty.
                    from = matcher.end() > matcher.start() ? matcher.end() : matcher.end() + 1;
                    return true;
                }
                at = candidate + 1;
            }
        }

        Matcher matcher() {
            return matcher;
        }
    }
}
