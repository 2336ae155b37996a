package org.ofstedkg.extract.prose;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a figure measures, as a concept of the measures scheme ({@code okg:measures}): read from the words
 * that follow the figure ("167 childminders", "22% of the total population"), else from those of its clause
 * before it ("the proportion of children entitled to free school meals: in primary schools is 16%"). A
 * figure none of these rules names has no measure: it is stored as one whose measure could not be told,
 * never given a filler word. Each rule names a thing counted across report kinds and years, so that a
 * researcher can compare authorities; the rules are tried in order, the more specific first.
 */
public final class Measures {

    /** A concept of the scheme: its notation, label, and the words that name it. */
    public record Measure(String slug, String label, Pattern words) {
        Measure(String slug, String label, String regex) {
            this(slug, label, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
        }
    }

    /** The scheme, most specific first; the ontology lists the same notations (a test checks). */
    public static final List<Measure> SCHEME = List.of(
            new Measure("children-subsequently-returned", "Children who returned to care after ceasing to be looked after",
                    "\\bsubsequently\\s+returned\\b"),
            new Measure("children-ceased-to-be-looked-after", "Children who ceased to be looked after",
                    "\\bceased\\s+to\\s+be\\s+looked\\s+after\\b|\\bceased\\s+to\\s+be\\s+in\\s+care\\b"),
            new Measure("children-looked-after-living-out-of-area", "Children looked after living outside the authority's area",
                    "\\blive[sd]?\\s+(?:out(?:side)?\\s+(?:of\\s+)?the\\s+(?:local\\s+)?(?:authority|area|borough|county|city))"
                            + "|\\bplaced\\s+out(?:side)?\\s+of\\b|\\bout[- ]of[- ](?:area|county|borough)\\s+placements?\\b"),
            new Measure("children-looked-after-in-foster-placements", "Children looked after living with foster families",
                    "\\blive[sd]?\\s+(?:with|in)\\s+(?:\\w+\\s+)?foster\\b|\\bfoster\\s+(?:families|placements?|care)\\b"),
            new Measure("children-looked-after-placed-with-parents", "Children looked after living with their parents",
                    "\\blive[sd]?\\s+with\\s+(?:their\\s+)?parents\\b|\\bplaced\\s+with\\s+(?:their\\s+)?parents\\b"),
            new Measure("unaccompanied-asylum-seeking-children", "Unaccompanied asylum-seeking children",
                    "\\bunaccompanied\\b"),
            new Measure("children-looked-after-in-area", "Children looked after living in the authority's area",
                    "\\blive[sd]?\\s+in\\s+the\\s+(?:local\\s+)?(?:authority|area|borough|county|city)(?:\\s+area)?\\b"),
            new Measure("adoptions", "Children adopted", "\\badopt(?:ed|ions?)\\b|\\badoption\\s+orders?\\b"),
            new Measure("special-guardianship-orders", "Special guardianship orders", "\\bspecial\\s+guardianship\\b"),
            new Measure("child-protection-plans", "Children subject to a child protection plan",
                    "\\bchild\\s+protection\\s+plans?\\b"),
            new Measure("children-in-need", "Children in need", "\\b(?:formally\\s+)?in\\s+need\\b"),
            new Measure("care-leavers", "Care leavers", "\\bcare\\s+leavers?\\b|\\bleaving\\s+care\\b"),
            new Measure("children-looked-after", "Children looked after",
                    "\\blooked[- ]after\\b|\\bin\\s+(?:the\\s+)?care\\s+of\\s+the\\b|\\bchildren\\s+in\\s+care\\b"),
            new Measure("serious-incident-notifications", "Serious incident notifications", "\\bserious\\s+incident"),
            new Measure("serious-case-reviews", "Serious case reviews", "\\bserious\\s+case\\s+reviews?\\b|\\bSCRs?\\b"),
            new Measure("childrens-homes", "Children's homes", "\\bchildren'?s\\s+homes?\\b"),
            new Measure("fostering", "Foster carers and fostering households", "\\bfoster(?:ing|\\s+carers?|\\s+homes?)\\b"),
            new Measure("referrals", "Referrals to children's social care", "\\breferrals?\\b"),
            new Measure("children-in-poverty", "Children living in poverty", "\\bpoverty\\b|\\blow[- ]income\\s+famil"),
            new Measure("free-school-meals-primary", "Pupils of primary schools entitled to free school meals",
                    "\\bfree\\s+school\\s+meals?\\b.{0,60}\\bprimary\\b"),
            new Measure("free-school-meals-secondary", "Pupils of secondary schools entitled to free school meals",
                    "\\bfree\\s+school\\s+meals?\\b.{0,60}\\bsecondary\\b"),
            new Measure("free-school-meals", "Pupils entitled to free school meals", "\\bfree\\s+school\\s+meals?\\b"),
            new Measure("minority-ethnic-children", "Children from minority ethnic groups",
                    "\\bminority\\s+ethnic\\b|\\bblack\\s+and\\s+minority\\b|\\bethnic\\s+minorit"),
            new Measure("english-additional-language-primary", "Pupils of primary schools with English as an additional language",
                    "\\benglish\\s+as\\s+an\\s+additional\\s+language\\b.{0,60}\\bprimary\\b"),
            new Measure("english-additional-language-secondary", "Pupils of secondary schools with English as an additional language",
                    "\\benglish\\s+as\\s+an\\s+additional\\s+language\\b.{0,60}\\bsecondary\\b"),
            new Measure("english-additional-language", "Pupils with English as an additional language",
                    "\\benglish\\s+as\\s+an\\s+additional\\s+language\\b|\\bfirst\\s+language\\s+(?:is\\s+)?not\\s+english\\b"),
            new Measure("not-in-education-employment-training", "Young people not in education, employment or training",
                    "\\bnot\\s+in\\s+education,?\\s+employment\\s+or\\s+training\\b|\\bNEET\\b"),
            new Measure("teenage-conceptions", "Teenage conceptions", "\\bconceptions?\\b|\\bpregnanc"),
            new Measure("first-time-entrants", "First-time entrants to the youth justice system",
                    "\\bfirst[- ]time\\s+entrants?\\b"),
            new Measure("exclusions", "Exclusions from school", "\\bexclu(?:sions?|ded)\\b"),
            new Measure("attendance-and-absence", "School attendance and absence", "\\battendance\\b|\\babsence\\b|\\babsent\\b"),
            new Measure("pupils-achieving-gcse-threshold", "Pupils gaining five or more good GCSEs",
                    "\\bGCSEs?\\b|\\bA\\*?\\s*-\\s*C\\b"),
            new Measure("pupils-achieving-key-stage-level", "Pupils reaching the expected level at a key stage",
                    "\\bkey\\s+stages?\\b|\\blevel\\s+4\\b"),
            new Measure("special-educational-needs", "Pupils with special educational needs or statements",
                    "\\bspecial\\s+educational\\s+needs?\\b|\\bstatements?\\b(?!\\s+of\\s+(?:purpose|action))"),
            new Measure("childminders", "Childminders", "\\bchildminders?\\b|\\bchild\\s+minders?\\b"),
            new Measure("childrens-centres", "Children's centres", "\\bchildren'?s\\s+centres?\\b"),
            new Measure("childcare-settings", "Childcare and early years settings",
                    "\\b(?:childcare|day\\s*care|early\\s+years|nursery|nurseries|pre-?schools?|playgroups?)\\b"),
            new Measure("special-schools", "Special schools", "\\bspecial\\s+schools?\\b"),
            new Measure("pupil-referral-units", "Pupil referral units", "\\bpupil\\s+referral\\s+units?\\b|\\bPRUs?\\b"),
            new Measure("primary-schools", "Primary schools", "\\bprimary\\s+(?:and\\s+\\w+\\s+)?schools?\\b|\\bprimary\\b"),
            new Measure("secondary-schools", "Secondary schools", "\\bsecondary\\s+schools?\\b|\\bsecondary\\b"),
            new Measure("further-education", "Further education colleges and sixth forms",
                    "\\b(?:further\\s+education|sixth[- ]forms?|colleges?)\\b"),
            new Measure("schools", "Schools", "\\bschools?\\b|\\bacademies\\b"),
            new Measure("social-workers", "Social workers and their caseloads",
                    "\\bsocial\\s+workers?\\b|\\bcaseloads?\\b|\\bvacanc(?:y|ies)\\b|\\bagency\\s+staff\\b"),
            new Measure("young-carers", "Young carers", "\\byoung\\s+carers?\\b"),
            new Measure("unemployment", "Unemployment", "\\bunemploy(?:ment|ed)\\b"),
            new Measure("spending", "Spending and budgets", "\\bpooled\\b|\\bbudget\\b|\\bspen[dt]\\b|\\bspending\\b|\\bfunding\\b|\\bcosts?\\b|\\bsavings?\\b|\\binvest"),
            new Measure("children-and-young-people", "Children and young people of the area (population under 18)",
                    "\\b(?:children\\s+and\\s+young\\s+people|children)\\s+(?:and\\s+young\\s+people\\s+)?(?:aged\\s+)?under\\s+(?:the\\s+age\\s+of\\s+)?18\\b"
                            + "|\\bof\\s+the\\s+total\\s+population\\b|\\ball\\s+children\\s+living\\s+in\\b"
                            + "|\\baged\\s+(?:under\\s+(?:1[89]|20)|0\\s*(?:-|to)\\s*1[789])\\b"),
            new Measure("population", "Population", "\\bpopulation\\b|\\binhabitants\\b|\\bresidents\\b|\\bpeople\\s+live\\b"));

    /** What opens a bracket that restates a figure: "(", "(or ". */
    private static final Pattern RESTATED = Pattern.compile("(?i)\\s*(?:or\\s*)?");
    /** A bracket that restates the figure before it: "(51%)", "(or 34%)". */
    private static final Pattern RESTATEMENT = Pattern.compile("(?i)\\(\\s*(?:or\\s+)?[\\d.,]+\\s*%?\\s*\\)");

    /** How far after a figure its words are looked for, and how far before it its clause's. */
    private static final int REACH = 90;
    private static final int REACH_BEFORE = 120;

    private Measures() {
    }

    /**
     * The measure of the figure at [start, end) of the sentence: named by the words after it (up to the next
     * figure or clause end), else by the words of its clause before it, after what introduces the list it is in
     * ({@code leadIn}: "The proportion of children entitled to free school meals:").
     */
    public static Optional<Measure> of(String sentence, int start, int end, int nextFigure, int previousFigure,
            String leadIn) {
        // A figure in brackets restating another ("174 (or 51%) live outside ...") measures what follows the
        // brackets, and so does the one before them; a figure in brackets of other words ("(the national average
        // is 15%)") measures what its own clause says.
        int from = end;
        while (from < sentence.length() && Character.isWhitespace(sentence.charAt(from))) {
            from++;
        }
        if (from < sentence.length() && sentence.charAt(from) == ')') {
            int open = sentence.lastIndexOf('(', start);
            from = open >= 0 && RESTATED.matcher(sentence.substring(open + 1, start)).matches() ? from + 1
                    : sentence.length();
        } else if (from < sentence.length() && sentence.charAt(from) == '(') {
            Matcher restated = RESTATEMENT.matcher(sentence).region(from, sentence.length());
            if (restated.lookingAt()) {
                from = restated.end();
                nextFigure = sentence.length(); // the figure in the bracket is passed; the clause's end bounds the words
            }
        }
        String after = from >= Math.min(nextFigure, sentence.length()) ? ""
                : sentence.substring(from, Math.min(sentence.length(), Math.min(nextFigure, from + REACH)));
        int cut = clauseEnd(after);
        after = after.substring(0, cut);
        for (Measure m : SCHEME) {
            if (m.words().matcher(after).find()) {
                return Optional.of(m);
            }
        }
        String before = sentence.substring(Math.max(0, Math.max(previousFigure, start - REACH_BEFORE)), start);
        // A list's items are parted by semicolons: "156 foster carers; one family centre". What introduces the
        // list ("The proportion of children entitled to free school meals: in primary schools is 16%") comes first.
        before = leadIn + " " + before.substring(before.lastIndexOf(';') + 1);
        for (Measure m : SCHEME) {
            if (m.words().matcher(before).find()) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** Where a clause after a figure ends: a full stop, a semicolon, or a bracket that closes one opened before it. */
    private static int clauseEnd(String after) {
        int depth = 0;
        for (int i = 0; i < after.length(); i++) {
            char c = after.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (c == ';' || c == ')' || (c == '.' && (i + 1 == after.length()
                    || Character.isWhitespace(after.charAt(i + 1))))) {
                return i;
            }
        }
        return after.length();
    }

    /** The concept's notation, as a slug (for tests and the ontology check). */
    public static List<String> notations() {
        return SCHEME.stream().map(m -> m.slug().toLowerCase(Locale.ROOT)).toList();
    }
}
