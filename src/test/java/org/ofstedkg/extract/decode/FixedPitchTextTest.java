package org.ofstedkg.extract.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** A text printed in one fixed-pitch font (as enscript prints one) is read back as the text it was. */
class FixedPitchTextTest {

    /** Enough prose that the page is seen to be set in one pitch. */
    private static final String PROSE = "The council and its partners have a clear view of what needs to improve and act on it.";

    private static List<String> printout() {
        List<String> lines = new ArrayList<>();
        lines.add("Ms A Person  "); // Markdown's hard line break: two spaces, no fold
        lines.add("Director of Children's Services");
        lines.add("");
        for (int i = 0; i < 6; i++) {
            lines.add(PROSE);
        }
        lines.add("");
        // "Strengths\tWeaknesses", a tab expanded to the next stop of eight; a row folded at the space it broke at.
        lines.add("Strengths       Weaknesses");
        lines.add("Good placement stability for younger children and good attention to their health and ");
        lines.add("schooling.      Too few local placements.");
        lines.add("\f        Indented by a tab on a new page.");
        return lines;
    }

    @Test
    void aPrintedTextIsReadBackAsWritten() throws Exception {
        String text = Document.of("printed.pdf", PdfTest.pdf(printout(), Standard14Fonts.FontName.COURIER)).source().text();
        assertTrue(text.contains("Ms A Person\nDirector of Children's Services\n\n" + PROSE), text);
        assertTrue(text.contains("Strengths\tWeaknesses\nGood placement stability for younger children and good attention "
                + "to their health and schooling.\tToo few local placements.\n\f\tIndented by a tab on a new page."), text);
    }

    @Test
    void linesCutAtTheGridsEdgeRunOnMidWordAndAPagesHeaderStaysOut() throws Exception {
        // enscript's default: long lines cut by characters at the edge, a header line at the top of each page.
        String paragraph = (PROSE + " ").repeat(4).strip();
        List<String> lines = new ArrayList<>(List.of("report.txt          Mon Dec 07 2026          1", ""));
        for (int i = 0; i < paragraph.length(); i += 60) {
            lines.add(paragraph.substring(i, Math.min(paragraph.length(), i + 60)));
        }
        lines.add("\freport.txt          Mon Dec 07 2026          2");
        lines.add("");
        lines.add("A short line of its own.");
        String text = Document.of("cut.pdf", PdfTest.pdf(lines, Standard14Fonts.FontName.COURIER)).source().text();
        assertTrue(text.contains(paragraph + "\n"), text);
        assertTrue(text.contains("\n\freport.txt          Mon Dec 07 2026          2\n\nA short line of its own."), text);
    }

    @Test
    void aTypesetTextIsLeftAsTheStripperGivesIt() throws Exception {
        String text = Document.of("typeset.pdf", PdfTest.pdf(printout(), Standard14Fonts.FontName.HELVETICA)).source().text();
        assertFalse(text.contains("\t"), text);
        assertFalse(text.contains("health and schooling"), "a proportional line is no printer's fold: " + text);
    }

    @Test
    void theWordsKeepTheirPlacesInTheRebuiltText() throws Exception {
        Document doc = Document.of("printed.pdf", PdfTest.pdf(printout(), Standard14Fonts.FontName.COURIER));
        String text = doc.source().text();
        for (Layout.Line line : doc.layout().lines()) {
            for (Layout.Word w : line.words()) {
                assertEquals(w.text(), text.substring(w.start(), w.end()));
            }
        }
    }
}
