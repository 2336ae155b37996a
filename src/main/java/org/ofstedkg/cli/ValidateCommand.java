package org.ofstedkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.ofstedkg.pipeline.Outcome;
import org.ofstedkg.pipeline.Pipeline;
import org.ofstedkg.store.KnowledgeStore;
import org.ofstedkg.validate.Violation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true, description = {
        "Extract, map and validate reports without storing them; prints every SHACL violation "
                + "(report, focus node, property, message).",
        "Exit status: 0 when every report conforms, 1 when any does not, 2 when the command could not run."})
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    BaseOption base;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Report files or folders of reports.")
    List<Path> paths = List.of();

    @Option(names = "--store", paramLabel = "DIR", description = "Instead, validate a whole existing store, all its "
            + "graphs at once (for a store restored or built elsewhere).")
    Path store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Pipeline pipeline = new Pipeline(base.uris());
        if (store != null) {
            if (!paths.isEmpty()) {
                throw new IllegalArgumentException("give report files or folders, or --store DIR, not both");
            }
            return validateStore(pipeline, out);
        }
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("name report files or folders, or --store DIR");
        }
        Pipeline.Inputs inputs = Pipeline.inputs(paths);
        List<Path> files = inputs.paths();
        int failed = 0;
        for (Path file : files) {
            Outcome o = inputs.rejection(file).orElseGet(() -> pipeline.check(file));
            OutcomePrinter.line(out, o);
            failed += o.rejected() ? 1 : 0;
        }
        out.printf("%d file%s: %d valid, %d invalid%n", files.size(), files.size() == 1 ? "" : "s",
                files.size() - failed, failed);
        out.flush();
        return failed > 0 ? 1 : 0;
    }

    private int validateStore(Pipeline pipeline, PrintWriter out) {
        try (KnowledgeStore s = KnowledgeStore.openExisting(store)) {
            StoreOptions.noticeVersion(s, spec.commandLine().getErr(), "validate");
            long start = System.nanoTime();
            List<Violation> violations = pipeline.validateStore(s);
            for (Violation v : violations) {
                out.printf("violation: focus %s, property %s: %s%n", v.focusNode(),
                        v.property().isEmpty() ? "(none)" : v.property(), v.message());
            }
            out.printf(java.util.Locale.ROOT, "the store %s (%d reports): %d violations, in %.1f s%n", store,
                    s.reportGraphs().size(), violations.size(), (System.nanoTime() - start) / 1e9);
            out.flush();
            return violations.isEmpty() ? 0 : 1;
        }
    }
}
