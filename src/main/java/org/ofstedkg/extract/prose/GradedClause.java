package org.ofstedkg.extract.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ofstedkg.model.Grade;

/**
 * A clause of a sentence that states a grade: "the contribution of local services ... is adequate",
 * "judged the council's children's services as adequate", "at an adequate level", "make a good
 * contribution to ...", "delivers good services"; a second subject given the same grade ("..., as is its
 * contribution to enjoying and achieving"). The subject is
 * the text from the previous graded clause (or the start of the sentence) up to the grade's verb.
 */
public record GradedClause(String subject, Grade grade, String gradeWord) {

    private static final String WORD = "(outstanding|good|adequate|satisfactory|inadequate)";
    private static final Pattern GRADED = Pattern.compile(
            // "were each judged adequate", "was also found to be good".
            // "is therefore adequate", "is no better than adequate".
            "\\b(?:is|are|as|was|were|be|been|remain(?:s|ed)?|stay(?:s|ed)?)\\s+(?:(?:now|only|also|overall|both|each|all|therefore|thus|consequently"
                    + "|no better than|at best)\\s+){0,2}"
                    + "(?:(?:judged|considered|found|assessed)\\s+(?:by\\s+(?:the\\s+)?inspectors?\\s+)?(?:to\\s+be\\s+|as\\s+)?)?"
                    + WORD + "\\b"
                    // "at an adequate level", "(helped to make a positive contribution) to a good standard".
                    + "|\\b(?:at|to) an?\\s+" + WORD + "\\s+(?:level|standard)\\b"
                    // "make an adequate contribution to ...", "has a good impact (on ...)": the grade of what is done, by its effect.
                    + "|\\b(?:makes?|made|making|has|have|had|having)\\s+an?\\s+" + WORD + "\\s+(?:contribution|impact)\\b"
                    + "|\\b(?:provides?|delivers?|offers?)\\s+(?:an?\\s+)?" + WORD + "\\s+services?\\b"
                    // "is graded 1 (inadequate)", "are each graded 2", "is rated good", "were awarded grade 3": a grade on the review's scale.
                    + "|\\b(?:is|are|was|were|be|been)\\s+(?:each\\s+|both\\s+|also\\s+|now\\s+)?(?:graded|rated|awarded(?=\\s+(?:a\\s+)?grade\\s+[1-4]))\\s+(?:as\\s+|a\\s+)?"
                    + "(?:grade\\s+)?(?:([1-4])(?=\\s*(?:\\(|[.,;]|$|and\\b|as\\b))(?:\\s*\\(\\s*" + WORD + "\\s*\\))?|" + WORD + "\\b)"
                    // "Good: the contribution of local services to ...", "Inadequate." : the grade opens the sentence (a
                    // grade word alone, with no stop, is a step of a scale of grades set out word by word).
                    + "|^\\W*" + WORD + "\\s*(?:\\(\\s*(?:grade\\s*)?[1-4]\\s*\\)\\s*)?(?:[.:\u2013\u2014]|-\\s)"
                    // "Inspectors judged its effectiveness to be good": the grade of the verb's object.
                    + "|\\b(?:judged|found|considered)\\s+(?:(?:its|their|the|this)\\s+)?(?:[\\w'-]+\\s+){0,3}?to\\s+be\\s+" + WORD + "\\b"
                    // "... and adequate (grade 2) for achieving economic well-being": a grade whose verb is the one before.
                    // "judged good for being healthy, good for making a positive contribution and outstanding for ...".
                    + "|(?:\\band\\s+|,\\s*)" + WORD + "(?=\\s*(?:\\(\\s*(?:grade\\s*)?[1-4]\\s*\\)\\s*)?for\\b)"
                    // "safeguarding receives grade 3", "receive the highest grade, 4": a grade on the review's scale.
                    + "|\\breceives?\\s+(?:the\\s+(?:highest|lowest)\\s+)?grade,?\\s+([1-4])\\b"
                    // "OVERALL EFFECTIVENESS OF SERVICES FOR CHILDREN LOOKED AFTER: ADEQUATE": what is graded, then its grade.
                    + "|(?<=\\S)\\s*[:\u2013\u2014]\\s*" + WORD + "\\s*\\.?\\s*$"
                    // "Grade 2 (adequate)", "Inspection grade: 3 - good": a line that is a grade and nothing else.
                    + "|^\\W*(?:(?:inspection|overall|section)\\s+)?grade\\s*[:\u2013-]?\\s*([1-4])\\b(?:\\s*\\(\\s*" + WORD
                    + "\\s*\\)|\\s*[-\u2013\u2014:]\\s*" + WORD + ")?\\s*\\.?\\s*$"
                    // "the council and its partners have adequate capacity to improve": the grade of the capacity.
                    + "|\\b(?:has|have|had|having)\\s+(?:an?\\s+)?" + WORD + "\\s+(?=capacity\\b)"
                    // "rose from adequate in 2006 to good in 2007": the grade it came to.
                    + "|\\b(?:rose|risen|fell|fallen|improved|declined|dropped|moved|went\\s+(?:up|down))\\s+from\\s+"
                    + "(?:outstanding|good|adequate|satisfactory|inadequate)(?:\\s+in\\s+(?:19|20)\\d{2})?\\s+to\\s+" + WORD + "\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * "is good (grade 3) for being healthy, for staying safe and for enjoying and achieving": what a grade is for,
     * after it, up to the next grade or the sentence's end.
     */
    private static final Pattern FOR_WHAT = Pattern.compile("(?i)^\\s*(?:\\(\\s*(?:grade\\s*)?[1-4]\\s*\\)\\s*)?for\\s+"
            + "(?=(?:helping\\s+(?:children|them)\\s+(?:and\\s+young\\s+people\\s+)?(?:to\\s+)?)?(?:being\\s+healthy|be\\s+healthy"
            + "|staying\\s+safe|stay\\s+safe|enjoy|making\\s+a\\s+positive|positive\\s+contribution|achieving\\s+economic"
            + "|economic\\s+well))");
    /** Where a grade's "for ..." ends: another clause ("and that its capacity ..."). */
    private static final Pattern NEXT_CLAUSE = Pattern.compile("(?i)[,;]?\\s+(?:and|but)\\s+(?=(?:that|its|their|the|it)\\b)");
    /** The group of GRADED of a grade's number received ("receives grade 3"). */
    private static final int RECEIVED = 11;
    /** The group of GRADED of a grade of a verb's object ("judged its effectiveness to be good"). */
    private static final int JUDGED_OBJECT = 9;
    /** The group of GRADED of a grade whose verb is the one before ("and adequate (grade 2) for ..."). */
    private static final int ELLIPTIC = 10;
    /** The group of GRADED whose grade word opens the sentence. */
    private static final int OPENING_WORD = 8;
    /** The group of GRADED that holds a grade's number. */
    private static final int NUMBER = 5;
    /** The group of GRADED of a grade's number on a line of its own ("Grade 2 (adequate)"). */
    private static final int LINE_NUMBER = 13;
    /** The group of GRADED of the grade of a capacity had ("have adequate capacity to improve"). */
    private static final int CAPACITY_HAD = 16;

    /** "not", "never", "no longer" just before the verb ("do not yet make"): the clause denies the grade. */
    private static final Pattern NEGATED = Pattern.compile("\\b(?:not|never|no longer)(?:\\s+(?:yet|always|fully|consistently))?\\s*$",
            Pattern.CASE_INSENSITIVE);
    /**
     * "..., as is its contribution to enjoying and achieving", "... and so is the capacity to improve": a second
     * subject given the grade just stated (after any "(grade 2)").
     */
    private static final Pattern SAME_GRADE = Pattern.compile(
            "^\\s*(?:\\((?:grade\\s*)?[1-4]\\)\\s*)?(?:,\\s*(?:outstanding|good|adequate|inadequate)\\b)?[,;]?\\s*"
                    // "..., as is", "... and so is", "...; so too is".
                    // "..., as did its contribution to ...".
                    + "(?:as|and so|so too|and so too|as too)\\s+(?:is|are|was|were|did|does|do)\\s+"
                    + "(?!(?:evident|clear|shown|seen|the\\s+case|usual|expected)\\b)"
                    // "as was its contribution to keeping them safe (grade 2) and to helping them enjoy and achieve (grade 2)"
                    + "((?:(?!\\b(?:is|are|was|were|which|who|that)\\b)(?:[^,.;()]|\\((?:grade\\s*)?[1-4]\\)))+)",
            Pattern.CASE_INSENSITIVE);
    /** After a grade, what the subject is graded at: "good at helping young people to ...". */
    private static final Pattern GOOD_AT = Pattern.compile("(?i)^\\s+(?:at|in)\\s+(?:helping|supporting|enabling|ensuring|promoting"
            + "|securing|improving|keeping)\\b");
    /** "as good as": a comparison, not a grade. */
    private static final Pattern COMPARISON = Pattern.compile("^\\s+as\\b", Pattern.CASE_INSENSITIVE);

    /** Where the text after a grade, from {@code from} on, stops being its clause: the next clause or grade. */
    private static int clauseEnd(String after, int from) {
        Matcher next = GRADED.matcher(after);
        int end = next.find(from) ? next.start() : after.length();
        Matcher clause = NEXT_CLAUSE.matcher(after).region(from, end);
        return clause.find() ? clause.start() : end;
    }

    public static List<GradedClause> parse(CharSequence sentence) {
        List<GradedClause> clauses = new ArrayList<>();
        Matcher m = GRADED.matcher(sentence);
        int subjectStart = 0;
        while (m.find()) {
            if (m.start() < subjectStart) {
                continue; // inside a second subject already read ("..., as is the capacity to improve")
            }
            String word = null;
            for (int g = 1; g <= m.groupCount() && word == null; g++) {
                word = g == NUMBER || g == RECEIVED || g == LINE_NUMBER ? null : m.group(g);
            }
            String number = m.group(NUMBER) != null ? m.group(NUMBER) : m.group(RECEIVED) != null ? m.group(RECEIVED)
                    : m.group(LINE_NUMBER);
            Optional<Grade> grade = number != null ? Optional.of(Grade.judgement(Integer.parseInt(number))) : Grade.fromWord(word);
            if ((m.group(NUMBER) != null || m.group(LINE_NUMBER) != null) && word != null && !grade.equals(Grade.fromWord(word))) {
                // "graded 1 (outstanding)": another scale's number (schools' 1 is the best); no grade of ours.
                grade = Optional.empty();
            }
            word = word == null ? number : word;
            String before = sentence.subSequence(subjectStart, m.start()).toString().strip();
            String after = sentence.subSequence(m.end(), sentence.length()).toString();
            // "Services make a good contribution to helping young people make a positive contribution": what the
            // contribution is to says what is graded; so does what follows a grade that opens the sentence.
            // "Local services are good at helping young people to achieve economic well-being": what they are good at.
            String subject = GOOD_AT.matcher(after).lookingAt() && m.group(1) != null
                    ? before + " " + after.substring(0, clauseEnd(after, 0)).strip()
                    : m.group(3) != null ? before + " " + m.group() + " " + after.strip()
                    // "The council delivers an adequate service for children and young people, and ...": the services
                    // delivered, and whom for, are what is graded (up to the clause's end).
                    : m.group(4) != null
                            ? before + " services " + after.substring(0, clauseEnd(after, 0)).split("[,;:]", 2)[0].strip()
                    : m.group(OPENING_WORD) != null ? after.strip()
                    : m.group(CAPACITY_HAD) != null ? after.substring(0, clauseEnd(after, 0)).strip().replaceFirst("[.;,:]+$", "")
                    // "judged the council's children's services to be good": what was judged is the verb's object.
                    : m.group(JUDGED_OBJECT) != null ? (before + " " + m.group()).replaceFirst("\\s+to\\s+be\\s+\\w+$", "")
                    : before;
            subjectStart = m.end();
            Matcher forWhat = FOR_WHAT.matcher(after);
            if ((m.group(1) != null || m.group(ELLIPTIC) != null) && forWhat.lookingAt()) {
                int end = clauseEnd(after, forWhat.end());
                subject = (before + " for " + after.substring(forWhat.end(), end)).strip();
                subjectStart = m.end() + end;
            }
            if (!NEGATED.matcher(before).find() && !COMPARISON.matcher(after).find() && grade.isPresent()) {
                clauses.add(new GradedClause(subject, grade.get(), word));
                Matcher same = SAME_GRADE.matcher(after);
                if (same.lookingAt()) {
                    clauses.add(new GradedClause(same.group(1).strip(), grade.get(), word));
                    subjectStart = m.end() + same.end();
                }
            }
        }
        return clauses;
    }
}
