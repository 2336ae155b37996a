package org.ofstedkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.ofstedkg.Samples;
import org.ofstedkg.extract.decode.Document;
import org.ofstedkg.extract.register.AuthorityRegister;

/** Reports the extractor must refuse, each with a message that says what is missing. */
class BadInputTest {

    private static final Extractor EXTRACTOR = new Extractor(AuthorityRegister.bundled());

    private static String sample(String name) throws Exception {
        return Files.readString(Samples.report(name), StandardCharsets.UTF_8);
    }

    private static String rejection(String fileName, String text) {
        ExtractionException e = assertThrows(ExtractionException.class,
                () -> EXTRACTOR.extract(Document.of(fileName, text.getBytes(StandardCharsets.UTF_8))));
        return e.getMessage();
    }

    @Test
    void textOfNoKnownKindIsRejected() {
        String m = rejection("minutes.txt", "Minutes of the meeting of 3 March 2009.\n\nPresent: the committee.\n");
        assertTrue(m.startsWith("not a known kind of report"), m);
        assertTrue(m.contains("joint area review") && m.contains("annual rating letter"), m);
    }

    @Test
    void aLetterWithNoRatingRowNorSentenceIsStoredWithoutItSayingSo() throws Exception {
        String letter = sample(Samples.SEFTON_LETTER);
        String text = letter.replace("Children's services rating\tPerforms well (3)", "")
                .replace("Children's services in Sefton Metropolitan Borough Council perform well.", "");
        assertTrue(!text.equals(letter));
        var original = EXTRACTOR.extract(Document.of("sefton.txt", letter.getBytes(StandardCharsets.UTF_8)));
        var read = EXTRACTOR.extract(Document.of("sefton.txt", text.getBytes(StandardCharsets.UTF_8)));
        assertTrue(read.judgements().stream().noneMatch(j -> j.assessment() == org.ofstedkg.model.Assessment.ANNUAL_RATING));
        assertTrue(read.warnings().stream().anyMatch(w -> w.startsWith("no rating read") && w.endsWith(
                "the letter is stored without its rating")), read.warnings().toString());
        // What else it says is kept: its services and its figures, as read with the rating there.
        assertEquals(original.serviceJudgements().size(), read.serviceJudgements().size());
        assertEquals(original.statistics().size(), read.statistics().size());
    }

    @Test
    void aLetterWhoseRatingIsOnlyInASentenceIsRead() throws Exception {
        String text = sample(Samples.SEFTON_LETTER).replace("Children's services rating\tPerforms well (3)", "");
        var r = new Extractor(AuthorityRegister.bundled()).extract(Document.of("sefton.txt",
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(3, r.judgements().get(0).grade().value());
    }

    @Test
    void aLetterWithTwoDifferentRatingsIsRejected() throws Exception {
        String text = sample(Samples.SEFTON_LETTER).replace("Children's services rating\tPerforms well (3)",
                "Children's services rating\tPerforms well (3)\n\nChildren's services rating\tPerforms poorly (1)");
        String m = rejection("sefton.txt", text);
        assertTrue(m.contains("2 different rating rows"), m);
        assertTrue(m.contains("Performs poorly (1)"), m);
    }

    @Test
    void aRatingRowWhoseWordAndNumberDisagreeIsRejected() throws Exception {
        String text = sample(Samples.SEFTON_LETTER).replace("Performs well (3)\n---", "Performs well (4)\n---");
        assertTrue(rejection("sefton.txt", text).contains("\"performs well\" but grade 4"));
    }

    @Test
    void aRatingOffTheScaleIsNamedAsSuch() throws Exception {
        String text = sample(Samples.SEFTON_LETTER).replace("Performs well (3)\n---", "Performs well (5)\n---");
        assertTrue(rejection("sefton.txt", text).startsWith("rating row gives grade 5, off the four-point scale"));
    }

    @Test
    void utf16WithAByteOrderMarkIsRead() throws Exception {
        byte[] utf16 = sample(Samples.SEFTON_LETTER).getBytes(StandardCharsets.UTF_16);
        assertEquals("Sefton", EXTRACTOR.extract(Document.of("sefton-utf16.txt", utf16)).authority().name());
    }

    @Test
    void aLetterToAnUnknownAuthorityNamesTheTextItFound() throws Exception {
        String text = sample(Samples.BLACKPOOL_LETTER).replace("Blackpool", "Atlantis");
        String m = rejection("atlantis.txt", text);
        assertTrue(m.contains("no authority of the register matches") && m.contains("Atlantis"), m);
    }

    @Test
    void aReviewWithNoGradesTableTakesItsSectionsGradesAndSaysWhichAreMissing() throws Exception {
        String review = sample(Samples.SOUTHEND_REVIEW);
        int table = review.indexOf("\tLocal services overall");
        int next = review.indexOf("## Recommendations");
        String cut = review.substring(0, table) + review.substring(next);
        // Every area's section states its grade: the review is read, with a warning, and the same grades.
        var original = EXTRACTOR.extract(Document.of("review.txt", review.getBytes(StandardCharsets.UTF_8)));
        var read = EXTRACTOR.extract(Document.of("review.txt", cut.getBytes(StandardCharsets.UTF_8)));
        assertTrue(read.warnings().contains("no grades table found: the areas' grades are those their sections state"),
                read.warnings().toString());
        assertEquals(grades(original), grades(read));
        // A section that grades nothing too: the review is kept with what was read, saying which grades are missing.
        String ungraded = cut.replace("82. The management of services for children and young people is adequate. "
                + "Capacity to improve further is good.", "82. The management of services is described below.")
                .replace("94. Capacity to improve further is good.", "94. The partnership has a record of improvement.");
        assertTrue(!ungraded.equals(cut));
        var partial = EXTRACTOR.extract(Document.of("review.txt", ungraded.getBytes(StandardCharsets.UTF_8)));
        assertTrue(partial.warnings().contains("no grade read for service-management, capacity-to-improve (neither in a "
                + "grades table nor in its section): the review is stored without it"), partial.warnings().toString());
        var expected = new java.util.HashMap<>(grades(original));
        expected.keySet().removeAll(java.util.Set.of("service-management", "capacity-to-improve"));
        assertEquals(expected, grades(partial), "the other areas' grades are kept as read");
        assertEquals(original.findings().size(), partial.findings().size(), "and the rest of what it says");
    }

    private static java.util.Map<String, Integer> grades(org.ofstedkg.model.Report r) {
        return r.judgements().stream().filter(j -> j.assessment() == org.ofstedkg.model.Assessment.JOINT_AREA_REVIEW)
                .filter(j -> java.util.Set.of("safeguarding", "looked-after-children", "learning-difficulties-and-disabilities",
                        "service-management", "capacity-to-improve").contains(j.area().slug()))
                .collect(java.util.stream.Collectors.toMap(j -> j.area().slug(), j -> j.grade().value()));
    }

    @Test
    void aReviewWhoseNameAndReferenceNumberDisagreeIsRejected() throws Exception {
        String text = sample(Samples.SOUTHEND_REVIEW).replace("**Reference no:** 882", "**Reference no:** 890");
        String m = rejection("review.txt", text);
        assertTrue(m.contains("reference no. 890 is Blackpool"), m);
    }

    @Test
    void emptyAndBinaryFilesAreRejected() {
        assertEquals("empty file", assertThrows(ExtractionException.class,
                () -> Document.of("empty.txt", new byte[0])).getMessage());
        assertTrue(assertThrows(ExtractionException.class,
                () -> Document.of("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}))
                .getMessage().contains("binary"));
        assertEquals("binary data (a PNG image), not a text report", assertThrows(ExtractionException.class,
                () -> Document.of("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0}))
                .getMessage());
        assertTrue(assertThrows(ExtractionException.class,
                () -> Document.of("report.docx", new byte[] {'P', 'K', 3, 4, 20, 0, 8, 0})).getMessage()
                .startsWith("binary data (a zip archive, or a Word or OpenDocument file"));
    }

    @Test
    void windows1252IsReadWhenTheBytesCanOnlyBeThatAndSaidSo() throws Exception {
        // "£2 ... café": A3 is the pound sign and E9 e-acute in Windows-1252, neither UTF-8.
        byte[] bytes = "It cost £2. Then a café.\n".getBytes("windows-1252");
        Document d = Document.of("cp1252.txt", bytes);
        assertEquals("It cost £2. Then a café.\n", d.source().text());
        assertEquals(java.util.Optional.of("windows-1252"), d.source().encoding());
        assertEquals(java.util.List.of("not UTF-8: read as Windows-1252 text"), d.warnings());
        // Offsets are code points of the decoded text: the second sentence starts at 12.
        var e = d.evidence(d.blocks().get(0).sentences().get(1));
        assertEquals(12, e.start());
        assertEquals("Then a café.", e.exact());
        // Curly quotes and dashes are single bytes (93, 94, 96) too.
        assertEquals("\u201Cgood\u201D \u2013 yes", Document.of("q.txt", new byte[] {(byte) 0x93, 'g', 'o', 'o', 'd',
                (byte) 0x94, ' ', (byte) 0x96, ' ', 'y', 'e', 's'}).source().text());
        assertEquals(java.util.Optional.of("UTF-8"), Document.of("u.txt", "£".getBytes(StandardCharsets.UTF_8))
                .source().encoding());
    }

    @Test
    void bytesThatAreNeitherUtf8NorWindows1252AreRejected() {
        // 0x81 is undefined in Windows-1252; 0x01 a control character no text has.
        for (byte[] bytes : new byte[][] {{'a', (byte) 0xA3, (byte) 0x81}, {'a', (byte) 0xA3, 0x01}, {(byte) 0x9D}}) {
            assertEquals("neither UTF-8 nor Windows-1252 text", assertThrows(ExtractionException.class,
                    () -> Document.of("odd.txt", bytes)).getMessage());
        }
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithoutReadingIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path big = dir.resolve("big.txt");
        try (var f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        String m = assertThrows(ExtractionException.class, () -> Document.read(big)).getMessage();
        assertEquals("file too large: 50.0 MB (52428800 bytes), over the limit of 20 MB for one report", m);
    }
}
