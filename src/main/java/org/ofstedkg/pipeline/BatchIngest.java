package org.ofstedkg.pipeline;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.ofstedkg.store.BulkLoad;
import org.ofstedkg.store.KnowledgeStore;

/**
 * Ingest of many files: extraction, mapping and validation on several threads at once (each file is
 * independent), storage in batches of reports, each batch one write transaction. Every report is
 * stored whole or not at all, and a crash loses at most the batch being written. Outcomes come in
 * the files' order, each once its batch is committed; a later version of a report in the same run
 * replaces an earlier one, as one by one.
 *
 * <p>Into a new store, {@link #bulkInto} feeds TDB2's bulk loader instead ({@link BulkLoad}): the run
 * is then one unit, the store appearing whole at its end or not at all, and the outcomes come once it
 * is in place.
 */
public final class BatchIngest {

    /** The default number of reports written per transaction. */
    public static final int DEFAULT_BATCH = 64;
    /** A batch is also written once it holds this many statements, so that a batch of reviews stays small. */
    static final long MAX_BATCH_TRIPLES = 200_000;

    private final Pipeline pipeline;
    private final KnowledgeStore store;
    private final BulkLoad bulk;
    private java.util.function.IntConsumer progress = n -> { };
    private int batchSize = DEFAULT_BATCH;
    private int threads = Runtime.getRuntime().availableProcessors();

    /**
     * What a bulk run holds back until the store is in place: each file's outcome, in order, and where its
     * report went (not the graph, which is in the loader's hands).
     */
    private record Held(Outcome outcome, Destination destination, int laterIndex) {
    }

    private enum Destination { NONE, LOADED, LATER }

    private final List<Held> held = new ArrayList<>();
    /** Later versions of reports already loaded in a bulk run, stored in a transaction once it is in place. */
    private final List<KnowledgeStore.Put> later = new ArrayList<>();

    private BatchIngest(Pipeline pipeline, KnowledgeStore store, BulkLoad bulk) {
        this.pipeline = pipeline;
        this.store = store;
        this.bulk = bulk;
    }

    public static BatchIngest into(KnowledgeStore store, Pipeline pipeline) {
        return new BatchIngest(pipeline, store, null);
    }

    /** An ingest that builds a new store with the bulk loader, finishing (or abandoning) it at the end of the run. */
    public static BatchIngest bulkInto(BulkLoad load, Pipeline pipeline) {
        return new BatchIngest(pipeline, null, load);
    }

    /** Told how many files have been processed so far, after each. */
    public BatchIngest progress(java.util.function.IntConsumer processed) {
        this.progress = processed;
        return this;
    }

    /** Reports per write transaction (1: each report its own). */
    public BatchIngest batch(int reports) {
        if (reports < 1) {
            throw new IllegalArgumentException("a batch holds at least one report, not " + reports);
        }
        this.batchSize = reports;
        return this;
    }

    /** Threads extracting, mapping and validating at once. */
    public BatchIngest threads(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("at least one thread, not " + count);
        }
        this.threads = count;
        return this;
    }

    /** Ingests the files, telling {@code outcomes} of each in the files' order. */
    public void run(List<Path> files, Consumer<Outcome> outcomes) throws InterruptedException {
        if (bulk == null) {
            process(files, outcomes);
            return;
        }
        try {
            pipeline.prepare(bulk);
            process(files, outcomes);
            long start = System.nanoTime();
            bulk.finish();
            pipeline.timings().add(Pipeline.Stage.STORE, System.nanoTime() - start);
        } catch (InterruptedException | RuntimeException | Error e) {
            bulk.abandon();
            throw e;
        }
        List<KnowledgeStore.Change> changes = List.of();
        if (!later.isEmpty()) {
            try (KnowledgeStore built = KnowledgeStore.open(bulk.directory())) {
                built.search(); // open, so that it takes these changes rather than be rebuilt for them
                changes = built.putReports(later);
                built.updateStatistics();
            }
        }
        for (Held h : held) {
            outcomes.accept(switch (h.destination()) {
                case NONE -> h.outcome();
                case LOADED -> Pipeline.stored(h.outcome(), KnowledgeStore.Change.STORED);
                case LATER -> Pipeline.stored(h.outcome(), changes.get(h.laterIndex()));
            });
        }
    }

    private void process(List<Path> files, Consumer<Outcome> outcomes) throws InterruptedException {
        if (bulk == null) {
            pipeline.prepare(store);
        }
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ofsted-kg extract");
            t.setDaemon(true);
            return t;
        });
        try {
            // A window of files in flight ahead of the writer keeps every thread busy without holding the corpus.
            int window = threads * 8 + batchSize;
            Deque<Future<Pipeline.Processed>> inFlight = new ArrayDeque<>();
            List<Pipeline.Processed> batch = new ArrayList<>();
            long batchTriples = 0;
            int next = 0;
            while (next < files.size() || !inFlight.isEmpty()) {
                while (next < files.size() && inFlight.size() < window) {
                    Path file = files.get(next++);
                    inFlight.add(workers.submit(() -> pipeline.process(file)));
                }
                Pipeline.Processed processed = result(inFlight.removeFirst());
                progress.accept(next - inFlight.size());
                batch.add(processed);
                batchTriples += processed.put().map(p -> p.graph().size()).orElse(0);
                if (batch.size() >= batchSize || batchTriples >= MAX_BATCH_TRIPLES) {
                    write(batch, outcomes);
                    batch.clear();
                    batchTriples = 0;
                }
            }
            write(batch, outcomes);
        } finally {
            workers.shutdownNow();
        }
    }

    private static Pipeline.Processed result(Future<Pipeline.Processed> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            // process() turns every failure into a rejection; anything else is a defect to show, not hide.
            throw new IllegalStateException(e.getCause());
        }
    }

    private void write(List<Pipeline.Processed> batch, Consumer<Outcome> outcomes) {
        if (bulk != null) {
            long start = System.nanoTime();
            for (Pipeline.Processed p : batch) {
                if (p.put().isEmpty()) {
                    held.add(new Held(p.outcome(), Destination.NONE, -1));
                } else if (bulk.add(p.put().get().graphName(), p.put().get().graph())) {
                    held.add(new Held(p.outcome(), Destination.LOADED, -1));
                } else {
                    held.add(new Held(p.outcome(), Destination.LATER, later.size()));
                    later.add(p.put().get());
                }
            }
            pipeline.timings().add(Pipeline.Stage.STORE, System.nanoTime() - start);
            return;
        }
        List<KnowledgeStore.Put> puts = batch.stream().flatMap(p -> p.put().stream()).toList();
        List<KnowledgeStore.Change> changes = List.of();
        if (!puts.isEmpty()) {
            long start = System.nanoTime();
            changes = store.putReports(puts);
            pipeline.timings().add(Pipeline.Stage.STORE, System.nanoTime() - start);
        }
        int i = 0;
        for (Pipeline.Processed p : batch) {
            outcomes.accept(p.put().isPresent() ? Pipeline.stored(p.outcome(), changes.get(i++)) : p.outcome());
        }
    }
}
