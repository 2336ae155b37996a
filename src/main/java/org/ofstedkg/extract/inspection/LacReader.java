package org.ofstedkg.extract.inspection;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ofstedkg.extract.JudgementCollector;
import org.ofstedkg.extract.decode.Document;
import org.ofstedkg.extract.decode.Layout;
import org.ofstedkg.extract.decode.Layout.Line;
import org.ofstedkg.model.Area;
import org.ofstedkg.model.Assessment;
import org.ofstedkg.model.Grade;
import org.ofstedkg.model.ReportKind;

/**
 * Inspections of looked after children services (2012-2013). Each section's heading is followed by its
 * grade ("Grade 3 (Adequate)": these inspections number outstanding 1 and inadequate 4, so the word
 * decides), and a closing "Record of main findings" table repeats the grades.
 */
public final class LacReader extends InspectionReader {

    private static final Pattern TITLE = Pattern.compile("\\binspection of looked after children(?:'s)? services\\b");
    private static final Pattern RECORD = Pattern.compile("^\\s*record of main findings\\s*$", Pattern.CASE_INSENSITIVE);

    @Override
    public ReportKind kind() {
        return ReportKind.LAC_INSPECTION;
    }

    @Override
    protected Pattern title() {
        return TITLE;
    }

    @Override
    protected Assessment assessment() {
        return Assessment.LAC_INSPECTION;
    }

    @Override
    protected void judgements(Document doc, Layout layout, JudgementCollector judgements) {
        List<Line> lines = layout.lines();
        // Each section: its heading (one or two lines), then a line that is its grade.
        for (int i = 1; i < lines.size(); i++) {
            Matcher grade = GradeWords.NUMBERED.matcher(lines.get(i).text());
            if (!grade.lookingAt() || grade.end() < lines.get(i).text().strip().length()) {
                continue;
            }
            int first = i - 1;
            Optional<Area> area = JudgementAreas.of(lines.get(first).text());
            if (first > 0 && lines.get(first - 1).page() == lines.get(i).page()) {
                Optional<Area> wider = JudgementAreas.of(lines.get(first - 1).text() + " " + lines.get(first).text());
                if (area.isEmpty() || (wider.isPresent() && lines.get(first).text().matches("^\\p{Ll}.*"))) {
                    area = wider;
                    first--;
                }
            }
            Optional<Grade> g = GradeWords.grade(grade.group(), Assessment.LAC_INSPECTION.scale());
            if (area.isPresent() && g.isPresent()) {
                int[] span = InspectionFacts.span(layout, first, i);
                judgements.add(Assessment.LAC_INSPECTION, area.get(), g.get(), grade.group(),
                        doc.evidence(span[0], span[1], InspectionFacts.text(layout, first, i)));
            }
        }
        int record = GradeTable.find(layout, 0, RECORD);
        if (record >= 0 && record + 1 < lines.size()) {
            addRows(doc, GradeTable.read(lines, record + 1), Assessment.LAC_INSPECTION, judgements);
        }
    }
}
