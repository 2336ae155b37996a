package org.ofstedkg.model;

/** The kinds of service and setting reports judge; the slugs are the notations of the service types scheme. */
public enum Service {
    CHILDMINDERS("childminders"),
    CHILDCARE("childcare"),
    NURSERY("nursery"),
    PRIMARY_SCHOOLS("primary-schools"),
    SECONDARY_SCHOOLS("secondary-schools"),
    SIXTH_FORMS("sixth-forms"),
    SPECIAL_SCHOOLS("special-schools"),
    PUPIL_REFERRAL_UNIT("pupil-referral-unit"),
    FURTHER_EDUCATION("further-education"),
    CHILDRENS_HOMES("childrens-homes"),
    FOSTERING_AGENCY("fostering-agency"),
    ADOPTION_AGENCY("adoption-agency"),
    PRIVATE_FOSTERING("private-fostering"),
    SERIOUS_CASE_REVIEW("serious-case-review"),
    CONTACT_REFERRAL_ASSESSMENT("contact-referral-assessment");

    private final String slug;

    Service(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
