package org.ofstedkg.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ofstedkg.Digests;
import org.ofstedkg.extract.register.AuthorityRegister;
import org.ofstedkg.map.UriScheme;
import org.ofstedkg.model.Area;
import org.ofstedkg.model.Assessment;
import org.ofstedkg.model.Judgement;
import org.ofstedkg.model.Report;
import org.ofstedkg.model.ReportKind;
import org.ofstedkg.pipeline.Outcome;
import org.ofstedkg.pipeline.Pipeline;

/** The generated corpus: reproducible, varied, and read by the pipeline as its manifest says. */
class CorpusGeneratorTest {

    private static final CorpusGenerator GENERATOR = new CorpusGenerator(AuthorityRegister.bundled());
    private static final int REPORTS = 200;

    @TempDir
    static Path shared;

    private static Path corpus;
    private static List<Manifest.Row> rows;

    @TempDir
    Path dir;

    @BeforeAll
    static void generate() throws IOException {
        corpus = shared.resolve("corpus");
        List<Integer> progress = new ArrayList<>();
        CorpusGenerator.Summary s = GENERATOR.generate(REPORTS, 2024, corpus, false, progress::add);
        assertEquals(REPORTS, s.reports());
        assertEquals(REPORTS, s.letters() + s.reviews());
        assertEquals(List.of(), progress, "no progress line before the thousandth report");
        rows = Manifest.read(s.manifest());
    }

    /** File name to SHA-256 of the file's bytes, for every file of the folder. */
    private static Map<String, String> digests(Path folder) throws IOException {
        Map<String, String> d = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                d.put(folder.relativize(f).toString(), Digests.sha256Hex(Files.readAllBytes(f)));
            }
        }
        return d;
    }

    @Test
    void theSameSeedGivesByteIdenticalFilesAndAnotherSeedAnotherCorpus() throws IOException {
        Map<String, String> first = digests(corpus);
        assertEquals(REPORTS + 1, first.size(), "the reports and the manifest");
        GENERATOR.generate(REPORTS, 2024, dir.resolve("again"), false, n -> { });
        assertEquals(first, digests(dir.resolve("again")));

        GENERATOR.generate(REPORTS, 2025, dir.resolve("other"), false, n -> { });
        Map<String, String> other = digests(dir.resolve("other"));
        assertNotEquals(first.get(Manifest.FILE_NAME), other.get(Manifest.FILE_NAME));
        Set<String> shared = new TreeSet<>(first.values());
        shared.retainAll(other.values());
        assertEquals(Set.of(), shared, "no report of one corpus is a report of the other");
    }

    @Test
    void aSmallerCorpusOfTheSameSeedIsTheFirstReportsOfALargerOne() throws IOException {
        GENERATOR.generate(40, 2024, dir.resolve("small"), false, n -> { });
        Map<String, String> small = digests(dir.resolve("small"));
        Map<String, String> large = digests(corpus);
        small.remove(Manifest.FILE_NAME);
        small.forEach((file, sha) -> assertEquals(sha, large.get(file), file));
    }

    @Test
    void everyReportIsValidAndReadAsItsManifestRowSays() {
        Pipeline pipeline = new Pipeline(UriScheme.defaults());
        List<String> problems = new ArrayList<>();
        for (Manifest.Row row : rows) {
            Outcome o = pipeline.check(corpus.resolve(row.file()));
            if (o.status() != Outcome.Status.VALID || o.report().isEmpty()) {
                problems.add(row.file() + ": " + o.status() + " " + o.reason() + " " + o.violations());
                continue;
            }
            Report r = o.report().get();
            String got = r.kind().slug() + " " + r.authority().laCode() + " " + r.date() + " " + grades(r, row)
                    + " " + r.authorityNameAsWritten().orElse("") + " " + r.warnings();
            String expected = row.kind().slug() + " " + row.laCode() + " " + row.date() + " " + expectedGrades(row)
                    + " " + row.nameAsWritten() + " []";
            if (!got.equals(expected)) {
                problems.add(row.file() + " (" + row.rendering() + "): expected " + expected + ", read " + got);
            }
        }
        assertEquals(List.of(), problems);
    }

    /** The letter's rating, or the review's joint area review grades of the areas its manifest row grades. */
    private static String grades(Report r, Manifest.Row row) {
        Map<Area, Integer> g = bySlug(Map.of());
        for (Judgement j : r.judgements()) {
            boolean rating = j.assessment() == Assessment.ANNUAL_RATING;
            boolean review = j.assessment() == Assessment.JOINT_AREA_REVIEW && row.grades().containsKey(j.area());
            if (rating || review) {
                g.put(j.area(), j.grade().value());
            }
        }
        return g.toString();
    }

    /** Grades in one order whatever order they were read in. */
    private static Map<Area, Integer> bySlug(Map<Area, Integer> grades) {
        Map<Area, Integer> sorted = new java.util.TreeMap<>(java.util.Comparator.comparing(Area::slug));
        sorted.putAll(grades);
        return sorted;
    }

    private static String expectedGrades(Manifest.Row row) {
        return row.rating().isPresent() ? Map.of(Area.OVERALL, row.rating().getAsInt()).toString()
                : bySlug(row.grades()).toString();
    }

    @Test
    void theCorpusHasEveryRatingLevelGradeAndSeveralRenderingsYearsAndAuthorities() {
        Map<ReportKind, Long> kinds = rows.stream().collect(Collectors.groupingBy(Manifest.Row::kind, Collectors.counting()));
        long letters = kinds.getOrDefault(ReportKind.ANNUAL_RATING_LETTER, 0L);
        assertTrue(letters > REPORTS * 0.7 && letters < REPORTS * 0.9, "about four letters to one review: " + kinds);
        assertEquals(Set.of(1, 2, 3, 4), rows.stream().filter(r -> r.rating().isPresent())
                .map(r -> r.rating().getAsInt()).collect(Collectors.toSet()), "every rating level");
        for (Area area : Manifest.TABLE_COLUMNS.keySet()) {
            assertEquals(Set.of(1, 2, 3, 4), rows.stream().filter(r -> r.grades().containsKey(area))
                    .map(r -> r.grades().get(area)).collect(Collectors.toSet()), "every grade of " + area);
        }
        Set<String> renderings = rows.stream().map(Manifest.Row::rendering).collect(Collectors.toSet());
        assertEquals(Set.of(Rendering.Style.values()).stream().map(Rendering.Style::slug).collect(Collectors.toSet()),
                renderings, "every rendering");
        assertTrue(rows.stream().map(r -> r.date().getYear()).distinct().count() >= 6, "several years");
        assertTrue(rows.stream().map(Manifest.Row::laCode).distinct().count() >= 80, "many authorities");
        assertTrue(rows.stream().map(Manifest.Row::nameAsWritten).filter(n -> n.startsWith("London Borough of")).count() > 0
                && rows.stream().map(Manifest.Row::nameAsWritten).filter(n -> n.endsWith(" County Council")).count() > 0
                && rows.stream().map(Manifest.Row::nameAsWritten).filter(n -> n.endsWith(" City Council")).count() > 0,
                "councils named in their several ways");
        assertEquals(rows.size(), rows.stream().map(r -> r.kind() + r.laCode() + r.date()).distinct().count(),
                "no two reports of a kind share an authority and a date (each is its own graph in a store)");
    }

    @Test
    void aFolderThatHoldsAnythingIsRefusedAndForceReplacesOnlyAGeneratedCorpus() throws IOException {
        Path out = dir.resolve("out");
        GENERATOR.generate(3, 1, out, false, n -> { });
        var refused = assertThrows(IllegalArgumentException.class, () -> GENERATOR.generate(2, 1, out, false, n -> { }));
        assertTrue(refused.getMessage().contains("is not empty"), refused.getMessage());

        GENERATOR.generate(2, 1, out, true, n -> { });
        assertEquals(3, digests(out).size(), "the earlier corpus was replaced: two reports and the manifest");

        Files.writeString(out.resolve("reports/notes.txt"), "mine");
        var foreign = assertThrows(IllegalArgumentException.class, () -> GENERATOR.generate(2, 1, out, true, n -> { }));
        assertTrue(foreign.getMessage().contains("also holds reports/notes.txt; nothing was deleted"), foreign.getMessage());
        assertEquals(4, digests(out).size(), "nothing was deleted");
        Files.delete(out.resolve("reports/notes.txt"));
        Files.createDirectories(out.resolve("mine"));
        foreign = assertThrows(IllegalArgumentException.class, () -> GENERATOR.generate(2, 1, out, true, n -> { }));
        assertTrue(foreign.getMessage().contains("also holds mine; nothing was deleted"), foreign.getMessage());

        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertThrows(IllegalArgumentException.class, () -> GENERATOR.generate(1, 1, file, false, n -> { }));
        assertThrows(IllegalArgumentException.class, () -> GENERATOR.generate(0, 1, dir.resolve("none"), false, n -> { }));
        assertFalse(Files.exists(dir.resolve("none")), "a refused run creates nothing");
    }

    @Test
    void slotsArePermutedWithoutRepeats() {
        for (long size : List.of(1L, 2L, 3L, 7L, 100L, 1000L, 4097L)) {
            Permutation p = new Permutation(size, 99);
            Set<Long> seen = new TreeSet<>();
            for (long k = 0; k < size; k++) {
                long v = p.apply(k);
                assertTrue(v >= 0 && v < size, v + " in 0.." + (size - 1));
                seen.add(v);
            }
            assertEquals(size, seen.size(), "a permutation of " + size);
        }
    }
}
