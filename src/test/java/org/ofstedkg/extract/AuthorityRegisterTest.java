package org.ofstedkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.ofstedkg.map.UriScheme;
import org.ofstedkg.model.Authority;

class AuthorityRegisterTest {

    private static final AuthorityRegister REGISTER = AuthorityRegister.bundled();

    @Test
    void theRegisterHoldsThe152Authorities() {
        assertEquals(152, REGISTER.all().size());
        assertEquals(152, REGISTER.all().stream().map(a -> UriScheme.slug(a.name())).distinct().count(),
                "identifier slugs are unique");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "Southend Borough Council | Southend-on-Sea",
            "Southend-on-sea Borough Council | Southend-on-Sea",
            "Southend-on-Sea Children's Services Authority Area | Southend-on-Sea",
            "Sefton Metropolitan Borough Council | Sefton",
            "London Borough of Camden | Camden",
            "Royal Borough of Windsor and Maidenhead | Windsor and Maidenhead",
            "Royal Borough of Kingston upon Thames | Kingston upon Thames",
            "Kingston upon Hull City Council | Kingston upon Hull, City of",
            "Hull City Council | Kingston upon Hull, City of",
            "Bristol City Council | Bristol, City of",
            "City of Bristol Council | Bristol, City of",
            "Herefordshire County Council | Herefordshire, County of",
            "Durham County Council | County Durham",
            "Stoke-on-Trent City Council | Stoke-on-Trent",
            "St Helens Council | St. Helens",
            "Brighton & Hove City Council | Brighton and Hove",
            "Newcastle City Council | Newcastle upon Tyne",
            "City of London | City of London",
            "Council of the Isles of Scilly | Isles of Scilly"})
    void namesResolveWhateverTheWording(String text, String registerName) {
        assertEquals(registerName, REGISTER.resolve(text).map(Authority::name).orElse("(none)"));
    }

    @ParameterizedTest
    @CsvSource({"Atlantis Borough Council", "Kingston Council", "Borough Council", "''",
            "Newcastle-under-Lyme Borough Council", "Stratford-on-Avon District Council"})
    void unknownOrAmbiguousNamesResolveToNothing(String text) {
        assertEquals(Optional.empty(), REGISTER.resolve(text));
    }

    @Test
    void slugsAreReadable() {
        assertEquals("southend-on-sea", UriScheme.slug("Southend-on-Sea"));
        assertEquals("bristol-city-of", UriScheme.slug("Bristol, City of"));
        assertEquals("st-helens", UriScheme.slug("St. Helens"));
        assertEquals("brighton-and-hove", UriScheme.slug("Brighton & Hove"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "King's Lynn|kings-lynn", "\"  (Herefordshire)  \"|herefordshire", "--Isle of Wight--|isle-of-wight",
            "&|and", "'|\"\"", "Ōxford 2|xford-2", "Telford and Wrekin, ·|telford-and-wrekin", "ÉÉ|\"\"",
            "A&B|a-and-b", "Tower \t Hamlets|tower-hamlets"})
    void slugsFoldEveryRunOfOtherCharactersIntoOneHyphenAndNoneAtEitherEnd(String name, String slug) {
        // Identifiers never change: these are the slugs the earlier, pattern-based rule gave.
        assertEquals(slug, UriScheme.slug(name));
    }
}
