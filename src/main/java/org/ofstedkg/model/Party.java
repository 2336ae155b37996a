package org.ofstedkg.model;

/** Who a recommendation is addressed to: the (local) partnership or the council. */
public enum Party {
    PARTNERSHIP("partnership"),
    COUNCIL("council");

    private final String slug;

    Party(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
