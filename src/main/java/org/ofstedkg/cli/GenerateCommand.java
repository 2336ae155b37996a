package org.ofstedkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.ofstedkg.extract.register.AuthorityRegister;
import org.ofstedkg.generate.CorpusGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "generate", mixinStandardHelpOptions = true, description = {
        "Write a corpus of realistic reports for tests and benchmarks: annual rating letters and joint area reviews "
                + "(about four to one) of the register's authorities over 2005-2012, every rating and grade, in the "
                + "renderings the extractor reads (Markdown, plain, hard-wrapped, hyphenated, paged, CRLF, curly quotes, "
                + "PDF text), into DIR/reports/, with DIR/manifest.csv giving each report's kind, authority, date and "
                + "grades. Ingest them with: ofsted-kg ingest DIR/reports",
        "The same seed always gives byte-identical files. Progress goes to standard error every "
                + CorpusGenerator.PROGRESS_EVERY + " reports; a summary line to standard output."})
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--reports", required = true, paramLabel = "N",
            description = "How many reports to write (1 to " + CorpusGenerator.MAX_REPORTS + ").")
    int reports;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
            description = "The seed of every random choice (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "The folder to write into: created if missing; it must be empty, unless --force.")
    Path out;

    @Option(names = "--force", description = "If DIR holds a corpus generated before (reports/ with report files, "
            + "manifest.csv, nothing else), delete it first. Anything else in DIR is never deleted.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (reports < 1 || reports > CorpusGenerator.MAX_REPORTS) {
            throw new IllegalArgumentException("--reports must be from 1 to " + CorpusGenerator.MAX_REPORTS + ", not "
                    + reports);
        }
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        var summary = new CorpusGenerator(AuthorityRegister.bundled()).generate(reports, seed, out, force, done -> {
            err.printf(Locale.ROOT, "generated %,d of %,d reports (%.1f s)%n", done, reports, seconds(start));
            err.flush();
        });
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(Locale.ROOT, "%s (%s, %s; %.1f MB) written to %s in %.1f s; manifest %s%n",
                count(summary.reports(), "report"), count(summary.letters(), "letter"), count(summary.reviews(), "review"),
                summary.bytes() / 1e6, summary.reportsFolder(), seconds(start), summary.manifest());
        stdout.flush();
        return 0;
    }

    /** "1 report", "10,000 reports". */
    private static String count(int n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
