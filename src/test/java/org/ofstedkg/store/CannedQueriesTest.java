package org.ofstedkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ofstedkg.TestStores.flat;
import static org.ofstedkg.TestStores.rows;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ofstedkg.Samples;
import org.ofstedkg.TestStores;

/** The query contract on the samples: exact variable names and the answers a reader of the reports expects. */
class CannedQueriesTest {

    private static KnowledgeStore store;

    @BeforeAll
    static void ingest() {
        store = TestStores.samples();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<Map<String, String>> run(String name) {
        return rows(store, TestStores.cannedQuery(name));
    }

    @Test
    void everyCannedQueryOpensWithACommentSayingWhatItAnswers() throws Exception {
        try (var files = Files.list(Samples.home().resolve("queries"))) {
            List<java.nio.file.Path> queries = files.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
            assertTrue(queries.size() >= 6, queries.toString());
            for (var q : queries) {
                String first = Files.readAllLines(q).get(0);
                assertTrue(first.startsWith("# " + q.getFileName() + ": "), q + " opens with: " + first);
            }
        }
    }

    @Test
    void ratings() {
        List<Map<String, String>> rows = run("ratings.rq");
        assertEquals(List.of("authority", "la_code", "gss_code", "year", "grade", "label"),
                List.copyOf(rows.get(0).keySet()));
        assertEquals(List.of(
                "Blackpool|890|E06000009|2009|3|Performs well",
                "Redcar and Cleveland|807|E06000003|2009|3|Performs well",
                "Sefton|343|E08000014|2009|3|Performs well",
                "Southend-on-Sea|882|E06000033|2009|3|Performs well"),
                flat(rows, "authority", "la_code", "gss_code", "year", "grade", "label"));
    }

    @Test
    void judgementsOfTheReview() {
        List<Map<String, String>> rows = run("judgements.rq");
        assertEquals(List.of("la_code", "report_type", "published", "assessment", "area", "grade", "label", "quote",
                "report"), List.copyOf(rows.get(0).keySet()));
        TreeSet<String> review = new TreeSet<>();
        for (var r : rows) {
            if (r.get("report_type").equals("joint-area-review")) {
                assertEquals("882", r.get("la_code"));
                assertEquals("2008-05-06", r.get("published"));
                assertEquals("https://w3id.org/ofsted-kg/id/report/joint-area-review/southend-on-sea/2008-05-06",
                        r.get("report"));
                review.add(r.get("assessment") + " " + r.get("area") + " " + r.get("grade"));
            }
        }
        TreeSet<String> expected = new TreeSet<>(List.of(
                "joint-area-review safeguarding 2", "joint-area-review looked-after-children 2",
                "joint-area-review learning-difficulties-and-disabilities 2", "joint-area-review service-management 2",
                "joint-area-review capacity-to-improve 3", "joint-area-review substance-misuse 2",
                "joint-area-review narrowing-the-gap 3", "joint-area-review young-carers 2",
                "joint-area-review ambition 2", "joint-area-review prioritisation 2", "joint-area-review capacity 3",
                "joint-area-review value-for-money 2", "joint-area-review performance-monitoring 2",
                "joint-area-review performance-management 2",
                "annual-performance-assessment overall 2", "annual-performance-assessment capacity-to-improve 3",
                "corporate-assessment overall 2", "corporate-assessment service-management 2",
                "corporate-assessment capacity-to-improve 3", "corporate-assessment being-healthy 2",
                "corporate-assessment staying-safe 2", "corporate-assessment enjoying-and-achieving 3",
                "corporate-assessment economic-well-being 3", "corporate-assessment positive-contribution 2"));
        assertEquals(expected, review);
        assertEquals(24 + 4, rows.size(), "one row per judgement: 24 of the review and the 4 ratings");
    }

    @Test
    void judgementsCarryTheirLabelAndFirstQuote() {
        var rows = run("judgements.rq");
        var safeguarding = rows.stream().filter(r -> r.get("assessment").equals("joint-area-review")
                && r.get("area").equals("safeguarding")).toList();
        assertEquals(1, safeguarding.size());
        assertEquals("adequate", safeguarding.get(0).get("label"));
        assertEquals("Safeguarding 2", safeguarding.get(0).get("quote"), "the grades table comes first in the report");
        var rating = rows.stream().filter(r -> r.get("la_code").equals("807")).findFirst().orElseThrow();
        assertEquals("annual-rating-letter|annual-rating|overall|3|Performs well|Children's services rating Performs well (3)",
                String.join("|", rating.get("report_type"), rating.get("assessment"), rating.get("area"),
                        rating.get("grade"), rating.get("label"), rating.get("quote")));
    }

    @Test
    void theExtractionContractQueriesHaveTheirExactColumns() {
        assertEquals(List.of("la_code", "report_type", "area", "kind", "text"),
                List.copyOf(run("findings.rq").get(0).keySet()));
        assertEquals(List.of("la_code", "timescale", "addressee", "text"),
                List.copyOf(run("recommendations.rq").get(0).keySet()));
        assertEquals(List.of("la_code", "report_type", "service", "grade", "label", "count", "comparator", "quote"),
                List.copyOf(run("service-judgements.rq").get(0).keySet()));
        assertEquals(List.of("la_code", "measure", "value", "unit", "period", "comparator", "quote"),
                List.copyOf(run("statistics.rq").get(0).keySet()));
    }

    @Test
    void figuresKeepTheirPeriodComparatorAndApproximation() {
        var rows = run("statistics.rq");
        assertTrue(rows.stream().anyMatch(r -> r.get("value").equals("58") && r.get("unit").equals("percent")
                && r.get("comparator").equals("national average 86")), "58% compared with the national average of 86%");
        assertTrue(rows.stream().anyMatch(r -> r.get("value").equals("77") && r.get("period").equals("2005/06"))
                && rows.stream().anyMatch(r -> r.get("value").equals("92") && r.get("period").equals("2006/07")),
                "from 77% in 2005/06 to 92% in 2006/07: two figures with their periods");
        assertTrue(rows.stream().anyMatch(r -> r.get("value").equals("160000") && r.get("measure").isEmpty() == false),
                "approximately 160,000");
        assertTrue(rows.stream().anyMatch(r -> r.get("value").equals("1800000") && r.get("unit").equals("pounds")),
                "£1.8 million");
    }

    @Test
    void serviceJudgementsKeepTheirCountAndComparator() {
        var rows = run("service-judgements.rq");
        assertTrue(rows.stream().anyMatch(r -> r.get("la_code").equals("807") && r.get("service").equals("special-schools")
                && r.get("grade").equals("3") && r.get("count").equals("2")), "Two special schools are good");
        assertTrue(rows.stream().anyMatch(r -> r.get("la_code").equals("807") && r.get("service").equals("special-schools")
                && r.get("grade").equals("1") && r.get("count").equals("1")), "but one is inadequate");
        assertTrue(rows.stream().anyMatch(r -> r.get("la_code").equals("343") && r.get("service").equals("fostering-agency")
                && r.get("grade").equals("2") && r.get("comparator").equals("similar areas and nationally")));
    }

    @Test
    void authoritiesByRating() {
        var rows = run("authorities-by-rating.rq");
        assertEquals(List.of("2009|3|Performs well|4"), flat(rows, "year", "grade", "label", "authorities"));
        assertEquals(new TreeSet<>(List.of("Blackpool", "Redcar and Cleveland", "Sefton", "Southend-on-Sea")),
                new TreeSet<>(List.of(rows.get(0).get("names").split("; "))));
    }

    @Test
    void authorityHistoryOfSouthend() {
        var rows = run("authority-history.rq");
        assertEquals(25, rows.size(), "24 judgements of the 2008 review, then the 2009 rating");
        assertEquals("2008-05-06|joint-area-review", flat(rows.subList(0, 1), "published", "report_type").get(0));
        assertEquals("2009-12-09|annual-rating-letter|annual-rating|overall|3",
                flat(rows.subList(24, 25), "published", "report_type", "assessment", "area", "grade").get(0));
    }

    @Test
    void weakAreasOfTheReview() {
        assertEquals(List.of("ambition", "learning-difficulties-and-disabilities", "looked-after-children",
                "performance-management", "performance-monitoring", "prioritisation", "safeguarding",
                "service-management", "substance-misuse", "value-for-money", "young-carers"),
                run("weak-areas.rq").stream().map(r -> r.get("area")).toList());
    }

    @Test
    void conflictsAreNoneInTheSamplesAndOnePerContradictingStatement() throws Exception {
        assertEquals(List.of(), run("conflicts.rq"));
        try (KnowledgeStore withConflict = KnowledgeStore.inMemory()) {
            var pipeline = new org.ofstedkg.pipeline.Pipeline(org.ofstedkg.map.UriScheme.defaults());
            pipeline.prepare(withConflict);
            java.nio.file.Path file = Files.createTempFile("conflicting-review", ".md");
            try {
                Files.writeString(file, Samples.conflictingReview());
                var outcome = pipeline.ingest(file, withConflict);
                assertEquals(org.ofstedkg.pipeline.Outcome.Status.STORED, outcome.status(), outcome.reason());
            } finally {
                Files.delete(file);
            }
            var rows = rows(withConflict, TestStores.cannedQuery("conflicts.rq"));
            assertEquals(List.of("la_code", "report_type", "published", "assessment", "area", "grade", "stated_grade",
                    "quote", "stated_quote"), List.copyOf(rows.get(0).keySet()));
            assertEquals(List.of("882|joint-area-review|2008-05-07|joint-area-review|safeguarding|2|3|Safeguarding 2|"
                    + "The contribution of local services to improving outcomes for children and young people at risk "
                    + "or requiring safeguarding is good."),
                    flat(rows, "la_code", "report_type", "published", "assessment", "area", "grade", "stated_grade",
                            "quote", "stated_quote"));
        }
    }

    @Test
    void assessmentsAgreeWhereTheyOverlap() {
        assertEquals(List.of(
                "capacity-to-improve|annual-performance-assessment|3|corporate-assessment|3|true",
                "capacity-to-improve|annual-performance-assessment|3|joint-area-review|3|true",
                "capacity-to-improve|corporate-assessment|3|joint-area-review|3|true",
                "overall|annual-performance-assessment|2|corporate-assessment|2|true",
                "service-management|corporate-assessment|2|joint-area-review|2|true"),
                flat(run("assessment-agreement.rq"), "area", "assessment_a", "grade_a", "assessment_b", "grade_b",
                        "agree"));
        assertTrue(run("assessment-agreement.rq").stream().allMatch(r -> r.get("la_code").equals("882")
                && r.get("published").equals("2008-05-06")));
    }
}
