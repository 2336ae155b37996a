package org.ofstedkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SortedKeysTest {

    private static List<String> drain(Iterator<String> it) {
        List<String> all = new ArrayList<>();
        it.forEachRemaining(all::add);
        return all;
    }

    private static List<String> randomKeys(int n) {
        Random random = new Random(7);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // Few distinct values, so that duplicates fall in different batches; some beyond Latin-1.
            keys.add("<https://example.org/" + random.nextInt(n / 3) + "> \"caf\u00e9 \u2019" + random.nextInt(5) + "\"");
        }
        return keys;
    }

    @Test
    void keysBeyondOneBatchAreMergedInOrderAndTheScratchFilesGo(@TempDir Path scratch) throws Exception {
        List<String> keys = randomKeys(30_000);
        List<String> expected = new ArrayList<>(keys);
        expected.sort(null);
        try (SortedKeys sorted = new SortedKeys(scratch, 100_000, false)) {
            keys.forEach(sorted::add);
            assertTrue(sorted.spilled() > 10, "batches on disk: " + sorted.spilled());
            assertEquals(expected, drain(sorted.sorted()));
        }
        try (var left = Files.list(scratch)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void distinctKeysAreGivenOnceWhetherInTheHeapOrOnDisk(@TempDir Path scratch) {
        List<String> keys = randomKeys(30_000);
        List<String> expected = new ArrayList<>(new TreeSet<>(keys));
        assertTrue(expected.size() < keys.size());
        for (long budget : new long[] {100_000, Long.MAX_VALUE}) {
            try (SortedKeys sorted = new SortedKeys(scratch, budget, true)) {
                keys.forEach(sorted::add);
                assertEquals(budget == Long.MAX_VALUE, sorted.spilled() == 0);
                assertEquals(expected, drain(sorted.sorted()), "budget " + budget);
            }
        }
    }

    @Test
    void anyStringComesBackFromDiskUnchanged(@TempDir Path scratch) {
        List<String> keys = new ArrayList<>(List.of("two\nlines", "carriage\rreturn", "lone \ud800 surrogate",
                "pair \ud83d\ude00", "nul \u0000", "\u2028\u2029\u0085", "", "x".repeat(100_000)));
        keys.addAll(randomKeys(2_000));
        List<String> expected = new ArrayList<>(keys);
        expected.sort(null);
        try (SortedKeys sorted = new SortedKeys(scratch, 50_000, false)) {
            keys.forEach(sorted::add);
            assertTrue(sorted.spilled() > 3, "batches on disk: " + sorted.spilled());
            assertEquals(expected, drain(sorted.sorted()));
        }
    }
}
