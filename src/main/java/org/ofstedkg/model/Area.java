package org.ofstedkg.model;

/**
 * The areas a judgement can be about: the review's areas of investigation, the service management
 * sub-judgements, and the Every Child Matters outcomes that corporate assessments grade. The slugs
 * are the notations of the ontology's area scheme and the values of the query contract's ?area.
 */
public enum Area {
    OVERALL("overall", "Overall"),
    SAFEGUARDING("safeguarding", "Safeguarding"),
    LOOKED_AFTER_CHILDREN("looked-after-children", "Looked after children and young people"),
    LEARNING_DIFFICULTIES_AND_DISABILITIES("learning-difficulties-and-disabilities",
            "Children and young people with learning difficulties and/or disabilities"),
    SERVICE_MANAGEMENT("service-management", "Service management"),
    CAPACITY_TO_IMPROVE("capacity-to-improve", "Capacity to improve"),
    SUBSTANCE_MISUSE("substance-misuse", "Substance misuse"),
    NARROWING_THE_GAP("narrowing-the-gap", "Narrowing the gap between schools"),
    YOUNG_CARERS("young-carers", "Young carers"),
    AMBITION("ambition", "Ambition"),
    PRIORITISATION("prioritisation", "Prioritisation"),
    CAPACITY("capacity", "Capacity"),
    VALUE_FOR_MONEY("value-for-money", "Value for money"),
    PERFORMANCE_MONITORING("performance-monitoring", "Performance monitoring"),
    PERFORMANCE_MANAGEMENT("performance-management", "Performance management"),
    BEING_HEALTHY("being-healthy", "Being healthy"),
    STAYING_SAFE("staying-safe", "Staying safe"),
    ENJOYING_AND_ACHIEVING("enjoying-and-achieving", "Enjoying and achieving"),
    POSITIVE_CONTRIBUTION("positive-contribution", "Making a positive contribution"),
    ECONOMIC_WELL_BEING("economic-well-being", "Achieving economic well-being");

    private final String slug;
    private final String label;

    Area(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }
}
