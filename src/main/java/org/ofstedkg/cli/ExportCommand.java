package org.ofstedkg.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.ofstedkg.AtomicFiles;
import org.ofstedkg.store.ExportFormat;
import org.ofstedkg.store.Exporter;
import org.ofstedkg.map.Vocab;
import org.ofstedkg.store.KnowledgeStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true, description = {
        "Write the store (or one graph of it) as RDF. The same store always gives byte-identical output: "
                + "statements sorted, prefixes fixed.",
        "nquads, trig and jsonld keep the named graphs; turtle, ntriples and rdfxml write the union of the graphs."})
final class ExportCommand implements Callable<Integer> {

    @Mixin
    StoreOptions options;

    @Mixin
    BaseOption base;

    @Option(names = "--format", defaultValue = "turtle", paramLabel = "FORMAT",
            description = "turtle, ntriples, nquads, trig, jsonld or rdfxml (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--graph", paramLabel = "IRI", description = "Export only this named graph.")
    String graph;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file (default: standard output), "
            + "creating its folder if needed. The file is written whole or not at all.")
    Path outFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ExportFormat exportFormat = ExportFormat.named(format);
        if (outFile != null && Files.isDirectory(outFile)) {
            throw new IllegalArgumentException("--out " + outFile + " is a folder; name a file");
        }
        try (KnowledgeStore store = KnowledgeStore.openExisting(options.storeDir())) {
            StoreOptions.noticeVersion(store, spec.commandLine().getErr(), "export");
            if (outFile == null) {
                OutputStream out = new BufferedOutputStream(System.out);
                new Exporter(store, Vocab.prefixes(base.uris())).export(exportFormat, Optional.ofNullable(graph), out);
                out.flush();
                return 0;
            }
            // What waits to be sorted goes beside the output, where there is room for the output itself.
            Exporter exporter = new Exporter(store, Vocab.prefixes(base.uris()), outFile.toAbsolutePath().getParent());
            long n = AtomicFiles.write(outFile, out -> exporter.export(exportFormat, Optional.ofNullable(graph), out));
            spec.commandLine().getErr().printf("wrote %d statements to %s%n", n, outFile);
        }
        return 0;
    }
}
