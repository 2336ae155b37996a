package org.ofstedkg.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.ofstedkg.Samples;
import org.ofstedkg.TestStores;
import org.ofstedkg.store.KnowledgeStore;
import org.ofstedkg.store.QueryRunner;

/** Extraction accuracy on the samples, scored against the gold files written by hand. */
class AccuracyTest {

    static final Path GOLD = Samples.home().resolve("src/test/resources/gold");
    private static KnowledgeStore store;

    @BeforeAll
    static void ingest() {
        store = TestStores.samples();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Evaluation.Score score(String query) throws Exception {
        var gold = Evaluation.readGold(Files.newBufferedReader(GOLD.resolve(query + ".csv"), StandardCharsets.UTF_8));
        return Evaluation.score(query, gold, new QueryRunner(store).rows(QueryRunner.canned(query)));
    }

    @ParameterizedTest(name = "{0}: F1 at least {1}")
    @CsvSource({"ratings, 1.0", "judgements, 1.0", "findings, 1.0", "recommendations, 1.0",
            "service-judgements, 0.9", "statistics, 0.9"})
    void extractionIsAsAccurateAsPromised(String query, double minimum) throws Exception {
        Evaluation.Score s = score(query);
        assertTrue(s.gold() > 0, "gold rows for " + query);
        assertTrue(s.f1() >= minimum, query + ": F1 " + s.f1() + "; missed " + s.missed() + "; spurious " + s.spurious());
    }

    @Test
    void scoringCountsMissedAndSpuriousRows() {
        var gold = List.of(Map.of("la_code", "882", "timescale", "immediate", "addressee", "council", "text", "Do A."),
                Map.of("la_code", "882", "timescale", "immediate", "addressee", "council", "text", "Do  B"));
        var found = List.of(Map.of("la_code", "882", "timescale", "immediate", "addressee", "council", "text", "Do \u2019A"),
                Map.of("la_code", "882", "timescale", "immediate", "addressee", "council", "text", "Do B"),
                Map.of("la_code", "882", "timescale", "immediate", "addressee", "council", "text", "Do B"));
        var s = Evaluation.score("recommendations", gold, found);
        assertEquals(1, s.matched(), "white space and the closing full stop fold; a curly quote is not a letter");
        assertEquals(List.of("882 | immediate | council | Do A"), s.missed());
        assertEquals(2, s.spurious().size(), "a found row matches one gold row at most");
        assertEquals(1.0 / 3, s.precision(), 1e-9);
        assertEquals(0.5, s.recall(), 1e-9);
        assertEquals(0.4, s.f1(), 1e-9);
    }
}
