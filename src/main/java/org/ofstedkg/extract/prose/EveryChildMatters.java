package org.ofstedkg.extract.prose;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ofstedkg.model.Area;

/**
 * The Every Child Matters outcomes a statement speaks of: named ("staying safe", "enjoying and
 * achieving", "economic well-being") or plainly meant by the report's standing vocabulary for them
 * (health for being healthy, safeguarding for staying safe, offending and anti-social behaviour for
 * a positive contribution, employment and training for economic well-being).
 * Each rule opens with a look-ahead for the letters its words start with: it is tried at every offset.
 */
public final class EveryChildMatters {

    /** The rules, each with the phrases its every match holds: they are tried on every statement of a report. */
    static final List<AreaRule> RULES = List.of(
            AreaRule.of(Area.BEING_HEALTHY, "(?=[bh])(?:\\bbeing healthy\\b|\\bbe healthy\\b|\\bhealthy\\b|\\bhealth\\b)",
                    "health"),
            AreaRule.of(Area.STAYING_SAFE, "(?=s)(?:\\bstay(?:ing)? safe\\b|\\bsafe\\b|\\bsafeguard)", "safe"),
            AreaRule.of(Area.ENJOYING_AND_ACHIEVING,
                    "(?=[ea])(?:\\benjoy(?:ing)? and achiev|\\battainment\\b|\\bachievement\\b)",
                    "enjoy", "attainment", "achievement"),
            AreaRule.of(Area.POSITIVE_CONTRIBUTION,
                    "(?=[poa])(?:positive contribution|\\boffend|anti-social behaviour|antisocial behaviour)",
                    "positive contribution", "offend", "social behaviour"),
            AreaRule.of(Area.ECONOMIC_WELL_BEING,
                    "(?=[en])(?:economic well-?being|\\bemployment\\b|\\bNEET\\b|not in education, employment)",
                    "economic well", "employment", "neet"));

    private EveryChildMatters() {
    }

    public static Set<Area> outcomesIn(CharSequence text) {
        List<Area> found = AreaRule.all(RULES, text.toString());
        return found.isEmpty() ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(found));
    }
}
