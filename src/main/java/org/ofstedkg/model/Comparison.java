package org.ofstedkg.model;

/** The authority's figure or service against a comparator's: above, below or in line with it. */
public record Comparison(Direction direction, RefArea with) {
}
