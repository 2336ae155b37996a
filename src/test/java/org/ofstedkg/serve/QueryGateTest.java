package org.ofstedkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

class QueryGateTest {

    private static final String HISTORY = "SELECT * { ?la okg:laCode \"882\" . ?r okg:authority ?la } LIMIT 10";
    private static final String FULL_TABLE = "SELECT * { ?j okg:grade ?g FILTER (?g != 'x') } LIMIT 100000";

    @Test
    void queriesOfOneShapeDifferOnlyInTheirLiteralsAndNumbers() {
        assertEquals(QueryGate.shape(HISTORY), QueryGate.shape(HISTORY.replace("882", "359").replace("10", "20")));
        assertEquals(QueryGate.shape("SELECT ?x1 { ?x1 ex:p2 \"a \\\" b\" }"),
                QueryGate.shape("SELECT  ?x1\n{ ?x1 ex:p2 'c' }"), "variables and names keep their digits");
        assertNotEquals(QueryGate.shape("SELECT ?x1 { ?x1 ex:p2 1 }"), QueryGate.shape("SELECT ?x1 { ?x1 ex:p3 1 }"));
        assertEquals(null, QueryGate.shape(null));
    }

    @Test
    void eachLaneHasNoMorePlacesThanTheHeapHolds() {
        long mb = 1024 * 1024;
        assertEquals(1, QueryGate.defaultConcurrency(2, 640 * mb), "serve's default heap: one in each lane");
        assertEquals(1, QueryGate.defaultConcurrency(16, 256 * mb), "always at least one");
        assertEquals(2, QueryGate.defaultConcurrency(2, 1024 * mb));
        assertEquals(4, QueryGate.defaultConcurrency(2, 2048 * mb), "twice the processors, at least 4");
        assertEquals(4, QueryGate.defaultConcurrency(1, 8192 * mb));
        assertEquals(16, QueryGate.defaultConcurrency(8, 8192 * mb));
    }

    @Test
    @Timeout(30)
    void aQuickQueryDoesNotWaitBehindSlowOnes() throws Exception {
        QueryGate gate = new QueryGate(1, Duration.ofSeconds(20), Duration.ofMillis(50));
        // Learned: the full-table shape is slow.
        gate.doFilter(request(FULL_TABLE), response(), (req, res) -> burnCpu(100));

        ExecutorService pool = Executors.newCachedThreadPool();
        try {
            CountDownLatch slowRunning = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Future<?> first = pool.submit(() -> run(gate, FULL_TABLE, (req, res) -> {
                slowRunning.countDown();
                await(release);
            }));
            assertTrue(slowRunning.await(10, TimeUnit.SECONDS));

            // Another of the slow shape waits for the slow lane's one place...
            CountDownLatch secondStarted = new CountDownLatch(1);
            Future<?> second = pool.submit(() -> run(gate, FULL_TABLE.replace("100000", "5"),
                    (req, res) -> secondStarted.countDown()));
            assertFalse(secondStarted.await(300, TimeUnit.MILLISECONDS), "a second slow query ran beside the first");

            // ...while a look-up, of a shape not known slow, runs at once.
            CountDownLatch quickRan = new CountDownLatch(1);
            pool.submit(() -> run(gate, HISTORY, (req, res) -> quickRan.countDown())).get(5, TimeUnit.SECONDS);
            assertEquals(0, quickRan.getCount(), "the look-up waited behind the slow query");

            release.countDown();
            first.get(5, TimeUnit.SECONDS);
            second.get(5, TimeUnit.SECONDS);
            assertEquals(0, secondStarted.getCount());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Timeout(30)
    void aShapeThatRunsQuicklyAgainLeavesTheSlowLane() throws Exception {
        QueryGate gate = new QueryGate(1, Duration.ofSeconds(20), Duration.ofMillis(50));
        gate.doFilter(request(HISTORY), response(), (req, res) -> burnCpu(100)); // slow once
        gate.doFilter(request(HISTORY), response(), (req, res) -> { }); // quick since, in the slow lane
        gate.doFilter(request(FULL_TABLE), response(), (req, res) -> burnCpu(100));
        assertTheLookUpRunsWhileASlowQueryHoldsItsLane(gate);
    }

    /** Holds a query of the (learned slow) full-table shape in its lane, and runs the look-up meanwhile. */
    private static void assertTheLookUpRunsWhileASlowQueryHoldsItsLane(QueryGate gate) throws Exception {
        ExecutorService pool = Executors.newCachedThreadPool();
        try {
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch slowRunning = new CountDownLatch(1);
            Future<?> slow = pool.submit(() -> run(gate, FULL_TABLE, (req, res) -> {
                slowRunning.countDown();
                await(release);
            }));
            assertTrue(slowRunning.await(10, TimeUnit.SECONDS));
            CountDownLatch quickRan = new CountDownLatch(1);
            pool.submit(() -> run(gate, HISTORY, (req, res) -> quickRan.countDown())).get(5, TimeUnit.SECONDS);
            assertEquals(0, quickRan.getCount(), "the look-up waited behind the slow query");
            release.countDown();
            slow.get(5, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Timeout(30)
    void aQueryThatCannotStartWithinTheWaitGets503() throws Exception {
        QueryGate gate = new QueryGate(1, Duration.ofMillis(200), Duration.ofMillis(50));
        ExecutorService pool = Executors.newCachedThreadPool();
        try {
            CountDownLatch running = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Future<?> first = pool.submit(() -> run(gate, HISTORY, (req, res) -> {
                running.countDown();
                await(release);
            }));
            assertTrue(running.await(10, TimeUnit.SECONDS));
            int[] status = {0};
            boolean[] ran = {false};
            gate.doFilter(request(HISTORY), response(status), (req, res) -> ran[0] = true);
            assertEquals(503, status[0]);
            assertFalse(ran[0]);
            release.countDown();
            first.get(5, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void run(QueryGate gate, String query, FilterChain chain) {
        try {
            gate.doFilter(request(query), response(), chain);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServletRequest request(String query) {
        return (HttpServletRequest) Proxy.newProxyInstance(QueryGateTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getParameter") && "query".equals(args[0])) {
                        return query;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static HttpServletResponse response() {
        return response(new int[1]);
    }

    private static HttpServletResponse response(int[] status) {
        return (HttpServletResponse) Proxy.newProxyInstance(QueryGateTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    if (method.getName().equals("sendError")) {
                        status[0] = (Integer) args[0];
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    @Timeout(30)
    void aQueryThatWaitsWithoutComputingStaysQuick() throws Exception {
        QueryGate gate = new QueryGate(1, Duration.ofSeconds(20), Duration.ofMillis(50));
        // Slow to answer (a slow client, a busy machine) but not costly: it stays in the quick lane.
        gate.doFilter(request(HISTORY), response(), (req, res) -> sleep(200));
        gate.doFilter(request(FULL_TABLE), response(), (req, res) -> burnCpu(100));
        assertTheLookUpRunsWhileASlowQueryHoldsItsLane(gate);
    }

    /** Keeps this thread computing until it has used the CPU time given (at most 10 s of waiting). */
    private static void burnCpu(long millis) {
        long start = QueryGate.cpuNanos();
        long giveUp = System.nanoTime() + 10_000_000_000L;
        long sink = 0;
        while (QueryGate.cpuNanos() - start < millis * 1_000_000 && System.nanoTime() < giveUp) {
            sink += Long.numberOfTrailingZeros(sink + System.nanoTime());
        }
        if (sink == 42) {
            System.out.print(""); // keeps the loop from being optimised away
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
