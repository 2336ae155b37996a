package org.ofstedkg.serve;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.ofstedkg.store.KnowledgeStore;
import org.ofstedkg.store.QueryRunner;

/**
 * The parts of a page that read many statements of one thing (an authority's judgements over the years, its
 * neighbours' latest grades): computed at once, in the background, and waited for at most the page wait in all.
 * A page shows the parts that are ready and says the others are being computed. A part finished after its page
 * stopped waiting is kept, for the store's state, until a page takes it, so the page asked again shows it; a few
 * are kept at most, as each is a page's worth of rows. Without kept answers ({@link AheadQueries#pageWait()}),
 * a page waits the whole query timeout, as for a part it cannot do without.
 */
final class PageParts {

    /** What a page shows of one part: its rows, or why it has none yet. */
    record Part(Optional<List<Map<String, String>>> rows, String missing) {
        static Part of(List<Map<String, String>> rows) {
            return new Part(Optional.of(rows), "");
        }
    }

    /** Parts finished or being computed, by the store's state and query text: the least recently asked go first. */
    private static final int KEPT = 64;

    private final KnowledgeStore store;
    private final AheadQueries ahead;
    private final Map<String, CompletableFuture<List<Map<String, String>>>> computing = Collections.synchronizedMap(
            new LinkedHashMap<>(KEPT, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<List<Map<String, String>>>> e) {
                    return size() > KEPT;
                }
            });

    PageParts(KnowledgeStore store, AheadQueries ahead) {
        this.store = store;
        this.ahead = ahead;
    }

    /**
     * The parts of a page, in the order asked, each computed within the server's query timeout; waited for until the
     * page wait has passed since {@code startNanos} (the request's start: what the page did before counts).
     */
    List<Part> rows(List<Query> queries, long startNanos) {
        Duration wait = ahead.pageWait();
        long deadline = startNanos + wait.toNanos();
        String state = store.state();
        List<Map.Entry<String, CompletableFuture<List<Map<String, String>>>>> asked = queries.stream().map(query -> {
            String key = state + "\n" + query;
            return Map.entry(key, computing.computeIfAbsent(key, k -> CompletableFuture.supplyAsync(
                    () -> new QueryRunner(store).rows(query, ahead.timeout()), AheadQueries.COMPUTING)));
        }).toList();
        return asked.stream().map(entry -> await(entry.getKey(), entry.getValue(), deadline)).toList();
    }

    private Part await(String key, CompletableFuture<List<Map<String, String>>> part, long deadline) {
        try {
            List<Map<String, String>> rows = part.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            computing.remove(key, part);
            return Part.of(rows);
        } catch (TimeoutException e) {
            return new Part(Optional.empty(), "being computed: reload the page in a moment to see it");
        } catch (ExecutionException e) {
            computing.remove(key, part);
            if (e.getCause() instanceof QueryCancelledException) {
                return new Part(Optional.empty(), "not computed: it needs more time than the server gives a query ("
                        + ahead.timeLimit() + "); the store is large or busy");
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Part(Optional.empty(), "not computed: the page was interrupted");
        }
    }
}
