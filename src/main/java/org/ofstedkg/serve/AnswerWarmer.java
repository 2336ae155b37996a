package org.ofstedkg.serve;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.ofstedkg.Bundled;
import org.ofstedkg.store.KnowledgeStore;

/**
 * Asks the server's own endpoint the site's store-wide queries ({@link AheadQueries}) and the canned
 * queries, and the server its summary, as a client would, whenever the store has a version whose answers
 * are not yet kept, so that {@link AnswerCache} holds them before the first page or researcher asks. Full-table queries over 10,000 reports take seconds to compute and milliseconds to
 * give again. It waits until the store has been unchanged for a while (a run of uploads does not start
 * a run of warm-ups) and starts over if the store changes while it works. It runs on one thread, one
 * query at a time, at low priority, and goes through the HTTP endpoint so that the kept answers are
 * byte for byte what a client would get.
 */
final class AnswerWarmer implements AutoCloseable {

    /** The result formats warmed: CSV for scripts and spreadsheets, JSON for the site and most libraries. */
    static final List<String> ACCEPTS = List.of("text/csv", "application/sparql-results+json");

    /**
     * The server's documents made on their first request after a change and kept until the next
     * ({@link SummaryServlet}): asked too, so that no one waits for them (the XLSX took 20 s at 10,000
     * reports on a busy machine).
     */
    static final List<String> DOCUMENTS = List.of("/summary.csv", "/summary.xlsx", "/summary.csv?all=true",
            "/summary.xlsx?all=true");

    private final KnowledgeStore store;
    private final URI endpoint;
    private final Duration settle;
    private final Duration timeout;
    private final Consumer<String> notices;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Thread thread;
    private volatile boolean closed;
    /** The answers of this round that were not computed: timed out, or failed. */
    private int failures;

    private AnswerWarmer(KnowledgeStore store, URI endpoint, Duration settle, Duration timeout,
            Consumer<String> notices) {
        this.store = store;
        this.endpoint = endpoint;
        this.settle = settle;
        this.timeout = timeout;
        this.notices = notices;
        this.thread = new Thread(this::run, "ofsted-kg answer warmer");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
    }

    /**
     * Starts warming the answers of a running endpoint.
     *
     * @param settle how long the store must be unchanged before its answers are warmed
     * @param timeout the endpoint's query timeout
     */
    static AnswerWarmer start(KnowledgeStore store, URI endpoint, Duration settle, Duration timeout,
            Consumer<String> notices) {
        AnswerWarmer warmer = new AnswerWarmer(store, endpoint, settle, timeout, notices);
        warmer.thread.start();
        return warmer;
    }

    /** How long after a round with answers not computed (timed out on a busy machine) they are asked again. */
    static final Duration RETRY = Duration.ofSeconds(60);

    private void run() {
        long warmed = -1;
        long seen = store.version();
        long seenAt = System.nanoTime() - settle.toNanos();
        while (!closed) {
            long version = store.version();
            if (version != seen) {
                seen = version;
                seenAt = System.nanoTime();
            }
            if (version != warmed && System.nanoTime() - seenAt >= settle.toNanos()) {
                long start = System.nanoTime();
                failures = 0;
                int answered = warm(version);
                if (answered >= 0) {
                    String kept = String.format("answers to %d of %d canned queries kept, and the site's %d store-wide"
                            + " ones and its summary, for the store's version %d, in %.1f s", answered,
                            Bundled.CANNED_QUERIES.size(), AheadQueries.PAGE_QUERIES.size(), version,
                            (System.nanoTime() - start) / 1e9);
                    if (failures == 0) {
                        warmed = version;
                        notices.accept(kept);
                    } else {
                        // The kept ones are given at once in the next round; only those missing are computed.
                        notices.accept(kept + "; " + failures + " not computed, asked again in " + RETRY.toSeconds() + " s");
                        seenAt = System.nanoTime() + RETRY.minus(settle).toNanos();
                    }
                }
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * Asks the site's store-wide queries (in the format its pages read), the documents made on request, the
     * canned queries' pages, then every canned query in every warmed format; the number of canned queries answered, or -1 if the store changed.
     */
    private int warm(long version) {
        for (String resource : AheadQueries.PAGE_QUERIES) {
            if (!ask(version, resource, query(AheadQueries.text(resource)), AheadQueries.ACCEPT)) {
                return -1;
            }
        }
        // The documents next (the summary workbook took 1.5 s on its first request while the pages were warmed),
        // then the canned queries as their pages on /query ask them (their first rows), before the full answers.
        for (String document : DOCUMENTS) {
            if (!ask(version, document, endpoint.resolve(document), "*/*")) {
                return -1;
            }
        }
        for (String name : Bundled.CANNED_QUERIES) {
            if (!ask(version, name + " (its page)", query(QueryPage.shownQuery(Bundled.cannedQuery(name))),
                    AheadQueries.ACCEPT)) {
                return -1;
            }
        }
        int answered = 0;
        for (String name : Bundled.CANNED_QUERIES) {
            int failedBefore = failures;
            for (String accept : ACCEPTS) {
                if (!ask(version, name, query(Bundled.cannedQuery(name)), accept)) {
                    return -1;
                }
            }
            if (failures == failedBefore) {
                answered++;
            }
        }
        return answered;
    }

    /** The endpoint's URL asking a query. */
    private URI query(String query) {
        return URI.create(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    /** Asks for one answer in one format; false if the store changed or the warmer was stopped meanwhile. */
    private boolean ask(long version, String name, URI url, String accept) {
        if (closed || store.version() != version) {
            return false;
        }
        HttpRequest request = HttpRequest.newBuilder(url).header("Accept", accept)
                .timeout(timeout.multipliedBy(3)).GET().build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 200) {
                failures++;
                notices.accept("warming the answers: " + name + " (" + accept + ") got HTTP " + status);
            }
        } catch (IOException e) {
            failures++;
            if (!closed) {
                notices.accept("warming the answers: " + name + " (" + accept + ") failed: " + e.getMessage());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return true;
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }
}
