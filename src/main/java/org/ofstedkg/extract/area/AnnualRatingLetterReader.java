package org.ofstedkg.extract.area;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import java.util.regex.Pattern;

import org.ofstedkg.extract.ExtractionException;
import org.ofstedkg.extract.JudgementCollector;
import org.ofstedkg.extract.ReportReader;
import org.ofstedkg.extract.decode.Block;
import org.ofstedkg.extract.decode.Document;
import org.ofstedkg.extract.decode.MappedText;
import org.ofstedkg.extract.decode.Sentences;
import org.ofstedkg.extract.prose.Dates;
import org.ofstedkg.extract.prose.Figures;
import org.ofstedkg.extract.prose.ServiceStatements;
import org.ofstedkg.extract.register.AuthorityRegister;
import org.ofstedkg.model.Area;
import org.ofstedkg.model.Assessment;
import org.ofstedkg.model.Authority;
import org.ofstedkg.model.Grade;
import org.ofstedkg.model.Person;
import org.ofstedkg.model.Report;
import org.ofstedkg.model.ReportKind;
import org.ofstedkg.model.ServiceJudgement;
import org.ofstedkg.model.Statistic;

/**
 * The children's services annual rating letter (2009): a dated letter to a council's Director of
 * Children's Services, one rating row on the four-point "performs" scale, and a signature.
 */
public final class AnnualRatingLetterReader implements ReportReader {

    private static final String PERFORMS = "(excellently|well|adequately|poorly)";
    /**
     * A level of the four-point scale as a letter states one: "performs well", "perform excellently",
     * "performing poorly", with its number in brackets when given ("(3)", "(grade 3)").
     */
    private static final Pattern LEVEL = Pattern.compile(
            "\\bperform(?:s|ing|ed)?\\s+[\"'\u2018\u201C*_]{0,2}" + PERFORMS + "\\b(?!\\s+(?:above|below|ahead|behind|beyond|against|compared|in line)\\b)"
                    + "(?:\\s*\\((?:(?:grade|level)\\s+)?(\\d+)(?:\\s+(?:of|out\\s+of)\\s+(?:4|four))?\\))?", Pattern.CASE_INSENSITIVE);
    /** A cell that holds nothing but a level: the value cell of the rating table. */
    private static final Pattern LEVEL_CELL = Pattern.compile("^(?:rating:?\\s*)?(?:([1-4])\\s*[-\u2013\u2014:.]?\\s*\\(?)?"
            + LEVEL.pattern() + "\\)?\\.?$",
            Pattern.CASE_INSENSITIVE);
    /** The label cell of the rating table: "Children's services rating", "Overall effectiveness of children's services". */
    private static final Pattern RATING_LABEL = Pattern.compile(
            "\\b(?:rating|assessment|effectiveness|children's services)\\b", Pattern.CASE_INSENSITIVE);
    /** What a sentence stating the authority's rating speaks of before the level: its children's services, or it. */
    private static final Pattern RATED_SUBJECT = Pattern.compile(
            "(?i:\\bchildren's services\\b|\\bservices for children(?: and young people)?\\b"
                    + "|^(?:overall,\\s*)?the (?:local )?(?:council|authority)\\b"
                    // "Ofsted judges that the borough performs adequately": the area as the subject just before the level.
                    + "|(?:^|\\bthat\\s+|,\\s*)the (?:borough|county|city|area)(?:'s services)?\\s*$)"
                    // "the services for which you are responsible perform adequately", "your services": the addressee's.
                    + "|\\bservices\\s+(?:for\\s+which|that)\\s+(?:you|the\\s+council|it)\\s+(?:are|is)\\s+responsible\\b"
                    + "|\\byour\\s+(?:council's\\s+)?services\\b"
                    + "|\\bCouncil\\b");
    /**
     * A sentence about any council, not this one: the scale's explanation ("A council that performs poorly
     * may still...", "For example, a rating of 'performs excellently' does not mean...").
     */
    private static final Pattern GENERIC_SUBJECT = Pattern.compile(
            "^(?:[\\w ]{0,20},\\s*)?(?:a|an|any|each|every|one|even a|even an|no)\\s", Pattern.CASE_INSENSITIVE);
    private static final String TITLE_PHRASE = "children's services";
    private static final Pattern RATING_NAMED = Pattern.compile(
            "(?i)\\bannual rating\\b|\\bchildren's services (?:annual |performance )?(?:rating|assessment)\\b"
                    // "Ofsted's rating of the council's children's services", "the 2009 assessment of children's services"
                    + "|\\b(?:rating|assessment) of (?:[\\w']+ ){0,3}?children's services\\b");
    private static final Pattern SUMMARY_PLACE = Pattern.compile(
            "\\bchildren's services (?:in|of|provided by) (.+?)\\s+(?:perform|have been|are|were|has been|is)\\b",
            Pattern.CASE_INSENSITIVE);
    /** The letter's date on a line of its own, or after a label as a memo or a reference block gives it ("Date: ..."). */
    private static final Pattern DATE_LINE = Pattern.compile("^(?:[*_]{0,2}(?:date|dated|issued)[*_]{0,2}\\s*:[*_]{0,2}\\s*)?"
            + Dates.DATE_REGEX + "$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SALUTATION = Pattern.compile("^Dear\\b");
    /** A memo's "Date:" label and its date ending a line that holds other fields too (a PDF's row of them). */
    private static final Pattern DATE_LABEL_LAST = Pattern.compile("(?i)\\bdate\\s*:\\s*" + Dates.DATE_REGEX + "$");
    private static final Pattern ROLE = Pattern.compile(
            "^(?:[A-Z][\\w'&-]*\\s+)*(?:Manager|Director|Inspector|Officer)\\b.*$");
    /**
     * An address line that names a council. Postal addresses also name counties ("Essex",
     * "Lancashire") that are authorities of the register too, so only such a line identifies the
     * authority.
     */
    private static final Pattern COUNCIL_LINE = Pattern.compile(
            "\\b(?:council|borough|authority|city|county|district)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERSON_NAME = Pattern.compile(
            "^(?:(?:Mr|Mrs|Ms|Miss|Dr|Professor|Cllr)\\.?\\s+)?[A-Z][a-zA-Z'-]+(?:\\s+[A-Z][a-zA-Z'-]+){1,3}$");

    @Override
    public ReportKind kind() {
        return ReportKind.ANNUAL_RATING_LETTER;
    }

    @Override
    public boolean recognises(Document document) {
        // Each reader is asked of every report: the phrases are looked for before the patterns that need them.
        // A letter giving a children's services rating (or "assessment", as 2010's were called) that states a
        // level of the "performs" scale; the later frameworks' reports say children's services perform well too.
        String text = document.cleanText().toString();
        return Document.containsAsciiCase(text, TITLE_PHRASE) && Document.containsAsciiCase(text, "perform")
                && RATING_NAMED.matcher(text).find() && (LEVEL.matcher(text).find() || LEVEL_OF_FOUR.matcher(text).find()
                        || DESCRIPTOR.matcher(text).find());
    }

    static int ratingValue(String performs) {
        return switch (performs.toLowerCase(Locale.ROOT)) {
            case "excellently" -> 4;
            case "well" -> 3;
            case "adequately" -> 2;
            default -> 1;
        };
    }

    @Override
    public Report read(Document doc, AuthorityRegister register) throws ExtractionException {
        List<Block> blocks = doc.blocks();
        List<MappedText> lines = lines(blocks);
        List<Block> body = body(doc);
        int dateLine = -1;
        LocalDate date = null;
        for (int i = 0; i < lines.size() && date == null; i++) {
            Matcher m = DATE_LINE.matcher(lines.get(i));
            if (m.matches()) {
                date = Dates.parse(m).orElse(null);
                dateLine = i;
            }
        }
        // Else a memo's "Date:" field ending a line of other fields ("Our ref: 1234   Date: 9 December 2009").
        for (int i = 0; i < lines.size() && date == null; i++) {
            Matcher m = DATE_LABEL_LAST.matcher(lines.get(i));
            if (m.find()) {
                date = Dates.parse(m).orElse(null);
                dateLine = i;
            }
        }
        if (date == null) {
            throw new ExtractionException("annual rating letter with no date line (such as \"9 December 2009\")");
        }

        List<String> authorityWarnings = new ArrayList<>();
        // The address follows the date: name, role, council, address lines, postcode; then "Dear ...".
        int salutation = dateLine + 1;
        while (salutation < lines.size() && !SALUTATION.matcher(lines.get(salutation)).find()) {
            salutation++;
        }
        List<MappedText> address = salutation < lines.size() ? lines.subList(dateLine + 1, salutation) : memoAddressee(lines)
                .orElse(lines.subList(dateLine + 1, salutation));
        Optional<Person> addressee = Optional.empty();
        int nameLine = -1;
        for (int i = 0; i < Math.min(3, address.size()) && nameLine < 0; i++) {
            if (PERSON_NAME.matcher(address.get(i)).matches()) {
                nameLine = i;
            }
        }
        if (nameLine >= 0 && nameLine + 1 < address.size()) {
            addressee = Optional.of(new Person(Document.quote(address.get(nameLine)),
                    Document.quote(address.get(nameLine + 1))));
        }
        Authority authority = null;
        String authorityText = null;
        List<MappedText> councilLines = address.stream().skip(Math.max(0, nameLine + 2))
                .filter(l -> COUNCIL_LINE.matcher(l).find()).toList();
        for (int i = 0; i < councilLines.size() && authority == null; i++) {
            Optional<Authority> a = register.resolve(councilLines.get(i).toString(), date, authorityWarnings);
            if (a.isPresent()) {
                authority = a.get();
                authorityText = Document.quote(councilLines.get(i));
            }
        }
        if (authority == null && nameLine >= 0 && nameLine + 2 < address.size()) {
            // The line after the addressee's name and role is their organisation, however it is named (plain "Enfield").
            MappedText organisation = address.get(nameLine + 2);
            Optional<Authority> a = register.resolve(organisation.toString(), date, authorityWarnings);
            if (a.isPresent()) {
                authority = a.get();
                authorityText = Document.quote(organisation);
            }
        }
        // A sentence that rates an authority by name rates this letter's only if it is the one addressed.
        Optional<Authority> addressed = Optional.ofNullable(authority);
        JudgementCollector judgements = new JudgementCollector();
        // The rating rows' texts, and the rating the first gives: a second row giving another is refused.
        List<String> ratingRows = new ArrayList<>();
        Integer rowRating = null;
        Authority summaryAuthority = null;
        String summaryName = null;
        boolean rated = false;
        Block previous = null;
        // Levels standing alone (a bold line before the signature) and rows of a label and a level under any header
        // ("Year | Outcome"): the rating where the letter states none in the forms above.
        List<Block> loneLevels = new ArrayList<>();
        Optional<Block> tableHeader = Optional.empty();
        boolean inTable = false;
        for (Block b : blocks) {
            if (b.kind() == Block.Kind.TABLE_ROW) {
                Optional<Integer> row = ratingRow(doc, b, inTable ? tableHeader : Optional.empty(), judgements, register, date);
                tableHeader = inTable ? tableHeader : Optional.of(b);
                inTable = true;
                if (row.isEmpty() && isLabelAndLevel(b)) {
                    loneLevels.add(b);
                }
                if (row.isPresent()) {
                    rated = true;
                    ratingRows.add(Document.quote(b.text()).replace('\t', ' '));
                    rowRating = rowRating == null ? row.get() : rowRating;
                    if (!rowRating.equals(row.get())) {
                        throw new ExtractionException("annual rating letter with " + ratingRows.size()
                                + " different rating rows: " + String.join("; ", ratingRows));
                    }
                }
                continue;
            }
            inTable = false;
            // A level standing alone under the rating's heading ("Children's services rating 2009" / "Performs well (3)").
            // Or under the authority's name, a table's row whose cells pdftotext set a line each ("Hertfordshire County
            // Council" / "Performs well (3)").
            if (isLoneLevel(b) && previous != null && (RATING_NAMED.matcher(previous.text()).find()
                    || (previous.text().length() <= 80 && register.resolve(Document.quote(previous.text()), date).isPresent()))) {
                // Under "2009 annual rating" in a letter of 2010, the level is that year's rating, not the letter's.
                if (!rateOrEarlier(doc, b, previous.text(), date.getYear(), judgements)) {
                    rated = true;
                }
                previous = b;
                continue;
            }
            // A table's row as a PDF's text gives it, the authority's name and its level on one line ("Wirral  Performs well
            // (3)"), under its header or alone.
            Matcher named = NAME_AND_LEVEL.matcher(Document.quote(b.lines().get(b.lines().size() - 1)));
            // "2010 annual assessment Performs well (3)": a rating table's row of a label and a level, as a PDF's text
            // runs its cells together.
            if (b.lines().size() <= 2 && named.matches() && LEVEL_CELL.matcher(named.group(2)).matches()
                    && RATING_ROW_LABEL.matcher(named.group(1).strip()).matches()) {
                if (!rateOrEarlier(doc, b, named.group(1), date.getYear(), judgements)) {
                    rated = true;
                }
                previous = b;
                continue;
            }
            if (!rated && b.lines().size() <= 2 && named.matches() && LEVEL_CELL.matcher(named.group(2)).matches()
                    && register.resolve(named.group(1).strip(), date).isPresent()) {
                rateByLevel(doc, b, judgements);
                rated = true;
                previous = b;
                continue;
            }
            if (isLoneLevel(b)) {
                loneLevels.add(b);
            }
            previous = b;
            for (MappedText sentence : b.sentences()) {
                Optional<Integer> stated = ratingSentence(sentence, register, date, addressed);
                if (stated.isEmpty()) {
                    continue;
                }
                rated = true;
                judgements.add(Assessment.ANNUAL_RATING, Area.OVERALL, Grade.annualRating(stated.get()), doc.evidence(sentence));
                Matcher place = SUMMARY_PLACE.matcher(sentence);
                if (summaryName == null && place.find()) {
                    Optional<Authority> a = register.resolve(place.group(1), date, authorityWarnings);
                    if (a.isPresent()) {
                        summaryName = place.group(1);
                        summaryAuthority = a.get();
                    }
                }
            }
        }
        if (!rated && loneLevels.size() == 1) {
            rateByLevel(doc, loneLevels.get(0), judgements);
            rated = true;
        }
        if (!rated) {
            Optional<MarkedLevel> marked = markedOnScale(doc, lines).or(() -> levelStated(body));
            marked.ifPresent(m -> judgements.add(Assessment.ANNUAL_RATING, Area.OVERALL, Grade.annualRating(m.value()),
                    doc.evidence(m.text())));
            rated = marked.isPresent();
        }
        earlierRatings(doc, blocks, body, date.getYear(), register, addressed, judgements);
        List<String> ratingWarnings = new ArrayList<>();
        if (!rated) {
            // Kept with what else it says (its services, its figures), saying what is missing: a letter that states its
            // rating in a way not seen before is not lost whole.
            ratingWarnings.add("no rating read: no row such as \"Children's services rating  Performs well (3)\", no "
                    + "sentence such as \"Children's services in X perform well\" and no level marked on the scale; the "
                    + "letter is stored without its rating");
        }

        if (authority == null && summaryAuthority != null) {
            authority = summaryAuthority;
            authorityText = Document.quote(summaryName);
        }
        if (authority == null) {
            // An address of street and town only ("Trafford Town Hall, Talbot Road, Stretford, Manchester"): the
            // authority whose children's services the letter speaks of ("annual rating of children's services in Trafford").
            for (MappedText sentence : prose(body)) {
                Optional<String> named = servicesOf(sentence.toString(), register, date);
                if (named.isPresent()) {
                    authority = register.resolve(named.get(), date).orElseThrow();
                    authorityText = named.get();
                    break;
                }
            }
        }
        if (authority == null) {
            String found = summaryName != null ? summaryName
                    : !councilLines.isEmpty() ? Document.quote(councilLines.get(0)) : "(no council in the address)";
            throw new ExtractionException("no authority of the register matches \"" + found + "\"");
        }
        if (summaryAuthority != null && !summaryAuthority.equals(authority)) {
            throw new ExtractionException("the letter names two authorities: \"" + authorityText + "\" ("
                    + authority.name() + ") and \"" + summaryName + "\" (" + summaryAuthority.name() + ")");
        }

        List<String> inspectorates = Pattern.compile("\\bOfsted\\b").matcher(doc.cleanText()).find()
                ? List.of("Ofsted") : List.of();
        return new Report(ReportKind.ANNUAL_RATING_LETTER, doc.source(), date, Optional.empty(), authority,
                Optional.of(authorityText), addressee, signatory(lines.subList(Math.min(salutation, lines.size()), lines.size())),
                inspectorates, judgements.judgements(), List.of(), List.of(), List.of(), services(doc, body),
                figures(doc, body), concat(concat(judgements.warnings(), authorityWarnings), ratingWarnings));
    }

    /**
     * A row of the rating table: a label cell ("Children's services rating") and a cell holding only a
     * level ("Performs well (3)"). The scale's rows ("4  Performs excellently  An organisation that...")
     * have no label. The rating, if the row is one.
     */
    private static Optional<Integer> ratingRow(Document doc, Block row, Optional<Block> header, JudgementCollector judgements,
            AuthorityRegister register, LocalDate date) throws ExtractionException {
        List<MappedText> cells = row.cells();
        List<MappedText> levels = cells.stream().filter(c -> LEVEL_CELL.matcher(c).matches()).toList();
        // The row's own label says it is the rating ("Children's services rating"), or its table's header does
        // ("Children's services assessment | Outcome for 2009" over "Hertfordshire County Council | Performs well (3)").
        List<MappedText> labels = new ArrayList<>(cells);
        boolean authorityNamed = cells.stream().anyMatch(c -> !LEVEL_CELL.matcher(c).matches() && c.length() <= 80
                && register.resolve(Document.quote(c), date).isPresent());
        if (authorityNamed) {
            // A row of the authority's name and its level: the header says what the level is.
            header.ifPresent(h -> labels.addAll(h.cells()));
        }
        boolean labelled = labels.stream().anyMatch(c -> !LEVEL_CELL.matcher(c).matches() && RATING_LABEL.matcher(c).find());
        if (levels.size() != 1 || !labelled) {
            return Optional.empty();
        }
        MappedText cell = levels.get(0);
        // "2009 annual rating | Performs adequately (2)" above "2010 annual assessment | Performs well (3)": a row whose
        // label names an earlier year than the letter's gives the rating of that year, not the letter's.
        String label = String.join(" ", cells.stream().filter(c -> c != cell).map(MappedText::toString).toList());
        Optional<Integer> earlier = earlierLabelYear(label, date.getYear());
        if (earlier.isPresent()) {
            rateEarlier(doc, cell, row.text(), earlier.get(), judgements);
            return Optional.empty();
        }
        Matcher numbered = LEVEL_CELL.matcher(cell);
        if (numbered.matches() && numbered.group(1) != null) {
            // "4 - Performs excellently": the scale's number before the level.
            Matcher level = LEVEL.matcher(cell);
            level.find();
            if (Integer.parseInt(numbered.group(1)) != ratingValue(level.group(1))) {
                throw new ExtractionException("rating row gives " + numbered.group(1) + " for \"performs " + level.group(1)
                        + "\": \"" + Document.quote(cell) + "\"");
            }
        }
        Matcher m = LEVEL.matcher(cell);
        m.find();
        int value = ratingValue(m.group(1));
        if (m.group(2) != null) {
            int stated = m.group(2).length() > 2 ? 99 : Integer.parseInt(m.group(2));
            if (stated < 1 || stated > 4) {
                throw new ExtractionException("rating row gives grade " + m.group(2) + ", off the four-point scale: \""
                        + Document.quote(cell) + "\"");
            }
            if (stated != value) {
                throw new ExtractionException("rating row says \"performs " + m.group(1) + "\" but grade " + stated);
            }
        }
        judgements.add(Assessment.ANNUAL_RATING, Area.OVERALL, Grade.annualRating(value), doc.evidence(row.text()));
        return Optional.of(value);
    }

    /**
     * A sentence stating the authority's rating: it speaks of children's services (not of "a council that
     * performs poorly", nor in quotation marks), and names one level of the scale, not several as the
     * scale's explanation does ("Children's services in Oldham perform well", "Ofsted's judgement is that
     * children's services in X perform well", "Children's services in X have been rated Performs
     * excellently (grade 4)").
     */
    private static Optional<Integer> ratingSentence(MappedText sentence, AuthorityRegister register, LocalDate date,
            Optional<Authority> addressed) {
        String whole = sentence.toString();
        if (!Document.containsAsciiCase(whole, "perform")) {
            return Optional.empty();
        }
        // "is an adequately performing council": said as the scale says it.
        whole = LEVEL_BEFORE_PERFORMING.matcher(whole).replaceAll("$1 $3 performing $2");
        // A sentence of two statements that each state a level ("Last December ... were rated at level 2, performing
        // adequately; the 2010 assessment is level 3, performs well"): the one told of an earlier year is not the letter's.
        String[] statements = STATEMENT_BREAK.split(whole);
        if (statements.length > 1 && Arrays.stream(statements).filter(x -> !levelsIn(x).isEmpty()).count() > 1) {
            Set<Integer> stated = new HashSet<>();
            for (String statement : statements) {
                if (earlierYearToldOf(statement, date.getYear()).isEmpty()) {
                    ratingStatement(statement, register, date, addressed).ifPresent(stated::add);
                }
            }
            return stated.size() == 1 ? Optional.of(stated.iterator().next()) : Optional.empty();
        }
        return ratingStatement(whole, register, date, addressed);
    }

    /** The earlier year a statement is told of in the past ("in 2009 its services were judged ..."), if one. */
    private static Optional<Integer> earlierYearToldOf(String statement, int ratingYear) {
        return earlierYear(statement, ratingYear).filter(y -> PAST.matcher(statement).find()
                && !SAME_AS_IN.matcher(statement).find() && !THIS_YEAR.matcher(statement).find());
    }

    /** The level as an adjective before "performing": "an adequately performing council". */
    private static final Pattern LEVEL_BEFORE_PERFORMING = Pattern.compile("(?i)\\b(an?)\\s+(" + PERFORMS
            + ")[- ]performing\\s+((?:local\\s+)?(?:council|authority))\\b");
    /**
     * Words that deny the level just after them: "cannot be said to perform adequately", "falls short of performing
     * excellently", "does not yet perform well", "rather than performing poorly".
     */
    private static final Pattern DENIAL_BEFORE = Pattern.compile("(?i)(?:\\bnot|n't|\\bcannot|\\bnever|\\bno\\s+longer"
            + "|\\bshort\\s+of|\\bfail(?:s|ed|ing)?\\s+to|\\brather\\s+than|\\binstead\\s+of|\\bnor)(?:\\s+[\\w']+){0,3}\\s*$");

    /** Whether the level named at an offset of a statement is denied there, not stated. */
    private static boolean denied(String statement, int levelStart) {
        return DENIAL_BEFORE.matcher(statement.substring(Math.max(0, levelStart - 60), levelStart)).find();
    }

    private static Optional<Integer> ratingStatement(String s, AuthorityRegister register, LocalDate date,
            Optional<Authority> addressed) {
        Matcher m = LEVEL.matcher(s);
        Set<Integer> levels = new HashSet<>();
        List<Integer> starts = new ArrayList<>();
        while (m.find()) {
            if (denied(s, m.start())) {
                continue;
            }
            levels.add(ratingValue(m.group(1)));
            starts.add(m.start());
        }
        if (levels.size() != 1 || GENERIC_SUBJECT.matcher(s).find()) {
            return Optional.empty();
        }
        // The level's first mention; and where the sentence opens on the level (a heading run into its paragraph by
        // pdftotext -layout: "Performing well Oldham's services ... are performing well"), its later ones.
        for (int first : starts.get(0) == 0 ? starts : starts.subList(0, 1)) {
            String before = s.substring(0, first);
            // "the 2009 rating for children's services in Lambeth is 'performs adequately'", "2009 rating: performs
            // adequately": the level named as the rating's value, quoted or not.
            boolean ratingIs = RATING_IS.matcher(before).find();
            // "Ofsted has rated the children's services of the City of Salford as 'performs poorly'": a quoted level is the
            // complement of a rating verb, not a term spoken of.
            // "awarded the council the highest of its four ratings, 'performs excellently'": the level in apposition.
            ratingIs |= RATING_APPOSITION.matcher(before).find();
            boolean quoted = !ratingIs && !RATED_AS.matcher(before).find() && (before.endsWith("'") || before.endsWith("\"") || before.endsWith("\u2018")
                    || before.endsWith("\u201C"));
            // "Performs adequately (2): this is the rating Ofsted has given to children's services in Kirklees":
            // the level named first, the rest saying whose rating it is.
            boolean levelFirst = before.isBlank() && LEVEL_THEN_RATING.matcher(s.substring(first)).find();
            if (!quoted && (levelFirst || ratingIs || RATED_SUBJECT.matcher(before).find()
                    || namesAnAuthority(before, register, date, addressed))) {
                return Optional.of(levels.iterator().next());
            }
        }
        return Optional.empty();
    }

    /** Where a statement speaks of an earlier year: "in 2009", "2009's rating", "last year", "last December". */
    // Not a period ("2009-10", "2009/10", "2009\u201310"), which runs into the letter's year.
    private static final Pattern EARLIER_YEAR = Pattern.compile("(?i)\\b(?:in|for|during|of|at|since)\\s+((?:19|20)\\d{2})\\b(?!\\s*[/\u2013\u2014-])"
            + "|\\b((?:19|20)\\d{2})(?:'s)?\\s+(?:rating|assessment)\\b"
            + "|\\b(last\\s+(?:year|december)|(?:the\\s+)?(?:previous|preceding)\\s+year|a\\s+year\\s+(?:ago|earlier|before))\\b");
    /** "this year", "now": the statement is of the letter's own year. */
    private static final Pattern THIS_YEAR = Pattern.compile("(?i)\\b(?:this\\s+year|now|currently|this\\s+time)\\b");
    /**
     * The subject of an earlier year's rating: the authority's children's services or the council, not what pupils
     * or a service did ("pupils performed well").
     */
    private static final Pattern RATED_SERVICES = Pattern.compile("(?i)\\b(?:children's services|services for children"
            + "|(?:its|their|the council's|the authority's)\\s+services|the (?:local )?(?:council|authority)(?!'s\\s+(?!children's|services)))\\b");
    /** "a position it also held in 2009", "as in 2009", "unchanged from 2009": the same level in an earlier year. */
    private static final Pattern SAME_AS_IN = Pattern.compile("(?i)\\b(?:also|likewise)\\s+(?:held|had|achieved|received"
            + "|gained|attained|secured|was\\s+given|was\\s+awarded)\\b[^.;]{0,30}?\\b(?:in|for)\\s+((?:19|20)\\d{2})\\b"
            + "|\\b(?:the\\s+same\\s+(?:rating|level|position|grade)\\s+)?as\\s+(?:(?:it|they|the\\s+council|its\\s+services)\\s+"
            + "(?:was|were|did|had)\\s+)?(?:in|for)\\s+((?:19|20)\\d{2})\\b"
            + "|\\bunchanged\\s+(?:from|since)\\s+((?:19|20)\\d{2})\\b"
            // "the same as last year", "as it did the year before", "unchanged from last year": the year before the letter's.
            + "|\\b(?:(?:the\\s+same\\s+)?as|unchanged\\s+(?:from|since))\\s+(?:(?:it|they|the\\s+council|its\\s+services)\\s+"
            + "(?:was|were|did|had)\\s+)?(last\\s+year|(?:in\\s+)?the\\s+(?:previous|preceding)\\s+year|the\\s+year\\s+before)\\b");
    /** A statement in the past: an earlier year's rating is told in it ("were rated", "was judged", "received"). */
    private static final Pattern PAST = Pattern.compile("(?i)\\b(?:was|were|had|received|gained|achieved|got|earned|awarded)\\b");
    /** Where a sentence's statements part: a semicolon, "but", "whereas", "while". */
    private static final Pattern STATEMENT_BREAK = Pattern.compile("(?i)\\s*;\\s*|,?\\s+but\\s+|,\\s*(?:whereas|while)\\s+");

    /**
     * The ratings of earlier years a letter states: a statement of one level that speaks of an earlier year ("Last
     * December the council's children's services were rated at level 2, performing adequately"; "in 2009, when its
     * services were judged to meet only the minimum requirements"), the letter's own level said to be the same as
     * an earlier year's ("a position it also held in 2009"), and a rating table with a column per year.
     */
    private static void earlierRatings(Document doc, List<Block> blocks, List<Block> body, int ratingYear,
            AuthorityRegister register, Optional<Authority> addressed, JudgementCollector judgements) {
        LocalDate date = LocalDate.of(ratingYear, 12, 31);
        for (Block b : body) {
            if (b.kind() == Block.Kind.TABLE_ROW) {
                continue;
            }
            for (MappedText sentence : b.sentences()) {
                String s = sentence.toString();
                if (GENERIC_SUBJECT.matcher(s.strip()).find() || DESCRIBES_ANY.matcher(s).find()) {
                    continue;
                }
                Optional<Integer> own = ratingSentence(sentence, register, date, addressed);
                Matcher same = SAME_AS_IN.matcher(s);
                if (own.isPresent() && same.find()) {
                    int year = same.group(4) != null ? ratingYear - 1 : Integer.parseInt(same.group(1) != null ? same.group(1)
                            : same.group(2) != null ? same.group(2) : same.group(3));
                    if (year < ratingYear) {
                        judgements.addEarlier(Assessment.ANNUAL_RATING, Area.OVERALL, Grade.annualRating(own.get()), year,
                                doc.evidence(sentence));
                    }
                    continue;
                }
                for (String statement : STATEMENT_BREAK.split(s)) {
                    Optional<Integer> year = earlierYearToldOf(statement, ratingYear);
                    Set<Integer> levels = levelsIn(statement);
                    if (levels.size() == 1 && RATED_SERVICES.matcher(statement).find() && year.isPresent()) {
                        judgements.addEarlier(Assessment.ANNUAL_RATING, Area.OVERALL,
                                Grade.annualRating(levels.iterator().next()), year.get(), doc.evidence(sentence));
                    }
                }
            }
        }
        // "Assessment | 2009 | 2010" over "Level awarded | 2 - Performs adequately | 3 - Performs well".
        List<MappedText> years = List.of();
        for (Block b : blocks) {
            if (b.kind() != Block.Kind.TABLE_ROW) {
                years = List.of();
                continue;
            }
            List<MappedText> cells = b.cells();
            if (cells.stream().filter(c -> c.toString().strip().matches("(?:19|20)\\d{2}")).count() >= 2) {
                years = cells;
                continue;
            }
            for (int i = 0; i < Math.min(cells.size(), years.size()); i++) {
                String year = years.get(i).toString().strip();
                Matcher level = LEVEL.matcher(cells.get(i));
                if (year.matches("(?:19|20)\\d{2}") && Integer.parseInt(year) < ratingYear && level.find()
                        && LEVEL_CELL.matcher(cells.get(i).toString().replace("*", "").strip()).matches()) {
                    judgements.addEarlier(Assessment.ANNUAL_RATING, Area.OVERALL, Grade.annualRating(ratingValue(level.group(1))),
                            Integer.parseInt(year), doc.evidence(b.text()));
                }
            }
        }
    }

    /** The earlier year a statement speaks of, if one: a year before the rating's, or "last year" (the one before). */
    private static Optional<Integer> earlierYear(String statement, int ratingYear) {
        Set<Integer> years = new HashSet<>();
        for (Matcher m = EARLIER_YEAR.matcher(statement); m.find();) {
            years.add(m.group(3) != null ? ratingYear - 1 : Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)));
        }
        return years.size() == 1 && years.iterator().next() < ratingYear ? Optional.of(years.iterator().next()) : Optional.empty();
    }

    /** The levels a statement gives, in the scale's words, by its number, or by its description. */
    private static Set<Integer> levelsIn(String statement) {
        Set<Integer> levels = new HashSet<>();
        for (Matcher m = LEVEL.matcher(statement); m.find();) {
            if (!denied(statement, m.start())) {
                levels.add(ratingValue(m.group(1)));
            }
        }
        for (Matcher m = LEVEL_OF_FOUR.matcher(statement); m.find();) {
            ServiceStatements.number(m.group(1) != null ? m.group(1) : m.group(2)).ifPresent(levels::add);
        }
        for (Matcher m = DESCRIPTOR.matcher(statement); m.find();) {
            levels.add(descriptorLevel(m));
        }
        return levels;
    }

    /** "children's services in X", "X's services for children": whose services a sentence speaks of. */
    private static final Pattern SERVICES_OF = Pattern.compile("(?i:children's services (?:in|of|provided by)\\s+)"
            + "((?:[A-Z][\\w&-]*\\s*){1,5})|((?:[A-Z][\\w&-]*\\s+){0,4}[A-Z][\\w&-]*)'s\\s+(?i:(?:children's\\s+)?services)");

    /** The authority of the register a sentence names as the one whose children's services it speaks of. */
    private static Optional<String> servicesOf(String sentence, AuthorityRegister register, LocalDate date) {
        Matcher m = SERVICES_OF.matcher(sentence.replace('\u2019', '\''));
        while (m.find()) {
            String[] words = (m.group(1) != null ? m.group(1) : m.group(2)).strip().split("\\s+");
            // The longest run of the capitalised words that names an authority: "Trafford for 2009" is "Trafford".
            for (int n = words.length; n > 0; n--) {
                String name = String.join(" ", java.util.Arrays.copyOfRange(words, m.group(1) != null ? 0 : words.length - n,
                        m.group(1) != null ? n : words.length));
                if (register.resolve(name, date).isPresent()) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    /** A level of the scale a letter gives as its rating, and the text that gives it. */
    private record MarkedLevel(int value, MappedText text) {
    }

    /** A line of the scale: a level's number and words ("4 - Performs excellently"), or its words alone. */
    private static final Pattern SCALE_STEP = Pattern.compile("(?i)(?:\\b([1-4])\\b\\W{0,6})?" + LEVEL.pattern());
    /** What marks no step of a scale: nothing, an empty box or brackets, list bullets and rules. */
    private static final Pattern NO_MARK = Pattern.compile("^(?:\\[\\s*\\]|\\(\\s*\\)|[\u2610\u25A1\\-\u2013\u2022|]*)$");

    /**
     * The level marked on the scale when a letter lists the four levels and marks one, as a form does: a symbol before
     * it (a cross in its box, an arrow, a tick) where the others have none, or it alone in bold. Lines of the scale
     * are consecutive lines that each name one level; the marked one is the rating.
     */
    private static Optional<MarkedLevel> markedOnScale(Document doc, List<MappedText> lines) {
        Optional<MarkedLevel> found = Optional.empty();
        // The scale on one row labelled as the rating ("Level awarded | 2 - Performs adequately | **3 - Performs well**").
        for (MappedText line : lines) {
            if (onlyLevel(line).isEmpty() && RATING_LABEL_OR_LEVEL.matcher(line).find()) {
                Set<Integer> inBold = new HashSet<>();
                for (Matcher bold = BOLD.matcher(written(doc, line)); bold.find();) {
                    Matcher level = LEVEL.matcher(bold.group(1) != null ? bold.group(1) : bold.group(2));
                    while (level.find()) {
                        inBold.add(ratingValue(level.group(1)));
                    }
                }
                if (inBold.size() == 1) {
                    if (found.isPresent()) {
                        return Optional.empty();
                    }
                    found = Optional.of(new MarkedLevel(inBold.iterator().next(), line));
                }
            }
        }
        int i = 0;
        while (i < lines.size()) {
            List<MappedText> run = new ArrayList<>();
            Set<Integer> levels = new HashSet<>();
            for (Optional<Integer> level; i < lines.size() && (level = onlyLevel(lines.get(i))).isPresent(); i++) {
                run.add(lines.get(i));
                levels.add(level.get());
            }
            i = run.isEmpty() ? i + 1 : i;
            if (levels.size() < 3 || levels.size() != run.size()) {
                continue;
            }
            List<MappedText> marked = run.stream().filter(l -> isMarked(doc, l, run)).toList();
            if (marked.size() == 1) {
                if (found.isPresent()) {
                    return Optional.empty();
                }
                found = Optional.of(new MarkedLevel(onlyLevel(marked.get(0)).get(), marked.get(0)));
            }
        }
        return found;
    }

    /** The one level a line names, if it names one. */
    private static Optional<Integer> onlyLevel(MappedText line) {
        Matcher m = LEVEL.matcher(line);
        Set<Integer> levels = new HashSet<>();
        while (m.find()) {
            levels.add(ratingValue(m.group(1)));
        }
        return levels.size() == 1 ? Optional.of(levels.iterator().next()) : Optional.empty();
    }

    /** A mark in a column of its own after a step of the scale: "1 Performs poorly | Does not meet ... | X". */
    private static final Pattern TRAILING_MARK = Pattern.compile("(?i)\t\\s*(?:x|\u2713|\u2714|\u2717|\u2718|\u2612|\u25CF|\\*|yes)\\s*$");

    /** Whether a line of a scale carries a mark the other lines of its scale do not. */
    private static boolean isMarked(Document doc, MappedText line, List<MappedText> scale) {
        if (TRAILING_MARK.matcher(line).find()) {
            return scale.stream().filter(l -> TRAILING_MARK.matcher(l).find()).count() == 1;
        }
        if (bold(written(doc, line))) {
            return scale.stream().filter(l -> bold(written(doc, l))).count() == 1;
        }
        Matcher step = SCALE_STEP.matcher(line);
        if (!step.find()) {
            return false;
        }
        String before = line.toString().substring(0, step.start()).replaceAll("\\s+", "");
        return !NO_MARK.matcher(before).matches() && scale.stream().filter(l -> l != line).allMatch(other -> {
            Matcher o = SCALE_STEP.matcher(other);
            return o.find() && NO_MARK.matcher(other.toString().substring(0, o.start()).replaceAll("\\s+", "")).matches();
        });
    }

    private static final Pattern BOLD = Pattern.compile("(?i)\\*\\*(.+?)\\*\\*|<(?:b|strong)>(.+?)</(?:b|strong)>");
    private static final Pattern RATING_LABEL_OR_LEVEL = Pattern.compile("(?i)\\b(?:rating|rated|assessment|level|awarded)\\b");

    /** A line as the document writes it, with the emphasis its clean text drops ("**3 - Performs well**"). */
    private static String written(Document doc, MappedText line) {
        if (line.isBlank()) {
            return "";
        }
        // From the start to the end of the source's line: the marks around a line's text are outside its clean text.
        String source = doc.source().text();
        int start = source.lastIndexOf('\n', line.sourceStart(0)) + 1;
        int end = source.indexOf('\n', line.sourceEnd(line.length()));
        return source.substring(start, end < 0 ? source.length() : end);
    }

    private static boolean bold(String t) {
        return t.contains("**") || t.toLowerCase(Locale.ROOT).contains("<b>") || t.toLowerCase(Locale.ROOT).contains("<strong>");
    }

    /**
     * A level given by its number on the scale: "Level: 4 of 4", "band 2 of 4", "grade three out of four", "4 (performs
     * excellently)" (a table's cell that wraps over lines, joined).
     */
    private static final Pattern LEVEL_OF_FOUR = Pattern.compile("(?i)\\b(?:level|band|grade|point|step|position)\\b\\W{0,4}"
            + "([1-4]|one|two|three|four)\\s+(?:of|out of)\\s+(?:4|four)\\b|\\b([1-4])\\s*\\(\\s*(?:perform(?:s|ing)?\\s+)?" + PERFORMS
            + "\\s*\\)");

    /**
     * A level given by the scale's own description of it (as the letters print the scale: "An organisation that meets
     * only minimum requirements"): significantly exceeds 4, exceeds 3, meets only 2, does not meet 1.
     */
    private static final Pattern DESCRIPTOR = Pattern.compile("(?i)\\b(significantly\\s+exceed(?:s|ing|ed)?)"
            + "|\\b((?:does|do|did)\\s+not\\s+meet|fail(?:s|ing|ed)?\\s+to\\s+meet|below)(?=\\s+(?:the\\s+)?minimum requirements)"
            + "|\\b(meets?\\s+only|meeting\\s+only|only\\s+meets?|(?:to\\s+)?meet\\s+only)(?=\\s+(?:the\\s+)?minimum requirements)"
            + "|\\b(exceed(?:s|ing|ed)?|(?:consistently\\s+)?above)(?=\\s+(?:the\\s+)?minimum requirements)");

    /** The level a match of {@link #DESCRIPTOR} describes. */
    private static int descriptorLevel(Matcher m) {
        return m.group(1) != null ? 4 : m.group(2) != null ? 1 : m.group(3) != null ? 2 : 3;
    }

    /** The scale's description of any council ("An organisation that meets only minimum requirements"), not this one's. */
    private static final Pattern DESCRIBES_ANY = Pattern.compile(
            "(?i)\\b(?:an?|any)\\s+(?:organisation|council|authority|service|area)\\s+(?:that|which)\\b");

    /** A level given by its place on the scale: "the lowest of the four points", "the second highest on the scale". */
    private static final Pattern POSITION = Pattern.compile("(?i)\\b(?:the\\s+)?((?:second[- ])?(?:lowest|highest)|bottom|top)\\b"
            + "(?=[^.;]{0,30}\\b(?:of (?:the )?four|four[- ]point|4[- ]point|on the (?:rating )?scale|of the scale)\\b)");

    /**
     * The rating where a letter gives it by the scale's number, description or place ({@link #LEVEL_OF_FOUR},
     * {@link #DESCRIPTOR}, {@link #POSITION}) and in no form above: every such statement outside the scale's
     * explanation (a line naming two levels or more, or any council) gives the same level; one whose number and
     * words disagree ("3 (performs poorly)") gives none. A table row is read with the rows that continue its cells (first cell empty).
     */
    private static Optional<MarkedLevel> levelStated(List<Block> body) {
        Set<Integer> levels = new HashSet<>();
        MappedText first = null;
        List<MappedText> units = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Block before = null;
        for (Block b : body) {
            boolean continues = b.kind() == Block.Kind.TABLE_ROW && before != null && before.kind() == Block.Kind.TABLE_ROW
                    && !b.cells().isEmpty() && b.cells().get(0).isBlank() && !texts.isEmpty();
            if (continues) {
                texts.set(texts.size() - 1, texts.get(texts.size() - 1) + " " + b.text().toString().strip());
            } else {
                // Prose by its sentences: a line a printer wrapped may cut the scale's explanation ("from 4 (performs
                // excellently) down to 1 (performs" / "poorly)") into what reads as one level.
                boolean opening = true;
                for (MappedText unit : b.kind() == Block.Kind.TABLE_ROW ? b.lines() : b.sentences()) {
                    // A block that opens mid-sentence ("(performs poorly)." after "... down to 1"), where a printed
                    // page's lines were parted wrongly, goes on with the sentence before it.
                    boolean goesOn = opening && b.kind() != Block.Kind.TABLE_ROW && before != null
                            && before.kind() != Block.Kind.TABLE_ROW && !texts.isEmpty() && MID_SENTENCE.matcher(unit).lookingAt();
                    opening = false;
                    if (goesOn) {
                        texts.set(texts.size() - 1, texts.get(texts.size() - 1) + " " + unit);
                        continue;
                    }
                    units.add(unit);
                    texts.add(unit.toString());
                }
            }
            before = b;
        }
        // A key that numbers the levels as the scale does ("Band 3 - performs well: ..."): a band named by its number alone
        // ("placed in band 3") is that level; the key's own lines state no rating.
        List<Optional<Integer>> steps = texts.stream().map(AnnualRatingLetterReader::keyStep).toList();
        boolean keyed = steps.stream().filter(Optional::isPresent).count() >= 3 && steps.stream().allMatch(t -> t.orElse(0) >= 0);
        for (int i = 0; i < units.size(); i++) {
            String text = texts.get(i).replace('\t', ' ');
            if (GENERIC_SUBJECT.matcher(text.strip()).find() || DESCRIBES_ANY.matcher(text).find()
                    || (keyed && steps.get(i).isPresent())) {
                continue;
            }
            Set<Integer> here = new HashSet<>();
            boolean placed = keyed && RATED_SUBJECT.matcher(text).find();
            for (Matcher m = NUMBERED_PLACE.matcher(text); placed && m.find();) {
                here.add(ServiceStatements.number(m.group(1)).orElseThrow());
            }
            for (Matcher m = LEVEL_OF_FOUR.matcher(text); m.find();) {
                int value = ServiceStatements.number(m.group(1) != null ? m.group(1) : m.group(2)).orElseThrow();
                here.add(m.group(3) != null && ratingValue(m.group(3)) != value ? -1 : value);
            }
            for (Matcher m = DESCRIPTOR.matcher(text); m.find();) {
                here.add(descriptorLevel(m));
            }
            for (Matcher m = POSITION.matcher(text); m.find();) {
                String place = m.group(1).toLowerCase(Locale.ROOT);
                here.add(place.startsWith("second") ? (place.endsWith("lowest") ? 2 : 3)
                        : place.equals("lowest") || place.equals("bottom") ? 1 : 4);
            }
            if (here.contains(-1)) {
                return Optional.empty();
            }
            // A line naming two levels or more sets out the scale ("from 4 (performs excellently) to 1 (performs poorly)").
            if (here.size() == 1) {
                levels.addAll(here);
                first = first == null ? units.get(i).strip() : first;
            }
        }
        return levels.size() == 1 ? Optional.of(new MarkedLevel(levels.iterator().next(), first)) : Optional.empty();
    }

    /** A band, level or grade by its number alone ("placed in band 3"), which the letter's key ties to a level. */
    private static final Pattern NUMBERED_PLACE = Pattern.compile("(?i)\\b(?:band|level|grade)\\s+([1-4]|one|two|three|four)\\b"
            + "(?!\\s*(?:of|out of)\\b)");
    /** A step of the letter's key: "Band 3 - performs well", "Level 2: performs adequately". */
    private static final Pattern KEY_STEP = Pattern.compile("(?i)\\b(?:band|level|grade)\\s+([1-4])\\W{1,6}perform(?:s|ing)?\\s+"
            + PERFORMS + "\\b");

    /** A key's step in the text: 1 if its number is the level's on the scale, -1 if another, empty if it is no step. */
    private static Optional<Integer> keyStep(String text) {
        Matcher m = KEY_STEP.matcher(text);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1)) == ratingValue(m.group(2)) ? 1 : -1) : Optional.empty();
    }

    /** The letter's rating, as a block that states a level and nothing else ({@link #isLoneLevel}) gives it. */
    /**
     * The level of the block as the rating of the year its label (a heading or a row's first cell) names when that is
     * earlier than the letter's (true), else as the letter's own rating (false).
     */
    private static boolean rateOrEarlier(Document doc, Block b, CharSequence label, int letterYear, JudgementCollector judgements) {
        // Only a label says whose year the level is; a paragraph before a level may speak of any year.
        Optional<Integer> earlier = earlierLabelYear(label.length() <= 80 ? label : "", letterYear);
        if (earlier.isPresent()) {
            rateEarlier(doc, b.text(), b.text(), earlier.get(), judgements);
            return true;
        }
        rateByLevel(doc, b, judgements);
        return false;
    }

    /** The one year a rating's label names ("2009 annual rating"), where it is before the letter's. */
    private static Optional<Integer> earlierLabelYear(CharSequence label, int letterYear) {
        Set<Integer> years = new HashSet<>();
        for (Matcher y = YEAR.matcher(label); y.find();) {
            years.add(Integer.parseInt(y.group()));
        }
        return years.size() == 1 && years.iterator().next() < letterYear ? Optional.of(years.iterator().next()) : Optional.empty();
    }

    /** The level a text states, as the rating of an earlier year, with the row or block it stands in as evidence. */
    private static void rateEarlier(Document doc, CharSequence level, MappedText evidence, int year, JudgementCollector judgements) {
        Matcher m = LEVEL.matcher(level);
        m.find();
        judgements.addEarlier(Assessment.ANNUAL_RATING, Area.OVERALL, Grade.annualRating(ratingValue(m.group(1))), year,
                doc.evidence(evidence));
    }

    /** A rating table's label: "2009 annual rating", "Annual assessment 2010", "Rating awarded". */
    private static final Pattern RATING_ROW_LABEL = Pattern.compile("(?i)^(?:(?:19|20)\\d{2}\\s+)?(?:children's services\\s+)?"
            + "(?:annual\\s+)?(?:rating|assessment)(?:\\s+(?:awarded|given|for\\s+(?:19|20)\\d{2}|(?:19|20)\\d{2}))?:?$");

    private static void rateByLevel(Document doc, Block b, JudgementCollector judgements) {
        Matcher level = LEVEL.matcher(b.text());
        level.find();
        judgements.add(Assessment.ANNUAL_RATING, Area.OVERALL, Grade.annualRating(ratingValue(level.group(1))),
                doc.evidence(b.text()));
    }

    /**
     * A block that is a level and nothing else, not a step of the scale ("4 - Performs excellently"); labelled as
     * the rating, its number may go with it ("Rating 4 (performs excellently)", a table's row as a PDF's text).
     */
    private static boolean isLoneLevel(Block b) {
        Matcher m = LEVEL_CELL.matcher(b.text());
        return m.matches() && (m.group(1) == null || (RATING_FIRST.matcher(b.text()).lookingAt()
                && ratingValue(m.group(2)) == Integer.parseInt(m.group(1))));
    }

    private static final Pattern RATING_FIRST = Pattern.compile("(?i)^rating\\b");
    private static final Pattern NAME_AND_LEVEL = Pattern.compile("(?i)^(.{2,60}?)\\s+((?:[1-4]\\s*[-\u2013:.]?\\s*)?performs?\\s+\\S.*)$");
    private static final Pattern MID_SENTENCE = Pattern.compile("^\\s*(?:\\(|\\p{Ll})");

    /**
     * A table row of a short label and a level and nothing else ("2009 | Performs excellently"); not a row of the
     * scale, whose label is its number or whose other cell describes any council ("An organisation that ...").
     */
    private static boolean isLabelAndLevel(Block row) {
        List<MappedText> cells = row.cells().stream().filter(c -> !c.isBlank()).toList();
        if (cells.size() != 2) {
            return false;
        }
        long levels = cells.stream().filter(c -> LEVEL_CELL.matcher(c).matches()).count();
        MappedText label = cells.stream().filter(c -> !LEVEL_CELL.matcher(c).matches()).findFirst().orElse(null);
        return levels == 1 && label != null && label.length() <= 80 && !label.toString().strip().matches("[1-4]")
                && !GENERIC_SUBJECT.matcher(label).find();
    }

    /** Words that make the level after them the rating's value: "rating ... is '", "rating:". */
    private static final Pattern RATING_IS = Pattern.compile(
            "(?i)\\b(?:rating|assessment)\\b[^.;]{0,80}?(?::|\\s[-\u2013\u2014]|\\bis|\\bwas|\\bremains)\\s*['\"\u2018\u201C]?\\s*$"
                    // "The rating for Enfield is the second lowest of the four on the scale - 'Performs adequately'": the
                    // sentence's subject the rating, its verb "is", the level its complement however far after.
                    + "|(?i)^(?:the|its)\\s+(?:\\d{4}\\s+)?(?:rating|assessment)(?:\\s+(?:for|of)\\s+[^.;]{1,60}?)?\\s+(?:is|was|remains)\\b[^.;]{0,100}$");

    /** A rating verb and "as" or "at" just before a quoted level: "has rated ... as '", "were judged at “". */
    private static final Pattern RATED_AS = Pattern.compile(
            "(?i)\\b(?:rated|judged|assessed|graded|placed)\\b[^.;]{0,100}?\\b(?:as|at)\\s*['\"\u2018\u201C]\\s*$");

    private static final String RATING_VERB_ACTIVE = "(?:rate[sd]?|judge[sd]?|assess(?:es|ed)?|grade[sd]?|place[sd]?"
            + "|consider(?:s|ed)?|regard(?:s|ed)?)";
    private static final String RATING_VERB_PASSIVE = "(?:rated|judged|assessed|graded|placed|considered|regarded)";
    /** The rating named just before the level, in apposition: "the highest of its four ratings, 'performs excellently'". */
    // "the top grade for 2009, 'performs excellently'", "the council's 2009 rating of 'performs well'": the level named as
    // the rating, grade or band itself.
    private static final Pattern RATING_APPOSITION = Pattern.compile("(?i)\\b(?:ratings?|grades?|bands?)(?:\\s+(?:for|in)\\s+(?:19|20)\\d{2})?"
            + "\\s*,\\s*['\"\u2018\u201C]\\s*$|\\b(?:rating|grade|band)\\s+of\\s*['\"\u2018\u201C]\\s*$");
    /** A rating verb, its object and "as" (or "as a council that") just before the level. */
    private static final Pattern RATED_OBJECT = Pattern.compile("(?i)\\b" + RATING_VERB_ACTIVE + "\\s+(.{3,80}?)\\s+as\\s+"
            + "(?:(?:a|an|one)\\s+(?:[\\w-]+\\s+){0,2}?(?:council|authority|area)\\s+(?:that|which)\\s+)?$");
    /** The subject of a passive rating verb just before the level ("Northumberland is rated as"). */
    private static final Pattern RATED_PASSIVE = Pattern.compile("(?i)(?:^|[,:;]\\s*|\\bthat\\s+)([^,:;]{3,80}?)\\s+"
            + "(?:is|are|was|were|has been|have been)\\s+" + RATING_VERB_PASSIVE + "(?:\\s+(?:as|to be))?\\s+$");
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");

    /** After a level that opens its sentence: a colon or dash, then the rating of children's services. */
    private static final Pattern LEVEL_THEN_RATING = Pattern.compile(
            "(?i)^[^:\u2013\u2014]{0,40}[:\u2013\u2014-]\\s.*\\brating\\b.*\\b(?:children's services|services for children)\\b");

    /** The opening of the clause whose subject comes last before the level: the sentence's start, "that", a comma. */
    private static final Pattern SUBJECT_START = Pattern.compile("(?i)^|\\bthat\\s+|[,:]\\s*");

    /**
     * Whether the subject before the level is an authority by any of its names ("Ofsted has judged that the
     * City of Liverpool performs well"): the whole phrase from the clause's opening, not a name within it
     * ("Pupils in Liverpool perform well" is about pupils).
     */
    private static boolean namesAnAuthority(String before, AuthorityRegister register, LocalDate date, Optional<Authority> addressed) {
        // "Ofsted rates the Metropolitan Borough of Bury as a council that performs well", "For the 2009 rating, ...,
        // Northumberland is rated as performing adequately": the authority a rating verb takes as its object, or
        // the subject of its passive.
        for (Pattern rated : List.of(RATED_OBJECT, RATED_PASSIVE)) {
            Matcher named = rated.matcher(before);
            if (named.find() && isAddressed(register.resolve(named.group(1).strip(), date), addressed)) {
                return true;
            }
        }
        Matcher m = SUBJECT_START.matcher(before);
        int start = 0;
        while (m.find()) {
            start = m.end();
        }
        String subject = before.substring(start).strip();
        return !subject.isEmpty() && subject.length() <= 80 && isAddressed(register.resolve(subject, date), addressed);
    }

    /** Whether a named authority is the letter's: the one its address names, or any where the address names none. */
    private static boolean isAddressed(Optional<Authority> named, Optional<Authority> addressed) {
        return named.isPresent() && (addressed.isEmpty() || addressed.equals(named));
    }

    /** What the letter's prose says of each kind of service. */
    private static List<ServiceJudgement> services(Document doc, List<Block> body) {
        ServiceStatements services = new ServiceStatements(doc);
        // The grade each column counts, under a table's header of grades ("Kind of setting | Outstanding | Good ...").
        List<Optional<Grade>> gradeColumns = List.of();
        List<Grade> lineGrades = List.of();
        for (Block b : body) {
            if (b.kind() == Block.Kind.TABLE_ROW) {
                List<Optional<Grade>> header = ServiceStatements.gradeColumns(b.cells());
                if (!header.isEmpty()) {
                    gradeColumns = header;
                } else if (!gradeColumns.isEmpty()) {
                    services.readRow(b, gradeColumns);
                }
                continue;
            }
            gradeColumns = List.of();
            // The same table as a PDF's text sets it: a line of its header's words, then a line per row.
            ServiceStatements.TableLines table = services.readTableLines(b, lineGrades);
            List<MappedText> lines = b.lines();
            lineGrades = table.lines() == lines.size() ? table.grades() : List.of();
            if (table.lines() == lines.size()) {
                continue;
            }
            services.newParagraph();
            if (table.lines() == 0) {
                b.sentences().forEach(services::read);
            } else {
                MappedText rest = lines.get(table.lines());
                for (MappedText line : lines.subList(table.lines() + 1, lines.size())) {
                    rest = rest.join(" ", line);
                }
                Sentences.split(rest).forEach(services::read);
            }
        }
        return services.judgements();
    }

    /**
     * The figures the letter's prose states, a list's items measured by what introduces the list, and those of a
     * table of figures ("Initial assessments completed within 7 working days | 81% | 72%").
     */
    private static List<Statistic> figures(Document doc, List<Block> body) {
        List<Statistic> figures = new ArrayList<>();
        String leadIn = "";
        Figures.TableOfFigures table = new Figures.TableOfFigures();
        for (Block b : body) {
            if (b.kind() == Block.Kind.TABLE_ROW) {
                figures.addAll(table.row(doc, b));
                continue;
            }
            table.end();
            leadIn = Figures.inBlock(doc, b, leadIn, figures);
        }
        return Figures.followOn(figures);
    }

    /** The sentences of the letter's body (see {@link #body}), not its tables'. */
    private static List<MappedText> prose(List<Block> body) {
        return body.stream().filter(b -> b.kind() != Block.Kind.TABLE_ROW).flatMap(b -> b.sentences().stream())
                .toList();
    }

    /**
     * The blocks of the letter's body: its paragraphs, lists' items and tables' rows after the salutation, not
     * the letterhead's street numbers and telephone numbers nor the address.
     */
    private static List<Block> body(Document doc) {
        List<Block> body = new ArrayList<>();
        boolean salutationSeen = false;
        for (Block b : doc.blocks()) {
            // The salutation opens a line: its own block, or the last line of the address's (no blank line between).
            salutationSeen |= b.lines().stream().anyMatch(l -> SALUTATION.matcher(l.strip()).find());
            if (salutationSeen) {
                body.add(b);
            }
        }
        if (body.isEmpty()) {
            // A memo ("To: ... From: ... Date: ... Subject: ...") greets no one: its body follows the block of its date.
            boolean dated = false;
            for (Block b : doc.blocks()) {
                if (dated) {
                    body.add(b);
                }
                dated |= b.lines().stream().anyMatch(l -> DATE_LINE.matcher(l.strip()).matches()
                        || DATE_LABEL_LAST.matcher(l.strip()).find());
            }
        }
        return body;
    }

    private static final Pattern MEMO_TO = Pattern.compile("(?i)^[*_]{0,2}to[*_]{0,2}\\s*:[*_]{0,2}\\s*(?=\\S)");
    private static final Pattern MEMO_LABEL = Pattern.compile("^[*_]{0,2}[A-Z][A-Za-z' ]{1,20}[*_]{0,2}\\s*:");

    /** A memo's addressee: the lines of its "To:" field (name, role, organisation), up to the next field's label. */
    private static Optional<List<MappedText>> memoAddressee(List<MappedText> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher to = MEMO_TO.matcher(lines.get(i));
            if (to.lookingAt()) {
                List<MappedText> field = new ArrayList<>(List.of(lines.get(i).slice(to.end(), lines.get(i).length())));
                for (int j = i + 1; j < lines.size() && !MEMO_LABEL.matcher(lines.get(j)).lookingAt(); j++) {
                    field.add(lines.get(j));
                }
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** The letter's non-blank lines, in order, stripped. */
    /** The letter's lines; an HTML letter's line breaks ("<br>" in an address block) part lines too. */
    private static List<MappedText> lines(List<Block> blocks) {
        List<MappedText> lines = new ArrayList<>();
        blocks.forEach(b -> b.lines().stream().flatMap(l -> l.split(LINE_BREAK).stream()).map(MappedText::strip)
                .filter(l -> !l.isBlank()).forEach(lines::add));
        return lines;
    }

    private static final Pattern LINE_BREAK = Pattern.compile(String.valueOf(Document.ITEM_BREAK));

    /**
     * The last role line after the salutation and the person's name just above it. Never above the
     * salutation, where the addressee's name and role are.
     */
    private static Optional<Person> signatory(List<MappedText> lines) {
        for (int i = lines.size() - 1; i > 0; i--) {
            if (!ROLE.matcher(lines.get(i)).matches()) {
                continue;
            }
            for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
                if (PERSON_NAME.matcher(lines.get(j)).matches()) {
                    return Optional.of(new Person(Document.quote(lines.get(j)), Document.quote(lines.get(i))));
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        // The council line and the summary sentence may each name an authority outside its life: one warning.
        return List.copyOf(new java.util.LinkedHashSet<>(Stream.concat(a.stream(), b.stream()).toList()));
    }
}
