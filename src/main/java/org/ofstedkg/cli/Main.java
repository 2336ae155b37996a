package org.ofstedkg.cli;

import java.nio.file.Path;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code ofsted-kg ingest|validate|query|export|summary|serve|evaluate|generate}. */
@Command(name = "ofsted-kg", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Ofsted children's services reports as a knowledge graph: extract, map to RDF, validate "
                + "with SHACL, store in TDB2, query, export and serve.",
        subcommands = {IngestCommand.class, ValidateCommand.class, QueryCommand.class, ExportCommand.class,
                SummaryCommand.class, ServeCommand.class, EvaluateCommand.class, BackupCommand.class, RestoreCommand.class,
                CompactCommand.class, RebuildCommand.class, LoadTestCommand.class, GenerateCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {

    /** Exit status for bad usage or a failure that stopped the command. */
    static final int FAILED = 2;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("ofsted-kg " + cmd.getCommandName() + ": " + message(e));
            return FAILED;
        });
        return cli.execute(args);
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    /**
     * The project's folder: where the default store ({@code data/store}) and the bundled reports
     * ({@code data/reports}) are. The launcher sets it; otherwise the working directory.
     */
    static Path home() {
        return Path.of(System.getProperty("ofstedkg.home", "."));
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"ofsted-kg " + (v == null ? "(development build)" : v)};
        }
    }
}
