package org.ofstedkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ofstedkg.TestStores;

/** The search page and search in SPARQL, over HTTP, on the samples. */
class SearchPageTest {

    private static TestStores.Served served;

    @BeforeAll
    static void start() {
        served = TestStores.served();
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:"
                + served.server().port() + path)).header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> search(String words) throws Exception {
        return get("/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8), "text/html");
    }

    @Test
    void theFormHasALabelAndSendsQByGet() throws Exception {
        var r = get("/search", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<form method=\"get\" action=\"/search\" role=\"search\">")
                && r.body().contains("<label for=\"q\">") && r.body().contains("id=\"q\" name=\"q\""), r.body());
        assertFalse(r.body().contains("id=\"error\""));
        assertTrue(r.body().contains("<a href=\"/search\">Search</a>"), "every page's navigation leads to it");
    }

    @Test
    void aPhraseIsFoundAndLinkedToItsPlaceOnTheReportPage() throws Exception {
        var r = search("\"comprehensive CAMHS service\"");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("<p id=\"summary\">1 passage matches"), html);
        Matcher link = Pattern.compile("<a href=\"(/doc/report/joint-area-review/southend-on-sea/2008-05-06)#(ev-\\d+-\\d+)\">")
                .matcher(html);
        assertTrue(link.find(), html);
        assertTrue(html.contains(">Southend-on-Sea</a>, 2008-05-06") && html.contains("<mark>comprehensive CAMHS service</mark>"),
                html);
        // The report page has that anchor, on the quote.
        String report = get(link.group(1), "text/html").body();
        assertTrue(report.contains("id=\"" + link.group(2) + "\""), link.group(2));
        // The search is kept in the form, escaped.
        assertTrue(html.contains("value=\"&quot;comprehensive CAMHS service&quot;\""), html);
    }

    @Test
    void resultsComeAPageAtATime() throws Exception {
        String all = search("the OR children").body();
        Matcher total = Pattern.compile("<p id=\"summary\">(\\d+) passages match").matcher(all);
        assertTrue(total.find(), all);
        int n = Integer.parseInt(total.group(1));
        assertTrue(n > Site.HITS_PER_PAGE, all);
        assertTrue(all.contains("rel=\"next\" href=\"/search?q=the+OR+children&amp;page=2\""), all);
        assertEquals(Site.HITS_PER_PAGE, Pattern.compile("<li><p>").matcher(all).results().count());
        var second = get("/search?q=the+OR+children&page=2", "text/html").body();
        assertTrue(second.contains("<ol id=\"hits\" start=\"21\">") && second.contains("rel=\"prev\""), second);
        var beyond = get("/search?q=children&page=400", "text/html");
        assertEquals(200, beyond.statusCode());
        assertTrue(beyond.body().contains("there is no page 400"), beyond.body());
    }

    @Test
    void emptyAndBadSearchesArePlain400s() throws Exception {
        for (String words : new String[] {"", "care AND", "(care", "*care", "care\"", "care:"}) {
            var r = search(words);
            assertEquals(400, r.statusCode(), words);
            assertTrue(r.body().contains("<p id=\"error\" role=\"alert\">"), r.body());
            assertFalse(r.body().contains("Exception") || r.body().contains("at org.") || r.body().contains("<EOF>"),
                    r.body());
        }
        assertTrue(search("").body().contains("Type a word or phrase to search for."));
        var page = get("/search?q=care&page=x", "text/html");
        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("The page must be a whole number"), page.body());
        // Markup typed into the search is shown as text.
        var markup = search("<script>alert(1)</script>");
        assertFalse(markup.body().contains("<script>alert"), markup.body());
    }

    @Test
    void theSparqlEndpointSearchesAndRefusesABadSearchPlainly() throws Exception {
        String query = TestStores.cannedQuery("search.rq").replaceFirst("\\(\"CAMHS\" 100\\)", "(\"\\\\\"comprehensive CAMHS\\\\\"\" 5)");
        var r = get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().startsWith("score,authority,la_code,date,report,evidence,quote"), r.body());
        assertTrue(r.body().contains(",Southend-on-Sea,882,2008-05-06,https://w3id.org/ofsted-kg/id/report/joint-area-review/"
                + "southend-on-sea/2008-05-06,"), r.body());
        var bad = get("/sparql?query=" + URLEncoder.encode(TestStores.cannedQuery("search.rq").replace("(\"CAMHS\" 100)", "(\"care AND\" 100)"),
                StandardCharsets.UTF_8), "text/csv");
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("cannot be read"), bad.body());
        assertFalse(bad.body().contains("at org."), bad.body());
    }
}
