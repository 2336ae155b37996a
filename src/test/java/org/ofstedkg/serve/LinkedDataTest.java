package org.ofstedkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ofstedkg.TestStores;
import org.ofstedkg.map.UriScheme;
import org.ofstedkg.map.Vocab;
import org.ofstedkg.pipeline.Pipeline;
import org.ofstedkg.store.KnowledgeStore;

/** Every identifier dereferences over real HTTP: 303s, content negotiation, suffixes, 404s, caching, CORS. */
class LinkedDataTest {

    private static TestStores.Served served;
    private static KnowledgeStore store;
    private static SparqlServer server;
    private static final String AUTHORITY = "https://w3id.org/ofsted-kg/id/authority/southend-on-sea";

    @BeforeAll
    static void start() {
        served = TestStores.served();
        store = served.store();
        server = served.server();
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    private static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        return send("GET", path, headers);
    }

    private static HttpResponse<byte[]> send(String method, String path, String... headers) throws Exception {
        var b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        // A new client per call, and no redirects followed: the 303 itself is under test.
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static final Node SAME_AS = NodeFactory.createURI(Vocab.OWL + "sameAs");

    /** The address this server serves a path of its identifiers at, as its documents name things. */
    private static String served(String path) {
        return "http://localhost:" + server.port() + "/" + path;
    }

    private static Graph parse(byte[] body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).base("http://localhost/").parse(g);
        return g;
    }

    @Test
    void anIdentifierAnswers303ToItsDocument() throws Exception {
        var r = get("/id/authority/southend-on-sea", "Accept", "text/turtle");
        assertEquals(303, r.statusCode());
        assertEquals("/doc/authority/southend-on-sea", r.headers().firstValue("Location").orElse(""));
        var judgement = get("/id/report/joint-area-review/southend-on-sea/2008-05-06/judgement/joint-area-review/"
                + "safeguarding");
        assertEquals(303, judgement.statusCode(), "a thing with no page of its own is known too");
    }

    @Test
    void anUnknownIdentifierIs404AtOnceNotARedirectToA404() throws Exception {
        for (String path : new String[] {"/id/authority/atlantis", "/id/report/none", "/id/authority/southend-on-sea/x"}) {
            var r = get(path, "Accept", "text/turtle");
            assertEquals(404, r.statusCode(), path);
            assertTrue(r.headers().firstValue("Location").isEmpty(), path);
            assertTrue(new String(r.body(), StandardCharsets.UTF_8).contains("No resource is known at " + path), path);
        }
        var page = get("/id/authority/atlantis", "Accept", "text/html");
        assertEquals(404, page.statusCode());
        assertTrue(new String(page.body(), StandardCharsets.UTF_8).contains("<h1>Not found</h1>"), "a page for a browser");
    }

    @Test
    void aNotFoundVariesByAcceptAsItIsCacheable() throws Exception {
        // A page or plain text by Accept, kept for a minute: a shared cache must key it by Accept.
        for (String path : new String[] {"/id/authority/atlantis", "/doc/authority/atlantis", "/def/nothing",
                "/graph/nothing", "/doc/authority/atlantis.ttl"}) {
            var r = get(path, "Accept", "text/html");
            assertEquals(404, r.statusCode(), path);
            assertTrue(r.headers().allValues("Vary").stream().anyMatch(v -> v.matches("(?i)(.*,\\s*)?Accept(\\s*,.*)?")),
                    path + ": " + r.headers().map());
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "text/turtle;q=0, application/ld+json | application/ld+json",
            "*/*;q=0.1, text/turtle;q=0 | application/ld+json",
            "text/*, text/turtle;q=0 | text/html",
            "text/*;q=0.5, application/n-triples;q=0.4 | text/turtle",
            "application/rdf+xml;q=0.5, text/turtle;q=0.9, text/html;q=0.1 | text/turtle",
            "application/rdf+xml, */*;q=0.2 | application/rdf+xml",
            "text/html;q=0.8, application/xhtml+xml;q=0.9, */*;q=0.1 | text/html",
            "application/json | application/json",
            "application/ld+json;q=0, application/json | application/json",
            "application/json;q=0.5, application/ld+json | application/ld+json",
            "*/* | text/turtle",
            "'' | text/turtle"})
    void acceptIsNegotiatedByQValuesAndSpecificity(String accept, String expected) throws Exception {
        var r = accept.isEmpty() ? get("/doc/authority/southend-on-sea") : get("/doc/authority/southend-on-sea", "Accept", accept);
        assertEquals(200, r.statusCode(), accept);
        assertEquals(expected, r.headers().firstValue("Content-Type").orElse("").split(";")[0], accept);
        assertTrue(r.headers().allValues("Vary").stream().anyMatch(v -> v.matches("(?i)(.*,\\s*)?Accept(\\s*,.*)?")),
                "Vary: Accept " + r.headers().map());
    }

    @Test
    void aTypeRefusedWithQ0IsNeverSentUnderAnyName() throws Exception {
        // HTML is not XHTML: a client that refuses text/html gets no page, whatever else it would take.
        var xhtml = get("/doc/authority/southend-on-sea", "Accept", "text/html;q=0, application/xhtml+xml");
        assertEquals(406, xhtml.statusCode(), xhtml.headers().map().toString());
        // JSON-LD is JSON: asked for as JSON only, it is labelled as what was asked for.
        var json = get("/doc/authority/southend-on-sea", "Accept", "application/ld+json;q=0, application/json");
        assertEquals(200, json.statusCode());
        assertEquals("application/json", json.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        parse(json.body(), Lang.JSONLD);
    }

    @Test
    void acceptFieldLinesAreCombinedAndQuotedParametersKeptWhole() throws Exception {
        // RFC 9110 5.3: repeated field lines are one list. Java's client sends each value on a line of its own.
        var lines = get("/doc/authority/southend-on-sea", "Accept", "text/turtle;q=0.1", "Accept", "application/n-triples");
        assertEquals("application/n-triples", lines.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        // RFC 9110 5.6.6: a quoted parameter value may hold commas and semicolons; they split nothing.
        for (String[] asked : new String[][] {
                {"application/n-triples;foo=\"x;q=0\", text/turtle;q=0.5", "application/n-triples"},
                {"application/n-triples;profile=\"a,text/turtle;q=1\";q=0.1, text/turtle;q=0.5", "text/turtle"},
                {"application/n-triples;p=\"\\\",q=0\", text/turtle;q=0.5", "application/n-triples"}}) {
            var r = get("/doc/authority/southend-on-sea", "Accept", asked[0]);
            assertEquals(asked[1], r.headers().firstValue("Content-Type").orElse("").split(";")[0], asked[0]);
        }
    }

    /** The media types a document is offered in, as a 406 names them; and those of data that has no page. */
    private static final String DATA_TYPES = "text/turtle, application/ld+json, application/rdf+xml, application/n-triples";
    private static final String DOCUMENT_TYPES = DATA_TYPES + ", text/html";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/doc/authority/southend-on-sea | " + DOCUMENT_TYPES,
            "/def/ | " + DOCUMENT_TYPES,
            "/def/area/safeguarding | " + DOCUMENT_TYPES,
            "/.well-known/void | " + DATA_TYPES,
            "/graph/register | " + DATA_TYPES,
            "/ | " + DOCUMENT_TYPES,
            "/query | text/html",
            "/sparql | " + DATA_TYPES,
            "/dumps/ | text/html",
            "/dumps/ofsted-kg.nq.gz | application/gzip",
            "/summary.csv | text/csv; charset=utf-8",
            "/summary.xlsx | application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    void whatNothingOfferedIsAcceptableForIs406NamingWhatIsOffered(String path, String offered) throws Exception {
        for (String accept : new String[] {"image/png", "text/turtle;q=0, application/ld+json;q=0, application/rdf+xml;q=0, "
                + "application/n-triples;q=0, text/html;q=0, application/gzip;q=0, text/csv;q=0, application/*;q=0, "
                + "*/*;q=0.5"}) {
            var r = get(path, "Accept", accept);
            String body = new String(r.body(), StandardCharsets.UTF_8);
            assertEquals(406, r.statusCode(), path + " for " + accept + ": " + body);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), path);
            assertTrue(body.contains("Offered: " + offered), path + ": " + body);
            assertTrue(r.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")), path);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"text/turtle, TURTLE", "application/ld+json, JSONLD", "application/rdf+xml, RDFXML",
            "application/n-triples, NTRIPLES"})
    void theDocumentNegotiatesItsFormatAndDescribesTheThing(String accept, String lang) throws Exception {
        var r = get("/doc/authority/southend-on-sea", "Accept", accept);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(accept));
        assertTrue(r.headers().firstValue("Vary").orElse("").contains("Accept"));
        Graph g = parse(r.body(), switch (lang) {
            case "TURTLE" -> Lang.TURTLE;
            case "JSONLD" -> Lang.JSONLD;
            case "RDFXML" -> Lang.RDFXML;
            default -> Lang.NTRIPLES;
        });
        // Named by the address it is served at, which is the same as its identifier (ServedLinks).
        Node authority = NodeFactory.createURI(served("id/authority/southend-on-sea"));
        assertTrue(g.contains(authority, SAME_AS, NodeFactory.createURI(AUTHORITY)));
        assertTrue(g.contains(authority, Vocab.LA_CODE, NodeFactory.createLiteralString("882")));
        assertTrue(g.contains(authority, Vocab.STATISTICAL_GEOGRAPHY_PROPERTY,
                NodeFactory.createURI("http://statistics.data.gov.uk/id/statistical-geography/E06000033")));
        assertEquals(2, g.find(Node.ANY, Vocab.AUTHORITY, authority).toList().size(),
                "the incoming links that matter: the authority's two reports");
    }

    @ParameterizedTest(name = ".{0}")
    @CsvSource({"ttl, text/turtle", "jsonld, application/ld+json", "rdf, application/rdf+xml",
            "nt, application/n-triples", "html, text/html"})
    void aSuffixChoosesTheFormat(String suffix, String mediaType) throws Exception {
        var r = get("/doc/authority/southend-on-sea." + suffix, "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(mediaType));
    }

    @Test
    void theHtmlPageShowsTheThingAndLinksToItsReports() throws Exception {
        var r = get("/doc/authority/southend-on-sea", "Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        String html = new String(r.body(), StandardCharsets.UTF_8);
        assertTrue(html.contains("<h1>Southend-on-Sea</h1>"), html);
        assertTrue(html.contains("href=\"/doc/report/joint-area-review/southend-on-sea/2008-05-06\""), html);
        assertTrue(html.contains("E06000033"), html);
    }

    @Test
    void aJudgementDereferencesWithItsEvidenceQuote() throws Exception {
        var r = get("/doc/report/joint-area-review/southend-on-sea/2008-05-06/judgement/joint-area-review/safeguarding",
                "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        String turtle = new String(r.body(), StandardCharsets.UTF_8);
        assertTrue(turtle.contains("Safeguarding 2"), turtle);
    }

    @Test
    void anEvidenceDocumentLinksToItsFactAndGivesItsOffsets() throws Exception {
        String judgementPath = "report/joint-area-review/southend-on-sea/2008-05-06/judgement/joint-area-review/safeguarding";
        Node judgement = NodeFactory.createURI(served("id/" + judgementPath));
        Graph j = parse(get("/doc/" + judgementPath, "Accept", "text/turtle").body(), Lang.TURTLE);
        Node evidence = j.find(judgement, Vocab.EVIDENCE, Node.ANY).next().getObject();
        var r = get("/doc/" + evidence.getURI().substring(served("id/").length()), "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        Graph g = parse(r.body(), Lang.TURTLE);
        assertTrue(g.contains(judgement, Vocab.EVIDENCE, evidence), "the evidence's document names the fact it supports");
        assertTrue(g.contains(Node.ANY, Vocab.OA_START, Node.ANY) && g.contains(Node.ANY, Vocab.OA_END, Node.ANY)
                && g.contains(Node.ANY, Vocab.OA_EXACT, Node.ANY), "and its offsets and quote");
    }

    @Test
    void anUnknownIdentifierIsA404PageNotAStackTrace() throws Exception {
        var html = get("/doc/authority/atlantis", "Accept", "text/html");
        assertEquals(404, html.statusCode());
        String body = new String(html.body(), StandardCharsets.UTF_8);
        assertTrue(body.contains("<h1>Not found</h1>") && !body.contains("Exception"), body);
        assertEquals(404, get("/doc/authority/atlantis", "Accept", "text/turtle").statusCode());
        for (String escape : new String[] {"/id/authority/a%2F..%2F..%2Fetc%2Fpasswd", "/doc/..%2F..%2Fetc%2Fpasswd",
                "/id/authority/..;/..;/etc/passwd"}) {
            var r = get(escape);
            assertTrue(r.statusCode() == 400 || r.statusCode() == 404, escape + " answered " + r.statusCode());
            assertTrue(!new String(r.body(), StandardCharsets.UTF_8).contains("root:"), "no file is ever read");
        }
        assertEquals(404, get("/nothing-here").statusCode());
    }

    @Test
    void etagsAnswer304AndGzipIsServedWhenAccepted() throws Exception {
        var first = get("/doc/authority/southend-on-sea", "Accept", "text/turtle");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(first.headers().firstValue("Last-Modified").isPresent());
        assertEquals(304, get("/doc/authority/southend-on-sea", "Accept", "text/turtle", "If-None-Match", etag)
                .statusCode());
        var gz = get("/doc/authority/southend-on-sea", "Accept", "text/turtle", "Accept-Encoding", "gzip");
        assertEquals("gzip", gz.headers().firstValue("Content-Encoding").orElse(""));
        byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(gz.body())).readAllBytes();
        assertEquals(new String(first.body(), StandardCharsets.UTF_8), new String(unzipped, StandardCharsets.UTF_8));
    }

    @Test
    void everyDataResponseAllowsAnyOriginWithoutCredentialsAndLetsScriptsReadItsValidators() throws Exception {
        for (String path : new String[] {"/doc/authority/southend-on-sea", "/id/authority/southend-on-sea", "/def/",
                "/.well-known/void", "/doc/authority/atlantis", "/", "/query", "/dumps/", "/dumps/ofsted-kg.ttl.gz",
                "/dumps/none", "/summary.csv", "/graph/register", "/sparql", "/sparql?query=ASK%7B%7D",
                "/sparql?query=SELEC", "/doc/authority/southend-on-sea.ttl"}) {
            var headers = get(path, "Origin", "https://example.org").headers();
            assertEquals(List.of("*"), headers.allValues("Access-Control-Allow-Origin"), path);
            assertTrue(headers.firstValue("Access-Control-Allow-Credentials").isEmpty(),
                    path + ": credentials beside '*' are refused by browsers, and public data needs none");
            List<String> exposed = List.of(headers.firstValue("Access-Control-Expose-Headers").orElse("").split(",\\s*"));
            assertTrue(exposed.containsAll(List.of("ETag", "Last-Modified")), path + ": " + exposed);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"/doc/authority/southend-on-sea | GET, HEAD", "/id/authority/southend-on-sea | GET, HEAD",
            "/ | GET, HEAD", "/dumps/ofsted-kg.nq.gz | GET, HEAD", "/sparql | GET, HEAD, POST"})
    void aPreflightOffersTheMethodsThatWorkAndNoOther(String path, String methods) throws Exception {
        var r = send("OPTIONS", path, "Origin", "https://example.org", "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "content-type");
        assertEquals(204, r.statusCode());
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(r.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
        assertEquals(methods, r.headers().firstValue("Access-Control-Allow-Methods").orElse(""));
        assertTrue(allowsHeaders(r, "accept", "content-type"), r.headers().map().toString());
        assertTrue(Integer.parseInt(r.headers().firstValue("Access-Control-Max-Age").orElse("0")) > 0);
        // What is offered works; what is not offered is refused.
        for (String method : List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH")) {
            int status = method.equals("POST") && path.equals("/sparql")
                    ? HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.endpoint()))
                            .header("Content-Type", "application/sparql-query")
                            .POST(HttpRequest.BodyPublishers.ofString("ASK {}")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode()
                    : send(method, path).statusCode();
            assertEquals(List.of(methods.split(", ")).contains(method), status != 405, method + " " + path + ": " + status);
        }
        // Without a preflight's header, OPTIONS says the same of the path.
        var options = send("OPTIONS", path);
        assertEquals(204, options.statusCode());
        assertEquals(methods + ", OPTIONS", options.headers().firstValue("Allow").orElse(""));
    }

    /**
     * Whether a preflight's answer lets a script send these request headers, as the Fetch standard reads
     * Access-Control-Allow-Headers for a request without credentials: named, or "*".
     */
    private static boolean allowsHeaders(HttpResponse<?> preflight, String... names) {
        List<String> allowed = List.of(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("")
                .toLowerCase(java.util.Locale.ROOT).split("\\s*,\\s*"));
        return allowed.contains("*") || allowed.containsAll(List.of(names));
    }

    @Test
    void aPreflightAllowsTheRequestHeadersScriptsSend() throws Exception {
        // Libraries add their own headers (X-Requested-With): a preflight refusing them fails the request.
        for (String path : List.of("/doc/authority/southend-on-sea", "/sparql")) {
            var r = send("OPTIONS", path, "Origin", "https://example.org", "Access-Control-Request-Method", "GET",
                    "Access-Control-Request-Headers", "x-requested-with,cache-control,accept-language");
            assertEquals(204, r.statusCode());
            assertTrue(allowsHeaders(r, "x-requested-with", "cache-control", "accept-language"), path + ": "
                    + r.headers().map());
            assertTrue(r.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(),
                    "'*' allows any header only for a request without credentials, as every request here is");
        }
    }

    @Test
    void datesAreImfFixdatesAndConditionalRequestsAnswer304(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("store");
        try (KnowledgeStore s = KnowledgeStore.open(folder)) {
            TestStores.ingestSamples(s, new Pipeline(UriScheme.defaults()));
        }
        // A store opened again last changed when its files were written: on a day of one digit, which is padded.
        var written = FileTime.from(Instant.parse("2024-03-05T08:09:07Z"));
        try (var files = Files.walk(folder)) {
            for (var file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, written);
            }
        }
        try (KnowledgeStore s = KnowledgeStore.open(folder);
                SparqlServer dated = SparqlServer.on(s).port(0).warmAnswers(false).start()) {
            HttpClient http = HttpClient.newHttpClient();
            for (String path : List.of("/doc/authority/southend-on-sea", "/", "/summary.csv", "/dumps/ofsted-kg.nq.gz")) {
                URI uri = URI.create("http://localhost:" + dated.port() + path);
                var r = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding());
                assertEquals(200, r.statusCode(), path);
                String lastModified = r.headers().firstValue("Last-Modified").orElse("");
                assertEquals("Tue, 05 Mar 2024 08:09:07 GMT", lastModified, path);
                String etag = r.headers().firstValue("ETag").orElseThrow();
                for (String[] condition : new String[][] {{"If-Modified-Since", lastModified}, {"If-None-Match", etag},
                        {"If-Modified-Since", "Tue, 05 Mar 2024 08:09:06 GMT"}, {"If-None-Match", "\"other\""}}) {
                    int status = http.send(HttpRequest.newBuilder(uri).header(condition[0], condition[1]).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                    boolean current = !condition[1].endsWith("06 GMT") && !condition[1].equals("\"other\"");
                    assertEquals(current ? 304 : 200, status, path + " " + condition[0] + ": " + condition[1]);
                }
            }
        }
    }

    @Test
    void ifNoneMatchTakesPrecedenceOverIfModifiedSince() throws Exception {
        // RFC 9110 13.2.2: with If-None-Match, If-Modified-Since is not evaluated at all.
        for (String path : List.of("/doc/authority/southend-on-sea", "/", "/summary.csv", "/dumps/ofsted-kg.nq.gz")) {
            var first = get(path);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
            assertEquals(200, get(path, "If-None-Match", "\"other\"", "If-Modified-Since", lastModified).statusCode(),
                    path + ": the ETag differs, though the date alone would say unchanged");
            assertEquals(304, get(path, "If-None-Match", etag, "If-Modified-Since", "Sun, 06 Nov 1994 08:49:37 GMT")
                    .statusCode(), path + ": the ETag matches, though the date alone would say changed");
        }
    }

    @Test
    void aMalformedIfModifiedSinceIsIgnored() throws Exception {
        // RFC 9110 13.1.3: a recipient must ignore an If-Modified-Since that is not a valid HTTP date.
        for (String date : List.of("garbage", "Tue, 32 Mar 2024 08:09:07 GMT", "")) {
            var r = get("/doc/authority/southend-on-sea", "Accept", "text/turtle", "If-Modified-Since", date);
            assertEquals(200, r.statusCode(), "If-Modified-Since: " + date);
        }
    }

    @Test
    void theOntologyDereferencesAtItsNamespace() throws Exception {
        var whole = get("/def/", "Accept", "text/turtle");
        assertEquals(200, whole.statusCode());
        Graph g = parse(whole.body(), Lang.TURTLE);
        assertTrue(g.contains(NodeFactory.createURI(Vocab.NS), Vocab.TYPE,
                NodeFactory.createURI(Vocab.OWL + "Ontology")));
        var concept = get("/def/area/safeguarding", "Accept", "text/turtle");
        assertEquals(200, concept.statusCode());
        assertTrue(new String(concept.body(), StandardCharsets.UTF_8).contains("Safeguarding"));
        var html = get("/def/", "Accept", "text/html");
        assertTrue(new String(html.body(), StandardCharsets.UTF_8).contains("ofsted-kg ontology"));
    }

    @Test
    void theDatasetIsDescribedWithVoidAndDcat() throws Exception {
        var r = get("/.well-known/void", "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        Graph g = parse(r.body(), Lang.TURTLE);
        Node dataset = NodeFactory.createURI(UriScheme.DEFAULT_BASE);
        assertTrue(g.contains(dataset, Vocab.TYPE, NodeFactory.createURI("http://rdfs.org/ns/void#Dataset")));
        assertTrue(g.contains(dataset, NodeFactory.createURI("http://rdfs.org/ns/void#sparqlEndpoint"),
                NodeFactory.createURI("http://localhost:" + server.port() + "/sparql")));
        var triples = g.find(dataset, NodeFactory.createURI("http://rdfs.org/ns/void#triples"), Node.ANY).next();
        assertTrue(Long.parseLong(triples.getObject().getLiteralLexicalForm()) > 5000);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ofsted-kg.nq.gz, NQUADS", "ofsted-kg.ttl.gz, TURTLE"})
    void dumpsAreTheExportsBytesGzipped(String name, String format) throws Exception {
        var r = get("/dumps/" + name);
        assertEquals(200, r.statusCode());
        assertEquals("application/gzip", r.headers().firstValue("Content-Type").orElse(""));
        assertTrue(r.headers().firstValue("Content-Encoding").isEmpty(), "a gzip file, not a transfer encoding");
        assertEquals(304, get("/dumps/" + name, "If-None-Match", r.headers().firstValue("ETag").orElseThrow())
                .statusCode());
        byte[] dump = new GZIPInputStream(new ByteArrayInputStream(r.body())).readAllBytes();
        var out = new java.io.ByteArrayOutputStream();
        new org.ofstedkg.store.Exporter(store, Vocab.prefixes(UriScheme.defaults()))
                .export(org.ofstedkg.store.ExportFormat.valueOf(format), java.util.Optional.empty(), out);
        org.junit.jupiter.api.Assertions.assertArrayEquals(out.toByteArray(), dump);
        String index = new String(get("/dumps/").body(), StandardCharsets.UTF_8);
        assertTrue(index.contains("href=\"/dumps/" + name + "\""), index);
        assertEquals(404, get("/dumps/secrets.zip").statusCode());
    }

    @Test
    void theEndpointWithNoQueryDescribesItself() throws Exception {
        var r = get("/sparql", "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        Graph g = parse(r.body(), Lang.TURTLE);
        String sd = "http://www.w3.org/ns/sparql-service-description#";
        Node service = NodeFactory.createURI("http://localhost:" + server.port() + "/sparql#service");
        assertTrue(g.contains(service, Vocab.TYPE, NodeFactory.createURI(sd + "Service")));
        assertTrue(g.contains(service, NodeFactory.createURI(sd + "supportedLanguage"),
                NodeFactory.createURI(sd + "SPARQL11Query")));
        var query = get("/sparql?query=ASK%7B%7D", "Accept", "application/sparql-results+json");
        assertTrue(new String(query.body(), StandardCharsets.UTF_8).contains("\"boolean\""), "queries still answer");
    }

    @Test
    void theOntologyPageDocumentsEveryClassPropertyAndScheme() throws Exception {
        String html = new String(get("/def/", "Accept", "text/html").body(), StandardCharsets.UTF_8);
        Graph ontology = org.ofstedkg.map.RdfMapping.ontology();
        for (String type : new String[] {"Class", "ObjectProperty", "DatatypeProperty"}) {
            ontology.find(Node.ANY, Vocab.TYPE, NodeFactory.createURI(Vocab.OWL + type))
                    .filterKeep(t -> t.getSubject().getURI().startsWith(Vocab.NS)).forEachRemaining(t -> {
                String local = t.getSubject().getURI().substring(Vocab.NS.length());
                assertTrue(html.contains("id=\"" + local + "\""), "documents okg:" + local);
            });
        }
        assertTrue(html.contains("id=\"areas\"") && html.contains("<code>safeguarding</code>"), html);
    }

    @Test
    void theDatasetDescriptionListsTheDumpsAndIsTheHomePagesData() throws Exception {
        var home = get("/", "Accept", "text/turtle");
        assertEquals(200, home.statusCode());
        Graph g = parse(home.body(), Lang.TURTLE);
        Node dataset = NodeFactory.createURI(UriScheme.DEFAULT_BASE);
        for (String dump : new String[] {"ofsted-kg.nq.gz", "ofsted-kg.ttl.gz"}) {
            assertTrue(g.contains(dataset, NodeFactory.createURI("http://rdfs.org/ns/void#dataDump"),
                    NodeFactory.createURI("http://localhost:" + server.port() + "/dumps/" + dump)), dump);
        }
        String dcterms = Vocab.DCTERMS;
        assertTrue(g.contains(dataset, NodeFactory.createURI(dcterms + "license"),
                NodeFactory.createURI("http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/")));
        assertTrue(g.contains(dataset, NodeFactory.createURI(dcterms + "publisher"), Node.ANY));
        assertTrue(g.contains(dataset, Vocab.WAS_DERIVED_FROM, NodeFactory.createURI("https://reports.ofsted.gov.uk/")));
        var modified = g.find(dataset, NodeFactory.createURI(dcterms + "modified"), Node.ANY).next().getObject();
        assertEquals(org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime, modified.getLiteralDatatype());
        var mediaTypes = g.find(Node.ANY, NodeFactory.createURI("http://www.w3.org/ns/dcat#mediaType"), Node.ANY).toList();
        assertEquals(2, mediaTypes.size());
        mediaTypes.forEach(t -> assertTrue(t.getObject().isURI()
                && t.getObject().getURI().startsWith("https://www.iana.org/assignments/media-types/"), "a resource: " + t));
        var page = get("/", "Accept", "text/html", "Accept-Encoding", "gzip");
        assertEquals("gzip", page.headers().firstValue("Content-Encoding").orElse(""), "pages are gzipped too");
        String etag = page.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, get("/", "Accept", "text/html", "If-None-Match", etag).statusCode());
    }

    @Test
    void aVeryLongPathIsANotFoundNotACrash() throws Exception {
        String path = "/doc/" + "a/".repeat(5000) + "a";
        var r = get(path, "Accept", "text/turtle");
        assertTrue(r.statusCode() == 404 || r.statusCode() == 414 || r.statusCode() == 431, "answered " + r.statusCode());
        assertTrue(LinkedDataServlet.isSafePath("authority/southend-on-sea"));
        assertTrue(!LinkedDataServlet.isSafePath("a".repeat(2000)) && !LinkedDataServlet.isSafePath("a/../b")
                && !LinkedDataServlet.isSafePath("a//b") && !LinkedDataServlet.isSafePath("a b"));
    }

    @Test
    void namedGraphsDereference() throws Exception {
        var r = get("/graph/report/annual-rating-letter/sefton/2009-12-09", "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        Graph g = parse(r.body(), Lang.TURTLE);
        assertTrue(g.contains(NodeFactory.createURI(UriScheme.DEFAULT_BASE + "id/report/annual-rating-letter/sefton/2009-12-09"),
                Vocab.TYPE, Vocab.REPORT));
        assertEquals(200, get("/graph/register", "Accept", "application/n-triples").statusCode());
        assertEquals(404, get("/graph/nothing").statusCode());
    }

    @Test
    @org.junit.jupiter.api.Timeout(60) // were SERVICE allowed, the server would wait on the listener: fail, don't hang
    void aQueryCannotMakeTheServerFetchAnything() throws Exception {
        try (var listener = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(3000);
            String query = "SELECT * { SERVICE <http://127.0.0.1:" + listener.getLocalPort() + "/secret> { ?s ?p ?o } }";
            var r = get("/sparql?query=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8), "Accept",
                    "application/sparql-results+json");
            assertEquals(400, r.statusCode(), "SERVICE is refused");
            assertEquals(CappedQueryService.SERVICE_REFUSED, new String(r.body(), StandardCharsets.UTF_8).strip(),
                    "in plain words, not ARQ's");
            boolean contacted;
            try (var socket = listener.accept()) {
                contacted = true;
            } catch (java.net.SocketTimeoutException e) {
                contacted = false;
            }
            assertTrue(!contacted, "the server fetched the SERVICE URL");
        }
    }
}
