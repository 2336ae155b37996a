package org.ofstedkg.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.ofstedkg.bench.LoadTest;
import org.ofstedkg.pipeline.Pipeline;
import org.ofstedkg.serve.AdminToken;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "loadtest", mixinStandardHelpOptions = true, description = {
        "Run the canned queries from many concurrent clients against a running server for a set time, optionally "
                + "posting reports to its admin endpoint meanwhile. Prints each query's p50, p99 and longest latency "
                + "and the requests per second; every few requests a probe checks that the store is as it was plus "
                + "some first reports posted, each whole.",
        "Exit status: 0 with no failed request and no inconsistent answer; 1 otherwise; 2 if it could not run."})
final class LoadTestCommand implements Callable<Integer> {

    @Option(names = "--server", defaultValue = "http://localhost:3030", paramLabel = "URL",
            description = "The server (default: ${DEFAULT-VALUE}).")
    URI server;

    @Option(names = "--clients", defaultValue = "32", paramLabel = "N", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", defaultValue = "60", paramLabel = "S", description = "How long (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--post", paramLabel = "PATH", description = "Report files or folders to post to /admin/reports "
            + "meanwhile, in name order (new reports: the check needs them new). Needs the admin token.")
    List<Path> post = List.of();

    @Option(names = "--post-interval-ms", defaultValue = "100", paramLabel = "MS",
            description = "Pause between two posts (default: ${DEFAULT-VALUE}).")
    long postIntervalMillis;

    @Option(names = "--admin-token-file", paramLabel = "FILE",
            description = "The admin token, else OFSTED_KG_ADMIN_TOKEN.")
    Path tokenFile;

    @Option(names = "--probe-every", defaultValue = "10", paramLabel = "N",
            description = "Each client probes consistency every N requests; 0: never (default: ${DEFAULT-VALUE}).")
    int probeEvery;

    @Option(names = "--min-per-query", defaultValue = "0", paramLabel = "N",
            description = "Run on past --seconds until every query has been answered N times (at most ten minutes more), "
                    + "so that slow queries get figures too (default: ${DEFAULT-VALUE}).")
    int minPerQuery;

    @Option(names = "--query", paramLabel = "NAME", split = ",",
            description = "Only these canned queries (names as in queries/, without .rq; repeat or separate with "
                    + "commas; default: all).")
    List<String> queryNames = new java.util.ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LoadTest.Settings settings = LoadTest.Settings.queries(server, clients, Duration.ofSeconds(seconds))
                .probingEvery(probeEvery).atLeast(minPerQuery);
        if (!queryNames.isEmpty()) {
            settings = settings.asking(queryNames);
        }
        if (!post.isEmpty()) {
            Optional<String> token = AdminToken.read(Optional.ofNullable(tokenFile), System.getenv());
            settings = settings.posting(Pipeline.files(post), token.orElseThrow(() -> new IllegalArgumentException(
                    "--post needs the admin token: --admin-token-file or " + AdminToken.ENVIRONMENT)),
                    Duration.ofMillis(postIntervalMillis));
        }
        spec.commandLine().getErr().printf("load test: %d clients for %d s against %s%s ...%n", clients, seconds, server,
                post.isEmpty() ? "" : ", posting " + settings.uploads().size() + " reports");
        LoadTest.Result result = LoadTest.run(settings);
        spec.commandLine().getOut().print(result.table());
        spec.commandLine().getOut().flush();
        return result.clean() ? 0 : 1;
    }
}
