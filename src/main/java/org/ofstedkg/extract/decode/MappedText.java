package org.ofstedkg.extract.decode;

import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text derived from a source text that remembers, for every character, the span of the source it
 * came from. Cleaning (markup removal, line joining) is a chain of replacements, so any span of the
 * cleaned text maps back to the exact span of the original file, markup around its ends included:
 * a span ending on the "&" that "&amp;" became ends after "&amp;".
 */
public final class MappedText implements CharSequence {

    private final String text;
    /**
     * text.charAt(i) came from source[from[offset + i], to[offset + i]). A slice shares its text's arrays
     * rather than copying them: copies of these arrays were a third of what extraction allocated.
     */
    private final int[] from;
    private final int[] to;
    private final int offset;

    private MappedText(String text, int[] from, int[] to, int offset) {
        this.text = text;
        this.from = from;
        this.to = to;
        this.offset = offset;
    }

    /** The identity mapping: every character is its own origin. */
    public static MappedText of(String source) {
        int[] from = new int[source.length()];
        int[] to = new int[source.length()];
        Arrays.setAll(from, i -> i);
        Arrays.setAll(to, i -> i + 1);
        return new MappedText(source, from, to, 0);
    }

    /**
     * Replaces every match with a literal text, each of whose characters stands for the whole match; a
     * replacement of {@code null} leaves the match as it is, every character keeping its own origin.
     */
    public MappedText replaceAll(Pattern pattern, Function<MatchResult, String> replacement) {
        return rewrite(pattern, replacer(replacement));
    }

    private Rewriter replacer(Function<MatchResult, String> replacement) {
        return (m, out) -> {
            String rep = replacement.apply(m);
            if (rep == null) {
                out.copy(this, m.start(), m.end());
                return;
            }
            for (int i = 0; i < rep.length(); i++) {
                out.add(rep.charAt(i), from[offset + m.start()], to[offset + m.end() - 1]);
            }
        };
    }

    /** Replaces every match with a literal text, each of whose characters stands for the whole match. */
    public MappedText replaceAll(Pattern pattern, String literal) {
        return replaceAll(pattern, m -> literal);
    }

    /**
     * Replaces every match with one of its groups ("[text](url)" with "text"). The group's characters
     * keep their own origins, except that the first starts where the match starts and the last ends
     * where it ends, so the markup stays inside any span that reaches it.
     */
    public MappedText keepGroup(Pattern pattern, int group) {
        return rewrite(pattern, groupKeeper(group));
    }

    private Rewriter groupKeeper(int group) {
        return (m, out) -> {
            int s = m.start(group);
            int e = m.end(group);
            for (int i = s; i < e; i++) {
                out.add(text.charAt(i), from[offset + (i == s ? m.start() : i)], to[offset + (i == e - 1 ? m.end() - 1 : i)]);
            }
        };
    }

    /** As {@link #replaceAll(Pattern, Function)}, for a pattern tried only where its cue stands. */
    MappedText replaceAll(CuedPattern pattern, Function<MatchResult, String> replacement) {
        return rewrite(pattern, replacer(replacement));
    }

    /** As {@link #replaceAll(Pattern, String)}, for a pattern tried only where its cue stands. */
    MappedText replaceAll(CuedPattern pattern, String literal) {
        return replaceAll(pattern, m -> literal);
    }

    /** As {@link #keepGroup(Pattern, int)}, for a pattern tried only where its cue stands. */
    MappedText keepGroup(CuedPattern pattern, int group) {
        return rewrite(pattern, groupKeeper(group));
    }

    /** The text without the spans given ({start, end}, in order, not overlapping): as replacing each with nothing. */
    public MappedText without(List<int[]> spans) {
        if (spans.isEmpty()) {
            return this;
        }
        Builder out = new Builder(text.length());
        int last = 0;
        for (int[] span : spans) {
            out.copy(this, last, span[0]);
            last = span[1];
        }
        out.copy(this, last, text.length());
        return out.build();
    }

    private interface Rewriter {
        void rewrite(MatchResult match, Builder out);
    }

    private MappedText rewrite(Pattern pattern, Rewriter rewriter) {
        Matcher m = pattern.matcher(text);
        return rewrite(m, m::find, rewriter);
    }

    private MappedText rewrite(CuedPattern pattern, Rewriter rewriter) {
        CuedPattern.Search search = pattern.search(text);
        return rewrite(search.matcher(), search::find, rewriter);
    }

    /** Rewrites each match that {@code find} moves the matcher to, copying the text between them. */
    private MappedText rewrite(Matcher m, BooleanSupplier find, Rewriter rewriter) {
        if (!find.getAsBoolean()) {
            return this;
        }
        Builder out = new Builder(text.length());
        int last = 0;
        do {
            out.copy(this, last, m.start());
            if (m.end() > m.start()) {
                rewriter.rewrite(m.toMatchResult(), out);
            }
            last = m.end();
        } while (find.getAsBoolean());
        out.copy(this, last, text.length());
        return out.build();
    }

    private static final class Builder {
        private final StringBuilder text;
        private int[] from;
        private int[] to;
        private int n;

        Builder(int capacity) {
            text = new StringBuilder(capacity);
            from = new int[capacity + 16];
            to = new int[capacity + 16];
        }

        void add(char c, int f, int t) {
            ensureRoom(1);
            text.append(c);
            from[n] = f;
            to[n] = t;
            n++;
        }

        /** Copies a span with its origins in bulk: most of a text is copied unchanged. */
        void copy(MappedText source, int start, int end) {
            int count = end - start;
            if (count <= 0) {
                return;
            }
            ensureRoom(count);
            text.append(source.text, start, end);
            System.arraycopy(source.from, source.offset + start, from, n, count);
            System.arraycopy(source.to, source.offset + start, to, n, count);
            n += count;
        }

        private void ensureRoom(int count) {
            if (n + count > from.length) {
                int capacity = Math.max(n + count, from.length * 2);
                from = Arrays.copyOf(from, capacity);
                to = Arrays.copyOf(to, capacity);
            }
        }

        MappedText build() {
            // The arrays may be longer than the text: only the first n entries are ever read.
            return new MappedText(text.toString(), from, to, 0);
        }
    }

    /** A slice of this text, still mapped to the source. */
    public MappedText slice(int start, int end) {
        if (start < 0 || end > text.length() || start > end) {
            throw new StringIndexOutOfBoundsException("slice " + start + "-" + end + " of a text of " + text.length());
        }
        return new MappedText(text.substring(start, end), from, to, offset + start);
    }

    /** The parts between the separator's matches, in order, empty ones kept (as {@code String.split(regex, -1)}). */
    public List<MappedText> split(Pattern separator) {
        List<MappedText> parts = new java.util.ArrayList<>();
        Matcher m = separator.matcher(text);
        int from = 0;
        while (m.find()) {
            parts.add(slice(from, m.start()));
            from = m.end();
        }
        parts.add(slice(from, text.length()));
        return parts;
    }

    /** This text followed by a separator (which stands for nothing in the source) and another text. */
    public MappedText join(String separator, MappedText other) {
        Builder out = new Builder(text.length() + separator.length() + other.length());
        out.copy(this, 0, text.length());
        int at = text.isEmpty() ? 0 : sourceEnd(text.length());
        for (int i = 0; i < separator.length(); i++) {
            out.add(separator.charAt(i), at, at);
        }
        out.copy(other, 0, other.length());
        return out.build();
    }

    /** Source offset (chars) where the character at {@code index} starts. */
    public int sourceStart(int index) {
        return from[offset + checked(index, text.length() - 1)];
    }

    /** Source offset (chars) where the character at {@code index - 1} ends. */
    public int sourceEnd(int index) {
        return to[offset + checked(index - 1, text.length() - 1)];
    }

    /** The index, if within 0 to last: the shared arrays reach beyond a slice, so they would not catch it. */
    private static int checked(int index, int last) {
        if (index < 0 || index > last) {
            throw new StringIndexOutOfBoundsException("index " + index + " of a text of " + (last + 1));
        }
        return index;
    }

    /** The same text with leading and trailing white space removed, still mapped. */
    public MappedText strip() {
        int s = 0;
        int e = text.length();
        while (s < e && isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && isSpace(text.charAt(e - 1))) {
            e--;
        }
        return slice(s, e);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == Document.ITEM_BREAK || c == '\u00A0';
    }

    public boolean isBlank() {
        return strip().length() == 0;
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
