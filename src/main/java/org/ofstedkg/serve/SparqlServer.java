package org.ofstedkg.serve;

import java.time.Duration;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.ofstedkg.store.KnowledgeStore;

/**
 * The serving stage: an embedded Fuseki with one read-only SPARQL endpoint at {@code /sparql} (GET
 * and POST; results as JSON, XML, CSV or TSV by Accept), CORS on, and a query timeout. No update or
 * graph-store operation is configured, so nothing sent to the server can change the store.
 */
public final class SparqlServer implements AutoCloseable {

    public static final String ENDPOINT = "/sparql";

    private final FusekiServer server;

    private SparqlServer(FusekiServer server) {
        this.server = server;
    }

    /**
     * @param port the port, or 0 for any free one
     * @param timeout how long a query may run before it is cancelled
     */
    public static SparqlServer start(KnowledgeStore store, int port, Duration timeout) {
        store.dataset().getContext().set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
        FusekiServer server = FusekiServer.create()
                .port(port)
                .enableCors(true, null)
                .addDataset(ENDPOINT, store.dataset())
                .addOperation(ENDPOINT, Operation.Query)
                .build()
                .start();
        return new SparqlServer(server);
    }

    public int port() {
        return server.getPort();
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
        server.stop();
    }
}
