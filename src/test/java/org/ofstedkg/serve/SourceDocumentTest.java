package org.ofstedkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A report's source text rendered as a document: its forms built, nothing raw, every evidence marked and linked. */
class SourceDocumentTest {

    private static SourceDocument.Evidence evidence(String text, String quote, String fact) {
        int from = text.indexOf(quote);
        return new SourceDocument.Evidence(text.codePointCount(0, from), text.codePointCount(0, from + quote.length()),
                fact, "says " + fact);
    }

    @Test
    void headingsParagraphsListsTablesAndInlineFormsAreBuilt() {
        String text = "## Introduction\n\n1. First paragraph\nruns on.\n2. Second.\n  - an item\n  - another\n\n"
                + "<b>Annex A</b>\t<b>28</b>\n\n---\n**Published:** 6 May\n\n"
                + "Head\tGrade\n----\t-----\nSafeguarding\t2\n";
        String html = SourceDocument.render(text, List.of()).html();
        assertEquals("<h4>Introduction</h4>\n<p>1. First paragraph\nruns on.</p>\n<p>2. Second.</p>\n"
                + "<ul>\n<li>an item</li>\n<li>another</li>\n</ul>\n"
                + "<div class=\"table-scroll\" role=\"region\" aria-label=\"A table of the report\" tabindex=\"0\"><table class=\"source-table\">\n<tr><td><strong>Annex A</strong></td><td><strong>28</strong></td></tr>\n</table></div>\n"
                + "<hr>\n<p><strong>Published:</strong> 6 May</p>\n"
                + "<div class=\"table-scroll\" role=\"region\" aria-label=\"A table of the report\" tabindex=\"0\"><table class=\"source-table\">\n<tr><th scope=\"col\">Head</th><th scope=\"col\">Grade</th></tr>\n"
                + "<tr><td>Safeguarding</td><td>2</td></tr>\n</table></div>\n", html);
    }

    @Test
    void markupThatIsNotTheTextsOwnIsEscapedNeverRun() {
        String text = "<script>alert(1)</script> and <a href=\"javascript:x\">x</a> [bad](javascript:alert(1)) "
                + "<img src=x onerror=alert(1)> 3 < 5 & \"so\"";
        String html = SourceDocument.render(text, List.of()).html();
        assertTrue(!html.contains("<script") && !html.contains("<a ") && !html.contains("<img"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && html.contains("3 &lt; 5 &amp; &quot;so&quot;"),
                html);
    }

    @Test
    void aPdfsTextReadsAsParagraphsAndBulletsAcrossItsPageBreaks() {
        String text = "Inspection of Bristol local authority \nchildren’s services  \n\nWhat needs to improve? \n\n"
                + "◼ The timeliness of initial \ndecisions. \n\n◼ The reliability of data. \n\n \n\n\u2028\n\n \n\n"
                + "Leaders have a clear \nvision.";
        String html = SourceDocument.render(text, List.of()).html();
        assertEquals("<p>Inspection of Bristol local authority \nchildren’s services  </p>\n<p>What needs to improve? </p>\n"
                + "<ul>\n<li>The timeliness of initial \ndecisions. </li>\n<li>The reliability of data. </li>\n</ul>\n"
                + "<p>Leaders have a clear \nvision.</p>\n", html);
    }

    @Test
    void everyEvidenceIsMarkedAndLinkedToItsFactAndEveryFactFindsItsMark() {
        String text = "## Grades\n\nSafeguarding\t2\nCare\t3\n\nA **bold** claim in 😀 two\nlines.";
        var safeguarding = evidence(text, "Safeguarding\t2", "fact-a");
        var inner = evidence(text, "2", "fact-b");
        var crossing = evidence(text, "bold** claim in 😀 two\nlines", "fact-c");
        var rendered = SourceDocument.render(text, List.of(inner, safeguarding, crossing));
        String html = rendered.html();
        assertEquals("ev-" + safeguarding.key(), rendered.anchorOf().get(safeguarding.key()));
        assertEquals("ev-" + safeguarding.key(), rendered.anchorOf().get(inner.key()), "a span inside a marked one is held by it");
        // The span held has an empty anchor where its holder begins, so that a link to it (a search hit's) lands.
        assertTrue(html.contains("<tr><td><span id=\"ev-" + inner.key() + "\"></span><mark id=\"ev-" + safeguarding.key()
                + "\"><a class=\"evidence\" href=\"#fact-a\" "
                + "title=\"says fact-a\">Safeguarding</a></mark></td><td><mark><a class=\"evidence\" href=\"#fact-a\" "
                + "title=\"says fact-a\">2</a></mark> <a class=\"evidence\" href=\"#fact-b\" title=\"says fact-b\">[2]</a>"
                + "</td></tr>"), html);
        // Offsets are code points (the emoji is one); the mark is closed and opened again around the bold element.
        assertTrue(html.contains("<p>A <strong><mark id=\"ev-" + crossing.key() + "\"><a class=\"evidence\" href=\"#fact-c\" "
                + "title=\"says fact-c\">bold</a></mark></strong><mark><a class=\"evidence\" href=\"#fact-c\" "
                + "title=\"says fact-c\"> claim in 😀 two\nlines</a></mark>.</p>"), html);
        for (var e : List.of(safeguarding, inner, crossing)) {
            assertEquals(1, html.split("id=\"ev-" + e.key() + "\"", -1).length - 1, "one element with the id of " + e.key());
        }
    }

    @Test
    void misnestedInlineFormsAreClosedInOrder() {
        String html = SourceDocument.render("<b>one <i>two</b> three</i> <b>open", List.of()).html();
        assertEquals("<p><strong>one <em>two</em></strong><em> three</em> <strong>open</strong></p>\n", html);
    }
}
