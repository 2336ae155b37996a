package org.ofstedkg.evaluate;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Scores a canned query's rows against gold rows written by hand: precision, recall and F1, and the
 * rows missed and found in error. Rows match on the query's key columns (text compared after folding
 * white space, dashes, straightening quotes and dropping a closing full stop; numbers by value); each gold row
 * matches at most one found row.
 */
public final class Evaluation {

    /** The columns rows match on, per canned query. Other columns are shown, not scored. */
    public static final Map<String, List<String>> KEYS = Map.of(
            "ratings", List.of("authority", "la_code", "gss_code", "year", "grade", "label"),
            "inspections", List.of("la_code", "report_type", "inspection_start", "inspection_end", "published",
                    "lead_inspector", "overall_grade"),
            "judgements", List.of("la_code", "report_type", "published", "assessment", "area", "grade", "label"),
            "findings", List.of("la_code", "report_type", "area", "kind", "text"),
            "recommendations", List.of("la_code", "timescale", "addressee", "text"),
            "service-judgements", List.of("la_code", "report_type", "service", "grade"),
            "statistics", List.of("la_code", "value", "unit"));

    public record Score(String query, int gold, int found, int matched, List<String> missed, List<String> spurious) {

        public double precision() {
            return found == 0 ? (gold == 0 ? 1 : 0) : (double) matched / found;
        }

        public double recall() {
            return gold == 0 ? 1 : (double) matched / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private Evaluation() {
    }

    public static List<Map<String, String>> readGold(Reader csv) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        for (CSVRecord r : format.parse(csv)) {
            rows.add(new LinkedHashMap<>(r.toMap()));
        }
        return rows;
    }

    public static Score score(String query, List<Map<String, String>> gold, List<Map<String, String>> found) {
        List<String> keys = Optional.ofNullable(KEYS.get(query))
                .orElseThrow(() -> new IllegalArgumentException("no scoring defined for the query '" + query + "'"));
        List<List<String>> unmatched = new ArrayList<>(found.stream().map(r -> key(r, keys)).toList());
        List<String> missed = new ArrayList<>();
        int matched = 0;
        // A gold row of a file that must be refused ("refused") is scored by no query: nothing of it is stored.
        gold = gold.stream().filter(g -> !"refused".equals(g.get("report_type"))).toList();
        for (var g : gold) {
            List<String> k = key(g, keys);
            if (unmatched.remove(k)) {
                matched++;
            } else {
                missed.add(String.join(" | ", k));
            }
        }
        List<String> spurious = unmatched.stream().map(k -> String.join(" | ", k)).toList();
        return new Score(query, gold.size(), found.size(), matched, missed, spurious);
    }

    private static List<String> key(Map<String, String> row, List<String> columns) {
        List<String> key = new ArrayList<>();
        for (String c : columns) {
            key.add(normalise(row.getOrDefault(c, "")));
        }
        return key;
    }

    /** Text as the gold compares it: white space folded, quotes straight, dashes as hyphens, no closing full stop; numbers by value. */
    static String normalise(String value) {
        String s = value.replaceAll("[\\s\u00A0]+", " ").strip()
                .replaceAll("[\u2018\u2019]", "'").replaceAll("[\u201C\u201D]", "\"").replaceAll("[\u2010-\u2015\u2212]", "-").replaceAll("\\.$", "");
        if (s.matches("-?\\d+(\\.\\d+)?")) {
            return new BigDecimal(s).stripTrailingZeros().toPlainString();
        }
        return s;
    }
}
