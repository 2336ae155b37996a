package org.ofstedkg.summary;

/** The summary's columns, in their fixed order, each with the kind of value it holds. */
public enum Column {
    URN("urn", Kind.TEXT),
    LA_CODE("la_code", Kind.TEXT),
    REGION_CODE("region_code", Kind.TEXT),
    GSS_CODE("gss_code", Kind.TEXT),
    AUTHORITY("authority", Kind.TEXT),
    FRAMEWORK("framework", Kind.TEXT),
    INSPECTION_START("inspection_start", Kind.DATE),
    INSPECTION_END("inspection_end", Kind.DATE),
    PUBLISHED("published", Kind.DATE),
    LEAD_INSPECTOR("lead_inspector", Kind.TEXT),
    OVERALL_EFFECTIVENESS("overall_effectiveness", Kind.TEXT),
    OVERALL_GRADE("overall_grade", Kind.NUMBER),
    IMPACT_OF_LEADERS("impact_of_leaders", Kind.NUMBER),
    HELP_AND_PROTECTION("help_and_protection", Kind.NUMBER),
    IN_CARE("in_care", Kind.NUMBER),
    CARE_LEAVERS("care_leavers", Kind.NUMBER),
    PREVIOUS_OVERALL_GRADE("previous_overall_grade", Kind.NUMBER),
    PREVIOUS_INSPECTION_END("previous_inspection_end", Kind.DATE),
    STATISTICAL_NEIGHBOURS("statistical_neighbours", Kind.TEXT),
    STATISTICAL_NEIGHBOURS_LATEST_GRADES("statistical_neighbours_latest_grades", Kind.TEXT),
    REPORT("report", Kind.IRI),
    OVERALL_EFFECTIVENESS_EVIDENCE("overall_effectiveness_evidence", Kind.IRI),
    IMPACT_OF_LEADERS_EVIDENCE("impact_of_leaders_evidence", Kind.IRI),
    HELP_AND_PROTECTION_EVIDENCE("help_and_protection_evidence", Kind.IRI),
    IN_CARE_EVIDENCE("in_care_evidence", Kind.IRI),
    CARE_LEAVERS_EVIDENCE("care_leavers_evidence", Kind.IRI),
    PREVIOUS_OVERALL_EVIDENCE("previous_overall_evidence", Kind.IRI);

    /** What a column's values are: a spreadsheet types its cells by it. */
    public enum Kind {
        /** Text, codes included (an LA code is a name, not a quantity). */
        TEXT,
        /** A whole number: the grades, 1-4. */
        NUMBER,
        /** A day, as yyyy-mm-dd. */
        DATE,
        /** A time of a day, as yyyy-mm-ddThh:mm:ss (no zone: a spreadsheet has none). */
        DATE_TIME,
        /** An identifier, which dereferences to its page. */
        IRI
    }

    private final String header;
    private final Kind kind;

    Column(String header, Kind kind) {
        this.header = header;
        this.kind = kind;
    }

    /** The column's name in the header row (snake_case, as in the README). */
    public String header() {
        return header;
    }

    public Kind kind() {
        return kind;
    }
}
