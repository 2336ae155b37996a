package org.ofstedkg.model;

/** Whose figure, or what a figure or service is compared with: the authority's area's, or a comparator's. */
public enum RefArea {
    AUTHORITY("authority"), ENGLAND("england"), REGION("region"), SIMILAR_AREAS("similar-areas");

    private final String slug;

    RefArea(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
