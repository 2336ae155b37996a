package org.ofstedkg.model;

/** How the authority stands against a comparator. */
public enum Direction {
    ABOVE("above"), BELOW("below"), IN_LINE("in-line-with");

    private final String slug;

    Direction(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
