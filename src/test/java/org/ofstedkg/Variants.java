package org.ofstedkg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

/**
 * Other reports made from a sample: Sefton's letter addressed to another metropolitan borough of the
 * register, each a distinct report (its own authority, so its own graph).
 */
public final class Variants {

    /** Metropolitan boroughs of the register, whose councils are named as Sefton's is. */
    public static final List<String> BOROUGHS = List.of("Wigan", "Knowsley", "Wirral", "Bolton", "Bury", "Oldham",
            "Rochdale", "Salford", "Stockport", "Tameside", "Trafford", "Barnsley", "Doncaster", "Rotherham",
            "Sheffield", "Gateshead", "Sunderland", "Dudley", "Sandwell", "Solihull", "Walsall", "Calderdale",
            "Kirklees", "Wakefield");

    private Variants() {
    }

    /** Sefton's letter, as if to {@code borough}. */
    public static byte[] letterTo(String borough) {
        return letterTo(borough, 9);
    }

    /** Sefton's letter, as if to {@code borough} on another day of December 2009: another report. */
    public static byte[] letterTo(String borough, int day) {
        try {
            String sefton = Files.readString(Samples.report(Samples.SEFTON_LETTER), StandardCharsets.UTF_8);
            return sefton.replace("Sefton", borough).replace("\n9 December 2009\n", "\n" + day + " December 2009\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
