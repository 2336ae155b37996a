package org.ofstedkg.extract.inspection;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.ofstedkg.model.Area;

/**
 * What an inspection's graded row or heading is about, from its words: the judgements of inspections of
 * local authority children's services, of the single inspection framework and of looked after children
 * inspections. Rules are tried in order, the more specific first ("children in care and care leavers"
 * before "children in care"; "leadership, management and governance" before "leadership and management").
 */
public final class JudgementAreas {

    private record Rule(Pattern pattern, Area area) {
    }

    private static Rule rule(String regex, Area area) {
        return new Rule(Pattern.compile(regex), area);
    }

    private static final List<Rule> RULES = List.of(
            rule("\\bimpact of leaders\\b", Area.IMPACT_OF_LEADERS),
            rule("\\bneed(?:s|ing)? (?:of )?help and protection\\b", Area.HELP_AND_PROTECTION),
            rule("\\bchildren in care and care leavers\\b", Area.CHILDREN_IN_CARE_AND_CARE_LEAVERS),
            rule("\\blooked after and achieving permanence\\b", Area.LOOKED_AFTER_AND_PERMANENCE),
            rule("\\badoption performance\\b", Area.ADOPTION_PERFORMANCE),
            rule("\\bcare leavers\\b", Area.CARE_LEAVERS),
            rule("\\bchildren in care\\b", Area.CHILDREN_IN_CARE),
            rule("\\bleadership,? management and governance\\b", Area.LEADERSHIP_MANAGEMENT_GOVERNANCE),
            rule("\\bleadership and management\\b", Area.LEADERSHIP_AND_MANAGEMENT),
            rule("\\bcapacity (?:to|for) improve", Area.CAPACITY_TO_IMPROVE),
            rule("^(?:the )?outcomes for\\b|^outcomes\\b", Area.OUTCOMES),
            rule("\\bquality of provision\\b", Area.QUALITY_OF_PROVISION),
            rule("\\bbeing healthy\\b|\\bbe healthy\\b", Area.BEING_HEALTHY),
            rule("\\bstaying safe\\b|\\bstay safe\\b", Area.STAYING_SAFE),
            rule("\\benjoying and achieving\\b|\\benjoy and achieve\\b", Area.ENJOYING_AND_ACHIEVING),
            rule("\\bpositive contribution\\b", Area.POSITIVE_CONTRIBUTION),
            rule("\\beconomic well-?being\\b", Area.ECONOMIC_WELL_BEING),
            rule("\\bequality and diversity\\b", Area.EQUALITY_AND_DIVERSITY),
            rule("\\boverall effectiveness\\b", Area.OVERALL));

    private JudgementAreas() {
    }

    /** The area a row's or heading's words name, if one. */
    public static Optional<Area> of(String words) {
        String w = normalise(words);
        for (Rule r : RULES) {
            if (r.pattern.matcher(w).find()) {
                return Optional.of(r.area);
            }
        }
        return Optional.empty();
    }

    /** Lower case, numbering dropped, curly apostrophes straightened, white space folded. */
    static String normalise(String words) {
        return words.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("^\\s*\\d+(?:\\.\\d+)*\\.?\\s+", "")
                .replaceAll("\\s+", " ").strip();
    }
}
