package org.ofstedkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.ofstedkg.pipeline.Pipeline;
import org.ofstedkg.serve.SparqlServer;
import org.ofstedkg.store.KnowledgeStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", description = {
        "Serve the store through a read-only SPARQL endpoint at /sparql (GET and POST; JSON, XML, CSV or TSV "
                + "results by Accept; CORS on). If the store holds no report it first ingests data/reports/.",
        "Runs until stopped (Ctrl-C)."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOptions options;

    @Option(names = "--port", defaultValue = "3030", paramLabel = "PORT",
            description = "The port to listen on (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "Cancel a query after this many seconds (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (timeoutSeconds <= 0) {
            throw new IllegalArgumentException("--timeout must be a positive number of seconds");
        }
        KnowledgeStore store = KnowledgeStore.open(options.storeDir());
        Pipeline pipeline = new Pipeline(options.uris());
        if (store.reportGraphs().isEmpty()) {
            Path reports = Main.home().resolve("data").resolve("reports");
            out.printf("The store %s holds no report: ingesting %s first.%n", options.storeDir(), reports);
            IngestCommand.ingest(pipeline, store, Pipeline.files(java.util.List.of(reports)), out);
        } else {
            pipeline.prepare(store);
        }
        SparqlServer server = SparqlServer.start(store, port, Duration.ofSeconds(timeoutSeconds));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
        }));
        out.printf("%d reports in %s%nSPARQL endpoint ready: %s%n", store.reportGraphs().size(), options.storeDir(),
                server.endpoint());
        out.flush();
        server.join();
        return 0;
    }
}
