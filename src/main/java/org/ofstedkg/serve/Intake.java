package org.ofstedkg.serve;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.ofstedkg.pipeline.Outcome;
import org.ofstedkg.pipeline.Pipeline;
import org.ofstedkg.store.KnowledgeStore;

/**
 * Reports added to a store while it is served, from the admin endpoint and the inbox folder: one at a
 * time, each through the whole pipeline and stored in one write transaction, while queries go on
 * reading the snapshot their own transaction began with.
 */
public final class Intake {

    private final Pipeline pipeline;
    private final KnowledgeStore store;
    private final Consumer<Outcome> log;

    /**
     * @param log told of every outcome (the server prints them)
     */
    public Intake(Pipeline pipeline, KnowledgeStore store, Consumer<Outcome> log) {
        this.pipeline = pipeline;
        this.store = store;
        this.log = log;
        pipeline.prepare(store);
    }

    public synchronized Outcome ingest(String fileName, byte[] bytes) {
        return logged(pipeline.ingest(fileName, bytes, store));
    }

    public synchronized Outcome ingest(Path file) {
        return logged(pipeline.ingest(file, store));
    }

    private Outcome logged(Outcome o) {
        log.accept(o);
        return o;
    }

    /** The named graph a report is stored in. */
    public String graphName(org.ofstedkg.model.Report report) {
        return pipeline.uris().reportGraph(report).getURI();
    }

    public KnowledgeStore store() {
        return store;
    }

    /** Compaction waits for the ingest under way: TDB2 switches generations with no transaction open. */
    public synchronized KnowledgeStore.Compaction compact() {
        return store.compact();
    }
}
