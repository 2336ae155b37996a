package org.ofstedkg.extract;

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

    /** The pattern, behind a look-ahead for the cue: characters matched as they are, never as another case. */
    static CuedPattern compile(String cue, String regex, int flags) {
        StringBuilder lookAhead = new StringBuilder("(?=[");
        for (int i = 0; i < cue.length(); i++) {
            if (Character.isLetter(cue.charAt(i)) && (flags & Pattern.CASE_INSENSITIVE) != 0) {
                throw new IllegalArgumentException("a letter cues a case-insensitive pattern: " + cue);
            }
            lookAhead.append(String.format("\\x{%x}", (int) cue.charAt(i)));
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
