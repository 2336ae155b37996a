package org.ofstedkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.ofstedkg.store.KnowledgeStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "backup", mixinStandardHelpOptions = true, description = {
        "Write the whole store (every named graph) as gzipped N-Quads, from one consistent snapshot. The file is "
                + "written whole or not at all. 'restore' rebuilds a store from it; any SPARQL 1.1 store loads it.",
        "While 'serve' runs, back up through its admin endpoint instead (GET /admin/backup)."})
final class BackupCommand implements Callable<Integer> {

    @Mixin
    StoreOptions options;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "The backup file to write, e.g. backups/ofsted-kg-2026-11-22.nq.gz.")
    Path outFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (Files.isDirectory(outFile)) {
            throw new IllegalArgumentException("--out " + outFile + " is a folder; name a file");
        }
        try (KnowledgeStore store = KnowledgeStore.openExisting(options.storeDir())) {
            StoreOptions.noticeVersion(store, spec.commandLine().getErr(), "backup");
            long quads = store.backup(outFile);
            spec.commandLine().getOut().printf("backed up %d quads (%d reports) of %s to %s (%d bytes)%n", quads,
                    store.reportGraphs().size(), options.storeDir(), outFile, Files.size(outFile));
        }
        return 0;
    }
}
