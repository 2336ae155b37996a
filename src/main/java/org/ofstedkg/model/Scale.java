package org.ofstedkg.model;

/** The grade scales the reports use; each is a SKOS concept scheme in the ontology. */
public enum Scale {
    /** The 2009 annual rating: 4 performs excellently .. 1 performs poorly. */
    ANNUAL_RATING("annual-rating"),
    /** Reviews, APAs and corporate assessments: 4 outstanding .. 1 inadequate. */
    JUDGEMENT("judgement"),
    /** Inspections since 2013: 4 outstanding, 3 good, 2 requires improvement (to be good), 1 inadequate. */
    INSPECTION("inspection");

    private final String slug;

    Scale(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
