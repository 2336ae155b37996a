package org.ofstedkg.model;

import java.util.Set;

/** One recommendation of a review: when, to whom, what; and the outcomes it speaks of. */
public record Recommendation(Timescale timescale, Party addressee, String text, Evidence evidence, Set<Area> outcomes) {

    public Recommendation {
        outcomes = Set.copyOf(outcomes);
    }
}
