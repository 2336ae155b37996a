package org.ofstedkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.ofstedkg.pipeline.Pipeline;
import org.ofstedkg.serve.SparqlServer;
import org.ofstedkg.store.KnowledgeStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true, description = {
        "Serve the store through a read-only SPARQL endpoint at /sparql (GET and POST; JSON, XML, CSV or TSV "
                + "results by Accept; CORS on). If the store holds no report it first ingests data/reports/.",
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
        SparqlServer.checkPortFree(port, allInterfaces);
        KnowledgeStore store = KnowledgeStore.open(options.storeDir());
        try {
            Pipeline pipeline = new Pipeline(base.uris());
            if (store.reportGraphs().isEmpty()) {
                Path reports = Main.home().resolve("data").resolve("reports");
                out.printf("The store %s holds no report: ingesting %s first.%n", options.storeDir(), reports);
                IngestCommand.ingest(pipeline, store, Pipeline.files(List.of(reports)), out);
            } else {
                pipeline.prepare(store);
            }
            SparqlServer server = SparqlServer.start(store, port, Duration.ofSeconds(timeoutSeconds),
                    allInterfaces, base.uris());
            out.printf("%d reports in %s%nSPARQL endpoint ready: %s%n", store.reportGraphs().size(),
                    options.storeDir(), server.endpoint());
            out.flush();
            return new Running(store, server);
        } catch (Exception | Error e) {
            store.close();
            throw e;
        }
    }
}
