package org.ofstedkg.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;

import org.ofstedkg.extract.register.AuthorityRegister;
import org.ofstedkg.map.UriScheme;
import org.ofstedkg.model.Area;
import org.ofstedkg.model.Authority;
import org.ofstedkg.model.ReportKind;

/**
 * Writes a corpus of realistic reports: letters and joint area reviews (about four to one) for the
 * authorities of the register, letters dated on working days of 2005-2012 and reviews of 2005-2009, every
 * rating level and grade, in the renderings of {@link Rendering.Style}, with a {@link Manifest} of what
 * each states. The same seed gives the same bytes, whatever the machine: every choice comes from a
 * {@link SplittableRandom} seeded from the seed and the report's number. Report {@code k} of a kind gets
 * the slot (authority, date) {@link Permutation} gives it, so no two reports of a kind share both and
 * each is its own graph in a store. Reports are written one at a time into {@code DIR/reports/}, named
 * {@code NNNNNN_letter|review_<authority>_<date>.md|txt}; nothing of the corpus is held in memory.
 */
public final class CorpusGenerator {

    /** At most this many reports: fewer than the slots of both kinds together. */
    public static final int MAX_REPORTS = 500_000;
    /** Progress is reported after every this many reports. */
    public static final int PROGRESS_EVERY = 1000;

    private static final LocalDate FIRST_DAY = LocalDate.of(2005, 1, 1);
    private static final LocalDate LAST_LETTER_DAY = LocalDate.of(2012, 12, 31);
    private static final LocalDate LAST_REVIEW_DAY = LocalDate.of(2009, 12, 31);
    /** A report's file name: number, kind, authority, date. */
    private static final Pattern REPORT_FILE = Pattern.compile("^\\d{6,}_(?:letter|review)_[a-z0-9-]+_\\d{4}-\\d{2}-\\d{2}\\.(?:md|txt)$");
    private static final String PARTIAL_MANIFEST = "." + Manifest.FILE_NAME + ".partial";
    /** The reports' folder inside the corpus folder, apart from the manifest, so that it can be ingested whole. */
    public static final String REPORTS = "reports";

    /** What was written. */
    public record Summary(int reports, int letters, int reviews, long bytes, Path folder) {
        public Path manifest() {
            return folder.resolve(Manifest.FILE_NAME);
        }

        public Path reportsFolder() {
            return folder.resolve(REPORTS);
        }
    }

    private final List<Authority> authorities;
    private final Phrases phrases = Phrases.bundled();
    private final List<LocalDate> letterDays = weekdays(FIRST_DAY, LAST_LETTER_DAY);
    private final List<LocalDate> reviewDays = weekdays(FIRST_DAY, LAST_REVIEW_DAY);

    public CorpusGenerator(AuthorityRegister register) {
        this.authorities = register.inForceOn(AuthorityRegister.REGISTER_OF_2009);
    }

    /**
     * Writes {@code reports} reports and the manifest into {@code folder}, created if need be. A folder
     * that holds anything is refused, unless {@code force} and all it holds is a corpus this generator
     * wrote (report files and the manifest), which is then deleted first. {@code progress} hears the
     * number of reports written after every {@value #PROGRESS_EVERY}.
     */
    public Summary generate(int reports, long seed, Path folder, boolean force, IntConsumer progress) throws IOException {
        if (reports < 1 || reports > MAX_REPORTS) {
            throw new IllegalArgumentException("--reports must be from 1 to " + MAX_REPORTS + ", not " + reports);
        }
        prepare(folder, force);
        Path reportsFolder = Files.createDirectories(folder.resolve(REPORTS));
        Permutation letterSlots = new Permutation((long) authorities.size() * letterDays.size(), Permutation.mix(seed ^ 0x4C));
        Permutation reviewSlots = new Permutation((long) authorities.size() * reviewDays.size(), Permutation.mix(seed ^ 0x52));
        LetterWriter letterWriter = new LetterWriter(phrases);
        ReviewWriter reviewWriter = new ReviewWriter(phrases);
        long letters = 0;
        long reviews = 0;
        int lettersWritten = 0;
        long bytes = 0;
        Path partial = folder.resolve(PARTIAL_MANIFEST);
        try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
                Manifest.RowWriter manifest = new Manifest.RowWriter(out)) {
            for (int i = 0; i < reports; i++) {
                SplittableRandom r = new SplittableRandom(Permutation.mix(seed) ^ Permutation.mix(i + 1L));
                boolean letter = r.nextInt(5) != 0;
                Authority a;
                LocalDate date;
                do {
                    if (letter && letters >= letterSlots.size()) {
                        letter = false;
                    } else if (!letter && reviews >= reviewSlots.size()) {
                        letter = true;
                    }
                    // A slot of an authority on a day before it began (Bedford's and Cheshire East's before
                    // April 2009) is passed over: no report of that authority could bear that date.
                    long slot = letter ? letterSlots.apply(letters++) : reviewSlots.apply(reviews++);
                    a = authorities.get((int) (slot % authorities.size()));
                    date = (letter ? letterDays : reviewDays).get((int) (slot / authorities.size()));
                } while (!a.inForceOn(date));
                if (letter) {
                    lettersWritten++;
                }
                Rendering.Style style = Rendering.Style.draw(r);
                String name = String.format(Locale.ROOT, "%06d_%s_%s_%s.%s", i, letter ? "letter" : "review",
                        UriScheme.slug(a.name()), date, style.extension());
                String file = REPORTS + "/" + name;

                String markdown;
                Manifest.Row row;
                String header;
                if (letter) {
                    int rating = 4 - Words.weighted(r, 0.08, 0.55, 0.28, 0.09);
                    String council = Words.any(AuthorityNames.councilNames(a), r);
                    markdown = letterWriter.write(a, date, rating, council, r);
                    row = new Manifest.Row(file, ReportKind.ANNUAL_RATING_LETTER, a.laCode(), a.name(), date,
                            OptionalInt.of(rating), Map.of(), council, style.slug());
                    header = "Children's services annual rating " + date.getYear();
                } else {
                    Map<Area, Integer> grades = reviewGrades(r);
                    markdown = reviewWriter.write(a, date, grades, r);
                    row = new Manifest.Row(file, ReportKind.JOINT_AREA_REVIEW, a.laCode(), a.name(), date,
                            OptionalInt.empty(), grades, AuthorityNames.area(a), style.slug());
                    header = "Joint area review: " + AuthorityNames.place(a);
                }
                byte[] text = style.render(markdown, r, header).getBytes(StandardCharsets.UTF_8);
                try (OutputStream f = Files.newOutputStream(reportsFolder.resolve(name), StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE)) {
                    f.write(text);
                }
                bytes += text.length;
                manifest.write(row);
                if ((i + 1) % PROGRESS_EVERY == 0) {
                    progress.accept(i + 1);
                }
            }
        }
        // The manifest appears only when the corpus is whole.
        Files.move(partial, folder.resolve(Manifest.FILE_NAME), StandardCopyOption.ATOMIC_MOVE);
        return new Summary(reports, lettersWritten, reports - lettersWritten, bytes, folder);
    }

    /**
     * A review's grades: a level for the authority, and each area at it or a step away; service
     * management near the level and capacity to improve near service management; each additional
     * investigation made three times in five.
     */
    private static Map<Area, Integer> reviewGrades(SplittableRandom r) {
        int level = 1 + Words.weighted(r, 0.10, 0.45, 0.35, 0.10);
        Map<Area, Integer> grades = new LinkedHashMap<>();
        grades.put(Area.SAFEGUARDING, Words.near(level, r));
        grades.put(Area.LOOKED_AFTER_CHILDREN, Words.near(level, r));
        grades.put(Area.LEARNING_DIFFICULTIES_AND_DISABILITIES, Words.near(level, r));
        int sm = Words.near(level, r);
        grades.put(Area.SERVICE_MANAGEMENT, sm);
        grades.put(Area.CAPACITY_TO_IMPROVE, Words.near(sm, r));
        for (var investigation : ReviewWriter.ADDITIONAL) {
            if (r.nextInt(5) < 3) {
                grades.put(investigation.area(), Words.near(level, r));
            }
        }
        return grades;
    }

    /**
     * Creates the folder, or checks that it is empty, or (with {@code force}) deletes the corpus in it:
     * its manifest and its reports folder, when they hold nothing the generator did not write.
     */
    private static void prepare(Path folder, boolean force) throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("--out " + folder + " is a file; name a folder");
        }
        Files.createDirectories(folder);
        List<Path> present = list(folder);
        if (present.isEmpty()) {
            return;
        }
        if (!force) {
            throw new IllegalArgumentException("--out " + folder + " is not empty; name a new or empty folder, or add "
                    + "--force to replace a corpus generated there before");
        }
        List<Path> delete = new ArrayList<>();
        for (Path p : present) {
            String name = p.getFileName().toString();
            if (Files.isDirectory(p) && !Files.isSymbolicLink(p) && name.equals(REPORTS)) {
                for (Path report : list(p)) {
                    String file = report.getFileName().toString();
                    if (!Files.isRegularFile(report) || !REPORT_FILE.matcher(file).matches()) {
                        throw notOurs(folder, REPORTS + "/" + file);
                    }
                    delete.add(report);
                }
            } else if (!Files.isRegularFile(p) || !(name.equals(Manifest.FILE_NAME) || name.equals(PARTIAL_MANIFEST))) {
                throw notOurs(folder, name);
            }
            delete.add(p);
        }
        for (Path p : delete) {
            Files.delete(p);
        }
    }

    private static IllegalArgumentException notOurs(Path folder, String name) {
        return new IllegalArgumentException("--force replaces only a corpus this command generated, but " + folder
                + " also holds " + name + "; nothing was deleted");
    }

    /** A folder's entries, in name order. */
    private static List<Path> list(Path folder) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(folder)) {
            s.forEach(entries::add);
        }
        entries.sort(null);
        return entries;
    }

    /** The working days of the range: weekdays but New Year's Day, Christmas Day and Boxing Day. */
    private static List<LocalDate> weekdays(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean holiday = (d.getMonthValue() == 1 && d.getDayOfMonth() == 1)
                    || (d.getMonthValue() == 12 && d.getDayOfMonth() >= 25 && d.getDayOfMonth() <= 26);
            if (!weekend && !holiday) {
                days.add(d);
            }
        }
        return List.copyOf(days);
    }
}
