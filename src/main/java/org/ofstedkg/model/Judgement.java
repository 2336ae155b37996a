package org.ofstedkg.model;

import java.util.List;

/** One graded judgement: an assessment's grade for one area, with every place the report states it. */
public record Judgement(Assessment assessment, Area area, Grade grade, List<Evidence> evidence) {

    public Judgement {
        if (grade.scale() != assessment.scale()) {
            throw new IllegalArgumentException(assessment.slug() + " grades on the " + assessment.scale().slug()
                    + " scale, not " + grade.scale().slug());
        }
        evidence = List.copyOf(evidence);
    }
}
