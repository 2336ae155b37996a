package org.ofstedkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.ofstedkg.store.KnowledgeStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "restore", mixinStandardHelpOptions = true, description = {
        "Build a store from a backup (gzipped N-Quads, as 'backup' writes) with TDB2's bulk loader. The store "
                + "folder must not exist or be empty: the store is built beside it and moved into place only "
                + "when complete, so a failed restore leaves nothing."})
final class RestoreCommand implements Callable<Integer> {

    @Mixin
    StoreOptions options;

    @Option(names = "--from", required = true, paramLabel = "FILE", description = "The backup file.")
    Path backup;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        long quads = KnowledgeStore.restore(backup, options.storeDir());
        double seconds = (System.nanoTime() - start) / 1e9;
        try (KnowledgeStore store = KnowledgeStore.openExisting(options.storeDir())) {
            spec.commandLine().getOut().printf(java.util.Locale.ROOT,
                    "restored %d quads (%d reports) from %s into %s in %.1f s (%.0f quads/s)%n", quads,
                    store.reportGraphs().size(), backup, options.storeDir(), seconds, quads / seconds);
        }
        return 0;
    }
}
