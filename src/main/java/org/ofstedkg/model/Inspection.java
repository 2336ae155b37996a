package org.ofstedkg.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a report of an inspection says of the inspection itself: its first and last days, the day the
 * report was published where it prints one, its lead inspector (name and role) and, for inspections of
 * local authority children's services, whether it was a standard or a short inspection where it says; and
 * the previous inspection it cites, where it cites one.
 */
public record Inspection(LocalDate start, LocalDate end, Optional<LocalDate> published, Optional<Person> leadInspector,
        Optional<String> variant, Optional<CitedInspection> previous) {

    public Inspection {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("an inspection that ends (" + end + ") before it starts (" + start + ")");
        }
    }
}
