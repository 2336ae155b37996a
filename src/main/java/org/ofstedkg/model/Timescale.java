package org.ofstedkg.model;

/** When a report's recommendation is to be acted on, where it says. */
public enum Timescale {
    IMMEDIATE("immediate"),
    /** A looked after children inspection's "Within three months". */
    THREE_MONTHS("three-months"),
    SIX_MONTHS("six-months"),
    LONGER_TERM("longer-term"),
    /** A list that gives no timescale ("What needs to improve?", "Areas for improvement", "Recommendations"). */
    UNSTATED("unstated");

    private final String slug;

    Timescale(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
