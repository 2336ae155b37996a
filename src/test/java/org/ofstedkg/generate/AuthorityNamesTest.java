package org.ofstedkg.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ofstedkg.extract.register.AuthorityRegister;
import org.ofstedkg.model.Authority;

/** Every name the generator gives an authority is one the register resolves to that authority. */
class AuthorityNamesTest {

    private static final AuthorityRegister REGISTER = AuthorityRegister.bundled();

    @Test
    void everyNameOfEveryAuthorityResolvesToIt() {
        List<String> wrong = new ArrayList<>();
        // The generator writes letters and reviews of 2008-2009: the authorities of that register.
        for (Authority a : REGISTER.inForceOn(AuthorityRegister.REGISTER_OF_2009)) {
            List<String> names = new ArrayList<>(AuthorityNames.councilNames(a));
            assertTrue(!names.isEmpty(), a.name());
            names.add(AuthorityNames.area(a));
            for (String name : names) {
                String resolved = REGISTER.resolve(name).map(Authority::id).orElse("(none)");
                if (!resolved.equals(a.id())) {
                    wrong.add(name + " -> " + resolved + ", not " + a.name());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void councilsAreNamedAsTheyNameThemselves() {
        assertEquals(List.of("London Borough of Camden", "Camden Council"), names("Camden"));
        assertEquals(List.of("Leeds City Council", "Leeds Council"), names("Leeds"));
        assertEquals(List.of("Sefton Metropolitan Borough Council", "Sefton Council"), names("Sefton"));
        assertEquals(List.of("Essex County Council", "Essex Council"), names("Essex"));
        assertEquals(List.of("Blackpool Borough Council", "Blackpool Council"), names("Blackpool"));
        assertEquals(List.of("Southend-on-Sea Borough Council", "Southend-on-Sea Council", "Southend Borough Council",
                "Southend-on-sea Borough Council"), names("Southend-on-Sea"));
        assertEquals(List.of("Bristol City Council", "Bristol Council"), names("Bristol, City of"));
        assertEquals("Durham Children's Services Authority Area",
                AuthorityNames.area(REGISTER.all().stream().filter(a -> a.name().equals("County Durham")).findFirst().orElseThrow()));
    }

    private static List<String> names(String registerName) {
        return AuthorityNames.councilNames(REGISTER.all().stream().filter(a -> a.name().equals(registerName))
                .findFirst().orElseThrow());
    }
}
