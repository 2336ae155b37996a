package org.ofstedkg.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A figure a report states: what it measures (a concept of the measures scheme, where the reader can tell;
 * and the report's own words after it), its value and unit, whether the report gives it as approximate, the
 * period and comparator where stated, the area it is of (the authority's, or England's, the region's or
 * similar areas' when it is a comparator), how it compares with such a figure in the same sentence, and the
 * sentence it is in.
 */
public record Statistic(Optional<String> measure, String words, BigDecimal value, Unit unit, boolean approximate,
        Optional<String> period, Optional<String> comparator, RefArea area, Optional<Comparison> comparison,
        Evidence evidence) {

    public enum Unit {
        COUNT("count"), PERCENT("percent"), POUNDS("pounds"),
        /** A rate per 10,000 children, as inspection reports since 2012 give children looked after and on plans. */
        RATE_PER_10000("rate-per-10000");

        private final String slug;

        Unit(String slug) {
            this.slug = slug;
        }

        public String slug() {
            return slug;
        }
    }
}
