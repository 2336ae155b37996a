package org.ofstedkg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ofstedkg.model.Area;
import org.ofstedkg.model.Assessment;
import org.ofstedkg.model.Authority;
import org.ofstedkg.model.Finding;
import org.ofstedkg.model.FindingKind;
import org.ofstedkg.model.MainFinding;
import org.ofstedkg.model.Party;
import org.ofstedkg.model.Recommendation;
import org.ofstedkg.model.Statistic;
import org.ofstedkg.model.Timescale;
import org.ofstedkg.model.Grade;
import org.ofstedkg.model.Report;
import org.ofstedkg.model.ReportKind;

/**
 * The joint area review (JAR): title page (authority, inspectorates, publication date, reference
 * number), grades table, one section per area opening with its judgement sentence, service
 * management sub-judgements, and annexes citing the Annual Performance Assessment (A) and the
 * corporate assessment (B).
 */
public final class JointAreaReviewReader implements ReportReader {

    /** The parts of a review whose judgements belong to different assessments. */
    enum Section {
        FRONT, INTRODUCTION, CONTEXT, MAIN_FINDINGS, GRADES, RECOMMENDATIONS, EQUALITY,
        /** A section of one area of investigation (the area comes from its heading). */
        AREA,
        /** "Service management" and "Capacity to improve": one region, since the service management
         * table sits under the second heading. */
        SERVICE_MANAGEMENT,
        ANNEX_A, ANNEX_B, ANNEX_C
    }

    private static final List<SectionHeading> HEADINGS = List.of(
            new SectionHeading(Section.INTRODUCTION, "^introduction$"),
            new SectionHeading(Section.CONTEXT, "^context$"),
            new SectionHeading(Section.MAIN_FINDINGS, "^main findings$"),
            new SectionHeading(Section.GRADES, "^grades$"),
            new SectionHeading(Section.RECOMMENDATIONS, "^recommendations$"),
            new SectionHeading(Section.EQUALITY, "^equality and diversity$"),
            new SectionHeading(Section.AREA, "^(?:\\d\\.\\s*)?(?:safeguarding|looked after children.*|children and young people"
                    + " with learning difficulties.*|other issues identified.*|an investigation into .*"
                    + "|additional investigations)$"),
            new SectionHeading(Section.SERVICE_MANAGEMENT, "^(?:\\d\\.\\s*)?(?:service management|capacity to improve)$"),
            new SectionHeading(Section.ANNEX_A, "^annex a\\b.*"),
            new SectionHeading(Section.ANNEX_B, "^annex b\\b.*"),
            new SectionHeading(Section.ANNEX_C, "^annex c\\b.*"));

    private record SectionHeading(Section section, Pattern pattern) {
        SectionHeading(Section section, String regex) {
            this(section, Pattern.compile(regex));
        }
    }

    private static final Pattern TITLE = Pattern.compile("^joint area review$");
    /** Where a review states figures about its area (not its title page, contents, grades or recommendations). */
    private static final Set<Section> FIGURE_SECTIONS = EnumSet.of(Section.INTRODUCTION, Section.CONTEXT,
            Section.MAIN_FINDINGS, Section.EQUALITY, Section.AREA, Section.SERVICE_MANAGEMENT, Section.ANNEX_A,
            Section.ANNEX_B, Section.ANNEX_C);
    private static final Pattern PUBLISHED = Pattern.compile("\\bPublished:?\\s*" + Dates.DATE_REGEX, Pattern.CASE_INSENSITIVE);
    private static final Pattern REFERENCE = Pattern.compile("\\bReference no\\.?:?\\s*(\\d{3,})", Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTHORITY_LINE = Pattern.compile("^(.+?)\\s+Children's Services Authority Area$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern GRADE_CELL = Pattern.compile("^[1-4]$");
    /** A heading's closing full stop or colon. */
    private static final Pattern HEADING_STOP = Pattern.compile("[.:]$");
    /** A line of the contents ("Annex A: The APA letter 28") or a grades row: it ends on a page number or grade. */
    private static final Pattern CONTENTS_LINE = Pattern.compile(".*\\s\\d{1,3}$");
    /** What leads a graded clause in before its subject: a comma or semicolon, "and", "but". */
    private static final Pattern CLAUSE_LEAD = Pattern.compile("^[,;]?\\s*(?:and|but)?\\s*");
    /** A statement's closing full stop or semicolon. */
    private static final Pattern STATEMENT_STOP = Pattern.compile("[.;]$");
    private static final Pattern STRENGTHS = Pattern.compile("^major strengths?$");
    private static final Pattern COLUMNS_ON_ONE_LINE = Pattern.compile("^major strengths?\\s+important weakness(?:es)?\\b");
    private static final Pattern WEAKNESSES = Pattern.compile("^important weakness(?:es)?$");
    private static final Pattern IMMEDIATE = Pattern.compile("^for immediate action$");
    private static final Pattern SIX_MONTHS = Pattern.compile("^for action (?:over|within|in) the next six months$");
    private static final Pattern TIMESCALE_HEADING = Pattern.compile("^for (?:immediate )?action\\b.*");
    private static final Pattern ADDRESSEE_LINE = Pattern.compile("^.{3,80} should:?$");
    private static final Pattern LONGER_TERM = Pattern.compile("^for action in the longer term$");
    private static final Pattern TO_PARTNERSHIP = Pattern.compile("^the (?:local )?partnership should:?$");
    private static final Pattern TO_COUNCIL = Pattern.compile("^the council should:?$");


    /** Review areas, named in the opening sentence "The contribution/impact of ... services ... is X". */
    private static final Pattern AREA_JUDGEMENT = Pattern.compile("^The (?:contribution|impact) of\\b");
    private static final List<AreaRule> REVIEW_AREAS = List.of(
            AreaRule.of(Area.SUBSTANCE_MISUSE, "substance misuse"),
            AreaRule.of(Area.NARROWING_THE_GAP, "narrowing the gap|least effective"),
            AreaRule.of(Area.YOUNG_CARERS, "young carers"),
            AreaRule.of(Area.LOOKED_AFTER_CHILDREN, "looked after"),
            AreaRule.of(Area.LEARNING_DIFFICULTIES_AND_DISABILITIES, "learning difficult|disabilit"),
            AreaRule.of(Area.SAFEGUARDING, "safeguard|at risk"));
    /** What main findings speak of: the review's areas, then service management by any of its parts. */
    private static final List<AreaRule> MAIN_FINDING_AREAS = java.util.stream.Stream.concat(REVIEW_AREAS.stream(),
            java.util.stream.Stream.of(AreaRule.of(Area.SERVICE_MANAGEMENT,
                    "ambition|prioriti|capacity|performance management|value for money|service management"))).toList();
    /** Service management and its sub-judgements, named at the start of the sentence. */
    private static final List<AreaRule> SERVICE_MANAGEMENT = List.of(
            AreaRule.of(Area.SERVICE_MANAGEMENT, "^(?:the )?(?:management of services|service management)\\b"),
            AreaRule.of(Area.CAPACITY_TO_IMPROVE, "^(?:the )?capacity to improve\\b"),
            AreaRule.of(Area.AMBITION, "^(?:the )?ambitions?\\b"),
            AreaRule.of(Area.PRIORITISATION, "^(?:the )?prioriti[sz]ation\\b"),
            AreaRule.of(Area.CAPACITY, "^(?:the )?capacity of the\\b"),
            AreaRule.of(Area.VALUE_FOR_MONEY, "^(?:the )?value for money\\b"),
            AreaRule.of(Area.PERFORMANCE_MONITORING, "^(?:the )?performance monitoring\\b"),
            AreaRule.of(Area.PERFORMANCE_MANAGEMENT, "^(?:the )?performance management\\b"));
    /** The grades table's row headings. */
    private static final List<AreaRule> GRADES_TABLE = List.of(
            AreaRule.of(Area.SAFEGUARDING, "^safeguarding$"),
            AreaRule.of(Area.LOOKED_AFTER_CHILDREN, "^looked after children"),
            AreaRule.of(Area.LEARNING_DIFFICULTIES_AND_DISABILITIES, "^(?:children and young people with )?learning difficulties"),
            AreaRule.of(Area.SERVICE_MANAGEMENT, "^service management$"),
            AreaRule.of(Area.CAPACITY_TO_IMPROVE, "^capacity to improve$"));
    /** The APA's two judgements as the introduction and Annex A cite them. */
    private static final List<AreaRule> APA = List.of(
            AreaRule.of(Area.CAPACITY_TO_IMPROVE, "capacity to improve"),
            AreaRule.of(Area.OVERALL, "children's services|\\boverall\\b"));
    /** The corporate assessment's paragraphs: overall, service management, then the five outcomes. */
    private static final List<AreaRule> CORPORATE_OVERALL = List.of(
            AreaRule.of(Area.OVERALL, "overall effectiveness"));
    private static final List<AreaRule> CORPORATE = List.of(
            AreaRule.of(Area.SERVICE_MANAGEMENT, "service management|management of services"),
            AreaRule.of(Area.CAPACITY_TO_IMPROVE, "capacity\\b.{0,40}\\bto improve"),
            AreaRule.of(Area.BEING_HEALTHY, "\\bhealth(?:y)?\\b|being healthy"),
            AreaRule.of(Area.STAYING_SAFE, "\\bsafe\\b|staying safe"),
            AreaRule.of(Area.ENJOYING_AND_ACHIEVING, "\\benjoy"),
            AreaRule.of(Area.POSITIVE_CONTRIBUTION,
                    "positive contribution|\\bcontribut\\w* to (?:society|the community|their communit)"),
            AreaRule.of(Area.ECONOMIC_WELL_BEING, "economic well-?being"));

    @Override
    public ReportKind kind() {
        return ReportKind.JOINT_AREA_REVIEW;
    }

    @Override
    public boolean recognises(Document document) {
        return document.blocks().stream().limit(40).flatMap(b -> b.lines().stream())
                .anyMatch(line -> Document.normalisedStartsWith(line, "joint")
                        && TITLE.matcher(Document.normalise(line)).matches());
    }

    @Override
    public Report read(Document doc, AuthorityRegister register) throws ExtractionException {
        List<Block> blocks = doc.blocks();
        LocalDate published = null;
        String reference = null;
        String authorityText = null;
        Set<String> inspectorates = new LinkedHashSet<>();
        for (Block b : blocks.subList(0, Math.min(blocks.size(), 60))) {
            Matcher p = PUBLISHED.matcher(b.text());
            if (published == null && p.find()) {
                published = Dates.parse(p).orElse(null);
            }
            Matcher r = REFERENCE.matcher(b.text());
            if (reference == null && r.find()) {
                reference = r.group(1);
            }
            for (MappedText line : b.lines()) {
                if (authorityText == null) {
                    String quoted = Document.quote(line);
                    if (AUTHORITY_LINE.matcher(quoted).matches()) {
                        authorityText = quoted;
                    }
                }
                Inspectorates.named(line).ifPresent(inspectorates::add);
            }
        }
        if (published == null) {
            throw new ExtractionException("joint area review with no publication date (\"Published: 6 May 2008\")");
        }
        List<String> authorityWarnings = new ArrayList<>();
        Authority authority = resolveAuthority(register, authorityText, reference, published, authorityWarnings);

        JudgementCollector judgements = new JudgementCollector();
        Statements statements = new Statements(doc);
        ServiceStatements services = new ServiceStatements(doc);
        List<Statistic> figures = new ArrayList<>();
        Set<Area> gradesRows = new LinkedHashSet<>();
        Section section = Section.FRONT;
        Optional<Area> sectionArea = Optional.empty();
        String sectionHeading = "";
        boolean sectionJudged = false;
        for (Block b : blocks) {
            Optional<Section> heading = heading(b);
            if (heading.isPresent()) {
                section = heading.get();
                sectionHeading = Document.quote(b.text());
                sectionArea = section == Section.AREA
                        ? AreaRule.first(REVIEW_AREAS, sectionHeading).stream().findFirst() : Optional.empty();
                sectionJudged = false;
                statements.newSection();
                continue;
            }
            Optional<MappedText> opening = b.kind() == Block.Kind.NUMBERED ? b.firstSentence() : Optional.empty();
            if (b.kind() != Block.Kind.TABLE_ROW && FIGURE_SECTIONS.contains(section)) {
                b.sentences().forEach(s -> figures.addAll(Figures.in(doc, s)));
            }
            switch (section) {
                case GRADES -> gradesRows.addAll(gradesRows(doc, b, judgements));
                case INTRODUCTION -> {
                    for (MappedText s : b.sentences()) {
                        if (Document.normalise(s).contains("annual performance assessment")) {
                            addClauses(doc, s, Assessment.ANNUAL_PERFORMANCE_ASSESSMENT, APA, judgements);
                        }
                    }
                }
                case AREA -> {
                    // The section's judgement is its opening "The contribution/impact of ... is X." sentence.
                    if (!sectionJudged && opening.isPresent() && AREA_JUDGEMENT.matcher(opening.get()).find()) {
                        sectionJudged = true;
                        areaJudgement(doc, opening.get(), sectionArea, sectionHeading, judgements);
                    }
                    statements.findingsTable(b, sectionArea, sectionHeading);
                    // Numbered paragraphs, and their continuations where a page break split one.
                    if (b.kind() == Block.Kind.NUMBERED || b.kind() == Block.Kind.PARAGRAPH) {
                        b.sentences().forEach(services::read);
                    }
                }
                case SERVICE_MANAGEMENT -> {
                    opening.ifPresent(s -> addClauses(doc, s, Assessment.JOINT_AREA_REVIEW, SERVICE_MANAGEMENT, judgements));
                    statements.findingsTable(b, Optional.of(Area.SERVICE_MANAGEMENT), sectionHeading);
                }
                case MAIN_FINDINGS -> statements.mainFinding(b);
                case RECOMMENDATIONS -> statements.recommendation(b);
                case ANNEX_A -> b.firstSentence().ifPresent(
                        s -> addClauses(doc, s, Assessment.ANNUAL_PERFORMANCE_ASSESSMENT, APA, judgements));
                case ANNEX_B -> opening.ifPresent(s -> {
                    for (GradedClause c : GradedClause.parse(s)) {
                        List<Area> overall = AreaRule.first(CORPORATE_OVERALL, c.subject());
                        List<Area> areas = overall.isEmpty() ? AreaRule.all(CORPORATE, c.subject()) : overall;
                        areas.forEach(a -> judgements.add(Assessment.CORPORATE_ASSESSMENT, a, c.grade(), doc.evidence(s)));
                    }
                });
                default -> {
                }
            }
        }
        if (gradesRows.isEmpty()) {
            throw new ExtractionException("joint area review with no grades table (\"Grades\" followed by rows such as "
                    + "\"Safeguarding  2\")");
        }
        List<String> missing = GRADES_TABLE.stream().map(AreaRule::area).filter(a -> !gradesRows.contains(a))
                .map(Area::slug).toList();
        if (!missing.isEmpty()) {
            throw new ExtractionException("joint area review whose grades table is cut off: no row for "
                    + String.join(", ", missing));
        }
        if (!judgements.has(Assessment.JOINT_AREA_REVIEW)) {
            throw new ExtractionException("joint area review with no graded judgements");
        }
        List<String> warnings = new ArrayList<>(judgements.warnings());
        warnings.addAll(statements.warnings);
        warnings.addAll(authorityWarnings);
        return new Report(ReportKind.JOINT_AREA_REVIEW, doc.source(), published, Optional.ofNullable(reference),
                authority, Optional.ofNullable(authorityText), Optional.empty(),
                Optional.empty(), new ArrayList<>(inspectorates), judgements.judgements(), statements.findings,
                statements.recommendations, statements.mainFindings, services.judgements(), figures, warnings);
    }

    private static Authority resolveAuthority(AuthorityRegister register, String name, String reference, LocalDate published,
            List<String> warnings)
            throws ExtractionException {
        Optional<Authority> byName = name == null ? Optional.empty() : register.resolve(name, published, warnings);
        Optional<Authority> byReference = reference == null ? Optional.empty() : register.byLaCode(reference, published);
        if (byName.isPresent() && byReference.isPresent() && !byName.equals(byReference)) {
            throw new ExtractionException("the review names \"" + name + "\" (" + byName.get().name()
                    + ") but its reference no. " + reference + " is " + byReference.get().name());
        }
        if (byName.isPresent()) {
            return byName.get();
        }
        if (name != null) {
            throw new ExtractionException("no authority of the register matches \"" + name + "\"");
        }
        return byReference.orElseThrow(() -> new ExtractionException(
                "joint area review names no authority (no \"... Children's Services Authority Area\" line"
                        + (reference == null ? " and no reference no.)" : " and reference no. " + reference
                        + " is no authority's DfE number)")));
    }

    private static Optional<Section> heading(Block b) {
        // Headings are short, but an investigation's title can run to a few lines; none ends a sentence.
        if (b.kind() == Block.Kind.TABLE_ROW || b.kind() == Block.Kind.LIST_ITEM || b.text().length() > 400
                || (b.text().length() > 200 && b.text().toString().strip().endsWith("."))) {
            return Optional.empty();
        }
        String s = HEADING_STOP.matcher(Document.normalise(b.text())).replaceAll("");
        if (CONTENTS_LINE.matcher(s).matches()) {
            // "Annex A: The APA letter 28" is a line of the contents, "Capacity to improve 3" a grades row.
            return Optional.empty();
        }
        return HEADINGS.stream().filter(h -> h.pattern.matcher(s).matches()).map(SectionHeading::section).findFirst();
    }

    /** Grades-table rows run together, as PDF text gives a table: "Safeguarding 2 Looked after children 2 ...". */
    private static final Pattern FLAT_GRADES_ROW = Pattern.compile("(?i)\\b(safeguarding|looked after children"
            + "(?: and young people)?|(?:children and young people with )?learning difficulties and/or disabilities"
            + "|service management|capacity to improve)\\s*([1-4])\\b(?![.\\d])");

    /** A row of the grades table ("Safeguarding  2"), or rows run together: the areas they grade. */
    private static List<Area> gradesRows(Document doc, Block b, JudgementCollector judgements) {
        if (b.kind() == Block.Kind.TABLE_ROW) {
            return gradesRow(doc, b, judgements).stream().toList();
        }
        List<Area> areas = new ArrayList<>();
        Matcher m = FLAT_GRADES_ROW.matcher(b.text());
        while (m.find()) {
            MappedText row = b.text().slice(m.start(), m.end());
            Optional<Area> area = AreaRule.first(GRADES_TABLE, Document.normalise(m.group(1))).stream().findFirst();
            area.ifPresent(a -> {
                judgements.add(Assessment.JOINT_AREA_REVIEW, a, Grade.judgement(Integer.parseInt(m.group(2))),
                        doc.evidence(row));
                areas.add(a);
            });
        }
        return areas;
    }

    /** A row of the grades table ("Safeguarding  2"): the area it grades, if it is one. */
    private static Optional<Area> gradesRow(Document doc, Block b, JudgementCollector judgements) {
        List<MappedText> cells = b.cells();
        if (cells.size() < 2 || !GRADE_CELL.matcher(cells.get(cells.size() - 1)).matches()) {
            return Optional.empty();
        }
        Optional<Area> area = AreaRule.first(GRADES_TABLE, Document.normalise(cells.get(0))).stream().findFirst();
        area.ifPresent(a -> judgements.add(Assessment.JOINT_AREA_REVIEW, a,
                Grade.judgement(Integer.parseInt(cells.get(cells.size() - 1).toString())), doc.evidence(b.text())));
        return area;
    }

    /**
     * A section's opening judgement. The area is the heading's; a heading the areas scheme does not
     * know falls back to what the sentence names, and failing that leaves a warning, not a guess.
     */
    private static void areaJudgement(Document doc, MappedText sentence, Optional<Area> headingArea, String heading,
            JudgementCollector judgements) {
        for (GradedClause c : GradedClause.parse(sentence)) {
            Optional<Area> area = headingArea.or(() -> AreaRule.first(REVIEW_AREAS, c.subject()).stream().findFirst());
            if (area.isPresent()) {
                judgements.add(Assessment.JOINT_AREA_REVIEW, area.get(), c.grade(), doc.evidence(sentence));
            } else {
                judgements.warn("section \"" + heading + "\" judges an area the areas scheme does not know; not stored: \""
                        + Document.quote(sentence) + "\"");
            }
            return;
        }
    }

    /** Each graded clause of the sentence whose subject one of the rules recognises: that rule's area. */
    private static void addClauses(Document doc, MappedText sentence, Assessment assessment, List<AreaRule> rules,
            JudgementCollector judgements) {
        for (GradedClause c : GradedClause.parse(sentence)) {
            String subject = CLAUSE_LEAD.matcher(c.subject()).replaceAll("");
            AreaRule.first(rules, subject).forEach(a -> judgements.add(assessment, a, c.grade(), doc.evidence(sentence)));
        }
    }

    /**
     * The review's statements other than judgements: the strengths and weaknesses of each area's table,
     * the recommendations and the main findings. Tables come as rows of two cells, or flattened (as PDF
     * text gives them) into a "Major strengths" paragraph followed by its items and an "Important
     * weaknesses" one followed by its.
     */
    private static final class Statements {
        private enum Table { NONE, ROWS, FLAT_STRENGTHS, FLAT_WEAKNESSES }

        private final Document doc;
        final List<Finding> findings = new ArrayList<>();
        final List<Recommendation> recommendations = new ArrayList<>();
        final List<MainFinding> mainFindings = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        private Table table = Table.NONE;
        private Timescale timescale;
        private Party party;

        Statements(Document doc) {
            this.doc = doc;
        }

        void newSection() {
            table = Table.NONE;
        }

        void findingsTable(Block b, Optional<Area> area, String heading) {
            // The headings looked for all start so: other paragraphs are not normalised whole for nothing.
            String text = Document.normalisedStartsWith(b.text(), "major")
                    || Document.normalisedStartsWith(b.text(), "important") ? Document.normalise(b.text()) : "";
            List<MappedText> cells = b.cells();
            if (b.kind() == Block.Kind.TABLE_ROW && cells.size() == 2 && STRENGTHS.matcher(Document.normalise(cells.get(0))).matches()
                    && WEAKNESSES.matcher(Document.normalise(cells.get(1))).matches()) {
                table = Table.ROWS;
                return;
            }
            if (b.kind() != Block.Kind.TABLE_ROW && COLUMNS_ON_ONE_LINE.matcher(text).find()) {
                // A PDF's two-column table: the text interleaves the columns' items; the words' positions do not.
                table = Table.NONE;
                if (columnsByPosition(b, area, heading)) {
                    return;
                }
                warnings.add("the strengths and weaknesses table under \"" + heading + "\" comes as one run of text "
                        + "with its two columns interleaved (a PDF's table?); its findings are not stored");
                return;
            }
            if (b.kind() == Block.Kind.PARAGRAPH && STRENGTHS.matcher(text).matches()) {
                table = Table.FLAT_STRENGTHS;
                return;
            }
            if (b.kind() == Block.Kind.PARAGRAPH && WEAKNESSES.matcher(text).matches() && table != Table.NONE) {
                table = Table.FLAT_WEAKNESSES;
                return;
            }
            switch (table) {
                case ROWS -> {
                    if (b.kind() != Block.Kind.TABLE_ROW) {
                        table = Table.NONE;
                        return;
                    }
                    for (int c = 0; c < Math.min(2, cells.size()); c++) {
                        findings(cells.get(c), c == 0 ? FindingKind.STRENGTH : FindingKind.WEAKNESS, area, heading);
                    }
                }
                case FLAT_STRENGTHS, FLAT_WEAKNESSES -> {
                    if (b.kind() == Block.Kind.NUMBERED || b.kind() == Block.Kind.TABLE_ROW) {
                        table = Table.NONE;
                        return;
                    }
                    findings(b.text(), table == Table.FLAT_STRENGTHS ? FindingKind.STRENGTH : FindingKind.WEAKNESS,
                            area, heading);
                }
                default -> {
                }
            }
        }

        /**
         * Reads a strengths and weaknesses table from where its words stand: the weaknesses column starts
         * where "Important weaknesses" does on the header line; the table runs on (across pages, past page
         * numbers) until a line whose words run across that column. Each column's text is cut into sentences,
         * each a finding with the span of its own words as evidence. False if the layout has no such header.
         */
        private boolean columnsByPosition(Block b, Optional<Area> area, String heading) {
            List<Layout.Line> lines = doc.layout().lines();
            int from = b.text().sourceStart(0);
            int to = b.text().sourceEnd(b.text().length());
            for (int i = 0; i < lines.size(); i++) {
                List<Layout.Word> words = lines.get(i).words();
                if (words.get(0).start() < from || words.get(0).start() >= to) {
                    continue;
                }
                Optional<Layout.Word> important = words.stream().filter(w -> w.text().equalsIgnoreCase("important"))
                        .findFirst();
                if (important.isEmpty()) {
                    return false;
                }
                float x = important.get().x0() - 1;
                List<Layout.Word> left = new ArrayList<>();
                List<Layout.Word> right = new ArrayList<>();
                for (int j = i + 1; j < lines.size(); j++) {
                    Layout.Line line = lines.get(j);
                    if (line.text().matches("(?i)(?:page\\s+)?\\d{1,4}(?:\\s+of\\s+\\d{1,4})?")) {
                        continue; // a page number between the table's two pages
                    }
                    if (line.crosses(x) || (line.leftOf(x).isEmpty() && line.rightOf(x).isEmpty())) {
                        break;
                    }
                    left.addAll(line.leftOf(x));
                    right.addAll(line.rightOf(x));
                }
                columnFindings(left, FindingKind.STRENGTH, area, heading);
                columnFindings(right, FindingKind.WEAKNESS, area, heading);
                return true;
            }
            return false;
        }

        private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"')\u2019\u201D]*$");

        private void columnFindings(List<Layout.Word> words, FindingKind kind, Optional<Area> area, String heading) {
            List<Layout.Word> sentence = new ArrayList<>();
            for (Layout.Word w : words) {
                sentence.add(w);
                if (SENTENCE_END.matcher(w.text()).find()) {
                    columnFinding(sentence, kind, area, heading);
                    sentence = new ArrayList<>();
                }
            }
            if (!sentence.isEmpty()) {
                columnFinding(sentence, kind, area, heading);
            }
        }

        private void columnFinding(List<Layout.Word> words, FindingKind kind, Optional<Area> area, String heading) {
            String text = Document.mendHyphens(Layout.join(words));
            if (text.codePoints().noneMatch(Character::isLetter)) {
                return; // a rule drawn with dashes between the header and the rows
            }
            if (area.isEmpty()) {
                warnings.add("a finding under \"" + heading + "\", an area the areas scheme does not know; not stored: \""
                        + text + "\"");
                return;
            }
            int start = words.stream().mapToInt(Layout.Word::start).min().orElseThrow();
            int end = words.stream().mapToInt(Layout.Word::end).max().orElseThrow();
            findings.add(new Finding(area.get(), kind, STATEMENT_STOP.matcher(text).replaceAll("").strip(),
                    doc.evidence(start, end, text), EveryChildMatters.outcomesIn(text)));
        }

        private void findings(MappedText cell, FindingKind kind, Optional<Area> area, String heading) {
            for (MappedText item : Sentences.split(cell)) {
                if (area.isEmpty()) {
                    warnings.add("a finding under \"" + heading + "\", an area the areas scheme does not know; not stored: \""
                            + Document.quote(item) + "\"");
                    continue;
                }
                findings.add(new Finding(area.get(), kind, statement(item), doc.evidence(item),
                        EveryChildMatters.outcomesIn(item)));
            }
        }

        void mainFinding(Block b) {
            if (b.kind() != Block.Kind.LIST_ITEM) {
                return;
            }
            Optional<Area> area = AreaRule.first(MAIN_FINDING_AREAS, b.text().toString()).stream().findFirst();
            mainFindings.add(new MainFinding(area, statement(b.text()), doc.evidence(b.text()),
                    EveryChildMatters.outcomesIn(b.text())));
        }

        void recommendation(Block b) {
            String text = Document.normalise(b.text());
            if (b.kind() == Block.Kind.PARAGRAPH) {
                if (TIMESCALE_HEADING.matcher(text).matches()) {
                    // A new timescale starts a new list: its addressee is stated again.
                    party = null;
                    timescale = IMMEDIATE.matcher(text).matches() ? Timescale.IMMEDIATE
                            : SIX_MONTHS.matcher(text).matches() ? Timescale.SIX_MONTHS
                            : LONGER_TERM.matcher(text).matches() ? Timescale.LONGER_TERM : null;
                    if (timescale == null) {
                        warnings.add("a recommendations heading of no known timescale: \"" + Document.quote(b.text())
                                + "\"; its recommendations are not stored");
                    }
                } else if (ADDRESSEE_LINE.matcher(text).matches()) {
                    party = TO_PARTNERSHIP.matcher(text).matches() ? Party.PARTNERSHIP
                            : TO_COUNCIL.matcher(text).matches() ? Party.COUNCIL : null;
                    if (party == null) {
                        warnings.add("recommendations to an addressee of no known kind: \"" + Document.quote(b.text())
                                + "\"; they are not stored");
                    }
                }
                return;
            }
            if (b.kind() != Block.Kind.LIST_ITEM) {
                return;
            }
            if (timescale == null || party == null) {
                warnings.add("a recommendation with no known " + (timescale == null ? "timescale" : "addressee")
                        + " before it; not stored: \"" + Document.quote(b.text()) + "\"");
                return;
            }
            recommendations.add(new Recommendation(timescale, party, statement(b.text()), doc.evidence(b.text()),
                    EveryChildMatters.outcomesIn(b.text())));
        }

        /** A statement's text as the query contract gives it: quoted, without the closing full stop or semicolon. */
        private static String statement(MappedText text) {
            return STATEMENT_STOP.matcher(Document.quote(text)).replaceAll("").strip();
        }
    }
}
