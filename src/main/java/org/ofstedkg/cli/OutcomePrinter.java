package org.ofstedkg.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.ofstedkg.pipeline.Outcome;
import org.ofstedkg.validate.Violation;

/** How the commands print the outcome of a file: one line, then its warnings and violations. */
final class OutcomePrinter {

    private OutcomePrinter() {
    }

    static void line(PrintWriter out, Outcome o) {
        String status = o.status().name().toLowerCase(Locale.ROOT);
        if (o.report().isPresent()) {
            var r = o.report().get();
            out.printf("%-9s %-20s %-28s %5d triples  %s%s%n", status, r.kind().slug(),
                    r.authority().name() + " (" + r.authority().laCode() + ")", o.triples(), o.file(),
                    o.rejected() ? ": " + o.reason() : "");
            r.warnings().forEach(w -> out.printf("          warning: %s%n", w));
        } else {
            out.printf("%-9s %s: %s%n", status, o.file(), o.reason());
        }
        for (Violation v : o.violations()) {
            out.printf("          violation in %s: focus %s, property %s: %s%n", o.file().getFileName(),
                    v.focusNode(), v.property().isEmpty() ? "(none)" : v.property(), v.message());
        }
    }
}
