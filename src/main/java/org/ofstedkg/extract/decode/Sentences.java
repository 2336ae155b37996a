package org.ofstedkg.extract.decode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into sentences at terminal punctuation followed by a capital or a digit, and always at
 * an item break (the end of a {@code <p>} item of a table cell).
 */
public final class Sentences {

    /** Words that end with a full stop without ending the sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "st", "no", "nos", "e.g", "i.e", "eg", "ie", "approx", "cf", "vs", "ref", "para",
            "prof", "cllr", "rev", "fig");
    private static final int LONGEST_ABBREVIATION = ABBREVIATIONS.stream().mapToInt(String::length).max().orElseThrow();

    private Sentences() {
    }

    public static List<MappedText> split(MappedText text) {
        String s = text.toString();
        List<MappedText> out = new ArrayList<>();
        int start = 0;
        int i = nextStop(s, 0);
        while (i >= 0) {
            if (s.charAt(i) == Document.ITEM_BREAK) {
                add(out, text, start, i);
                start = i + 1;
                i = nextStop(s, start);
                continue;
            }
            int end = i + 1;
            while (end < s.length() && Document.CLOSERS.indexOf(s.charAt(end)) >= 0) {
                end++;
            }
            int next = end;
            while (next < s.length() && Character.isWhitespace(s.charAt(next))) {
                next++;
            }
            if (next == end) { // no white space after the stop (or the text ends): no break
                i = nextStop(s, i + 1);
                continue;
            }
            if (next >= s.length()) {
                break;
            }
            if (!startsSentence(s, next) || (s.charAt(i) == '.' && isAbbreviation(s, i))) {
                i = nextStop(s, i + 1);
                continue;
            }
            add(out, text, start, end);
            start = next;
            i = nextStop(s, next);
        }
        add(out, text, start, s.length());
        return out;
    }

    /**
     * Where the next character that may end a sentence stands, from {@code from}: terminal punctuation or an
     * item break; -1 if none. A loop of its own, kept small: it reads every character of every text.
     */
    private static int nextStop(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == Document.ITEM_BREAK) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a sentence starts at {@code at}: a capital or a digit, perhaps after an opening quote or bracket. */
    private static boolean startsSentence(String s, int at) {
        char n = s.charAt(at);
        if (n == '"' || n == '\'' || n == '(') {
            n = at + 1 < s.length() ? s.charAt(at + 1) : ' ';
        }
        return Character.isUpperCase(n) || Character.isDigit(n);
    }

    private static boolean isAbbreviation(String s, int dot) {
        int w = dot;
        while (w > 0 && (Character.isLetter(s.charAt(w - 1)) || s.charAt(w - 1) == '.')) {
            w--;
        }
        // A single capital before a full stop is an initial ("J. Smith"), not a sentence end.
        if (dot - w == 1 && Character.isUpperCase(s.charAt(w))) {
            return true;
        }
        // Lower-casing never shortens a word, so a longer one is none of them.
        return dot - w >= 2 && dot - w <= LONGEST_ABBREVIATION
                && ABBREVIATIONS.contains(s.substring(w, dot).toLowerCase(Locale.ROOT));
    }

    private static void add(List<MappedText> out, MappedText text, int start, int end) {
        MappedText sentence = text.slice(start, end).strip();
        if (sentence.length() > 0) { // stripped already: empty if it was blank
            out.add(sentence);
        }
    }
}
