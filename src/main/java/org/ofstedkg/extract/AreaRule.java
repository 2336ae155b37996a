package org.ofstedkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.ofstedkg.model.Area;

/** Recognises the area a judgement's subject speaks of, by a pattern on its (normalised) wording. */
public record AreaRule(Area area, Pattern pattern) {

    public static AreaRule of(Area area, String regex) {
        return new AreaRule(area, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
    }

    /** The area of the first rule that matches, or none. */
    public static List<Area> first(List<AreaRule> rules, String subject) {
        for (AreaRule r : rules) {
            if (r.pattern.matcher(subject).find()) {
                return List.of(r.area);
            }
        }
        return List.of();
    }

    /** The areas of every rule that matches, for subjects that name more than one. */
    public static List<Area> all(List<AreaRule> rules, String subject) {
        List<Area> areas = new ArrayList<>();
        for (AreaRule r : rules) {
            if (r.pattern.matcher(subject).find()) {
                areas.add(r.area);
            }
        }
        return areas;
    }
}
