package org.ofstedkg.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The areas a judgement can be about: the review's areas of investigation, the service management
 * sub-judgements, the Every Child Matters outcomes that corporate assessments grade, and the areas of
 * the later frameworks. The slugs are the notations of the ontology's area scheme (where the known
 * areas' labels are) and the values of the query contract's ?area.
 *
 * <p>A joint area review's additional investigations may be on any topic: one the scheme does not know
 * is minted from its heading ({@link #additionalInvestigation}), its slug made from the heading's words
 * and its heading kept as its label, for the mapping to add to the scheme.
 */
public final class Area {

    private static final List<Area> KNOWN = new ArrayList<>();

    public static final Area OVERALL = known("overall", false);
    public static final Area SAFEGUARDING = known("safeguarding", false);
    public static final Area LOOKED_AFTER_CHILDREN = known("looked-after-children", false);
    public static final Area LEARNING_DIFFICULTIES_AND_DISABILITIES = known("learning-difficulties-and-disabilities", false);
    public static final Area SERVICE_MANAGEMENT = known("service-management", false);
    public static final Area CAPACITY_TO_IMPROVE = known("capacity-to-improve", false);
    public static final Area SUBSTANCE_MISUSE = known("substance-misuse", true);
    public static final Area NARROWING_THE_GAP = known("narrowing-the-gap", true);
    public static final Area YOUNG_CARERS = known("young-carers", true);
    public static final Area AMBITION = known("ambition", false);
    public static final Area PRIORITISATION = known("prioritisation", false);
    public static final Area CAPACITY = known("capacity", false);
    public static final Area VALUE_FOR_MONEY = known("value-for-money", false);
    public static final Area PERFORMANCE_MONITORING = known("performance-monitoring", false);
    public static final Area PERFORMANCE_MANAGEMENT = known("performance-management", false);
    public static final Area BEING_HEALTHY = known("being-healthy", false);
    public static final Area STAYING_SAFE = known("staying-safe", false);
    public static final Area ENJOYING_AND_ACHIEVING = known("enjoying-and-achieving", false);
    public static final Area POSITIVE_CONTRIBUTION = known("positive-contribution", false);
    public static final Area ECONOMIC_WELL_BEING = known("economic-well-being", false);
    public static final Area IMPACT_OF_LEADERS = known("impact-of-leaders", false);
    public static final Area HELP_AND_PROTECTION = known("help-and-protection", false);
    public static final Area CHILDREN_IN_CARE_AND_CARE_LEAVERS = known("children-in-care-and-care-leavers", false);
    public static final Area CHILDREN_IN_CARE = known("children-in-care", false);
    public static final Area CARE_LEAVERS = known("care-leavers", false);
    public static final Area LOOKED_AFTER_AND_PERMANENCE = known("looked-after-and-permanence", false);
    public static final Area ADOPTION_PERFORMANCE = known("adoption-performance", false);
    public static final Area LEADERSHIP_MANAGEMENT_GOVERNANCE = known("leadership-management-governance", false);
    public static final Area OUTCOMES = known("outcomes", false);
    public static final Area QUALITY_OF_PROVISION = known("quality-of-provision", false);
    public static final Area LEADERSHIP_AND_MANAGEMENT = known("leadership-and-management", false);
    public static final Area EQUALITY_AND_DIVERSITY = known("equality-and-diversity", false);

    /** What a heading's words lose before they make a slug: the framing every investigation's title may open with. */
    private static final Pattern INVESTIGATION_LEAD = Pattern.compile(
            "^(?:an?\\s+)?(?:additional\\s+)?investigations?(?:\\s+(?:\\d{1,2}|[ivx]{1,4})\\b)?(?:\\s+into)?\\s*[:.\\-\u2013]?\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern THE = Pattern.compile("^the\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    private final String slug;
    private final Optional<String> heading;
    private final boolean additionalInvestigation;

    private Area(String slug, Optional<String> heading, boolean additionalInvestigation) {
        this.slug = slug;
        this.heading = heading;
        this.additionalInvestigation = additionalInvestigation;
    }

    private static Area known(String slug, boolean additionalInvestigation) {
        Area a = new Area(slug, Optional.empty(), additionalInvestigation);
        KNOWN.add(a);
        return a;
    }

    /** The areas the ontology's scheme holds, in its order. */
    public static List<Area> values() {
        return Collections.unmodifiableList(KNOWN);
    }

    /** The known area of this slug, if there is one. */
    public static Optional<Area> known(String slug) {
        return KNOWN.stream().filter(a -> a.slug.equals(slug)).findFirst();
    }

    /**
     * A review's additional investigation on a topic the scheme does not know, from its heading: "An
     * investigation into the effectiveness of services for children at risk of offending" is
     * {@code effectiveness-of-services-for-children-at-risk-of-offending}. A slug the scheme knows is that area;
     * a heading of no topic words ("An investigation into" alone, its topic cut off) names none.
     */
    public static Optional<Area> investigationOf(String heading) {
        String topic = THE.matcher(INVESTIGATION_LEAD.matcher(heading.strip()).replaceFirst("")).replaceFirst("");
        String slug = NOT_SLUG.matcher(topic.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-+|-+$", "");
        if (slug.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(known(slug).orElseGet(() -> new Area(slug, Optional.of(heading.strip()), true)));
    }

    public String slug() {
        return slug;
    }

    /** Whether the ontology's scheme holds this area; if not, the mapping adds it (with its heading as label). */
    public boolean isKnown() {
        return heading.isEmpty();
    }

    /** The heading an area the scheme does not know was minted from. */
    public Optional<String> heading() {
        return heading;
    }

    /** Whether the area is a joint area review's additional investigation. */
    public boolean isAdditionalInvestigation() {
        return additionalInvestigation;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Area a && a.slug.equals(slug);
    }

    @Override
    public int hashCode() {
        return slug.hashCode();
    }

    @Override
    public String toString() {
        return slug;
    }
}
