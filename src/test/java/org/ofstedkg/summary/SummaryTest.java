package org.ofstedkg.summary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ofstedkg.store.KnowledgeStore;

/**
 * The summary of the samples and eight real reports, checked against what the reports say (read with
 * pdftotext) and the register; and its CSV and XLSX files.
 */
class SummaryTest {

    private static final String ID = "https://w3id.org/ofsted-kg/id/";
    private static final String TAMESIDE_2023 = ID + "report/ilacs-inspection/tameside/2023-12-15";

    private static KnowledgeStore store;
    private static Summary latest;
    private static Summary all;

    @BeforeAll
    static void build() {
        store = KnowledgeStore.inMemory();
        SummaryStore.fill(store);
        latest = Summary.of(store, false);
        all = Summary.of(store, true);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Map<String, String> row(Summary summary, String laCode) {
        List<Summary.Row> rows = summary.rows().stream().filter(r -> r.get(Column.LA_CODE).equals(laCode)).toList();
        assertEquals(1, rows.size(), "rows of " + laCode + ": " + rows);
        return named(rows.get(0));
    }

    private static Map<String, String> named(Summary.Row row) {
        return Summary.columns().stream().collect(Collectors.toMap(Column::header, row::get));
    }

    @Test
    void oneRowPerAuthorityOfToday() {
        assertEquals(153, latest.rows().size());
        assertEquals(153, latest.rows().stream().map(r -> r.get(Column.LA_CODE)).distinct().count());
        assertTrue(latest.rows().stream().noneMatch(r -> r.get(Column.AUTHORITY).isEmpty() || r.get(Column.URN).isEmpty()
                || r.get(Column.REGION_CODE).isEmpty() || r.get(Column.GSS_CODE).isEmpty()), "every code of the register");
        List<String> codes = latest.rows().stream().map(r -> r.get(Column.LA_CODE)).toList();
        assertEquals(codes.stream().sorted().toList(), codes, "in the order of LA codes");
        // The 2008-2009 letters and review grade no inspection: Southend-on-Sea, Sefton, Blackpool have empty grades.
        for (String la : List.of("882", "343", "890", "807")) {
            assertEquals("", row(latest, la).get("overall_grade"), la);
        }
    }

    @Test
    void tamesideHasItsLatestIlacsAndThePreviousGrade() {
        // Inspection dates: 4 to 15 December 2023; lead inspector Andy Waugh; impact of leaders, help and
        // protection, children in care Inadequate; care leavers Requires improvement to be good; overall Inadequate.
        // The ILACS of 13 to 24 May 2019 before it: overall Requires improvement to be good.
        Map<String, String> t = row(latest, "357");
        assertEquals("80569", t.get("urn"));
        assertEquals("NW", t.get("region_code"));
        assertEquals("E08000008", t.get("gss_code"));
        assertEquals("Tameside", t.get("authority"));
        assertEquals("ilacs-inspection", t.get("framework"));
        assertEquals("2023-12-04", t.get("inspection_start"));
        assertEquals("2023-12-15", t.get("inspection_end"));
        assertEquals("", t.get("published"), "an ILACS report prints no publication date");
        assertEquals("Andy Waugh", t.get("lead_inspector"));
        assertEquals("Inadequate", t.get("overall_effectiveness"));
        assertEquals("1", t.get("overall_grade"));
        assertEquals("1", t.get("impact_of_leaders"));
        assertEquals("1", t.get("help_and_protection"));
        assertEquals("1", t.get("in_care"));
        assertEquals("2", t.get("care_leavers"));
        assertEquals("2", t.get("previous_overall_grade"));
        assertEquals("2019-05-24", t.get("previous_inspection_end"));
        assertEquals("332,354,370,372,384,390,394,879,880,894", t.get("statistical_neighbours"));
        // Of the ten, only Telford and Wrekin (894) is inspected in this store: Outstanding in 2024.
        assertEquals(",,,,,,,,,4", t.get("statistical_neighbours_latest_grades"));
        assertEquals(TAMESIDE_2023, t.get("report"));
        String judgement = TAMESIDE_2023 + "/judgement/ilacs-inspection/";
        assertEquals(judgement + "overall", t.get("overall_effectiveness_evidence"));
        assertEquals(judgement + "impact-of-leaders", t.get("impact_of_leaders_evidence"));
        assertEquals(judgement + "help-and-protection", t.get("help_and_protection_evidence"));
        assertEquals(judgement + "children-in-care", t.get("in_care_evidence"));
        assertEquals(judgement + "care-leavers", t.get("care_leavers_evidence"));
        assertEquals(ID + "report/ilacs-inspection/tameside/2019-05-24/judgement/ilacs-inspection/overall",
                t.get("previous_overall_evidence"));
        assertEquals(Summary.columns().size(), t.size());
    }

    @Test
    void buckinghamshireTakesItsPreviousGradeFromTheCountyCouncilItReplaced() {
        // Buckinghamshire Council (2020) was inspected once, 6 to 17 December 2021: Requires improvement to be good
        // throughout, the combined children in care and care leavers judgement of before 2023 in both columns.
        // Before it, the county council's SIF re-inspection of 6 to 30 November 2017 (published 29 January 2018):
        // inadequate.
        Map<String, String> b = row(latest, "825");
        assertEquals("80442", b.get("urn"));
        assertEquals("SE", b.get("region_code"));
        assertEquals("E06000060", b.get("gss_code"), "the council of 2020's code, not the county's E10000002");
        assertEquals(ID + "report/ilacs-inspection/buckinghamshire-2020/2021-12-17", b.get("report"));
        assertEquals("Requires improvement to be good", b.get("overall_effectiveness"));
        assertEquals("2|2|2|2|2", String.join("|", b.get("overall_grade"), b.get("impact_of_leaders"),
                b.get("help_and_protection"), b.get("in_care"), b.get("care_leavers")));
        assertEquals(b.get("in_care_evidence"), b.get("care_leavers_evidence"));
        assertTrue(b.get("in_care_evidence").endsWith("/judgement/ilacs-inspection/children-in-care-and-care-leavers"));
        assertEquals("1", b.get("previous_overall_grade"));
        assertEquals("2017-11-30", b.get("previous_inspection_end"));
        assertEquals(ID + "report/sif-inspection/buckinghamshire/2018-01-29/judgement/sif-inspection/overall",
                b.get("previous_overall_evidence"));
    }

    @Test
    void anAuthorityWithNoInspectionHasItsCodesAndNeighboursButNoGrades() {
        Map<String, String> c = row(latest, "201");
        assertEquals("City of London", c.get("authority"));
        assertEquals("80450", c.get("urn"));
        assertEquals("GL", c.get("region_code"));
        assertEquals("E09000001", c.get("gss_code"));
        assertEquals("202,205,206,207,208,209,210,212,213,846", c.get("statistical_neighbours"));
        assertEquals(",,,,,,,,,", c.get("statistical_neighbours_latest_grades"));
        for (Column col : Summary.columns()) {
            if (col.ordinal() >= Column.FRAMEWORK.ordinal() && col != Column.STATISTICAL_NEIGHBOURS
                    && col != Column.STATISTICAL_NEIGHBOURS_LATEST_GRADES) {
                assertEquals("", c.get(col.header()), col.header());
            }
        }
    }

    @Test
    void theLookedAfterChildrenInspectionIsGradedByItsWords() {
        // Kent, 15 to 19 July 2013: "Grade 3 (Adequate)" overall and for leadership and management, on a scale
        // whose numbers run the other way.
        Map<String, String> k = row(latest, "886");
        assertEquals("lac-inspection", k.get("framework"));
        assertEquals("2013-08-23", k.get("published"));
        assertEquals("Helen Cawston", k.get("lead_inspector"));
        assertEquals("Adequate", k.get("overall_effectiveness"));
        assertEquals("2", k.get("overall_grade"));
        assertEquals("2", k.get("impact_of_leaders"));
        assertEquals("", k.get("help_and_protection"));
        assertEquals("", k.get("in_care"));
        assertEquals("", k.get("care_leavers"));
    }

    @Test
    void withAllEveryGradedInspectionIsARow() {
        // 3 of Tameside, 3 of Buckinghamshire (two of the county council, of before today), Telford and Wrekin, Kent.
        assertEquals(8, all.rows().size());
        assertEquals(List.of("357|2016-10-20", "357|2019-05-24", "357|2023-12-15", "825|2014-06-25", "825|2017-11-30",
                "825|2021-12-17", "886|2013-07-19", "894|2024-05-03"), all.rows().stream()
                        .map(r -> r.get(Column.LA_CODE) + "|" + r.get(Column.INSPECTION_END)).toList());
        assertEquals(SummaryStore.REAL_REPORTS.size(), all.rows().stream().map(r -> r.get(Column.REPORT)).distinct().count());
        // Tameside's SIF, 26 September to 20 October 2016: help and protection Inadequate; children looked after and
        // achieving permanence Requires improvement; care leavers Requires improvement; leadership, management and
        // governance Inadequate; overall inadequate. Nothing before it here.
        Map<String, String> sif = named(all.rows().get(0));
        assertEquals("sif-inspection", sif.get("framework"));
        assertEquals("2016-12-09", sif.get("published"));
        assertEquals("Paula Thomson-Jones", sif.get("lead_inspector"));
        assertEquals("1|1|1|2|2", String.join("|", sif.get("overall_grade"), sif.get("impact_of_leaders"),
                sif.get("help_and_protection"), sif.get("in_care"), sif.get("care_leavers")));
        assertTrue(sif.get("in_care_evidence").endsWith("/judgement/sif-inspection/looked-after-and-permanence"));
        assertTrue(sif.get("impact_of_leaders_evidence").endsWith("/judgement/sif-inspection/leadership-management-governance"));
        assertEquals("", sif.get("previous_overall_grade"));
        Map<String, String> ilacs2019 = named(all.rows().get(1));
        assertEquals("1", ilacs2019.get("previous_overall_grade"));
        assertEquals("2016-10-20", ilacs2019.get("previous_inspection_end"));
        assertEquals(named(latest.rows().stream().filter(r -> r.get(Column.LA_CODE).equals("357")).findFirst()
                .orElseThrow()), named(all.rows().get(2)), "the latest is the same row either way");
        // The county council's rows carry its own codes of the register: no URN or region today.
        Map<String, String> county = named(all.rows().get(4));
        assertEquals("E10000002", county.get("gss_code"));
        assertEquals("", county.get("urn"));
        assertEquals("1", county.get("previous_overall_grade"));
        assertEquals("2014-06-25", county.get("previous_inspection_end"));
    }

    @Test
    void theCsvHasTheHeaderAndTheRows() throws Exception {
        String csv = csv(latest);
        assertTrue(csv.startsWith("urn,la_code,region_code,gss_code,authority,framework,inspection_start,inspection_end,"
                + "published,lead_inspector,overall_effectiveness,overall_grade,impact_of_leaders,help_and_protection,"
                + "in_care,care_leavers,previous_overall_grade,previous_inspection_end,statistical_neighbours,"
                + "statistical_neighbours_latest_grades,report,overall_effectiveness_evidence,impact_of_leaders_evidence,"
                + "help_and_protection_evidence,in_care_evidence,care_leavers_evidence,previous_overall_evidence\r\n"), csv);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        assertEquals(latest.rows().size() + 1, records.size());
        for (int i = 0; i < latest.rows().size(); i++) {
            assertEquals(latest.rows().get(i).values(), records.get(i + 1).toList());
        }
        assertTrue(csv.contains("\r\n2532287,839,SW,E06000058,\"Bournemouth, Christchurch and Poole\",,"), "quoted");
    }

    @Test
    void theXlsxHasTheCsvsCellsTyped() throws Exception {
        for (Summary summary : List.of(latest, all)) {
            byte[] xlsx = xlsx(summary);
            List<CSVRecord> csv = CSVFormat.RFC4180.parse(new StringReader(csv(summary))).getRecords();
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                assertEquals(1, book.getNumberOfSheets());
                XSSFSheet sheet = book.getSheet("summary");
                assertEquals(csv.size() - 1, sheet.getLastRowNum());
                for (int r = 0; r < csv.size(); r++) {
                    assertEquals(csv.get(r).toList(), cells(sheet.getRow(r)), "row " + r);
                }
                // The header: bold and frozen, with a filter.
                Row header = sheet.getRow(0);
                for (Cell c : header) {
                    assertTrue(book.getFontAt(c.getCellStyle().getFontIndex()).getBold(), c.getStringCellValue());
                }
                assertEquals(1, sheet.getPaneInformation().getHorizontalSplitTopRow());
                assertTrue(sheet.getPaneInformation().isFreezePane());
                assertNotNull(sheet.getCTWorksheet().getAutoFilter());
            }
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx(latest)))) {
            Row tameside = null;
            for (Row r : book.getSheetAt(0)) {
                if (r.getCell(Column.LA_CODE.ordinal()).getStringCellValue().equals("357")) {
                    tameside = r;
                }
            }
            assertNotNull(tameside);
            Cell grade = tameside.getCell(Column.OVERALL_GRADE.ordinal());
            assertEquals(CellType.NUMERIC, grade.getCellType());
            assertEquals(1.0, grade.getNumericCellValue());
            Cell end = tameside.getCell(Column.INSPECTION_END.ordinal());
            assertTrue(DateUtil.isCellDateFormatted(end), "a real date");
            assertEquals(LocalDate.of(2023, 12, 15), end.getLocalDateTimeCellValue().toLocalDate());
            Cell report = tameside.getCell(Column.REPORT.ordinal());
            assertEquals(TAMESIDE_2023, report.getHyperlink().getAddress());
            assertEquals(CellType.STRING, tameside.getCell(Column.LA_CODE.ordinal()).getCellType(), "codes are text");
            assertNull(tameside.getCell(Column.PUBLISHED.ordinal()), "no value, no cell");
        }
    }

    @Test
    void theSameSummaryGivesTheSameBytes() throws Exception {
        byte[] first = xlsx(latest);
        Thread.sleep(2100); // zip entries are dated to two seconds
        assertArrayEquals(first, xlsx(Summary.of(store, false)));
        assertEquals(csv(latest), csv(Summary.of(store, false)));
    }

    @Test
    void formatsByName() {
        assertEquals(List.of("csv", "xlsx"), SummaryFormat.ALL.stream().map(SummaryFormat::name).toList());
        assertTrue(SummaryFormat.named("csv").isText());
        assertFalse(SummaryFormat.named("xlsx").isText());
        var e = assertThrows(IllegalArgumentException.class, () -> SummaryFormat.named("ods"));
        assertEquals("unknown summary format 'ods' (one of: csv, xlsx)", e.getMessage());
    }

    /** A row's cells as the CSV writes them: numbers whole, dates yyyy-mm-dd, no cell empty. */
    private static List<String> cells(Row row) {
        List<String> values = new ArrayList<>();
        for (int c = 0; c < Summary.columns().size(); c++) {
            Cell cell = row.getCell(c);
            if (cell == null) {
                values.add("");
            } else if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                values.add(cell.getLocalDateTimeCellValue().toLocalDate().toString());
            } else if (cell.getCellType() == CellType.NUMERIC) {
                double v = cell.getNumericCellValue();
                assertEquals(Math.rint(v), v);
                values.add(Long.toString((long) v));
            } else {
                values.add(cell.getStringCellValue());
            }
        }
        return values;
    }

    static String csv(Summary summary) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvFormat().write(summary, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(Summary summary) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxFormat().write(summary, out);
        return out.toByteArray();
    }
}
