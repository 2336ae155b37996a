package org.ofstedkg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ofstedkg.Samples;
import org.ofstedkg.TestStores;

import picocli.CommandLine;

/** The command line as other tools call it: output lines, exit statuses and files. */
class CommandLineTest {

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    /** Runs the command line in this JVM, capturing standard output and error. */
    static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = Main.run(args);
            System.out.flush();
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private String store() {
        return dir.resolve("store").toString();
    }

    @Test
    void ingestStoresEachReportThenFindsThemUnchanged() {
        Run first = run("ingest", "--store", store(), Samples.reports().toString());
        assertEquals(0, first.status(), first.err());
        List<String> lines = first.lines();
        assertEquals(6, lines.size(), first.out());
        assertTrue(lines.get(0).matches("stored +annual-rating-letter +Southend-on-Sea \\(882\\) +\\d+ triples +.*000_da7ad97fe95680ec\\.txt"),
                lines.get(0));
        assertTrue(lines.get(1).matches("stored +joint-area-review +Southend-on-Sea \\(882\\) +\\d+ triples .*"), lines.get(1));
        assertTrue(lines.get(5).startsWith("5 files: 5 stored, 0 replaced, 0 unchanged, 0 rejected; the store "), lines.get(5));
        assertTrue(lines.get(5).endsWith("holds 5 reports"), lines.get(5));

        Run again = run("ingest", "--store", store(), Samples.reports().toString());
        assertEquals(0, again.status());
        assertTrue(again.lines().get(5).startsWith("5 files: 0 stored, 0 replaced, 5 unchanged, 0 rejected"), again.out());
    }

    @Test
    void aRejectedFileExitsOneAndTheOthersAreStillStored() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.copy(Samples.report(Samples.SEFTON_LETTER), inbox.resolve("a-sefton.txt"));
        Files.writeString(inbox.resolve("b-notes.txt"), "Shopping list: milk, bread.\n");
        String noDate = Files.readString(Samples.report(Samples.BLACKPOOL_LETTER)).replace("\n9 December 2009\n", "\n");
        Files.writeString(inbox.resolve("c-blackpool.txt"), noDate);
        Files.copy(Samples.report(Samples.REDCAR_LETTER), inbox.resolve("d-redcar.txt"));

        Run r = run("ingest", "--store", store(), inbox.toString());
        assertEquals(1, r.status(), r.out());
        List<String> lines = r.lines();
        assertTrue(lines.get(0).startsWith("stored"), lines.get(0));
        assertTrue(lines.get(1).startsWith("rejected") && lines.get(1).contains("b-notes.txt: not a known kind of report"),
                lines.get(1));
        assertTrue(lines.get(2).startsWith("rejected") && lines.get(2).contains("c-blackpool.txt: annual rating letter "
                + "with no date line"), lines.get(2));
        assertTrue(lines.get(3).startsWith("stored"), lines.get(3));
        assertTrue(lines.get(4).startsWith("4 files: 2 stored, 0 replaced, 0 unchanged, 2 rejected"), lines.get(4));

        Run ratings = run("query", "--store", store(), Samples.home().resolve("queries/ratings.rq").toString());
        assertEquals(List.of("authority,la_code,gss_code,year,grade,label",
                "Redcar and Cleveland,807,E06000003,2009,3,Performs well",
                "Sefton,343,E08000014,2009,3,Performs well"), ratings.lines());
    }

    @Test
    void aNewVersionOfAReportReplacesItsGraph() throws Exception {
        Path v1 = dir.resolve("sefton-v1.txt");
        Files.copy(Samples.report(Samples.SEFTON_LETTER), v1);
        assertEquals(0, run("ingest", "--store", store(), v1.toString()).status());
        Path v2 = dir.resolve("sefton-v2.txt");
        Files.writeString(v2, Files.readString(v1).replace("Mr Peter Morgan", "Ms Petra Morgan"));
        Run r = run("ingest", "--store", store(), v2.toString());
        assertTrue(r.lines().get(0).startsWith("replaced"), r.out());
        Run names = run("query", "--store", store(), "--sparql",
                "PREFIX foaf: <http://xmlns.com/foaf/0.1/> SELECT ?n { ?p foaf:name ?n } ORDER BY ?n");
        assertEquals(List.of("n", "Juliet Winstanley", "Ms Petra Morgan"), names.lines(),
                "the old version's addressee is gone, nothing is duplicated");
    }

    @Test
    void validateExitsZeroWhenEveryReportConformsAndNamesEachFailure() throws Exception {
        Run ok = run("validate", Samples.reports().toString());
        assertEquals(0, ok.status(), ok.out());
        assertTrue(ok.out().contains("5 files: 5 valid, 0 invalid"), ok.out());
        assertTrue(ok.lines().get(0).startsWith("valid"), ok.out());

        Path bad = dir.resolve("empty.txt");
        Files.writeString(bad, "");
        Run r = run("validate", bad.toString(), Samples.report(Samples.SEFTON_LETTER).toString());
        assertEquals(1, r.status());
        assertTrue(r.lines().get(0).matches("rejected +.*empty\\.txt: empty file"), r.lines().get(0));
        assertTrue(r.out().contains("2 files: 1 valid, 1 invalid"), r.out());
    }

    @Test
    void violationsArePrintedWithReportFocusNodePropertyAndMessage() {
        var outcome = new org.ofstedkg.pipeline.Outcome(Path.of("r.txt"),
                org.ofstedkg.pipeline.Outcome.Status.REJECTED, java.util.Optional.empty(), 0, "1 SHACL violation",
                List.of(new org.ofstedkg.validate.Violation("report:x/judgement/y", "okg:grade",
                        "a judgement has exactly one grade", "Violation")));
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            OutcomePrinter.line(out, outcome);
        }
        assertEquals(List.of("rejected  r.txt: 1 SHACL violation",
                "          violation in r.txt: focus report:x/judgement/y, property okg:grade: a judgement has exactly one grade"),
                text.toString().lines().toList());
    }

    @Test
    void queryWritesCsvJsonAndFailsClearly() throws Exception {
        run("ingest", "--store", store(), Samples.reports().toString());
        Run csv = run("query", "--store", store(), "--sparql", "SELECT (COUNT(*) AS ?n) { ?j a <https://w3id.org/ofsted-kg/def/Judgement> }");
        assertEquals(List.of("n", "28"), csv.lines());
        assertTrue(csv.out().contains("\r\n"), "SPARQL 1.1 CSV results end lines with CRLF");
        Run json = run("query", "--store", store(), "--format", "json", "--sparql", "ASK { ?s ?p ?o }");
        assertTrue(json.out().contains("\"boolean\" : true"), json.out());

        Run bad = run("query", "--store", store(), "--sparql", "SELEC nothing");
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("is not valid SPARQL"), bad.err());
        Run noStore = run("query", "--store", dir.resolve("nowhere").toString(), "--sparql", "ASK {}");
        assertEquals(2, noStore.status());
        assertTrue(noStore.err().contains("no store at"), noStore.err());
        Run noFile = run("query", "--store", store(), dir.resolve("missing.rq").toString());
        assertEquals(2, noFile.status());
        assertTrue(noFile.err().contains("no such query file"), noFile.err());
        Run update = run("query", "--store", store(), "--sparql", "DROP ALL");
        assertEquals(2, update.status());
        assertTrue(update.err().contains("is a SPARQL update"), update.err());
        Run both = run("query", "--store", store());
        assertEquals(2, both.status(), "a query is required");
    }

    @Test
    void exportWritesTheSameFileTwiceAndRefusesUnknownFormats() throws Exception {
        run("ingest", "--store", store(), Samples.reports().toString());
        Path a = dir.resolve("a.ttl");
        Path b = dir.resolve("out/b.ttl");
        assertEquals(0, run("export", "--store", store(), "--out", a.toString()).status());
        Run second = run("export", "--store", store(), "--format", "turtle", "--out", b.toString());
        assertEquals(0, second.status());
        assertTrue(second.err().matches("wrote \\d+ statements to .*b\\.ttl\\R"), second.err());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        Run bad = run("export", "--store", store(), "--format", "yaml");
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("unknown export format 'yaml'"), bad.err());
        try (var files = Files.list(dir.resolve("out"))) {
            assertEquals(List.of(b), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void ingestNamesAMissingPath() {
        Run r = run("ingest", "--store", store(), dir.resolve("nope").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("no such file or folder: "), r.err());
    }

    @Test
    void serveIngestsTheBundledReportsIntoAnEmptyStoreAndAnswers() throws Exception {
        ServeCommand serve = new ServeCommand();
        StringWriter text = new StringWriter();
        CommandLine cli = new CommandLine(serve);
        cli.setOut(new PrintWriter(text, true));
        cli.parseArgs("--store", store(), "--port", "0");
        try (ServeCommand.Running running = serve.start()) {
            assertTrue(text.toString().contains("holds no report: ingesting"), text.toString());
            assertTrue(text.toString().contains("SPARQL endpoint ready: " + running.server().endpoint()), text.toString());
            String q = URLEncoder.encode(TestStores.cannedQuery("ratings.rq"), StandardCharsets.UTF_8);
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(running.server().endpoint() + "?query=" + q)).header("Accept", "text/csv").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(List.of("authority,la_code,gss_code,year,grade,label",
                    "Blackpool,890,E06000009,2009,3,Performs well",
                    "Redcar and Cleveland,807,E06000003,2009,3,Performs well",
                    "Sefton,343,E08000014,2009,3,Performs well",
                    "Southend-on-Sea,882,E06000033,2009,3,Performs well"), response.body().lines().toList());
        }
    }

    @Test
    void backupRestoreAndCompactRoundTripAStore() throws Exception {
        assertEquals(0, run("ingest", "--store", store(), Samples.reports().toString()).status());
        Path backup = dir.resolve("backups/ofsted-kg.nq.gz");
        Run backedUp = run("backup", "--store", store(), "--out", backup.toString());
        assertEquals(0, backedUp.status(), backedUp.err());
        assertTrue(backedUp.out().matches("backed up \\d+ quads \\(5 reports\\) of .* to .*ofsted-kg\\.nq\\.gz \\(\\d+ bytes\\)\\s*"),
                backedUp.out());
        String restored = dir.resolve("restored").toString();
        Run restore = run("restore", "--store", restored, "--from", backup.toString());
        assertEquals(0, restore.status(), restore.err());
        assertTrue(restore.out().contains("(5 reports)"), restore.out());
        Run again = run("restore", "--store", restored, "--from", backup.toString());
        assertEquals(2, again.status());
        assertTrue(again.err().contains("not empty"), again.err());
        Run compact = run("compact", "--store", restored);
        assertEquals(0, compact.status(), compact.err());
        assertTrue(compact.out().matches("compacted .*: [0-9.]+ MB before, [0-9.]+ MB after\\s*"), compact.out());
        Run original = run("export", "--store", store(), "--format", "nquads");
        Run copy = run("export", "--store", restored, "--format", "nquads");
        assertEquals(original.out(), copy.out(), "a restored and compacted store exports other statements");
        Run missing = run("restore", "--store", dir.resolve("other").toString(), "--from", dir.resolve("none.gz").toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("no backup file at"), missing.err());
    }

    /** The timings line's rates are its reports and the triples of the lines above it, over its own time. */
    @Test
    void ingestTimingsGiveTheRatesOfTheReportsStored() {
        for (boolean bulk : new boolean[] {true, false}) {
            String target = store() + (bulk ? "-bulk" : "-batches");
            Run run = bulk ? run("ingest", "--timings", "--store", target, Samples.reports().toString())
                    : run("ingest", "--timings", "--no-bulk", "--store", target, Samples.reports().toString());
            assertEquals(0, run.status(), run.err());
            long triples = run.lines().stream().filter(l -> l.startsWith("stored "))
                    .mapToLong(l -> Long.parseLong(l.replaceFirst(".* (\\d+) triples .*", "$1"))).sum();
            assertTrue(triples > 1000, run.out());
            Matcher m = Pattern.compile("timings: ([0-9.]+) s in all \\(([0-9.]+) reports/s, "
                    + "([0-9]+) triples/s\\); extraction [0-9.]+ s, mapping [0-9.]+ s, validation [0-9.]+ s \\(summed over "
                    + "threads\\), storage [0-9.]+ s").matcher(run.out());
            assertTrue(m.find(), run.out());
            double seconds = Double.parseDouble(m.group(1));
            assertTrue(seconds > 0, run.out());
            // The seconds are printed to two places, the reports/s to one and the triples/s to none: the rates,
            // computed unrounded, agree to within the seconds' rounding plus each rate's own.
            double slack = 0.006 / seconds + 0.01;
            assertEquals(5 / seconds, Double.parseDouble(m.group(2)), 5 / seconds * slack + 0.05, run.out());
            assertEquals(triples / seconds, Double.parseDouble(m.group(3)), triples / seconds * slack + 0.5, run.out());
        }
    }

    @Test
    void ingestCanCompactTheStoreAfterwards() {
        Run run = run("ingest", "--compact", "--store", store(), Samples.reports().toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().matches("(?s).*\\ncompacted the store: [0-9.]+ MB before, [0-9.]+ MB after\\n.*"), run.out());
        assertTrue(run("ingest", "--store", store(), Samples.reports().toString()).out().contains("5 unchanged"));
    }

    @Test
    void serveRefusesAShortAdminTokenAndAnEmptyTokenFile() throws Exception {
        Path shortToken = Files.writeString(dir.resolve("short.token"), "secret\n");
        Run weak = run("serve", "--store", store(), "--port", "0", "--admin-token-file", shortToken.toString());
        assertEquals(2, weak.status());
        assertTrue(weak.err().contains("at least 16 characters"), weak.err());
        Path empty = Files.writeString(dir.resolve("empty.token"), "\n");
        Run none = run("serve", "--store", store(), "--port", "0", "--admin-token-file", empty.toString());
        assertEquals(2, none.status());
        assertTrue(none.err().contains("is empty"), none.err());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("ingest", "validate", "query", "export", "serve", "evaluate", "backup", "restore",
                "compact", "loadtest", "generate")) {
            Run help = run(command, "--help");
            assertEquals(0, help.status(), command + ": " + help.err());
            assertTrue(help.out().startsWith("Usage: ofsted-kg " + command), help.out());
        }
        Run version = run("--version");
        assertEquals(0, version.status());
        assertTrue(version.out().startsWith("ofsted-kg "), version.out());
    }

    @Test
    void readingCommandsNeverCreateAStore() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("not-a-store"));
        Run query = run("query", "--store", folder.toString(), "--sparql", "ASK {}");
        assertEquals(2, query.status());
        assertTrue(query.err().contains("is not a store"), query.err());
        Run export = run("export", "--store", folder.toString());
        assertEquals(2, export.status());
        try (var files = Files.list(folder)) {
            assertEquals(0, files.count(), "nothing was written into the folder");
        }
    }

    @Test
    void aStoreKeepsItsBase() {
        assertEquals(0, run("ingest", "--store", store(), "--base", "https://example.org/kg/",
                Samples.report(Samples.SEFTON_LETTER).toString()).status());
        Run other = run("ingest", "--store", store(), Samples.report(Samples.SEFTON_LETTER).toString());
        assertEquals(2, other.status());
        assertTrue(other.err().contains("the store was built with --base https://example.org/kg/"), other.err());
        Run ratings = run("query", "--store", store(), Samples.home().resolve("queries/ratings.rq").toString());
        assertEquals(2, ratings.lines().size(), "Sefton once: " + ratings.out());
    }

    @Test
    void exportedFilesAreReadableByOthersAndAFolderIsRefused() throws Exception {
        run("ingest", "--store", store(), Samples.report(Samples.SEFTON_LETTER).toString());
        Path out = dir.resolve("sefton.nq");
        assertEquals(0, run("export", "--store", store(), "--format", "nquads", "--out", out.toString()).status());
        var permissions = Files.getPosixFilePermissions(out);
        assertTrue(permissions.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ)
                || !Files.getPosixFilePermissions(dir).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ),
                "created like any new file, not owner-only: " + permissions);
        Run folder = run("export", "--store", store(), "--out", dir.toString());
        assertEquals(2, folder.status());
        assertTrue(folder.err().contains("is a folder; name a file"), folder.err());
    }

    @Test
    void aBusyPortIsNamedBeforeAnyWork() throws Exception {
        try (var taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Run r = run("serve", "--store", store(), "--port", Integer.toString(taken.getLocalPort()));
            assertEquals(2, r.status());
            assertTrue(r.err().contains("port " + taken.getLocalPort() + " is in use"), r.err());
            assertTrue(!Files.exists(dir.resolve("store")), "nothing was ingested for a server that cannot start");
        }
        Run range = run("serve", "--store", store(), "--port", "70000");
        assertEquals(2, range.status());
        assertTrue(range.err().contains("--port must be from 1 to 65535"), range.err());
    }

    @Test
    void generateRefusesBadArgumentsClearly() {
        Path out = dir.resolve("corpus");
        for (String n : List.of("0", "-3", "500001")) {
            Run r = run("generate", "--reports", n, "--seed", "1", "--out", out.toString());
            assertEquals(2, r.status(), n + ": " + r.err());
            assertTrue(r.err().contains("ofsted-kg generate: --reports must be from 1 to 500000, not " + n), r.err());
        }
        assertTrue(!Files.exists(out), "nothing was created");
        Run notANumber = run("generate", "--reports", "many", "--out", out.toString());
        assertEquals(2, notANumber.status());
        assertTrue(notANumber.err().contains("--reports"), notANumber.err());
        Run one = run("generate", "--reports", "1", "--seed", "2", "--out", dir.resolve("one").toString());
        assertTrue(one.out().matches("(?s)1 report \\((1 letter, 0 reviews|0 letters, 1 review); .*"), one.out());
        Run noOut = run("generate", "--reports", "3");
        assertEquals(2, noOut.status());
        assertTrue(noOut.err().contains("--out"), noOut.err());
    }

    @Test
    void generateWritesACorpusAndItsManifestAndRefusesToWriteOverAnother() throws Exception {
        Path out = dir.resolve("corpus");
        Run r = run("generate", "--reports", "3", "--seed", "5", "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().matches("3 reports \\(\\d letters?, \\d reviews?; [\\d.]+ MB\\) written to .*corpus.reports in [\\d.]+ s; "
                + "manifest .*manifest\\.csv\\R"), r.out());
        try (var files = Files.list(out.resolve("reports"))) {
            assertEquals(3, files.count(), "three reports");
        }
        assertEquals(4, Files.readAllLines(out.resolve("manifest.csv")).size(), "a header and a row per report");

        Run again = run("generate", "--reports", "3", "--seed", "6", "--out", out.toString());
        assertEquals(2, again.status());
        assertTrue(again.err().contains("is not empty; name a new or empty folder, or add --force"), again.err());
        assertEquals(0, run("generate", "--reports", "2", "--seed", "6", "--out", out.toString(), "--force").status());
        Run validate = run("validate", out.resolve("reports").toString());
        assertEquals(0, validate.status(), validate.out());
        assertTrue(validate.out().contains("2 files: 2 valid, 0 invalid"), validate.out());
    }

    @Test
    void anEmptyFolderIsAWarning() throws Exception {
        Run r = run("ingest", "--store", store(), Files.createDirectories(dir.resolve("empty")).toString());
        assertEquals(0, r.status());
        assertTrue(r.err().contains("warning: no files found"), r.err());
    }
}
