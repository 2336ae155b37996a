package org.ofstedkg.extract.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ofstedkg.Samples;
import org.ofstedkg.extract.ExtractionException;
import org.ofstedkg.extract.Extractor;
import org.ofstedkg.extract.decode.Document;
import org.ofstedkg.extract.register.AuthorityRegister;
import org.ofstedkg.model.Assessment;
import org.ofstedkg.model.Report;
import org.ofstedkg.model.Statistic;
import org.ofstedkg.model.Timescale;

/**
 * The samples rewritten in forms other reviews and letters use (those the fifth round of the unseen set
 * brought): the same facts must come out.
 */
class OtherWordingsTest {

    private static final Extractor EXTRACTOR = new Extractor(AuthorityRegister.bundled());

    private static String sample(String name) throws Exception {
        return Files.readString(Samples.report(name), StandardCharsets.UTF_8);
    }

    /** The text with {@code old} replaced, which must be there: a variant that changed nothing tests nothing. */
    private static String rewritten(String text, String old, String replacement) {
        assertTrue(text.contains(old), "not in the sample: " + old);
        return text.replace(old, replacement);
    }

    private static Report read(String text) throws ExtractionException {
        return EXTRACTOR.extract(Document.of("variant.txt", text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The review's own grades, area by area. */
    private static Map<String, Integer> reviewGrades(Report r) {
        return r.judgements().stream().filter(j -> j.assessment() == Assessment.JOINT_AREA_REVIEW)
                .collect(Collectors.toMap(j -> j.area().slug(), j -> j.grade().value(), (a, b) -> a));
    }

    private static final String GRADES_TABLE = "\tLocal services overall\nSafeguarding\t2\nLooked after children\t2\n"
            + "Learning difficulties and/or disabilities\t2\nService management\t2\nCapacity to improve\t3\n";

    @Test
    void aGradesTableSetAsALabelledList() throws Exception {
        Report original = read(sample(Samples.SOUTHEND_REVIEW));
        String text = rewritten(sample(Samples.SOUTHEND_REVIEW), GRADES_TABLE, "Safeguarding: adequate (2)\n"
                + "Looked after children: adequate (2)\nLearning difficulties and/or disabilities: adequate (2)\n"
                + "Service management: adequate (2)\nCapacity to improve: good (3)\n");
        assertEquals(reviewGrades(original), reviewGrades(read(text)));
    }

    @Test
    void aGradesTableOfTwoAreasARowOrOfAreasByGradeNumberAndWord() throws Exception {
        Report original = read(sample(Samples.SOUTHEND_REVIEW));
        // Side by side: each area's grade is the cell after it, not the row's last.
        Report sideBySide = read(rewritten(sample(Samples.SOUTHEND_REVIEW), GRADES_TABLE, "Area\tGrade\tArea\tGrade\n"
                + "Safeguarding\t2\tCapacity to improve\t3\nLooked after children\t2\tLearning difficulties and/or disabilities\t2\n"
                + "Service management\t2\t\t\n"));
        assertEquals(reviewGrades(original), reviewGrades(sideBySide));
        // By grade, its number and word in one cell with no mark between, "(none)" where no area has it.
        Report byGrade = read(rewritten(sample(Samples.SOUTHEND_REVIEW), GRADES_TABLE, "Grade\tAreas awarded this grade\n"
                + "4&nbsp;&nbsp;Outstanding\t(none)\n3&nbsp;&nbsp;Good\tCapacity to improve\n2&nbsp;&nbsp;Adequate\tSafeguarding; "
                + "Looked after children; Learning difficulties and/or disabilities; Service management\n1&nbsp;&nbsp;Inadequate\t(none)\n"));
        assertEquals(reviewGrades(original), reviewGrades(byGrade));
        assertTrue(byGrade.warnings().stream().noneMatch(w -> w.startsWith("no grades table")), byGrade.warnings().toString());
    }

    @Test
    void aGradesTableSetAsSentences() throws Exception {
        Report original = read(sample(Samples.SOUTHEND_REVIEW));
        String text = rewritten(sample(Samples.SOUTHEND_REVIEW), GRADES_TABLE, "13. Safeguarding is graded 2 (adequate). "
                + "Services for looked after children and services for children and young people with learning "
                + "difficulties and/or disabilities are each graded 2 (adequate). Service management is graded 2 "
                + "(adequate). The capacity to improve is graded 3 (good).\n");
        assertEquals(reviewGrades(original), reviewGrades(read(text)));
    }

    @Test
    void aSectionJudgedByAGradeThatOpensItsFirstSentence() throws Exception {
        String text = rewritten(sample(Samples.SOUTHEND_REVIEW), "29. **The contribution of local services to improving "
                + "outcomes for looked after children and young people is adequate.**", "29. **Inadequate.** Local services "
                + "do not make an adequate contribution to improving outcomes for looked after children.");
        // The section's own judgement now differs from the grades table's: the table's grade is kept, the
        // section's statement is the conflict.
        Report r = read(text);
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("looked-after-children: grade 2 and")
                && w.contains("grade 1")), r.warnings().toString());
    }

    @Test
    void findingsUnderOtherHeadersAndInOneSignedList() throws Exception {
        Report original = read(sample(Samples.SOUTHEND_REVIEW));
        String text = rewritten(rewritten(sample(Samples.SOUTHEND_REVIEW),
                "Major strengths\tImportant weaknesses\n<p>The quality of leadership", "Key strengths\tAreas for "
                        + "development\n<p>The quality of leadership"),
                "Major strengths\tImportant weaknesses\n<p>Placement stability.</p> <p>The support provided by "
                        + "foster carers.</p> <p>Ensuring looked after children and young people are physically healthy.</p> "
                        + "<p>Robust action in place to improve outcomes where necessary.</p>\t<p>High number of looked after "
                        + "children.</p> <p>Timeliness of reviews.</p> <p>Variability in the quality of social work "
                        + "practice.</p> <p>Inconsistent access to mental health services.</p>",
                        "Findings (+ strength; - area for development)\n\n+ Placement stability.\n+ The support provided by "
                        + "foster carers.\n+ Ensuring looked after children and young people are physically healthy.\n"
                        + "+ Robust action in place to improve outcomes where necessary.\n- High number of looked after "
                        + "children.\n- Timeliness of reviews.\n- Variability in the quality of social work practice.\n"
                        + "- Inconsistent access to mental health services.");
        assertEquals(findings(original), findings(read(text)));
    }

    private static List<String> findings(Report r) {
        return r.findings().stream().map(f -> f.area().slug() + "|" + f.kind() + "|" + f.text()).sorted().toList();
    }

    @Test
    void aRecommendationWhoseTimescaleOpensIt() throws Exception {
        String text = rewritten(sample(Samples.SOUTHEND_REVIEW), "The council should:\n\n- engage councillors more "
                + "extensively, for example in corporate parenting.", "Within six months, the youth offending service "
                + "should extend its work with schools.");
        Report r = read(text);
        assertTrue(r.recommendations().stream().anyMatch(x -> x.timescale() == Timescale.SIX_MONTHS
                && x.addressee().slug().equals("youth-offending-service")
                && x.text().equals("extend its work with schools")), r.recommendations().toString());
    }

    private static final String RATING_TABLE = "<b>Children's services rating</b>\t<b>Performs well (3)</b>\n"
            + "-----------------------------------\t--------------------------\n";

    @Test
    void aLetterRatedInATableUnderARatingHeaderOrByTheScalesNumber() throws Exception {
        // The rating sentence is gone: the table alone must rate the letter.
        String withoutSentence = rewritten(sample(Samples.SOUTHEND_LETTER), RATING_SENTENCE, "");
        Report underHeader = read(rewritten(withoutSentence, RATING_TABLE,
                "Children's services assessment\tOutcome for 2009\nSouthend-on-Sea Borough Council\tPerforms well (3)\n"));
        assertEquals(Optional.of(3), rating(underHeader));
        assertTrue(ratingQuote(underHeader).contains("Southend-on-Sea Borough Council"), ratingQuote(underHeader));
        Report numbered = read(rewritten(withoutSentence, RATING_TABLE,
                "Area assessed\tLevel\nChildren's services in Southend-on-Sea\t3 \u2013 Performs well\n"));
        assertEquals(Optional.of(3), rating(numbered));
        assertTrue(ratingQuote(numbered).startsWith("Children's services in Southend-on-Sea 3"), ratingQuote(numbered));
        // A two-column scale under a "Rating" header rates nothing, and refuses nothing.
        Report scale = read(rewritten(sample(Samples.SOUTHEND_LETTER), "The annual rating derives from a four point scale:",
                "Rating\tWhat it means\nPerforms excellently\tAn organisation that significantly exceeds minimum requirements\n"
                        + "Performs well\tAn organisation that exceeds minimum requirements\n\nThe annual rating derives from a "
                        + "four point scale:"));
        assertEquals(Optional.of(3), rating(scale));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Wednesday 9th December 2009", "9 Dec. 2009", "9 December, 2009", "December 9, 2009",
            "Our ref: 123/09\tDate: 9 December 2009"})
    void aLetterDatedInAnotherForm(String dateLine) throws Exception {
        Report r = read(rewritten(sample(Samples.SEFTON_LETTER), "\n9 December 2009\n", "\n" + dateLine + "\n"));
        assertEquals(java.time.LocalDate.of(2009, 12, 9), r.date());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Date of publication: 6 May 2008", "Publication date: 6 May 2008", "Published on 6 May 2008",
            "Published: 6th May, 2008"})
    void aReviewsPublicationDateUnderAnotherLabel(String line) throws Exception {
        Report r = read(rewritten(sample(Samples.SOUTHEND_REVIEW), "**Published:** 6 May 2008", line));
        assertEquals(java.time.LocalDate.of(2008, 5, 6), r.date());
    }

    private static String ratingQuote(Report r) {
        return r.judgements().stream().filter(j -> j.assessment() == Assessment.ANNUAL_RATING)
                .map(j -> j.evidence().get(0).quote()).findFirst().orElse("");
    }

    private static Optional<Integer> rating(Report r) {
        return r.judgements().stream().filter(j -> j.assessment() == Assessment.ANNUAL_RATING && j.earlierYear().isEmpty())
                .map(j -> j.grade().value()).findFirst();
    }

    @Test
    void aLetterWhoseAddressNamesNoCouncilIsTheAuthorityItsServicesAreOf() throws Exception {
        // Neither the address nor the rating sentence names the council: the body's "children's services in X" does.
        String text = rewritten(rewritten(rewritten(sample(Samples.SOUTHEND_LETTER), "Southend Borough Council  \n", ""),
                RATING_SENTENCE, ""), "The overall effectiveness of a large majority",
                "This letter reports the annual rating of children's services in Southend-on-Sea. The overall effectiveness "
                        + "of a large majority");
        Report r = read(text);
        assertEquals("Southend-on-Sea", r.authority().name());
        assertEquals(Optional.of("Southend-on-Sea"), r.authorityNameAsWritten());
    }

    @Test
    void aLettersListAndTableOfFiguresAreRead() throws Exception {
        String text = rewritten(sample(Samples.SOUTHEND_LETTER), "The overall effectiveness of a large majority",
                "The profile highlights:\n\n- Staying safe: 95.6% of initial assessments were completed on time.\n\n"
                        + "Indicator\tSouthend-on-Sea\tEngland\nPupils achieving 5+ A*-C GCSEs\t45.3%\t50.7%\n"
                        // A label that names grades is a figure's when its cells are no grades.
                        + "Pupils achieving five or more A*-C grades including English and mathematics\t41.2%\t49.8%\n\n"
                        + "The overall effectiveness of a large majority");
        List<Statistic> figures = read(text).statistics();
        assertTrue(figures.stream().anyMatch(s -> s.value().doubleValue() == 95.6), figures.toString());
        assertTrue(figures.stream().anyMatch(s -> s.value().doubleValue() == 41.2), figures.toString());
        Statistic own = figures.stream().filter(s -> s.value().doubleValue() == 45.3).findFirst().orElseThrow();
        Statistic england = figures.stream().filter(s -> s.value().doubleValue() == 50.7).findFirst().orElseThrow();
        assertEquals("authority", own.area().slug());
        assertEquals("england", england.area().slug());
        assertEquals("below", own.comparison().orElseThrow().direction().slug());
        assertTrue(figures.stream().noneMatch(s -> s.value().intValue() == 5 && s.evidence().quote().contains("5+")),
                "'5+' is a threshold, not a figure");
    }

    private static final String RATING_SENTENCE = "Children's services in Southend-on-sea Borough Council perform well.\n";

    @Test
    void aLetterRatedOnlyByALevelStandingAloneOrInARowOfAnyHeader() throws Exception {
        String unrated = rewritten(rewritten(sample(Samples.SOUTHEND_LETTER), RATING_TABLE, ""), RATING_SENTENCE, "");
        // The scale's table and its explanation state every level: no rating, and a warning saying so.
        Report none = read(unrated);
        assertEquals(Optional.empty(), rating(none));
        assertTrue(none.warnings().stream().anyMatch(w -> w.startsWith("no rating read")), none.warnings().toString());
        String boldLine = rewritten(unrated, "Yours sincerely", "**Performs well**\n\nYours sincerely");
        assertEquals(Optional.of(3), rating(read(boldLine)));
        String yearTable = rewritten(unrated, "Yours sincerely", "Year\tOutcome\n2009\tPerforms well\n\nYours sincerely");
        assertEquals(Optional.of(3), rating(read(yearTable)));
        String theBorough = rewritten(unrated, "Yours sincerely", "Ofsted judges that the borough performs well.\n\n"
                + "Yours sincerely");
        assertEquals(Optional.of(3), rating(read(theBorough)));
        // A quoted level as the complement of a rating verb, not a term spoken of.
        String ratedAs = rewritten(unrated, "Yours sincerely", "Ofsted has rated the children's services of the borough "
                + "as \u201Cperforms well\u201D (3).\n\nYours sincerely");
        assertEquals(Optional.of(3), rating(read(ratedAs)));
    }

    @Test
    void levelsThatRateNothingLeaveTheRatingAlone() throws Exception {
        String text = rewritten(rewritten(sample(Samples.SOUTHEND_LETTER), "The overall effectiveness of a large majority",
                "Pupils perform well at Key Stage 2 and, with support from children's services, looked after children also "
                        + "perform well at GCSE. The overall effectiveness of a large majority"),
                "The annual rating derives from a four point scale:", "The annual rating derives from a four point scale:\n\n"
                        + "4 \u2013 Performs excellently\n\nAn organisation that significantly exceeds minimum requirements\n");
        Report r = read(text);
        assertEquals(Optional.of(3), rating(r));
        assertTrue(r.warnings().stream().noneMatch(w -> w.contains("conflicting")), r.warnings().toString());
    }

    @Test
    void aLetterRatedByItsRatingTablesRowAsAPdfsTextGivesIt() throws Exception {
        String unrated = rewritten(rewritten(sample(Samples.SOUTHEND_LETTER), RATING_TABLE, ""), RATING_SENTENCE, "");
        assertEquals(Optional.empty(), rating(read(unrated)));
        assertEquals(Optional.of(3), rating(read(rewritten(unrated, "Yours sincerely",
                "Overall effectiveness Assessment\nSouthend-on-Sea Performs well (3)\n\nYours sincerely"))));
    }

    @Test
    void aLetterRatedAsTheRatingsValueAndACouncilNamedLondonBoroughCouncil() throws Exception {
        String unrated = rewritten(rewritten(sample(Samples.SOUTHEND_LETTER), RATING_TABLE, ""), RATING_SENTENCE, "");
        assertEquals(Optional.of(3), rating(read(rewritten(unrated, "Yours sincerely", "The 2009 rating for children's "
                + "services in Southend-on-Sea is 'performs well' (grade 3 on the four-point scale).\n\nYours sincerely"))));
        assertEquals(Optional.of(3), rating(read(rewritten(unrated, "Yours sincerely", "- 2009 rating: performs well "
                + "(level 3)\n\nYours sincerely"))));
        assertEquals("Havering", AuthorityRegister.bundled().resolve("Havering London Borough Council").orElseThrow().name());
    }

    @Test
    void aReviewsSectionsUnderOtherNames() throws Exception {
        Report original = read(sample(Samples.SOUTHEND_REVIEW));
        String text = rewritten(rewritten(sample(Samples.SOUTHEND_REVIEW), "## Grades\n", "## PART IV \u2013 JUDGEMENTS AT A GLANCE\n"),
                "## Recommendations\n", "## PART V \u2013 WHAT THE PARTNERS MUST DO\n");
        Report r = read(text);
        assertEquals(reviewGrades(original), reviewGrades(r));
        assertEquals(original.recommendations().size(), r.recommendations().size());
    }

    @Test
    void recommendationsUnderABodyLineThatSaysWhenToo() throws Exception {
        String text = rewritten(rewritten(rewritten(sample(Samples.SOUTHEND_REVIEW), "### For immediate action\n\nThe local partnership should:",
                "The local partnership should, as a matter of urgency:"), "The council should:\n\n- engage councillors",
                "Southend Borough Council should, without delay:\n\n- engage councillors"),
                "### For action over the next six months\n\nThe local partnership should:",
                "Over the next six months, the local partnership should:");
        Report original = read(sample(Samples.SOUTHEND_REVIEW));
        Report r = read(text);
        assertEquals(original.recommendations().stream().map(x -> x.timescale() + "|" + x.addressee().slug() + "|" + x.text()).toList(),
                r.recommendations().stream().map(x -> x.timescale() + "|" + x.addressee().slug() + "|" + x.text()).toList());
    }

    @Test
    void anAssessmentAnnexQuotedAsALetterWithOutcomesAsLabelledSentences() throws Exception {
        String review = sample(Samples.SOUTHEND_REVIEW);
        int from = review.indexOf("Overall, Southend-on-Sea Borough Council delivers services");
        int to = review.indexOf("The full annual performance assessment can be found at:");
        String text = review.substring(0, from) + "Dear Ms Hawkins\n\nThe council's overall effectiveness in children's services "
                + "is adequate, and its capacity to improve, including the management of children's services, is good. Being "
                + "healthy: adequate. Staying safe: good. Making a positive contribution: outstanding.\n\nYours sincerely\n\n"
                + review.substring(to);
        Report r = read(text);
        List<String> apa = r.judgements().stream().filter(j -> j.assessment() == Assessment.ANNUAL_PERFORMANCE_ASSESSMENT)
                .map(j -> j.area().slug() + " " + j.grade().value()).sorted().toList();
        assertEquals(List.of("being-healthy 2", "capacity-to-improve 3", "overall 2", "positive-contribution 4", "staying-safe 3"), apa);
        assertTrue(r.warnings().stream().noneMatch(w -> w.contains("conflicting")), r.warnings().toString());
    }

    @Test
    void aGradesTableGivingEachGradeAsANumberAndAWord() throws Exception {
        // The table's capacity grade differs from its section's so that the table is seen to be read (it comes first).
        String text = rewritten(sample(Samples.SOUTHEND_REVIEW), GRADES_TABLE, "Area\tGrade\tJudgement\nSafeguarding\t2\tAdequate\n"
                + "Looked after children\t2\tAdequate\nLearning difficulties and/or disabilities\t2\tAdequate\n"
                + "Service management\t2\tAdequate\nCapacity to improve\t4\tOutstanding\n");
        assertEquals(4, reviewGrades(read(text)).get("capacity-to-improve"));
    }

    @Test
    void aBodyNamedAfterChildrensServicesKeepsItsWholeName() throws Exception {
        String text = rewritten(sample(Samples.SOUTHEND_REVIEW), "The council should:\n\n- engage councillors",
                "Children's services and health partners should:\n\n- engage councillors");
        assertTrue(read(text).recommendations().stream().anyMatch(x -> x.addressee().slug()
                .equals("childrens-services-and-health-partners") && x.text().startsWith("engage councillors")));
    }

    @Test
    void managementJudgedOfItsOwnerOrTwoPartsAtOnceAndTheAssessmentsOutcomesAsWasOneBefore() throws Exception {
        String text = rewritten(rewritten(sample(Samples.SOUTHEND_REVIEW), "83. The ambition of the local partnership for services "
                + "to children and young people is adequate.", "83. The partnership's ambition for children is good."),
                "91. Value for money is adequate.", "91. Arrangements for securing value for money are inadequate. "
                        + "Performance monitoring and performance management are both outstanding.");
        List<String> judged = read(text).judgements().stream().filter(j -> j.assessment() == Assessment.JOINT_AREA_REVIEW)
                .map(j -> j.area().slug() + " " + j.grade().value()).toList();
        assertTrue(judged.containsAll(List.of("ambition 3", "value-for-money 1", "performance-monitoring 4",
                "performance-management 4")), judged.toString());
    }

    @Test
    void anInvestigationWhoseSectionDoesNotOpenOnItsGradeTakesALaterOneOrTheMainFindings() throws Exception {
        String sectionJudgement = "74. **The contribution of local services to improving outcomes for young carers is adequate.**";
        String unjudged = rewritten(sample(Samples.SOUTHEND_REVIEW), sectionJudgement, "74. Inspectors looked at support for young carers.");
        assertEquals(null, reviewGrades(read(unjudged)).get("young-carers"));
        String text = rewritten(unjudged, "13. The main findings of this joint area review are as follows:\n",
                "13. The main findings of this joint area review are as follows:\n- the contribution of services to the support of "
                        + "young carers is good.\n");
        assertEquals(3, reviewGrades(read(text)).get("young-carers"));
        // Or a sentence later in its own section.
        String last = rewritten(unjudged, "78. Relate provides mentoring in some schools", "78. Overall, the support of young carers "
                + "is outstanding. Relate provides mentoring in some schools");
        assertEquals(4, reviewGrades(read(last)).get("young-carers"));
    }

    @Test
    void recommendationsNumberedWithTheirTimescaleAndBodyInline() throws Exception {
        String text = rewritten(sample(Samples.SOUTHEND_REVIEW), "The council should:\n\n- engage councillors more "
                + "extensively, for example in corporate parenting.", "R1. Straight away, Southend Borough Council should engage "
                + "councillors more extensively.\n\nR2. Over the next two years, NHS Southend should extend its clinics.\n\n"
                + "R3. Within the coming six months, Southend's secondary schools should reduce exclusions.\n\n"
                + "R4. Within two years, the Children's Trust Board should agree a plan.\n\n"
                + "It should be noted that these recommendations are not ranked.");
        List<String> found = read(text).recommendations().stream()
                .map(x -> x.timescale() + "|" + x.addressee().slug() + "|" + x.text()).toList();
        assertTrue(found.contains("IMMEDIATE|council|engage councillors more extensively"), found.toString());
        assertTrue(found.contains("LONGER_TERM|nhs-southend|extend its clinics"), found.toString());
        assertTrue(found.contains("SIX_MONTHS|secondary-schools|reduce exclusions"), found.toString());
        // A possessive before a capital is part of the body's name; "within two years" is the longer term.
        assertTrue(found.contains("LONGER_TERM|childrens-trust-board|agree a plan"), found.toString());
        assertTrue(found.stream().noneMatch(x -> x.contains("noted")), found.toString());
    }

    @Test
    void aSectionHeadingOfOtherWordsIsTheSectionItsKeyWordNames() throws Exception {
        Report original = read(sample(Samples.SOUTHEND_REVIEW));
        Report r = read(rewritten(rewritten(sample(Samples.SOUTHEND_REVIEW), "## Grades\n", "## The review's judgements\n"),
                "## Recommendations\n", "## Our recommendations to the partnership\n"));
        assertEquals(reviewGrades(original), reviewGrades(r));
        assertEquals(original.recommendations().size(), r.recommendations().size());
    }

    /** The looked after children's findings table of the sample review, as written. */
    private static final String LAC_FINDINGS = "Major strengths\tImportant weaknesses\n<p>Placement stability.</p> <p>The support "
            + "provided by foster carers.</p> <p>Ensuring looked after children and young people are physically healthy.</p> "
            + "<p>Robust action in place to improve outcomes where necessary.</p>\t<p>High number of looked after "
            + "children.</p> <p>Timeliness of reviews.</p> <p>Variability in the quality of social work "
            + "practice.</p> <p>Inconsistent access to mental health services.</p>";

    @ParameterizedTest
    @ValueSource(strings = {
        // Items after a lead-in that names their column, in a numbered paragraph.
        "29a. Inspectors identified the following strengths: Placement stability; The support provided by foster carers; "
                + "Ensuring looked after children and young people are physically healthy; and Robust action in place to "
                + "improve outcomes where necessary. They identified these weaknesses: High number of looked after children; "
                + "Timeliness of reviews; Variability in the quality of social work practice; and Inconsistent access to "
                + "mental health services.",
        // Each item on a line of its own, labelled.
        "Strength: Placement stability\nStrength: The support provided by foster carers\nStrength: Ensuring looked after "
                + "children and young people are physically healthy\nStrength: Robust action in place to improve outcomes "
                + "where necessary\nWeakness: High number of looked after children\nWeakness: Timeliness of reviews\n"
                + "Weakness: Variability in the quality of social work practice\nWeakness: Inconsistent access to mental "
                + "health services",
        // Other column headers; cells as HTML lists.
        "Positive features\tShortcomings\n<ul><li>Placement stability</li><li>The support provided by foster carers</li>"
                + "<li>Ensuring looked after children and young people are physically healthy</li><li>Robust action in place "
                + "to improve outcomes where necessary</li></ul>\t<ul><li>High number of looked after children</li><li>"
                + "Timeliness of reviews</li><li>Variability in the quality of social work practice</li><li>Inconsistent "
                + "access to mental health services</li></ul>",
        // Cells whose items are parted by semicolons, under headers of what is done and what is not.
        "What has been achieved\tWhat remains to be done\nPlacement stability; The support provided by foster carers; "
                + "Ensuring looked after children and young people are physically healthy; Robust action in place to "
                + "improve outcomes where necessary\tHigh number of looked after children; Timeliness of reviews; "
                + "Variability in the quality of social work practice; Inconsistent access to mental health services",
        // Lists headed by where services work and where they fall short.
        "**Where services are effective**\n\n- Placement stability\n- The support provided by foster carers\n- Ensuring "
                + "looked after children and young people are physically healthy\n- Robust action in place to improve "
                + "outcomes where necessary\n\n**Where services fall short**\n\n- High number of looked after children\n"
                + "- Timeliness of reviews\n- Variability in the quality of social work practice\n- Inconsistent access "
                + "to mental health services",
        // The headers' tab printed as one space (a printer's tab stop one column on), the row's kept; and the other way
        // round, the row's tab lost where a printer folded the line.
        "Major strengths Important weaknesses\n<p>Placement stability.</p> <p>The support provided by foster carers.</p> "
                + "<p>Ensuring looked after children and young people are physically healthy.</p> <p>Robust action in place "
                + "to improve outcomes where necessary.</p>\t<p>High number of looked after children.</p> <p>Timeliness of "
                + "reviews.</p> <p>Variability in the quality of social work practice.</p> <p>Inconsistent access to mental "
                + "health services.</p>",
        "Major strengths\tImportant weaknesses\n<p>Placement stability.</p> <p>The support provided by foster carers.</p> "
                + "<p>Ensuring looked after children and young people are physically healthy.</p> <p>Robust action in place "
                + "to improve outcomes where necessary.</p> <p>High number of looked after children.</p> <p>Timeliness of "
                + "reviews.</p> <p>Variability in the quality of social work practice.</p> <p>Inconsistent access to mental "
                + "health services.</p>",
        // A list of items ticked and crossed.
        "- \u2713 Placement stability\n- \u2713 The support provided by foster carers\n- \u2717 High number of looked after "
                + "children\n- \u2713 Ensuring looked after children and young people are physically healthy\n- \u2717 "
                + "Timeliness of reviews\n- \u2713 Robust action in place to improve outcomes where necessary\n- \u2717 "
                + "Variability in the quality of social work practice\n- \u2717 Inconsistent access to mental health services",
        // Headers qualified as either may be, or saying what must improve.
        "Key strengths\tKey areas for development\nPlacement stability<br>The support provided by foster carers<br>Ensuring "
                + "looked after children and young people are physically healthy<br>Robust action in place to improve "
                + "outcomes where necessary\tHigh number of looked after children<br>Timeliness of reviews<br>Variability in "
                + "the quality of social work practice<br>Inconsistent access to mental health services",
        "What works well\tWhat must improve\nPlacement stability<br>The support provided by foster carers<br>Ensuring "
                + "looked after children and young people are physically healthy<br>Robust action in place to improve "
                + "outcomes where necessary\tHigh number of looked after children<br>Timeliness of reviews<br>Variability in "
                + "the quality of social work practice<br>Inconsistent access to mental health services"})
    void findingsAsLabelledItemsListsAndCellsOfOtherForms(String table) throws Exception {
        Report original = read(sample(Samples.SOUTHEND_REVIEW));
        assertEquals(findings(original), findings(read(rewritten(sample(Samples.SOUTHEND_REVIEW), LAC_FINDINGS, table))));
    }

    @Test
    void aSentenceThatCallsSomethingAStrengthIsNoListOfFindings() throws Exception {
        Report original = read(sample(Samples.SOUTHEND_REVIEW));
        String text = rewritten(sample(Samples.SOUTHEND_REVIEW), "30. The number of looked after children has been reducing",
                "30. Family placement is a particular strength: 41 children were placed with relatives in 2007. The number "
                        + "of looked after children has been reducing");
        assertEquals(findings(original), findings(read(text)));
    }

    /** The review's judgements of its additional investigations, as area slug and grade. */
    private static List<String> investigationGrades(Report r) {
        return r.judgements().stream().filter(j -> j.assessment() == Assessment.JOINT_AREA_REVIEW
                && j.area().isAdditionalInvestigation()).map(j -> j.area().slug() + "=" + j.grade().value()).sorted().toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "74. The partnership's work for young carers has an adequate impact.",
        "74. Inspectors looked at the support given to young carers. Their conclusion is that this aspect of provision "
                + "is adequate."})
    void anInvestigationUnderAThemesHeadingJudgedByItsImpactOrAConclusion(String judgement) throws Exception {
        String text = rewritten(rewritten(rewritten(sample(Samples.SOUTHEND_REVIEW),
                "## Other issues identified for further investigation", "## Themes of local importance"),
                "## **An investigation into the effectiveness of services for Young Carers**", "## **Services for young carers**"),
                "74. **The contribution of local services to improving outcomes for young carers is adequate.**", judgement);
        List<String> grades = investigationGrades(read(text));
        assertTrue(grades.contains("young-carers=2"), grades.toString());
        assertEquals(3, grades.size(), grades.toString());
    }

    @Test
    void annexesNumberedInWordsAndATableWithTheGradeFirst() throws Exception {
        Report original = read(sample(Samples.SOUTHEND_REVIEW));
        String text = rewritten(rewritten(rewritten(sample(Samples.SOUTHEND_REVIEW), "## Annex A\n", "## APPENDIX ONE\n"),
                "## Annex B\n", "## Appendix Two\n"), "3. The combined work of all local services in securing the health of "
                        + "children and young people is adequate.", "Judgement\tOutcome\nAdequate\tBeing healthy\n\n3.");
        assertEquals(annexGrades(original), annexGrades(read(text)));
    }

    @Test
    void anAnnexsOwnSubheadingOfASectionsNameAndGradesAsWordThenNumber() throws Exception {
        Report original = read(sample(Samples.SOUTHEND_REVIEW));
        // "Summary of judgements" names the grades section, which the review has had: under the annex it is the annex's.
        String text = rewritten(sample(Samples.SOUTHEND_REVIEW), "## Annex B\n\n### CORPORATE ASSESSMENT ACHIEVEMENT",
                "## Annex B\n\n### Summary of judgements\n\nJudgement\tGrade\nOverall effectiveness of children's services\t"
                        + "Adequate \u2013 grade 2\nCapacity to improve\tGood \u2013 grade 3\n\n### CORPORATE ASSESSMENT ACHIEVEMENT");
        Report r = read(text);
        assertEquals(reviewGrades(original), reviewGrades(r));
        assertEquals(annexGrades(original), annexGrades(r));
        assertTrue(r.judgements().stream().anyMatch(j -> j.assessment() == Assessment.CORPORATE_ASSESSMENT
                && j.evidence().stream().anyMatch(e -> e.quote().contains("grade 3"))), "the table's rows are the annex's");
    }

    @Test
    void aReviewsContextFiguresInATable() throws Exception {
        String text = rewritten(sample(Samples.SOUTHEND_REVIEW), "## Context\n\n", "## Context\n\nIndicator\tSouthend\t"
                + "England\nPupils eligible for free school meals (January 2008)\t33.8%\t15.9%\n\n");
        List<Statistic> figures = read(text).statistics();
        Statistic own = figures.stream().filter(s -> s.value().doubleValue() == 33.8).findFirst().orElseThrow();
        Statistic england = figures.stream().filter(s -> s.value().doubleValue() == 15.9).findFirst().orElseThrow();
        assertEquals("authority", own.area().slug());
        assertEquals("england", england.area().slug());
    }

    @Test
    void recommendationsWithTheirTimescaleInsideAPurposeBeforeTheBodyAndATableOfTimescaleAndAction() throws Exception {
        Report original = read(sample(Samples.SOUTHEND_REVIEW));
        String text = rewritten(rewritten(sample(Samples.SOUTHEND_REVIEW), "### For immediate action\n\nThe local partnership "
                + "should:\n\n- ensure that an appropriate way", "To act on this report, the local partnership should:\n\n"
                + "i. without delay, ensure that an appropriate way"), "- ensure that the local community is aware",
                "ii. without delay, ensure that the local community is aware");
        text = rewritten(text, "- review provision for out of hours", "iii. as a matter of urgency, review provision for out of hours");
        text = rewritten(text, "The council should:\n\n- engage councillors", "The council should, without delay:\n\n- engage councillors");
        // Three bodies or more addressed together are the partnership; "each" addresses the body each of them is.
        text = rewritten(text, "### For action over the next six months\n\nThe local partnership should:", "### For action over "
                + "the next six months\n\nThe council, the primary care trust, the police and the youth offending service should:");
        text = rewritten(text, "### **For action in the longer term**\n\nThe partnership should:\n\n- ensure appropriate mechanisms are "
                + "in place to identify a greater proportion of young carers and their needs and expand the range of good, accessible "
                + "and sustainable support for them\n- improve attendance in the secondary schools where it has reduced\n",
                "The partnership should:\n\n| Timescale | Action |\n|---|---|\n| Longer term | ensure appropriate mechanisms are in "
                        + "place to identify a greater proportion of young carers and their needs and expand the range of good, "
                        + "accessible and sustainable support for them |\n| In the longer term | improve attendance in the secondary "
                        + "schools where it has reduced |\n\n### **For action in the longer term**\n\nThe partnership should:\n\n");
        Report r = read(text);
        assertEquals(recommendations(original), recommendations(r));
        assertEquals("primary-care-trust", read(rewritten(sample(Samples.SOUTHEND_REVIEW), "The council should:\n\n- engage "
                + "councillors", "Each primary care trust should:\n\n- engage councillors")).recommendations().stream()
                .filter(x -> x.text().startsWith("engage councillors")).findFirst().orElseThrow().addressee().slug());
    }

    @Test
    void aSectionGradedByAGradeLineRecommendationsLetteredAndALeadInThatNamesNoBody() throws Exception {
        Report original = read(sample(Samples.SOUTHEND_REVIEW));
        String text = rewritten(sample(Samples.SOUTHEND_REVIEW), "**15. The contribution of local services to improving outcomes "
                + "for children and young people at risk or requiring safeguarding is adequate.**", "Grade 2 (adequate)\n\n15. "
                + "Children are generally safe.");
        assertEquals(reviewGrades(original), reviewGrades(read(rewritten(text, text.substring(text.indexOf("## Grades"),
                text.indexOf("## Recommendations")), ""))));
        // "Action is needed to:" names no body: the items are the partnership's, to whom the review reports.
        text = rewritten(sample(Samples.SOUTHEND_REVIEW), "### For immediate action\n\nThe local partnership should:\n",
                "### For immediate action\n\nAction is needed to:\n");
        text = rewritten(rewritten(text, "- ensure that an appropriate way", "(a) ensure that an appropriate way"),
                "- ensure that the local community", "B. ensure that the local community");
        text = rewritten(text, "The council should:\n\n- engage councillors more extensively, for example in corporate parenting.",
                "Within three months, the council should engage councillors more extensively, for example in corporate parenting.");
        List<String> expected = recommendations(original).stream()
                .map(x -> x.startsWith("IMMEDIATE|council|engage") ? x.replace("IMMEDIATE", "SIX_MONTHS") : x).sorted().toList();
        assertEquals(expected, recommendations(read(text)));
    }

    @Test
    void round13bFormsAParagraphOfBothColumnsAnAreasOwnRecommendationsAndAnnexListsAndSubjects() throws Exception {
        Report original = read(sample(Samples.SOUTHEND_REVIEW));
        String sample = sample(Samples.SOUTHEND_REVIEW);
        int header = sample.indexOf("Major strengths\tImportant weaknesses\n");
        String row = sample.substring(header, sample.indexOf("\n\n", header));
        String[] cells = row.substring(row.indexOf('\n') + 1).split("\t");
        // Both columns in one paragraph, each after its header.
        String text = rewritten(sample, row, "Major strengths " + cells[0].replaceAll("</?p>", "").strip()
                + " Important weaknesses " + cells[1].replaceAll("</?p>", "").strip());
        assertEquals(findings(original), findings(read(text)));
        // An area's own recommendations after "Recommendations arising from this section:"; "over the next one to two
        // years" and "12-24 months" are the longer term.
        text = rewritten(sample, "16. Parents and carers are well informed", "Recommendations arising from this section:\n\n"
                + "(i) Over the next one to two years, the council should raise attendance in its secondary schools.\n\n"
                + "16. Parents and carers are well informed");
        assertTrue(read(text).recommendations().stream().anyMatch(x -> x.timescale() == Timescale.LONGER_TERM
                && x.addressee().slug().equals("council") && x.text().equals("raise attendance in its secondary schools")),
                read(text).recommendations().toString());
        // The corporate assessment's management "in Southend" and capacity "of the council's children's services".
        text = rewritten(sample, "2. Service management in Southend is adequate and the capacity of council services to improve "
                + "is good.", "Service management in Southend is adequate and the capacity of the council's children's services "
                + "to improve is good.\n\n2. Children and young people are an integral part.");
        assertEquals(annexGrades(original), annexGrades(read(text)));
    }

    private static List<String> recommendations(Report r) {
        return r.recommendations().stream().map(x -> x.timescale() + "|" + x.addressee().slug() + "|" + x.text()).sorted().toList();
    }

    @Test
    void anAnnexsOutcomesAsABulletedListAndItsManagementGradedInAParagraphOfItsOwn() throws Exception {
        Report original = read(sample(Samples.SOUTHEND_REVIEW));
        String text = rewritten(sample(Samples.SOUTHEND_REVIEW), "2. Service management in Southend is adequate and the capacity of "
                + "council services to improve is good.", "The management of children's services is adequate (grade 2), and the "
                + "capacity of council services to improve is good (grade 3).\n\n2. Children and young people are an integral part.");
        text = rewritten(text, "5. The impact of local services in helping children and young people to enjoy their education and "
                + "achieve economic well-being are good.", "5. Local services are good at helping children and young people to "
                + "enjoy their education and achieve economic well-being.");
        assertEquals(annexGrades(original), annexGrades(read(text)));
    }

    @Test
    void aLettersAddressInOneParagraphOfLineBreaksAndRatingsStatedInOtherWays() throws Exception {
        String text = rewritten(sample(Samples.SOUTHEND_LETTER), "Mr Paul Greenhalgh  \nDirector of Children's Services  \n"
                + "Southend Borough Council  \n", "<p>Mr Paul Greenhalgh<br>Director of Children's Services<br>Southend Borough "
                + "Council<br>");
        assertEquals("882", read(text).authority().laCode());
        String unrated = rewritten(rewritten(sample(Samples.SOUTHEND_LETTER), RATING_SENTENCE, ""), RATING_TABLE, "");
        for (String sentence : List.of("Ofsted rates Southend Borough Council as a council that performs well.",
                "For the 2009 rating, which covers inspections up to 31 August 2009, Southend is rated as performing well.",
                "Ofsted has awarded Southend Borough Council the second highest of its four ratings, 'performs well', for its services.")) {
            assertEquals(Optional.of(3), rating(read(unrated + "\n" + sentence + "\n")), sentence);
        }
        // A table or its rows run together that give an earlier year's rating beside the letter's.
        for (String rows : List.of("2008 annual rating\tPerforms adequately (2)\n2009 annual rating\tPerforms well (3)\n",
                "2008 annual rating Performs adequately (2)\n\n2009 annual rating Performs well (3)\n\n")) {
            Report r = read(rewritten(rewritten(sample(Samples.SOUTHEND_LETTER), RATING_SENTENCE, ""), RATING_TABLE, rows));
            assertEquals(Optional.of(3), rating(r), rows);
            assertTrue(r.judgements().stream().anyMatch(j -> j.earlierYear().equals(Optional.of(2008)) && j.grade().value() == 2),
                    r.judgements().toString());
        }
    }

    @Test
    void aLettersRatingSaidToItsReaderAsAnAdjectiveOrAfterALevelItDenies() throws Exception {
        String unrated = rewritten(rewritten(sample(Samples.SOUTHEND_LETTER), RATING_SENTENCE, ""), RATING_TABLE, "");
        for (String sentence : List.of(
                "Taken as a whole, the services for which you are responsible perform adequately: they meet the minimum requirements.",
                "(a) For 2009, Southend Borough Council is an adequately performing council in its services for children.",
                "Children's services in Southend cannot be said to perform well; in some respects they only meet the minimum "
                        + "requirements, and so they perform adequately.",
                "Southend Borough Council falls only a little short of performing well, and Ofsted is in no doubt that its "
                        + "children's services perform adequately.")) {
            assertEquals(Optional.of(2), rating(read(unrated + "\n" + sentence + "\n")), sentence);
        }
        // A sentence rating another authority by name is not this letter's rating.
        assertEquals(Optional.empty(), rating(read(unrated + "\nBy comparison, Thurrock performs excellently.\n")));
        assertEquals(Optional.of(3), rating(read(unrated + "\nBy comparison, Southend performs well.\n")));
    }

    /** The annexes' judgements: assessment, area and grade. */
    private static List<String> annexGrades(Report r) {
        return r.judgements().stream().filter(j -> j.assessment() != Assessment.JOINT_AREA_REVIEW)
                .map(j -> j.assessment() + "|" + j.area().slug() + "=" + j.grade().value()).sorted().toList();
    }

    @Test
    void recommendationsWhoseTimescaleANoteAfterThemGivesInACommitteesWordsOrByAPriorityKey() throws Exception {
        List<String> expected = List.of("IMMEDIATE|council|ensure that every referral is screened within one working day",
                "IMMEDIATE|partnership|share the findings of this review with children and young people",
                "LONGER_TERM|council|recruit more foster carers for teenagers and sibling groups",
                "SIX_MONTHS|partnership|improve the timeliness of initial assessments across the area");
        // One numbered list, each item naming its body ("It should also" the one before), a note giving the timescales by number.
        assertEquals(expected, recommendations(read(Samples.reviewWithRecommendations(
                "1. The local partnership should share the findings of this review with children and young people.\n"
                + "2. The council should ensure that every referral is screened within one working day.\n"
                + "3. It should also recruit more foster carers for teenagers and sibling groups.\n"
                + "4. The local partnership should improve the timeliness of initial assessments across the area.\n\n"
                + "Timescales. Recommendations 1 and 2 call for action straight away. Recommendation 4 should be carried out "
                + "within six months. Recommendation 3 is for the longer term."))));
        // A committee's words: the body in the lead-in or at each item's head, the timescale after the list or before it.
        assertEquals(expected, recommendations(read(Samples.reviewWithRecommendations(
                "It is recommended that the local partnership:\n\n- share the findings of this review with children and young people.\n\n"
                + "Inspectors expect the recommendation above to be acted on without delay.\n\n"
                + "That the council ensure that every referral is screened within one working day.\n\n"
                + "Within six months, it is recommended that:\n\n- the local partnership improve the timeliness of initial "
                + "assessments across the area; and\n\nOver the next two years, it is recommended that:\n\n- the council recruit "
                + "more foster carers for teenagers and sibling groups.\n"))));
        // A priority for each row, a key after the table saying what each priority's timescale is.
        assertEquals(expected, recommendations(read(Samples.reviewWithRecommendations("Priority\tRecommendation\tLead body\n"
                + "High\tshare the findings of this review with children and young people\tThe local partnership\n"
                + "High\tensure that every referral is screened within one working day\tThe council\n"
                + "Medium\timprove the timeliness of initial assessments across the area\tThe local partnership\n"
                + "Low\trecruit more foster carers for teenagers and sibling groups\tThe council\n\n"
                + "Key to priorities\nHigh: action to begin at once.\nMedium: to be completed within six months.\n"
                + "Low: over the longer term.\n"))));
    }

    @Test
    void recommendationsForImmediateActionSetOutInTheMainFindings() throws Exception {
        String review = Samples.reviewWithRecommendations("The recommendations for immediate action are set out in the main "
                + "findings.\n\nIt is recommended that the council:\n\n- recruit more foster carers for teenagers and sibling groups.\n\n"
                + "The council should complete this work over the longer term.");
        String urgent = "Inspectors ask the council to act at once to:\n\n- ensure that every referral is screened within one working day; and\n"
                + "- share the findings of this review with children and young people.\n\n"
                + "Action is required immediately on one more, set out here:\n\nThe local partnership should improve the timeliness "
                + "of initial assessments across the area.\n\n## Grades";
        assertEquals(List.of("IMMEDIATE|council|ensure that every referral is screened within one working day",
                "IMMEDIATE|council|share the findings of this review with children and young people",
                "IMMEDIATE|partnership|improve the timeliness of initial assessments across the area",
                "LONGER_TERM|council|recruit more foster carers for teenagers and sibling groups"),
                recommendations(read(rewritten(review, "## Grades", urgent))));
    }

    @Test
    void recommendationsUnderEachBodysHeadingInABodyByTimescaleGridAndUnderBodyRowsOfATable() throws Exception {
        List<String> expected = List.of("IMMEDIATE|council|ensure that every referral is screened within one working day",
                "IMMEDIATE|partnership|share the findings of this review with children and young people",
                "LONGER_TERM|council|recruit more foster carers for teenagers and sibling groups",
                "SIX_MONTHS|partnership|improve the timeliness of initial assessments across the area");
        // Headed by body ("Recommendations for the local partnership", "The council"), timescales beneath.
        assertEquals(expected, recommendations(read(Samples.reviewWithRecommendations("### Recommendations for the local partnership\n\n"
                + "*Immediately*\n\n- share the findings of this review with children and young people\n\n*Within six months*\n\n"
                + "- improve the timeliness of initial assessments across the area\n\n### The council\n\n*Without delay*\n\n"
                + "- ensure that every referral is screened within one working day\n\n*In the longer term*\n\n"
                + "- recruit more foster carers for teenagers and sibling groups\n"))));
        // A grid: a row per body, a column per timescale, items as paragraphs, a dash for none.
        assertEquals(expected, recommendations(read(Samples.reviewWithRecommendations("\tFor immediate action\tWithin six months\tIn the longer term\n"
                + "The local partnership should:\t<p>share the findings of this review with children and young people.</p>\t"
                + "<p>improve the timeliness of initial assessments across the area.</p>\t&ndash;\n"
                + "The council should:\t<p>ensure that every referral is screened within one working day.</p>\t&ndash;\t"
                + "<p>recruit more foster carers for teenagers and sibling groups.</p>\n"))));
        // A table of recommendation and timescale, each body named in a row of its own, items marked by dashes.
        assertEquals(expected, recommendations(read(Samples.reviewWithRecommendations("Recommendation\tTimescale\nThe council should:\t\n"
                + "&ndash; ensure that every referral is screened within one working day\tImmediately\n"
                + "&ndash; recruit more foster carers for teenagers and sibling groups\tLonger term\nThe partnership should:\t\n"
                + "&ndash; share the findings of this review with children and young people\tImmediately\n"
                + "&ndash; improve the timeliness of initial assessments across the area\tWithin six months\n"))));
    }

    @Test
    void gradesSetOutByGradeAndInTheAnnualPerformanceAssessmentsWordsForItsLevels() throws Exception {
        Report original = read(sample(Samples.SOUTHEND_REVIEW));
        // A row per grade, the areas at it listed in its cell (by line breaks or semicolons), "None" where there are none.
        for (String table : List.of("Grade\tAreas judged at this grade\n4\tNone\n3\tCapacity to improve\n"
                        + "2\tSafeguarding<br>Looked after children<br>Learning difficulties and/or disabilities<br>Service management\n"
                        + "1\tNone\n",
                "Grade\tAreas\n3 - good\tCapacity to improve\n2 - adequate\tSafeguarding; Looked after children; "
                        + "Learning difficulties and/or disabilities; Service management\n")) {
            assertEquals(reviewGrades(original), reviewGrades(read(rewritten(sample(Samples.SOUTHEND_REVIEW), GRADES_TABLE, table))),
                    table);
        }
        // "Consistently delivers above minimum requirements" is good; "delivers only minimum requirements" adequate.
        String inWords = GRADES_TABLE.replace("\t2\n", "\tDelivers only minimum requirements\n")
                .replace("\t3\n", "\tConsistently delivers above minimum requirements\n");
        assertEquals(reviewGrades(original), reviewGrades(read(rewritten(sample(Samples.SOUTHEND_REVIEW), GRADES_TABLE, inWords))));
    }

    @Test
    void findingsNumberedWithinACellClosedByParagraphReferencesOrListedInASentence() throws Exception {
        Report original = read(sample(Samples.SOUTHEND_REVIEW));
        String numbered = "Major strengths\tImportant weaknesses\n1. Placement stability 2. The support provided by foster carers "
                + "3. Ensuring looked after children and young people are physically healthy 4. Robust action in place to improve "
                + "outcomes where necessary\t1. High number of looked after children (paragraph 30) 2. Timeliness of reviews "
                + "(paragraphs 31 and 32) 3. Variability in the quality of social work practice 4. Inconsistent access to mental "
                + "health services";
        assertEquals(findings(original), findings(read(rewritten(sample(Samples.SOUTHEND_REVIEW), LAC_FINDINGS, numbered))));
        String sentence = "Inspectors identified as major strengths: placement stability; the support provided by foster carers; "
                + "ensuring looked after children and young people are physically healthy; and robust action in place to improve "
                + "outcomes where necessary. The important weaknesses are: high number of looked after children; timeliness of "
                + "reviews; variability in the quality of social work practice; and inconsistent access to mental health services.";
        assertEquals(findings(original).stream().map(f -> f.toLowerCase(java.util.Locale.ROOT)).sorted().toList(),
                findings(read(rewritten(sample(Samples.SOUTHEND_REVIEW), LAC_FINDINGS, sentence))).stream()
                        .map(f -> f.toLowerCase(java.util.Locale.ROOT)).sorted().toList());
        // Two lists of Wingdings bullets (copied out of their font as section signs), the second's lead-in in lower case.
        String lists = "The review identified the following major strengths:\n\u00a7 Placement stability\n\u00a7 The support "
                + "provided by foster carers\n\u00a7 Ensuring looked after children and young people are physically healthy\n"
                + "\u00a7 Robust action in place to improve outcomes where necessary\nand the following important weaknesses:\n"
                + "\u00a7 High number of looked after children\n\u00a7 Timeliness of reviews\n\u00a7 Variability in the quality of "
                + "social work practice\n\u00a7 Inconsistent access to mental health services";
        assertEquals(findings(original), findings(read(rewritten(sample(Samples.SOUTHEND_REVIEW), LAC_FINDINGS, lists))));
    }

    @Test
    void aReviewQuotingAnAnnualRatingIsStillAReview() throws Exception {
        // The letter's reader recognises this sentence too; the review's title page decides which report it is.
        String text = rewritten(sample(Samples.SOUTHEND_REVIEW), "## Grades\n", "The council's children's services annual rating "
                + "for 2008 was that it performs well.\n\n## Grades\n");
        assertEquals(reviewGrades(read(sample(Samples.SOUTHEND_REVIEW))), reviewGrades(read(text)));
    }

    @Test
    void aLettersRatingAsAGradeOrRatingNamedInQuotesByABandOfItsKeyOrMarkedInATablesLastColumn() throws Exception {
        String unrated = rewritten(rewritten(sample(Samples.SOUTHEND_LETTER), RATING_SENTENCE, ""), RATING_TABLE, "");
        for (String sentence : List.of(
                "On Ofsted's four-point scale, Southend's children's services have achieved the second grade for 2009, \u201cperforms well\u201d.",
                "Southend's performance profile, on which the council's 2009 rating of 'performs well' is based, shows a council "
                        + "whose services are mostly good.",
                "Ratings are given in four bands:\n\n- Band 4 \u2013 performs excellently: services significantly exceed minimum "
                        + "requirements\n- Band 3 \u2013 performs well: services exceed minimum requirements\n- Band 2 \u2013 performs "
                        + "adequately: services meet only minimum requirements\n- Band 1 \u2013 performs poorly: services do not meet "
                        + "minimum requirements\n\nSouthend Borough Council's children's services have been placed in band 3 for 2009.",
                "Level\tWhat the level means\tSouthend, 2009\n4 Performs excellently\tSignificantly exceeds minimum requirements\t\n"
                        + "3 Performs well\tExceeds minimum requirements\tX\n2 Performs adequately\tMeets only minimum requirements\t\n"
                        + "1 Performs poorly\tDoes not meet minimum requirements\t")) {
            assertEquals(Optional.of(3), rating(read(unrated + "\n" + sentence + "\n")), sentence);
        }
        // The scale explained names every level: no rating.
        assertEquals(Optional.empty(), rating(read(unrated + "\nThe four grades, from the highest, are 'performs excellently', "
                + "'performs well', 'performs adequately' and 'performs poorly'.\n")));
    }

    @Test
    void recommendationsAsMinutesAndCodedByAKeyAfterTheirTable() throws Exception {
        List<String> expected = List.of("IMMEDIATE|partnership|share the findings of this review with children and young people",
                "LONGER_TERM|primary-care-trust|reduce waiting times for speech and language therapy",
                "SIX_MONTHS|council|improve the timeliness of initial assessments across the area");
        // Minutes' "X to do Y", numbered across timescale headings; a named primary care trust and the Children's Trust.
        assertEquals(expected, recommendations(read(Samples.reviewWithRecommendations("**Action now**\n\n1. The Children's Trust partnership to "
                + "share the findings of this review with children and young people.\n\n**Action within six months**\n\n"
                + "2. The council to improve the timeliness of initial assessments across the area.\n\n**Action over the longer "
                + "term**\n\n3. Southend Primary Care Trust to reduce waiting times for speech and language therapy.\n"))));
        // A code for each row's timescale, the key after the table.
        assertEquals(expected, recommendations(read(Samples.reviewWithRecommendations("Priority\tRecommendation\tLead\n"
                + "A\tShare the findings of this review with children and young people.\tPartnership\n"
                + "B\tImprove the timeliness of initial assessments across the area.\tCouncil\n"
                + "C\tReduce waiting times for speech and language therapy.\tPrimary care trust\n\n"
                + "Key to priority: A &ndash; immediate action; B &ndash; action within six months; C &ndash; action over the "
                + "longer term.\n"))).stream().map(x -> x.replaceFirst("\\|(\\p{Lu})", "|$1")).map(x -> {
                    String[] p = x.split("\\|", 3);
                    return p[0] + "|" + p[1] + "|" + p[2].substring(0, 1).toLowerCase(java.util.Locale.ROOT) + p[2].substring(1);
                }).toList());
    }

    @Test
    void outcomesGradedInARowBeneathThemASectionGradedInItsHeadingAndNumberedItemsThatAreNoHeadings() throws Exception {
        String sample = sample(Samples.SOUTHEND_REVIEW);
        Report original = read(sample);
        String text = rewritten(sample, "## Annex B\n", "\tBeing healthy\tStaying safe\tEnjoying and achieving\t"
                + "Making a positive contribution\tAchieving economic well-being\nGrade\t3 \u2013 good\t2 \u2013 adequate\t"
                + "4 \u2013 outstanding\t3 \u2013 good\t1 \u2013 inadequate\n\n## Annex B\n");
        List<String> apa = annexGrades(read(text)).stream().filter(g -> g.startsWith("ANNUAL_PERFORMANCE_ASSESSMENT|")).toList();
        assertEquals(List.of("ANNUAL_PERFORMANCE_ASSESSMENT|being-healthy=3", "ANNUAL_PERFORMANCE_ASSESSMENT|capacity-to-improve=3",
                "ANNUAL_PERFORMANCE_ASSESSMENT|economic-well-being=1", "ANNUAL_PERFORMANCE_ASSESSMENT|enjoying-and-achieving=4",
                "ANNUAL_PERFORMANCE_ASSESSMENT|overall=2", "ANNUAL_PERFORMANCE_ASSESSMENT|positive-contribution=3",
                "ANNUAL_PERFORMANCE_ASSESSMENT|staying-safe=2"), apa);
        // The looked after children's grade given only in its heading, and its findings as numbered lists under labels.
        String headed = rewritten(sample, "## Looked after children and young people\n", "## LOOKED AFTER CHILDREN AND YOUNG "
                + "PEOPLE (ADEQUATE)\n");
        headed = rewritten(headed, LAC_FINDINGS, "**What is working well**\n\n1. Placement stability\n2. The support provided "
                + "by foster carers\n3. Ensuring looked after children and young people are physically healthy\n4. Robust action "
                + "in place to improve outcomes where necessary\n\n**What needs to improve**\n\n1. High number of looked after "
                + "children\n2. Timeliness of reviews\n3. Variability in the quality of social work practice\n4. Inconsistent "
                + "access to mental health services");
        Report r = read(headed);
        assertEquals(reviewGrades(original), reviewGrades(r));
        assertEquals(findings(original), findings(r));
    }

    @Test
    void anAnnexTablesRowsRunTogetherAsAPdfsTextGivesThem() throws Exception {
        // A row's grade as number and word, in the annual performance assessment's words, or with the change since the last.
        String text = rewritten(sample(Samples.SOUTHEND_REVIEW), "## Annex B\n", "Aspect Grade Judgement\n\n"
                + "Being healthy 3 Good\n\nStaying safe Consistently delivers above minimum requirements\n\n"
                + "Enjoying and achieving 2 Lower (APA: 3)\n\n## Annex B\n");
        List<String> apa = annexGrades(read(text)).stream().filter(g -> g.startsWith("ANNUAL_PERFORMANCE_ASSESSMENT|")).toList();
        assertEquals(List.of("ANNUAL_PERFORMANCE_ASSESSMENT|being-healthy=3", "ANNUAL_PERFORMANCE_ASSESSMENT|capacity-to-improve=3",
                "ANNUAL_PERFORMANCE_ASSESSMENT|enjoying-and-achieving=2", "ANNUAL_PERFORMANCE_ASSESSMENT|overall=2",
                "ANNUAL_PERFORMANCE_ASSESSMENT|staying-safe=3"), apa);
    }
}
