package org.ofstedkg.model;

/** The kinds of report the pipeline reads. */
public enum ReportKind {
    ANNUAL_RATING_LETTER("annual-rating-letter", "Children's services annual rating letter"),
    JOINT_AREA_REVIEW("joint-area-review", "Joint area review"),
    /** Inspections of local authority children's services, 2018 onwards (standard and short). */
    ILACS_INSPECTION("ilacs-inspection", "Inspection of local authority children's services"),
    /** The single inspection framework, 2013-2018. */
    SIF_INSPECTION("sif-inspection", "Inspection of services for children in need of help and protection, children "
            + "looked after and care leavers"),
    /** The review of a Local Safeguarding Children Board, published on its own (most came inside a SIF report). */
    LSCB_REVIEW("lscb-review", "Review of the effectiveness of the Local Safeguarding Children Board"),
    /** Inspections of looked after children services, 2012-2013. */
    LAC_INSPECTION("lac-inspection", "Inspection of looked after children services");

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
