package org.ofstedkg.extract.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.ofstedkg.map.UriScheme;
import org.ofstedkg.model.Authority;

class AuthorityRegisterTest {

    private static final AuthorityRegister REGISTER = AuthorityRegister.bundled();

    @Test
    void theRegisterOf2009HoldsThe152AuthoritiesUnderTheirFirstIdentifiers() {
        var of2009 = REGISTER.inForceOn(AuthorityRegister.REGISTER_OF_2009);
        assertEquals(152, of2009.size());
        for (Authority a : of2009) {
            // Identifiers never change: those of 2009 are the slugs of their names, as before the register had dates.
            assertEquals(UriScheme.slug(a.name()), a.id());
        }
        assertEquals(REGISTER.all().size(), REGISTER.all().stream().map(Authority::id).distinct().count(),
                "identifiers are unique over all time");
        assertEquals(153, REGISTER.inForceOn(LocalDate.of(2025, 1, 1)).size(), "153 authorities today");
        assertEquals(150, REGISTER.inForceOn(LocalDate.of(2008, 5, 6)).size(), "150 before the splits of April 2009");
    }

    @ParameterizedTest(name = "{0} on {1} is {2}")
    @CsvSource(delimiter = '|', value = {
            "Dorset County Council | 2014-05-01 | dorset | 835",
            "Dorset Council | 2021-11-19 | dorset-2019 | 838",
            "Buckinghamshire County Council | 2018-01-29 | buckinghamshire | 825",
            "Buckinghamshire Council | 2022-02-11 | buckinghamshire-2020 | 825",
            "Bournemouth, Christchurch and Poole Council | 2019-12-01 | bournemouth-christchurch-and-poole | 839",
            "Cumberland | 2024-11-26 | cumberland | 942",
            "Cumbria County Council | 2015-06-01 | cumbria | 909",
            "North Yorkshire Council | 2024-01-01 | north-yorkshire-2023 | 815",
            "Bedfordshire County Council | 2008-05-06 | bedfordshire | 820",
            "Cheshire County Council | 2008-03-31 | cheshire | 875",
            "Tameside metropolitan borough | 2019-07-01 | tameside | 357",
            "Bristol City of | 2018-10-22 | bristol-city-of | 801",
            "Southend-on-Sea city council | 2024-12-03 | southend-on-sea | 882",
            "City of Bradford Metropolitan District Council | 2014-05-23 | bradford | 380"})
    void namesResolveOntoTheAuthorityOfTheirDay(String text, LocalDate day, String id, String laCode) {
        Authority a = REGISTER.resolve(text, day).orElseThrow(() -> new AssertionError(text + " resolves to nothing"));
        assertEquals(id, a.id());
        assertEquals(laCode, a.laCode());
        assertEquals(a, REGISTER.byLaCode(laCode, day).orElseThrow());
    }

    @Test
    void aBoroughsOwnNameForItselfResolves() {
        // "Bedford Borough": the unitary council of 2009 calls itself so, with no "Council" after it.
        assertEquals("822", REGISTER.resolve("Bedford Borough", AuthorityRegister.REGISTER_OF_2009).orElseThrow().laCode());
    }

    @Test
    void namesOfAuthoritiesThatDidNotExistThatDayResolveToNothing() {
        assertEquals(Optional.empty(), REGISTER.resolve("Cumberland Council", LocalDate.of(2019, 1, 1)));
        assertEquals(Optional.empty(), REGISTER.resolve("Northamptonshire County Council", LocalDate.of(2022, 1, 1)));
        assertEquals(Optional.empty(), REGISTER.resolve("Bedfordshire County Council", LocalDate.of(2010, 1, 1)));
    }

    @Test
    void todaysAuthoritiesCarryUrnRegionTypeAndNeighbours() {
        Authority southend = REGISTER.byId("southend-on-sea").orElseThrow();
        assertEquals(Optional.of("80559"), southend.urn());
        assertEquals("East of England", southend.region().orElseThrow().name());
        assertEquals(10, southend.statisticalNeighbours().size());
        // The lookup table's own region codes are wrong on a few rows (Buckinghamshire E12000004, Medway none).
        var southEast = new Authority.Region("E12000008", "South East", "SE");
        assertEquals(Optional.of(southEast), REGISTER.byId("buckinghamshire-2020").orElseThrow().region());
        assertEquals(Optional.of(southEast), REGISTER.byId("medway").orElseThrow().region());
        assertEquals(9, REGISTER.all().stream().flatMap(a -> a.region().stream()).distinct().count(), "one of each region");
        assertTrue(REGISTER.all().stream().filter(a -> a.validUntil().isEmpty()).allMatch(a -> a.region().isPresent()),
                "every authority of today has its region");
        Authority dorset = REGISTER.byId("dorset-2019").orElseThrow();
        assertEquals(Optional.of("2532283"), dorset.urn());
        assertEquals(Optional.empty(), REGISTER.byId("dorset").orElseThrow().urn(), "the county council of 2009 is no provider today");
        var cumbria = REGISTER.changes().stream().filter(c -> c.from().equals(java.util.List.of("cumbria"))).findFirst()
                .orElseThrow();
        assertEquals(java.util.List.of("cumberland", "westmorland-and-furness"), cumbria.to());
        assertEquals(LocalDate.of(2023, 4, 1), cumbria.date());
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "Southend Borough Council | Southend-on-Sea",
            "Southend-on-sea Borough Council | Southend-on-Sea",
            "Southend-on-Sea Children's Services Authority Area | Southend-on-Sea",
            "Norfolk Children's Services Authority | Norfolk",
            "Leeds Local Education Authority | Leeds",
            "Wigan Children and Young People's Services | Wigan",
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
