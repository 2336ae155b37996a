package org.ofstedkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ofstedkg.Samples;

/**
 * The defects the pipeline's fuzz test (org.ofstedkg.pipeline.FuzzTest) found, each reduced to the input
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
}
