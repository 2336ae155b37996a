package org.ofstedkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ofstedkg.Samples;
import org.ofstedkg.extract.decode.Document;
import org.ofstedkg.extract.register.AuthorityRegister;

/**
 * The defects the pipeline's fuzz test (org.ofstedkg.pipeline.FuzzTest) found, and those found by probing the
 * same code paths with what its mutations make (odd white space, huge numbers), each reduced to the input
 * that shows it: every one ended in an "internal error" rejection before its fix.
 */
class FuzzFindingsTest {

    private static final Extractor EXTRACTOR = new Extractor(AuthorityRegister.bundled());

    private static Document doc(String text) throws ExtractionException {
        return Document.of("t.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aBulletWhoseItemNeverComesIsNoBlock() throws Exception {
        // Seed 20091209, case 421: the review cut just after a bullet of its main findings.
        assertEquals(List.of("First."), doc("- First.\n-\n").blocks().stream().map(b -> b.text().toString()).toList());
        assertEquals(List.of("First.", "Second."), doc("- First.\n-\n- Second.\n").blocks().stream()
                .map(b -> b.text().toString()).toList());
        assertEquals(List.of("Row\t1"), doc("-\nRow\t1\n").blocks().stream().map(b -> b.text().toString()).toList());
        String review = Samples.text(Samples.SOUTHEND_REVIEW);
        String cut = review.substring(0, review.indexOf("## Grades")) + "- ";
        assertTrue(assertThrows(ExtractionException.class, () -> EXTRACTOR.extract(doc(cut))).getMessage()
                .startsWith("joint area review with no grades table"));
    }

    private static final String PROSE = "A greater than average proportion";

    private static org.ofstedkg.model.Report letterWith(String sentence) throws Exception {
        String letter = Samples.text(Samples.SEFTON_LETTER);
        assertTrue(letter.contains(PROSE));
        return EXTRACTOR.extract(doc(letter.replace(PROSE, sentence + " " + PROSE)));
    }

    @Test
    void aNumberInWordsWithAnyWhiteSpaceBeforeHundredIsRead() throws Exception {
        // "two<VT>hundred": the figure pattern takes any white space there, the word reader took one space only.
        for (String space : List.of("\u000B", "  ")) {
            var figures = letterWith("There are two" + space + "hundred childminders.").statistics();
            assertTrue(figures.stream().anyMatch(f -> f.value().intValue() == 200 && f.measure().equals(java.util.Optional.of("childminders")) && f.words().equals("childminders")),
                    figures.toString());
        }
    }

    @Test
    void aHugeCountOfSettingsIsNoCount() throws Exception {
        // "in 99999999999 out of": the count pattern took any digits, too many for an int.
        var services = letterWith("Children's homes are good in 99999999999 out of the five settings.").serviceJudgements();
        var homes = services.stream().filter(s -> s.service() == org.ofstedkg.model.Service.CHILDRENS_HOMES
                && s.grade().value() == 3 && s.evidence().stream().anyMatch(e -> e.quote().contains("99999999999"))).toList();
        assertEquals(1, homes.size(), services.toString());
        assertEquals(java.util.Optional.empty(), homes.get(0).count(), homes.toString());
        var three = letterWith("Children's homes are good in three out of the five settings.").serviceJudgements().stream()
                .filter(s -> s.service() == org.ofstedkg.model.Service.CHILDRENS_HOMES && s.grade().value() == 3)
                .findFirst().orElseThrow();
        assertEquals(java.util.Optional.of(3), three.count());
    }
}
