package org.ofstedkg.extract.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ofstedkg.extract.Extractor;
import org.ofstedkg.extract.decode.Document;
import org.ofstedkg.extract.register.AuthorityRegister;
import org.ofstedkg.model.Report;
import org.ofstedkg.model.ReportKind;

/**
 * A Board's review published on its own. None of the real reports bundled is one (every review there came
 * inside a SIF report), so this one is made from the first page such a review has and the Board's
 * judgement in the words of the reviews inside SIF reports.
 */
class LscbReviewReaderTest {

    @Test
    void aReviewOnItsOwnIsItsOwnKindWithTheBoardsJudgement() throws Exception {
        String text = """
                Tameside Borough Council
                Review of the effectiveness of the Local Safeguarding Children Board
                Inspection dates: 26 September 2016 to 20 October 2016
                Report published: 9 December 2016

                The Local Safeguarding Children Board requires improvement

                The arrangements in place to evaluate the effectiveness of what is done by the authority and \
                board partners to safeguard and promote the welfare of children require improvement.

                Lead inspector: Paula Thomson-Jones HMI
                """;
        Report r = new Extractor(AuthorityRegister.bundled()).extract(Document.of("lscb.txt",
                text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(ReportKind.LSCB_REVIEW, r.kind());
        assertEquals("357", r.authority().laCode());
        assertEquals(LocalDate.of(2016, 12, 9), r.date());
        assertEquals(LocalDate.of(2016, 9, 26), r.inspection().orElseThrow().start());
        assertEquals("Paula Thomson-Jones", r.inspection().orElseThrow().leadInspector().orElseThrow().name());
        assertEquals(List.of("lscb-review overall 2"), r.judgements().stream()
                .map(j -> j.assessment().slug() + " " + j.area().slug() + " " + j.grade().value()).toList());
    }
}
