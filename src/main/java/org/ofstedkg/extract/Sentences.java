package org.ofstedkg.extract;

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

    private Sentences() {
    }

    public static List<MappedText> split(MappedText text) {
        List<MappedText> out = new ArrayList<>();
        String s = text.toString();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == Document.ITEM_BREAK) {
                add(out, text, start, i);
                start = i + 1;
                continue;
            }
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < s.length() && "\"')]".indexOf(s.charAt(end)) >= 0) {
                end++;
            }
            if (end >= s.length() || !Character.isWhitespace(s.charAt(end))) {
                continue;
            }
            int next = end;
            while (next < s.length() && Character.isWhitespace(s.charAt(next))) {
                next++;
            }
            if (next >= s.length()) {
                break;
            }
            char n = s.charAt(next);
            if (n == '"' || n == '\'' || n == '(') {
                n = next + 1 < s.length() ? s.charAt(next + 1) : ' ';
            }
            if (!(Character.isUpperCase(n) || Character.isDigit(n)) || (c == '.' && isAbbreviation(s, i))) {
                continue;
            }
            add(out, text, start, end);
            start = next;
            i = next - 1;
        }
        add(out, text, start, s.length());
        return out;
    }

    private static boolean isAbbreviation(String s, int dot) {
        int w = dot;
        while (w > 0 && (Character.isLetter(s.charAt(w - 1)) || s.charAt(w - 1) == '.')) {
            w--;
        }
        String word = s.substring(w, dot).toLowerCase(Locale.ROOT);
        // A single capital before a full stop is an initial ("J. Smith"), not a sentence end.
        return ABBREVIATIONS.contains(word) || (dot - w == 1 && Character.isUpperCase(s.charAt(w)));
    }

    private static void add(List<MappedText> out, MappedText text, int start, int end) {
        MappedText sentence = text.slice(start, end).strip();
        if (!sentence.isBlank()) {
            out.add(sentence);
        }
    }
}
