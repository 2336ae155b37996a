package org.ofstedkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.ofstedkg.TestStores.flat;
import static org.ofstedkg.TestStores.rows;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ofstedkg.Samples;
import org.ofstedkg.TestStores;
import org.ofstedkg.extract.Extractor;
import org.ofstedkg.extract.decode.Document;
import org.ofstedkg.extract.register.AuthorityRegister;
import org.ofstedkg.map.UriScheme;
import org.ofstedkg.model.Judgement;
import org.ofstedkg.model.Report;
import org.ofstedkg.store.KnowledgeStore;

/**
 * A letter that states the rating of an earlier year as well as its own: the earlier one is kept as a fact of its
 * year (okg:EarlierJudgement), the ratings query gives both years, and the letter's own rating is unchanged.
 */
class EarlierRatingTest {

    private static final String OWN = "Children's services in Blackpool Borough Council perform well.";

    private static String letter(String replacingOwn) {
        String text = Samples.text(Samples.BLACKPOOL_LETTER);
        assertFalse(text.indexOf(OWN) < 0);
        return text.replace(OWN, replacingOwn);
    }

    private static List<String> ratings(String text) throws Exception {
        Report r = new Extractor(AuthorityRegister.bundled()).extract(Document.of("l.txt",
                text.getBytes(StandardCharsets.UTF_8)));
        return r.judgements().stream().map(EarlierRatingTest::describe).toList();
    }

    private static String describe(Judgement j) {
        return j.earlierYear().map(y -> y + " ").orElse("own ") + j.grade().value();
    }

    @Test
    void aLevelOfAnEarlierYearIsThatYearsRatingNotTheLetters() throws Exception {
        assertEquals(List.of("own 3", "2008 2"), ratings(letter(OWN + " Last year its services were rated as "
                + "performing adequately.")));
        // Two statements in one sentence, the earlier first.
        assertEquals(List.of("own 3", "2008 2"), ratings(letter("In 2008 the council's children's services were judged "
                + "to perform adequately; the 2009 rating is that they perform well.")));
        // The scale's description of a level, for the earlier year.
        assertEquals(List.of("own 3", "2008 2"), ratings(letter(OWN + " In 2008, when the rating was made, its services "
                + "were judged to meet only the minimum requirements.")));
    }

    @Test
    void theLettersOwnLevelSaidToBeThatOfAnEarlierYear() throws Exception {
        assertEquals(List.of("own 3", "2008 3"), ratings(letter(OWN.replace(".", ", a position they also held in 2008."))));
        assertEquals(List.of("own 3", "2008 3"), ratings(letter(OWN.replace(".", ", as they did in 2008."))));
        assertEquals(List.of("own 3", "2008 3"), ratings(letter(OWN.replace(".", ", the same as last year."))));
        // In the present, a year named is no earlier rating: the letter's own stands.
        assertEquals(List.of("own 3"), ratings(letter(OWN.replace(".", ", building on its work in 2008."))));
    }

    @Test
    void levelsOfOtherThingsInEarlierYearsAreNoRatings() throws Exception {
        assertEquals(List.of("own 3"), ratings(letter(OWN + " In 2008, 60% of pupils performed well in the tests.")));
        assertEquals(List.of("own 3"), ratings(letter(OWN + " The scale is the same as in 2008, from performing "
                + "excellently to performing poorly.")));
    }

    @Test
    void theRatingsQueryGivesEachYearAndTheOtherQueriesOnlyTheLettersOwn() throws Exception {
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            Pipeline pipeline = new Pipeline(UriScheme.defaults());
            pipeline.prepare(store);
            var outcome = pipeline.ingest("blackpool.txt", letter(OWN + " Last year its services were rated as performing "
                    + "adequately.").getBytes(StandardCharsets.UTF_8), store);
            assertFalse(outcome.rejected(), outcome.reason() + " " + outcome.violations());
            assertEquals(List.of("Blackpool|2008|2|Performs adequately", "Blackpool|2009|3|Performs well"),
                    flat(rows(store, TestStores.cannedQuery("ratings.rq")), "authority", "year", "grade", "label"));
            assertEquals(List.of("annual-rating|overall|3"),
                    flat(rows(store, TestStores.cannedQuery("judgements.rq")), "assessment", "area", "grade"));
            assertEquals(List.of("https://w3id.org/ofsted-kg/id/report/annual-rating-letter/blackpool/2009-12-09/"
                    + "earlier-judgement/annual-rating/overall/2008"), flat(rows(store, "PREFIX okg: "
                    + "<https://w3id.org/ofsted-kg/def/> SELECT ?j { ?j a okg:EarlierJudgement ; okg:year ?y }"), "j"));
        }
    }
}
