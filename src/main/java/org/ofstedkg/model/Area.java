package org.ofstedkg.model;

/**
 * The areas a judgement can be about: the review's areas of investigation, the service management
 * sub-judgements, and the Every Child Matters outcomes that corporate assessments grade. The slugs
 * are the notations of the ontology's area scheme (where their labels are) and the values of the
 * query contract's ?area.
 */
public enum Area {
    OVERALL("overall"),
    SAFEGUARDING("safeguarding"),
    LOOKED_AFTER_CHILDREN("looked-after-children"),
    LEARNING_DIFFICULTIES_AND_DISABILITIES("learning-difficulties-and-disabilities"),
    SERVICE_MANAGEMENT("service-management"),
    CAPACITY_TO_IMPROVE("capacity-to-improve"),
    SUBSTANCE_MISUSE("substance-misuse"),
    NARROWING_THE_GAP("narrowing-the-gap"),
    YOUNG_CARERS("young-carers"),
    AMBITION("ambition"),
    PRIORITISATION("prioritisation"),
    CAPACITY("capacity"),
    VALUE_FOR_MONEY("value-for-money"),
    PERFORMANCE_MONITORING("performance-monitoring"),
    PERFORMANCE_MANAGEMENT("performance-management"),
    BEING_HEALTHY("being-healthy"),
    STAYING_SAFE("staying-safe"),
    ENJOYING_AND_ACHIEVING("enjoying-and-achieving"),
    POSITIVE_CONTRIBUTION("positive-contribution"),
    ECONOMIC_WELL_BEING("economic-well-being"),
    // Inspections of local authority children's services (2018 on).
    IMPACT_OF_LEADERS("impact-of-leaders"),
    HELP_AND_PROTECTION("help-and-protection"),
    CHILDREN_IN_CARE_AND_CARE_LEAVERS("children-in-care-and-care-leavers"),
    CHILDREN_IN_CARE("children-in-care"),
    CARE_LEAVERS("care-leavers"),
    // The single inspection framework (2013-2018); it shares help-and-protection and care-leavers.
    LOOKED_AFTER_AND_PERMANENCE("looked-after-and-permanence"),
    ADOPTION_PERFORMANCE("adoption-performance"),
    LEADERSHIP_MANAGEMENT_GOVERNANCE("leadership-management-governance"),
    // Looked after children inspections (2012-2013); they share overall and capacity-to-improve.
    OUTCOMES("outcomes"),
    QUALITY_OF_PROVISION("quality-of-provision"),
    LEADERSHIP_AND_MANAGEMENT("leadership-and-management"),
    EQUALITY_AND_DIVERSITY("equality-and-diversity");

    private final String slug;

    Area(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
