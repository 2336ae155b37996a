package org.ofstedkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Graded clauses, a grade given again to a second subject included. */
class GradedClauseTest {

    private static List<String> clauses(String sentence) {
        return GradedClause.parse(sentence).stream().map(c -> c.subject() + " = " + c.grade().value()).toList();
    }

    @Test
    void aSecondSubjectTakesTheGradeJustStated() {
        assertEquals(List.of("Its contribution to staying safe = 2", "its contribution to enjoying and achieving = 2"),
                clauses("Its contribution to staying safe is adequate (grade 2), as is its contribution to enjoying and achieving."));
        assertEquals(List.of("Service management = 2", "the capacity to improve = 2"),
                clauses("Service management is adequate and so is the capacity to improve."));
    }

    @Test
    void aSecondSubjectStopsAtItsOwnVerbAndNeverBreaksTheSentence() {
        // Once threw (the second subject ran past "which is good"), and the whole review was refused.
        assertEquals(List.of("Safeguarding = 2", "the capacity to improve = 2", "which = 3"),
                clauses("Safeguarding is adequate, as is the capacity to improve which is good."));
    }

    @Test
    void asIsEvidentIsNoSubject() {
        assertEquals(List.of("Services = 3"), clauses("Services are good, as is evident from the outcomes."));
    }
}
