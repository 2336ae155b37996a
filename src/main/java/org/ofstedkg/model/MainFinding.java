package org.ofstedkg.model;

import java.util.Optional;
import java.util.Set;

/** One statement of a review's main findings, the area it speaks of (if one), and its outcomes. */
public record MainFinding(Optional<Area> area, String text, Evidence evidence, Set<Area> outcomes) {

    public MainFinding {
        outcomes = Set.copyOf(outcomes);
    }
}
