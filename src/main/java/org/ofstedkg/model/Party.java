package org.ofstedkg.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who a recommendation is addressed to: the (local) partnership, the council, the local authority or
 * its Local Safeguarding Children Board, as the ontology's parties scheme lists them. A review may
 * address any other body ("The primary care trust should:"): such a party is minted from its name as
 * written ({@link #named}), for the mapping to add to the scheme.
 */
public final class Party {

    private static final List<Party> KNOWN = new ArrayList<>();

    public static final Party PARTNERSHIP = known("partnership");
    public static final Party COUNCIL = known("council");
    /** The local authority an inspection since 2012 reports on. */
    public static final Party LOCAL_AUTHORITY = known("local-authority");
    /** The Local Safeguarding Children Board a SIF report reviews. */
    public static final Party LSCB = known("lscb");

    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern LEADING_THE = Pattern.compile("^(?:the|its)\\s+", Pattern.CASE_INSENSITIVE);

    private final String slug;
    private final Optional<String> name;

    private Party(String slug, Optional<String> name) {
        this.slug = slug;
        this.name = name;
    }

    private static Party known(String slug) {
        Party p = new Party(slug, Optional.empty());
        KNOWN.add(p);
        return p;
    }

    /** The parties the ontology's scheme holds. */
    public static List<Party> values() {
        return Collections.unmodifiableList(KNOWN);
    }

    /**
     * A body a recommendation names, from its name as written ("the primary care trust" is
     * {@code primary-care-trust}); a slug the scheme knows is that party.
     */
    public static Party named(String name) {
        // "Wandsworth's secondary schools": the area's own, which every body addressed is; but a possessive before a
        // capital is part of a proper name ("The Children's Trust Board"), and "Children's services and health partners" are
        // no area's.
        String words = LEADING_THE.matcher(name.strip()).replaceFirst("").replaceFirst("^(?!(?:Children|People|Parents|Carers)['\u2019]s)[A-Z][\\w-]*['\u2019]s\\s+(?=\\p{Ll})", "");
        // "The Children's Trust Board" is childrens-trust-board: an apostrophe joins, as in childrens-homes.
        // Bodies addressed jointly are slugged without the article of each: "the council and the primary care trust" is
        // council-and-primary-care-trust, as "the primary care trust" alone is primary-care-trust.
        String slug = NOT_SLUG.matcher(words.toLowerCase(Locale.ROOT).replaceAll("['\u2019]", "")
                .replaceAll("\\b(and|&)\\s+the\\s+", "$1 ")).replaceAll("-")
                .replaceAll("^-+|-+$", "");
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("a party with no name: \"" + name + "\"");
        }
        return KNOWN.stream().filter(p -> p.slug.equals(slug)).findFirst()
                .orElseGet(() -> new Party(slug, Optional.of(words)));
    }

    public String slug() {
        return slug;
    }

    /** Whether the ontology's scheme holds this party; if not, the mapping adds it, labelled with its name. */
    public boolean isKnown() {
        return name.isEmpty();
    }

    /** The name a party the scheme does not know was minted from. */
    public Optional<String> name() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Party p && p.slug.equals(slug);
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
