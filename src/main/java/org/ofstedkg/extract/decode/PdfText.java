package org.ofstedkg.extract.decode;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import org.ofstedkg.extract.ExtractionException;

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

    /** A PDF's text and where each of its words stands. */
    record Extracted(String text, List<Layout.Word> words) {
    }

    static Extracted extract(byte[] bytes) throws ExtractionException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PositionsStripper stripper = new PositionsStripper();
            // Fixed separators: evidence offsets (and so identifiers) must not depend on the platform.
            stripper.setLineSeparator("\n");
            stripper.setWordSeparator(" ");
            stripper.setSortByPosition(true);
            stripper.setAddMoreFormatting(true);
            stripper.setParagraphEnd("\n");
            stripper.setPageEnd("\f");
            StringWriter out = new StringWriter();
            stripper.writeText(pdf, out);
            // A PDF's text has no tab stops; some fonts map the space glyph to U+0009, which would read as
            // table cells. (The same length: the words' offsets stand.)
            String text = out.toString().replace('\t', ' ');
            if (text.replace("\f", "").isBlank()) {
                throw new ExtractionException("PDF with no text layer (" + pdf.getNumberOfPages()
                        + " page" + (pdf.getNumberOfPages() == 1 ? "" : "s") + " of images?): it needs OCR first");
            }
            return FixedPitchText.rebuild(stripper.words, w -> folded(text, w))
                    .orElseGet(() -> CentredMarks.mend(new Extracted(text, stripper.words)));
        } catch (InvalidPasswordException e) {
            throw new ExtractionException("encrypted PDF: its text cannot be read without the password");
        } catch (IOException e) {
            throw new ExtractionException("not a readable PDF: " + e.getMessage());
        }
    }

    /**
     * Whether a word ends a line a printer folded: on the one space it broke the line at. (Two spaces or more end a
     * line as written: Markdown's hard line break.)
     */
    private static boolean folded(String text, Layout.Word last) {
        int i = last.end();
        return i + 1 < text.length() && text.charAt(i) == ' ' && text.charAt(i + 1) == '\n';
    }

    /**
     * A text stripper that notes, as it writes each word, where the word stands on its page and where it
     * starts in the text written so far.
     */
    private static final class PositionsStripper extends PDFTextStripper {

        /** How much larger than the page's body text a line is set for it to read as a heading. */
        private static final float HEADING_SCALE = 1.15f;

        final List<Layout.Word> words = new ArrayList<>();
        /** The size most of the page's characters are set in: its body text. */
        private float bodySize;
        /** Whether the line being written is set larger than the body text; null before the page's first line. */
        private Boolean lineIsHeading;

        @Override
        protected void writePage() throws IOException {
            Map<Integer, Integer> counts = new HashMap<>();
            for (List<TextPosition> article : getCharactersByArticle()) {
                for (TextPosition g : article) {
                    counts.merge(Math.round(g.getFontSizeInPt() * 10), 1, Integer::sum);
                }
            }
            bodySize = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 10f).orElse(0f);
            lineIsHeading = null;
            super.writePage();
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            StringBuffer written = ((StringWriter) output).getBuffer();
            int length = written.length();
            if (!positions.isEmpty() && (length == 0 || written.charAt(length - 1) == '\n')) {
                // A typeset heading sits on the line above its text with no wider gap than between lines:
                // a line set larger than the body text is a paragraph of its own, as its type makes it.
                boolean heading = bodySize > 0 && positions.get(0).getFontSizeInPt() > bodySize * HEADING_SCALE;
                if (lineIsHeading != null && heading != lineIsHeading && length > 1 && written.charAt(length - 2) != '\n') {
                    output.write("\n");
                }
                lineIsHeading = heading;
            }
            int offset = written.length();
            super.writeString(text, positions);
            if (positions.isEmpty() || text.isEmpty()) {
                return;
            }
            int page = getCurrentPageNo();
            // A run the stripper writes at once may hold spaces; with a position per character it splits there.
            List<TextPosition> byCharacter = glyphPerCharacter(text, positions);
            boolean perCharacter = byCharacter != null;
            int from = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i < text.length() && !(perCharacter && Character.isWhitespace(text.charAt(i)))) {
                    continue;
                }
                if (i > from) {
                    List<TextPosition> glyphs = perCharacter ? byCharacter.subList(from, i) : positions;
                    add(page, glyphs, offset + from, offset + i, text.substring(from, i));
                }
                from = i + 1;
            }
        }

        /**
         * The glyph each character of the run was set by, or null if they cannot be matched: a ligature's one glyph ("\uFB00")
         * is written as the letters it stands for ("ff"), as PDFBox normalises presentation forms.
         */
        private static List<TextPosition> glyphPerCharacter(String text, List<TextPosition> positions) {
            if (positions.size() == text.length()) {
                return positions;
            }
            List<TextPosition> expanded = new ArrayList<>(text.length());
            for (TextPosition g : positions) {
                String unicode = g.getUnicode() == null ? "" : java.text.Normalizer.normalize(g.getUnicode(),
                        java.text.Normalizer.Form.NFKC);
                for (int k = 0; k < unicode.length(); k++) {
                    expanded.add(g);
                }
            }
            return expanded.size() == text.length() ? expanded : null;
        }

        private void add(int page, List<TextPosition> glyphs, int start, int end, String text) {
            float top = Float.MAX_VALUE;
            float bottom = -Float.MAX_VALUE;
            float x0 = Float.MAX_VALUE;
            float x1 = -Float.MAX_VALUE;
            for (TextPosition g : glyphs) {
                top = Math.min(top, g.getYDirAdj() - g.getHeightDir());
                bottom = Math.max(bottom, g.getYDirAdj());
                x0 = Math.min(x0, g.getXDirAdj());
                x1 = Math.max(x1, g.getXDirAdj() + g.getWidthDirAdj());
            }
            words.add(new Layout.Word(page, x0, x1, top, bottom, start, end, text));
        }
    }
}
