package org.ofstedkg.model;

import java.util.Optional;

/**
 * The earlier inspection a report cites ("Since the last inspection in November 2018, when services were
 * judged inadequate"): its year, its month where the report gives one, the grade the report says it gave,
 * where it says one, and the sentence.
 */
public record CitedInspection(int year, Optional<Integer> month, Optional<Grade> grade, Evidence evidence) {

    /** "2018" or "2018-11": the period as xsd:gYear or xsd:gYearMonth write it. */
    public String period() {
        return month.map(m -> String.format(java.util.Locale.ROOT, "%04d-%02d", year, m)).orElse(Integer.toString(year));
    }
}
