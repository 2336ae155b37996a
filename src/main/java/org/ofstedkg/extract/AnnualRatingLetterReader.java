package org.ofstedkg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import java.util.regex.Pattern;

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
    private static final String RATING_ROW_PHRASE = "children's services rating";
    /** The rating row: "Children's services rating  Performs well (3)", not the scale every letter prints. */
    private static final Pattern RATING_ROW = Pattern.compile(
            RATING_ROW_PHRASE + "[\\s:]+performs\\s+" + PERFORMS + "\\s*\\((\\d+)\\)", Pattern.CASE_INSENSITIVE);
    private static final String TITLE_PHRASE = "children's services annual rating";
    private static final Pattern SUMMARY = Pattern.compile(
            "^Children's services in (.+?) performs?\\s+" + PERFORMS + "\\.?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_LINE = Pattern.compile("^" + Dates.DATE_REGEX + "$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SALUTATION = Pattern.compile("^Dear\\b");
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
        String text = document.cleanText().toString();
        return (Document.containsAsciiCase(text, RATING_ROW_PHRASE) && RATING_ROW.matcher(text).find())
                || Document.containsAsciiCase(text, TITLE_PHRASE);
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
        int dateLine = -1;
        LocalDate date = null;
        for (int i = 0; i < lines.size() && date == null; i++) {
            Matcher m = DATE_LINE.matcher(lines.get(i));
            if (m.matches()) {
                date = Dates.parse(m).orElse(null);
                dateLine = i;
            }
        }
        if (date == null) {
            throw new ExtractionException("annual rating letter with no date line (such as \"9 December 2009\")");
        }

        JudgementCollector judgements = new JudgementCollector();
        List<String> authorityWarnings = new ArrayList<>();
        List<String> ratingTexts = new ArrayList<>();
        Authority summaryAuthority = null;
        String summaryName = null;
        for (Block b : blocks) {
            Matcher row = RATING_ROW.matcher(b.text());
            while (row.find()) {
                int value = row.group(2).length() > 2 ? 99 : Integer.parseInt(row.group(2));
                if (value < 1 || value > 4) {
                    throw new ExtractionException("rating row gives grade " + row.group(2) + ", off the four-point scale: \""
                            + Document.quote(row.group()) + "\"");
                }
                if (ratingValue(row.group(1)) != value) {
                    throw new ExtractionException("rating row says \"performs " + row.group(1) + "\" but grade " + value);
                }
                ratingTexts.add(Document.quote(row.group()));
                judgements.add(Assessment.ANNUAL_RATING, Area.OVERALL, Grade.annualRating(value),
                        doc.evidence(b.text().slice(row.start(), row.end())));
            }
        }
        if (ratingTexts.isEmpty()) {
            throw new ExtractionException("annual rating letter with no rating row "
                    + "(\"Children's services rating  Performs <level> (<1-4>)\")");
        }
        if (!judgements.warnings().isEmpty()) {
            throw new ExtractionException("annual rating letter with " + ratingTexts.size()
                    + " different rating rows: " + String.join("; ", ratingTexts));
        }
        // "Children's services in X perform well." restates the rating and names the council.
        for (Block b : blocks) {
            for (MappedText sentence : b.sentences()) {
                Matcher m = SUMMARY.matcher(sentence);
                if (m.matches()) {
                    summaryName = m.group(1);
                    summaryAuthority = register.resolve(summaryName, date, authorityWarnings).orElse(null);
                    judgements.add(Assessment.ANNUAL_RATING, Area.OVERALL,
                            Grade.annualRating(ratingValue(m.group(2))), doc.evidence(sentence));
                }
            }
        }

        // The address follows the date: name, role, council, address lines, postcode; then "Dear ...".
        int salutation = dateLine + 1;
        while (salutation < lines.size() && !SALUTATION.matcher(lines.get(salutation)).find()) {
            salutation++;
        }
        List<MappedText> address = lines.subList(dateLine + 1, salutation);
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
        if (authority == null && summaryAuthority != null) {
            authority = summaryAuthority;
            authorityText = Document.quote(summaryName);
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
                inspectorates, judgements.judgements(), List.of(), List.of(), List.of(), services(doc),
                figures(doc), concat(judgements.warnings(), authorityWarnings));
    }

    /** What the letter's prose says of each kind of service. */
    private static List<ServiceJudgement> services(Document doc) {
        ServiceStatements services = new ServiceStatements(doc);
        prose(doc).forEach(services::read);
        return services.judgements();
    }

    /** The figures the letter's prose states. */
    private static List<Statistic> figures(Document doc) {
        return prose(doc).stream().flatMap(s -> Figures.in(doc, s).stream()).toList();
    }

    /**
     * The sentences of the letter's body: its paragraphs after the salutation, not the letterhead's
     * street numbers and telephone numbers nor the address.
     */
    private static List<MappedText> prose(Document doc) {
        List<MappedText> sentences = new ArrayList<>();
        boolean body = false;
        for (Block b : doc.blocks()) {
            body |= SALUTATION.matcher(b.text()).find();
            if (body && (b.kind() == Block.Kind.PARAGRAPH || b.kind() == Block.Kind.NUMBERED)) {
                sentences.addAll(b.sentences());
            }
        }
        return sentences;
    }

    /** The letter's non-blank lines, in order, stripped. */
    private static List<MappedText> lines(List<Block> blocks) {
        List<MappedText> lines = new ArrayList<>();
        blocks.forEach(b -> b.lines().stream().map(MappedText::strip).filter(l -> !l.isBlank()).forEach(lines::add));
        return lines;
    }

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
