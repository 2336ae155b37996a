package org.ofstedkg.model;

/** When a review's recommendation is to be acted on. */
public enum Timescale {
    IMMEDIATE("immediate"),
    SIX_MONTHS("six-months"),
    LONGER_TERM("longer-term");

    private final String slug;

    Timescale(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
