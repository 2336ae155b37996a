package org.ofstedkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ofstedkg.Samples;
import org.ofstedkg.extract.register.AuthorityRegister;
import org.ofstedkg.map.RdfMapping;
import org.ofstedkg.map.UriScheme;
import org.ofstedkg.map.Vocab;
import org.ofstedkg.store.KnowledgeStore;
import org.ofstedkg.validate.ShapesValidator;
import org.ofstedkg.validate.Violation;

/**
 * Seeded fuzzing of the whole pipeline: the five samples mutated (lines deleted, duplicated, swapped,
 * spliced from another sample; bytes inserted, flipped; words replaced by words the readers look for;
 * the file cut short; several of these at once), each run through extract, map, validate and store.
 * No case may end in an exception or an "internal error" rejection, and none may take long. One case in
 * {@value #STORE_EVERY} is also stored (in memory), and every graph stored must conform to the shapes as the
 * store holds it.
 *
 * <p>Deterministic: case {@code i} is made from {@code fuzz.seed} and {@code i} alone. To reproduce a
 * failure run {@code ./mvnw test -Dtest=FuzzTest -Dfuzz.seed=S -Dfuzz.case=I}; {@code fuzz.cases} sets how
 * many cases run (default {@value #DEFAULT_CASES}).
 */
class FuzzTest {

    static final long DEFAULT_SEED = 20091209L;
    static final int DEFAULT_CASES = 1000;
    /**
     * A run of the pipeline on one report takes well under a second (a review up to a few hundred
     * milliseconds on a loaded machine); a case this slow is a defect, such as a regular expression that
     * backtracks without end.
     */
    static final long SLOW_MILLIS = 20_000;
    /** One case in this many is stored, and the stored graph validated again as the store holds it. */
    static final int STORE_EVERY = 10;

    private static final String[] SAMPLES = {Samples.SOUTHEND_LETTER, Samples.SOUTHEND_REVIEW, Samples.SEFTON_LETTER,
            Samples.BLACKPOOL_LETTER, Samples.REDCAR_LETTER};

    /** Words and marks the readers look for, to splice in where they may lead a reader astray. */
    private static final String[] TOKENS = {"adequate", "good", "outstanding", "inadequate", "satisfactory", "is good.",
            "Performs well (3)", "Performs poorly (1)", "Performs excellently (9)", "Children's services rating\t",
            "Grades", "## Grades", "Safeguarding\t2", "Capacity to improve\t5", "Service management\t",
            "Published: 31 June 2008", "Published: 6 May 2008", "Reference no: 882", "Reference no: 99999",
            "9 December 2009", "Joint area review", "Southend-on-Sea Children's Services Authority Area",
            "Atlantis Children's Services Authority Area", "Major strengths\tImportant weaknesses", "Major strengths",
            "Important weaknesses", "For immediate action", "For action in the longer term", "The partnership should:",
            "The council should:", "Annex A", "Annex B", "Annex C", "Main findings", "Recommendations", "Context",
            "The contribution of local services to", "The impact of", "Dear ", "Director of Children's Services",
            "Divisional Manager", "Council", "£", "£1.8 million", "%", "58%", "1,234", "twenty-one", "one of",
            "from 77% in 2005/06 to 92% in 2006/07", "national average of 86%", "\t", "\f", "\r", "\r\n", "\n\n",
            "\u2029", "\uFEFF", "\u00A0", "**", "*", "\\", "#", "## ", "<p>", "</p>", "<b>", "&amp;", "[x](", "](y)",
            "-", "\u2013", "\u201C", "\u2019", "12.", "1.", "- ", "----", "Page 3 of 30", "\uD835\uDC9C", "é",
            "Mr", "Mr.", "e.g.", "A*-C", "\u000B", "\u2028", "\u001C", "hundred", "thousand", "million", "billion",
            "99999999999", "12345678901234567890", "0", "zero", "(3)", "\u2022", ".", ";", ":", "?"};

    private static final Pattern NUMBER = Pattern.compile("\\b(?:\\d+|one|two|three|four|five|six|seven|eight|nine"
            + "|ten|eleven|twelve|twenty|thirty|forty|fifty)\\b", Pattern.CASE_INSENSITIVE);
    private static final String[] NUMBERS = {"0", "1", "4", "5", "13", "999", "2030", "99999999999",
            "12345678901234567890", "zero", "two hundred", "forty-two", "1,000,000", "3.14159"};
    private static final String[] SPACES = {"\t", "\u000B", "\f", "\r", "\u00A0", "\u2028", "\u2029", "\u3000",
            "\u200B", "  ", ""};

    record Case(int index, String sample, List<String> mutations, byte[] bytes) {
        String describe(long seed) {
            return "case " + index + " (reproduce: -Dfuzz.seed=" + seed + " -Dfuzz.case=" + index + "): " + sample
                    + " " + mutations;
        }
    }

    /** The case of this index: which sample, mutated how. */
    static Case make(long seed, int index, List<byte[]> samples) {
        Random r = new Random(seed ^ (index * 0x9E3779B97F4A7C15L));
        int s = r.nextInt(samples.size());
        byte[] bytes = samples.get(s);
        List<String> mutations = new ArrayList<>();
        int count = 1 + (r.nextInt(10) < 4 ? 0 : r.nextInt(6));
        for (int m = 0; m < count; m++) {
            bytes = mutate(bytes, r, samples, mutations);
        }
        return new Case(index, SAMPLES[s], mutations, bytes);
    }

    private static byte[] mutate(byte[] bytes, Random r, List<byte[]> samples, List<String> log) {
        // Line edits work on text (decoded leniently, so earlier byte edits survive as replacement characters).
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int kind = r.nextInt(13);
        switch (kind) {
            case 0 -> {
                int at = line(r, lines);
                int n = Math.min(lines.size() - at, 1 + r.nextInt(r.nextBoolean() ? 1 : 20));
                lines.subList(at, at + n).clear();
                log.add("delete lines " + at + "+" + n);
            }
            case 1 -> {
                int at = line(r, lines);
                int n = Math.min(lines.size() - at, 1 + r.nextInt(r.nextBoolean() ? 1 : 20));
                lines.addAll(at + n, new ArrayList<>(lines.subList(at, at + n)));
                log.add("duplicate lines " + at + "+" + n);
            }
            case 2 -> {
                int a = line(r, lines);
                int b = line(r, lines);
                java.util.Collections.swap(lines, a, b);
                log.add("swap lines " + a + " and " + b);
            }
            case 3 -> {
                List<String> other = List.of(new String(samples.get(r.nextInt(samples.size())), StandardCharsets.UTF_8)
                        .split("\n", -1));
                int from = line(r, other);
                int n = Math.min(other.size() - from, 1 + r.nextInt(10));
                int at = line(r, lines);
                lines.addAll(at, other.subList(from, from + n));
                log.add("splice " + n + " lines of another sample at line " + at);
            }
            case 4, 5 -> {
                String token = TOKENS[r.nextInt(TOKENS.length)];
                int at = position(r, text, lines);
                if (r.nextBoolean()) {
                    // Replace the word at that place.
                    int s = at;
                    while (s > 0 && Character.isLetterOrDigit(text.charAt(s - 1))) {
                        s--;
                    }
                    int e = at;
                    while (e < text.length() && Character.isLetterOrDigit(text.charAt(e))) {
                        e++;
                    }
                    log.add("replace \"" + text.substring(s, e) + "\" at " + s + " with \"" + escape(token) + "\"");
                    return (text.substring(0, s) + token + text.substring(e)).getBytes(StandardCharsets.UTF_8);
                }
                log.add("insert \"" + escape(token) + "\" at " + at);
                return (text.substring(0, at) + token + text.substring(at)).getBytes(StandardCharsets.UTF_8);
            }
            case 6 -> {
                byte[] noise = new byte[1 + r.nextInt(16)];
                int style = r.nextInt(3);
                for (int i = 0; i < noise.length; i++) {
                    noise[i] = switch (style) {
                        case 0 -> (byte) r.nextInt(256);
                        case 1 -> (byte) (0x20 + r.nextInt(0x5F));
                        default -> (byte) (0x80 + r.nextInt(0x80));
                    };
                }
                int at = r.nextInt(bytes.length + 1);
                byte[] out = new byte[bytes.length + noise.length];
                System.arraycopy(bytes, 0, out, 0, at);
                System.arraycopy(noise, 0, out, at, noise.length);
                System.arraycopy(bytes, at, out, at + noise.length, bytes.length - at);
                log.add("insert " + noise.length + " random bytes (" + new String[] {"any", "ASCII", "high"}[style]
                        + ") at byte " + at);
                return out;
            }
            case 7 -> {
                // Anywhere, or just after the start of a line (a file cut in the middle of a heading or a row).
                int at = r.nextBoolean() ? r.nextInt(bytes.length + 1)
                        : Math.min(bytes.length, String.join("\n", lines.subList(0, line(r, lines)))
                                .getBytes(StandardCharsets.UTF_8).length + r.nextInt(4));
                log.add("cut at byte " + at);
                return java.util.Arrays.copyOf(bytes, at);
            }
            case 8 -> {
                byte[] out = bytes.clone();
                int n = 1 + r.nextInt(4);
                StringBuilder where = new StringBuilder();
                for (int i = 0; i < n && out.length > 0; i++) {
                    int at = r.nextInt(out.length);
                    out[at] ^= (byte) (1 << r.nextInt(8));
                    where.append(i == 0 ? "" : ",").append(at);
                }
                log.add("flip a bit of bytes " + where);
                return out;
            }
            case 9 -> {
                // A line made of what the readers look for: a bare mark, a heading, a table row of tokens.
                StringBuilder line = new StringBuilder();
                int n = 1 + r.nextInt(3);
                for (int i = 0; i < n; i++) {
                    line.append(i == 0 ? "" : new String[] {" ", "\t", ""}[r.nextInt(3)]).append(TOKENS[r.nextInt(TOKENS.length)]);
                }
                int at = line(r, lines);
                lines.add(at, line.toString());
                log.add("insert line \"" + escape(line.toString()) + "\" at " + at);
            }
            case 10 -> {
                // A number the readers parse (a count, a grade, a date, a figure) as another: zero, huge, in words.
                Matcher m = NUMBER.matcher(text);
                List<int[]> numbers = new ArrayList<>();
                while (m.find()) {
                    numbers.add(new int[] {m.start(), m.end()});
                }
                if (numbers.isEmpty()) {
                    return bytes;
                }
                int[] n = numbers.get(r.nextInt(numbers.size()));
                String other = NUMBERS[r.nextInt(NUMBERS.length)];
                log.add("number \"" + text.substring(n[0], n[1]) + "\" at " + n[0] + " as \"" + other + "\"");
                return (text.substring(0, n[0]) + other + text.substring(n[1])).getBytes(StandardCharsets.UTF_8);
            }
            case 11 -> {
                // White space of another kind, as converters leave it: a tab, a vertical tab, a no-break space...
                Matcher m = Pattern.compile(" +").matcher(text);
                List<Integer> spaces = new ArrayList<>();
                while (m.find()) {
                    spaces.add(m.start());
                }
                if (spaces.isEmpty()) {
                    return bytes;
                }
                int at = spaces.get(r.nextInt(spaces.size()));
                String space = SPACES[r.nextInt(SPACES.length)];
                log.add("space at " + at + " as \"" + escape(space) + "\"");
                return (text.substring(0, at) + space + text.substring(at + 1)).getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                // Another line's text in place of a line: a heading where a paragraph was, a row where a heading was.
                int a = line(r, lines);
                int b = line(r, lines);
                lines.set(a, lines.get(b));
                log.add("line " + a + " replaced by line " + b);
            }
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A line to mutate: any line, or (as often) one of the lines that give a report its structure, which
     * a uniform choice seldom hits in a review of long paragraphs: headings, table rows, list items,
     * numbered paragraphs' starts, short lines (dates, addresses, signatures).
     */
    private static int line(Random r, List<String> lines) {
        if (r.nextBoolean()) {
            return r.nextInt(lines.size());
        }
        List<Integer> structural = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (!l.isBlank() && (l.length() < 80 || l.indexOf('\t') >= 0 || l.matches("^\\s*(?:[#*\\-\u2022]|\\d+\\.|\\*\\*).*"))) {
                structural.add(i);
            }
        }
        return structural.isEmpty() ? r.nextInt(lines.size()) : structural.get(r.nextInt(structural.size()));
    }

    /** A place in the text: anywhere, or the start or end of a structural line. */
    private static int position(Random r, String text, List<String> lines) {
        if (r.nextBoolean()) {
            return r.nextInt(text.length() + 1);
        }
        int at = line(r, lines);
        int start = 0;
        for (int i = 0; i < at; i++) {
            start += lines.get(i).length() + 1;
        }
        return Math.min(text.length(), r.nextBoolean() ? start : start + lines.get(at).length());
    }

    private static String escape(String s) {
        return s.replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r").replace("\f", "\\f");
    }

    @Test
    void mutatedSamplesNeverBreakThePipeline(@TempDir Path dir) throws IOException {
        long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        int cases = Integer.getInteger("fuzz.cases", DEFAULT_CASES);
        Integer only = Integer.getInteger("fuzz.case");
        List<byte[]> samples = new ArrayList<>();
        for (String s : SAMPLES) {
            samples.add(Files.readAllBytes(Samples.report(s)));
        }
        UriScheme uris = UriScheme.defaults();
        Pipeline pipeline = new Pipeline(uris);
        ShapesValidator validator = new ShapesValidator(new Union(RdfMapping.ontology(),
                new RdfMapping(uris).register(AuthorityRegister.bundled())), Vocab.prefixes(uris));
        List<String> failures = new ArrayList<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        List<long[]> times = new ArrayList<>();
        long start = System.nanoTime();
        int run = 0;
        int stored = 0;
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            pipeline.prepare(store);
            for (int i = only == null ? 0 : only; i < (only == null ? cases : only + 1); i++) {
                Case c = make(seed, i, samples);
                run++;
                Path file = dir.resolve("case-" + i + ".txt");
                Files.write(file, c.bytes());
                long t0 = System.nanoTime();
                Outcome o;
                try {
                    // Every case is extracted, mapped and validated; one in STORE_EVERY is stored too (replacing a
                    // review's graph in TDB2 takes a few hundred milliseconds, most of a case's time).
                    o = i % STORE_EVERY == 0 ? pipeline.ingest(file, store) : pipeline.check(file);
                } catch (Throwable t) {
                    failures.add(c.describe(seed) + "\n  threw " + stackTrace(t));
                    keep(c);
                    continue;
                }
                long ms = (System.nanoTime() - t0) / 1_000_000;
                times.add(new long[] {ms, i});
                outcomes.merge(o.status() + (o.rejected() ? ": " + reasonKind(o.reason()) : ""), 1, Integer::sum);
                if (o.rejected() && o.reason().startsWith("internal error")) {
                    failures.add(c.describe(seed) + "\n  " + o.reason() + "\n  " + diagnose(file, uris));
                    keep(c);
                }
                if (ms > SLOW_MILLIS) {
                    failures.add(c.describe(seed) + "\n  took " + ms + " ms");
                    keep(c);
                }
                if (o.status() == Outcome.Status.STORED || o.status() == Outcome.Status.REPLACED) {
                    // What the store holds must conform, as the pipeline's graph did.
                    stored++;
                    Node name = uris.reportGraph(o.report().orElseThrow());
                    List<Violation> violations = validator.validate(stored(store, name));
                    if (!violations.isEmpty()) {
                        failures.add(c.describe(seed) + "\n  stored graph does not conform: " + violations);
                        keep(c);
                    }
                }
                Files.delete(file);
            }
            // Every graph left in the store, once more.
            for (String name : store.reportGraphs()) {
                List<Violation> violations = validator.validate(stored(store, NodeFactory.createURI(name)));
                assertTrue(violations.isEmpty(), name + " in the store does not conform: " + violations);
            }
        }
        long total = (System.nanoTime() - start) / 1_000_000;
        times.sort(Comparator.comparingLong((long[] t) -> t[0]).reversed());
        System.out.printf("FuzzTest: seed %d, %d cases (%d stored) in %.1f s, %.1f s of it in the pipeline; outcomes:%n",
                seed, run, stored, total / 1000.0, times.stream().mapToLong(t -> t[0]).sum() / 1000.0);
        outcomes.forEach((k, v) -> System.out.printf("  %5d  %s%n", v, k));
        times.stream().limit(3).forEach(t -> System.out.println("  slowest: " + t[0] + " ms, "
                + make(seed, (int) t[1], samples).describe(seed)));
        assertEquals(List.of(), failures, failures.size() + " of " + run + " cases failed (seed " + seed + ")");
        if (only == null) {
            assertTrue(run >= 1000 || cases < 1000, "at least 1,000 cases ran");
        }
    }

    /** Where an internal error came from: the stages run again outside the pipeline's safety net. */
    private static String diagnose(Path file, UriScheme uris) {
        try {
            var report = new org.ofstedkg.extract.Extractor(AuthorityRegister.bundled()).extract(file);
            new RdfMapping(uris).report(report);
            return "(not reproduced outside the pipeline)";
        } catch (Throwable t) {
            return stackTrace(t);
        }
    }

    private static Graph stored(KnowledgeStore store, Node name) {
        Graph copy = GraphFactory.createDefaultGraph();
        Txn.executeRead(store.dataset(), () -> store.dataset().getGraph(name).find().forEachRemaining(copy::add));
        return copy;
    }

    /** A failing case's file, kept for a look: target/fuzz-failures/case-N.txt. */
    private static void keep(Case c) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "fuzz-failures"));
            Files.write(dir.resolve("case-" + c.index() + ".txt"), c.bytes());
        } catch (IOException e) {
            // Only a convenience: the seed and case number reproduce it.
        }
    }

    /** The reason without its particulars, to count outcomes by kind. */
    private static String reasonKind(String reason) {
        return reason.replaceAll("[\"(:].*", "").replaceAll("\\d+", "N").strip();
    }

    private static String stackTrace(Throwable t) {
        StringWriter s = new StringWriter();
        t.printStackTrace(new PrintWriter(s));
        return s.toString().lines().limit(12).reduce((a, b) -> a + "\n    " + b).orElse("");
    }
}
