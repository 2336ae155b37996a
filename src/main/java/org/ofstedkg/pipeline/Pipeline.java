package org.ofstedkg.pipeline;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.shared.PrefixMapping;
import org.ofstedkg.extract.AuthorityRegister;
import org.ofstedkg.extract.Document;
import org.ofstedkg.extract.ExtractionException;
import org.ofstedkg.extract.Extractor;
import org.ofstedkg.map.RdfMapping;
import org.ofstedkg.map.UriScheme;
import org.ofstedkg.map.Vocab;
import org.ofstedkg.model.Report;
import org.ofstedkg.store.KnowledgeStore;
import org.ofstedkg.validate.ShapesValidator;
import org.ofstedkg.validate.Violation;

/**
 * The whole path for one file: extract, map, validate and, when a store is given, store as one named
 * graph in one transaction. A file that fails any stage is rejected with the reason and leaves the
 * store as it was.
 */
public final class Pipeline {

    private final Extractor extractor;
    private final RdfMapping mapping;
    private final ShapesValidator validator;
    private final Graph ontology;
    private final Graph register;

    public Pipeline(UriScheme uris) {
        this(uris, AuthorityRegister.bundled());
    }

    public Pipeline(UriScheme uris, AuthorityRegister authorities) {
        this.extractor = new Extractor(authorities);
        this.mapping = new RdfMapping(uris);
        this.ontology = RdfMapping.ontology();
        this.register = mapping.register(authorities);
        this.validator = new ShapesValidator(new Union(ontology, register), prefixes());
    }

    public UriScheme uris() {
        return mapping.uris();
    }

    public PrefixMapping prefixes() {
        return Vocab.prefixes(mapping.uris());
    }

    /**
     * Loads the ontology and register graphs into the store where they are missing or out of date;
     * fails if the store was built with another base.
     */
    public void prepare(KnowledgeStore store) {
        store.checkBase(uris());
        store.ensureGraph(uris().ontologyGraph(), ontology);
        store.ensureGraph(uris().registerGraph(), register);
    }

    /** A report's graph and the name it is stored under. */
    public record ReportGraph(Node name, Graph graph) {
    }

    /** What a file maps to (extracted and mapped, not validated): to compare with what a store holds. */
    public ReportGraph map(Path file) throws ExtractionException {
        Report report = extractor.extract(file);
        return new ReportGraph(uris().reportGraph(report), mapping.report(report));
    }

    /** The SHACL violations of a report's graph, checked with the ontology and register. */
    public List<Violation> validate(Graph reportGraph) {
        return validator.validate(reportGraph).stream().filter(v -> v.severity().equals("Violation")).toList();
    }

    /** Extracts, maps and validates a file without storing it. */
    public Outcome check(Path file) {
        return run(file, Optional.empty());
    }

    /** Extracts, maps, validates and stores a file. */
    public Outcome ingest(Path file, KnowledgeStore store) {
        return run(file, Optional.of(store));
    }

    /**
     * Extracts, maps, validates and stores a report received as bytes (an upload), under a file name that
     * is only a label: nothing is read from or written to the file system.
     */
    public Outcome ingest(String fileName, byte[] bytes, KnowledgeStore store) {
        return run(Path.of(fileName), () -> Document.of(fileName, bytes), Optional.of(store));
    }

    private Outcome run(Path file, Optional<KnowledgeStore> store) {
        return run(file, () -> Document.read(file), store);
    }

    /** Reads a document: from a file, or from bytes received. */
    private interface DocumentSource {
        Document read() throws ExtractionException;
    }

    private Outcome run(Path file, DocumentSource source, Optional<KnowledgeStore> store) {
        try {
            return stages(file, source, store);
        } catch (RuntimeException e) {
            // A defect of ours must not stop the other files of the run; the file is named and kept out.
            return Outcome.rejected(file, Optional.empty(), "internal error (please report it): " + e, List.of());
        }
    }

    private Outcome stages(Path file, DocumentSource source, Optional<KnowledgeStore> store) {
        Report report;
        try {
            report = extractor.extract(source.read());
        } catch (ExtractionException e) {
            return Outcome.rejected(file, Optional.empty(), e.getMessage(), List.of());
        }
        Graph graph = mapping.report(report);
        List<Violation> violations = validate(graph);
        if (!violations.isEmpty()) {
            return Outcome.rejected(file, Optional.of(report),
                    violations.size() + " SHACL violation" + (violations.size() == 1 ? "" : "s"), violations);
        }
        if (store.isEmpty()) {
            return new Outcome(file, Outcome.Status.VALID, Optional.of(report), graph.size(), "", List.of());
        }
        Outcome.Status status = switch (store.get().putReport(uris().reportGraph(report), graph,
                report.source().sha256())) {
            case STORED -> Outcome.Status.STORED;
            case REPLACED -> Outcome.Status.REPLACED;
            case UNCHANGED -> Outcome.Status.UNCHANGED;
        };
        return new Outcome(file, status, Optional.of(report), graph.size(), "", List.of());
    }

    /**
     * The files named: each file as is, each folder's regular files (recursively, hidden ones skipped,
     * in name order). A path that does not exist is an error naming it.
     */
    public static List<Path> files(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new IOException("no such file or folder: " + p);
            }
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p, FileVisitOption.FOLLOW_LINKS)) {
                    s.filter(Files::isRegularFile)
                            .filter(f -> !isHidden(p.relativize(f)))
                            .sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
