package org.ofstedkg.pipeline;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.shared.PrefixMapping;
import org.ofstedkg.extract.ExtractionException;
import org.ofstedkg.extract.Extractor;
import org.ofstedkg.extract.decode.Document;
import org.ofstedkg.extract.register.AuthorityRegister;
import org.ofstedkg.map.RdfMapping;
import org.ofstedkg.map.UriScheme;
import org.ofstedkg.map.Vocab;
import org.ofstedkg.model.Report;
import org.ofstedkg.store.BulkLoad;
import org.ofstedkg.store.KnowledgeStore;
import org.ofstedkg.store.ModelVersion;
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

    /** Puts the ontology and the register into a store being built. */
    public void prepare(BulkLoad load) {
        load.add(uris().ontologyGraph(), ontology);
        load.add(uris().registerGraph(), register);
        load.add(ModelVersion.graphName(uris()), ModelVersion.graph(uris()));
    }

    /**
     * Loads the ontology and register graphs into the store where they are missing or out of date;
     * fails if the store was built with another base or by an older model version (how to upgrade it).
     */
    public void prepare(KnowledgeStore store) {
        store.checkBase(uris());
        store.requireCurrentModel(uris());
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

    /**
     * The SHACL violations of a whole store, all its graphs at once (in one read transaction): the check
     * of a store restored or built elsewhere. The pipeline validates each report's graph alone.
     */
    public List<Violation> validateStore(KnowledgeStore store) {
        return org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> validator.validateWhole(
                store.dataset().getUnionGraph()).stream().filter(v -> v.severity().equals("Violation")).toList());
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
        return store(process(Path.of(fileName), () -> Document.of(fileName, bytes)), store);
    }

    private Outcome run(Path file, Optional<KnowledgeStore> store) {
        Processed p = process(file);
        return store.isPresent() ? store(p, store.get()) : p.outcome();
    }

    /**
     * A file taken through extraction, mapping and validation: its outcome (valid or rejected, with
     * why), and when valid the graph to store. Safe to call from several threads at once.
     */
    public record Processed(Outcome outcome, Optional<KnowledgeStore.Put> put) {
    }

    /** Extracts, maps and validates a file, timing each stage; stores nothing. */
    public Processed process(Path file) {
        return process(file, () -> Document.read(file));
    }

    /** Extracts, maps and validates a document already read (a store's kept text); stores nothing. */
    public Processed process(Path label, Document document) {
        return process(label, () -> document);
    }

    /** Stores what was processed; what was rejected stays out. */
    public Outcome store(Processed processed, KnowledgeStore store) {
        if (processed.put().isEmpty()) {
            return processed.outcome();
        }
        long start = System.nanoTime();
        KnowledgeStore.Change change = store.putReports(List.of(processed.put().get())).get(0);
        timings.add(Stage.STORE, System.nanoTime() - start);
        return stored(processed.outcome(), change);
    }

    /** The outcome of a processed file once stored with this change. */
    public static Outcome stored(Outcome valid, KnowledgeStore.Change change) {
        Outcome.Status status = switch (change) {
            case STORED -> Outcome.Status.STORED;
            case REPLACED -> Outcome.Status.REPLACED;
            case UNCHANGED -> Outcome.Status.UNCHANGED;
        };
        return new Outcome(valid.file(), status, valid.report(), valid.triples(), "", List.of());
    }

    /** Reads a document: from a file, or from bytes received. */
    private interface DocumentSource {
        Document read() throws ExtractionException;
    }

    private Processed process(Path file, DocumentSource source) {
        try {
            return stages(file, source);
        } catch (RuntimeException e) {
            // A defect of ours must not stop the other files of the run; the file is named and kept out.
            return new Processed(Outcome.rejected(file, Optional.empty(), "internal error (please report it): " + e,
                    List.of()), Optional.empty());
        }
    }

    private Processed stages(Path file, DocumentSource source) {
        long start = System.nanoTime();
        Report report;
        try {
            report = extractor.extract(source.read());
        } catch (ExtractionException e) {
            return new Processed(Outcome.rejected(file, Optional.empty(), e.getMessage(), List.of()), Optional.empty());
        } finally {
            timings.add(Stage.EXTRACT, System.nanoTime() - start);
        }
        long mapped = System.nanoTime();
        Graph graph = mapping.report(report);
        long validated = System.nanoTime();
        timings.add(Stage.MAP, validated - mapped);
        List<Violation> violations = validate(graph);
        timings.add(Stage.VALIDATE, System.nanoTime() - validated);
        if (!violations.isEmpty()) {
            return new Processed(Outcome.rejected(file, Optional.of(report),
                    violations.size() + " SHACL violation" + (violations.size() == 1 ? "" : "s"), violations),
                    Optional.empty());
        }
        return new Processed(new Outcome(file, Outcome.Status.VALID, Optional.of(report), graph.size(), "", List.of()),
                Optional.of(new KnowledgeStore.Put(uris().reportGraph(report), graph, report.source().sha256())));
    }

    /** The stages of the pipeline, as timed. */
    public enum Stage { EXTRACT, MAP, VALIDATE, STORE }

    /** Time spent in each stage, summed over all threads, since this pipeline was made. */
    public static final class Timings {
        private final java.util.Map<Stage, java.util.concurrent.atomic.LongAdder> nanos =
                new java.util.EnumMap<>(Stage.class);

        Timings() {
            for (Stage s : Stage.values()) {
                nanos.put(s, new java.util.concurrent.atomic.LongAdder());
            }
        }

        public void add(Stage stage, long elapsedNanos) {
            nanos.get(stage).add(elapsedNanos);
        }

        public double seconds(Stage stage) {
            return nanos.get(stage).sum() / 1e9;
        }
    }

    private final Timings timings = new Timings();

    public Timings timings() {
        return timings;
    }

    /**
     * The paths an ingest or validation reads, in order, and those of them that cannot be read as files,
     * each with the reason (a symbolic-link loop, a broken link, a folder that cannot be listed). A
     * problem with one path is that path's rejection; it does not stop the others.
     */
    public record Inputs(List<Path> paths, Map<Path, String> problems) {

        public Inputs {
            paths = List.copyOf(paths);
            problems = Map.copyOf(problems);
        }

        /** The paths that are files to read. */
        public List<Path> files() {
            return paths.stream().filter(p -> !problems.containsKey(p)).toList();
        }

        /** The rejection of a path that cannot be read as a file; empty for a file to read. */
        public Optional<Outcome> rejection(Path path) {
            return Optional.ofNullable(problems.get(path))
                    .map(reason -> Outcome.rejected(path, Optional.empty(), reason, List.of()));
        }
    }

    /**
     * The paths named: each file as is, each folder's regular files (recursively, following symbolic
     * links, hidden ones skipped, in name order). A path named that does not exist is an error naming it;
     * a path inside a folder that cannot be read as a file is one of the inputs' problems.
     */
    public static Inputs inputs(List<Path> paths) throws IOException {
        List<Path> all = new ArrayList<>();
        Map<Path, String> problems = new HashMap<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new IOException("no such file or folder: " + p);
            }
            if (Files.isDirectory(p)) {
                List<Path> found = new ArrayList<>();
                Files.walkFileTree(p, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                        new FolderWalk(p, found, problems));
                found.sort(null);
                all.addAll(found);
            } else {
                all.add(p);
            }
        }
        return new Inputs(all, problems);
    }

    /**
     * The files named, for callers with no way to report a path's problem: as {@link #inputs}, failing on
     * the first path of a folder that cannot be read as a file.
     */
    public static List<Path> files(List<Path> paths) throws IOException {
        Inputs inputs = inputs(paths);
        for (Path p : inputs.paths()) {
            if (inputs.problems().containsKey(p)) {
                throw new IOException(p + ": " + inputs.problems().get(p));
            }
        }
        return inputs.files();
    }

    /** A folder's files; a link that loops or leads nowhere, or what cannot be listed, is a problem. */
    private static final class FolderWalk extends SimpleFileVisitor<Path> {
        private final Path root;
        private final List<Path> found;
        private final Map<Path, String> problems;

        FolderWalk(Path root, List<Path> found, Map<Path, String> problems) {
            this.root = root;
            this.found = found;
            this.problems = problems;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (isHidden(file)) {
                return FileVisitResult.CONTINUE;
            }
            if (attrs.isRegularFile()) {
                found.add(file);
            } else if (attrs.isSymbolicLink()) {
                // Following it failed: it points at nothing.
                problem(file, "broken symbolic link (to " + linkTarget(file) + ")");
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (isHidden(file)) {
                return FileVisitResult.CONTINUE;
            }
            if (e instanceof FileSystemLoopException) {
                problem(file, "symbolic-link loop (it leads to " + linkTarget(file)
                        + ", a folder it is in); not followed");
            } else {
                problem(file, "cannot read: " + reason(e));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) {
                problem(dir, "cannot list the folder: " + reason(e));
            }
            return FileVisitResult.CONTINUE;
        }

        private void problem(Path path, String reason) {
            found.add(path);
            problems.put(path, reason);
        }

        private static String reason(IOException e) {
            return e instanceof AccessDeniedException ? "permission denied"
                    : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }

        private static String linkTarget(Path link) {
            try {
                return Files.isSymbolicLink(link) ? Files.readSymbolicLink(link).toString() : link.toRealPath().toString();
            } catch (IOException e) {
                return "?";
            }
        }
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
