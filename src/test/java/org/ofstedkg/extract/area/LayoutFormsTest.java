package org.ofstedkg.extract.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.ofstedkg.Samples;
import org.ofstedkg.extract.ExtractionException;
import org.ofstedkg.extract.Extractor;
import org.ofstedkg.extract.decode.Document;
import org.ofstedkg.extract.register.AuthorityRegister;
import org.ofstedkg.model.Assessment;
import org.ofstedkg.model.Report;

/**
 * The samples laid out as other offices and word processors laid out the same reports: a letter's date after a
 * label, its rating marked on the scale or given by its number; a review's recommendations in a table of any column
 * order or grouped by the body that should act, its findings as lists under a label, its service management under
 * another heading.
 */
class LayoutFormsTest {

    private static final Extractor EXTRACTOR = new Extractor(AuthorityRegister.bundled());

    private static Report read(String text) throws ExtractionException {
        return EXTRACTOR.extract(Document.of("layout.txt", text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Optional<Integer> rating(Report r) {
        return r.judgements().stream().filter(j -> j.assessment() == Assessment.ANNUAL_RATING).map(j -> j.grade().value())
                .findFirst();
    }

    /** Blackpool's letter (rated 3) with its rating row and sentence taken out, so only the form given states it. */
    private static String unrated() throws Exception {
        String letter = Samples.text(Samples.BLACKPOOL_LETTER);
        String without = letter.replace("Children's services rating\tPerforms well (3)\n", "")
                .replace("Children's services in Blackpool Borough Council perform well.", "");
        assertTrue(!without.equals(letter));
        return without;
    }

    @Test
    void aLettersDateMayFollowALabel() throws Exception {
        Report r = read(Samples.text(Samples.BLACKPOOL_LETTER).replace("\n9 December 2009\n", "\n**Date:** 9 December 2009\n"));
        assertEquals(LocalDate.of(2009, 12, 9), r.date());
    }

    @Test
    void theRatingMarkedOnTheScaleIsTheLetters() throws Exception {
        String scale = "4\tPerforms excellently\t";
        String well = "3\tPerforms well\t";
        for (String[] marks : new String[][] {{"\u25B6\t", "\t"}, {"[X] ", "[ ] "}}) {
            String text = unrated().replaceAll("(?m)^([1-4]\tPerforms)", marks[1] + "$1").replace(marks[1] + well, marks[0] + well);
            assertTrue(text.contains(marks[0] + well) && text.contains(marks[1] + scale), text);
            assertEquals(Optional.of(3), rating(read(text)), "marked with " + marks[0]);
        }
        // Bold alone marks it too; and a scale marked twice, or not at all, gives no rating (the letter says so).
        assertEquals(Optional.of(3), rating(read(unrated().replace(well, "**3\tPerforms well**\t"))));
        String twice = unrated().replace(well, "**3\tPerforms well**\t").replace(scale, "**4\tPerforms excellently**\t");
        Report unread = read(twice);
        assertEquals(Optional.empty(), rating(unread));
        assertTrue(unread.warnings().stream().anyMatch(w -> w.startsWith("no rating read")), unread.warnings().toString());
    }

    @Test
    void theRatingGivenByItsNumberOnTheScale() throws Exception {
        String text = unrated().replace("Children's services rating 2009\n", "Children's services rating 2009\n\nLevel: 3 of 4\n");
        assertEquals(Optional.of(3), rating(read(text)));
        String sentence = unrated().replace("Children's services rating 2009\n", "Children's services rating 2009\n\n"
                + "The rating for Blackpool is the second highest of the four on the scale - 'Performs well' - which means "
                + "that its services exceed minimum requirements.\n");
        assertEquals(Optional.of(3), rating(read(sentence)));
    }

    @Test
    void aRatingRowAsAPdfsTextSetsItAndAScaleCutByAPrintedLine() throws Exception {
        // The rating table's label, number and level on one line, as LibreOffice's PDF gives the row.
        String row = unrated().replace("Children's services rating 2009\n", "Children's services rating 2009\n\n"
                + "Rating 3 (performs well)\n");
        assertEquals(Optional.of(3), rating(read(row)));
        assertEquals(Optional.empty(), rating(read(unrated().replace("Children's services rating 2009\n",
                "Children's services rating 2009\n\nRating 4 (performs well)\n"))), "a number and words that disagree");
        // The scale explained across two blocks ("... down to 1" / "(performs poorly).") gives no level of its own.
        String cut = unrated().replace("Children's services rating 2009\n", "Children's services rating 2009\n\n"
                + "The scale runs from 4 (performs excellently) down to 1\n\n(performs poorly).\n\n"
                + "For 2009 the council is rated at the second-highest level, 3 (well).\n");
        assertEquals(Optional.of(3), rating(read(cut)));
    }

    /** Southend's review with its recommendations section replaced. */
    private static Report withRecommendations(String section) throws Exception {
        return read(Samples.reviewWithRecommendations(section));
    }

    private static List<String> recommendations(Report r) {
        return r.recommendations().stream().map(x -> x.timescale().slug() + " " + x.addressee().slug() + " " + x.text()).toList();
    }

    @Test
    void aTableOfRecommendationsInAnyColumnOrder() throws Exception {
        Report r = withRecommendations("| Recommendation | Timescale | Lead body |\n|---|---|---|\n"
                + "| Ensure that every referral receives a timely initial assessment | Immediate | Council |\n"
                + "| Agree a joint strategy for emotional well-being and mental health | Six months | Local partnership |\n"
                + "| Commission support for young carers in each area of the borough | Longer term | Primary care trust |\n");
        assertEquals(List.of("immediate council Ensure that every referral receives a timely initial assessment",
                "six-months partnership Agree a joint strategy for emotional well-being and mental health",
                "longer-term primary-care-trust Commission support for young carers in each area of the borough"),
                recommendations(r));
    }

    @Test
    void aTableOfRecommendationsWhoseMergedCellsAreBlank() throws Exception {
        // A timescale and a body stated once for the rows under them, and a table going on after a page break.
        Report r = withRecommendations("Timescale\tWho should act\tWhat should be done\n"
                + "Within six months\tThe local partnership should\tagree a joint strategy for emotional well-being\n"
                + "\t\tcommission support for young carers in each area\n"
                + "\tThe council should\tensure that every referral receives a timely initial assessment\n\n7\n\n"
                + "Timescale\tWho should act\tWhat should be done\n"
                + "\t\treview the cover for out of hours services\n"
                + "Over a longer period\tThe primary care trust should\timprove access to speech and language therapy\n");
        assertEquals(List.of("six-months partnership agree a joint strategy for emotional well-being",
                "six-months partnership commission support for young carers in each area",
                "six-months council ensure that every referral receives a timely initial assessment",
                "six-months council review the cover for out of hours services",
                "longer-term primary-care-trust improve access to speech and language therapy"), recommendations(r));
    }

    @Test
    void aScaleWithItsLevelTickedIsNoHeadingAndMarkedItemsLoseTheirMarks() throws Exception {
        String review = Samples.text(Samples.SOUTHEND_REVIEW);
        Report plain = read(review);
        String edited = review.replace("## Safeguarding\n", "## Safeguarding\n\nInadequate [ ]   Adequate [X]   Good [ ]   Outstanding [ ]\n")
                .replace("<p>The quality of leadership in social care.</p>", "<p>\u2713 The quality of leadership in social care.</p>")
                .replace("Major strengths\tImportant weaknesses\n<p>\u2713 The quality",
                        "Major strengths (continued)\tImportant weaknesses (continued)\n<p>\u2713 The quality");
        assertTrue(edited.contains("Adequate [X]") && edited.contains("\u2713 The quality") && edited.contains("(continued)"));
        Report r = read(edited);
        assertEquals(plain.judgements().stream().map(j -> j.area().slug() + " " + j.grade().value()).toList(),
                r.judgements().stream().map(j -> j.area().slug() + " " + j.grade().value()).toList());
        assertEquals(plain.findings().stream().map(f -> f.area().slug() + " " + f.kind() + " " + f.text()).toList(),
                r.findings().stream().map(f -> f.area().slug() + " " + f.kind() + " " + f.text()).toList());
    }

    @Test
    void aTableOfRecommendationsInAnyColumnOrderAsPdfTextSetsIt() throws Exception {
        // pdftotext -layout's columns, the recommendations first, their cells wrapped.
        Report r = withRecommendations("Recommendation                                          Timescale  Lead body" + "\n"
                + "Ensure that every referral receives a timely initial    Immediate  Council" + "\n"
                + "assessment" + "\n"
                + "Agree a joint strategy for emotional well-being and     Six months Local partnership" + "\n"
                + "mental health" + "\n"
                + "Commission support for young carers in each area of     Longer" + "\n"
                + "the borough                                             term       Primary care trust" + "\n");
        assertEquals(List.of("immediate council Ensure that every referral receives a timely initial assessment",
                "six-months partnership Agree a joint strategy for emotional well-being and mental health",
                "longer-term primary-care-trust Commission support for young carers in each area of the borough"),
                recommendations(r));
    }

    @Test
    void aTableOfRecommendationsByPositionWhoseMergedCellsAreBlank() throws Exception {
        // pdftotext -layout's columns under "What should be done", the timescale and body given once for two rows.
        Report r = withRecommendations("Timescale        Who should act        What should be done" + "\n"
                + "Within six       The council should    ensure that every referral receives a timely" + "\n"
                + "months                                 initial assessment." + "\n"
                + "                                       Agree a joint strategy for emotional well-being." + "\n"
                + "Longer term      The primary care      Commission support for young carers in each" + "\n"
                + "                 trust should          area of the borough." + "\n");
        assertEquals(List.of("six-months council ensure that every referral receives a timely initial assessment",
                "six-months council Agree a joint strategy for emotional well-being",
                "longer-term primary-care-trust Commission support for young carers in each area of the borough"),
                recommendations(r));
    }

    @Test
    void aTableOfRecommendationsCodedByPriorityAsPdfTextSetsItWithItsKeyAfter() throws Exception {
        // pdftotext -layout's columns, each code and body at its row's middle, the key after the table.
        Report r = withRecommendations("Priority   Recommendation                                  Lead body" + "\n"
                + "           Ensure that every referral receives a timely" + "\n"
                + "High       initial assessment                              Council" + "\n"
                + "           Agree a joint strategy for emotional well-being" + "\n"
                + "Medium     and mental health                               Local partnership" + "\n"
                + "Low        Commission support for young carers            Primary care trust" + "\n\n"
                + "Key to priorities: High - immediate action; Medium - within six months; Low - over the longer term." + "\n");
        assertEquals(List.of("immediate council Ensure that every referral receives a timely initial assessment",
                "six-months partnership Agree a joint strategy for emotional well-being and mental health",
                "longer-term primary-care-trust Commission support for young carers"), recommendations(r));
    }

    @Test
    void aLeadInAndATimescaleNoteRunOnToItemsAsPdftotextLayoutJoinsThem() throws Exception {
        Report r = withRecommendations("Recommendations follow. It is recommended that the local partnership:" + "\n"
                + "   1. agree a joint strategy for emotional well-being; and" + "\n"
                + "   2. commission support for young carers in each area. It is recommended that the council:" + "\n"
                + "   3. ensure that every referral receives a timely initial assessment. Inspectors expect each of the" + "\n"
                + "      recommendations above to have been carried out within six months." + "\n");
        assertEquals(List.of("six-months partnership agree a joint strategy for emotional well-being",
                "six-months partnership commission support for young carers in each area",
                "six-months council ensure that every referral receives a timely initial assessment"), recommendations(r));
    }

    /** A line of two columns as pdftotext -layout sets them: the right one's text from column 56. */
    private static String twoColumns(String left, String right) {
        return String.format(java.util.Locale.ROOT, "%-56s%s", left, right).stripTrailing() + "\n";
    }

    @Test
    void aTableOfRecommendationsAndTimescalesByPositionUnderBodyRowsOrALeadIn() throws Exception {
        // pdftotext -layout's two columns: each body named in a row of the recommendations' column, or by the lead-in;
        // timescales set beside the middle of their items; items in lower case cut where one ends with a full stop.
        Report r = withRecommendations(twoColumns("Recommendation", "Timescale") + twoColumns("The council should:", "")
                + twoColumns("\u2013 ensure that every referral receives a timely initial", "")
                + twoColumns("", "Immediately") + twoColumns("  assessment", "")
                + twoColumns("\u2013 recruit more foster carers for teenagers", "Longer term")
                + twoColumns("The primary care trust should:", "")
                + twoColumns("\u2013 reduce waiting times for speech therapy", "Within six") + twoColumns("", "months"));
        assertEquals(List.of("immediate council ensure that every referral receives a timely initial assessment",
                "longer-term council recruit more foster carers for teenagers",
                "six-months primary-care-trust reduce waiting times for speech therapy"), recommendations(r));
        r = withRecommendations("The council should:\n\nTimescale      Action" + "\n"
                + "               make sure that every referral is screened by a qualified" + "\n"
                + "Immediate      social worker within one working day." + "\n"
                + "               increase the number of social workers in the referral" + "\n"
                + "Immediate      team and reduce their caseloads." + "\n"
                + "6 months       introduce regular audit of case files by managers." + "\n"
                + "6 months       ensure that every looked after child has a care plan." + "\n");
        assertEquals(List.of("immediate council make sure that every referral is screened by a qualified social worker within "
                        + "one working day", "immediate council increase the number of social workers in the referral team and "
                        + "reduce their caseloads", "six-months council introduce regular audit of case files by managers",
                "six-months council ensure that every looked after child has a care plan"), recommendations(r));
    }

    @Test
    void recommendationsGroupedByAreaEachWithItsTimescaleAtItsEnd() throws Exception {
        // Headings of areas over the bodies that should act are the groups' headings, not the areas' sections; two
        // bodies addressed together are slugged without the article of each.
        Report r = withRecommendations("Safeguarding\n\nThe council should:\n\nensure that every contact is screened by a"
                + " qualified social worker. Timescale: immediate.\n\nThe council and the primary care trust should:\n\n"
                + "increase the attendance of health visitors at conferences. Timescale: within six months.\n\n"
                + "Service management\n\nThe local partnership should:\n\nextend the pooling of budgets (Timescale: longer term)\n");
        assertEquals(List.of("immediate council ensure that every contact is screened by a qualified social worker",
                "six-months council-and-primary-care-trust increase the attendance of health visitors at conferences",
                "longer-term partnership extend the pooling of budgets"), recommendations(r));
        assertEquals(List.of("safeguarding 2", "looked-after-children 2"), r.judgements().stream()
                .filter(j -> j.assessment() == Assessment.JOINT_AREA_REVIEW && List.of("safeguarding", "looked-after-children")
                        .contains(j.area().slug())).map(j -> j.area().slug() + " " + j.grade().value()).distinct().toList());
    }

    @Test
    void judgementsOfManagementAndOfTheAssessmentInOtherSentencesOrATableWithAColumnOfParagraphs() throws Exception {
        String review = Samples.text(Samples.SOUTHEND_REVIEW);
        String edited = review
                .replace("judged the council's children's services as adequate, and its capacity to improve as good.",
                        "judged that the council delivers an adequate level of service for children and young people, and that"
                        + " its capacity to improve is good.")
                .replace("85. The prioritisation of services for children and young people is adequate.",
                        "85. The partnership sets its priorities with care, and prioritisation is judged to be adequate.")
                .replace("91. Value for money is adequate.", "91. The partnership secures adequate value for money.")
                .replace("92. Performance monitoring is adequate.", "92. Arrangements for monitoring performance are adequate.")
                .replace("93. Performance management across the partnership is adequate and improving.",
                        "93. The management of performance is also adequate.")
                .replace("83. The ambition of the local partnership for services to children and young people is adequate.",
                        "Aspect of service management\tJudgement\tParagraphs\nAmbition\tAdequate\t83\u201384\n\n83. The"
                        + " local partnership has ambitions for its children.");
        assertTrue(edited.contains("delivers an adequate level") && edited.contains("secures adequate value")
                && edited.contains("monitoring performance are") && edited.contains("management of performance is")
                && edited.contains("prioritisation is judged") && edited.contains("Adequate\t83"));
        assertEquals(judgementsOf(read(review)), judgementsOf(read(edited)));
        // A denial grades nothing.
        Report denied = read(review.replace("91. Value for money is adequate.",
                "91. The partnership does not yet secure good value for money."));
        assertTrue(denied.judgements().stream().noneMatch(j -> j.area().slug().equals("value-for-money")));
    }

    @Test
    void gradeTablesAsAPdfsTextSetsThemWithGradesAfterADashOrAColumnOfParagraphs() throws Exception {
        String review = Samples.text(Samples.SOUTHEND_REVIEW);
        String edited = withCorporateAssessment(review, "Judgement Grade\n"
                + "Overall effectiveness of children's services 2 - adequate\nBeing healthy 2 - adequate\n"
                + "Staying safe 2 - adequate\nEnjoying and achieving 3 - good\nMaking a positive contribution 2 - adequate\n"
                + "Achieving economic well-being 3 - good\nService management 2 - adequate\nCapacity to improve 3 - good\n")
                .replace("91. Value for money is adequate.", "Aspect of service management Judgement Paragraphs\n"
                        + "Value for money Adequate 91\n\n91. The partnership looks at the costs of its services.");
        assertTrue(edited.contains("3 - good\nService") && edited.contains("Adequate 91\n"));
        assertEquals(judgementsOf(read(review)), judgementsOf(read(edited)));
    }

    @Test
    void aGradeTableWithItsGradeColumnFirstRunsTogetherInAPdfsText() throws Exception {
        String review = Samples.text(Samples.SOUTHEND_REVIEW);
        String edited = withCorporateAssessment(review, "Judgement of the corporate assessment Outcome\n"
                + "Adequate Overall effectiveness of children's services\nAdequate Being healthy\nAdequate Staying safe\n"
                + "Good Enjoying and achieving\nAdequate Making a positive contribution\nGood Achieving economic well-being\n"
                + "Adequate Service management\nGood Capacity to improve\n");
        assertEquals(judgementsOf(read(review)), judgementsOf(read(edited)));
    }

    /**
     * Two dev reviews whose findings tables are set on their side (each row's label in the middle of its row, beside
     * one cell of items or several across), typeset by LibreOffice: the PDF gives those rows' findings as the text does.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"jars-o/02-staffordshire, safeguarding",
            "jars-u/02-bradford, effectiveness-of-services-in-reducing-the-number-of-young-people-not-in-education-employment-or-training"})
    void aTableSetOnItsSideIsReadFromThePdfByWhereItsWordsStand(String document, String area) throws Exception {
        java.nio.file.Path unseen = Samples.home().resolve("src/test/resources/unseen");
        Report text = EXTRACTOR.extract(Document.read(unseen.resolve("dev/" + document + ".txt")));
        Report pdf = EXTRACTOR.extract(Document.read(unseen.resolve("renderings/libreoffice/dev/" + document + ".pdf")));
        List<String> expected = findingsOf(text, area);
        assertTrue(expected.size() >= 5, expected.toString());
        assertEquals(expected, findingsOf(pdf, area));
    }

    private static List<String> findingsOf(Report r, String area) {
        return r.findings().stream().filter(f -> f.area().slug().equals(area)).map(f -> f.kind() + " " + f.text()).toList();
    }

    /** The review with its corporate assessment annex's table replaced by these lines, as a PDF's text gives a table. */
    private static String withCorporateAssessment(String review, String lines) {
        int from = review.indexOf("### CORPORATE ASSESSMENT ACHIEVEMENT");
        int to = review.indexOf("## Annex C");
        assertTrue(from > 0 && to > from, "the sample's corporate assessment annex moved");
        return review.substring(0, from) + lines + "\n" + review.substring(to);
    }

    private static List<String> judgementsOf(Report r) {
        return r.judgements().stream().map(j -> j.assessment().slug() + " " + j.area().slug() + " " + j.grade().value())
                .distinct().sorted().toList();
    }

    @Test
    void recommendationsGroupedByTheBodyThatShouldAct() throws Exception {
        Report r = withRecommendations("The council should:\n\n- at once\n\n1. allocate every child in need to a qualified "
                + "social worker\n\n- within six months\n\n2. improve the timeliness of initial assessments\n\n"
                + "The primary care trust should:\n\n- within six months\n\n3. ensure that health professionals attend "
                + "child protection conferences\n\n- over the longer term\n\n4. extend the school nursing service\n");
        assertEquals(List.of("immediate council allocate every child in need to a qualified social worker",
                "six-months council improve the timeliness of initial assessments",
                "six-months primary-care-trust ensure that health professionals attend child protection conferences",
                "longer-term primary-care-trust extend the school nursing service"), recommendations(r));
    }

    @Test
    void findingsAsListsUnderTheirLabelAndServiceManagementUnderAnotherHeading() throws Exception {
        String review = Samples.text(Samples.SOUTHEND_REVIEW);
        var original = read(review);
        int from = review.indexOf("## Looked after children and young people");
        int to = review.indexOf("## Children and young people with learning difficulties");
        String section = review.substring(from, to);
        // The section's table set as two lists, each after a sentence naming its column.
        String lists = "The major strengths are:\n\n- Strong corporate parenting\n- Good placement stability\n\n"
                + "The important weaknesses are:\n\n- Too few local foster carers\n\n";
        int table = section.indexOf("Major strengths");
        String replaced = section.substring(0, table) + lists + section.substring(section.indexOf("30. The number", table));
        Report r = read(review.substring(0, from) + replaced + review.substring(to)
                .replace("## Service Management", "## Leadership and management of services"));
        assertEquals(List.of("strength Strong corporate parenting", "strength Good placement stability",
                "weakness Too few local foster carers"), r.findings().stream()
                .filter(f -> f.area().slug().equals("looked-after-children"))
                .map(f -> f.kind().slug() + " " + f.text()).toList());
        // Service management's judgements read under the other heading as under its own.
        assertEquals(grades(original, "service-management"), grades(r, "service-management"));
    }

    @Test
    void gradesMarkedInAGridUnderTheirColumns() throws Exception {
        String review = Samples.text(Samples.SOUTHEND_REVIEW);
        var original = read(review);
        int from = review.indexOf("## Annex B");
        int to = review.indexOf("## Annex C");
        String grid = "## Annex B\n\nCorporate assessment grades for children and young people\n\n"
                + "\tInadequate\tAdequate\tGood\tOutstanding\n" + gridRow(original, "overall", "Overall effectiveness")
                + gridRow(original, "being-healthy", "Being healthy") + gridRow(original, "staying-safe", "Staying safe")
                + gridRow(original, "enjoying-and-achieving", "Enjoying and achieving")
                + gridRow(original, "positive-contribution", "Making a positive contribution")
                + gridRow(original, "economic-well-being", "Achieving economic well-being")
                + gridRow(original, "service-management", "Service management")
                + gridRow(original, "capacity-to-improve", "Capacity to improve") + "\n";
        Report r = read(review.substring(0, from) + grid + review.substring(to));
        assertEquals(corporate(original), corporate(r));
        assertEquals(8, corporate(r).size());
    }

    @Test
    void theRatingGivenByBandDescriptionOrPlaceOnTheScale() throws Exception {
        String heading = "Children's services rating 2009\n";
        for (String form : new String[] {"Children's services annual rating 2009: Blackpool (band 3 of 4)",
                "Ofsted judges that the council's children's services exceed minimum requirements.",
                "Its services sit at the second highest of the four points on the scale.",
                "Rating\t3\n\t(performs\n\twell)"}) {
            String text = unrated().replace(heading, heading + "\n" + form + "\n");
            assertTrue(text.contains(form), form);
            assertEquals(Optional.of(3), rating(read(text)), form);
        }
        // The scale set out in a sentence names every level: no rating of its own.
        Report scale = read(unrated().replace(heading, heading + "\nThe scale runs from 4 (performs excellently) to 1 "
                + "(performs poorly).\n"));
        assertEquals(Optional.empty(), rating(scale));
    }

    @Test
    void aCouncilByItsLegalNameOrItsInitials() {
        AuthorityRegister register = AuthorityRegister.bundled();
        assertEquals("Sutton", register.resolve("The Mayor and Burgesses of the London Borough of Sutton").orElseThrow().name());
        assertEquals("Rotherham", register.resolve("Rotherham MBC").orElseThrow().name());
    }

    @Test
    void aReviewsGradesByDotLeadersOrTickedColumnsAndItsAreasInOtherWords() throws Exception {
        String review = Samples.text(Samples.SOUTHEND_REVIEW);
        Report original = read(review);
        String leaders = review.replace("Safeguarding\t2\n", "Safeguarding . . . . . . . . . . . .\u00A02\n")
                .replace("Looked after children\t2\n", "Looked after children . . . . . . . . 2\n");
        assertEquals(grades(original, "safeguarding"), grades(read(leaders), "safeguarding"));
        assertEquals(grades(original, "looked-after-children"), grades(read(leaders), "looked-after-children"));
        String ticked = review.replace("\tLocal services overall\n", "| Area | 1 Inadequate | 2 Adequate | 3 Good | 4 Outstanding |\n")
                .replace("Safeguarding\t2\n", "| Safeguarding | | \u2713 | | |\n").replace("Capacity to improve\t3\n", "| Capacity to improve | | | \u2713 | |\n");
        assertEquals(grades(original, "safeguarding"), grades(read(ticked), "safeguarding"));
        assertEquals(grades(original, "capacity-to-improve"), grades(read(ticked), "capacity-to-improve"));
        // A section headed in other words, its judgement in its first paragraph, is still its area's.
        String renamed = review.replace("## Safeguarding\n", "## Protecting children and young people from harm\n");
        assertTrue(!renamed.equals(review));
        assertEquals(findings(read(review), "safeguarding"), findings(read(renamed), "safeguarding"));
    }

    @Test
    void recommendationsByDeadlineAndUnderALabelNamingTheirBody() throws Exception {
        String review = Samples.text(Samples.SOUTHEND_REVIEW);
        String relabelled = review.replace("### For immediate action\n", "### Without delay\n")
                .replace("### For action over the next six months\n", "### To be completed by the end of August 2008\n");
        Report original = read(review);
        Report r = read(relabelled);
        assertTrue(!relabelled.equals(review));
        assertEquals(original.recommendations().stream().map(x -> x.timescale() + " " + x.text()).toList(),
                r.recommendations().stream().map(x -> x.timescale() + " " + x.text()).toList());
    }

    /** Southend's review with its looked after children's findings table given instead in the form passed. */
    private static List<String> lookedAfterFindings(String form) throws Exception {
        String review = Samples.text(Samples.SOUTHEND_REVIEW);
        int from = review.indexOf("## Looked after children and young people");
        int table = review.indexOf("Major strengths", from);
        int to = review.indexOf("30. The number", table);
        return findings(read(review.substring(0, table) + form + "\n\n" + review.substring(to)), "looked-after-children");
    }

    @Test
    void findingsTablesWithColumnsInAnyOrderBesideOthersOrSetOnTheirSide() throws Exception {
        List<String> expected = List.of("STRENGTH Good placement stability", "STRENGTH Active Children in Care Council",
                "WEAKNESS Too many children placed outside the city");
        // The weaknesses column first, each cell's items as paragraphs.
        assertEquals(expected, lookedAfterFindings("Weaknesses\tStrengths\n"
                + "<p>Too many children placed outside the city.</p>\t<p>Good placement stability.</p><p>Active Children in Care Council.</p>"));
        // A column of themes before the two; a cell's last words broken onto the next line.
        assertEquals(expected, lookedAfterFindings("Theme\tStrengths\tWeaknesses\n"
                + "Placements\tGood placement stability.\tToo many children placed outside\nthe city.\n"
                + "Voice\tActive Children in Care Council.\t"));
        // A column of each item's kind, and one of the paragraphs that speak of it.
        assertEquals(expected, lookedAfterFindings("Finding\tStrength or weakness\tSee paragraph\n"
                + "Good placement stability\tStrength\t31\nActive Children in Care Council\tStrength\tparas 33-34\n"
                + "Too many children placed outside the city\tWeakness\t32"));
        // Set on its side, each column's items in one cell.
        assertEquals(expected, lookedAfterFindings("Strengths\tGood placement stability<br>Active Children in Care Council\n"
                + "Weaknesses\tToo many children placed outside the city"));
    }

    @Test
    void findingsListedInTheProseThatNamesTheirColumn() throws Exception {
        // A sentence naming the column, then the items as the paragraph's sentences.
        assertEquals(List.of("STRENGTH Placements are stable", "STRENGTH Children in care are consulted well",
                "WEAKNESS Too many children live outside the borough"), lookedAfterFindings(
                "Inspectors identified these major strengths. Placements are stable. Children in care are consulted well.\n\n"
                + "Inspectors identified these important weaknesses. Too many children live outside the borough."));
        // The list ends the sentence, its items parted by commas ("education, employment or training" is one item's).
        assertEquals(List.of("STRENGTH good tracking of care leavers", "STRENGTH a wide choice of courses for young people aged 16 to 18",
                "STRENGTH effective support for teenage parents", "WEAKNESS a high proportion of care leavers not in education, "
                + "employment or training", "WEAKNESS weak links with employers"), lookedAfterFindings(
                "The main strengths are good tracking of care leavers, a wide choice of courses for young people aged 16 to 18,"
                + " and effective support for teenage parents.\n\nThe main weaknesses are a high proportion of care leavers"
                + " not in education, employment or training, and weak links with employers."));
        // Lettered items, the second label in the paragraph's next sentence.
        assertEquals(List.of("STRENGTH the well-regarded leaving care service, which has built trust over many years",
                "STRENGTH good health assessments", "WEAKNESS very low attendance at secondary school",
                "WEAKNESS limited co-ordination between the council, district councils and health services"),
                lookedAfterFindings("Inspectors identified as major strengths (a) the well-regarded leaving care service, which has"
                + " built trust over many years; and (b) good health assessments. The important weaknesses are (c) very low"
                + " attendance at secondary school; and (d) limited co-ordination between the council, district councils and"
                + " health services."));
        // A summary's sentence naming weaknesses is the text's own prose, not a list of findings.
        assertEquals(List.of(), lookedAfterFindings("In summary, outcomes are good. Placements are stable. The main weaknesses"
                + " are the number of children placed away from the borough and delays in pathway planning."));
        // Nor is a sentence that only speaks of weaknesses.
        assertEquals(List.of(), lookedAfterFindings("Staffing shortages lie behind many of these weaknesses. At the time of"
                + " the review, 22% of posts were vacant."));
    }

    @Test
    void findingsColumnsAsPdfTextSetsThemBulletedOrWithoutStops() throws Exception {
        // pdftotext -layout's columns: the weaknesses' bullets hung left of their header, a hyphen at a line's end.
        assertEquals(List.of("STRENGTH Good early identification and multi-agency support for young children",
                "STRENGTH Efficient statutory assessment", "WEAKNESS Uneven transition arrangements to adult services",
                "WEAKNESS Long waits for occupational therapy"), lookedAfterFindings(String.join("\n",
                "Strengths                                    Weaknesses",
                "   \u2022 Good early identification and multi-    \u2022 Uneven transition arrangements to adult",
                "     agency support for young children          services",
                "   \u2022 Efficient statutory assessment           \u2022 Long waits for occupational therapy")));
        // Items with no full stops, one running to the column's edge; a proper name wrapped onto the next line; a list
        // parted by semicolons, but for one semicolon joining an item's two clauses.
        assertEquals(List.of("STRENGTH Very good educational progress of looked after children",
                "STRENGTH Excellent participation through the Children in Care Council",
                "WEAKNESS Too few placements for sibling groups within the county", "WEAKNESS Slow referral",
                "WEAKNESS a stretched workforce", "WEAKNESS an ineffective board",
                "WEAKNESS Late reviews; the backlog is growing"), lookedAfterFindings(String.join("\n",
                "Major strengths                                           Important weaknesses",
                "Very good educational progress of looked after children   Too few placements for sibling groups within",
                "Excellent participation through the Children in Care      the county",
                "Council                                                   Slow referral; a stretched workforce; an",
                "                                                          ineffective board",
                "                                                          Late reviews; the backlog is growing")));
    }

    @Test
    void findingsCodedByKindOrUnderHeadersQualifiedAfterTheirNoun() throws Exception {
        List<String> expected = List.of("STRENGTH Good placement stability", "STRENGTH Active Children in Care Council",
                "WEAKNESS Too many children placed outside the city");
        // A table of coded items, the codes' key under it.
        assertEquals(expected, lookedAfterFindings("| Ref | Finding |\n|---|---|\n| MS1 | Good placement stability |\n"
                + "| MS2 | Active Children in Care Council |\n| IW1 | Too many children placed outside the city |\n\n"
                + "*MS: major strength. IW: important weakness.*"));
        // Codes of other letters, which only the key explains; the table as a PDF's text sets it, one item wrapped.
        assertEquals(expected, lookedAfterFindings("Ref Finding\nG1 Good placement stability\nG2 Active Children in Care\n"
                + "Council\nD1 Too many children placed outside the city\nG = strength; D = weakness"));
        // Each header names its kind before its qualifier, the items lettered under it, in one block or cut by a page break.
        assertEquals(expected, lookedAfterFindings("Strengths judged to be major\na.  Good placement stability.\n"
                + "b.  Active Children in Care Council.\nWeaknesses judged to be important\na.  Too many children placed outside"
                + " the city."));
        assertEquals(expected, lookedAfterFindings("Strengths judged to be major\na. Good placement stability.\n\n"
                + "b. Active Children in Care Council.\n\nWeaknesses judged to be important\na. Too many children placed outside"
                + " the city."));
        // Each list after a sentence that names its kind, the second's verb after the kind.
        assertEquals(expected, lookedAfterFindings("Inspectors found these principal strengths:\n\n- Good placement stability.\n"
                + "- Active Children in Care Council.\n\nAgainst these, the following important weaknesses were found:\n\n"
                + "- Too many children placed outside the city."));
        // Codes whose letters no key explains are not items' kinds.
        assertEquals(List.of(), lookedAfterFindings("Ref Finding\nKS2 Good placement stability\nKS4 Too many children placed"));
    }

    @Test
    void findingsColumnsByPositionNumberedWrappedUnderTheirBulletsOrGoingOnOverAPage() throws Exception {
        // Items numbered from 1 in each column (the review's own numbered paragraph ends the table); the table goes on
        // after a page number and a running header, under its headers repeated where the columns now stand.
        assertEquals(List.of("STRENGTH Good placement stability", "STRENGTH Active Children in Care Council",
                "STRENGTH Good health assessments", "WEAKNESS Too many children placed outside the city",
                "WEAKNESS Delays in pathway planning"), lookedAfterFindings(String.join("\n",
                "Major strengths                         Important weaknesses",
                "1. Good placement stability.            1. Too many children placed outside",
                "2. Active Children in Care Council.     the city.",
                "9",
                "Southend joint area review    March 2008",
                "Major strengths (continued)                 Important weaknesses (continued)",
                "3. Good health assessments.                 2. Delays in pathway planning.")));
        // Bulleted items whose wrapped lines start under the bullet, not under the item's text; the rows not level.
        assertEquals(List.of("STRENGTH Prompt arrangements for contact and referral", "STRENGTH Good placement stability",
                "WEAKNESS Variable quality of child protection plans", "WEAKNESS Insufficient challenge by the local safeguarding"
                + " board"), lookedAfterFindings(String.join("\n",
                "Major strengths                         Important weaknesses",
                "\u2022 Prompt arrangements for contact",
                "                                        \u2022 Variable quality of child protection plans.",
                "and referral.",
                "                                        \u2022 Insufficient challenge by the local",
                "\u2022 Good placement stability.",
                "                                        safeguarding board.")));
    }

    @Test
    void headingsInCapitalsWrappedLetteredWithOneSpaceOrOverTheScaleOnOneLine() throws Exception {
        String review = Samples.text(Samples.SOUTHEND_REVIEW);
        String typeset = review.replace("## Grades\n", "D GRADES\n")
                .replace("## **Equality and diversity**\n", "F EQUALITY & DIVERSITY\n")
                .replace("## **An investigation into the effectiveness of services for Young Carers**\n",
                        "AN INVESTIGATION INTO THE EFFECTIVENESS OF SERVICES\nFOR YOUNG CARERS\n")
                .replace("## Looked after children and young people\n\nInadequate\n\nAdequate\n\nGood\n\nOutstanding\n",
                        "Looked after children and young people\n\nInadequate Adequate Good Outstanding\n");
        assertTrue(typeset.contains("F EQUALITY") && typeset.contains("FOR YOUNG CARERS") && typeset.contains("Inadequate Adequate"));
        Report original = read(review);
        Report r = read(typeset);
        assertEquals(original.judgements().stream().map(j -> j.assessment().slug() + " " + j.area().slug() + " " + j.grade().value())
                .sorted().toList(), r.judgements().stream().map(j -> j.assessment().slug() + " " + j.area().slug() + " "
                + j.grade().value()).sorted().toList());
        assertEquals(original.findings().stream().map(f -> f.area().slug() + " " + f.text()).sorted().toList(),
                r.findings().stream().map(f -> f.area().slug() + " " + f.text()).sorted().toList());
    }

    private static List<String> findings(Report r, String area) {
        return r.findings().stream().filter(f -> f.area().slug().equals(area)).map(f -> f.kind() + " " + f.text()).toList();
    }

    /** A grid's row: the label, then an X under the column of the corporate assessment's grade of the area. */
    private static String gridRow(Report r, String area, String label) {
        int grade = r.judgements().stream().filter(j -> j.assessment() == Assessment.CORPORATE_ASSESSMENT
                && j.area().slug().equals(area)).findFirst().orElseThrow(() -> new AssertionError(area)).grade().value();
        StringBuilder row = new StringBuilder(label);
        for (int g = 1; g <= 4; g++) {
            row.append('\t').append(g == grade ? "X" : "");
        }
        return row.append('\n').toString();
    }

    private static List<String> corporate(Report r) {
        return r.judgements().stream().filter(j -> j.assessment() == Assessment.CORPORATE_ASSESSMENT)
                .map(j -> j.area().slug() + " " + j.grade().value()).sorted().toList();
    }

    private static List<String> grades(Report r, String area) {
        return r.judgements().stream().filter(j -> j.area().slug().equals(area))
                .map(j -> j.assessment().slug() + " " + j.grade().value()).sorted().toList();
    }
}
