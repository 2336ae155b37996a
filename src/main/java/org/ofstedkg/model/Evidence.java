package org.ofstedkg.model;

/**
 * Where a fact was read: a span of the source text, in Unicode code points from the start of the
 * decoded file (as Web Annotation's TextPositionSelector counts), the exact text of that span, and
 * the quote as a reader sees it (markup removed, white space folded).
 */
public record Evidence(int start, int end, String exact, String quote) {

    public Evidence {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty or negative evidence span " + start + "-" + end);
        }
        if (quote.isBlank()) {
            throw new IllegalArgumentException("evidence with no quote");
        }
    }
}
