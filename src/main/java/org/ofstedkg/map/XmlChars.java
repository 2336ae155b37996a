package org.ofstedkg.map;

/**
 * Text made valid for {@code xsd:string}, whose characters are XML 1.0's: a PDF's text holds form feeds
 * between pages, which RDF/XML cannot write and an OWL reasoner refuses. Each character XML does not allow
 * becomes one it does, so that the text keeps its length and the evidence's offsets into it still hold:
 * a form feed the line separator U+2028 ({@link #PAGE_BREAK}: a reader sees a line break, and the text can
 * be read by pages again), a vertical tab a line break, another control character a space, a lone surrogate
 * or a non-character U+FFFD.
 */
public final class XmlChars {

    /** What a form feed (a PDF's page break) becomes in stored text. */
    public static final char PAGE_BREAK = '\u2028';

    private XmlChars() {
    }

    /** Stored text as it was read: its page breaks form feeds again. */
    public static String withPageBreaks(String stored) {
        return stored.replace(PAGE_BREAK, '\f');
    }

    public static String valid(String s) {
        int i = firstInvalid(s);
        if (i < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        b.append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else if (allowed(c)) {
                b.append(c);
            } else if (c == '\f') {
                b.append(PAGE_BREAK);
            } else if (c == '\u000B') {
                b.append('\n');
            } else if (c < 0x20) {
                b.append(' ');
            } else {
                b.append('\uFFFD');
            }
        }
        return b.toString();
    }

    /** The index of the first character XML 1.0 does not allow, or -1. */
    static int firstInvalid(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (!allowed(c)) {
                return i;
            }
        }
        return -1;
    }

    /** XML 1.0's Char production, for one UTF-16 unit that is not half of a pair. */
    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
