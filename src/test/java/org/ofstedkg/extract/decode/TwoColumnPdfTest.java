package org.ofstedkg.extract.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.ofstedkg.Samples;
import org.ofstedkg.extract.Extractor;
import org.ofstedkg.extract.register.AuthorityRegister;
import org.ofstedkg.model.Finding;
import org.ofstedkg.model.Report;

/**
 * The joint area review typeset as a PDF whose strengths and weaknesses tables are two columns side by
 * side, each cell wrapped within its column, as a word processor lays a table out: PDFBox's text
 * interleaves the columns line by line, and the findings are read from where the words stand.
 */
class TwoColumnPdfTest {

    private static final Extractor EXTRACTOR = new Extractor(AuthorityRegister.bundled());

    @Test
    void aReviewsTwoColumnTablesGiveTheFindingsOfItsText() throws Exception {
        byte[] text = Files.readAllBytes(Samples.reports().resolve(Samples.SOUTHEND_REVIEW));
        Report fromText = EXTRACTOR.extract(Document.of("review.txt", text));
        Report fromPdf = EXTRACTOR.extract(Document.of("review.pdf",
                twoColumns(new String(text, StandardCharsets.UTF_8).lines().toList())));
        assertTrue(PdfText.isPdf(twoColumns(List.of("x"))));
        assertEquals(57, fromText.findings().size());
        assertEquals(facts(fromText.findings()), facts(fromPdf.findings()));
        assertTrue(fromPdf.warnings().stream().noneMatch(w -> w.contains("interleaved")), fromPdf.warnings().toString());
        for (Finding f : fromPdf.findings()) {
            String exact = fromPdf.source().text().substring(fromPdf.source().text().offsetByCodePoints(0,
                    f.evidence().start()), fromPdf.source().text().offsetByCodePoints(0, f.evidence().end()));
            assertEquals(f.evidence().exact(), exact, "evidence offsets point at its exact text");
        }
    }

    private static List<String> facts(List<Finding> findings) {
        return findings.stream().map(f -> f.area().slug() + " " + f.kind().slug() + " " + f.text()
                .replaceAll("\\s+", " ")).sorted().toList();
    }

    /**
     * A PDF of the lines in 9-point Helvetica: a line with a tab is a table row, its cells' items (the
     * {@code <p>} of the text) wrapped at 48 characters in two columns side by side; other lines wrapped
     * at 100 characters; a new page when one is full.
     */
    static byte[] twoColumns(List<String> lines) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            List<List<String[]>> rows = new ArrayList<>(); // each printed line: {left, right} or {whole}
            for (String line : lines) {
                String plain = line.replaceAll("\\*\\*|#+ ", "");
                if (plain.contains("\t")) {
                    String[] cells = plain.split("\t", 2);
                    List<String> left = wrap(items(cells[0]), 48);
                    List<String> right = wrap(items(cells[1]), 48);
                    List<String[]> printed = new ArrayList<>();
                    for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
                        printed.add(new String[] {i < left.size() ? left.get(i) : "", i < right.size() ? right.get(i) : ""});
                    }
                    rows.add(printed);
                } else {
                    List<String[]> printed = new ArrayList<>();
                    for (String w : wrap(List.of(plain.replaceAll("<[^>]+>", "")), 100)) {
                        printed.add(new String[] {w});
                    }
                    if (printed.isEmpty()) {
                        printed.add(new String[] {""});
                    }
                    rows.add(printed);
                }
            }
            PDPageContentStream cs = null;
            float y = 0;
            for (List<String[]> row : rows) {
                for (String[] printed : row) {
                    if (cs == null || y < 50) {
                        if (cs != null) {
                            cs.close();
                        }
                        PDPage page = new PDPage();
                        doc.addPage(page);
                        cs = new PDPageContentStream(doc, page);
                        y = 760;
                    }
                    show(cs, font, 40, y, printed[0]);
                    if (printed.length > 1) {
                        show(cs, font, 310, y, printed[1]);
                    }
                    y -= 11;
                }
            }
            if (cs != null) {
                cs.close();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void show(PDPageContentStream cs, PDType1Font font, float x, float y, String text) throws IOException {
        if (text.isBlank()) {
            return;
        }
        cs.beginText();
        cs.setFont(font, 9);
        cs.newLineAtOffset(x, y);
        cs.showText(PdfTest.encodable(font, text));
        cs.endText();
    }

    /** A cell's items: its {@code <p>} paragraphs, or the cell as one. */
    private static List<String> items(String cell) {
        List<String> items = new ArrayList<>();
        for (String p : cell.split("</p>")) {
            String item = p.replaceAll("<[^>]+>", "").strip();
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        return items;
    }

    private static List<String> wrap(List<String> paragraphs, int width) {
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            StringBuilder line = new StringBuilder();
            for (String word : p.split("\\s+")) {
                if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(word);
            }
            if (line.length() > 0) {
                out.add(line.toString());
            }
        }
        return out;
    }
}
