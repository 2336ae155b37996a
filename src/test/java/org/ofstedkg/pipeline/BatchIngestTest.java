package org.ofstedkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ofstedkg.Samples;
import org.ofstedkg.Variants;
import org.ofstedkg.map.UriScheme;
import org.ofstedkg.map.Vocab;
import org.ofstedkg.store.BulkLoad;
import org.ofstedkg.store.ExportFormat;
import org.ofstedkg.store.Exporter;
import org.ofstedkg.store.KnowledgeStore;

/** Batches and threads change how fast a run is, never what it stores or says. */
class BatchIngestTest {

    private static List<Path> corpus(Path dir) throws Exception {
        List<Path> files = new ArrayList<>(Pipeline.files(List.of(Samples.reports())));
        for (String borough : Variants.BOROUGHS.subList(0, 10)) {
            Path f = dir.resolve("a-" + borough + ".txt");
            Files.write(f, Variants.letterTo(borough));
            files.add(f);
        }
        // A second version of Wigan's letter later in the same run, and a file that is no report.
        Path changed = dir.resolve("b-wigan-again.txt");
        Files.writeString(changed, new String(Variants.letterTo("Wigan")).replace("Performs well (3)",
                "Performs excellently (4)"));
        files.add(changed);
        Path notes = dir.resolve("c-notes.txt");
        Files.writeString(notes, "Minutes of the meeting.\n");
        files.add(notes);
        return files;
    }

    private static List<String> run(List<Path> files, int batch, int threads, ByteArrayOutputStream export)
            throws Exception {
        List<String> lines = new ArrayList<>();
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            BatchIngest.into(store, new Pipeline(UriScheme.defaults())).batch(batch).threads(threads)
                    .run(files, o -> lines.add(o.status() + " " + o.file().getFileName() + " " + o.triples()));
            new Exporter(store, Vocab.prefixes(UriScheme.defaults())).export(ExportFormat.NQUADS, Optional.empty(), export);
        }
        return lines;
    }

    @Test
    void anyBatchAndThreadCountStoresTheSameAndSaysTheSameInFileOrder(@TempDir Path dir) throws Exception {
        List<Path> files = corpus(dir);
        ByteArrayOutputStream oneByOne = new ByteArrayOutputStream();
        List<String> reference = run(files, 1, 1, oneByOne);
        assertEquals(files.size(), reference.size());
        for (int i = 0; i < files.size(); i++) {
            assertEquals(files.get(i).getFileName().toString(), reference.get(i).split(" ")[1], "out of order");
        }
        assertEquals("REPLACED", reference.get(files.size() - 2).split(" ")[0], reference.toString());
        assertEquals("REJECTED", reference.get(files.size() - 1).split(" ")[0], reference.toString());
        for (int[] setting : new int[][] {{4, 1}, {64, 2}, {3, 3}}) {
            ByteArrayOutputStream export = new ByteArrayOutputStream();
            assertEquals(reference, run(files, setting[0], setting[1], export), "batch " + setting[0]);
            assertArrayEquals(oneByOne.toByteArray(), export.toByteArray(), "batch " + setting[0] + " stored other statements");
        }
    }

    @Test
    void aBulkLoadIntoANewStoreStoresTheSameAndSaysTheSameInFileOrder(@TempDir Path dir) throws Exception {
        List<Path> files = corpus(dir);
        ByteArrayOutputStream oneByOne = new ByteArrayOutputStream();
        List<String> reference = run(files, 1, 1, oneByOne);
        Path storeDir = dir.resolve("built");
        List<String> lines = new ArrayList<>();
        List<Integer> progress = new ArrayList<>();
        BatchIngest.bulkInto(BulkLoad.into(storeDir, BulkLoad.Feed.GRAPHS), new Pipeline(UriScheme.defaults())).threads(2)
                .progress(progress::add)
                .run(files, o -> lines.add(o.status() + " " + o.file().getFileName() + " " + o.triples()));
        assertEquals(reference, lines, "the later version of Wigan's letter, too, must say REPLACED");
        assertEquals(files.size(), progress.get(progress.size() - 1));
        ByteArrayOutputStream export = new ByteArrayOutputStream();
        try (KnowledgeStore store = KnowledgeStore.open(storeDir)) {
            new Exporter(store, Vocab.prefixes(UriScheme.defaults())).export(ExportFormat.NQUADS, Optional.empty(), export);
        }
        assertArrayEquals(oneByOne.toByteArray(), export.toByteArray(), "the bulk load stored other statements");
        assertEquals(List.of("built"), Files.list(dir).map(p -> p.getFileName().toString())
                .filter(n -> n.contains("built")).toList(), "the work folder was left behind");
    }
}
