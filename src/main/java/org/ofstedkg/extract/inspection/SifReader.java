package org.ofstedkg.extract.inspection;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ofstedkg.extract.JudgementCollector;
import org.ofstedkg.extract.decode.Block;
import org.ofstedkg.extract.decode.Document;
import org.ofstedkg.extract.decode.Layout;
import org.ofstedkg.extract.decode.Layout.Line;
import org.ofstedkg.extract.decode.MappedText;
import org.ofstedkg.model.Area;
import org.ofstedkg.model.Assessment;
import org.ofstedkg.model.Grade;
import org.ofstedkg.model.ReportKind;

/**
 * Inspections under the single inspection framework (SIF, 2013-2018): "Inspection of services for
 * children in need of help and protection, children looked after and care leavers", most with the
 * "Review of the effectiveness of the Local Safeguarding Children Board" in the same file. The first
 * page states the overall judgement in a sentence ("The overall judgement is requires improvement",
 * "Children's services in X are good") and grades the numbered judgements in a table (1. help and
 * protection; 2. looked after and achieving permanence, 2.1 adoption performance, 2.2 care leavers; 3.
 * leadership, management and governance); the Board's judgement is a sentence of its own.
 */
public final class SifReader extends InspectionReader {

    private static final Pattern TITLE = Pattern.compile("\\binspection of services for children in need of help and protection");
    private static final Pattern FIRST_ROW = Pattern.compile("^\\s*1\\.?\\s+children who need help", Pattern.CASE_INSENSITIVE);
    private static final String GRADE = "(?<grade>" + GradeWords.REGEX + ")";
    private static final Pattern OVERALL = Pattern.compile("(?:\\boverall judgement is(?: that)?(?: (?:the )?children.s services"
            + "(?: in [^.]{1,120}?)?)?|^children.s services in [^.]{1,120}?)(?:\\s+(?:are|is))?\\s+" + GRADE + "\\b",
            Pattern.CASE_INSENSITIVE);
    static final Pattern BOARD = Pattern.compile("(?:local safeguarding children(?:'s|\u2019s)? board|\\blscb\\b)"
            + "(?:\\s*\\(lscb\\))?(?:\\s+(?:is|are))?\\s+" + GRADE + "\\b", Pattern.CASE_INSENSITIVE);
    /** How far into its block a headline statement of a judgement is looked for. */
    private static final int HEADLINE = 200;
    /**
     * What may come before a headline's subject: "The", "The effectiveness of the", after the section's heading
     * where text run together puts it on the same line ("The Local Safeguarding Children Board (LSCB) The ...").
     */
    private static final Pattern OPENING = Pattern.compile(
            "(?is)\\s*(?:[^.!?]{0,80}?\\bthe\\s+(?:effectiveness\\s+of\\s+the\\s+)?)?");
    /** A grade followed by a condition is a definition of the grade ("... requires improvement if it does not ..."). */
    private static final Pattern CONDITION = Pattern.compile("(?i)\\s*(?:if|when|where|unless)\\b");

    @Override
    public ReportKind kind() {
        return ReportKind.SIF_INSPECTION;
    }

    @Override
    protected Pattern title() {
        return TITLE;
    }

    @Override
    protected Assessment assessment() {
        return Assessment.SIF_INSPECTION;
    }

    @Override
    protected void judgements(Document doc, Layout layout, JudgementCollector judgements) {
        List<Line> lines = layout.lines();
        int first = GradeTable.find(layout, 0, FIRST_ROW);
        if (first >= 0) {
            // A grade may be printed above its row's label ("Requires" / "1. Children who need help ..." / "Improvement"):
            // a line above standing well right of where the row's line starts (in points or in characters alike).
            int from = first;
            while (from > 0 && lines.get(from - 1).page() == lines.get(first).page()
                    && lines.get(from - 1).x0() > lines.get(first).x0() + 0.3f * (lines.get(first).x1() - lines.get(first).x0())
                    && (GradeWords.PHRASE.matcher(lines.get(from - 1).text()).lookingAt()
                            || lines.get(from - 1).text().matches("(?i)requires?"))) {
                from--;
            }
            addRows(doc, GradeTable.read(lines, from), Assessment.SIF_INSPECTION, judgements);
        }
        sentences(doc, OVERALL, Assessment.SIF_INSPECTION, judgements);
        sentences(doc, BOARD, Assessment.LSCB_REVIEW, judgements);
    }

    /**
     * The first headline statement (a block of a line or two) that the pattern finds, as the assessment's
     * overall judgement: the first page's, or the Board's section's.
     */
    static void sentences(Document doc, Pattern pattern, Assessment assessment, JudgementCollector judgements) {
        for (Block b : doc.blocks()) {
            MappedText text = b.text();
            // A headline opens its block (text converted without the PDF's spacing runs it into the paragraph
            // after it); a sentence that opens otherwise ("An LSCB requires improvement if ...") is no statement.
            Matcher m = pattern.matcher(text).region(0, Math.min(text.length(), HEADLINE));
            if (m.find() && OPENING.matcher(text.subSequence(0, m.start())).matches()
                    && !CONDITION.matcher(text.subSequence(m.end(), Math.min(text.length(), m.end() + 8))).lookingAt()) {
                Optional<Grade> grade = GradeWords.grade(m.group("grade"), assessment.scale());
                if (grade.isPresent()) {
                    judgements.add(assessment, Area.OVERALL, grade.get(), Document.quote(m.group("grade")),
                            doc.evidence(text.slice(m.start(), m.end())));
                    return;
                }
            }
        }
    }
}
