package org.ofstedkg.model;

/** Whether a finding of a review's table is a major strength or an important weakness. */
public enum FindingKind {
    STRENGTH("strength"),
    WEAKNESS("weakness");

    private final String slug;

    FindingKind(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
