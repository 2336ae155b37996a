package org.ofstedkg.extract;

import java.util.ArrayList;
import java.util.List;
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

    private static final Pattern GRADED = Pattern.compile(
            "\\b(?:is|are|as|was|were|be|been|remains?)\\s+(?:now\\s+|only\\s+|also\\s+|overall\\s+|(?:judged|considered|found)\\s+(?:to\\s+be\\s+|as\\s+)?)?"
                    + "(outstanding|good|adequate|satisfactory|inadequate)\\b"
                    + "|\\bat an?\\s+(outstanding|good|adequate|satisfactory|inadequate)\\s+level\\b"
                    + "|\\b(?:makes?|made|making)\\s+an?\\s+(outstanding|good|adequate|satisfactory|inadequate)\\s+contribution\\b"
                    + "|\\b(?:provides?|delivers?|offers?)\\s+(?:an?\\s+)?(outstanding|good|adequate|satisfactory|inadequate)"
                    + "\\s+services?\\b",
            Pattern.CASE_INSENSITIVE);

    /** "not", "never", "no longer" just before the verb: the clause denies the grade. */
    private static final Pattern NEGATED = Pattern.compile("\\b(?:not|never|no longer)\\s*$", Pattern.CASE_INSENSITIVE);
    /**
     * "..., as is its contribution to enjoying and achieving", "... and so is the capacity to improve": a second
     * subject given the grade just stated (after any "(grade 2)").
     */
    private static final Pattern SAME_GRADE = Pattern.compile(
            "^\\s*(?:\\((?:grade\\s*)?[1-4]\\)\\s*)?,?\\s*(?:as|and so)\\s+(?:is|are)\\s+"
                    + "(?!(?:evident|clear|shown|seen|the\\s+case|usual|expected)\\b)"
                    + "((?:(?!\\b(?:is|are|was|were|which|who|that)\\b)[^,.;()])+)",
            Pattern.CASE_INSENSITIVE);
    /** "as good as": a comparison, not a grade. */
    private static final Pattern COMPARISON = Pattern.compile("^\\s+as\\b", Pattern.CASE_INSENSITIVE);

    public static List<GradedClause> parse(CharSequence sentence) {
        List<GradedClause> clauses = new ArrayList<>();
        Matcher m = GRADED.matcher(sentence);
        int subjectStart = 0;
        while (m.find()) {
            if (m.start() < subjectStart) {
                continue; // inside a second subject already read ("..., as is the capacity to improve")
            }
            String word = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2)
                    : m.group(3) != null ? m.group(3) : m.group(4);
            String before = sentence.subSequence(subjectStart, m.start()).toString().strip();
            String after = sentence.subSequence(m.end(), sentence.length()).toString();
            // "Services make a good contribution to helping young people make a positive contribution": what the
            // contribution is to says what is graded.
            String subject = m.group(3) != null ? before + " " + after.strip() : before;
            subjectStart = m.end();
            if (!NEGATED.matcher(before).find() && !COMPARISON.matcher(after).find()) {
                Grade.fromWord(word).ifPresent(g -> clauses.add(new GradedClause(subject, g, word)));
                Matcher same = SAME_GRADE.matcher(after);
                if (same.lookingAt()) {
                    Grade.fromWord(word).ifPresent(g -> clauses.add(new GradedClause(same.group(1).strip(), g, word)));
                    subjectStart = m.end() + same.end();
                }
            }
        }
        return clauses;
    }
}
