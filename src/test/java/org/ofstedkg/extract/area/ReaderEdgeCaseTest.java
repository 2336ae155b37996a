package org.ofstedkg.extract.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.ofstedkg.Samples;
import org.ofstedkg.extract.ExtractionException;
import org.ofstedkg.extract.Extractor;
import org.ofstedkg.extract.decode.Document;
import org.ofstedkg.extract.prose.GradedClause;
import org.ofstedkg.extract.register.AuthorityRegister;
import org.ofstedkg.model.Assessment;
import org.ofstedkg.model.Judgement;
import org.ofstedkg.model.Person;
import org.ofstedkg.model.Report;

/** Variations of the samples that real reports of the same kinds show, and that once misled the readers. */
class ReaderEdgeCaseTest {

    private static final Extractor EXTRACTOR = new Extractor(AuthorityRegister.bundled());

    private static String sample(String name) throws Exception {
        return Files.readString(Samples.report(name), StandardCharsets.UTF_8);
    }

    private static Report read(String text) throws ExtractionException {
        return EXTRACTOR.extract(Document.of("variant.txt", text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Optional<Integer> grade(Report r, Assessment assessment, String area) {
        return r.judgements().stream().filter(j -> j.assessment() == assessment && j.area().slug().equals(area))
                .map(j -> j.grade().value()).findFirst();
    }

    @Test
    void aJudgementLikeSentenceInAnotherAreasSectionIsNotThatAreasJudgement() throws Exception {
        String text = sample(Samples.SOUTHEND_REVIEW).replace("30. The number of looked after children",
                "30. Performance management of the looked after children service is good.\n\n31. The number of looked after children");
        Report r = read(text);
        assertEquals(Optional.of(2), grade(r, Assessment.JOINT_AREA_REVIEW, "performance-management"));
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }

    @Test
    void onlyASectionsOpeningJudgementCounts() throws Exception {
        String text = sample(Samples.SOUTHEND_REVIEW).replace("16. Parents and carers are well informed",
                "16. The contribution of local services to improving outcomes for looked after children is good.\n\n"
                        + "17. Parents and carers are well informed");
        Report r = read(text);
        assertEquals(Optional.of(2), grade(r, Assessment.JOINT_AREA_REVIEW, "looked-after-children"));
        assertEquals(Optional.of(2), grade(r, Assessment.JOINT_AREA_REVIEW, "safeguarding"));
    }

    @Test
    void recommendationsUnderAHeadingOfOtherWordsOrNoneAreKnownByHowTheyOpen() throws Exception {
        String review = sample(Samples.SOUTHEND_REVIEW);
        var original = read(review).recommendations();
        assertEquals(16, original.size());
        // The section named in words no rule knows, or not named at all: its timescales and the bodies that should
        // act say what it is.
        for (String heading : List.of("## Priorities for action\n\n", "Areas the partners will work on\n\n", "")) {
            String changed = review.replace("## Recommendations\n\n", heading);
            assertTrue(!changed.equals(review));
            var read = read(changed).recommendations();
            assertEquals(original.size(), read.size(), "under \"" + heading.strip() + "\"");
            // The same recommendations (their evidence is where the changed text has them).
            assertEquals(original.stream().map(r -> r.timescale() + " " + r.addressee() + " " + r.text()).toList(),
                    read.stream().map(r -> r.timescale() + " " + r.addressee() + " " + r.text()).toList(), heading);
        }
    }

    @Test
    void aGradesTableWithRowsMissingTakesThoseAreasFromTheirSectionsOrSaysTheyAreMissing() throws Exception {
        String text = sample(Samples.SOUTHEND_REVIEW).replace("Looked after children\t2\n", "")
                .replace("Capacity to improve\t3\n", "");
        Report r = read(text);
        // Both areas' sections state their grades ("Capacity to improve further is good"): read from there, as the
        // table had them, and nothing is said to be missing.
        assertEquals(Optional.of(2), grade(r, Assessment.JOINT_AREA_REVIEW, "looked-after-children"));
        assertEquals(Optional.of(3), grade(r, Assessment.JOINT_AREA_REVIEW, "capacity-to-improve"));
        assertTrue(r.warnings().stream().noneMatch(w -> w.startsWith("no grade read")), r.warnings().toString());
    }

    @Test
    void anInvestigationOfAnAreaTheSchemeDoesNotKnowIsMintedFromItsHeadingNotDropped() throws Exception {
        String text = sample(Samples.SOUTHEND_REVIEW)
                .replace("### An investigation into the contribution of services to preventing substance misuse and improving outcomes for those currently misusing",
                        "### An investigation into services for travelling families")
                .replace("54. **The contribution of services to preventing substance misuse and improving outcomes for those currently misusing is adequate.**",
                        "54. **The contribution of services for travelling families is adequate.**");
        Report r = read(text);
        assertEquals(Optional.empty(), grade(r, Assessment.JOINT_AREA_REVIEW, "substance-misuse"));
        assertEquals(Optional.of(2), grade(r, Assessment.JOINT_AREA_REVIEW, "services-for-travelling-families"));
        var minted = r.findings().stream().map(f -> f.area())
                .filter(a -> a.slug().equals("services-for-travelling-families")).toList();
        assertEquals(6, minted.size(), "the section's six findings: " + r.findings());
        assertTrue(minted.stream().allMatch(a -> a.isAdditionalInvestigation() && !a.isKnown()), minted.toString());
        assertTrue(r.findings().stream().noneMatch(f -> f.area().slug().equals("substance-misuse")));
        assertTrue(r.warnings().stream().noneMatch(w -> w.contains("travelling families")), r.warnings().toString());
    }

    @Test
    void negatedAndComparativeClausesGiveNoGrade() {
        assertEquals(List.of(), GradedClause.parse("Outcomes for these pupils are not as good as their peers'."));
        assertEquals(List.of(), GradedClause.parse("Its arrangements are no longer adequate."));
        assertEquals(1, GradedClause.parse("Performance management is adequate and improving.").size());
        // "were each judged adequate": an adverb and a verb of judging together; "Grade 2 (adequate)" alone on its line.
        assertEquals(List.of(2), GradedClause.parse("Its contributions to the other outcomes, namely being healthy and staying "
                + "safe, were each judged adequate (grade 2).").stream().map(c -> c.grade().value()).toList());
        assertEquals(List.of(3), GradedClause.parse("Inspection grade: 3 (good)").stream().map(c -> c.grade().value()).toList());
        assertEquals(List.of(), GradedClause.parse("Grade 2 (outstanding)"));
    }

    @Test
    void aCorporateParagraphAboutHealthIsNotAlsoAPositiveContribution() throws Exception {
        String text = sample(Samples.SOUTHEND_REVIEW).replace(
                "3. The combined work of all local services in securing the health of children and young people is adequate.",
                "3. The contribution of local services to the health of children and young people is adequate.");
        Report r = read(text);
        assertEquals(Optional.of(2), grade(r, Assessment.CORPORATE_ASSESSMENT, "being-healthy"));
        assertEquals(8, r.judgements().stream().filter(j -> j.assessment() == Assessment.CORPORATE_ASSESSMENT).count());
    }

    @Test
    void aSignatureWithAnUnusualRoleNeverTakesTheAddressee() throws Exception {
        String text = sample(Samples.BLACKPOOL_LETTER).replace("Divisional Manager, CAA", "Head of Assessment");
        Report r = read(text);
        assertEquals(Optional.of(new Person("Mr David Lund", "Executive Director of Children's Services")),
                r.addressee());
        assertEquals(Optional.empty(), r.signatory());
    }

    @Test
    void theAddressMayFollowTheDateWithNoBlankLineAndStartWithALabel() throws Exception {
        String text = sample(Samples.REDCAR_LETTER).replace("9 December 2009\n\nMr Mike Dillon",
                "9 December 2009\nPrivate and confidential\nMr Mike Dillon");
        Report r = read(text);
        assertEquals(Optional.of(new Person("Mr Mike Dillon", "Director of Children's Services")), r.addressee());
        assertEquals(Optional.of("Redcar and Cleveland Borough Council"), r.authorityNameAsWritten());
    }

    @Test
    void anImpossibleDateIsNotSilentlyAdjusted() throws Exception {
        String text = sample(Samples.SEFTON_LETTER).replace("9 December 2009", "31 June 2009");
        var e = assertThrows(ExtractionException.class, () -> read(text));
        assertTrue(e.getMessage().contains("no date line"), e.getMessage());
    }

    @Test
    void evidenceOfEveryJudgementQuotesTheCleanedExactText() throws Exception {
        for (Judgement j : read(sample(Samples.SOUTHEND_REVIEW)).judgements()) {
            for (var e : j.evidence()) {
                String cleanedExact = Document.quote(Document.of("e.txt", e.exact().getBytes(StandardCharsets.UTF_8))
                        .cleanText());
                assertEquals(e.quote(), cleanedExact, j.toString());
            }
        }
    }
}
