package org.ofstedkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ofstedkg.TestStores;
import org.ofstedkg.map.UriScheme;
import org.ofstedkg.pipeline.Outcome;
import org.ofstedkg.pipeline.Pipeline;

/** previous-inspections.rq links the inspection a report cites to that inspection's report. */
class PreviousInspectionsTest {

    private static final Path REAL = Path.of("data", "real-reports");

    @Test
    void theCitedInspectionIsLinkedToItsReportAndItsGradeCompared() {
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            Pipeline pipeline = new Pipeline(UriScheme.defaults());
            pipeline.prepare(store);
            for (String file : List.of("80569_tameside/children's services inspection - 09 december 2016.pdf",
                    "80569_tameside/children's services inspection - 01 july 2019.pdf")) {
                assertEquals(Outcome.Status.STORED, pipeline.ingest(REAL.resolve(file), store).status(), file);
            }
            List<Map<String, String>> rows = TestStores.rows(store, TestStores.cannedQuery("previous-inspections.rq"));
            // "Since the time of the last inspection in 2016, when services for children in Tameside were judged to
            // be inadequate": the SIF inspection of 2016, judged inadequate overall. The 2016 report cites a 2012
            // inspection the store does not hold: no report linked.
            assertEquals(2, rows.size(), rows.toString());
            Map<String, String> ilacs = rows.stream().filter(r -> r.get("report").contains("ilacs-inspection")).findFirst()
                    .orElseThrow();
            assertEquals("2016", ilacs.get("cited_period"));
            assertEquals("1", ilacs.get("cited_grade"));
            assertEquals("https://w3id.org/ofsted-kg/id/report/sif-inspection/tameside/2016-12-09",
                    ilacs.get("previous_report"));
            assertEquals("2016-10-20", ilacs.get("previous_inspection_end")); // as the gold has it
            assertEquals("1", ilacs.get("previous_overall_grade"));
            assertEquals("true", ilacs.get("agree"));
            Map<String, String> sif = rows.stream().filter(r -> r.get("report").contains("sif-inspection")).findFirst()
                    .orElseThrow();
            assertEquals("2012-03", sif.get("cited_period"));
            assertEquals("", sif.get("previous_report"));
        }
    }
}
