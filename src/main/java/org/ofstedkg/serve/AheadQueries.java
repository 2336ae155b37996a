package org.ofstedkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.ofstedkg.Bundled;
import org.ofstedkg.store.KnowledgeStore;
import org.ofstedkg.store.QueryRunner;

/**
 * The rows of the queries a page runs over the whole store (the home page's figures, charts and table, the
 * dataset's size), which at 10,000 reports take seconds to compute:
 * a page does not wait for them. {@link AnswerWarmer} asks them of the endpoint after every change of the
 * store, {@link AnswerCache} keeps the answers (JSON), and a page reads the kept answer here. Until the
 * answer for the store's current state is kept, a page shows the rows it showed last, saying of when.
 * With none yet, the query is computed in the background (once, however many pages ask) and the page
 * waits for it at most the page wait ({@link #WAIT} by default; the whole query timeout when no answers are computed
 * ahead); if that
 * is not enough, it says the figures are being computed, and shows them once they are.
 *
 * <p>To have a new page's store-wide query computed ahead: put it in {@code src/main/resources/serve/},
 * add its path to {@link #PAGE_QUERIES}, and read its rows with {@link #rows}.
 */
final class AheadQueries {

    /** The site's own store-wide queries, computed ahead before the canned ones. */
    static final List<String> PAGE_QUERIES = List.of("/serve/counts.rq", "/serve/home.rq", "/serve/triples.rq",
            "/serve/grade-distribution.rq", "/serve/latest-grades.rq");

    /** The result format of the answers read here, and computed ahead for them. */
    static final String ACCEPT = "application/sparql-results+json";

    /**
     * How long a page waits, by default, for a query's answer when none is kept yet, before it says the answer is
     * being computed: within the site's goal of a page in a second.
     */
    static final Duration WAIT = Duration.ofMillis(800);

    /** The threads computing answers that pages wait for only so long: daemons, as many as are asked at once. */
    static final java.util.concurrent.ExecutorService COMPUTING = java.util.concurrent.Executors
            .newCachedThreadPool(task -> {
                Thread t = new Thread(task, "ofsted-kg page query");
                t.setDaemon(true);
                return t;
            });

    /**
     * A query's rows: of the store's current state, or ({@code current} false) of an earlier state, which
     * changed last at {@code asOf}, shown until the current answer is computed.
     */
    record Rows(List<Map<String, String>> rows, String state, Instant asOf, boolean current) {
        Rows stale() {
            return new Rows(rows, state, asOf, false);
        }
    }

    private final KnowledgeStore store;
    private final Optional<AnswerCache> answers;
    private final boolean computedAhead;
    private final Duration timeout;
    private final Duration pageWait;
    /** The rows each query showed last, by query text: what a page shows while the current ones are computed. */
    private final Map<String, Rows> shownLast = new ConcurrentHashMap<>();
    /** The queries being computed for pages, by state and query text. */
    private final Map<String, java.util.concurrent.CompletableFuture<Rows>> computing = new ConcurrentHashMap<>();

    /**
     * @param answers the server's kept answers, if it keeps any
     * @param computedAhead whether {@link AnswerWarmer} computes the answers ahead
     * @param timeout the server's query timeout
     * @param pageWait how long a page waits for an answer not kept yet, when answers are kept
     */
    AheadQueries(KnowledgeStore store, Optional<AnswerCache> answers, boolean computedAhead, Duration timeout,
            Duration pageWait) {
        this.store = store;
        this.answers = answers;
        this.computedAhead = computedAhead && answers.isPresent();
        this.timeout = timeout;
        this.pageWait = pageWait;
    }

    /**
     * How long a page waits for the answer to a query that takes long (a canned one, a store-wide one) before it
     * says the answer is being computed; the whole query timeout when the server keeps no answers, as an answer
     * computed meanwhile would then be lost.
     */
    Duration pageWait() {
        return answers.isPresent() && pageWait.compareTo(timeout) < 0 ? pageWait : timeout;
    }

    /** The server's query timeout. */
    Duration timeout() {
        return timeout;
    }

    /** The server's query timeout, as a person reads it: "30 s", or "1 ms" under a second. */
    String timeLimit() {
        return timeout.toMillis() < 1000 ? timeout.toMillis() + " ms" : timeout.toSeconds() + " s";
    }

    /** The query text of a resource of {@link #PAGE_QUERIES}. */
    static String text(String resource) {
        return Bundled.text(resource);
    }

    /** Up to {@code limit} rows of a page query's answer (see the class's comment); empty while none can be shown. */
    Optional<Rows> rows(String query, int limit) {
        return rows(List.of(query), limit).get(0);
    }

    /**
     * The rows of several page queries, in the order asked: those neither kept nor shown before are computed at
     * once, and a page waits for them all at most the page wait in all, not that long for each.
     */
    List<Optional<Rows>> rows(List<String> queries, int limit) {
        long deadline = System.nanoTime() + (computedAhead ? pageWait() : timeout).toNanos();
        return queries.stream().map(query -> start(query, limit)).toList().stream()
                .map(asked -> asked.await(deadline)).toList();
    }

    /** A page query's rows as asked: given at once, or being computed (with the rows shown before, if any). */
    private record Asked(Optional<Rows> given, java.util.concurrent.CompletableFuture<Rows> computed, Rows last) {
        Optional<Rows> await(long deadline) {
            if (computed == null) {
                return given;
            }
            try {
                return Optional.of(computed.get(Math.max(0, deadline - System.nanoTime()),
                        java.util.concurrent.TimeUnit.NANOSECONDS));
            } catch (java.util.concurrent.TimeoutException e) {
                return Optional.ofNullable(last).map(Rows::stale);
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof QueryCancelledException) {
                    return Optional.ofNullable(last).map(Rows::stale);
                }
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.ofNullable(last).map(Rows::stale);
            }
        }
    }

    private Asked start(String query, int limit) {
        String state = store.state();
        Rows last = shownLast.get(query);
        if (last != null && last.state().equals(state)) {
            return new Asked(Optional.of(last), null, last);
        }
        Optional<InputStream> kept = answers.flatMap(a -> a.kept(query, ACCEPT));
        if (kept.isPresent()) {
            try (InputStream in = kept.get()) {
                return new Asked(Optional.of(shown(query, new Rows(QueryRunner.rows(ResultSetMgr.read(in,
                        ResultSetLang.RS_JSON), limit), state, store.lastChanged(), true))), null, last);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (last != null && computedAhead) {
            return new Asked(Optional.of(last.stale()), null, last);
        }
        Instant asOf = store.lastChanged();
        var computed = computing.computeIfAbsent(state + "\n" + query, key -> {
            var future = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> shown(query, new Rows(compute(query, limit), state, asOf, true)), COMPUTING);
            future.whenComplete((rows, failure) -> computing.remove(key));
            return future;
        });
        return new Asked(Optional.empty(), computed, last);
    }

    /** Remembers rows as the ones shown last, unless newer ones are already. */
    private Rows shown(String query, Rows rows) {
        return shownLast.merge(query, rows, (old, fresh) -> old.asOf().isAfter(fresh.asOf()) ? old : fresh);
    }

    /** A page query's rows, computed within the server's query timeout. */
    private List<Map<String, String>> compute(String query, int limit) {
        var parsed = QueryRunner.parse(query, "of this page");
        if (limit < Integer.MAX_VALUE && (parsed.getLimit() < 0 || parsed.getLimit() > limit)) {
            parsed.setLimit(limit);
        }
        return new QueryRunner(store).rows(parsed, timeout);
    }
}
