package org.ofstedkg.extract.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.ofstedkg.extract.decode.Document;
import org.ofstedkg.model.Area;

/**
 * Recognises the area a judgement's subject speaks of, by a pattern on its (normalised) wording. A rule tried
 * on much text may name phrases its every match holds ({@code needs}): the pattern is tried only on a text
 * that holds one of them (ASCII case ignored, as the pattern ignores it), a quicker scan than the pattern's.
 */
public record AreaRule(Area area, Pattern pattern, List<String> needs) {

    public AreaRule {
        needs = List.copyOf(needs);
    }

    /** A rule every match of which holds one of the phrases {@code needs} (lower case), if any are given. */
    public static AreaRule of(Area area, String regex, String... needs) {
        return new AreaRule(area, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), List.of(needs));
    }

    /** Whether the rule's pattern is found in the subject. */
    public boolean matches(String subject) {
        if (!needs.isEmpty() && needs.stream().noneMatch(phrase -> Document.containsAsciiCase(subject, phrase))) {
            return false;
        }
        return pattern.matcher(subject).find();
    }

    /** The area of the first rule that matches, or none. */
    public static List<Area> first(List<AreaRule> rules, String subject) {
        for (AreaRule r : rules) {
            if (r.matches(subject)) {
                return List.of(r.area);
            }
        }
        return List.of();
    }

    /** The areas of every rule that matches, for subjects that name more than one. */
    public static List<Area> all(List<AreaRule> rules, String subject) {
        List<Area> areas = new ArrayList<>();
        for (AreaRule r : rules) {
            if (r.matches(subject)) {
                areas.add(r.area);
            }
        }
        return areas;
    }
}
