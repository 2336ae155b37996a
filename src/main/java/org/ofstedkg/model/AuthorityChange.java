package org.ofstedkg.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A change between authorities of the register on one day: a split, a merger or a reorganisation
 * (a new body under the same name), from the authorities that ceased (by id) to those that began, and
 * the legal instrument that made it.
 */
public record AuthorityChange(LocalDate date, String change, List<String> from, List<String> to, String instrument) {

    public AuthorityChange {
        from = List.copyOf(from);
        to = List.copyOf(to);
    }
}
