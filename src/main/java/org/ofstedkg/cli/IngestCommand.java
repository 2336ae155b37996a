package org.ofstedkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.ofstedkg.pipeline.Outcome;
import org.ofstedkg.pipeline.Pipeline;
import org.ofstedkg.store.KnowledgeStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest", mixinStandardHelpOptions = true, description = {
        "Extract, map, validate and store each report as one named graph; a newer version of a report replaces "
                + "its graph. Prints one line per report and a summary.",
        "Exit status: 0 when all were stored (or unchanged), 1 when any was rejected (the others are still stored), "
                + "2 when the command could not run."})
final class IngestCommand implements Callable<Integer> {

    @Mixin
    StoreOptions options;

    @Mixin
    BaseOption base;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Report files or folders of reports.")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Pipeline.Inputs inputs = Pipeline.inputs(paths);
        List<Path> files = inputs.paths();
        if (files.isEmpty()) {
            spec.commandLine().getErr().println("ofsted-kg ingest: warning: no files found in " + paths);
        }
        Pipeline pipeline = new Pipeline(base.uris());
        try (KnowledgeStore store = KnowledgeStore.open(options.storeDir())) {
            Map<Outcome.Status, Integer> counts = ingest(pipeline, store, inputs, out);
            out.printf("%d file%s: %d stored, %d replaced, %d unchanged, %d rejected; the store %s holds %d reports%n",
                    files.size(), files.size() == 1 ? "" : "s", counts.get(Outcome.Status.STORED),
                    counts.get(Outcome.Status.REPLACED), counts.get(Outcome.Status.UNCHANGED),
                    counts.get(Outcome.Status.REJECTED), options.storeDir(), store.reportGraphs().size());
            out.flush();
            return counts.get(Outcome.Status.REJECTED) > 0 ? 1 : 0;
        }
    }

    /** Ingests the files one by one, printing a line for each; shared with {@code serve}. */
    static Map<Outcome.Status, Integer> ingest(Pipeline pipeline, KnowledgeStore store, List<Path> files,
            PrintWriter out) {
        return ingest(pipeline, store, new Pipeline.Inputs(files, Map.of()), out);
    }

    /** Ingests each file and rejects each path that is not one (a symbolic-link loop), a line for each. */
    static Map<Outcome.Status, Integer> ingest(Pipeline pipeline, KnowledgeStore store, Pipeline.Inputs inputs,
            PrintWriter out) {
        pipeline.prepare(store);
        Map<Outcome.Status, Integer> counts = new EnumMap<>(Outcome.Status.class);
        for (Outcome.Status s : Outcome.Status.values()) {
            counts.put(s, 0);
        }
        for (Path file : inputs.paths()) {
            Outcome o = inputs.rejection(file).orElseGet(() -> pipeline.ingest(file, store));
            counts.merge(o.status(), 1, Integer::sum);
            OutcomePrinter.line(out, o);
            out.flush();
        }
        return counts;
    }
}
