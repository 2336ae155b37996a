package org.ofstedkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.apache.jena.dboe.base.block.FileMode;

import org.ofstedkg.pipeline.BatchIngest;
import org.ofstedkg.pipeline.Pipeline;
import org.ofstedkg.serve.AdminToken;
import org.ofstedkg.serve.SparqlServer;
import org.ofstedkg.store.KnowledgeStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true, description = {
        "Serve the store through a read-only SPARQL endpoint at /sparql (GET and POST; JSON, XML, CSV or TSV "
                + "results by Accept; CORS on), its identifiers as linked data, and a browsable site. If the store "
                + "holds no report it first ingests data/reports/.",
        "With an admin token, reports can be added while it runs (POST /admin/reports), and the store compacted "
                + "or backed up; with --inbox, reports dropped in a folder are added too.",
        "Runs until stopped (Ctrl-C)."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOptions options;

    @Mixin
    BaseOption base;

    @Option(names = "--port", defaultValue = "3030", paramLabel = "PORT",
            description = "The port to listen on (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--all-interfaces", description = "Listen on every network interface, not only on this "
            + "machine's loopback (localhost).")
    boolean allInterfaces;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "Cancel a query after this many seconds (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--max-rows", defaultValue = "100000", paramLabel = "N",
            description = "The most solutions one query returns: a query with no LIMIT or a larger one runs with "
                    + "LIMIT N, and its answer has the header OfstedKG-Row-Limit (default: ${DEFAULT-VALUE}).")
    long maxRows;

    @Option(names = "--max-request-bytes", defaultValue = "1000000", paramLabel = "BYTES",
            description = "The largest request body (a query) accepted; larger ones get 413 (default: ${DEFAULT-VALUE}). "
                    + "Reports sent to the admin endpoint may be up to 20 MB.")
    long maxRequestBytes;

    @Option(names = "--answer-cache-mb", defaultValue = "256", paramLabel = "MB",
            description = "Room on disk, in the store's folder (answers/), for SPARQL answers (GET) kept until the "
                    + "store changes, so a repeated question is answered at once, after a restart too; 0 keeps none "
                    + "(default: ${DEFAULT-VALUE}).")
    long answerCacheMegabytes;

    @Option(names = "--concurrent-queries", paramLabel = "N",
            description = "How many queries are computed at once in each of two lanes, one for query shapes that "
                    + "last took over 250 ms of CPU and one for the rest; others wait their turn, up to the timeout "
                    + "(default: twice the processors, at least 4, but one per 384 MB of heap past the first 256 MB, at "
                    + "least 1: one with serve's default heap of 640 MB). Kept answers never wait.")
    Integer concurrentQueries;

    @Option(names = "--file-mode", paramLabel = "MODE",
            description = "How the store's files are read: direct, into TDB2's block cache in the heap (at most 80 MB "
                    + "per index file), so the server's memory is its heap (OFSTED_KG_JAVA_OPTS) and the JVM's own, "
                    + "about 150 MB; or mapped into memory, where every page a query touches stays resident in the "
                    + "process (most of the store after a few full-table queries) and computed queries are a few per "
                    + "cent faster (default: direct).")
    FileMode fileMode;

    @Option(names = "--no-warm-answers", negatable = false,
            description = "Do not compute the canned queries' answers ahead (by default they are computed at start "
                    + "and after each change to the store, once it has been unchanged for 5 s, and kept in the "
                    + "answer cache, as CSV and as JSON).")
    boolean noWarmAnswers;

    @Option(names = "--admin-token-file", paramLabel = "FILE",
            description = "Turn the admin endpoints (/admin/reports, /admin/compact, /admin/backup, /admin/status) on, "
                    + "with the token in this file's first line. Otherwise the token is the environment variable "
                    + "OFSTED_KG_ADMIN_TOKEN; with neither, the admin endpoints are off. At least 16 characters.")
    Path adminTokenFile;

    @Option(names = "--inbox", paramLabel = "DIR",
            description = "Watch this folder for reports while serving: each file that appears (and stops changing) "
                    + "is ingested, then moved into DIR/stored/ or DIR/rejected/ (with NAME.reason.txt).")
    Path inbox;

    @Spec
    CommandSpec spec;

    /** A started server and the store it serves; closing it stops both. */
    record Running(KnowledgeStore store, SparqlServer server) implements AutoCloseable {
        @Override
        public void close() {
            server.close();
            store.close();
        }
    }

    @Override
    public Integer call() throws Exception {
        Running running = start();
        Runtime.getRuntime().addShutdownHook(new Thread(running::close));
        running.server().join();
        return 0;
    }

    /** Opens the store (ingesting the bundled reports if it holds none) and starts the server. */
    Running start() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (timeoutSeconds <= 0) {
            throw new IllegalArgumentException("--timeout must be a positive number of seconds");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be from 1 to 65535 (0: any free port), not " + port);
        }
        if (maxRows <= 0 || maxRequestBytes <= 0 || answerCacheMegabytes < 0) {
            throw new IllegalArgumentException("--max-rows and --max-request-bytes must be positive, --answer-cache-mb "
                    + "0 or more");
        }
        Optional<AdminToken> token = AdminToken.configured(Optional.ofNullable(adminTokenFile), System.getenv());
        if (adminTokenFile != null && AdminToken.readableByOthers(adminTokenFile)) {
            spec.commandLine().getErr().printf("ofsted-kg serve: warning: others than its owner can read the admin "
                    + "token file %s (chmod 600 it)%n", adminTokenFile);
        }
        SparqlServer.checkPortFree(port, allInterfaces);
        FileMode wanted = fileMode == null ? FileMode.direct : fileMode;
        FileMode inEffect = KnowledgeStore.fileMode(wanted);
        if (inEffect != wanted && fileMode != null) {
            spec.commandLine().getErr().printf("ofsted-kg serve: warning: store files are read %s, not %s: this "
                    + "process opened a store before%n", inEffect, wanted);
        }
        KnowledgeStore store = KnowledgeStore.open(options.storeDir());
        try {
            Pipeline pipeline = new Pipeline(base.uris());
            if (store.reportGraphs().isEmpty()) {
                Path data = Main.home().resolve("data");
                List<Path> bundled = List.of(data.resolve("reports"), data.resolve("real-reports"));
                List<Path> files = Pipeline.files(bundled);
                out.printf("The store %s holds no report: ingesting the %d bundled reports of %s first.%n",
                        options.storeDir(), files.size(), bundled.stream().map(Path::toString).toList());
                // Small batches: a line per report comes every second or two, as progress, while the PDFs are read.
                IngestCommand.ingest(BatchIngest.into(store, pipeline).batch(8), files, out);
            } else if (store.versionNotice().isPresent()) {
                // Served as it is: reports sent meanwhile are refused with the same notice (see putReports).
                StoreOptions.noticeVersion(store, spec.commandLine().getErr(), "serve");
            } else {
                pipeline.prepare(store);
            }
            SparqlServer.Builder builder = SparqlServer.on(store).port(port).timeout(Duration.ofSeconds(timeoutSeconds))
                    .allInterfaces(allInterfaces).uris(base.uris()).maxRows(maxRows).maxRequestBytes(maxRequestBytes)
                    .answerCache(answerCacheMegabytes * 1_000_000).warmAnswers(!noWarmAnswers)
                    .notices(notice -> {
                        synchronized (out) {
                            out.println(notice);
                            out.flush();
                        }
                    })
                    .log(o -> {
                        synchronized (out) {
                            OutcomePrinter.line(out, o);
                            out.flush();
                        }
                    }, problem -> {
                        synchronized (out) {
                            out.println("problem: " + problem);
                            out.flush();
                        }
                    });
            if (concurrentQueries != null) {
                if (concurrentQueries < 1) {
                    throw new IllegalArgumentException("--concurrent-queries must be 1 or more, not " + concurrentQueries);
                }
                builder.concurrentQueries(concurrentQueries);
            }
            token.ifPresent(t -> builder.admin(t, pipeline));
            if (inbox != null) {
                builder.inbox(inbox, Duration.ofSeconds(2), pipeline);
            }
            SparqlServer server = builder.start();
            out.printf("%d reports in %s%nSPARQL endpoint ready: %s%n", store.reportGraphs().size(),
                    options.storeDir(), server.endpoint());
            out.printf("admin endpoints: %s%n", token.isPresent() ? "on, at /admin/ (token required)"
                    : "off (set " + AdminToken.ENVIRONMENT + " or --admin-token-file to turn them on)");
            if (inbox != null) {
                out.printf("watching the inbox %s%n", inbox);
            }
            out.flush();
            return new Running(store, server);
        } catch (Exception | Error e) {
            store.close();
            throw e;
        }
    }
}
