package org.ofstedkg.extract.register;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ofstedkg.Bundled;
import org.ofstedkg.model.Authority;
import org.ofstedkg.model.AuthorityChange;

/**
 * The register of England's children's services authorities over time: the 152 of 2009, those they
 * replaced (Bedfordshire and Cheshire, until April 2009) and those that replaced them (Bournemouth,
 * Christchurch and Poole and Dorset in 2019, Buckinghamshire in 2020, North and West Northamptonshire in
 * 2021, Cumberland, Westmorland and Furness, North Yorkshire and Somerset in 2023), each with its life
 * span; the changes between them; and today's Ofsted URN, region, kind and statistical neighbours. Names
 * resolve onto the authority that existed on a report's date, however the report words them
 * ("Southend Borough Council", "Southend-on-Sea Children's Services Authority Area", "London Borough of X",
 * "X City Council", "Tameside metropolitan borough", "Bristol City of").
 */
public final class AuthorityRegister {

    /** The authorities, with their identifiers and life spans (see data/reference/README.md). */
    public static final String RESOURCE = "/reference/authorities.csv";
    /** The changes between them. */
    public static final String CHANGES_RESOURCE = "/reference/authority-changes.csv";
    /** Today's authorities with Ofsted's URN, region, kind and statistical neighbours. */
    public static final String LOOKUP_RESOURCE = "/reference/la-lookup.csv";

    /** The day of the 2009 register of 152 authorities (the annual rating letters' date). */
    public static final LocalDate REGISTER_OF_2009 = LocalDate.of(2009, 12, 9);

    /** Words around an authority's name that say what kind of body it is, not which one. */
    private static final List<Pattern> AFFIXES = List.of(
            // "London Borough of X", "The Borough Council of X", "County Council of X", "Council of the Isles ...".
            // A council's legal name: "The Mayor and Burgesses of the London Borough of X", "The Lord Mayor and Citizens of ...".
            Pattern.compile("^(?:the )?(?:lord )?mayor(?: and [a-z]+)+ of (?:the )?"),
            Pattern.compile("^(?:the )?(?:council of the|council of|city and county of"
                    + "|(?:(?:london|royal|metropolitan|county) )?borough(?: council)? of|city(?: council)? of"
                    + "|county(?: council)? of|(?:metropolitan )?district(?: council)? of) "),
            Pattern.compile(" (?:children s services authority(?: area)?|children s services(?: department| directorate)?"
                    + "|children and young people s services|(?:local )?education authority|local authority"
                    + "|london borough council|london borough|royal borough council|metropolitan borough council|metropolitan district council|county borough council"
                    + "|metropolitan borough|metropolitan district|metropolitan council|city"
                    // "Bedford Borough": the borough's own name for itself.
                    + "|borough council|district council|city council|county council|unitary authority|council|borough"
                    + "|city of|county of"
                    // Abbreviated: "Rotherham MBC", "Sefton M.B.C." (the stops are gone from the key).
                    + "|m b c|mbc|mdc|cbc|lbc|bc|cc|dc)$"));

    /** Names a report may use that no rule derives from the register's name. */
    private static final Map<String, String> ALIASES = Map.of(
            "hull", "810",
            "durham", "840");

    private final List<Authority> authorities;
    private final List<AuthorityChange> changes;
    private final Map<String, Authority> byId = new HashMap<>();
    private final Map<String, List<Authority>> byLaCode = new HashMap<>();
    /** Lookup key to the authorities it names; more than one in force on a day makes it ambiguous that day. */
    private final Map<String, List<Authority>> byKey = new HashMap<>();

    private AuthorityRegister(List<Authority> authorities, List<AuthorityChange> changes) {
        this.authorities = List.copyOf(authorities);
        this.changes = List.copyOf(changes);
        for (Authority a : authorities) {
            if (byId.put(a.id(), a) != null) {
                throw new IllegalArgumentException("two authorities of the register have the id " + a.id());
            }
            byLaCode.computeIfAbsent(a.laCode(), k -> new ArrayList<>()).add(a);
            for (String key : registerKeys(a.name())) {
                List<Authority> named = byKey.computeIfAbsent(key, k -> new ArrayList<>());
                if (!named.contains(a)) {
                    named.add(a);
                }
            }
        }
        ALIASES.forEach((alias, code) -> byLaCode.getOrDefault(code, List.of()).forEach(a -> {
            List<Authority> named = byKey.computeIfAbsent(alias, k -> new ArrayList<>());
            if (!named.contains(a)) {
                named.add(a);
            }
        }));
        for (AuthorityChange c : changes) {
            for (String id : concat(c.from(), c.to())) {
                if (!byId.containsKey(id)) {
                    throw new IllegalArgumentException("a change of " + c.date() + " names " + id
                            + ", no authority of the register");
                }
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The register bundled with the program. */
    public static AuthorityRegister bundled() {
        try (InputStream authorities = Bundled.open(RESOURCE); InputStream changes = Bundled.open(CHANGES_RESOURCE);
                InputStream lookup = Bundled.open(LOOKUP_RESOURCE)) {
            return parse(authorities, changes, lookup);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    public static AuthorityRegister parse(InputStream authoritiesCsv, InputStream changesCsv, InputStream lookupCsv)
            throws IOException {
        Map<String, CSVRecord> lookupByCodes = new HashMap<>();
        // la-lookup.csv starts with a byte-order mark; the BOMInputStream-free way is to strip it from the first header.
        try (var reader = new BufferedReader(new InputStreamReader(lookupCsv, StandardCharsets.UTF_8))) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            for (CSVRecord r : CSV.parse(reader)) {
                lookupByCodes.put(r.get("la_code").strip() + "/" + r.get("la_code_new").strip(), r);
            }
        }
        List<Authority> list = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(authoritiesCsv, StandardCharsets.UTF_8))) {
            for (CSVRecord r : CSV.parse(reader)) {
                String laCode = r.get("la_code").strip();
                String gss = r.get("gss_code").strip();
                CSVRecord today = lookupByCodes.get(laCode + "/" + gss);
                list.add(new Authority(r.get("id").strip(), r.get("name").strip(), laCode, optional(gss),
                        optional(r.get("valid_from")).map(LocalDate::parse), optional(r.get("valid_until")).map(LocalDate::parse),
                        today == null ? Optional.empty() : optional(today.get("urn")),
                        today == null ? Optional.empty() : Authority.Region.named(today.get("rgn22nm")),
                        today == null ? Optional.empty() : optional(today.get("ons_la_type")),
                        today == null ? List.of() : codes(today.get("stat_neighbours"))));
            }
        }
        List<AuthorityChange> changes = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(changesCsv, StandardCharsets.UTF_8))) {
            for (CSVRecord r : CSV.parse(reader)) {
                changes.add(new AuthorityChange(LocalDate.parse(r.get("date").strip()), r.get("change").strip(),
                        codes(r.get("from").replace(' ', ',')), codes(r.get("to").replace(' ', ',')),
                        r.get("instrument").strip()));
            }
        }
        return new AuthorityRegister(list, changes);
    }

    private static Optional<String> optional(String value) {
        String v = value.strip();
        return v.isEmpty() || v.equalsIgnoreCase("NotKnown") ? Optional.empty() : Optional.of(v);
    }

    private static List<String> codes(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Every authority of the register, of any date: the 152 of 2009 first, in the register's order. */
    public List<Authority> all() {
        return authorities;
    }

    /** The authorities that existed on a day. */
    public List<Authority> inForceOn(LocalDate day) {
        return authorities.stream().filter(a -> a.inForceOn(day)).toList();
    }

    public List<AuthorityChange> changes() {
        return changes;
    }

    public Optional<Authority> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The authority that had this DfE LA number on a day. */
    public Optional<Authority> byLaCode(String laCode, LocalDate day) {
        return byLaCode.getOrDefault(laCode, List.of()).stream().filter(a -> a.inForceOn(day)).findFirst();
    }

    /** The authority a name denotes on a day, however the report words it; none if no one or several do. */
    public Optional<Authority> resolve(String name, LocalDate day) {
        for (String key : keysFor(name)) {
            List<Authority> named = byKey.getOrDefault(key, List.of()).stream().filter(a -> a.inForceOn(day)).toList();
            if (named.size() == 1) {
                return Optional.of(named.get(0));
            }
            // Several: this key is ambiguous that day; a more general key may still tell them apart.
        }
        return Optional.empty();
    }

    /**
     * The authority a name denotes on a report's day; where none of that day has the name but one authority
     * of another time alone does, that one, with a warning added saying when it existed (a report dated
     * outside its authority's life is more likely misdated than about another body).
     */
    public Optional<Authority> resolve(String name, LocalDate day, List<String> warnings) {
        Optional<Authority> ofTheDay = resolve(name, day);
        if (ofTheDay.isPresent()) {
            return ofTheDay;
        }
        for (String key : keysFor(name)) {
            List<Authority> named = byKey.getOrDefault(key, List.of());
            if (named.size() == 1) {
                Authority a = named.get(0);
                warnings.add("\"" + name + "\" is " + a.name() + " (" + a.laCode() + "), which existed "
                        + a.validFrom().map(d -> "from " + d).orElse("")
                        + (a.validFrom().isPresent() && a.validUntil().isPresent() ? " " : "")
                        + a.validUntil().map(d -> "until " + d).orElse("") + ", not on the report's date " + day);
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** The authority a name denotes in the register of 2009 (the letters' and reviews' register). */
    public Optional<Authority> resolve(String name) {
        return resolve(name, REGISTER_OF_2009);
    }

    private static final Pattern NOT_KEY = Pattern.compile("[^a-z0-9]+");

    private static String key(String name) {
        return NOT_KEY.matcher(name.toLowerCase(Locale.ROOT).replace("&", " and ").replace("'", " ").replace("\u2019", " "))
                .replaceAll(" ").strip();
    }

    /**
     * The keys an authority of the register is found by: those of its name, and the short form of an
     * "X-on-Y" name ("southend" for Southend-on-Sea), kept only where no other authority shares it.
     * Short forms come from register names only, so "Newcastle-under-Lyme" in a report does not
     * shorten to Newcastle.
     */
    private static List<String> registerKeys(String name) {
        List<String> keys = new ArrayList<>(keysFor(name));
        var m = Pattern.compile("^(.+?) (?:on|upon|under) .+$").matcher(keys.get(keys.size() - 1));
        if (m.matches()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    /** The lookup keys of a name, most specific first. */
    static List<String> keysFor(String name) {
        LinkedHashMap<String, Boolean> keys = new LinkedHashMap<>();
        String k = key(name);
        keys.put(k, true);
        String stripped = k;
        for (boolean changed = true; changed; ) {
            changed = false;
            for (Pattern affix : AFFIXES) {
                String next = affix.matcher(stripped).replaceAll("").strip();
                if (!next.equals(stripped) && !next.isEmpty()) {
                    stripped = next;
                    changed = true;
                }
            }
        }
        keys.put(stripped, true);
        if (stripped.startsWith("county ")) {
            keys.put(stripped.substring("county ".length()), true);
        }
        keys.remove("");
        return Collections.unmodifiableList(new ArrayList<>(keys.keySet()));
    }
}
