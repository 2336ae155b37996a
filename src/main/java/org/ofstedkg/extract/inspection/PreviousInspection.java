package org.ofstedkg.extract.inspection;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ofstedkg.extract.decode.Block;
import org.ofstedkg.extract.decode.Document;
import org.ofstedkg.extract.decode.MappedText;
import org.ofstedkg.model.CitedInspection;
import org.ofstedkg.model.Grade;
import org.ofstedkg.model.Scale;

/**
 * The previous inspection a report's opening cites: "Since the last inspection in November 2018, when
 * services were judged inadequate", "the previous inspection in 2013", "Ofsted's last inspection in 2018",
 * "at the last ILACS inspection in 2019, when ... were judged to be good". The grade, where the sentence
 * gives one, is read on the inspection scale (the words decide).
 */
public final class PreviousInspection {

    private static final Pattern CITED = Pattern.compile("\\b(?:last|previous)\\s+(?:ofsted\\s+|standard\\s+|full\\s+|single\\s+"
            + "|ilacs\\s+|sif\\s+)*inspection(?:\\s+of\\s+[^,.;]{1,60}?)?\\s+(?:was\\s+)?(?:in|of|during)\\s+(?:"
            + InspectionFacts.MONTH + "\\s+)?((?:19|20)\\d{2})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern GRADED = Pattern.compile("\\b(?:judged|found|rated|assessed|graded)\\s+(?:to\\s+be\\s+|as\\s+)?"
            + "(" + GradeWords.REGEX + ")\\b|\\b(?:were|was|as)\\s+(" + GradeWords.REGEX + ")\\b", Pattern.CASE_INSENSITIVE);
    /** The report's opening: its summary comes in these first blocks (headings are blocks of their own). */
    private static final int OPENING_BLOCKS = 60;

    private PreviousInspection() {
    }

    public static Optional<CitedInspection> in(Document doc) {
        List<Block> blocks = doc.blocks();
        for (int i = 0; i < Math.min(blocks.size(), OPENING_BLOCKS); i++) {
            for (MappedText sentence : blocks.get(i).sentences()) {
                Matcher m = CITED.matcher(sentence);
                if (!m.find()) {
                    continue;
                }
                Optional<Integer> month = m.group(1) == null ? Optional.empty()
                        : Optional.of(InspectionFacts.month(m.group(1)).getValue());
                Matcher g = GRADED.matcher(sentence);
                Optional<Grade> grade = Optional.empty();
                if (g.find(m.end())) {
                    String words = g.group(1) != null ? g.group(1) : g.group(2);
                    grade = GradeWords.grade(words, Scale.INSPECTION);
                }
                return Optional.of(new CitedInspection(Integer.parseInt(m.group(2)), month, grade, doc.evidence(sentence)));
            }
        }
        return Optional.empty();
    }
}
