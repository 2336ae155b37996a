package org.ofstedkg.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A figure a report states: what it measures (in the report's words), its value and unit, whether the
 * report gives it as approximate, the period and comparator where stated, and the sentence it is in.
 */
public record Statistic(String measure, BigDecimal value, Unit unit, boolean approximate, Optional<String> period,
        Optional<String> comparator, Evidence evidence) {

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
