package org.ofstedkg.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.ofstedkg.store.KnowledgeStore;
import org.ofstedkg.store.QueryRunner;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "query", mixinStandardHelpOptions = true, description = {
        "Run a SPARQL query on the store. The default graph is the union of all stored graphs.",
        "SELECT and ASK results as csv (SPARQL 1.1 CSV results), tsv, json or text; CONSTRUCT and DESCRIBE as "
                + "Turtle (JSON-LD with --format json)."})
final class QueryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions options;

    @Option(names = "--format", defaultValue = "csv", paramLabel = "FORMAT",
            description = "csv, tsv, json or text (default: ${DEFAULT-VALUE}).")
    String format;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "FILE.rq", description = "A file holding the query, such as queries/ratings.rq.")
        Path file;

        @Option(names = "--sparql", paramLabel = "QUERY", description = "The query itself.")
        String sparql;
    }

    @Override
    public Integer call() throws Exception {
        QueryRunner.ResultFormat resultFormat = QueryRunner.ResultFormat.named(format);
        String text;
        String name;
        if (source.file != null) {
            try {
                text = Files.readString(source.file, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new IllegalArgumentException("no such query file: " + source.file);
            }
            name = source.file.toString();
        } else {
            text = source.sparql;
            name = "given with --sparql";
        }
        var query = QueryRunner.parse(text, name);
        try (KnowledgeStore store = KnowledgeStore.openExisting(options.storeDir());
                OutputStream out = new BufferedOutputStream(System.out) {
                    @Override
                    public void close() {
                        // flush, but leave System.out open
                        try {
                            flush();
                        } catch (java.io.IOException ignored) {
                            // nothing more to do
                        }
                    }
                }) {
            StoreOptions.noticeVersion(store, spec.commandLine().getErr(), "query");
            new QueryRunner(store).run(query, resultFormat, out);
        }
        return 0;
    }
}
