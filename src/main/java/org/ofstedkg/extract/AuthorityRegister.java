package org.ofstedkg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ofstedkg.Bundled;
import org.ofstedkg.model.Authority;

/**
 * The register of England's 152 children's services authorities (2009), and the resolution of the
 * many ways reports name them ("Southend Borough Council", "Southend-on-Sea Children's Services
 * Authority Area", "London Borough of X", "X City Council") onto one entry.
 */
public final class AuthorityRegister {

    public static final String RESOURCE = "/reference/english-authorities-2009.csv";

    /** Words around an authority's name that say what kind of body it is, not which one. */
    private static final List<Pattern> AFFIXES = List.of(
            Pattern.compile("^(?:the )?(?:council of the|london borough of|royal borough of|metropolitan borough of"
                    + "|borough of|city and county of|city of|county of) "),
            Pattern.compile(" (?:children s services authority area|children s services|local authority"
                    + "|metropolitan borough council|metropolitan district council|county borough council"
                    + "|borough council|district council|city council|county council|unitary authority|council"
                    + "|city of|county of)$"));

    /** Names a report may use that no rule derives from the register's name. */
    private static final Map<String, String> ALIASES = Map.of(
            "hull", "810",
            "durham", "840");

    private final List<Authority> authorities;
    private final Map<String, Authority> byLaCode = new HashMap<>();
    private final Map<String, Authority> byKey;

    private AuthorityRegister(List<Authority> authorities) {
        this.authorities = List.copyOf(authorities);
        Map<String, Authority> keys = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Authority a : authorities) {
            byLaCode.put(a.laCode(), a);
            for (String key : registerKeys(a.name())) {
                Authority other = keys.putIfAbsent(key, a);
                if (other != null && other != a) {
                    ambiguous.add(key);
                }
            }
        }
        ambiguous.forEach(keys::remove);
        ALIASES.forEach((alias, code) -> {
            Authority a = byLaCode.get(code);
            if (a != null) {
                keys.putIfAbsent(alias, a);
            }
        });
        this.byKey = keys;
    }

    /** The register bundled with the program. */
    public static AuthorityRegister bundled() {
        try (InputStream in = Bundled.open(RESOURCE)) {
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static AuthorityRegister parse(InputStream csv) throws IOException {
        List<Authority> list = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (var reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            for (CSVRecord r : format.parse(reader)) {
                String name = r.get("name").strip();
                list.add(new Authority(name, r.get("dfe_la_code").strip(), r.get("gss_code").strip()));
            }
        }
        return new AuthorityRegister(list);
    }

    public List<Authority> all() {
        return authorities;
    }

    public Optional<Authority> byLaCode(String laCode) {
        return Optional.ofNullable(byLaCode.get(laCode));
    }

    /** The authority a name denotes, however the report words it. */
    public Optional<Authority> resolve(String name) {
        for (String key : keysFor(name)) {
            Authority a = byKey.get(key);
            if (a != null) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
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
