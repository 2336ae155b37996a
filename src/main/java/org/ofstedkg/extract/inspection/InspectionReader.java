package org.ofstedkg.extract.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ofstedkg.extract.ExtractionException;
import org.ofstedkg.extract.JudgementCollector;
import org.ofstedkg.extract.ReportReader;
import org.ofstedkg.extract.decode.Document;
import org.ofstedkg.extract.decode.Layout;
import org.ofstedkg.extract.decode.Layout.Line;
import org.ofstedkg.extract.register.AuthorityRegister;
import org.ofstedkg.model.Area;
import org.ofstedkg.model.Assessment;
import org.ofstedkg.model.Authority;
import org.ofstedkg.model.Evidence;
import org.ofstedkg.model.Grade;
import org.ofstedkg.model.Inspection;
import org.ofstedkg.model.Judgement;
import org.ofstedkg.model.Report;

/**
 * What every reader of an inspection report since 2012 shares: its kind is told by the title on its
 * first page; its authority, dates, publication date and lead inspector are read from that page
 * ({@link InspectionFacts}); its graded judgements are each framework's own ({@link #judgements}).
 */
abstract class InspectionReader implements ReportReader {

    /** How much of the cleaned text the title is looked for in. */
    private static final int TITLE_WITHIN = 700;
    private static final Pattern VARIANT = Pattern.compile("\\b(short|standard) inspection\\b", Pattern.CASE_INSENSITIVE);

    /** The title that tells this kind of report, in normalised text (lower case, white space folded). */
    protected abstract Pattern title();

    /** A title that, found too, makes the report another kind (none by default). */
    protected Optional<Pattern> notTitle() {
        return Optional.empty();
    }

    /** The assessment the report's own judgements belong to. */
    protected abstract Assessment assessment();

    /** Reads the report's graded judgements into the collector. */
    protected abstract void judgements(Document doc, Layout layout, JudgementCollector judgements)
            throws ExtractionException;

    @Override
    public boolean recognises(Document document) {
        String start = head(document);
        return title().matcher(start).find() && notTitle().map(p -> !p.matcher(start).find()).orElse(true);
    }

    private static String head(Document document) {
        CharSequence text = document.cleanText();
        return Document.normalise(text.subSequence(0, Math.min(text.length(), TITLE_WITHIN))).replace('\u2019', '\'');
    }

    @Override
    public Report read(Document doc, AuthorityRegister register) throws ExtractionException {
        Layout layout = doc.layout();
        String label = kind().label();
        InspectionFacts.Dates dates = InspectionFacts.dates(layout).orElseThrow(() -> new ExtractionException(
                label.toLowerCase(Locale.ROOT) + " report with no inspection dates (\"Inspection dates: 13 May 2019 to "
                        + "24 May 2019\") on its first page"));
        Optional<LocalDate> published = InspectionFacts.published(layout).map(InspectionFacts.Dated::date);
        LocalDate date = published.orElse(dates.end());
        List<String> warnings = new ArrayList<>();
        Authority authority = null;
        String asWritten = null;
        List<String> candidates = authorityCandidates(layout, dates.firstLine());
        for (String candidate : candidates) {
            Optional<Authority> a = register.resolve(candidate, dates.end(), warnings);
            if (a.isPresent()) {
                authority = a.get();
                asWritten = candidate;
                break;
            }
        }
        if (authority == null) {
            throw new ExtractionException("no authority of the register matches "
                    + (candidates.isEmpty() ? "the report's first page" : "\"" + candidates.get(0) + "\""));
        }
        JudgementCollector judgements = new JudgementCollector();
        judgements(doc, layout, judgements);
        List<Judgement> read = judgements.judgements();
        if (read.stream().noneMatch(j -> j.assessment() == assessment() && j.area() == Area.OVERALL)) {
            throw new ExtractionException(label.toLowerCase(Locale.ROOT) + " report whose overall judgement cannot be read"
                    + (read.isEmpty() ? " (no graded judgement found)" : " (found: " + read.stream()
                            .map(j -> j.area().slug() + " " + j.grade().value()).toList() + ")"));
        }
        warnings.addAll(judgements.warnings());
        Matcher variant = VARIANT.matcher(doc.cleanText().subSequence(0, Math.min(doc.cleanText().length(), 5000)));
        Inspection inspection = new Inspection(dates.start(), dates.end(), published,
                InspectionFacts.leadInspector(layout).map(InspectionFacts.Named::person),
                variant.find() ? Optional.of(variant.group(1).toLowerCase(Locale.ROOT)) : Optional.empty(),
                PreviousInspection.in(doc));
        ImprovementLists.Lists lists = ImprovementLists.read(doc);
        return new Report(kind(), doc.source(), date, Optional.empty(), authority, Optional.of(asWritten),
                Optional.empty(), Optional.empty(), List.of("Ofsted"), read, lists.strengths(), lists.recommendations(),
                List.of(), List.of(), AreaInformation.figures(doc), warnings, Optional.of(inspection));
    }

    private static final Pattern TITLE_START = Pattern.compile("^(?:(?:re-?)?inspection of|review of)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMED_IN_TITLE = Pattern.compile(
            "^inspection of (?:the )?(.+?)\\s+(?:local authority\\s+)?children.s\\s+(?:social care\\s+)?services",
            Pattern.CASE_INSENSITIVE);

    /**
     * The words that may name the authority, most likely first: the name inside the title ("Inspection of
     * Croydon local authority children's services"), the heading above the title ("Tameside metropolitan
     * borough"), the lines between the title and the dates ("Kent County Council").
     */
    private static List<String> authorityCandidates(Layout layout, int datesLine) {
        List<Line> lines = layout.lines();
        int title = -1;
        for (int i = 0; i < datesLine; i++) {
            if (TITLE_START.matcher(lines.get(i).text()).find()) {
                title = i;
                break;
            }
        }
        List<String> candidates = new ArrayList<>();
        if (title < 0) {
            candidates.add(InspectionFacts.text(layout, 0, Math.max(0, datesLine - 1)));
            return candidates;
        }
        // The title runs on until the line that ends it with "services" (or "leavers", "board").
        int titleEnd = title;
        while (titleEnd + 1 < datesLine && !lines.get(titleEnd).text().matches("(?i).*\\b(?:services|leavers|board\\d*)$")) {
            titleEnd++;
        }
        Matcher named = NAMED_IN_TITLE.matcher(InspectionFacts.text(layout, title, titleEnd));
        if (named.find()) {
            candidates.add(named.group(1));
        }
        if (title > 0) {
            candidates.add(InspectionFacts.text(layout, 0, title - 1));
        }
        if (titleEnd + 1 < datesLine) {
            candidates.add(InspectionFacts.text(layout, titleEnd + 1, datesLine - 1));
        }
        return candidates;
    }

    /**
     * Adds the judgements of a grade table's rows: each row whose label names an area and whose grade
     * cell is a grade phrase.
     */
    protected static void addRows(Document doc, List<GradeTable.Row> rows, Assessment assessment,
            JudgementCollector judgements) {
        for (GradeTable.Row row : rows) {
            Optional<Area> area = JudgementAreas.of(row.labelText());
            Optional<Grade> grade = GradeWords.grade(row.gradeText(), assessment.scale());
            if (area.isPresent() && grade.isPresent()) {
                Evidence e = doc.evidence(row.start(), row.end(), row.labelText() + " " + row.gradeText());
                judgements.add(assessment, area.get(), grade.get(), row.gradeText(), e);
            }
        }
    }
}
