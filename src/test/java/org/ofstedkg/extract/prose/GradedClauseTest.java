package org.ofstedkg.extract.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Graded clauses, a grade given again to a second subject included. */
class GradedClauseTest {

    private static List<String> clauses(String sentence) {
        return GradedClause.parse(sentence).stream().map(c -> c.subject() + " = " + c.grade().value()).toList();
    }

    @Test
    void aContributionGradedBeforeItIsWhatItIsTo() {
        // The grade is the contribution's: the contribution, and what it is to, are what is graded (a positive
        // contribution "to their communities" is known by those words).
        assertEquals(List.of("Children and young people make a good contribution to their communities. = 3"),
                clauses("Children and young people make a good contribution to their communities."));
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
    void aGradeThatRoseOrStayedAndASecondSubjectAsDid() {
        assertEquals(List.of("Its contribution to being healthy = 3"),
                clauses("Its contribution to being healthy rose from adequate in 2006 to good in 2007, reflecting better access."));
        assertEquals(List.of("Its contribution to keeping them safe = 3", "its contribution to helping them enjoy and achieve = 3"),
                clauses("Its contribution to keeping them safe remained good, as did its contribution to helping them enjoy and achieve."));
        assertEquals(List.of("Its contribution to economic well-being = 2"),
                clauses("Its contribution to economic well-being stayed adequate, as in 2006."));
    }

    @Test
    void asIsEvidentIsNoSubject() {
        assertEquals(List.of("Services = 3"), clauses("Services are good, as is evident from the outcomes."));
    }

    @Test
    void gradesOnTheReviewsScaleAndGradesThatOpenTheSentence() {
        assertEquals(List.of("Safeguarding = 1"), clauses("Safeguarding is graded 1 (inadequate)."));
        assertEquals(List.of("Service management = 2", "the capacity to improve = 2"),
                clauses("Service management is graded 2 (adequate), as is the capacity to improve."));
        assertEquals(List.of("the contribution of local services to staying safe. = 3"),
                clauses("Good: the contribution of local services to staying safe."));
        assertEquals(List.of(" = 1"), clauses("Inadequate."));
        // A grade word alone, with no stop, is a step of a scale of grades set out word by word.
        assertEquals(List.of(), clauses("Inadequate"));
        assertEquals(List.of("Inspectors judged its effectiveness = 3"), clauses("Inspectors judged its effectiveness to be good."));
        // Another scale's number, and a number that is no grade.
        assertEquals(List.of(), clauses("The pupil referral unit was graded 1 (outstanding) at its last inspection."));
        assertEquals(List.of(), clauses("Safeguarding has been rated 2 times as a priority."));
    }

    @Test
    void whatAGradeIsForFollowsIt() {
        assertEquals(List.of("The contribution of services for being healthy, for staying safe. = 3"),
                clauses("The contribution of services is good (grade 3) for being healthy, for staying safe."));
        assertEquals(List.of("It for making a positive contribution = 4", "for achieving economic well-being. = 2"),
                clauses("It is outstanding (grade 4) for making a positive contribution and adequate (grade 2) for "
                        + "achieving economic well-being."));
        // "for" other than an outcome is not what is graded: the next clause keeps its own grade.
        assertEquals(List.of("The contribution to being healthy = 3", "for most young people and staying safe = 2"),
                clauses("The contribution to being healthy is good for most young people and staying safe is adequate."));
        // "for" after a service delivered is the service's, and ends where the next clause starts: the services and
        // whom they are for are what is graded.
        assertEquals(List.of("found that the council services for children and young people = 2",
                "for children and young people and that its capacity to improve = 3"),
                clauses("The assessment found that the council delivers an adequate service for children and young people "
                        + "and that its capacity to improve is good.").stream()
                        .map(c -> c.replaceFirst("^The assessment ", "")).toList());
    }

    @Test
    void gradesReceivedAndGivenAgainAfterTheirWord() {
        assertEquals(List.of("For Wandsworth, safeguarding = 3"), clauses("For Wandsworth, safeguarding receives grade 3, good."));
        assertEquals(List.of("Looked after children = 4"), clauses("Looked after children receive the highest grade, 4, outstanding."));
        assertEquals(List.of("Learning difficulties = 3", "service management = 3"),
                clauses("Learning difficulties is graded 3, good, as is service management."));
    }

    @Test
    void aGradeDeniedOrQualifiedAndACapacityHad() {
        // "do not yet make an adequate contribution" denies the grade; the clause after it gives it.
        assertEquals(List.of("to the emotional health of children, and their impact in this area = 1"), clauses("Services do not yet make an adequate contribution "
                + "to the emotional health of children, and their impact in this area is judged inadequate."));
        assertEquals(List.of("Prioritisation = 2"), clauses("Prioritisation is therefore adequate."));
        assertEquals(List.of("Inspectors judged that the effectiveness of services for children missing education = 2"),
                clauses("Inspectors judged that the effectiveness of services for children missing education is no better than adequate."));
        assertEquals(List.of("Inspectors judged value for money = 2"), clauses("Inspectors judged value for money to be adequate."));
        // The capacity a body has is what is graded.
        assertEquals(List.of("The management of children's services = 2", "capacity to improve them further = 2"),
                clauses("The management of children's services is adequate, and the council and its partners have adequate "
                        + "capacity to improve them further."));
        assertEquals(List.of("Service management = 2", "the capacity of the council and its partners to improve = 2"),
                clauses("Service management is adequate; so too is the capacity of the council and its partners to improve."));
    }

    @Test
    void gradesForEachOutcomeInOneSentenceAndGradedByTheirStandard() {
        assertEquals(List.of("The council's contribution to improving outcomes for being healthy = 3",
                "for making a positive contribution = 3", "for enjoying and achieving. = 4"),
                clauses("The council's contribution to improving outcomes was judged good for being healthy, good for making a "
                        + "positive contribution and outstanding for enjoying and achieving."));
        assertEquals(List.of("it in helping children and young people to achieve economic well-being. = 2"),
                clauses("it was also judged adequate in helping children and young people to achieve economic well-being."));
        assertEquals(List.of("Children and young people are helped to make a positive contribution = 3"),
                clauses("Children and young people are helped to make a positive contribution to a good standard."));
    }
}
