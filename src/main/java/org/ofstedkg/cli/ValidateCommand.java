package org.ofstedkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.ofstedkg.pipeline.Outcome;
import org.ofstedkg.pipeline.Pipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Report files or folders of reports.")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Pipeline pipeline = new Pipeline(base.uris());
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
}
