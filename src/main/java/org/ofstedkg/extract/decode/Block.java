package org.ofstedkg.extract.decode;

import java.util.List;
import java.util.Optional;

/**
 * A unit of a report's layout: a paragraph (lines joined), a numbered paragraph, a list item or a
 * table row. {@code text} has the paragraph number or bullet removed; {@code lines} keeps the
 * original line structure, which address blocks and signatures need.
 */
public record Block(Kind kind, Optional<Integer> number, MappedText text, List<MappedText> lines) {

    public enum Kind { PARAGRAPH, NUMBERED, LIST_ITEM, TABLE_ROW }

    public Block {
        lines = List.copyOf(lines);
    }

    private static final java.util.regex.Pattern TAB = java.util.regex.Pattern.compile("\t");

    /** Table cells, split at tabs; empty for blocks that are not table rows. */
    public List<MappedText> cells() {
        if (kind != Kind.TABLE_ROW) {
            return List.of();
        }
        return text.split(TAB).stream().map(MappedText::strip).toList();
    }

    /** The sentences of this block, in order. */
    public List<MappedText> sentences() {
        return Sentences.split(text);
    }

    public Optional<MappedText> firstSentence() {
        List<MappedText> s = sentences();
        return s.isEmpty() ? Optional.empty() : Optional.of(s.get(0));
    }

    @Override
    public String toString() {
        return kind + number.map(n -> " " + n).orElse("") + ": " + text;
    }
}
