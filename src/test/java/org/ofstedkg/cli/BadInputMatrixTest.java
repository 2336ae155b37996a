package org.ofstedkg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ofstedkg.cli.CommandLineTest.run;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ofstedkg.Samples;
import org.ofstedkg.cli.CommandLineTest.Run;

/**
 * The issue's bad inputs, all in one folder with the five samples: each bad file gets one line naming
 * it and the reason, the run exits 1, every good file is stored and nothing of a bad one is.
 */
class BadInputMatrixTest {

    @TempDir
    Path dir;

    private static final String OKG = "PREFIX okg: <https://w3id.org/ofsted-kg/def/> ";

    /** Bad files of every kind, by name, with the start of the reason each must be rejected with. */
    private Map<String, String> writeBadFiles(Path folder) throws Exception {
        Map<String, String> bad = new LinkedHashMap<>();
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        bad.put("empty.txt", "empty file");

        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        Files.write(folder.resolve("scan.png"), png.toByteArray());
        bad.put("scan.png", "binary data (a PNG image), not a text report");

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("report.txt"));
            out.write(Samples.text(Samples.SEFTON_LETTER).getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Files.write(folder.resolve("reports.zip"), zip.toByteArray());
        bad.put("reports.zip", "binary data (a zip archive");

        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(folder.resolve("scanned.pdf").toFile());
        }
        bad.put("scanned.pdf", "PDF with no text layer (1 page of images?): it needs OCR first");

        // Bytes of no text encoding: high bytes with 0x81 (undefined in Windows-1252) and control characters.
        Random random = new Random(42);
        byte[] noise = new byte[4096];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (1 + random.nextInt(255));
        }
        noise[0] = (byte) 0x81;
        Files.write(folder.resolve("noise.txt"), noise);
        bad.put("noise.txt", "neither UTF-8 nor Windows-1252 text");

        try (RandomAccessFile huge = new RandomAccessFile(folder.resolve("huge.txt").toFile(), "rw")) {
            huge.setLength(50L * 1024 * 1024);
        }
        bad.put("huge.txt", "file too large: 50.0 MB (52428800 bytes), over the limit of 20 MB for one report");

        String letter = Samples.text(Samples.SEFTON_LETTER);
        Files.writeString(folder.resolve("nul.txt"), letter.substring(0, 500) + "\0" + letter.substring(500));
        bad.put("nul.txt", "binary data (NUL bytes), not a text report");

        Files.writeString(folder.resolve("atlantis.txt"), Samples.text(Samples.BLACKPOOL_LETTER).replace("Blackpool", "Atlantis"));
        bad.put("atlantis.txt", "no authority of the register matches \"Atlantis Borough Council\"");

        Files.writeString(folder.resolve("two-ratings.txt"), letter.replace("Children's services rating\tPerforms well (3)",
                "Children's services rating\tPerforms well (3)\n\nChildren's services rating\tPerforms poorly (1)"));
        bad.put("two-ratings.txt", "annual rating letter with 2 different rating rows");

        try {
            Files.createSymbolicLink(folder.resolve("loop"), folder.toAbsolutePath());
            bad.put("loop", "symbolic-link loop (it leads to " + folder.toAbsolutePath() + ", a folder it is in); not followed");
        } catch (UnsupportedOperationException | IOException e) {
            System.err.println("symbolic links not supported here; the loop case is skipped: " + e);
        }
        return bad;
    }

    /** Good files besides the samples, each a report of its own, by name. */
    private static List<String> writeGoodFiles(Path folder) throws Exception {
        // Windows-1252, with a pound sign (byte A3), of another authority.
        String wirral = Samples.text(Samples.SEFTON_LETTER).replace("Sefton", "Wirral")
                .replace("A greater than average proportion", "The council spends £3.2 million a year on fostering. "
                        + "A greater than average proportion");
        byte[] cp1252 = wirral.getBytes(Charset.forName("windows-1252"));
        assertTrue(new String(cp1252, StandardCharsets.ISO_8859_1).contains("\u00A3"), "one byte A3 for the pound sign");
        Files.write(folder.resolve("wirral-1252.txt"), cp1252);
        // A copy under a name with spaces and letters outside ASCII, of another authority (a byte-identical copy
        // would be the same report: it would be "unchanged", or replace its graph under another file name).
        Files.writeString(folder.resolve("Café report 2009 — copy.md"),
                Samples.text(Samples.BLACKPOOL_LETTER).replace("Blackpool", "Bolton"));
        // A review whose grades table and safeguarding section disagree: stored, with a warning.
        Files.writeString(folder.resolve("review-conflicting.md"), Samples.conflictingReview());
        return List.of("wirral-1252.txt", "Café report 2009 — copy.md", "review-conflicting.md");
    }

    private static List<String> column(Run r) {
        List<String> lines = r.lines();
        return lines.subList(1, lines.size());
    }

    @Test
    void eachBadFileIsOneLineWithItsReasonAndEveryGoodFileIsStored() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        for (String sample : List.of(Samples.SOUTHEND_LETTER, Samples.SOUTHEND_REVIEW, Samples.SEFTON_LETTER,
                Samples.BLACKPOOL_LETTER, Samples.REDCAR_LETTER)) {
            Files.copy(Samples.report(sample), inbox.resolve(sample));
        }
        Map<String, String> bad = writeBadFiles(inbox);
        List<String> good = writeGoodFiles(inbox);
        String store = dir.resolve("store").toString();

        Run r = run("ingest", "--store", store, inbox.toString());
        assertEquals(1, r.status(), r.out() + r.err());
        List<String> lines = r.lines();
        for (var e : bad.entrySet()) {
            List<String> naming = lines.stream().filter(l -> l.contains(inbox.resolve(e.getKey()).toString())).toList();
            assertEquals(1, naming.size(), e.getKey() + " is named on one line: " + r.out());
            assertTrue(naming.get(0).startsWith("rejected  " + inbox.resolve(e.getKey()) + ": " + e.getValue()),
                    naming.get(0));
        }
        assertEquals(bad.size(), lines.stream().filter(l -> l.startsWith("rejected")).count(), r.out());
        List<String> stored = lines.stream().filter(l -> l.startsWith("stored")).toList();
        assertEquals(5 + good.size(), stored.size(), r.out());
        for (String name : good) {
            assertTrue(stored.stream().anyMatch(l -> l.endsWith(inbox.resolve(name).toString())), name + ": " + r.out());
        }
        assertTrue(Pattern.compile("^stored +annual-rating-letter +Wirral \\(344\\) .*wirral-1252\\.txt\\n"
                + " +warning: not UTF-8: read as Windows-1252 text$", Pattern.MULTILINE).matcher(r.out()).find(), r.out());
        assertTrue(Pattern.compile("^stored +joint-area-review +Southend-on-Sea \\(882\\) .*review-conflicting\\.md\\n"
                + " +warning: conflicting joint-area-review judgements of safeguarding: grade 2 and, at character \\d+, "
                + "grade 3 \\(\"The contribution .* is good\\.\"\\); kept 2$", Pattern.MULTILINE).matcher(r.out()).find(),
                r.out());
        int files = 5 + good.size() + bad.size();
        assertEquals(files + " files: " + (5 + good.size()) + " stored, 0 replaced, 0 unchanged, " + bad.size()
                + " rejected; the store " + store + " holds " + (5 + good.size()) + " reports", lines.get(lines.size() - 1));

        // The store: one graph per good report, plus the ontology, the register and the store's model version,
        // and nothing of a bad file.
        assertEquals(List.of(Integer.toString(5 + good.size() + 3)), column(run("query", "--store", store, "--sparql",
                "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }")));
        assertEquals(List.of(Integer.toString(5 + good.size())), column(run("query", "--store", store, "--sparql",
                OKG + "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?r a okg:Report } }")));
        TreeSet<String> names = new TreeSet<>(good);
        names.addAll(List.of(Samples.SOUTHEND_LETTER, Samples.SOUTHEND_REVIEW, Samples.SEFTON_LETTER,
                Samples.BLACKPOOL_LETTER, Samples.REDCAR_LETTER));
        assertEquals(new ArrayList<>(names), column(run("query", "--store", store, "--sparql",
                OKG + "SELECT ?f { ?s okg:fileName ?f } ORDER BY ?f")), "the file name is kept as it is");
        assertEquals(List.of("false"), column(run("query", "--store", store, "--sparql",
                "ASK { ?s ?p ?o FILTER (CONTAINS(STR(?o), \"Atlantis\") || CONTAINS(STR(?o), \"Performs poorly (1)\")) }")),
                "nothing of the rejected letters");

        // The Windows-1252 letter's pound sign is read: a figure in pounds, and the text decoded.
        Run figures = run("query", "--store", store, Samples.home().resolve("queries/statistics.rq").toString());
        assertTrue(figures.lines().stream().anyMatch(l -> l.startsWith("344,") && l.contains(",3200000,pounds,")),
                figures.out());
        assertEquals(List.of("windows-1252"), column(run("query", "--store", store, "--sparql",
                OKG + "SELECT ?e { ?s okg:fileName \"wirral-1252.txt\" ; okg:characterEncoding ?e }")));
        assertTrue(run("query", "--store", store, "--sparql", OKG + "ASK { ?s okg:fileName \"wirral-1252.txt\" ; "
                + "okg:sourceText ?t FILTER (CONTAINS(?t, \"spends £3.2 million\")) }").out().contains("true"));
        // The conflict, where a query finds it.
        Run conflicts = run("query", "--store", store, Samples.home().resolve("queries/conflicts.rq").toString());
        assertEquals(List.of("882,joint-area-review,2008-05-07,joint-area-review,safeguarding,2,3,Safeguarding 2,"
                + "The contribution of local services to improving outcomes for children and young people at risk or "
                + "requiring safeguarding is good."), column(conflicts));
    }

    @Test
    void anIngestOfOnlyBadFilesLeavesTheStoreAsItWas() throws Exception {
        String store = dir.resolve("store").toString();
        assertEquals(0, run("ingest", "--store", store, Samples.reports().toString()).status());
        Path before = dir.resolve("before.nq");
        assertEquals(0, run("export", "--store", store, "--format", "nquads", "--out", before.toString()).status());

        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Map<String, String> bad = writeBadFiles(inbox);
        Run r = run("ingest", "--store", store, inbox.toString());
        assertEquals(1, r.status(), r.out());
        assertEquals(bad.size(), r.lines().stream().filter(l -> l.startsWith("rejected")).count(), r.out());
        assertTrue(r.lines().get(r.lines().size() - 1).startsWith(bad.size() + " files: 0 stored, 0 replaced, "
                + "0 unchanged, " + bad.size() + " rejected; the store"), r.out());

        Path after = dir.resolve("after.nq");
        assertEquals(0, run("export", "--store", store, "--format", "nquads", "--out", after.toString()).status());
        assertArrayEquals(Files.readAllBytes(before), Files.readAllBytes(after), "the export is byte for byte the same");
    }

    @Test
    void validateNamesALoopAndChecksTheOtherFiles() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.copy(Samples.report(Samples.SEFTON_LETTER), inbox.resolve("sefton.txt"));
        Path sub = Files.createDirectories(inbox.resolve("sub"));
        try {
            Files.createSymbolicLink(sub.resolve("up"), inbox.toAbsolutePath());
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.abort("symbolic links not supported here: " + e);
        }
        Files.copy(Samples.report(Samples.REDCAR_LETTER), sub.resolve("redcar.txt"));
        Run r = run("validate", inbox.toString());
        assertEquals(1, r.status(), r.out());
        assertEquals(List.of("valid     annual-rating-letter Sefton (343)", "valid     annual-rating-letter Redcar and "
                + "Cleveland (807)", "rejected  " + sub.resolve("up") + ": symbolic-link loop (it leads to "
                + inbox.toAbsolutePath() + ", a folder it is in); not followed", "3 files: 2 valid, 1 invalid"),
                r.lines().stream().map(l -> l.startsWith("valid") ? l.replaceAll("\\s+\\d+ triples.*", "") : l).toList());
    }
}
