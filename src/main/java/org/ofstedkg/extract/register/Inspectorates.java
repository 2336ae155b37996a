package org.ofstedkg.extract.register;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.ofstedkg.extract.decode.Document;

/** The inspectorates that sign or take part in the reports, by the names the reports give them. */
public final class Inspectorates {

    public static final List<String> NAMES = List.of(
            "Ofsted",
            "Audit Commission",
            "Healthcare Commission",
            "Commission for Social Care Inspection",
            "Adult Learning Inspectorate",
            "HM Crown Prosecution Service Inspectorate",
            "HM Inspectorate of Constabulary",
            "HM Inspectorate of Prisons",
            "HM Inspectorate of Probation",
            "HM Inspectorate of Court Administration");

    private static final Pattern CLOSING_STOP = Pattern.compile("[.,;]$");

    private Inspectorates() {
    }

    /** The inspectorate a line names exactly (case and surrounding space aside). */
    public static Optional<String> named(CharSequence line) {
        String s = CLOSING_STOP.matcher(Document.normalise(line)).replaceAll("");
        return NAMES.stream().filter(n -> n.toLowerCase(Locale.ROOT).equals(s)).findFirst();
    }
}
