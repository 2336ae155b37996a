package org.ofstedkg.model;

/** Who a recommendation is addressed to: the (local) partnership or the council. */
public enum Party {
    PARTNERSHIP("partnership"),
    COUNCIL("council"),
    /** The local authority an inspection since 2012 reports on. */
    LOCAL_AUTHORITY("local-authority"),
    /** The Local Safeguarding Children Board a SIF report reviews. */
    LSCB("lscb");

    private final String slug;

    Party(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
