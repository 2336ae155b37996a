package org.ofstedkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.ofstedkg.TestStores;

/** The loadtest command as a script runs it: its table on standard output, its status. */
class LoadTestCommandTest {

    @Test
    @Timeout(60)
    void loadtestPrintsEveryCannedQuerysLatenciesAndExitsZero() {
        try (TestStores.Served served = TestStores.served()) {
            CommandLineTest.Run run = CommandLineTest.run("loadtest", "--server", served.url(""), "--clients", "2",
                    "--seconds", "1", "--probe-every", "3", "--min-per-query", "5");
            assertEquals(0, run.status(), run.err() + run.out());
            assertTrue(run.out().startsWith("2 clients, "), run.out());
            assertTrue(run.out().contains("\nratings ") && run.out().contains("\nconflicts ")
                    && run.out().contains("\nprobe "), run.out());
            assertTrue(run.out().matches("(?s).*, 0 failed;.*, 0 inconsistent.*"), run.out());
            // Every query answered at least five times, however long that took past the one second.
            var rows = run.out().lines().skip(2).filter(l -> l.matches("[a-z-]+ +\\d+ .*")).toList();
            assertEquals(org.ofstedkg.Bundled.CANNED_QUERIES.size() + 1, rows.size(), run.out()); // and the probe
            rows.forEach(l -> assertTrue(Integer.parseInt(l.split(" +")[1]) >= 5, l));
        }
    }
}
