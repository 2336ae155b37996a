package org.ofstedkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.ofstedkg.evaluate.Evaluation;
import org.ofstedkg.store.KnowledgeStore;
import org.ofstedkg.store.QueryRunner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "evaluate", mixinStandardHelpOptions = true, description = {
        "Score the store's answers to the canned queries against gold CSV files written by hand (one per query, "
                + "named after it: ratings.csv, judgements.csv, findings.csv, ...): precision, recall and F1 per "
                + "query, then every missed and every spurious row.",
        "Rows match on the query's key columns; text is compared after folding white space and quotes."})
final class EvaluateCommand implements Callable<Integer> {

    @Mixin
    StoreOptions options;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "The folder of gold CSV files.")
    Path gold;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Evaluation.Score> scores = new ArrayList<>();
        try (KnowledgeStore store = KnowledgeStore.openExisting(options.storeDir())) {
            StoreOptions.noticeVersion(store, spec.commandLine().getErr(), "evaluate");
            if (store.reportGraphs().isEmpty()) {
                spec.commandLine().getErr().println("ofsted-kg evaluate: warning: the store " + options.storeDir()
                        + " holds no report");
            }
            for (Path file : goldFiles()) {
                String query = file.getFileName().toString().replaceFirst("\\.csv$", "");
                var goldRows = Evaluation.readGold(Files.newBufferedReader(file, StandardCharsets.UTF_8));
                var found = new QueryRunner(store).rows(QueryRunner.canned(query));
                scores.add(Evaluation.score(query, goldRows, found));
            }
        }
        out.printf("%-20s %5s %6s %8s %10s %7s %6s%n", "query", "gold", "found", "matched", "precision", "recall", "F1");
        for (var s : scores) {
            out.printf("%-20s %5d %6d %8d %10.3f %7.3f %6.3f%n", s.query(), s.gold(), s.found(), s.matched(),
                    s.precision(), s.recall(), s.f1());
        }
        for (var s : scores) {
            if (!s.missed().isEmpty() || !s.spurious().isEmpty()) {
                out.printf("%n%s: %d missed, %d spurious (key: %s)%n", s.query(), s.missed().size(), s.spurious().size(),
                        String.join(" | ", Evaluation.KEYS.get(s.query())));
                s.missed().forEach(r -> out.println("  - " + r));
                s.spurious().forEach(r -> out.println("  + " + r));
            }
        }
        out.flush();
        return 0;
    }

    private List<Path> goldFiles() throws IOException {
        if (!Files.isDirectory(gold)) {
            throw new IllegalArgumentException("no gold folder at " + gold);
        }
        try (Stream<Path> files = Files.list(gold)) {
            List<Path> scored = files.filter(f -> Evaluation.KEYS.containsKey(
                    f.getFileName().toString().replaceFirst("\\.csv$", "")) && f.toString().endsWith(".csv"))
                    .sorted().toList();
            if (scored.isEmpty()) {
                throw new IllegalArgumentException("no gold file in " + gold + " is named after a scored query ("
                        + String.join(", ", Evaluation.KEYS.keySet().stream().sorted().toList()) + ")");
            }
            return scored;
        }
    }
}
