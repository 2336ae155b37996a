package org.ofstedkg.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Collectors;

/** A file format the summary is written in. A new format is a new class, listed in {@link #ALL}. */
public interface SummaryFormat {

    /** Every format, by the name {@code --format} takes. */
    List<SummaryFormat> ALL = List.of(new CsvFormat(), new XlsxFormat());

    /** The name {@code --format} takes, which is also the file's extension: csv, xlsx. */
    String name();

    /** The media type the server gives it under. */
    String mediaType();

    /** Whether it is text that can go to a terminal or a pipe, not only into a file. */
    boolean isText();

    /** Writes the summary; {@code out} is left open. */
    void write(Summary summary, OutputStream out) throws IOException;

    static SummaryFormat named(String name) {
        return ALL.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "unknown summary format '" + name + "' (one of: "
                        + ALL.stream().map(SummaryFormat::name).collect(Collectors.joining(", ")) + ")"));
    }
}
