package org.ofstedkg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ofstedkg.map.UriScheme;
import org.ofstedkg.pipeline.Outcome;
import org.ofstedkg.pipeline.Pipeline;
import org.ofstedkg.store.KnowledgeStore;
import org.ofstedkg.store.QueryRunner;

/** Stores holding the samples, and the canned queries run on them with their rows as plain strings. */
public final class TestStores {

    private TestStores() {
    }

    /** A new in-memory store with the five samples ingested; fails if any is rejected. */
    public static KnowledgeStore samples() {
        KnowledgeStore store = KnowledgeStore.inMemory();
        ingestSamples(store, new Pipeline(UriScheme.defaults()));
        return store;
    }

    /** The Sefton letter with page breaks (form feeds, as PDF text has them) between its paragraphs. */
    public static final String PAGE_BROKEN_TEXT = Samples.text(Samples.SEFTON_LETTER).replace("\n\n", "\n\n\f");

    /**
     * The samples, the Sefton letter replaced by {@link #PAGE_BROKEN_TEXT} read from {@code page-breaks.txt}
     * in the folder given.
     */
    public static KnowledgeStore samplesWithPageBreaks(java.nio.file.Path dir) throws IOException {
        KnowledgeStore store = samples();
        java.nio.file.Path file = Files.writeString(dir.resolve("page-breaks.txt"), PAGE_BROKEN_TEXT);
        Outcome o = new Pipeline(UriScheme.defaults()).ingest(file, store);
        if (o.rejected()) {
            throw new AssertionError(file + " rejected: " + o.reason() + " " + o.violations());
        }
        return store;
    }

    private static KnowledgeStore realReports;

    /**
     * One in-memory store of the real reports (data/real-reports), built once for the tests that read it
     * and shared by them: never close it.
     */
    public static synchronized KnowledgeStore realReports() throws IOException, InterruptedException {
        if (realReports == null) {
            realReports = ingested(java.nio.file.Path.of("data", "real-reports"), 140);
        }
        return realReports;
    }

    /**
     * A new in-memory store of the files under a folder, ingested as `ingest` does it (two threads); fails
     * unless at least {@code stored} of them are stored.
     */
    public static KnowledgeStore ingested(java.nio.file.Path folder, int stored) throws IOException, InterruptedException {
        KnowledgeStore store = KnowledgeStore.inMemory();
        Pipeline pipeline = new Pipeline(UriScheme.defaults());
        pipeline.prepare(store);
        List<Outcome> outcomes = new ArrayList<>();
        org.ofstedkg.pipeline.BatchIngest.into(store, pipeline).threads(2)
                .run(Pipeline.files(List.of(folder)), outcomes::add);
        if (outcomes.stream().filter(o -> !o.rejected()).count() < stored) {
            throw new AssertionError("fewer than " + stored + " reports stored from " + folder + ": " + outcomes);
        }
        return store;
    }

    /** Every statement of a store, its named graphs' included, in one graph. */
    public static org.apache.jena.graph.Graph statements(KnowledgeStore store) {
        org.apache.jena.graph.Graph all = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        org.apache.jena.system.Txn.executeRead(store.dataset(),
                () -> store.dataset().find().forEachRemaining(q -> all.add(q.asTriple())));
        return all;
    }

    /** The samples in a store, served on a free port; closing it stops the server and releases the store. */
    public record Served(KnowledgeStore store, org.ofstedkg.serve.SparqlServer server) implements AutoCloseable {
        public String url(String path) {
            return "http://localhost:" + server.port() + path;
        }

        @Override
        public void close() {
            server.close();
            store.close();
        }
    }

    public static Served served() {
        KnowledgeStore store = samples();
        return new Served(store, org.ofstedkg.serve.SparqlServer.start(store, 0, java.time.Duration.ofSeconds(30), false,
                UriScheme.defaults()));
    }

    public static void ingestSamples(KnowledgeStore store, Pipeline pipeline) {
        pipeline.prepare(store);
        try {
            for (var file : Pipeline.files(List.of(Samples.reports()))) {
                Outcome o = pipeline.ingest(file, store);
                if (o.rejected()) {
                    throw new AssertionError(file + " rejected: " + o.reason() + " " + o.violations());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a canned query from queries/. */
    public static String cannedQuery(String name) {
        try {
            return Files.readString(Samples.home().resolve("queries").resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A SELECT query's rows, each variable's value as its lexical form (or IRI), in result order. */
    public static List<Map<String, String>> rows(KnowledgeStore store, String sparql) {
        return new QueryRunner(store).rows(QueryRunner.parse(sparql, "(test)"));
    }

    /** Rows as "a|b|c" strings over the given columns, for compact assertions. */
    public static List<String> flat(List<Map<String, String>> rows, String... columns) {
        List<String> out = new ArrayList<>();
        for (var row : rows) {
            List<String> values = new ArrayList<>();
            for (String c : columns) {
                values.add(row.get(c));
            }
            out.add(String.join("|", values));
        }
        return out;
    }
}
