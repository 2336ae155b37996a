package org.ofstedkg.serve.chart;

/**
 * An authority's latest overall grade, or none.
 *
 * @param authority its name
 * @param code its ONS GSS code (for the map), or ""
 * @param grade 1-4, or 0 for none
 * @param gradeWords the grade in its framework's words ("" for none)
 * @param framework the framework that gave it ("" for none)
 * @param date the date of the report that gave it, ISO ("" for none)
 */
public record LatestGrade(String authority, String code, int grade, String gradeWords, String framework, String date) {

    /**
     * From a query's row: {@code latest} is "date|framework|grade|words" (the greatest such key of the
     * authority's overall judgements, so the latest), or null for an authority with none.
     */
    public static LatestGrade of(String authority, String code, String latest) {
        if (latest == null || latest.isBlank()) {
            return new LatestGrade(authority, code == null ? "" : code, 0, "", "", "");
        }
        String[] parts = latest.split("\\|", 4);
        if (parts.length < 4) {
            throw new IllegalArgumentException("a latest grade is date|framework|grade|words, not: " + latest);
        }
        return new LatestGrade(authority, code == null ? "" : code, Integer.parseInt(parts[2]), parts[3], parts[1],
                parts[0]);
    }

    /** The grade as a sentence's end: "good (3), Inspection of ..., 2023-01-27", or that there is none. */
    public String said() {
        return grade == 0 ? "no graded inspection in the store"
                : gradeWords + " (" + grade + "), " + framework + ", " + date;
    }
}
