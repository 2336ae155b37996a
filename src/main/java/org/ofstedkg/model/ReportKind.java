package org.ofstedkg.model;

/** The kinds of report the pipeline reads. */
public enum ReportKind {
    ANNUAL_RATING_LETTER("annual-rating-letter", "Children's services annual rating letter"),
    JOINT_AREA_REVIEW("joint-area-review", "Joint area review");

    private final String slug;
    private final String label;

    ReportKind(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }
}
