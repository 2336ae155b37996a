package org.ofstedkg.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ofstedkg.model.Authority;

/**
 * The ways reports name an authority of the register: the council's names in a letter ("Blackpool
 * Borough Council", "London Borough of Camden", "Leeds City Council", "Essex County Council",
 * "Sefton Metropolitan Borough Council", "Southend Borough Council", ...), the name the body of a
 * report uses ("Southend-on-Sea", "Bristol") and the review's "... Children's Services Authority Area".
 * The kind of council comes from the GSS code (E09 London borough, E08 metropolitan district, E06
 * unitary authority, E10 county); city councils and a few bodies with names of their own are listed.
 */
final class AuthorityNames {

    /** Authorities whose council is a city council. */
    private static final Set<String> CITIES = Set.of("Birmingham", "Coventry", "Wolverhampton", "Liverpool",
            "Manchester", "Salford", "Sheffield", "Leeds", "Wakefield", "Sunderland", "Newcastle upon Tyne", "Bradford",
            "Bristol", "Kingston upon Hull", "York", "Derby", "Portsmouth", "Southampton", "Leicester", "Stoke-on-Trent",
            "Nottingham", "Plymouth", "Peterborough", "Brighton and Hove");
    /** Unitary authorities that are plain "X Council" (shire counties become unitary, and compound names). */
    private static final Set<String> PLAIN_UNITARIES = Set.of("Cornwall", "Wiltshire", "Shropshire", "Northumberland",
            "Herefordshire", "Isle of Wight", "Cheshire East", "Cheshire West and Chester", "Central Bedfordshire",
            "East Riding of Yorkshire", "Bath and North East Somerset", "North Somerset", "South Gloucestershire",
            "North East Lincolnshire", "North Lincolnshire", "West Berkshire", "Telford and Wrekin", "Medway",
            "Thurrock", "Milton Keynes", "Torbay", "Middlesbrough");
    /** Unitary authorities that are county councils. */
    private static final Set<String> COUNTY_UNITARIES = Set.of("Durham", "Northumberland", "Rutland");
    private static final Set<String> ROYAL_BOROUGHS = Set.of("Kensington and Chelsea", "Kingston upon Thames",
            "Windsor and Maidenhead");
    /** Names in use that no rule gives. */
    private static final Map<String, List<String>> EXTRA = Map.of(
            "Southend-on-Sea", List.of("Southend Borough Council", "Southend-on-sea Borough Council"),
            "Newcastle upon Tyne", List.of("Newcastle City Council"),
            "Kingston upon Hull", List.of("Hull City Council"),
            "St. Helens", List.of("St Helens Council"),
            "Brighton and Hove", List.of("Brighton & Hove City Council"),
            "York", List.of("City of York Council"),
            "Bradford", List.of("City of Bradford Metropolitan District Council"),
            "Westminster", List.of("Westminster City Council"),
            "Isles of Scilly", List.of("Council of the Isles of Scilly"));

    private AuthorityNames() {
    }

    /** The name the body of a report uses: "Bristol" for "Bristol, City of", "Durham" for "County Durham". */
    static String place(Authority a) {
        String n = a.name();
        int comma = n.indexOf(", ");
        if (comma > 0) {
            n = n.substring(0, comma);
        }
        return n.startsWith("County ") ? n.substring("County ".length()) : n;
    }

    /** The review's title line: "Southend-on-Sea Children's Services Authority Area". */
    static String area(Authority a) {
        return place(a) + " Children's Services Authority Area";
    }

    /** The names of the authority's council, as a letter's address or summary may give them; never empty. */
    static List<String> councilNames(Authority a) {
        String p = place(a);
        List<String> names = new ArrayList<>();
        if (a.name().equals("City of London")) {
            names.add("City of London");
            return names;
        }
        if (p.equals("Isles of Scilly")) {
            return List.copyOf(EXTRA.get(p));
        }
        String gss = a.gssCode().orElse("");
        String kind = gss.length() >= 3 ? gss.substring(0, 3) : "";
        switch (kind) {
            case "E09" -> {
                if (ROYAL_BOROUGHS.contains(p)) {
                    names.add("Royal Borough of " + p);
                } else if (!p.equals("Westminster")) {
                    names.add("London Borough of " + p);
                }
                names.add(p + " Council");
            }
            case "E08" -> {
                names.add(CITIES.contains(p) ? p + " City Council" : p + " Metropolitan Borough Council");
                names.add(p + " Council");
            }
            case "E10" -> {
                names.add(p + " County Council");
                names.add(p + " Council");
            }
            default -> {
                if (CITIES.contains(p)) {
                    names.add(p + " City Council");
                } else if (ROYAL_BOROUGHS.contains(p)) {
                    names.add("Royal Borough of " + p);
                } else if (COUNTY_UNITARIES.contains(p)) {
                    names.add(p + " County Council");
                } else if (!PLAIN_UNITARIES.contains(p)) {
                    names.add(p + " Borough Council");
                }
                names.add(p + " Council");
            }
        }
        names.addAll(EXTRA.getOrDefault(p, List.of()));
        return List.copyOf(names);
    }
}
