package org.ofstedkg.extract.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ofstedkg.Samples;
import org.ofstedkg.extract.ExtractionException;
import org.ofstedkg.extract.Extractor;
import org.ofstedkg.extract.register.AuthorityRegister;
import org.ofstedkg.generate.Rendering;
import org.ofstedkg.model.Report;

/** PDF reports, made from the samples in the test, read through PDFBox into the same facts. */
class PdfTest {

    private static final Extractor EXTRACTOR = new Extractor(AuthorityRegister.bundled());

    /**
     * A PDF of the text's lines in 10-point Helvetica: a new page at each form feed, or after 60 lines;
     * blank lines leave a gap.
     */
    static byte[] pdf(List<String> lines) throws IOException {
        return pdf(lines, Standard14Fonts.FontName.HELVETICA);
    }

    /** The same in another of the standard fonts (Courier: each character a cell, as a printer sets a text). */
    static byte[] pdf(List<String> lines, Standard14Fonts.FontName fontName) throws IOException {
        List<List<String>> pages = new java.util.ArrayList<>();
        List<String> page = new java.util.ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("\f") || page.size() == 60) {
                pages.add(page);
                page = new java.util.ArrayList<>();
            }
            page.add(line.replace("\f", ""));
        }
        pages.add(page);
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(fontName);
            for (List<String> pageLines : pages) {
                PDPage pdfPage = new PDPage();
                doc.addPage(pdfPage);
                try (PDPageContentStream cs = new PDPageContentStream(doc, pdfPage)) {
                    float y = 760;
                    for (String line : pageLines) {
                        if (!line.isBlank()) {
                            cs.beginText();
                            cs.setFont(font, 10);
                            cs.newLineAtOffset(40, y);
                            cs.showText(encodable(font, line));
                            cs.endText();
                        }
                        y -= 12;
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Helvetica's encoding has no glyph for a few characters; a PDF maker would substitute them too. */
    static String encodable(PDType1Font font, String line) {
        StringBuilder s = new StringBuilder();
        line.codePoints().forEach(c -> {
            String ch = new String(Character.toChars(c));
            try {
                font.encode(ch);
                s.append(ch);
            } catch (IllegalArgumentException | IOException e) {
                s.append('?');
            }
        });
        return s.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {Samples.SOUTHEND_LETTER, Samples.SOUTHEND_REVIEW, Samples.SEFTON_LETTER,
            Samples.BLACKPOOL_LETTER, Samples.REDCAR_LETTER})
    void aPdfOfTheReportGivesTheSameFacts(String sample) throws Exception {
        String markdown = Files.readString(Samples.report(sample), StandardCharsets.UTF_8);
        String text = Rendering.hardWrapped(Rendering.flattenedTables(Rendering.plain(markdown)), 90, false);
        byte[] bytes = pdf(text.lines().toList());
        Report fromPdf = EXTRACTOR.extract(Document.of(sample + ".pdf", bytes));
        assertEquals("application/pdf", fromPdf.source().mediaType());
        assertEquals(Document.sha256(bytes), fromPdf.source().sha256(), "the source is the PDF's bytes");
        assertEquals(RenderingsTest.facts(RenderingsTest.read(sample, markdown)), RenderingsTest.facts(fromPdf));
        // Evidence points into the text PDFBox extracted.
        var e = fromPdf.judgements().get(0).evidence().get(0);
        String source = fromPdf.source().text();
        assertEquals(e.exact(), source.substring(source.offsetByCodePoints(0, e.start()),
                source.offsetByCodePoints(0, e.end())));
    }

    @Test
    void aPdfWithRunningHeadersAndPageNumbersGivesTheSameFactsWhateverTheLineSeparator() throws Exception {
        String markdown = Files.readString(Samples.report(Samples.SOUTHEND_REVIEW), StandardCharsets.UTF_8);
        String text = Rendering.paged(Rendering.hardWrapped(Rendering.flattenedTables(Rendering.plain(markdown)),
                90, true), 55, "Joint area review: Southend-on-Sea");
        byte[] bytes = pdf(text.lines().toList());
        String separator = System.getProperty("line.separator");
        Report unix;
        Report windows;
        try {
            unix = EXTRACTOR.extract(Document.of("review.pdf", bytes));
            System.setProperty("line.separator", "\r\n");
            windows = EXTRACTOR.extract(Document.of("review.pdf", bytes));
        } finally {
            System.setProperty("line.separator", separator);
        }
        assertEquals(RenderingsTest.facts(RenderingsTest.read(Samples.SOUTHEND_REVIEW, markdown)), RenderingsTest.facts(unix));
        assertEquals(unix.source().text(), windows.source().text(), "evidence offsets do not depend on the platform");
    }

    @Test
    void aWordSetWithALigatureStandsWhereItsGlyphsDo() throws Exception {
        // LibreOffice sets "ff" and "fi" as one glyph each; PDFBox writes the letters, so a run holds more characters than
        // glyphs. Each word must still stand on its own (a table's columns are told apart by where words stand).
        byte[] pdf = Files.readAllBytes(Samples.home().resolve(
                "src/test/resources/unseen/renderings/libreoffice/dev/jars-m/01-bexley.pdf"));
        List<Layout.Word> words = Document.of("bexley.pdf", pdf).layout().lines().stream().flatMap(l -> l.words().stream()).toList();
        assertTrue(words.stream().anyMatch(w -> w.text().equals("effective")));
        assertEquals(List.of(), words.stream().filter(w -> w.text().chars().anyMatch(Character::isWhitespace))
                .map(Layout.Word::text).toList());
    }

    @Test
    void aPdfWithNoTextLayerIsRejected() throws Exception {
        byte[] bytes;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.addRect(100, 100, 200, 200); // a scan would be an image: no text either way
                cs.fill();
            }
            doc.save(out);
            bytes = out.toByteArray();
        }
        var e = assertThrows(ExtractionException.class, () -> Document.of("scan.pdf", bytes));
        assertTrue(e.getMessage().startsWith("PDF with no text layer"), e.getMessage());
    }

    @Test
    void aBrokenPdfIsRejected() {
        byte[] bytes = "%PDF-1.7\nthis is not a PDF body".getBytes(StandardCharsets.US_ASCII);
        var e = assertThrows(ExtractionException.class, () -> Document.of("broken.pdf", bytes));
        assertTrue(e.getMessage().startsWith("not a readable PDF"), e.getMessage());
    }
}
