package org.ofstedkg.extract;

import java.util.Arrays;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text derived from a source text that remembers, for every character, the offset in the source it
 * came from. Cleaning (markup removal, line joining) is a chain of {@link #replaceAll} calls, so any
 * span found in the cleaned text maps back to the exact span of the original file.
 */
public final class MappedText implements CharSequence {

    private final String text;
    /** origin[i] is the source offset (in chars) of text.charAt(i). */
    private final int[] origin;

    private MappedText(String text, int[] origin) {
        this.text = text;
        this.origin = origin;
    }

    /** The identity mapping: every character is its own origin. */
    public static MappedText of(String source) {
        int[] origin = new int[source.length()];
        Arrays.setAll(origin, i -> i);
        return new MappedText(source, origin);
    }

    /** Replaces every match; replacement characters map to the start of the match they replace. */
    public MappedText replaceAll(Pattern pattern, Function<MatchResult, String> replacement) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return this;
        }
        StringBuilder out = new StringBuilder(text.length());
        int[] map = new int[text.length() + 16];
        int n = 0;
        int last = 0;
        do {
            for (int i = last; i < m.start(); i++) {
                map = ensure(map, n + 1);
                out.append(text.charAt(i));
                map[n++] = origin[i];
            }
            String rep = replacement.apply(m.toMatchResult());
            int at = m.start() < origin.length ? origin[m.start()] : sourceEnd();
            for (int i = 0; i < rep.length(); i++) {
                map = ensure(map, n + 1);
                out.append(rep.charAt(i));
                map[n++] = at;
            }
            last = m.end();
        } while (m.find());
        for (int i = last; i < text.length(); i++) {
            map = ensure(map, n + 1);
            out.append(text.charAt(i));
            map[n++] = origin[i];
        }
        return new MappedText(out.toString(), Arrays.copyOf(map, n));
    }

    public MappedText replaceAll(String regex, String literal) {
        return replaceAll(Pattern.compile(regex, Pattern.MULTILINE), m -> literal);
    }

    private static int[] ensure(int[] map, int size) {
        return size <= map.length ? map : Arrays.copyOf(map, Math.max(size, map.length * 2));
    }

    private int sourceEnd() {
        return origin.length == 0 ? 0 : origin[origin.length - 1] + 1;
    }

    /** A slice of this text, still mapped to the source. */
    public MappedText slice(int start, int end) {
        return new MappedText(text.substring(start, end), Arrays.copyOfRange(origin, start, end));
    }

    /** This text followed by a separator (mapped to the end of this text) and another text. */
    public MappedText join(String separator, MappedText other) {
        int sepOrigin = sourceEnd();
        StringBuilder out = new StringBuilder(text).append(separator).append(other.text);
        int[] map = Arrays.copyOf(origin, out.length());
        for (int i = 0; i < separator.length(); i++) {
            map[origin.length + i] = sepOrigin;
        }
        System.arraycopy(other.origin, 0, map, origin.length + separator.length(), other.origin.length);
        return new MappedText(out.toString(), map);
    }

    /** Source offset (chars) where the character at {@code index} came from. */
    public int sourceStart(int index) {
        return origin[index];
    }

    /** Source offset (chars) just after the character at {@code index - 1}. */
    public int sourceEnd(int index) {
        return origin[index - 1] + 1;
    }

    /** The same text with leading and trailing white space removed, still mapped. */
    public MappedText strip() {
        int s = 0;
        int e = text.length();
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return slice(s, e);
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
