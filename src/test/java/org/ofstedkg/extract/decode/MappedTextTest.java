package org.ofstedkg.extract.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.regex.Pattern;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Spans of cleaned text map back to the exact span of the source, through rewrites, slices and joins. */
class MappedTextTest {

    private static final String SOURCE = "<p>Fish &amp; chips</p> and <b>peas</b>";

    private static MappedText cleaned() {
        return MappedText.of(SOURCE)
                .replaceAll(Pattern.compile("&amp;"), "&")
                .keepGroup(Pattern.compile("<b>(.*?)</b>"), 1)
                .replaceAll(Pattern.compile("</?p>"), "");
    }

    private static String source(MappedText span) {
        return SOURCE.substring(span.sourceStart(0), span.sourceEnd(span.length()));
    }

    @Test
    void aSliceOfARewrittenTextMapsToItsSource() {
        MappedText text = cleaned();
        assertEquals("Fish & chips and peas", text.toString());
        assertEquals("&amp;", source(text.slice(5, 6)));
        assertEquals("Fish &amp; chips", source(text.slice(0, 12)));
        assertEquals("<b>peas</b>", source(text.slice(17, 21)), "the markup around a kept group's ends goes with it");
    }

    @Test
    void partsBetweenASeparatorsMatchesKeepEmptyOnesAndMapToTheirSource() {
        MappedText text = cleaned();
        List<MappedText> parts = text.split(java.util.regex.Pattern.compile(" and |^Fish"));
        assertEquals(List.of("", " & chips", "peas"), parts.stream().map(MappedText::toString).toList());
        assertEquals("<b>peas</b>", source(parts.get(2)));
        assertEquals(List.of("Fish & chips and peas"), text.split(java.util.regex.Pattern.compile(";")).stream()
                .map(MappedText::toString).toList());
    }

    @Test
    void aSliceOfASliceMapsAsTheWholeDoes() {
        MappedText text = cleaned();
        MappedText inner = text.slice(5, 21).slice(2, 7);
        assertEquals("chips", inner.toString());
        assertEquals("chips", source(inner));
        assertEquals(text.slice(7, 12).sourceStart(0), inner.sourceStart(0));
        assertEquals("chips", source(inner.strip()));
        assertEquals("chips", source(text.slice(6, 13).strip()));
    }

    @Test
    void aSliceReadsNoMappingBeyondItsEnds() {
        // Slices share their text's mapping, so the bounds are checked on the slice, not on the shared arrays.
        MappedText inner = cleaned().slice(5, 12);
        assertThrows(IndexOutOfBoundsException.class, () -> inner.sourceStart(7));
        assertThrows(IndexOutOfBoundsException.class, () -> inner.sourceStart(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> inner.sourceEnd(8));
        assertThrows(IndexOutOfBoundsException.class, () -> inner.sourceEnd(0));
        assertThrows(IndexOutOfBoundsException.class, () -> inner.slice(3, 8));
        assertThrows(IndexOutOfBoundsException.class, () -> MappedText.of("").sourceStart(0));
    }

    @Test
    void aJoinedTextKeepsBothSidesMappingAndItsSeparatorStandsAtTheJoin() {
        MappedText text = cleaned();
        MappedText joined = text.slice(0, 4).join(" / ", text.slice(17, 21));
        assertEquals("Fish / peas", joined.toString());
        assertEquals("Fish", source(joined.slice(0, 4)));
        assertEquals("<b>peas</b>", source(joined.slice(7, 11)));
        assertEquals(text.slice(0, 4).sourceEnd(4), joined.sourceStart(5), "the separator stands for nothing, at the join");
        MappedText rewrittenAfterJoin = joined.replaceAll(Pattern.compile("peas"), "beans");
        assertEquals("<b>peas</b>", source(rewrittenAfterJoin.slice(7, 12)));
    }
}
