package org.ofstedkg.serve;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * At most so many queries computed at once; the others wait their turn, in order of arrival. Queries
 * are bound by the processors: past a few per core, more at once only share the same CPU more thinly
 * while each holds its intermediate results (a sort of every judgement, say) in memory. So a burst of
 * 32 clients gets answers as fast as 4 would, in bounded memory. Answers kept by {@link AnswerCache},
 * which runs before this gate, never wait. A query that cannot start within the query timeout gets
 * 503, as one that runs past it does.
 * <p>
 * Two lanes, each with that many places: one for queries known to be slow, one for the rest. In one
 * queue, a point look-up of 40 ms waited 8 s behind full-table queries of 10 s each. A query is known
 * slow when a query of its shape (its text with literals and numbers blanked, so that one authority's
 * history is the shape of another's) last took more than {@link #QUICK} of CPU; it is quick again once
 * one of its shape takes less. CPU time, not time taken: under 32 clients a 30 ms look-up took over
 * 250 ms, was sent to the slow lane, and waited two minutes there. A shape not yet seen goes in the
 * quick lane, and is learned from there.
 */
final class QueryGate implements Filter {

    /** A query that takes more CPU than this sends later queries of its shape to the slow lane. */
    static final Duration QUICK = Duration.ofMillis(250);

    /** Heap left to TDB2's caches and the server itself, before any query (see {@link #defaultConcurrency}). */
    private static final long HEAP_KEPT_MB = 256;

    /** Heap per place in each lane: two queries, one in each lane, of 200-300 MB each at most, mostly less. */
    private static final long HEAP_PER_PLACE_MB = 384;

    /** Shapes remembered as slow; the least recently seen are forgotten past this many. */
    private static final int REMEMBERED = 10_000;

    private static final Pattern LITERALS = Pattern.compile(
            "\"\"\"(?s:.*?)\"\"\"|'''(?s:.*?)'''|\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)*'"
                    + "|(?<![\\w:])[+-]?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?(?![\\w:])");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Semaphore slowLane;
    private final Semaphore quickLane;
    private final Duration wait;
    private final long quickNanos;
    private final Map<String, Boolean> slowShapes = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };

    QueryGate(int concurrent, Duration wait) {
        this(concurrent, wait, QUICK);
    }

    QueryGate(int concurrent, Duration wait, Duration quick) {
        if (concurrent < 1) {
            throw new IllegalArgumentException("at least one query must be able to run, not " + concurrent);
        }
        this.slowLane = new Semaphore(concurrent, true);
        this.quickLane = new Semaphore(concurrent, true);
        this.wait = wait;
        this.quickNanos = quick.toNanos();
    }

    /**
     * A sensible number of queries at once in each lane for this machine: twice its processors, at least 4,
     * but no more than its heap holds. A full-table query over 10,000 reports holds 200-300 MB while it runs,
     * and a query of a shape not yet seen may be one in the quick lane: with 640 MB of heap one place in each
     * lane ran every canned query at 8 and 32 clients, two ran out of memory at 768 MB, four ran at 2 GB.
     */
    static int defaultConcurrency() {
        return defaultConcurrency(Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory());
    }

    static int defaultConcurrency(int processors, long heapBytes) {
        long heapMegabytes = heapBytes / (1024 * 1024);
        long heapPlaces = Math.max(1, (heapMegabytes - HEAP_KEPT_MB) / HEAP_PER_PLACE_MB);
        return (int) Math.min(Math.max(4, 2 * processors), heapPlaces);
    }

    /** The query's text with its literals and numbers blanked; null for a query sent as a request body. */
    static String shape(String query) {
        return query == null ? null : SPACES.matcher(LITERALS.matcher(query).replaceAll("_")).replaceAll(" ").strip();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Only a query given as a parameter (GET, or a form POST) is looked at: reading a body here would
        // take it from Fuseki. A query in the body goes in the slow lane.
        String shape = shape(request.getParameter("query"));
        Semaphore lane = shape != null && !knownSlow(shape) ? quickLane : slowLane;
        boolean admitted;
        try {
            admitted = lane.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            ((HttpServletResponse) response).sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "the server is busy: the query could not start within " + wait.toSeconds() + " s; try again");
            return;
        }
        long start = cpuNanos();
        try {
            chain.doFilter(request, response);
        } finally {
            lane.release();
            if (shape != null) {
                learn(shape, cpuNanos() - start > quickNanos);
            }
        }
    }

    /** The CPU time of this thread, which computes and writes the answer (ARQ runs a query on its caller). */
    static long cpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private synchronized boolean knownSlow(String shape) {
        return slowShapes.containsKey(shape);
    }

    private synchronized void learn(String shape, boolean slow) {
        if (slow) {
            slowShapes.put(shape, Boolean.TRUE);
        } else {
            slowShapes.remove(shape);
        }
    }
}
