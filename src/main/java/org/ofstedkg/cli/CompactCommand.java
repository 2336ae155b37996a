package org.ofstedkg.cli;

import java.util.concurrent.Callable;

import org.ofstedkg.store.KnowledgeStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "compact", mixinStandardHelpOptions = true, description = {
        "Reclaim the space replaced reports leave behind: TDB2 never overwrites data, so the store grows with "
                + "every replaced graph until it is compacted into a new generation. The old generation is deleted.",
        "While 'serve' runs, compact through its admin endpoint instead (POST /admin/compact)."})
final class CompactCommand implements Callable<Integer> {

    @Mixin
    StoreOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (KnowledgeStore store = KnowledgeStore.openExisting(options.storeDir())) {
            StoreOptions.noticeVersion(store, spec.commandLine().getErr(), "compact");
            KnowledgeStore.Compaction sizes = store.compact();
            spec.commandLine().getOut().printf("compacted %s: %s before, %s after%n", options.storeDir(),
                    megabytes(sizes.bytesBefore()), megabytes(sizes.bytesAfter()));
        }
        return 0;
    }

    static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
