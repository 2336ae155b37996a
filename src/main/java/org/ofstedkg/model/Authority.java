package org.ofstedkg.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A children's services authority of the register: {@code id}, the last segment of its identifier (fixed
 * in the register's data, never derived again, so it never changes); its name, DfE LA number and ONS GSS
 * code (none for the counties abolished before GSS codes began in 2011); the days it began and ceased to
 * exist where it did either within the register's span; and, for authorities of today, Ofsted's URN,
 * the region, the kind of authority and its ten statistical neighbours (by LA number).
 */
public record Authority(String id, String name, String laCode, Optional<String> gssCode, Optional<LocalDate> validFrom,
        Optional<LocalDate> validUntil, Optional<String> urn, Optional<Region> region, Optional<String> type,
        List<String> statisticalNeighbours) {

    /** A region of England: its ONS code (E12...) and name, and the short code DfE uses (e.g. "GL"). */
    public record Region(String gssCode, String name, String code) {

        /** England's nine regions, as ONS names and codes them, with DfE's short codes. */
        private static final List<Region> ENGLAND = List.of(
                new Region("E12000001", "North East", "NE"),
                new Region("E12000002", "North West", "NW"),
                new Region("E12000003", "Yorkshire and The Humber", "YH"),
                new Region("E12000004", "East Midlands", "EM"),
                new Region("E12000005", "West Midlands", "WM"),
                new Region("E12000006", "East of England", "E"),
                new Region("E12000007", "London", "GL"),
                new Region("E12000008", "South East", "SE"),
                new Region("E12000009", "South West", "SW"));

        /**
         * The region of that name (in any case). A region is one thing with one code: the register's lookup
         * table, row by row, gives some authorities another region's ONS code, no DfE code or "NotKnown" beside
         * their region's right name, so the codes are taken from the name.
         */
        public static Optional<Region> named(String name) {
            return ENGLAND.stream().filter(r -> r.name.equalsIgnoreCase(name.strip())).findFirst();
        }
    }

    public Authority {
        statisticalNeighbours = List.copyOf(statisticalNeighbours);
    }

    /** Whether the authority existed on that day. */
    public boolean inForceOn(LocalDate day) {
        return validFrom.map(from -> !day.isBefore(from)).orElse(true)
                && validUntil.map(until -> !day.isAfter(until)).orElse(true);
    }
}
