package org.ofstedkg.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

import org.ofstedkg.extract.decode.Document;
import org.ofstedkg.extract.register.AuthorityRegister;
import org.ofstedkg.model.Report;

/**
 * The extraction stage: a file in, a {@link Report} out. Picks the reader that recognises the
 * document among those registered.
 */
public final class Extractor {

    private final AuthorityRegister register;
    private final List<ReportReader> readers;

    public Extractor(AuthorityRegister register) {
        this(register, ServiceLoader.load(ReportReader.class).stream().map(ServiceLoader.Provider::get).toList());
    }

    public Extractor(AuthorityRegister register, List<ReportReader> readers) {
        this.register = register;
        this.readers = List.copyOf(readers);
    }

    public Report extract(Path file) throws ExtractionException {
        return extract(Document.read(file));
    }

    public Report extract(Document document) throws ExtractionException {
        List<ReportReader> matching = readers.stream().filter(r -> r.recognises(document)).toList();
        if (matching.size() > 1) {
            List<ReportReader> titled = matching.stream().filter(r -> r.titled(document)).toList();
            matching = titled.size() == 1 ? titled : matching;
        }
        if (matching.isEmpty()) {
            throw new ExtractionException("not a known kind of report (expected one of: "
                    + readers.stream().map(r -> r.kind().label().toLowerCase(java.util.Locale.ROOT))
                            .collect(Collectors.joining(", "))
                    + ")");
        }
        if (matching.size() > 1) {
            throw new ExtractionException("reads as more than one kind of report: "
                    + matching.stream().map(r -> r.kind().slug()).collect(Collectors.joining(", ")));
        }
        Report report = matching.get(0).read(document, register);
        if (document.warnings().isEmpty()) {
            return report;
        }
        // How the file was read comes first: a reader of the warnings sees the encoding before what it led to.
        List<String> warnings = new java.util.ArrayList<>(document.warnings());
        warnings.addAll(report.warnings());
        return report.withWarnings(warnings);
    }
}
