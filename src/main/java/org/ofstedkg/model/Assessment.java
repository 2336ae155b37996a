package org.ofstedkg.model;

/** The kind of assessment a judgement belongs to; each grades on one scale. */
public enum Assessment {
    ANNUAL_RATING("annual-rating", Scale.ANNUAL_RATING),
    JOINT_AREA_REVIEW("joint-area-review", Scale.JUDGEMENT),
    ANNUAL_PERFORMANCE_ASSESSMENT("annual-performance-assessment", Scale.JUDGEMENT),
    CORPORATE_ASSESSMENT("corporate-assessment", Scale.JUDGEMENT),
    ILACS_INSPECTION("ilacs-inspection", Scale.INSPECTION),
    SIF_INSPECTION("sif-inspection", Scale.INSPECTION),
    /** A Local Safeguarding Children Board's review, in a SIF report or on its own. */
    LSCB_REVIEW("lscb-review", Scale.INSPECTION),
    /** Looked after children inspections grade outstanding, good, adequate, inadequate (their numbers run 1 to 4). */
    LAC_INSPECTION("lac-inspection", Scale.JUDGEMENT);

    private final String slug;
    private final Scale scale;

    Assessment(String slug, Scale scale) {
        this.slug = slug;
        this.scale = scale;
    }

    public String slug() {
        return slug;
    }

    public Scale scale() {
        return scale;
    }
}
