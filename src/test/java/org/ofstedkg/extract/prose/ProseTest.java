package org.ofstedkg.extract.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ofstedkg.Samples;
import org.ofstedkg.extract.ExtractionException;
import org.ofstedkg.extract.Extractor;
import org.ofstedkg.extract.decode.Block;
import org.ofstedkg.extract.decode.Document;
import org.ofstedkg.extract.decode.MappedText;
import org.ofstedkg.extract.register.AuthorityRegister;
import org.ofstedkg.model.ServiceJudgement;
import org.ofstedkg.model.Statistic;

/** Figures and service judgements in sentences that other councils' reports write. */
class ProseTest {

    private static List<Statistic> figures(String sentence) throws Exception {
        Document doc = Document.of("s.txt", (sentence + "\n").getBytes(StandardCharsets.UTF_8));
        return Figures.in(doc, doc.blocks().get(0).text());
    }

    private static String values(String sentence) throws Exception {
        return String.join(" ", figures(sentence).stream()
                .map(f -> f.value().stripTrailingZeros().toPlainString() + f.unit().slug().charAt(0)).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Savings of £1,800,000 were made and £250,000 reinvested.| 1800000p 250000p",
            "A budget of £1.2 billion.| 1200000000p",
            "The council's 156 foster carers and the borough's 45 schools.| 156c 45c",
            "The YMCA film 'Killer in a Can' was seen by 2000 young people.| 2000c",
            "In all, 2,000 referrals were received.| 2000c",
            "Some 85 per cent of pupils attend.| 85p",
            "Twenty one carers and twenty-four families attended.| 21c 24c",
            "About two hundred pupils took part.| 200c",
            "One in five pupils and no one else; 16 to 19 year olds.| ''",
            "It rose from 77% in 2007-08 to 92% in 2008-09.| 77p 92p",
            "A reference number 12345678901234 is not a figure.| ''",
            // A link is passed over whole: no phrase that makes a number no figure ("annex 4") starts inside it.
            "See http://www.ofsted.gov.uk/reports/annex 4 children were placed out of area.| 4c",
            "The data (https://www.gov.uk/key stage 2 results) show 120 pupils improved.| 2c 120c",
            "Read http://example.org/report-2009.pdf and its 12 annexes.| 12c",
            // Tens past fifty, and "per cent" after a number in words.
            "Seventy-eight per cent of assessments were on time, and ninety carers were approved.| 78p 90c",
            // The rating scale's levels, a rating's value and "one" as a pronoun are no figures; nor is an age range after "at".
            "The scale has four bands: 4, performs excellently; 3, performs well; 2, performs adequately; 1, performs poorly.| ''",
            "The council is placed in band 2, and its rating for 2009 is therefore 3.| ''",
            "This year is a transitional one.| ''",
            "The proportion not in education at 16 to 18 is 8.4%.| 8.4p",
            // A count in millions (in pounds when it says so); a part's place in the report, the scale's levels with their
            // words in brackets and a Markdown footnote's mark are no figures.
            "It has a population of approximately 1.1 million and spent 2 million pounds.| 1100000c 2000000p",
            "Additional investigation 1 of 2| ''",
            "Ratings are made on a four-point scale, from 4 (performs excellently) to 1 (performs poorly).| ''",
            "The proportion fell to 9.2% in 2008.[^1]| 9.2p",
            // Round 13: a grades' key in ascending order is no figure; a count after "the year" is no school year.
            "Its grades were as follows (1 inadequate, 2 adequate, 3 good, 4 outstanding).| ''",
            "During the year three secondary schools were placed in special measures, and Year 9 pupils did well.| 3c",
            "Provision for children under five comprises 12 nurseries.| 12c"})
    void figures(String sentence, String expected) throws Exception {
        assertEquals(expected, values(sentence));
    }

    /** Every sentence of the sample reports. */
    private static List<String> sampleSentences() throws Exception {
        List<String> sentences = new java.util.ArrayList<>();
        for (var file : org.ofstedkg.pipeline.Pipeline.files(List.of(Samples.reports()))) {
            Document doc = Document.read(file);
            doc.blocks().forEach(b -> b.sentences().forEach(x -> sentences.add(x.toString())));
        }
        return sentences;
    }

    /**
     * The Every Child Matters rules are tried only on text that holds one of the phrases they need: they must
     * find what their patterns find, on every sentence of the samples and on the edges of their words.
     */
    @Test
    void theOutcomeRulesFindWhatTheirPatternsFind() throws Exception {
        List<String> sentences = new java.util.ArrayList<>(List.of("HEALTH", "unhealthy", "health_care", "Safeguarding",
                "unsafe", "stay Safe", "enjoy and achieve", "Attainment", "achievements", "nonpositive contribution",
                "re-offending", "Anti-Social Behaviour", "antisocial behaviour", "economic wellbeing", "Economic Well-Being",
                "unemployment", "NEET", "neets", "not in education, employment", "he\u212Alth", "\u00e9health",
                "safe\u00e9", "health\u0301", "x_safe"));
        sentences.addAll(sampleSentences());
        int found = 0;
        for (String s : sentences) {
            for (AreaRule rule : EveryChildMatters.RULES) {
                boolean plain = rule.pattern().matcher(s).find();
                assertEquals(plain, rule.matches(s), rule.area() + " in: " + s);
                found += plain ? 1 : 0;
            }
        }
        assertTrue(found > 100, "the samples speak of the outcomes: " + found);
    }

    /**
     * The one-pass check that skips NUMBER's scan must never skip a sentence NUMBER matches: every sentence
     * of the samples, and sentences made to sit on the edges of its rules.
     */
    @Test
    void theQuickCheckForANumberNeverSkipsOneTheFullPatternFinds() throws Exception {
        List<String> sentences = new java.util.ArrayList<>(List.of("ONE pupil", "Twenty-Four", "x£y", "item7",
                "élèveone", "one_two", "onex", "no figures at all here", "FIFTY", "forty\u00a0two", "sixteen", "tens"));
        sentences.addAll(sampleSentences());
        int withNumber = 0;
        for (String s : sentences) {
            boolean matches = Figures.NUMBER.matcher(s).find();
            assertTrue(Figures.mayHoldNumber(s) || !matches, "skipped a sentence with a number: " + s);
            withNumber += matches ? 1 : 0;
        }
        assertTrue(withNumber > 50 && withNumber < sentences.size() - 50, withNumber + " of " + sentences.size());
        assertEquals(false, Figures.mayHoldNumber("tens often hundreds"));
        assertEquals(true, Figures.mayHoldNumber("sixteen pupils"));
    }

    /**
     * The exclusion scan tried only where a phrase may start, and the look for "approximately" near the number,
     * must find what the plain patterns find: every sentence of the samples and sentences on the edges of their
     * rules (word starts after letters, digits, underscores and accented letters; quotes; dates; long runs of
     * spaces and pound signs; line terminators).
     */
    @Test
    void theQuickScansFindWhatThePlainPatternsFind() throws Exception {
        List<String> sentences = new java.util.ArrayList<>(List.of("aged 11 to 16 and years 7", "xaged 11", "_one of",
                "\u00e9one of them", "9one of", "Key Stage 2 and Level 4", "the 'Year 6' report, 12 May", "2012 May 3",
                "no one in 5", "one of 3", "'a 5' b'c 6'd", "performs well (3) and 4", "16 to 19-year olds",
                "about  \u00a3 5", "some\t\u00a35", "approximately\u0085 7", "in the region of 300", "xabout 5",
                "about\n\n 5", "over\u2029 12", "nearly\r\n4", "fabout 2", "a third of 9", "one thirds 4", "ONE OF 7"));
        sentences.addAll(sampleSentences());
        for (String s : sentences) {
            boolean[] plain = new boolean[s.length()];
            java.util.regex.Matcher not = Figures.NOT_FIGURES.matcher(s);
            while (not.find()) {
                java.util.Arrays.fill(plain, not.start(), not.end(), true);
            }
            assertTrue(java.util.Arrays.equals(plain, Figures.excluded(s)), "exclusions differ in: " + s);
            for (int at = 0; at <= s.length(); at++) {
                assertEquals(Figures.APPROXIMATE.matcher(s.substring(0, at)).find(), Figures.approximateBefore(s, at),
                        "approximate before " + at + " differs in: " + s);
            }
        }
        assertTrue(Figures.approximateBefore("some \u00a35", 6));
        assertTrue(Figures.excluded("aged 11")[6]);
    }

    @Test
    void periodsWithDashesAndALeadingYear() throws Exception {
        var f = figures("It rose from 77% in 2007\u201308 to 92% in 2008\u201309.");
        assertEquals(List.of("2007-08", "2008-09"), f.stream().map(x -> x.period().orElse("")).toList());
        assertEquals(List.of("2006"), figures("In 2006, 37% of young people were in work-based learning.").stream()
                .map(x -> x.period().orElse("")).toList());
    }

    @Test
    void theNationalAverageIsTheComparatorOfTheLastPercentageBeforeIt() throws Exception {
        var f = figures("In similar areas 60%, and here 58% compared with the national average of 86%.");
        assertEquals(List.of("", "national average 86", ""), f.stream().map(x -> x.comparator().orElse("")).toList());
    }

    /** The service judgements of a one-paragraph text. */
    private static List<ServiceJudgement> serviceJudgements(String sentence) throws Exception {
        Document doc = Document.of("s.txt", (sentence + "\n").getBytes(StandardCharsets.UTF_8));
        ServiceStatements s = new ServiceStatements(doc);
        doc.blocks().get(0).sentences().forEach(s::read);
        return s.judgements();
    }

    private static List<String> services(String sentence) throws Exception {
        return serviceJudgements(sentence).stream().map(ProseTest::describe).toList();
    }

    private static String describe(ServiceJudgement j) {
        return j.service().slug() + " " + j.grade().value() + j.count().map(c -> " x" + c).orElse("");
    }

    @Test
    void aLaterGradeOfAnotherSubjectIsNotTheServices() throws Exception {
        assertEquals(List.of("primary-schools 3"),
                services("Primary schools are good and outcomes for children in care are inadequate."));
        assertEquals(List.of("childrens-homes 3 x3", "childrens-homes 2 x2"), services(
                "Children's homes are judged to be good or better in three out of the five settings with adequate "
                        + "performance in the rest."));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // Grades paired one by one with the services named together.
            "The adoption agency and the fostering agency were rated good and outstanding respectively.|adoption-agency 3, fostering-agency 4",
            // A past grade set aside between commas gives way to the grade that stands.
            "Its fostering service, judged inadequate in 2006, has since been found good.|fostering-agency 3",
            "Adoption, found inadequate at its last inspection, is now good.|adoption-agency 3",
            "The pupil referral unit, which was satisfactory last year, is now good.|pupil-referral-unit 3",
            "Private fostering was judged inadequate in 2008 but, on re-inspection in 2009, was found to be satisfactory.|private-fostering 2",
            "Secondary schools were good in 2009 but special schools are satisfactory.|secondary-schools 3, special-schools 2",
            // A denial of another verb, before a clause of its own, does not deny the grade in it.
            "The fostering agency has not been inspected again since it was judged satisfactory in 2007.|fostering-agency 2",
            "Private fostering has not been inspected since 2008, when it was found to be good.|private-fostering 3",
            "The fostering agency has not been judged good since it opened.|''",
            // A past grade that still stands, with no later grade, is kept.
            "Its fostering service, judged good in 2007, has kept that grade.|fostering-agency 3",
            // The grade as a noun the service is given, or of what it provides.
            "The FE college received a good grade in 2008.|further-education 3",
            "The pupil referral units received satisfactory judgements.|pupil-referral-unit 2",
            "Outstanding judgements went to both special schools.|special-schools 4",
            "The children's homes are of consistently good quality.|childrens-homes 3",
            "Three of the four nursery schools provide an outstanding education.|nursery 4 x3",
            // Round 11: the grade of what a service's learners receive, a judgement something resulted in, "all of" a quality.
            "Learners in the county's further education colleges receive good provision.|further-education 3",
            "The fostering service's last inspection resulted in an inadequate judgement, and the adoption agency was satisfactory.|fostering-agency 1, adoption-agency 2",
            "The nursery schools are all of outstanding quality.|nursery 4",
            // A relative clause of the service's own is not denied by what the main clause denies.
            "Inspectors had no significant concerns about private fostering, which they judged satisfactory.|private-fostering 2",
            "Ofsted inspected the adoption agency and the fostering agency: the first was found satisfactory and the second good.|adoption-agency 2, fostering-agency 3",
            // The whole a part of is graded is no count; each kind its own number.
            "The majority of the 52 secondary schools received a satisfactory grade, and five secondary schools and 14 primary schools are judged inadequate.|secondary-schools 2, secondary-schools 1 x5, primary-schools 1 x14",
            // A later sentence whose subject stands for the services the one before named.
            "There are 39 secondary schools. At their latest inspections 21 were good or outstanding and 15 satisfactory, leaving three judged inadequate.|secondary-schools 3 x21, secondary-schools 2 x15, secondary-schools 1 x3",
            "There are 47 secondary schools. Of the 47, six were found inadequate at their last inspection.|secondary-schools 1 x6",
            "There are ten special schools. Inspectors rated seven of them good. Two are outstanding, and the last is satisfactory.|special-schools 3 x7, special-schools 4 x2, special-schools 2 x1",
            "Hackney has two children's homes. Both are outstanding.|childrens-homes 4 x2",
            "Four children's homes are run by the council. One of these homes is good; the others are adequate.|childrens-homes 3 x1, childrens-homes 2 x3",
            "The council runs a fostering service. The service was judged good in 2008.|fostering-agency 3",
            "The pupil referral unit has been inspected twice; on both occasions it was judged satisfactory.|pupil-referral-unit 2",
            // The grade before its verb and service, after a comma; the most common grade; the number excepted is no count.
            "Outstanding, too, is the adoption agency.|adoption-agency 4",
            "Care is good in eight of the 11 children's homes the council runs; the remaining homes are satisfactory.|childrens-homes 3 x8, childrens-homes 2",
            "Attainment is good in most primary schools.|''",
            "Of the 86 primary schools, 71 are good or outstanding; of the 14 secondary schools, 12.|primary-schools 3 x71, secondary-schools 3 x12",
            // A grade given again by reference, unless denied.
            "Inspectors found the adoption agency outstanding, and they reached the same conclusion about the fostering agency.|adoption-agency 4, fostering-agency 4",
            "The adoption agency, judged outstanding in 2009, is matched by the fostering service, which received the same judgement in 2008.|adoption-agency 4, fostering-agency 4",
            "The adoption agency is good, but the fostering agency did not receive the same judgement.|adoption-agency 3",
            "Adoption is outstanding. So too is the fostering agency, which has 207 carers.|adoption-agency 4, fostering-agency 4",
            "Private fostering is handled well: the arrangements are good.|private-fostering 3",
            "Most childminders provide care and education of good quality.|childminders 3",
            "Eighty-one per cent of childcare on non-domestic premises is good or outstanding.|childcare 3",
            "Good is the most common judgement for the borough's primary schools.|primary-schools 3",
            "All the secondary schools bar one are good; that one is satisfactory.|secondary-schools 3, secondary-schools 2 x1",
            "Childminders offer satisfactory care, and the same is true of out of school clubs.|childminders 2, childcare 2",
            // One of two services just named; one of two of one kind.
            "The adoption service and the fostering service were inspected; the latter is adequate, the former good.|fostering-agency 2, adoption-agency 3",
            "Two serious case reviews were evaluated: the first was judged good, the second inadequate.|serious-case-review 3 x1, serious-case-review 1 x1",
            // Grades listed together, a split between two grades, an elliptic verb, a clause that includes services.
            "Of the four special schools, the grades are outstanding, good and satisfactory.|special-schools 4 x4, special-schools 3, special-schools 2",
            "Secondary schools are divided equally between good and satisfactory.|secondary-schools 3, secondary-schools 2",
            "Of 40 primary schools, 30 are good; of nine secondary schools, six are.|primary-schools 3 x30, secondary-schools 3 x6",
            "Most early years settings are good, which includes childminders.|childminders 3",
            // A comparative of another part of the sentence, or after a comma, is not a denial.
            "Childminders are less uniform, ranging from satisfactory to good.|childminders 2",
            "Six children's homes are good, and the proportion of good special schools is lower than nationally.|childrens-homes 3 x6",
            // Shares and fractions are not counts; an exception makes the count the rest.
            "Of the 120 primary schools, 70% are good.|primary-schools 3",
            "Two thirds of childminders are good.|childminders 3",
            "The five children's homes are good with the exception of one, which is adequate.|childrens-homes 3 x4, childrens-homes 2 x1",
            // Services named in other words.
            "The Pupil Referral & Tuition Service is good.|pupil-referral-unit 3",
            "Sixth-form provision is outstanding.|sixth-forms 4",
            "Arrangements for privately fostered children are adequate.|private-fostering 2",
            "Private fostering arrangements are no more than satisfactory.|private-fostering 2",
            // Round 12's forms: "respectively" after the grades' noun; a grade as the noun a service is given ("produced a
            // satisfactory grade"), coordinated or in quotes; "as did"; an ordinal with the verb left out; "mostly of good
            // quality"; each grade with the service it is for.
            "The pupil referral unit and the further education college received outstanding and good grades respectively at their last inspections.|pupil-referral-unit 4, further-education 3",
            "The further education college's last inspection produced a satisfactory grade.|further-education 2",
            "The council's fostering agency achieved a \u201Csatisfactory\u201D judgement, as did its adoption agency.|fostering-agency 2, adoption-agency 2",
            "Two of the three council children's homes achieved an outstanding grade, and the third a good grade.|childrens-homes 4 x2, childrens-homes 3 x1",
            "Childminding and childcare on non-domestic premises are mostly of good quality.|childminders 3, childcare 3",
            "The fostering and adoption agencies were last inspected in 2008, with outcomes of outstanding for fostering and good for adoption.|fostering-agency 4, adoption-agency 3",
            // Round 13's forms: a grade held on to ("kept the outstanding grade"), a grade for a service with its owner and
            // count, the three-tier names of school phases, a tertiary college, and "post-16" no count.
            "The adoption and fostering services have both kept the outstanding grades they were given in 2008.|adoption-agency 4, fostering-agency 4",
            "Grades this year are good for childminders and outstanding for the borough's three special schools.|childminders 3, special-schools 4 x3",
            "The majority of first schools are good, while the upper schools range from inadequate to outstanding.|primary-schools 3, secondary-schools 1",
            "Every secondary school is good or outstanding, and post-16 education at the tertiary college is outstanding.|secondary-schools 3, further-education 4",
            // A college by its own name; grades "awarded to" services, after a clause of its own.
            "Sandwell College was judged satisfactory at its most recent inspection.|further-education 2",
            "Most school sixth forms are good, and inspectors have awarded good grades to all four of the county's further education colleges.|further-education 3 x4, sixth-forms 3"})
    void servicesGradedInTheWaysOtherLettersWrite(String sentence, String expected) throws Exception {
        assertEquals(expected, String.join(", ", services(sentence)));
    }

    @Test
    void aTableOfSettingsByGradeGradesEachRowsKind() throws Exception {
        String text = "Kind of setting\tInspected\tOutstanding\tGood\tSatisfactory\tInadequate\n"
                + "---\t---\t---\t---\t---\t---\n"
                + "Special schools\t6\t2\t4\t-\t-\n"
                + "Childminders\t300\t12%\t60%\t28%\t0%\n"
                + "All settings\t306\t9\t184\t84\t-\n";
        Document doc = Document.of("t.txt", text.getBytes(StandardCharsets.UTF_8));
        ServiceStatements s = new ServiceStatements(doc);
        List<java.util.Optional<org.ofstedkg.model.Grade>> columns = List.of();
        for (Block b : doc.blocks()) {
            List<java.util.Optional<org.ofstedkg.model.Grade>> header = ServiceStatements.gradeColumns(b.cells());
            if (!header.isEmpty()) {
                columns = header;
            } else {
                s.readRow(b, columns);
            }
        }
        assertEquals(List.of("special-schools 4 x2", "special-schools 3 x4", "childminders 4", "childminders 3",
                "childminders 2"), s.judgements().stream().map(ProseTest::describe).toList());
        assertEquals(List.of(), ServiceStatements.gradeColumns(List.of(MappedText.of("Kind"), MappedText.of("Good"),
                MappedText.of("Number"))), "one grade column is not a table of grades");
    }

    @Test
    void aTableOfSettingsByGradeSetAsLinesOfWordsAsAPdfsTextGivesIt() throws Exception {
        // The header's last column wrapped onto a line of its own, the rows' cells parted by spaces, prose after them.
        String text = "Kind of setting   Inspected   Outstanding   Good   Satisfactory\nInadequate\n"
                + "Special schools 6 2 4 - -\nChildminders 300 12% 60% 28% 0%\nMost settings are good.\n";
        Document doc = Document.of("t.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, doc.blocks().size());
        ServiceStatements s = new ServiceStatements(doc);
        ServiceStatements.TableLines read = s.readTableLines(doc.blocks().get(0), List.of());
        assertEquals(4, read.lines(), "the prose line is not the table's");
        assertEquals(List.of("special-schools 4 x2", "special-schools 3 x4", "childminders 4", "childminders 3",
                "childminders 2"), s.judgements().stream().map(ProseTest::describe).toList());
        assertEquals(0, new ServiceStatements(doc).readTableLines(Document.of("p.txt",
                "Special schools 6 2 4 - -\n".getBytes(StandardCharsets.UTF_8)).blocks().get(0), List.of()).lines(),
                "rows without a header before them are no table");
    }

    @Test
    void gradesGivenInOtherOrdersAndWords() throws Exception {
        assertEquals(List.of("special-schools 3 x3"), services("Good too are three of the four special schools."));
        assertEquals(List.of("sixth-forms 2"), services("Sixth forms in schools perform satisfactorily."));
        assertEquals(List.of("fostering-agency 2", "adoption-agency 3"),
                services("The council's fostering agency gives a satisfactory service; its adoption agency a good one."));
        assertEquals(List.of("adoption-agency 3", "fostering-agency 3"),
                services("Adoption is good; so is fostering, inspected in the same year."));
        assertEquals(List.of("pupil-referral-unit 1"), services("Inadequate at its inspection in May 2010, the pupil "
                + "referral unit is now receiving support from the authority."));
    }

    @Test
    void countsAreThePartNotTheWholeNorAYear() throws Exception {
        assertEquals(List.of("childrens-homes 3 x4"), services("Four of the six children's homes are good."));
        assertEquals(List.of("special-schools 3"), services("In 2008 special schools were good."));
        assertEquals(List.of("special-schools 3 x2", "special-schools 2 x7"),
                services("Two special schools are good but seven are satisfactory."));
    }

    @Test
    void singularServicesAndComparisonsAndTheNationalWord() throws Exception {
        assertEquals(List.of("fostering-agency 4"), services("The fostering service is outstanding."));
        assertEquals(List.of(), services("Secondary schools are as good as those in similar areas."));
        assertEquals(java.util.Optional.empty(), serviceJudgements(
                "The adoption agency is good and meets the national minimum standards.").get(0).comparator(),
                "'national' alone compares nothing");
    }

    private static String compared(String sentence) throws Exception {
        ServiceJudgement j = serviceJudgements(sentence).get(0);
        return j.comparator().orElse("-") + ": " + (j.comparisons().isEmpty() ? "(no direction)" : String.join(", ",
                j.comparisons().stream().map(c -> c.direction().slug() + " " + c.with().slug()).toList()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Special schools are good, and more of them are outstanding than in similar areas.|similar areas: above similar-areas",
            "Childminders are satisfactory, a lower grade than in similar areas and nationally."
                    + "|similar areas and nationally: below similar-areas, below england",
            "Primary schools are good, in line with those in similar areas.|similar areas: in-line-with similar-areas",
            "Secondary schools are good, as they are nationally.|nationally: (no direction)",
            "Childminders are satisfactory, a grade below the national average.|nationally: below england",
            "Childminders are good, no less effective than in similar areas.|similar areas: (no direction)"})
    void aServiceComparedKeepsItsDirection(String sentence, String expected) throws Exception {
        assertEquals(expected, compared(sentence));
    }

    @Test
    void hugeNumbersAreRejectedNotFatal() throws Exception {
        assertEquals(List.of("special-schools 3"), services("20000000000 special schools are good."));
        String letter = Files.readString(Samples.report(Samples.SEFTON_LETTER), StandardCharsets.UTF_8)
                .replace("Performs well (3)\n---", "Performs well (99999999999)\n---");
        var e = org.junit.jupiter.api.Assertions.assertThrows(ExtractionException.class, () -> new Extractor(
                AuthorityRegister.bundled()).extract(Document.of("s.txt", letter.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().startsWith("rating row gives grade 99999999999, off the four-point scale"),
                e.getMessage());
    }

    @Test
    void recommendationsNeverInheritATimescaleOrAddresseeTheyWereNotGiven() throws Exception {
        String review = Files.readString(Samples.report(Samples.SOUTHEND_REVIEW), StandardCharsets.UTF_8)
                .replace("### For action over the next six months", "### For action in the next six months")
                .replace("The council should:\n\n- ensure that recent improvements",
                        "The primary care trust should:\n\n- ensure that recent improvements");
        var r = new Extractor(AuthorityRegister.bundled()).extract(Document.of("r.txt",
                review.getBytes(StandardCharsets.UTF_8)));
        var sixMonths = r.recommendations().stream().filter(x -> x.timescale().slug().equals("six-months")).toList();
        assertEquals(8, sixMonths.size());
        // Any body the review names is the addressee of the items under it, not the partnership before it.
        assertEquals(List.of("primary-care-trust"), sixMonths.stream().map(x -> x.addressee().slug())
                .filter(p -> !p.equals("partnership")).toList());
        assertEquals(16, r.recommendations().size());

        // A new timescale starts a new list: items before its addressee is stated again are not stored.
        String unaddressed = review.replace("### For action in the next six months\n\nThe local partnership should:",
                "### For action in the next six months");
        var u = new Extractor(AuthorityRegister.bundled()).extract(Document.of("u.txt",
                unaddressed.getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, u.recommendations().stream().filter(x -> x.timescale().slug().equals("six-months")).count());
        assertTrue(u.warnings().stream().anyMatch(w -> w.contains("no known addressee")), u.warnings().toString());
    }

    @Test
    void bareBulletsOpenTheItemOnTheNextLine() throws Exception {
        Document d = Document.of("b.txt", "The council should:\n\n\u2022\nensure A\n\u2022\n\nensure B\n"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("PARAGRAPH: The council should:", "LIST_ITEM: ensure A", "LIST_ITEM: ensure B"),
                d.blocks().stream().map(Block::toString).toList());
    }

    @Test
    void aTitleThatARunningHeaderRepeatsStaysOnTheFirstPage() throws Exception {
        String text = "Joint area review\n\nSouthend\n\n1\n\fJoint area review\n\nMore text here.\n\n2\n\f"
                + "Joint area review\n\nYet more.\n\n3\n";
        Document d = Document.of("p.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("Joint area review", "Southend", "More text here.", "Yet more."),
                d.blocks().stream().map(b -> b.text().toString()).toList());
    }

    @Test
    void compoundsBrokenAtALineEndKeepTheirHyphen() throws Exception {
        Document d = Document.of("h.txt", ("Children who are looked after and children looked-\nafter by the council "
                + "need assess-\nment.\n").getBytes(StandardCharsets.UTF_8));
        assertEquals("Children who are looked after and children looked-after by the council need assessment.",
                d.blocks().get(0).text().toString());
    }

    /** Each figure as "value measure area [comparison]", in the order the sentence gives them. */
    private static String measured(String text) throws Exception {
        Document doc = Document.of("s.txt", (text + "\n").getBytes(StandardCharsets.UTF_8));
        List<Statistic> all = new java.util.ArrayList<>();
        String leadIn = "";
        for (Block b : doc.blocks()) {
            String lead = Figures.leadInOf(b, leadIn);
            b.sentences().forEach(s -> all.addAll(Figures.in(doc, s, lead)));
            leadIn = Figures.leadInAfter(b, leadIn);
        }
        return String.join("; ", Figures.followOn(all).stream().map(f -> f.value().stripTrailingZeros().toPlainString()
                + " " + f.measure().orElse("?") + " " + f.area().slug()
                + f.comparison().map(c -> " " + c.direction().slug() + " " + c.with().slug()).orElse("")).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "In 2007, 64% of pupils gained five or more GCSEs at grades A*-C, compared with 60% nationally and 62% in similar areas."
                    + "|64 pupils-achieving-gcse-threshold authority above england; 60 pupils-achieving-gcse-threshold england;"
                    + " 62 ? similar-areas",
            "The proportion of children entitled to free school meals in primary schools is 16% (the national average is 15%)."
                    + "|16 free-school-meals-primary authority above england; 15 free-school-meals-primary england",
            "Of these, 174 (or 51%) live outside the local authority area."
                    + "|174 children-looked-after-living-out-of-area authority; 51 children-looked-after-living-out-of-area authority",
            "At 31 March 2016, 1,200 children were looked after by the local authority. This is an increase from 1,112 at 31 March 2015."
                    + "|1200 children-looked-after authority; 1112 children-looked-after authority",
            "The looked after children population is 56.7 per 10,000, below that of regional comparators (58.2)."
                    + "|56.7 children-looked-after authority below region; 58.2 children-looked-after region",
            "The council recommissioned its contracts to achieve savings of £780,000, and 12 pupils were excluded."
                    + "|780000 spending authority; 12 exclusions authority",
            "There are 4 wards with significant deprivation.|4 ? authority",
            "In national curriculum tests, 75% of pupils reached level 4.|75 pupils-achieving-key-stage-level authority",
            "The rate is 22% nationally and 18% in the borough.|22 ? england; 18 ? authority",
            "Fixed period exclusions have reduced from 84 to 64 over the same period.|84 exclusions authority; 64 exclusions authority",
            "Children's social care services are provided through: 156 foster carers; one family centre."
                    + "|156 fostering authority; 1 ? authority",
            "Unemployment, at 5.7%, is above the national average of 5.3%.|5.7 unemployment authority above england; 5.3 unemployment england",
            "At 31 March 2017, 650 children were the subject of a child protection plan (a rate of 45 per 10,000 children). "
                    + "This is higher than the national average (43 per 10,000)."
                    + "|650 child-protection-plans authority; 45 child-protection-plans authority above england;"
                    + " 43 child-protection-plans england"})
    void aFigureSaysWhatItMeasuresWhoseItIsAndHowItCompares(String text, String expected) throws Exception {
        assertEquals(expected, measured(text));
    }

    @Test
    void aListsItemsTakeWhatItsLeadInMeasuresPastAFootnote() throws Exception {
        assertEquals("16 free-school-meals-primary authority above england; 15 free-school-meals-primary england;"
                + " 2 ? authority; 13 free-school-meals-secondary authority below england; 14 free-school-meals-secondary england",
                measured("The proportion of children entitled to free school meals:\n\n- in primary schools is 16% (the national"
                        + " average is 15%)\n\n2 The local authority was given the opportunity to review this section.\n\n"
                        + "- in secondary schools is 13% (the national average is 14%)."));
    }

    @Test
    void aCountKeepsTheDayItWasTakenOn() throws Exception {
        assertEquals(List.of("31 March 2017"), figures("At 31 March 2017, 650 children were looked after.").stream()
                .map(f -> f.period().orElse("-")).toList());
        assertEquals(List.of("31st March 2013", "31 March 2015"), figures(
                "This is an increase from 877 (64.0 per 10,000 children) at 31st March 2013 and 900 at 31 March 2015.")
                .stream().filter(f -> f.unit() == Statistic.Unit.COUNT).map(f -> f.period().orElse("-")).toList());
    }

    @Test
    void servicesGradedBeforeTheyAreNamedOrInTheSentenceAfter() throws Exception {
        assertEquals(List.of("nursery 3", "childcare 3", "nursery 4 x2"), services("Good quality is found in most of the "
                + "nurseries and in the great majority of day care settings, and the two maintained nursery schools were "
                + "both judged outstanding."));
        assertEquals(List.of("childcare 4", "childcare 3"), services("Outstanding practice is found in a third of the "
                + "childcare settings, and good practice in most of the rest."));
        assertEquals(List.of("special-schools 3 x6"), services("Good quality is found in all six special schools."));
        assertEquals(List.of("pupil-referral-unit 3 x3"), services("There are four pupil referral units. Three of them are good."));
        assertEquals(List.of("childrens-homes 3 x3", "childrens-homes 1 x1"), services("The council runs four children's "
                + "homes. Three of them are good; the fourth was judged inadequate in January 2009."));
        assertEquals(List.of("private-fostering 2"), services("Private fostering arrangements have been found satisfactory "
                + "as well."));
        // A sentence between breaks the reference: "them" is no longer the homes.
        assertEquals(List.of(), services("The council runs four children's homes. Staff turnover is low. Three of them are good."));
    }

    @Test
    void moreWaysLettersNameAndGradeServices() throws Exception {
        assertEquals(List.of("childminders 3", "nursery 3", "childcare 3", "nursery 4 x12"), services("Childminders, "
                + "nurseries and out-of-school care are mostly good, and 12 of the 14 nursery schools are outstanding."));
        assertEquals(List.of("primary-schools 3", "secondary-schools 3"), services("Most primary and secondary schools are "
                + "good or outstanding."));
        assertEquals(List.of("contact-referral-assessment 3"), services("Arrangements for contact, referral and initial "
                + "assessment are good."));
        assertEquals(List.of("childrens-homes 3 x8", "childrens-homes 2 x1"), services("Eight of the nine children's homes "
                + "are good, and the exception is satisfactory."));
        assertEquals(List.of("secondary-schools 2", "sixth-forms 2"), services("Secondary schools remain satisfactory "
                + "overall, as does sixth form provision in schools."));
        assertEquals(List.of("serious-case-review 2 x2", "serious-case-review 1 x1"), services("Three serious case reviews "
                + "were evaluated. Two were judged adequate and one was judged inadequate."));
        assertEquals(List.of("pupil-referral-unit 3"), services("The pupil referral unit has improved from satisfactory "
                + "to good since its last inspection."));
        assertEquals(List.of("special-schools 2"), services("Special schools range from satisfactory to good."));
    }

    @Test
    void gradesBeforeServicesAndReferencesAcrossSentencesReadNoMoreThanTheySay() throws Exception {
        assertEquals(List.of(), services("The proportion of good or outstanding provision in secondary schools is lower "
                + "than in similar areas."));
        assertEquals(List.of("childrens-homes 3", "childminders 2"), services("Good practice is found in all of the "
                + "children's homes and most childminders are satisfactory."));
        assertEquals(List.of("special-schools 4"), services("Special schools are outstanding; good practice is found in "
                + "their work with parents."));
        assertEquals(List.of(), services("The local authority has three children's homes and a fostering service. They "
                + "have been inspected and most outcomes for young people are good."));
        assertEquals(List.of(), services("Primary schools are improving. Both the council and its partners are good at "
                + "sharing information."));
        assertEquals(List.of("childminders 3"), services("For the second year running, most childminders are good."));
        // A count of two kinds of school together grades neither on its own.
        assertEquals(List.of(), services("During 2006/07, 20 primary and secondary schools were inspected and the overall "
                + "effectiveness of 12 of these was judged to be good or outstanding."));
    }
}
