package org.ofstedkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.ofstedkg.extract.register.AuthorityRegister;
import org.ofstedkg.generate.CorpusGenerator;
import org.ofstedkg.map.UriScheme;
import org.ofstedkg.map.Vocab;
import org.ofstedkg.pipeline.Pipeline;
import org.ofstedkg.validate.Violation;

/**
 * Kills an ingest of a few hundred generated reports (in batches, on two threads) with SIGKILL at random points, several times: after each kill
 * the store opens, and every report graph in it is whole (it validates, and it is exactly what a fresh
 * extraction of its file gives); running the ingest again completes the set.
 */
class CrashTest {

    private static final long SEED = Long.getLong("ofstedkg.crash.seed", 20261122L);
    private static final int KILLS = 5;

    /** Fresh extractions by file name, each validated once: extraction is deterministic. */
    private final java.util.Map<String, Pipeline.ReportGraph> fresh = new java.util.HashMap<>();

    @Test
    @Timeout(900)
    void killedIngestsLeaveOnlyWholeReportsAndARerunCompletesTheSet(@TempDir Path dir) throws Exception {
        // Generated reports of authorities of the register: letters and reviews, in several renderings.
        int reports = 300;
        Path corpus = new CorpusGenerator(AuthorityRegister.bundled()).generate(reports, SEED, dir.resolve("corpus"),
                false, n -> { }).reportsFolder();
        Path store = dir.resolve("store");
        Pipeline pipeline = new Pipeline(UriScheme.defaults());
        Random random = new Random(SEED);
        int previous = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            Process ingest = ingest(store, corpus);
            AtomicInteger done = new AtomicInteger();
            Thread reader = follow(ingest, done);
            int target = 1 + random.nextInt(60);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (done.get() < target && ingest.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            Thread.sleep(random.nextInt(40)); // so that some kills land inside a transaction
            ingest.destroyForcibly(); // SIGKILL
            ingest.waitFor();
            reader.join(10_000);
            int present = checkEveryGraphIsWhole(store, corpus, pipeline);
            System.out.printf("crash test (seed %d): kill %d after %d reports stored: %d reports whole in the store%n", SEED, kill,
                    done.get(), present);
            assertTrue(present >= previous, "reports were lost: " + previous + " before the kill, " + present + " after");
            previous = present;
        }
        Process rerun = ingest(store, corpus);
        AtomicInteger done = new AtomicInteger();
        Thread reader = follow(rerun, done);
        assertTrue(rerun.waitFor(600, TimeUnit.SECONDS), "the last ingest did not finish");
        reader.join(10_000);
        assertEquals(0, rerun.exitValue(), "the last ingest failed");
        assertEquals(reports, checkEveryGraphIsWhole(store, corpus, pipeline), "the rerun did not complete the set");
    }

    @Test
    @Timeout(600)
    void aKilledBulkLoadLeavesNoStoreAndARerunBuildsItWhole(@TempDir Path dir) throws Exception {
        int reports = 300;
        Path corpus = new CorpusGenerator(AuthorityRegister.bundled()).generate(reports, SEED + 1, dir.resolve("corpus"),
                false, n -> { }).reportsFolder();
        Path store = dir.resolve("store");
        Random random = new Random(SEED);
        for (int kill = 1; kill <= 3; kill++) {
            Process ingest = new ProcessBuilder(command(store, corpus, "--threads", "2")).redirectErrorStream(true).start();
            // The bulk load starts once the JVM is up and has said so; kill it somewhere in the first seconds.
            try (BufferedReader in = new BufferedReader(new InputStreamReader(ingest.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String first = in.readLine();
                assertTrue(first != null && first.contains("bulk loader"), "not a bulk load: " + first);
                Thread.sleep(200 + random.nextInt(2500));
                ingest.destroyForcibly();
                ingest.waitFor();
            }
            boolean finished = Files.exists(store);
            System.out.printf("crash test (seed %d): bulk load killed %s%n", SEED, finished ? "after it finished" : "midway");
            if (finished) {
                break; // the load won the race: what it left must be whole, which the rerun below checks
            }
        }
        Process rerun = new ProcessBuilder(command(store, corpus, "--threads", "2")).redirectErrorStream(true).start();
        String said = new String(rerun.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(rerun.waitFor(300, TimeUnit.SECONDS), "the last ingest did not finish");
        assertEquals(0, rerun.exitValue(), "the last ingest failed: " + said);
        assertEquals(reports, checkEveryGraphIsWhole(store, corpus, new Pipeline(UriScheme.defaults())),
                "the rerun did not build the whole set");
        assertFalse(Files.exists(dir.resolve(".store.building")), "a killed load's work folder was left behind");
    }

    private static Process ingest(Path store, Path corpus) throws Exception {
        return new ProcessBuilder(command(store, corpus, "--no-bulk", "--batch", "16", "--threads", "2"))
                .redirectErrorStream(true).start();
    }

    private static List<String> command(Path store, Path corpus, String... options) {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "org.ofstedkg.cli.Main", "ingest"));
        command.addAll(List.of(options));
        command.addAll(List.of("--store", store.toString(), corpus.toString()));
        return command;
    }

    /** Counts the reports the ingest says it stored (not those unchanged), in a thread of its own. */
    private static Thread follow(Process process, AtomicInteger lines) {
        Thread t = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null;) {
                    if (line.startsWith("stored")) {
                        lines.incrementAndGet();
                    } else if (line.startsWith("rejected") || line.contains("Exception")) {
                        System.out.println("crash test: the ingest said: " + line);
                    }
                }
            } catch (java.io.IOException e) {
                // the process was killed
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Opens the store and checks each report graph against a fresh extraction of its file; the count of them. */
    private int checkEveryGraphIsWhole(Path storeDir, Path corpus, Pipeline pipeline) throws Exception {
        if (!Files.exists(storeDir)) {
            return 0;
        }
        try (KnowledgeStore store = KnowledgeStore.open(storeDir)) {
            List<String> graphs = store.reportGraphs();
            List<String> broken = new ArrayList<>();
            for (String name : graphs) {
                Node graphName = NodeFactory.createURI(name);
                Graph stored = Txn.calculateRead(store.dataset(), () -> {
                    Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                    store.dataset().getGraph(graphName).find().forEachRemaining(copy::add);
                    return copy;
                });
                List<String> fileNames = new ArrayList<>();
                stored.find(Node.ANY, Vocab.FILE_NAME, Node.ANY).forEachRemaining(t -> fileNames.add(
                        t.getObject().getLiteralLexicalForm()));
                if (fileNames.size() != 1) {
                    broken.add(name + ": " + fileNames.size() + " file names");
                    continue;
                }
                Pipeline.ReportGraph expected = fresh.get(fileNames.get(0));
                if (expected == null) {
                    expected = pipeline.map(corpus.resolve(fileNames.get(0)));
                    List<Violation> violations = pipeline.validate(expected.graph());
                    if (!violations.isEmpty()) {
                        broken.add(fileNames.get(0) + " does not validate: " + violations);
                    }
                    fresh.put(fileNames.get(0), expected);
                }
                // Isomorphic to a graph that validates, so it validates too.
                if (!expected.name().equals(graphName) || !expected.graph().isIsomorphicWith(stored)) {
                    broken.add(name + ": " + stored.size() + " statements, a fresh extraction gives "
                            + expected.graph().size());
                }
            }
            if (!broken.isEmpty()) {
                fail("graphs not whole after a kill (seed " + SEED + "): " + broken);
            }
            return graphs.size();
        }
    }
}
