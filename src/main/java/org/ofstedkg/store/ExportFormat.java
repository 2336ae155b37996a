package org.ofstedkg.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.jena.riot.RDFFormat;

/**
 * The formats {@code export} writes. Streaming formats are written triple by triple in sorted
 * order; the others are built in memory from the sorted triples and handed to Jena's writer.
 */
public enum ExportFormat {
    TURTLE("turtle", RDFFormat.TURTLE_BLOCKS, false, true),
    NTRIPLES("ntriples", RDFFormat.NTRIPLES_UTF8, false, true),
    NQUADS("nquads", RDFFormat.NQUADS_UTF8, true, true),
    TRIG("trig", RDFFormat.TRIG_BLOCKS, true, true),
    JSONLD("jsonld", RDFFormat.JSONLD11_PRETTY, true, false),
    RDFXML("rdfxml", RDFFormat.RDFXML_PLAIN, false, false);

    private final String name;
    private final RDFFormat format;
    private final boolean quads;
    private final boolean streaming;

    ExportFormat(String name, RDFFormat format, boolean quads, boolean streaming) {
        this.name = name;
        this.format = format;
        this.quads = quads;
        this.streaming = streaming;
    }

    public static ExportFormat named(String name) {
        return Arrays.stream(values()).filter(f -> f.name.equals(name.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown export format '" + name + "' (one of: "
                        + Arrays.stream(values()).map(f -> f.name).collect(Collectors.joining(", ")) + ")"));
    }

    /** The name {@code export --format} takes. */
    public String label() {
        return name;
    }

    public RDFFormat rdfFormat() {
        return format;
    }

    /** Whether the format keeps named graphs; the others write the union of the graphs. */
    public boolean keepsGraphs() {
        return quads;
    }

    boolean streaming() {
        return streaming;
    }
}
