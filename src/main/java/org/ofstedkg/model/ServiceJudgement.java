package org.ofstedkg.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a report says of one kind of service: its grade (on the judgement scale), how many settings
 * the statement covers where it says, what it is compared with where it says (in words, and as comparisons:
 * above, below or in line with similar areas or England), every place it is stated, and the outcomes
 * those statements speak of.
 */
public record ServiceJudgement(Service service, Grade grade, Optional<Integer> count, Optional<String> comparator,
        List<Comparison> comparisons, List<Evidence> evidence, Set<Area> outcomes) {

    public ServiceJudgement {
        comparisons = List.copyOf(comparisons);
        evidence = List.copyOf(evidence);
        outcomes = Set.copyOf(outcomes);
    }
}
