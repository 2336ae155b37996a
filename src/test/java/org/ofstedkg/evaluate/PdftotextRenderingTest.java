package org.ofstedkg.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ofstedkg.extract.ExtractionException;
import org.ofstedkg.extract.Extractor;
import org.ofstedkg.extract.register.AuthorityRegister;
import org.ofstedkg.model.Judgement;
import org.ofstedkg.model.Report;

/**
 * The real reports as a user who converts them first would bring them: Debian's `pdftotext -layout`
 * output, read as text (its columns stand on a grid of characters). No grade may be wrong; nearly every
 * judgement is found. Figures apart for the authorities held back while the rules were written.
 */
class PdftotextRenderingTest {

    @TempDir
    Path dir;

    @Test
    void theRealReportsAsPdftotextLayoutTextGiveNoWrongGrade() throws Exception {
        assertTrue(Files.isExecutable(Path.of("/usr/bin/pdftotext")),
                "this test needs Debian's poppler-utils: apt-get install poppler-utils");
        Map<String, List<String>> gold = new HashMap<>();
        try (Reader in = Files.newBufferedReader(RealReportsAccuracyTest.GOLD.resolve("judgements.csv"),
                StandardCharsets.UTF_8)) {
            for (Map<String, String> j : Evaluation.readGold(in)) {
                gold.computeIfAbsent(j.get("file"), k -> new ArrayList<>()).add(j.get("assessment") + "/" + j.get("area")
                        + "=" + j.get("grade"));
            }
        }
        Extractor extractor = new Extractor(AuthorityRegister.bundled());
        int[][] counts = new int[2][3]; // per part: gold, found, matched
        List<String> wrong = new ArrayList<>();
        for (var entry : gold.entrySet()) {
            String file = entry.getKey();
            int part = Long.parseLong(file.substring(0, file.indexOf('_'))) % 3 == 0 ? 1 : 0;
            Path text = dir.resolve(file.replace('/', '_') + ".txt");
            Process p = new ProcessBuilder("pdftotext", "-layout",
                    RealReportsAccuracyTest.REPORTS.resolve(file).toString(), text.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("pdftotext.log").toFile()).start();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "pdftotext failed on " + file);
            List<String> found = new ArrayList<>();
            try {
                Report r = extractor.extract(text);
                for (Judgement j : r.judgements()) {
                    found.add(j.assessment().slug() + "/" + j.area().slug() + "=" + j.grade().value());
                }
            } catch (ExtractionException e) {
                // Counted as judgements not found.
            }
            List<String> unmatched = new ArrayList<>(found);
            int matched = 0;
            for (String g : entry.getValue()) {
                if (unmatched.remove(g)) {
                    matched++;
                }
            }
            unmatched.forEach(u -> wrong.add(file + ": " + u));
            counts[part][0] += entry.getValue().size();
            counts[part][1] += found.size();
            counts[part][2] += matched;
        }
        String[] names = {"written against", "held back"};
        for (int part = 0; part < 2; part++) {
            System.out.printf(Locale.ROOT, "real reports as pdftotext -layout text, %s: judgements gold %d found %d "
                    + "matched %d%n", names[part], counts[part][0], counts[part][1], counts[part][2]);
        }
        assertEquals(List.of(), wrong, "judgements the reports do not state");
        for (int part = 0; part < 2; part++) {
            assertTrue(counts[part][2] >= 0.97 * counts[part][0], names[part] + ": recall below 0.97");
        }
    }
}
