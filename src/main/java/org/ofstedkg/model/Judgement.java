package org.ofstedkg.model;

import java.util.List;

/**
 * One graded judgement: an assessment's grade for one area, with every place the report states it,
 * and the statements of it that give another grade ({@code conflicts}, in report order), if any.
 */
public record Judgement(Assessment assessment, Area area, Grade grade, List<Evidence> evidence,
        List<Conflict> conflicts) {

    public Judgement {
        if (grade.scale() != assessment.scale()) {
            throw new IllegalArgumentException(assessment.slug() + " grades on the " + assessment.scale().slug()
                    + " scale, not " + grade.scale().slug());
        }
        for (Conflict c : conflicts) {
            if (c.statedGrade().equals(grade) || c.statedGrade().scale() != assessment.scale()) {
                throw new IllegalArgumentException("a conflicting statement gives another grade on the same scale, not "
                        + c.statedGrade());
            }
        }
        evidence = List.copyOf(evidence);
        conflicts = List.copyOf(conflicts);
    }

    /** A judgement no statement contradicts. */
    public Judgement(Assessment assessment, Area area, Grade grade, List<Evidence> evidence) {
        this(assessment, area, grade, evidence, List.of());
    }
}
