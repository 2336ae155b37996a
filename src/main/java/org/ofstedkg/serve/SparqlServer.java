package org.ofstedkg.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.ofstedkg.extract.decode.Document;
import org.ofstedkg.map.UriScheme;
import org.ofstedkg.pipeline.Outcome;
import org.ofstedkg.pipeline.Pipeline;
import org.ofstedkg.store.KnowledgeStore;

/**
 * The serving stage: an embedded Fuseki with one read-only SPARQL endpoint at {@code /sparql} (GET
 * and POST; results as JSON, XML, CSV or TSV by Accept, {@link Negotiation}), CORS for any origin
 * ({@link CorsFilter}), a query timeout and a cap on rows.
 * No update or graph-store operation is configured, and {@link RequestGuardFilter} refuses writes, so
 * only the admin endpoints, with their token, change the store. It listens on the loopback unless asked
 * to listen on every interface. Every identifier of the dataset dereferences on it too
 * ({@link LinkedDataServlet}).
 */
public final class SparqlServer implements AutoCloseable {

    public static final String ENDPOINT = "/sparql";

    /** Threads for requests: enough for every client of a busy research endpoint to wait at the gate. */
    static final int SERVER_THREADS = 200;

    /** The default cap on the solutions of one query. */
    public static final long DEFAULT_MAX_ROWS = 100_000;
    /** The default memory for answers kept until the store changes: 256 MB. */
    public static final long DEFAULT_ANSWER_CACHE_BYTES = 256_000_000;
    /** The default limit of a request's body (a query): 1 MB. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1_000_000;

    /** How long the store must be unchanged before the canned queries' answers are computed ahead. */
    static final Duration WARM_SETTLE = Duration.ofSeconds(5);

    /** The folder in a store's folder where answers are kept ({@link AnswerCache}). */
    public static final String ANSWERS_FOLDER = "answers";
    /** The folder in a store's folder where dumps are kept ({@link DumpsServlet}). */
    public static final String DUMPS_FOLDER = "dumps";

    private final FusekiServer server;
    private final Optional<InboxWatcher> inbox;
    private final Optional<AnswerWarmer> warmer;
    /** Where a store in memory has its answers and dumps kept while the server runs; deleted when it stops. */
    private final Optional<Path> scratch;

    private SparqlServer(FusekiServer server, Optional<InboxWatcher> inbox, Optional<AnswerWarmer> warmer,
            Optional<Path> scratch) {
        this.server = server;
        this.inbox = inbox;
        this.warmer = warmer;
        this.scratch = scratch;
    }

    /**
     * @param port the port, or 0 for any free one
     * @param timeout how long a query may run before it is cancelled
     */
    public static SparqlServer start(KnowledgeStore store, int port, Duration timeout) {
        return on(store).port(port).timeout(timeout).start();
    }

    /**
     * @param allInterfaces listen on every network interface; otherwise on the loopback only
     */
    public static SparqlServer start(KnowledgeStore store, int port, Duration timeout, boolean allInterfaces,
            UriScheme uris) {
        return on(store).port(port).timeout(timeout).allInterfaces(allInterfaces).uris(uris).start();
    }

    /** A server of the store, to be configured and started. */
    public static Builder on(KnowledgeStore store) {
        return new Builder(store);
    }

    /** The settings of a server; each has a default. */
    public static final class Builder {
        private final KnowledgeStore store;
        private int port = 3030;
        private Duration timeout = Duration.ofSeconds(30);
        private boolean allInterfaces;
        private UriScheme uris = UriScheme.defaults();
        private long maxRows = DEFAULT_MAX_ROWS;
        private long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
        private long answerCacheBytes = DEFAULT_ANSWER_CACHE_BYTES;
        private Optional<AdminToken> adminToken = Optional.empty();
        private Pipeline pipeline;
        private Consumer<Outcome> log = o -> { };
        private Consumer<String> problems = p -> { };
        private Path inboxFolder;
        private Duration inboxInterval = Duration.ofSeconds(2);
        private Duration inboxSettle = InboxWatcher.SETTLE;
        private int concurrentQueries = QueryGate.defaultConcurrency();
        private boolean warmAnswers = true;
        private Duration pageWait = AheadQueries.WAIT;
        private Consumer<String> notices = n -> { };

        private Builder(KnowledgeStore store) {
            this.store = store;
        }

        /** The port, or 0 for any free one (default 3030). */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** How long a query may run before it is cancelled (default 30 s). */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /** Listen on every network interface; otherwise (default) on the loopback only. */
        public Builder allInterfaces(boolean allInterfaces) {
            this.allInterfaces = allInterfaces;
            return this;
        }

        public Builder uris(UriScheme uris) {
            this.uris = uris;
            return this;
        }

        /** The most solutions a query returns (default {@value SparqlServer#DEFAULT_MAX_ROWS}). */
        public Builder maxRows(long maxRows) {
            this.maxRows = maxRows;
            return this;
        }

        /** The largest request body, other than a report sent to the admin endpoint. */
        public Builder maxRequestBytes(long maxRequestBytes) {
            this.maxRequestBytes = maxRequestBytes;
            return this;
        }

        /** Memory for answers kept until the store changes ({@link AnswerCache}); 0 keeps none. */
        public Builder answerCache(long bytes) {
            this.answerCacheBytes = bytes;
            return this;
        }

        /**
         * How many queries are computed at once in each of the gate's two lanes (quick, slow); the others
         * wait their turn (default: twice the processors, at least 4). See {@link QueryGate}.
         */
        public Builder concurrentQueries(int queries) {
            this.concurrentQueries = queries;
            return this;
        }

        /**
         * Whether the canned queries' answers are computed ahead, at start and whenever the store has
         * settled after a change, so the first asker gets them at once (default: on, with the answer
         * cache). See {@link AnswerWarmer}.
         */
        public Builder warmAnswers(boolean warm) {
            this.warmAnswers = warm;
            return this;
        }

        /**
         * How long a page waits for an answer that is not kept yet (a canned query's, the home page's figures)
         * before it says the answer is being computed, and shows the rest (default 800 ms). Answers are kept
         * once computed, so the page shows them when asked again.
         */
        public Builder pageWait(Duration wait) {
            this.pageWait = wait;
            return this;
        }

        /** Told of the server's own work worth a line in its log (answers warmed). */
        public Builder notices(Consumer<String> notices) {
            this.notices = notices;
            return this;
        }

        /** Turns the admin endpoints on, for this token; reports sent there go through the pipeline. */
        public Builder admin(AdminToken token, Pipeline pipeline) {
            this.adminToken = Optional.of(token);
            this.pipeline = pipeline;
            return this;
        }

        /** Watches a folder for reports to ingest (see {@link InboxWatcher}). */
        public Builder inbox(Path folder, Duration interval, Pipeline pipeline) {
            return inbox(folder, interval, InboxWatcher.SETTLE, pipeline);
        }

        /** Watches a folder, taking a file copied in once unchanged for {@code settle}. */
        public Builder inbox(Path folder, Duration interval, Duration settle, Pipeline pipeline) {
            this.inboxFolder = folder;
            this.inboxInterval = interval;
            this.inboxSettle = settle;
            this.pipeline = pipeline;
            return this;
        }

        /** Told of every report the admin endpoint or the inbox ingests, and of any problem of the inbox. */
        public Builder log(Consumer<Outcome> log, Consumer<String> problems) {
            this.log = log;
            this.problems = problems;
            return this;
        }

        public SparqlServer start() {
            Intake intake = pipeline == null ? null : new Intake(pipeline, store, log);
            Optional<Path> scratch = Optional.empty();
            if (store.directory().isEmpty()) {
                try {
                    scratch = Optional.of(java.nio.file.Files.createTempDirectory("ofsted-kg-serve"));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            Path kept = scratch.orElseGet(() -> store.directory().orElseThrow());
            store.search(); // built before the first search if missing or behind the store, not during it
            FusekiServer server;
            try {
                server = fuseki(this, intake, kept);
                server.start();
            } catch (RuntimeException e) {
                scratch.ifPresent(org.ofstedkg.Folders::deleteTree);
                throw e;
            }
            try {
                Optional<InboxWatcher> watcher = inboxFolder == null ? Optional.empty()
                        : Optional.of(InboxWatcher.start(inboxFolder, intake, inboxInterval, inboxSettle, problems));
                Optional<AnswerWarmer> warmer = warmAnswers && answerCacheBytes > 0
                        ? Optional.of(AnswerWarmer.start(store, URI.create("http://"
                                + InetAddress.getLoopbackAddress().getHostAddress() + ":" + server.getPort() + ENDPOINT),
                                WARM_SETTLE, timeout, notices))
                        : Optional.empty();
                return new SparqlServer(server, watcher, warmer, scratch);
            } catch (IOException | RuntimeException e) {
                server.stop();
                scratch.ifPresent(org.ofstedkg.Folders::deleteTree);
                throw new IllegalStateException("cannot watch the inbox " + inboxFolder + ": " + e.getMessage(), e);
            }
        }
    }

    /** The rows a query's sort (ORDER BY, DISTINCT) holds in the heap before it spills to disk. */
    static final long SORT_IN_MEMORY_ROWS = 20_000;

    /** @param kept the folder of what is derived from the store and kept on disk: answers and dumps */
    private static FusekiServer fuseki(Builder settings, Intake intake, Path kept) {
        KnowledgeStore store = settings.store;
        Optional<AnswerCache> answers = settings.answerCacheBytes > 0
                ? Optional.of(new AnswerCache(store, kept.resolve(ANSWERS_FOLDER), settings.answerCacheBytes,
                        settings.timeout, settings.maxRows))
                : Optional.empty();
        LinkedDataServlet linkedData = new LinkedDataServlet(store, settings.uris,
                new AheadQueries(store, answers, settings.warmAnswers, settings.timeout, settings.pageWait), settings.maxRows);
        SummaryServlet summary = new SummaryServlet(store);
        // Fuseki reads the timeout from the dataset's context (its server context does not reach query
        // execution), so a store has the timeout of the last server started on it: one server per store,
        // as TDB2 allows one process per store anyway.
        store.dataset().getContext().set(ARQ.queryTimeout, Long.toString(settings.timeout.toMillis()));
        // A public, read-only endpoint fetches nothing on a query's behalf: SERVICE is refused, with a plain
        // message before the query runs (CappedQueryService), and by ARQ itself should one ever get past that.
        store.dataset().getContext().set(ARQ.httpServiceAllowed, false);
        // Sorts (ORDER BY, DISTINCT) of more rows than this go on disk in sorted runs: every judgement of 10,000 reports, sorted in
        // the heap, ran the server (-Xmx640m) out of memory; spilled, it takes 10-20 % longer, in the same order.
        store.dataset().getContext().set(ARQ.spillToDiskThreshold, SORT_IN_MEMORY_ROWS);
        long maxReportBytes = Document.MAX_BYTES;
        FusekiServer.Builder builder = FusekiServer.create()
                // Requests waiting their turn at the QueryGate hold a thread each. In Fuseki's default pool of
                // 20, 32 clients filled it, and a point look-up then queued for a thread, not at the gate,
                // behind the full-table queries: 128 s. Waiting threads cost little; Jetty's own default is 200.
                .numServerThreads(2, SERVER_THREADS)
                .port(settings.port)
                .loopback(!settings.allInterfaces)
                // CORS is CorsFilter's: Fuseki's allowed credentials beside "*", and methods that are refused.
                .enableCors(false, null)
                .registerOperation(Operation.Query, new CappedQueryService(settings.maxRows))
                .addDataset(ENDPOINT, store.dataset())
                .addOperation(ENDPOINT, Operation.Query)
                .addServlet("/id/*", linkedData)
                .addServlet("/doc/*", linkedData)
                .addServlet("/def/*", linkedData)
                .addServlet("/def", linkedData)
                .addServlet("/.well-known/void", linkedData)
                .addServlet("/graph/*", linkedData)
                .addServlet("/dumps/*", new DumpsServlet(store, settings.uris, kept.resolve(DUMPS_FOLDER)))
                .addServlet("/summary.csv", summary)
                .addServlet("/summary.xlsx", summary)
                .addServlet("/admin/*", new AdminServlet(settings.adminToken, intake, maxReportBytes))
                .addServlet("/query", new SiteServlet(linkedData))
                .addServlet("/search", new SiteServlet(linkedData))
                .addServlet("/query/*", new SiteServlet(linkedData))
                .addServlet("", new SiteServlet(linkedData))
                .addServlet("/accessibility", new SiteServlet(linkedData))
                .addServlet("/site.css", new AssetServlet())
                .addServlet("/favicon.svg", new AssetServlet())
                .addFilter("/*", new CorsFilter())
                .addFilter("/*", new RequestGuardFilter(settings.maxRequestBytes, maxReportBytes))
                .addFilter(ENDPOINT, new Negotiation())
                .addFilter(ENDPOINT, new HeadAsGetFilter())
                .addFilter(ENDPOINT, new ServiceDescriptionFilter());
        answers.ifPresent(cache -> builder.addFilter(ENDPOINT, cache));
        // After the cache, so that kept answers never wait for a turn.
        builder.addFilter(ENDPOINT, new QueryGate(settings.concurrentQueries, settings.timeout));
        FusekiServer server = builder.build();
        org.eclipse.jetty.ee10.servlet.ServletContextHandler.getServletContextHandler(server.getServletContext())
                .setErrorHandler(new SiteErrorPages());
        // A query may wait its turn (QueryGate) for as long as it may run, sending nothing meanwhile: Jetty's
        // default idle timeout (30 s) closed such connections under load, and the client got no answer at all.
        for (var connector : server.getJettyServer().getConnectors()) {
            if (connector instanceof org.eclipse.jetty.server.AbstractConnector c) {
                c.setIdleTimeout(Math.max(c.getIdleTimeout(), idleTimeout(settings.timeout).toMillis()));
            }
            // Responses are buffered in the heap, not in direct buffers: Jetty's pool let go of direct buffers
            // faster than a quiet heap was collected, and their memory stayed until then (the JVM allows as
            // much as the heap). Giving kept answers at 8 clients, that was 280-550 MB beside a 100 MB heap.
            var http = connector.getConnectionFactory(org.eclipse.jetty.server.HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setUseOutputDirectByteBuffers(false);
            }
        }
        // Gzip for every answer the client accepts it for, SPARQL results (GET and POST) included;
        // answers already compressed (the linked-data documents, the dumps) pass as they are.
        GzipHandler gzip = new GzipHandler();
        gzip.setIncludedMethods("GET", "POST");
        gzip.setHandler(server.getJettyServer().getHandler());
        server.getJettyServer().setHandler(gzip);
        return server;
    }

    /** How long a connection may be silent: a query's wait for its turn and its run, and a margin. */
    static Duration idleTimeout(Duration queryTimeout) {
        return queryTimeout.multipliedBy(2).plusSeconds(30);
    }

    /** Fails with a plain message if the port is taken, before any work is done for a server that cannot start. */
    public static void checkPortFree(int port, boolean allInterfaces) {
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(allInterfaces ? new InetSocketAddress(port)
                    : new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " is in use (another server?); choose another with --port");
        }
    }

    public int port() {
        return server.getPort();
    }

    /** How long the server's connections may be silent before Jetty closes them. */
    public long idleTimeoutMillis() {
        return ((org.eclipse.jetty.server.AbstractConnector) server.getJettyServer().getConnectors()[0]).getIdleTimeout();
    }

    /** The endpoint's URL on this machine. */
    public String endpoint() {
        return "http://localhost:" + port() + ENDPOINT;
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        warmer.ifPresent(AnswerWarmer::close);
        inbox.ifPresent(InboxWatcher::close);
        server.stop();
        try {
            scratch.ifPresent(org.ofstedkg.Folders::deleteTree);
        } catch (java.io.UncheckedIOException e) {
            // a temporary folder left behind is the system's to clear
        }
    }
}
