package org.ofstedkg.extract.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** A cued pattern finds what a matcher's find() finds, having tried the pattern only at its cue. */
class CuedPatternTest {

    private static List<String> found(Matcher m) {
        List<String> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(m.start() + "-" + m.end() + ":" + m.group());
        }
        return spans;
    }

    private static List<String> cued(CuedPattern p, String text) {
        CuedPattern.Search search = p.search(text);
        List<String> spans = new ArrayList<>();
        while (search.find()) {
            Matcher m = search.matcher();
            spans.add(m.start() + "-" + m.end() + ":" + m.group());
        }
        return spans;
    }

    private static void assertSameMatches(CuedPattern p, String text) {
        assertEquals(found(p.pattern().matcher(text)), cued(p, text), () -> p.pattern() + " on " + text);
    }

    @Test
    void findsWhatFindFindsWithLookBehindsAndLineAnchors() {
        // A look-behind reads before the cue; ^ holds only at a real line start, not where the search resumed.
        CuedPattern dash = CuedPattern.compile("\u2013\u2014",
                "(?<!^)(?<![\\n ])[\u2013\u2014]|(?<=[^\\n] )[\u2013\u2014]", Pattern.MULTILINE | Pattern.UNIX_LINES);
        assertSameMatches(dash, "\u2013 a list item\nwell\u2013being \u2014 and \u2014\n \u2013 indented\u2014");
        CuedPattern hyphen = CuedPattern.compile("-", "(?<=\\p{Ll})-[ \\t]*\\n[ \\t]*(?=\\p{Ll})", 0);
        assertSameMatches(hyphen, "assess-\nment, multi-\n agency, A-\nb, -\nx and well-being-");
        assertEquals(2, cued(hyphen, "assess-\nment, multi-\n agency").size());
    }

    @Test
    void findsEveryCueCharacterInTextOrder() {
        CuedPattern entity = CuedPattern.compile("&\u201C\u201D", "&(?:amp|lt);|[\u201C\u201D]", 0);
        String text = "\u201CA&amp;B\u201D &nope; &lt;\u201C\u201D&";
        assertSameMatches(entity, text);
        assertEquals(List.of("0-1:\u201C", "2-7:&amp;", "8-9:\u201D", "17-21:&lt;", "21-22:\u201C", "22-23:\u201D"),
                cued(entity, text));
    }

    @Test
    void emptyMatchesMoveOnAsFindDoes() {
        CuedPattern stars = CuedPattern.compile("*", "\\**", 0);
        assertSameMatches(stars, "a**b*c***");
        assertSameMatches(stars, "no cue here");
    }

    @Test
    void aCharacterWithCaseCannotCueAPatternThatIgnoresCase() {
        // indexOf finds one case only, so the cue would miss matches the pattern allows.
        assertThrows(IllegalArgumentException.class, () -> CuedPattern.compile("b", "b\\w+", Pattern.CASE_INSENSITIVE));
        assertThrows(IllegalArgumentException.class, () -> CuedPattern.compile("b", "(?i)b\\w+", 0));
        assertThrows(IllegalArgumentException.class, () -> CuedPattern.compile("\u24B6", "\u24B6", Pattern.CASE_INSENSITIVE
                | Pattern.UNICODE_CASE));
        // Each try is a search of its own, so \G would hold at every cue; a comment could swallow the wrapper.
        assertThrows(IllegalArgumentException.class, () -> CuedPattern.compile("-", "\\G-", 0));
        assertThrows(IllegalArgumentException.class, () -> CuedPattern.compile("-", "- # a dash", Pattern.COMMENTS));
        CuedPattern tag = CuedPattern.compile("<", "<br\\s*/?>", Pattern.CASE_INSENSITIVE);
        assertSameMatches(tag, "one<BR>two<br/>three< br>");
    }
}
