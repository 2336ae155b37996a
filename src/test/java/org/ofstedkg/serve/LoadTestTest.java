package org.ofstedkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.ofstedkg.TestStores;
import org.ofstedkg.Variants;
import org.ofstedkg.bench.LoadTest;
import org.ofstedkg.map.UriScheme;
import org.ofstedkg.pipeline.Pipeline;
import org.ofstedkg.store.KnowledgeStore;

/** 32 clients run the canned queries while reports are posted: nothing fails, every answer is of a committed state. */
class LoadTestTest {

    private static final String TOKEN = "load-test-token-0123456789";

    @Test
    @Timeout(180)
    void thirtyTwoClientsWhileReportsAreAddedSeeNoFailureAndNoHalfState(@TempDir Path dir) throws Exception {
        List<Path> uploads = new ArrayList<>();
        for (String borough : Variants.BOROUGHS) {
            Path file = dir.resolve("uploads").resolve(borough.toLowerCase() + "-2009.txt");
            Files.createDirectories(file.getParent());
            Files.write(file, Variants.letterTo(borough));
            uploads.add(file);
        }
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"))) {
            Pipeline pipeline = new Pipeline(UriScheme.defaults());
            TestStores.ingestSamples(store, pipeline);
            try (SparqlServer server = SparqlServer.on(store).port(0).admin(AdminToken.of(TOKEN), pipeline).start()) {
                LoadTest.Result result = LoadTest.run(LoadTest.Settings.queries(
                        URI.create("http://localhost:" + server.port()), 32, Duration.ofSeconds(6))
                        .posting(uploads, TOKEN, Duration.ofMillis(150)).probingEvery(5));
                System.out.print(result.table());
                assertEquals(0, result.failures(), result.table());
                assertEquals(List.of(), result.inconsistencies(), result.table());
                assertTrue(result.posted() >= 3, "only " + result.posted() + " reports posted in the run");
                assertTrue(result.probes() >= 20 && result.statesSeen() >= 2,
                        "the probes must see the store change: " + result.table());
                assertTrue(result.queries().stream().allMatch(q -> q.requests() > 0), result.table());
                assertEquals(5 + result.posted(), store.reportGraphs().size());
            }
        }
    }

    @Test
    void aLoadTestAsksOnlyTheQueriesNamedAndRefusesAnUnknownName() {
        LoadTest.Settings all = LoadTest.Settings.queries(URI.create("http://localhost:1"), 1, Duration.ofSeconds(1));
        assertEquals(List.of("authority-history", "conflicts"),
                all.asking(List.of("authority-history", "conflicts")).queries());
        IllegalArgumentException unknown = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> all.asking(List.of("ratings", "rating")));
        assertTrue(unknown.getMessage().contains("no canned query rating;"), unknown.getMessage());
    }
}
