package org.ofstedkg.extract.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * A list set as a table of marks beside items, each mark in the middle of its row (as an HTML page's cells, or a word
 * processor's, set it): the PDF's text has each mark at its item's head again.
 */
class CentredMarksTest {

    private static final float LINE = 12f;

    @Test
    void marksSetInTheMiddleOfTheirRowsOpenTheirItems() throws Exception {
        // Item i) two lines (its mark between them), ii) three lines (its mark on the middle one), iii) one line.
        byte[] pdf = page(List.of(
                new Placed(60, 0, "The council should:"),
                new Placed(200, 2, "allocate a qualified social worker to every"),
                new Placed(60, 2.5f, "i)"),
                new Placed(200, 3, "child on the register"),
                new Placed(200, 4.2f, "ensure that every referral is screened"),
                new Placed(60, 5.2f, "ii)"),
                new Placed(200, 5.2f, "by a qualified social worker within one"),
                new Placed(200, 6.2f, "working day"),
                new Placed(60, 7.4f, "iii)"),
                new Placed(200, 7.4f, "introduce regular supervision."),
                new Placed(60, 9.4f, "The primary care trust should:")));
        Document d = Document.of("review.pdf", pdf);
        assertEquals(List.of("The council should:",
                "i) allocate a qualified social worker to every child on the register",
                "ii) ensure that every referral is screened by a qualified social worker within one working day",
                "iii) introduce regular supervision.",
                "The primary care trust should:"), blocks(d));
        // Every word's offsets still point at its text.
        String text = d.source().text();
        d.layout().lines().forEach(l -> l.words().forEach(w -> assertEquals(w.text(), text.substring(w.start(), w.end()))));
    }

    @Test
    void marksAtTheirItemsHeadsAreLeftAsTheyAre() throws Exception {
        byte[] pdf = page(List.of(
                new Placed(60, 0, "i)"),
                new Placed(200, 0, "allocate a qualified social worker to every"),
                new Placed(200, 1, "child on the register"),
                new Placed(60, 2.2f, "ii)"),
                new Placed(200, 2.2f, "ensure that every referral is screened"),
                new Placed(200, 3.2f, "by a qualified social worker")));
        assertEquals(PdfText.extract(pdf).text(), Document.of("review.pdf", pdf).source().text());
    }

    private static List<String> blocks(Document d) {
        return d.blocks().stream().map(b -> (b.kind() == Block.Kind.LIST_ITEM ? markOf(d, b) : "")
                + b.text().toString().replaceAll("\\s+", " ").strip()).toList();
    }

    /** The mark a list item's block was cut from, from the text before it. */
    private static String markOf(Document d, Block b) {
        String text = d.source().text();
        int start = b.text().sourceStart(0);
        String before = text.substring(Math.max(0, start - 6), start);
        return before.substring(before.lastIndexOf('\n') + 1).strip() + " ";
    }

    private record Placed(float x, float line, String text) {
    }

    /** One page of 10-point Helvetica, each text at its x and line (lines of 12 points from the top margin). */
    private static byte[] page(List<Placed> texts) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                for (Placed p : texts) {
                    s.beginText();
                    s.setFont(font, 10);
                    s.newLineAtOffset(p.x(), 700 - p.line() * LINE);
                    s.showText(p.text());
                    s.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
