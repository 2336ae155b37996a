package org.ofstedkg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.ofstedkg.Bundled;

/**
 * Many clients running the canned queries against a server for a set time, while reports are optionally
 * posted to its admin endpoint: every request's latency and status, and, every few requests, a probe of
 * each graph's size that must match some committed state (the store as it was, plus the first k reports
 * posted, each whole). Used by the tests (briefly) and by the benchmark scripts (at length).
 */
public final class LoadTest {

    /** What to run. {@code uploads} are posted in order, one every {@code uploadInterval}, while the clients run. */
    public record Settings(URI server, int clients, Duration duration, List<String> queries, List<Path> uploads,
            Optional<String> token, Duration uploadInterval, int probeEvery, int minPerQuery) {

        public Settings {
            queries = List.copyOf(queries);
            uploads = List.copyOf(uploads);
            if (clients < 1 || duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("a load test needs at least one client and a positive duration");
            }
            if (!uploads.isEmpty() && token.isEmpty()) {
                throw new IllegalArgumentException("posting reports needs the admin token");
            }
        }

        /** The canned queries, no uploads, a probe every 10 requests. */
        public static Settings queries(URI server, int clients, Duration duration) {
            return new Settings(server, clients, duration, Bundled.CANNED_QUERIES, List.of(), Optional.empty(),
                    Duration.ofMillis(100), 10, 0);
        }

        public Settings posting(List<Path> files, String adminToken, Duration interval) {
            return new Settings(server, clients, duration, queries, files, Optional.of(adminToken), interval, probeEvery,
                    minPerQuery);
        }

        /** Only these canned queries (by name, as in {@link Bundled#CANNED_QUERIES}). */
        public Settings asking(List<String> names) {
            for (String name : names) {
                if (!Bundled.CANNED_QUERIES.contains(name)) {
                    throw new IllegalArgumentException("no canned query " + name + "; the canned queries are "
                            + String.join(", ", Bundled.CANNED_QUERIES));
                }
            }
            if (names.isEmpty()) {
                throw new IllegalArgumentException("a load test asks at least one query");
            }
            return new Settings(server, clients, duration, names, uploads, token, uploadInterval, probeEvery, minPerQuery);
        }

        public Settings probingEvery(int requests) {
            return new Settings(server, clients, duration, queries, uploads, token, uploadInterval, requests, minPerQuery);
        }

        /**
         * Runs on past the duration until every query has been answered this many times (at most ten
         * minutes more), so that slow queries get figures too.
         */
        public Settings atLeast(int answersPerQuery) {
            return new Settings(server, clients, duration, queries, uploads, token, uploadInterval, probeEvery,
                    answersPerQuery);
        }
    }

    /** Latencies of one query, in milliseconds. */
    public record QueryFigures(String query, long requests, long failures, double p50, double p99, double max) {
    }

    /** What happened. */
    public record Result(Settings settings, double seconds, long requests, long failures, List<String> failureSamples,
            long probes, int statesSeen, List<String> inconsistencies, int posted, List<QueryFigures> queries) {

        public double requestsPerSecond() {
            return requests / seconds;
        }

        public boolean clean() {
            return failures == 0 && inconsistencies.isEmpty();
        }

        /** A plain-text report. */
        public String table() {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                    "%d clients, %.1f s: %d requests (%.1f per second), %d failed; %d reports posted; %d consistency "
                            + "probes saw %d states, %d inconsistent%n", settings.clients(), seconds, requests,
                    requestsPerSecond(), failures, posted, probes, statesSeen, inconsistencies.size()));
            b.append(String.format(Locale.ROOT, "%-24s %9s %8s %9s %9s %9s%n", "query", "requests", "failed",
                    "p50 ms", "p99 ms", "max ms"));
            for (QueryFigures q : queries) {
                b.append(String.format(Locale.ROOT, "%-24s %9d %8d %9.1f %9.1f %9.1f%n", q.query(), q.requests(),
                        q.failures(), q.p50(), q.p99(), q.max()));
            }
            failureSamples.forEach(f -> b.append("failure: ").append(f).append('\n'));
            inconsistencies.stream().limit(10).forEach(f -> b.append("inconsistent: ").append(f).append('\n'));
            return b.toString();
        }
    }

    static final String PROBE = "probe";
    private static final String PROBE_QUERY = "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g";

    /** A report posted: its graph and size, in the order the server committed them. */
    private record Posted(String graph, long triples, String status) {
    }

    private final Settings settings;
    private final HttpClient http;
    private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> failuresByQuery = new ConcurrentHashMap<>();
    private final List<String> failureSamples = Collections.synchronizedList(new ArrayList<>());
    private final List<Map<String, Long>> probes = Collections.synchronizedList(new ArrayList<>());
    private final List<Posted> posted = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong failures = new AtomicLong();

    private LoadTest(Settings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public static Result run(Settings settings) throws InterruptedException {
        return new LoadTest(settings).run();
    }

    private Result run() throws InterruptedException {
        Map<String, String> texts = new LinkedHashMap<>();
        settings.queries().forEach(q -> texts.put(q, Bundled.cannedQuery(q)));
        boolean probing = settings.probeEvery() > 0 || !settings.uploads().isEmpty();
        Map<String, Long> initial = !probing ? Map.of() : probe().orElseThrow(() -> new IllegalStateException(
                "the server at " + settings.server() + " does not answer the probe query: " + failureSamples));
        latencies.remove(PROBE);
        ExecutorService pool = Executors.newFixedThreadPool(settings.clients() + 1);
        long start = System.nanoTime();
        long end = start + settings.duration().toNanos();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < settings.clients(); c++) {
            int client = c;
            running.add(pool.submit(() -> client(client, texts, end)));
        }
        if (!settings.uploads().isEmpty()) {
            running.add(pool.submit(() -> uploader(end)));
        }
        pool.shutdown();
        // Clients may run on up to ten minutes for --min-per-query, and then wait out their last request.
        long mayTake = settings.duration().toSeconds() + (settings.minPerQuery() > 0 ? 600 : 0)
                + REQUEST_TIMEOUT.toSeconds() + 30;
        if (!pool.awaitTermination(mayTake, TimeUnit.SECONDS)) {
            pool.shutdownNow();
            throw new IllegalStateException("the load test's clients did not finish");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                failed("client", "a client stopped: " + e.getCause()); // a client that died is a failure, not silence
            }
        }
        List<String> inconsistencies = new ArrayList<>();
        int states = check(initial, inconsistencies);
        List<QueryFigures> figures = new ArrayList<>();
        for (String q : texts.keySet()) {
            figures.add(figures(q));
        }
        if (settings.probeEvery() > 0) {
            figures.add(figures(PROBE));
        }
        long requests = latencies.values().stream().mapToLong(List::size).sum() + failures.get();
        return new Result(settings, seconds, requests, failures.get(), List.copyOf(failureSamples.subList(0,
                Math.min(10, failureSamples.size()))), probes.size(), states, inconsistencies, posted.size(), figures);
    }

    private void client(int client, Map<String, String> texts, long end) {
        List<String> names = new ArrayList<>(texts.keySet());
        long next = client; // clients start at different queries
        long hardEnd = end + Duration.ofMinutes(10).toNanos();
        for (long i = client; System.nanoTime() < end || (!enoughOf(names) && System.nanoTime() < hardEnd); i++) {
            if (settings.probeEvery() > 0 && i % settings.probeEvery() == 0) {
                probe().ifPresent(probes::add);
                continue;
            }
            String name = names.get((int) (next++ % names.size()));
            query(name, texts.get(name));
        }
    }

    private boolean enoughOf(List<String> names) {
        return names.stream().allMatch(n -> latencies.getOrDefault(n, List.of()).size()
                + failuresByQuery.getOrDefault(n, new AtomicLong()).get() >= settings.minPerQuery());
    }

    /**
     * How long a client waits for one answer before counting it failed: longer than a server's timeout
     * plus its queue (a query may wait its turn for as long as it may run), so that an overloaded server's
     * slow answers are measured, not cut short by the client.
     */
    static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(5);

    private Optional<String> query(String name, String text) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.server() + "/sparql?query="
                + URLEncoder.encode(text, StandardCharsets.UTF_8))).header("Accept", "text/csv")
                .timeout(REQUEST_TIMEOUT).build();
        long t = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long nanos = System.nanoTime() - t;
            if (response.statusCode() != 200) {
                failed(name, response.statusCode() + " " + response.body().lines().findFirst().orElse(""));
                return Optional.empty();
            }
            latencies.computeIfAbsent(name, n -> Collections.synchronizedList(new ArrayList<>())).add(nanos);
            return Optional.of(response.body());
        } catch (IOException e) {
            failed(name, e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private void failed(String name, String why) {
        failures.incrementAndGet();
        failuresByQuery.computeIfAbsent(name, n -> new AtomicLong()).incrementAndGet();
        if (failureSamples.size() < 100) {
            failureSamples.add(name + ": " + why);
        }
    }

    /** Each graph's size, as one response (one snapshot) gives them. */
    private Optional<Map<String, Long>> probe() {
        return query(PROBE, PROBE_QUERY).map(csv -> {
            Map<String, Long> sizes = new HashMap<>();
            csv.lines().skip(1).filter(l -> l.indexOf(',') > 0).forEach(l -> {
                int comma = l.lastIndexOf(',');
                sizes.put(l.substring(0, comma), Long.parseLong(l.substring(comma + 1).strip()));
            });
            return sizes;
        });
    }

    private void uploader(long end) {
        for (Path file : settings.uploads()) {
            if (System.nanoTime() >= end) {
                return;
            }
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create(settings.server() + "/admin/reports?name="
                        + URLEncoder.encode(file.getFileName().toString(), StandardCharsets.UTF_8)))
                        .header("Authorization", "Bearer " + settings.token().orElseThrow())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(file))).build();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() / 100 != 2) {
                    failed("upload", file.getFileName() + ": " + response.statusCode() + " " + response.body().strip());
                } else {
                    JsonObject json = JSON.parse(response.body());
                    posted.add(new Posted(json.get("graph").getAsString().value(),
                            json.get("triples").getAsNumber().value().longValue(),
                            json.get("status").getAsString().value()));
                }
                Thread.sleep(settings.uploadInterval().toMillis());
            } catch (IOException e) {
                failed("upload", file.getFileName() + ": " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Every probe must show the store as it was plus the first k reports posted, each whole, for some k.
     *
     * @return how many distinct states the probes saw
     */
    private int check(Map<String, Long> initial, List<String> inconsistencies) {
        posted.stream().filter(p -> !p.status().equals("stored")).forEach(p -> inconsistencies.add(
                "posted report " + p.graph() + " was " + p.status() + ", not new: the check needs new reports"));
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < posted.size(); i++) {
            order.put(posted.get(i).graph(), i);
        }
        java.util.Set<Integer> states = new java.util.TreeSet<>();
        synchronized (probes) {
            for (Map<String, Long> probe : probes) {
                int k = 0;
                List<String> wrong = new ArrayList<>();
                for (var e : initial.entrySet()) {
                    if (!e.getValue().equals(probe.get(e.getKey()))) {
                        wrong.add(e.getKey() + " has " + probe.get(e.getKey()) + " statements, not " + e.getValue());
                    }
                }
                for (var e : probe.entrySet()) {
                    if (initial.containsKey(e.getKey())) {
                        continue;
                    }
                    Integer i = order.get(e.getKey());
                    if (i == null) {
                        wrong.add(e.getKey() + " is no graph the test posted");
                    } else if (posted.get(i).triples() != e.getValue()) {
                        wrong.add(e.getKey() + " is half there: " + e.getValue() + " of " + posted.get(i).triples());
                    }
                    k++;
                }
                for (int i = 0; i < k && i < posted.size(); i++) {
                    if (!probe.containsKey(posted.get(i).graph())) {
                        wrong.add("holds " + k + " posted reports but not the " + (i + 1) + "th, posted before them");
                        break;
                    }
                }
                if (wrong.isEmpty()) {
                    states.add(k);
                } else {
                    inconsistencies.add(String.join("; ", wrong));
                }
            }
        }
        return states.size();
    }

    private QueryFigures figures(String name) {
        List<Long> nanos = new ArrayList<>(latencies.getOrDefault(name, List.of()));
        Collections.sort(nanos);
        long failed = failuresByQuery.getOrDefault(name, new AtomicLong()).get();
        if (nanos.isEmpty()) {
            return new QueryFigures(name, failed, failed, Double.NaN, Double.NaN, Double.NaN);
        }
        return new QueryFigures(name, nanos.size() + failed, failed, percentile(nanos, 0.50), percentile(nanos, 0.99),
                nanos.get(nanos.size() - 1) / 1e6);
    }

    /** The nearest-rank percentile, in milliseconds. */
    static double percentile(List<Long> sortedNanos, double p) {
        int rank = (int) Math.ceil(p * sortedNanos.size());
        return sortedNanos.get(Math.max(0, rank - 1)) / 1e6;
    }
}
