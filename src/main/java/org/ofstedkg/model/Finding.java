package org.ofstedkg.model;

import java.util.Set;

/** One major strength or important weakness of a review's area, and the outcomes it speaks of. */
public record Finding(Area area, FindingKind kind, String text, Evidence evidence, Set<Area> outcomes) {

    public Finding {
        outcomes = Set.copyOf(outcomes);
    }
}
