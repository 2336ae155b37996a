package org.ofstedkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ofstedkg.Samples;
import org.ofstedkg.extract.decode.Document;
import org.ofstedkg.extract.register.AuthorityRegister;
import org.ofstedkg.model.Assessment;
import org.ofstedkg.model.Evidence;
import org.ofstedkg.model.Judgement;
import org.ofstedkg.model.Person;
import org.ofstedkg.model.Report;
import org.ofstedkg.model.ReportKind;

/** The facts of the five sample reports, as a careful reader finds them (values written from the reports). */
class ExtractionTest {

    private static final Extractor EXTRACTOR = new Extractor(AuthorityRegister.bundled());

    static Report read(String name) throws ExtractionException {
        return EXTRACTOR.extract(Samples.report(name));
    }

    @ParameterizedTest
    @CsvSource({
            "000_da7ad97fe95680ec.txt, Southend-on-Sea, 882, E06000033, Southend Borough Council, Mr Paul Greenhalgh, Director of Children's Services",
            "002_60031084e4570901.txt, Sefton, 343, E08000014, Sefton Metropolitan Borough Council, Mr Peter Morgan, Strategic Director of Children's Services",
            "003_7c2587ef03c65d40.txt, Blackpool, 890, E06000009, Blackpool Borough Council, Mr David Lund, Executive Director of Children's Services",
            "004_12ef7fa4d313c428.txt, Redcar and Cleveland, 807, E06000003, Redcar and Cleveland Borough Council, Mr Mike Dillon, Director of Children's Services"})
    void lettersGiveTheirAuthorityDateAddresseeSignatoryAndRating(String file, String authority, String laCode,
            String gss, String asWritten, String addressee, String role) throws Exception {
        Report r = read(file);
        assertEquals(ReportKind.ANNUAL_RATING_LETTER, r.kind());
        assertEquals(LocalDate.of(2009, 12, 9), r.date());
        assertEquals(authority, r.authority().name());
        assertEquals(laCode, r.authority().laCode());
        assertEquals(Optional.of(gss), r.authority().gssCode());
        assertEquals(Optional.of(asWritten), r.authorityNameAsWritten());
        assertEquals(Optional.of(new Person(addressee, role)), r.addressee());
        assertEquals(Optional.of(new Person("Juliet Winstanley", "Divisional Manager, CAA")), r.signatory());
        assertEquals(List.of("Ofsted"), r.inspectorates());
        assertEquals(Optional.empty(), r.referenceNumber());
        assertEquals(1, r.judgements().size(), "a letter has exactly one rating");
        Judgement rating = r.judgements().get(0);
        assertEquals(Assessment.ANNUAL_RATING, rating.assessment());
        assertEquals("overall", rating.area().slug());
        assertEquals(3, rating.grade().value());
        assertEquals("Children's services rating Performs well (3)", rating.evidence().get(0).quote(),
                "the rating comes from the rating row, not from the scale every letter prints");
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }

    @Test
    void reviewGivesItsTitlePage() throws Exception {
        Report r = read(Samples.SOUTHEND_REVIEW);
        assertEquals(ReportKind.JOINT_AREA_REVIEW, r.kind());
        assertEquals(LocalDate.of(2008, 5, 6), r.date());
        assertEquals(Optional.of("882"), r.referenceNumber());
        assertEquals("Southend-on-Sea", r.authority().name());
        assertEquals(Optional.of("Southend-on-Sea Children's Services Authority Area"), r.authorityNameAsWritten());
        assertEquals(List.of("Audit Commission", "Healthcare Commission", "HM Crown Prosecution Service Inspectorate",
                "HM Inspectorate of Constabulary", "HM Inspectorate of Prisons", "HM Inspectorate of Probation",
                "Ofsted"), r.inspectorates());
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }

    /** The expected judgements for the review, written from the report. */
    @Test
    void reviewGivesEveryGradedJudgement() throws Exception {
        Map<String, Integer> expected = new TreeMap<>();
        String[] review = {"safeguarding 2", "looked-after-children 2", "learning-difficulties-and-disabilities 2",
                "service-management 2", "capacity-to-improve 3", "substance-misuse 2", "narrowing-the-gap 3",
                "young-carers 2", "ambition 2", "prioritisation 2", "capacity 3", "value-for-money 2",
                "performance-monitoring 2", "performance-management 2"};
        String[] apa = {"overall 2", "capacity-to-improve 3"};
        String[] corporate = {"overall 2", "service-management 2", "capacity-to-improve 3", "being-healthy 2",
                "staying-safe 2", "enjoying-and-achieving 3", "economic-well-being 3", "positive-contribution 2"};
        put(expected, "joint-area-review", review);
        put(expected, "annual-performance-assessment", apa);
        put(expected, "corporate-assessment", corporate);

        Map<String, Integer> actual = new TreeMap<>();
        for (Judgement j : read(Samples.SOUTHEND_REVIEW).judgements()) {
            Integer previous = actual.put(j.assessment().slug() + " " + j.area().slug(), j.grade().value());
            assertEquals(null, previous, "one judgement per assessment and area");
        }
        assertEquals(expected, actual);
    }

    private static void put(Map<String, Integer> map, String assessment, String[] areaGrades) {
        for (String s : areaGrades) {
            String[] p = s.split(" ");
            map.put(assessment + " " + p[0], Integer.parseInt(p[1]));
        }
    }

    @Test
    void reviewJudgementsCiteTheTableRowAndTheSectionSentence() throws Exception {
        Judgement safeguarding = read(Samples.SOUTHEND_REVIEW).judgements().stream()
                .filter(j -> j.assessment() == Assessment.JOINT_AREA_REVIEW && j.area().slug().equals("safeguarding"))
                .findFirst().orElseThrow();
        assertEquals(List.of("Safeguarding 2",
                "The contribution of local services to improving outcomes for children and young people at risk or "
                        + "requiring safeguarding is adequate."),
                safeguarding.evidence().stream().map(Evidence::quote).toList());
    }

    @Test
    void evidenceOffsetsPointAtTheExactSourceText() throws Exception {
        for (String name : List.of(Samples.SOUTHEND_LETTER, Samples.SOUTHEND_REVIEW, Samples.SEFTON_LETTER,
                Samples.BLACKPOOL_LETTER, Samples.REDCAR_LETTER)) {
            Report r = read(name);
            String source = r.source().text();
            for (Judgement j : r.judgements()) {
                for (Evidence e : j.evidence()) {
                    int from = source.offsetByCodePoints(0, e.start());
                    int to = source.offsetByCodePoints(0, e.end());
                    assertEquals(e.exact(), source.substring(from, to), name + " " + j);
                    assertEquals(e.quote(), Document.quote(e.quote()));
                }
            }
        }
    }

    @Test
    void markupAroundTheEvidenceStaysInTheExactTextButNotInTheQuote() throws Exception {
        Evidence rating = read(Samples.SOUTHEND_LETTER).judgements().get(0).evidence().get(0);
        assertEquals("Children's services rating</b>\t<b>Performs well (3)", rating.exact());
        assertEquals("Children's services rating Performs well (3)", rating.quote());
    }

    @Test
    void statementsAreLinkedToTheOutcomesTheySpeakOf() throws Exception {
        Report review = read(Samples.SOUTHEND_REVIEW);
        var byText = new java.util.HashMap<String, java.util.Set<org.ofstedkg.model.Area>>();
        review.findings().forEach(f -> byText.put(f.text(), f.outcomes()));
        assertEquals(java.util.Set.of(org.ofstedkg.model.Area.POSITIVE_CONTRIBUTION),
                byText.get("Action to reduce offending and anti-social behaviour"));
        assertEquals(java.util.Set.of(org.ofstedkg.model.Area.BEING_HEALTHY),
                byText.get("Action to promote children's physical health and emotional development"));
        assertEquals(java.util.Set.of(), byText.get("Placement stability"));
        var safeguardingFinding = review.mainFindings().get(0);
        assertEquals(Optional.of(org.ofstedkg.model.Area.SAFEGUARDING), safeguardingFinding.area());
        assertTrue(safeguardingFinding.outcomes().contains(org.ofstedkg.model.Area.STAYING_SAFE));
    }

    @Test
    void theSourceIsIdentifiedByTheSha256OfItsBytes() throws Exception {
        byte[] bytes = java.nio.file.Files.readAllBytes(Samples.report(Samples.SEFTON_LETTER));
        String expected = java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        assertEquals(expected, read(Samples.SEFTON_LETTER).source().sha256());
        assertEquals(Samples.SEFTON_LETTER, read(Samples.SEFTON_LETTER).source().fileName());
    }
}
