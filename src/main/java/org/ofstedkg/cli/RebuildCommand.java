package org.ofstedkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.ofstedkg.Digests;
import org.ofstedkg.extract.decode.Document;
import org.ofstedkg.map.Vocab;
import org.ofstedkg.model.Source;
import org.ofstedkg.pipeline.Outcome;
import org.ofstedkg.pipeline.Pipeline;
import org.ofstedkg.store.BulkLoad;
import org.ofstedkg.store.KnowledgeStore;
import org.ofstedkg.store.ModelVersion;
import org.ofstedkg.store.StoreException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "rebuild", mixinStandardHelpOptions = true, description = {
        "Re-read every report of a store with this version of ofsted-kg into a new store, moved into place only "
                + "when complete, and print what changed: reports whose facts differ, reports now refused and why.",
        "Each report is read from its original file where one with the same SHA-256 is found in the --from "
                + "folders (default: the bundled data/reports and data/real-reports), else from the text the store "
                + "keeps of it (a PDF read so has lost its words' positions). The old store is kept beside the new "
                + "one, named DIR.before-rebuild-TIME, until you delete it."})
final class RebuildCommand implements Callable<Integer> {

    @Mixin
    StoreOptions options;

    @Mixin
    BaseOption base;

    @Option(names = "--from", paramLabel = "DIR", description = "Folders to find the reports' original files in, by "
            + "their SHA-256 (searched recursively; default: the bundled data/reports and data/real-reports).")
    List<Path> from;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = options.storeDir().toAbsolutePath().normalize();
        Map<String, Path> originals = originals(from != null ? from
                : List.of(Main.home().resolve("data").resolve("reports"), Main.home().resolve("data").resolve("real-reports")));
        Path rebuilt = dir.resolveSibling(dir.getFileName() + ".rebuilt");
        if (Files.exists(rebuilt)) {
            throw new StoreException(rebuilt + " exists (a rebuild stopped midway?): delete it and run again");
        }
        Pipeline pipeline = new Pipeline(base.uris());
        int[] counts = new int[4]; // unchanged, changed, refused, renamed
        int reports;
        try (KnowledgeStore old = KnowledgeStore.openExisting(dir)) {
            old.checkBase(base.uris());
            int version = old.modelVersion();
            List<String> names = old.reportGraphs();
            reports = names.size();
            err.printf("ofsted-kg rebuild: reading the %d reports of %s (model version %d) again with model version %d%n",
                    reports, dir, version, ModelVersion.CURRENT);
            err.flush();
            BulkLoad load = BulkLoad.into(rebuilt, BulkLoad.Feed.GRAPHS);
            try {
                pipeline.prepare(load);
                DatasetGraph data = old.dataset();
                int done = 0;
                for (String name : names) {
                    Node graphName = NodeFactory.createURI(name);
                    Optional<Source> kept = Txn.calculateRead(data, () -> source(data.getGraph(graphName)));
                    if (kept.isEmpty()) {
                        out.printf("refused   %s: the store keeps no source text of it%n", name);
                        counts[2]++;
                        continue;
                    }
                    Source source = kept.get();
                    Path original = originals.get(source.sha256());
                    Pipeline.Processed processed;
                    String read;
                    if (original != null) {
                        processed = pipeline.process(original);
                        read = "from " + original;
                    } else {
                        processed = pipeline.process(Path.of(source.fileName()), Document.ofKeptText(source));
                        read = "from the text the store keeps";
                    }
                    if (processed.put().isEmpty()) {
                        Outcome o = processed.outcome();
                        out.printf("refused   %s: %s (%s)%n", name, o.reason(), read);
                        counts[2]++;
                    } else {
                        KnowledgeStore.Put put = processed.put().get();
                        load.add(put.graphName(), put.graph());
                        Graph before = Txn.calculateRead(data, () -> copy(data.getGraph(graphName)));
                        if (!put.graphName().getURI().equals(name)) {
                            out.printf("renamed   %s -> %s (%s)%n", name, put.graphName().getURI(), read);
                            counts[3]++;
                        } else if (before.size() == put.graph().size() && before.isIsomorphicWith(put.graph())) {
                            counts[0]++;
                        } else {
                            out.printf("changed   %s: %d statements before, %d now: %s (%s)%n", name, before.size(),
                                    put.graph().size(), difference(before, put.graph(), pipeline), read);
                            counts[1]++;
                        }
                    }
                    if (++done % 100 == 0) {
                        err.printf("ofsted-kg rebuild: %d of %d reports read%n", done, reports);
                        err.flush();
                    }
                }
                load.finish();
            } catch (RuntimeException | Error e) {
                load.abandon();
                throw e;
            }
        }
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss"));
        Path kept = dir.resolveSibling(dir.getFileName() + ".before-rebuild-" + stamp);
        Files.move(dir, kept, StandardCopyOption.ATOMIC_MOVE);
        Files.move(rebuilt, dir, StandardCopyOption.ATOMIC_MOVE);
        out.printf("%d reports: %d unchanged, %d changed, %d renamed, %d refused; the store %s is rebuilt with model "
                + "version %d; the old store is kept at %s (delete it when you are satisfied)%n", reports, counts[0],
                counts[1], counts[3], counts[2], dir, ModelVersion.CURRENT, kept);
        out.flush();
        return counts[2] > 0 ? 1 : 0;
    }

    /**
     * What differs between a report's graphs, by property: "+1 dcterms:issued, -2 okg:quote". The graphs
     * have no blank nodes, so the statements of one that the other lacks are exactly what changed.
     */
    private static String difference(Graph before, Graph now, Pipeline pipeline) {
        Map<String, int[]> byProperty = new java.util.TreeMap<>();
        now.find().forEachRemaining(t -> {
            if (!before.contains(t)) {
                byProperty.computeIfAbsent(pipeline.prefixes().shortForm(t.getPredicate().getURI()), k -> new int[2])[0]++;
            }
        });
        before.find().forEachRemaining(t -> {
            if (!now.contains(t)) {
                byProperty.computeIfAbsent(pipeline.prefixes().shortForm(t.getPredicate().getURI()), k -> new int[2])[1]++;
            }
        });
        List<String> parts = new ArrayList<>();
        byProperty.forEach((p, c) -> {
            if (c[0] > 0) {
                parts.add("+" + c[0] + " " + p);
            }
            if (c[1] > 0) {
                parts.add("-" + c[1] + " " + p);
            }
        });
        return String.join(", ", parts);
    }

    /** The original file of each SHA-256 found in the folders. */
    private static Map<String, Path> originals(List<Path> folders) throws IOException {
        Map<String, Path> bySha = new HashMap<>();
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            if (Files.isDirectory(folder)) {
                files.addAll(Pipeline.files(List.of(folder)));
            }
        }
        for (Path f : files) {
            if (Files.size(f) <= Document.MAX_BYTES) {
                bySha.putIfAbsent(Digests.sha256Hex(Files.readAllBytes(f)), f);
            }
        }
        return bySha;
    }

    /** The source a report graph keeps: its file's name, SHA-256, media type and text. */
    private static Optional<Source> source(Graph g) {
        var sources = g.find(Node.ANY, Vocab.TYPE, Vocab.SOURCE_DOCUMENT).toList();
        if (sources.isEmpty()) {
            return Optional.empty();
        }
        Node s = sources.get(0).getSubject();
        Optional<String> name = literal(g, s, Vocab.FILE_NAME);
        Optional<String> sha = literal(g, s, Vocab.SHA256);
        Optional<String> text = literal(g, s, Vocab.SOURCE_TEXT);
        if (name.isEmpty() || sha.isEmpty() || text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Source(name.get(), sha.get(), mediaType(g, s),
                literal(g, s, Vocab.CHARACTER_ENCODING), org.ofstedkg.map.XmlChars.withPageBreaks(text.get())));
    }

    /** The source's media type: an IANA IRI, or text in a store of model version 2 or before. */
    private static String mediaType(Graph g, Node s) {
        var found = g.find(s, Vocab.DC_FORMAT, Node.ANY);
        return found.hasNext() ? Vocab.mediaTypeOf(found.next().getObject()) : "text/plain";
    }

    private static Optional<String> literal(Graph g, Node s, Node p) {
        var found = g.find(s, p, Node.ANY);
        return found.hasNext() ? Optional.of(found.next().getObject().getLiteralLexicalForm()) : Optional.empty();
    }

    private static Graph copy(Graph g) {
        Graph c = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(c::add);
        return c;
    }
}
