package org.ofstedkg.model;

import java.util.List;
import java.util.Optional;

/**
 * One graded judgement: an assessment's grade for one area, with every place the report states it,
 * the statements of it that give another grade ({@code conflicts}, in report order), if any, and the
 * words the report gives the grade in where they are not the scale's own ("Requires improvement",
 * "Grade 3 (Adequate)"). {@code earlierYear} is the year of a judgement the report states of an earlier year
 * than its own (a letter's "a position it also held in 2009"): not the report's judgement, but a fact it reports.
 */
public record Judgement(Assessment assessment, Area area, Grade grade, List<Evidence> evidence,
        List<Conflict> conflicts, Optional<String> gradeAsWritten, Optional<Integer> earlierYear) {

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

    /** The report's own judgement. */
    public Judgement(Assessment assessment, Area area, Grade grade, List<Evidence> evidence, List<Conflict> conflicts,
            Optional<String> gradeAsWritten) {
        this(assessment, area, grade, evidence, conflicts, gradeAsWritten, Optional.empty());
    }

    /** A judgement whose grade is stated in the scale's own words. */
    public Judgement(Assessment assessment, Area area, Grade grade, List<Evidence> evidence, List<Conflict> conflicts) {
        this(assessment, area, grade, evidence, conflicts, Optional.empty());
    }

    /** A judgement no statement contradicts. */
    public Judgement(Assessment assessment, Area area, Grade grade, List<Evidence> evidence) {
        this(assessment, area, grade, evidence, List.of());
    }
}
