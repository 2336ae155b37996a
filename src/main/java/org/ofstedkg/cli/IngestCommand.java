package org.ofstedkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.ofstedkg.pipeline.BatchIngest;
import org.ofstedkg.pipeline.Outcome;
import org.ofstedkg.pipeline.Pipeline;
import org.ofstedkg.store.BulkLoad;
import org.ofstedkg.store.KnowledgeStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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

    @Option(names = "--batch", defaultValue = "" + BatchIngest.DEFAULT_BATCH, paramLabel = "N",
            description = "Reports written per transaction (default: ${DEFAULT-VALUE}). Each report is stored whole or "
                    + "not at all; a crash loses at most the batch being written.")
    int batch;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads extracting, mapping and validating at once (default: one per processor).")
    Integer threads;

    @Option(names = "--timings", description = "At the end, print the time spent in each stage (extraction, "
            + "mapping and validation summed over the threads; storage) and the rates, over the ingest itself: up to "
            + "the reports' being stored and their lines printed (not the summary, nor --compact).")
    boolean timings;

    @Option(names = "--no-bulk", description = "Into a new (empty) store too, store the reports batch by batch in "
            + "transactions, each kept once written, rather than build the store with TDB2's bulk loader (the "
            + "default for a new store: several times faster, a fifth of the space on disk, and the store appears "
            + "whole when the run ends, or not at all if it is interrupted).")
    boolean noBulk;

    @Option(names = "--compact", description = "After the ingest, compact the store: a large ingest leaves several "
            + "times the store's size behind on disk (TDB2 keeps what each transaction replaced).")
    boolean compact;

    @Spec
    CommandSpec spec;

    /** What an ingest did: outcomes counted by status, and the statements of the reports stored or unchanged. */
    record Counts(Map<Outcome.Status, Integer> byStatus, long triples) {
        int of(Outcome.Status status) {
            return byStatus.get(status);
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Pipeline.Inputs inputs = Pipeline.inputs(paths);
        List<Path> files = inputs.paths();
        if (files.isEmpty()) {
            spec.commandLine().getErr().println("ofsted-kg ingest: warning: no files found in " + paths);
        }
        Pipeline pipeline = new Pipeline(base.uris());
        long start = System.nanoTime();
        // The ingest's time ends once its reports are stored (and their lines printed); reading the store again
        // for the summary's count is left out, as restore leaves it out of its rate.
        long end = 0;
        Counts counts = null;
        if (!noBulk && BulkLoad.canBuild(options.storeDir())) {
            PrintWriter err = spec.commandLine().getErr();
            err.printf("ofsted-kg ingest: %s is a new store: building it with TDB2's bulk loader; the reports' lines "
                    + "come once it is in place (--no-bulk to store batch by batch)%n", options.storeDir());
            err.flush();
            counts = ingest(withThreads(BatchIngest.bulkInto(BulkLoad.into(options.storeDir(), BulkLoad.Feed.GRAPHS), pipeline)
                    .progress(progressEvery(files.size(), err))), inputs, out);
            end = System.nanoTime();
        }
        try (KnowledgeStore store = KnowledgeStore.open(options.storeDir())) {
            if (counts == null) {
                store.search(); // open (rebuilt first if behind the store), so that each batch updates it
                counts = ingest(withThreads(BatchIngest.into(store, pipeline).batch(batch)), inputs, out);
                if (counts.of(Outcome.Status.STORED) + counts.of(Outcome.Status.REPLACED) > 0) {
                    store.updateStatistics();
                }
                end = System.nanoTime();
            }
            out.printf("%d file%s: %d stored, %d replaced, %d unchanged, %d rejected; the store %s holds %d reports%n",
                    files.size(), files.size() == 1 ? "" : "s", counts.of(Outcome.Status.STORED),
                    counts.of(Outcome.Status.REPLACED), counts.of(Outcome.Status.UNCHANGED),
                    counts.of(Outcome.Status.REJECTED), options.storeDir(), store.reportGraphs().size());
            if (compact) {
                KnowledgeStore.Compaction c = store.compact();
                out.printf("compacted the store: %s before, %s after%n", CompactCommand.megabytes(c.bytesBefore()),
                        CompactCommand.megabytes(c.bytesAfter()));
            }
            if (timings) {
                double wall = (end - start) / 1e9;
                Pipeline.Timings t = pipeline.timings();
                out.printf(Locale.ROOT, "timings: %.2f s in all (%.1f reports/s, %.0f triples/s); extraction %.2f s, "
                        + "mapping %.2f s, validation %.2f s (summed over threads), storage %.2f s%n", wall,
                        files.size() / wall, counts.triples() / wall, t.seconds(Pipeline.Stage.EXTRACT),
                        t.seconds(Pipeline.Stage.MAP), t.seconds(Pipeline.Stage.VALIDATE), t.seconds(Pipeline.Stage.STORE));
            }
            out.flush();
            return counts.of(Outcome.Status.REJECTED) > 0 ? 1 : 0;
        }
    }

    /** The ingest on --threads threads, if given. */
    private BatchIngest withThreads(BatchIngest ingest) {
        return threads == null ? ingest : ingest.threads(threads);
    }

    /** Prints how many files have been read, at each tenth of a large run (a bulk run prints its lines at the end). */
    private static java.util.function.IntConsumer progressEvery(int files, PrintWriter err) {
        int step = Math.max(1000, files / 10);
        long start = System.nanoTime();
        return done -> {
            if (done % step == 0 && done < files) {
                err.printf(Locale.ROOT, "ofsted-kg ingest: %,d of %,d files read (%.0f s)%n", done, files,
                        (System.nanoTime() - start) / 1e9);
                err.flush();
            }
        };
    }

    /** Ingests the files, printing a line for each; shared with {@code serve}. */
    static Counts ingest(BatchIngest ingest, List<Path> files, PrintWriter out) throws InterruptedException {
        return ingest(ingest, new Pipeline.Inputs(files, Map.of()), out);
    }

    /**
     * Ingests each file and rejects each path that is not one (a symbolic-link loop), a line for each: the
     * paths that cannot be read first, then the files in order.
     */
    static Counts ingest(BatchIngest ingest, Pipeline.Inputs inputs, PrintWriter out) throws InterruptedException {
        Map<Outcome.Status, Integer> byStatus = new EnumMap<>(Outcome.Status.class);
        for (Outcome.Status s : Outcome.Status.values()) {
            byStatus.put(s, 0);
        }
        long[] triples = {0};
        Consumer<Outcome> line = o -> {
            byStatus.merge(o.status(), 1, Integer::sum);
            triples[0] += o.triples();
            OutcomePrinter.line(out, o);
            out.flush();
        };
        inputs.paths().forEach(p -> inputs.rejection(p).ifPresent(line));
        ingest.run(inputs.files(), line);
        return new Counts(byStatus, triples[0]);
    }
}
