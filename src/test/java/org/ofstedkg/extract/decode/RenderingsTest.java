package org.ofstedkg.extract.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ofstedkg.Samples;
import org.ofstedkg.extract.ExtractionException;
import org.ofstedkg.extract.Extractor;
import org.ofstedkg.extract.register.AuthorityRegister;
import org.ofstedkg.generate.Rendering;
import org.ofstedkg.model.Report;

/** Every rendering of a sample gives the facts the sample gives (evidence offsets aside). */
class RenderingsTest {

    private static final Extractor EXTRACTOR = new Extractor(AuthorityRegister.bundled());

    /** A report's facts as comparable lines: everything but where in the text each was found. */
    static List<String> facts(Report r) {
        List<String> f = new ArrayList<>();
        f.add("report|" + r.kind() + "|" + r.date() + "|" + r.authority().name() + "|" + r.referenceNumber().orElse("")
                + "|" + r.addressee().map(Object::toString).orElse("") + "|" + r.signatory().map(Object::toString).orElse("")
                + "|" + r.inspectorates());
        r.judgements().forEach(j -> f.add("judgement|" + j.assessment() + "|" + j.area() + "|" + j.grade().value()));
        r.findings().forEach(x -> f.add("finding|" + x.area() + "|" + x.kind() + "|" + x.text()));
        r.recommendations().forEach(x -> f.add("recommendation|" + x.timescale() + "|" + x.addressee() + "|" + x.text()));
        r.mainFindings().forEach(x -> f.add("main|" + x.area() + "|" + x.text()));
        r.serviceJudgements().forEach(x -> f.add("service|" + x.service() + "|" + x.grade().value() + "|" + x.count()));
        r.statistics().forEach(x -> f.add("statistic|" + x.value().stripTrailingZeros().toPlainString() + "|" + x.unit()
                + "|" + x.approximate() + "|" + x.period().orElse("")));
        r.warnings().forEach(w -> f.add("warning|" + w));
        f.sort(String::compareTo);
        return f;
    }

    static Report read(String name, String text) throws ExtractionException {
        return EXTRACTOR.extract(Document.of(name, text.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Arguments> renderings() {
        List<Arguments> all = new ArrayList<>();
        UnaryOperator<String> plain = Rendering::plain;
        UnaryOperator<String> wrapped = t -> Rendering.hardWrapped(Rendering.plain(t), 90, false);
        UnaryOperator<String> hyphenated = t -> Rendering.hardWrapped(Rendering.plain(t), 90, true);
        UnaryOperator<String> paged = t -> Rendering.paged(Rendering.hardWrapped(Rendering.plain(t), 90, false), 40,
                "Children's services report");
        UnaryOperator<String> curly = t -> Rendering.curly(t);
        UnaryOperator<String> flattened = t -> Rendering.flattenedTables(Rendering.plain(t));
        UnaryOperator<String> crlf = Rendering::crlf;
        UnaryOperator<String> everything = t -> Rendering.paged(Rendering.hardWrapped(Rendering.curly(
                Rendering.flattenedTables(Rendering.plain(t))), 90, true), 40, "Children's services report");
        for (String sample : List.of(Samples.SOUTHEND_LETTER, Samples.SOUTHEND_REVIEW, Samples.SEFTON_LETTER,
                Samples.BLACKPOOL_LETTER, Samples.REDCAR_LETTER)) {
            all.add(Arguments.of(sample, "plain", plain));
            all.add(Arguments.of(sample, "hard-wrapped", wrapped));
            all.add(Arguments.of(sample, "hyphenated", hyphenated));
            all.add(Arguments.of(sample, "paged", paged));
            all.add(Arguments.of(sample, "curly", curly));
            all.add(Arguments.of(sample, "flattened-tables", flattened));
            all.add(Arguments.of(sample, "crlf", crlf));
            all.add(Arguments.of(sample, "all-of-these", everything));
        }
        // Page breaks fall elsewhere at other page lengths.
        for (int lines : List.of(17, 23, 31, 57)) {
            UnaryOperator<String> pagedAt = t -> Rendering.paged(Rendering.hardWrapped(Rendering.plain(t), 90, true),
                    lines, "Children's services report");
            all.add(Arguments.of(Samples.SOUTHEND_REVIEW, "paged every " + lines + " lines", pagedAt));
            all.add(Arguments.of(Samples.REDCAR_LETTER, "paged every " + lines + " lines", pagedAt));
        }
        return all;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("renderings")
    void everyRenderingGivesTheSameFacts(String sample, String rendering, UnaryOperator<String> render) throws Exception {
        String markdown = Files.readString(Samples.report(sample), StandardCharsets.UTF_8);
        String text = render.apply(markdown);
        assertTrue(!text.equals(markdown), "the rendering changes the text");
        List<String> expected = facts(read(sample, markdown));
        List<String> actual = facts(read(sample, text));
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(actual);
        List<String> extra = new ArrayList<>(actual);
        extra.removeAll(expected);
        assertEquals(expected, actual, rendering + ": missing " + missing + "; extra " + extra);
        assertEvidenceSpansTheirQuotes(read(sample, text));
    }

    /** Every piece of evidence starts and ends where its quote does (not on the whole line around it). */
    static void assertEvidenceSpansTheirQuotes(Report r) {
        List<org.ofstedkg.model.Evidence> all = new ArrayList<>();
        r.judgements().forEach(j -> all.addAll(j.evidence()));
        r.findings().forEach(x -> all.add(x.evidence()));
        r.recommendations().forEach(x -> all.add(x.evidence()));
        r.mainFindings().forEach(x -> all.add(x.evidence()));
        r.serviceJudgements().forEach(x -> all.addAll(x.evidence()));
        r.statistics().forEach(x -> all.add(x.evidence()));
        for (var e : all) {
            String exact = e.exact().replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"')
                    .replace('\u201D', '"').replace('\u2013', '-').strip();
            String quote = e.quote();
            assertEquals(quote.charAt(0), exact.charAt(0), "evidence starts where its quote does: " + e);
            assertEquals(quote.charAt(quote.length() - 1), exact.charAt(exact.length() - 1),
                    "evidence ends where its quote does: " + e);
            assertTrue(exact.length() < quote.length() * 2 + 200, "evidence is not the lines around its quote: " + e);
        }
    }
}
