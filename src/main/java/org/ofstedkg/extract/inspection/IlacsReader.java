package org.ofstedkg.extract.inspection;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ofstedkg.extract.JudgementCollector;
import org.ofstedkg.extract.decode.Block;
import org.ofstedkg.extract.decode.Document;
import org.ofstedkg.extract.decode.Layout;
import org.ofstedkg.extract.decode.MappedText;
import org.ofstedkg.model.Area;
import org.ofstedkg.model.Assessment;
import org.ofstedkg.model.Grade;
import org.ofstedkg.model.ReportKind;

/**
 * Inspections of local authority children's services (ILACS, 2018 onwards): "Inspection of children's
 * social care services" (2018-2019), "Inspection of X local authority children's services" (since),
 * standard and short alike. Judgements from the first page's "Judgement / Grade" table, and again from
 * each section's heading, which ends with its grade ("... who need help and protection: good", "... are
 * good").
 */
public final class IlacsReader extends InspectionReader {

    private static final Pattern TITLE = Pattern.compile(
            "\\binspection of (?:the )?(?:[a-z,.'&() -]{1,80} )?children's (?:social care )?services\\b");
    private static final Pattern NOT_TITLE = Pattern.compile("\\bservices for children in need|looked after children services");
    private static final Pattern TABLE_HEADER = Pattern.compile("^\\s*judgements?\\b.*\\bgrades?\\s*$", Pattern.CASE_INSENSITIVE);
    /** A section heading that ends with its grade. */
    static final Pattern HEADING = Pattern.compile("^(?<label>.{10,200}?)(?:\\s*:\\s*|\\s+(?:are|is)\\s*:?\\s+|\\s+(?=requires?\\s))"
            + "(?<grade>" + GradeWords.REGEX + ")\\s*\\.?$", Pattern.CASE_INSENSITIVE);

    @Override
    public ReportKind kind() {
        return ReportKind.ILACS_INSPECTION;
    }

    @Override
    protected Pattern title() {
        return TITLE;
    }

    @Override
    protected Optional<Pattern> notTitle() {
        return Optional.of(NOT_TITLE);
    }

    @Override
    protected Assessment assessment() {
        return Assessment.ILACS_INSPECTION;
    }

    @Override
    protected void judgements(Document doc, Layout layout, JudgementCollector judgements) {
        int header = GradeTable.find(layout, 0, TABLE_HEADER);
        if (header >= 0) {
            addRows(doc, GradeTable.read(layout.lines(), header), Assessment.ILACS_INSPECTION, judgements);
        }
        headings(doc, Assessment.ILACS_INSPECTION, judgements);
    }

    /** Judgements stated by a short block (a heading) whose words name an area and end with a grade. */
    static void headings(Document doc, Assessment assessment, JudgementCollector judgements) {
        for (Block b : doc.blocks()) {
            MappedText text = b.text();
            if (text.length() > 260 || b.kind() == Block.Kind.TABLE_ROW) {
                continue;
            }
            Matcher m = HEADING.matcher(Document.quote(text));
            if (!m.matches()) {
                continue;
            }
            Optional<Area> area = JudgementAreas.of(m.group("label"));
            Optional<Grade> grade = GradeWords.grade(m.group("grade"), assessment.scale());
            if (area.isPresent() && grade.isPresent() && m.group("label").toLowerCase(java.util.Locale.ROOT)
                    .matches("^(?:the )?(?:experiences|impact|overall|progress).*")) {
                judgements.add(assessment, area.get(), grade.get(), m.group("grade"), doc.evidence(text));
            }
        }
    }
}
