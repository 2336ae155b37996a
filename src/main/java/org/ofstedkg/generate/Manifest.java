package org.ofstedkg.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.ofstedkg.model.Area;
import org.ofstedkg.model.ReportKind;

/**
 * The manifest of a generated corpus ({@code manifest.csv}): one row per report with the facts the
 * generator chose for it, so that tests and benchmarks can check what was ingested. Columns:
 * <ul>
 * <li>{@code file}: the report's file, relative to the corpus folder ({@code reports/000123_letter_blackpool_2007-12-10.md});
 * <li>{@code report_type}: {@code annual-rating-letter} or {@code joint-area-review} (as the query contract);
 * <li>{@code la_code}, {@code authority}: the DfE number and register name of the authority;
 * <li>{@code date}: the letter's date or the review's publication date (ISO);
 * <li>{@code rating}: a letter's rating, 1-4 (empty for a review);
 * <li>{@code safeguarding} ... {@code capacity_to_improve}: a review's grades table, 1-4 each (empty for a letter);
 * <li>{@code investigations}: a review's additional investigations and their grades, as
 *     {@code substance-misuse=2;young-carers=3} (area notations, in report order; may be empty);
 * <li>{@code name_as_written}: the words naming the authority that the extractor keeps (the council line
 *     of a letter's address, the review's "... Children's Services Authority Area");
 * <li>{@code rendering}: how the report was rendered (see {@link Rendering.Style}).
 * </ul>
 */
public final class Manifest {

    public static final String FILE_NAME = "manifest.csv";

    /** The review's grades table, in its order, as manifest columns. */
    static final Map<Area, String> TABLE_COLUMNS = tableColumns();

    private static final List<String> HEADER = header();

    private static Map<Area, String> tableColumns() {
        Map<Area, String> m = new LinkedHashMap<>();
        for (Area a : ReviewWriter.GRADES_TABLE.keySet()) {
            m.put(a, a.slug().replace('-', '_'));
        }
        return Collections.unmodifiableMap(m);
    }

    private static List<String> header() {
        List<String> h = new ArrayList<>(List.of("file", "report_type", "la_code", "authority", "date", "rating"));
        h.addAll(TABLE_COLUMNS.values());
        h.addAll(List.of("investigations", "name_as_written", "rendering"));
        return List.copyOf(h);
    }

    /** One report of the corpus: what the generator wrote into it. */
    public record Row(String file, ReportKind kind, String laCode, String authority, LocalDate date, OptionalInt rating,
            Map<Area, Integer> grades, String nameAsWritten, String rendering) {

        public Row {
            grades = grades.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(grades));
        }

        List<String> cells() {
            List<String> c = new ArrayList<>(List.of(file, kind.slug(), laCode, authority, date.toString(),
                    rating.isPresent() ? Integer.toString(rating.getAsInt()) : ""));
            TABLE_COLUMNS.keySet().forEach(a -> c.add(grades.containsKey(a) ? grades.get(a).toString() : ""));
            c.add(grades.entrySet().stream().filter(e -> !TABLE_COLUMNS.containsKey(e.getKey()))
                    .map(e -> e.getKey().slug() + "=" + e.getValue()).collect(Collectors.joining(";")));
            c.add(nameAsWritten);
            c.add(rendering);
            return c;
        }
    }

    private static CSVFormat format() {
        return CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
    }

    /** Writes rows as they come: the header first, then one line per {@link #write(Row)}. */
    static final class RowWriter implements AutoCloseable {
        private final CSVPrinter printer;

        RowWriter(java.io.Writer out) throws IOException {
            this.printer = new CSVPrinter(out, format());
            printer.printRecord(HEADER);
        }

        void write(Row row) throws IOException {
            printer.printRecord(row.cells());
        }

        @Override
        public void close() throws IOException {
            printer.close();
        }
    }

    private Manifest() {
    }

    /** The rows of a corpus's manifest, in file order. */
    public static List<Row> read(Path manifest) throws IOException {
        List<Row> rows = new ArrayList<>();
        CSVFormat format = format().builder().setHeader().setSkipHeaderRecord(true).get();
        try (BufferedReader in = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
            for (CSVRecord r : format.parse(in)) {
                ReportKind kind = r.get("report_type").equals(ReportKind.JOINT_AREA_REVIEW.slug())
                        ? ReportKind.JOINT_AREA_REVIEW : ReportKind.ANNUAL_RATING_LETTER;
                Map<Area, Integer> grades = new LinkedHashMap<>();
                TABLE_COLUMNS.forEach((area, column) -> {
                    if (!r.get(column).isEmpty()) {
                        grades.put(area, Integer.parseInt(r.get(column)));
                    }
                });
                for (String pair : r.get("investigations").split(";")) {
                    if (!pair.isEmpty()) {
                        String slug = pair.substring(0, pair.indexOf('='));
                        Area area = Area.known(slug)
                                .orElseThrow(() -> new IOException("unknown area in the manifest: " + slug));
                        grades.put(area, Integer.parseInt(pair.substring(pair.indexOf('=') + 1)));
                    }
                }
                String rating = r.get("rating");
                rows.add(new Row(r.get("file"), kind, r.get("la_code"), r.get("authority"), LocalDate.parse(r.get("date")),
                        rating.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(rating)), grades,
                        r.get("name_as_written"), r.get("rendering")));
            }
        }
        return rows;
    }
}
