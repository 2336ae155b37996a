package org.ofstedkg.extract;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text layer of a PDF report, as Apache PDFBox extracts it: lines in reading order, a blank line
 * where the layout leaves a paragraph's gap, a form feed between pages. The pipeline reads it like any
 * text (page furniture, hyphenation and flattened tables are its business, not this class's).
 */
final class PdfText {

    private PdfText() {
    }

    static boolean isPdf(byte[] bytes) {
        return bytes.length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F'
                && bytes[4] == '-';
    }

    static String extract(byte[] bytes) throws ExtractionException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            // Fixed separators: evidence offsets (and so identifiers) must not depend on the platform.
            stripper.setLineSeparator("\n");
            stripper.setWordSeparator(" ");
            stripper.setSortByPosition(true);
            stripper.setAddMoreFormatting(true);
            stripper.setParagraphEnd("\n");
            stripper.setPageEnd("\f");
            // A PDF's text has no tab stops; some fonts map the space glyph to U+0009, which would read as
            // table cells.
            String text = stripper.getText(pdf).replace('\t', ' ');
            if (text.replace("\f", "").isBlank()) {
                throw new ExtractionException("PDF with no text layer (" + pdf.getNumberOfPages()
                        + " page" + (pdf.getNumberOfPages() == 1 ? "" : "s") + " of images?): it needs OCR first");
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw new ExtractionException("encrypted PDF: its text cannot be read without the password");
        } catch (IOException e) {
            throw new ExtractionException("not a readable PDF: " + e.getMessage());
        }
    }
}
