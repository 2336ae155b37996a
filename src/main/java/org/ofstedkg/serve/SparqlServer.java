package org.ofstedkg.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;

import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.ofstedkg.map.UriScheme;
import org.ofstedkg.store.KnowledgeStore;

/**
 * The serving stage: an embedded Fuseki with one read-only SPARQL endpoint at {@code /sparql} (GET
 * and POST; results as JSON, XML, CSV or TSV by Accept), CORS on, and a query timeout. No update or
 * graph-store operation is configured, so nothing sent to the server can change the store. It listens
 * on the loopback unless asked to listen on every interface. Every identifier of the dataset
 * dereferences on it too ({@link LinkedDataServlet}).
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
        return start(store, port, timeout, false, UriScheme.defaults());
    }

    /**
     * @param allInterfaces listen on every network interface; otherwise on the loopback only
     */
    public static SparqlServer start(KnowledgeStore store, int port, Duration timeout, boolean allInterfaces,
            UriScheme uris) {
        LinkedDataServlet linkedData = new LinkedDataServlet(store, uris);
        // Fuseki reads the timeout from the dataset's context (its server context does not reach query
        // execution), so a store has the timeout of the last server started on it: one server per store,
        // as TDB2 allows one process per store anyway.
        store.dataset().getContext().set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
        // A public, read-only endpoint fetches nothing on a query's behalf: SERVICE is refused.
        store.dataset().getContext().set(ARQ.httpServiceAllowed, false);
        FusekiServer server = FusekiServer.create()
                .port(port)
                .loopback(!allInterfaces)
                .enableCors(true, null)
                .addDataset(ENDPOINT, store.dataset())
                .addOperation(ENDPOINT, Operation.Query)
                .addServlet("/id/*", linkedData)
                .addServlet("/doc/*", linkedData)
                .addServlet("/def/*", linkedData)
                .addServlet("/def", linkedData)
                .addServlet("/.well-known/void", linkedData)
                .addServlet("/graph/*", linkedData)
                .addServlet("/dumps/*", new DumpsServlet(store, uris))
                .addServlet("/query", new SiteServlet(linkedData))
                .addServlet("", new SiteServlet(linkedData))
                .addFilter(ENDPOINT, new ServiceDescriptionFilter())
                .build();
        // Gzip for every answer the client accepts it for, SPARQL results (GET and POST) included;
        // answers already compressed (the linked-data documents, the dumps) pass as they are.
        GzipHandler gzip = new GzipHandler();
        gzip.setIncludedMethods("GET", "POST");
        gzip.setHandler(server.getJettyServer().getHandler());
        server.getJettyServer().setHandler(gzip);
        server.start();
        return new SparqlServer(server);
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
