package org.ofstedkg.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.ofstedkg.AtomicFiles;
import org.ofstedkg.store.KnowledgeStore;
import org.ofstedkg.summary.Summary;
import org.ofstedkg.summary.SummaryFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "summary", mixinStandardHelpOptions = true, description = {
        "The local authority analysts' summary: one row per authority of today with its latest graded inspection "
                + "(ILACS, SIF or looked after children; every graded inspection with --all), its grades, the previous "
                + "overall grade, the statistical neighbours and their latest overall grades, and the identifier of each "
                + "grade's judgement, whose page shows its evidence.",
        "Its columns: see the README, The analysts' summary."})
final class SummaryCommand implements Callable<Integer> {

    @Mixin
    StoreOptions options;

    @Option(names = "--format", defaultValue = "csv", paramLabel = "FORMAT",
            description = "csv or xlsx (default: ${DEFAULT-VALUE}); xlsx needs --out.")
    String format;

    @Option(names = "--all", description = "One row per graded inspection of any authority (former ones included), "
            + "instead of one per authority of today.")
    boolean all;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file (default: standard output), "
            + "creating its folder if needed. The file is written whole or not at all.")
    Path outFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SummaryFormat summaryFormat = SummaryFormat.named(format);
        if (outFile == null && !summaryFormat.isText()) {
            throw new IllegalArgumentException(summaryFormat.name() + " is a binary spreadsheet, not for standard "
                    + "output: name the file with --out, e.g. --out summary." + summaryFormat.name());
        }
        if (outFile != null && Files.isDirectory(outFile)) {
            throw new IllegalArgumentException("--out " + outFile + " is a folder; name a file");
        }
        Summary summary;
        try (KnowledgeStore store = KnowledgeStore.openExisting(options.storeDir())) {
            summary = Summary.of(store, all);
        }
        if (outFile == null) {
            OutputStream out = new BufferedOutputStream(System.out);
            summaryFormat.write(summary, out);
            out.flush();
            return 0;
        }
        AtomicFiles.write(outFile, out -> {
            summaryFormat.write(summary, out);
            return null;
        });
        spec.commandLine().getErr().printf("wrote %d rows to %s%n", summary.rows().size(), outFile);
        return 0;
    }
}
