package org.ofstedkg.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.ofstedkg.Bundled;
import org.ofstedkg.Digests;
import org.ofstedkg.map.RdfMapping;
import org.ofstedkg.map.UriScheme;
import org.ofstedkg.map.Vocab;
import org.ofstedkg.store.KnowledgeStore;
import org.ofstedkg.store.QueryRunner;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Linked data: every identifier of the configured base dereferences on this server.
 * <ul>
 * <li>{@code /id/...} answers 303 See Other to {@code /doc/...}, the document about the thing, if the
 * store knows the thing (404 if not);</li>
 * <li>{@code /doc/...} describes it (its statements, labels of what it links to, incoming links that
 * matter) as Turtle, JSON-LD, RDF/XML, N-Triples or HTML, by Accept ({@link Negotiation}: 406 if none of
 * them is acceptable) or by suffix ({@code .ttl} ...);</li>
 * <li>{@code /def/...} is the ontology: the whole of it at {@code /def/}, one term at its own IRI;</li>
 * <li>{@code /.well-known/void} describes the dataset (VoID and DCAT).</li>
 * </ul>
 * Responses carry an ETag (the SHA-256 of the body) and Last-Modified (when the store last changed, or
 * the server started), answer 304 on a match; the server's GzipHandler compresses them when accepted,
 * and its {@link CorsFilter} lets any origin read them. An unknown identifier is a 404 page.
 */
public final class LinkedDataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** The longest identifier path looked up; identifiers of this dataset are far shorter. */
    private static final int MAX_PATH = 1000;
    private static final String DESCRIBE = Bundled.text("/serve/describe.rq");

    private final transient KnowledgeStore store;
    private final transient UriScheme uris;
    private final transient PrefixMapping prefixes;
    private final transient Site site;
    private final transient AheadQueries ahead;
    private final transient ServedLinks links;
    private final transient QueryPage queryPage;

    /**
     * @param ahead the answers of store-wide queries, computed ahead, that pages read
     * @param maxRows the endpoint's row cap, which the query page's downloads are under
     */
    LinkedDataServlet(KnowledgeStore store, UriScheme uris, AheadQueries ahead, long maxRows) {
        this.store = store;
        this.uris = uris;
        this.prefixes = Vocab.prefixes(uris);
        this.site = new Site(store, uris, ahead);
        this.ahead = ahead;
        this.links = new ServedLinks(uris);
        this.queryPage = new QueryPage(uris, ahead, maxRows);
    }

    Site site() {
        return site;
    }

    QueryPage queryPage() {
        return queryPage;
    }

    /**
     * Whether a path can be an identifier's: non-empty segments of letters, digits and - . _ ~ only
     * (so nothing else is ever looked up), within a sane length. A loop, not a regex: a regex's repeated
     * group overflows the stack on very long paths.
     */
    static boolean isSafePath(String path) {
        if (path.isEmpty() || path.length() > MAX_PATH || path.startsWith("/") || path.contains("//")) {
            return false;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == '~' || c == '-' || c == '/';
            if (!ok) {
                return false;
            }
        }
        return !path.equals(".") && !path.contains("/../") && !path.startsWith("../") && !path.endsWith("/..");
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        inOneSnapshot(request, response, () -> super.service(request, response));
    }

    /** Handling of a request, which may fail as a servlet does. */
    interface Handling {
        void run() throws ServletException, IOException;
    }

    /**
     * Runs a request's handling in one read transaction, so that everything a page or document reads is
     * of one state of the store, whatever reports are added meanwhile.
     */
    void inOneSnapshot(HttpServletRequest request, HttpServletResponse response, Handling handling)
            throws ServletException, IOException {
        // What the answer says of the store's state is read before the snapshot: never newer than its content.
        long start = System.nanoTime();
        SNAPSHOT.set(new State(store.version(), store.lastChanged(), start));
        try {
            inReadTransaction(handling);
        } catch (RuntimeException e) {
            if (!QueryRunner.ranOutOfTime(e, start, ahead.timeout()) || response.isCommitted()) {
                throw e;
            }
            // A query the page cannot do without ran out of time: the page says so, never a server error.
            response.reset();
            response.setHeader("Retry-After", "60");
            sendMessage(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "This page needs more time "
                    + "than the server gives a query (" + ahead.timeLimit() + "): the store is large or busy. Ask "
                    + "again in a minute; the data is also at the SPARQL endpoint, /sparql.");
        } finally {
            SNAPSHOT.remove();
        }
    }

    /** The store's version and time of change as they were when this thread's snapshot began, and when it began. */
    private record State(long version, Instant lastChanged, long startNanos) {
    }

    private static final ThreadLocal<State> SNAPSHOT = new ThreadLocal<>();

    private State state() {
        State s = SNAPSHOT.get();
        return s != null ? s : new State(store.version(), store.lastChanged(), System.nanoTime());
    }

    /** When the request this thread handles began ({@link System#nanoTime()}): now, outside a request. */
    static long requestStartNanos() {
        State s = SNAPSHOT.get();
        return s != null ? s.startNanos() : System.nanoTime();
    }

    private void inReadTransaction(Handling handling) throws ServletException, IOException {
        Exception[] failure = new Exception[1];
        Txn.executeRead(store.dataset(), () -> {
            try {
                handling.run();
            } catch (ServletException | IOException e) {
                failure[0] = e;
            }
        });
        if (failure[0] instanceof ServletException e) {
            throw e;
        }
        if (failure[0] instanceof IOException e) {
            throw e;
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/id/")) {
            String rest = path.substring("/id/".length());
            // Only a thing the store knows is sent on to its document: an unknown one is not found here and now.
            if (!isSafePath(rest) || !known(uris.base() + "id/" + rest)) {
                notFound(request, response, path);
                return;
            }
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", "/doc/" + rest);
            return;
        }
        if (path.startsWith("/doc/")) {
            document(request, response, path.substring("/doc/".length()));
            return;
        }
        if (path.equals("/def") || path.startsWith("/def/")) {
            ontology(request, response, path.length() <= "/def/".length() ? "" : path.substring("/def/".length()));
            return;
        }
        if (path.startsWith("/graph/")) {
            namedGraph(request, response, path.substring("/graph/".length()));
            return;
        }
        if (path.equals("/.well-known/void")) {
            sendDatasetDescription(request, response);
            return;
        }
        notFound(request, response, path);
    }

    /** /graph/{path}: a named graph of the store, {base}graph/{path}, as RDF (Turtle for a browser). */
    private void namedGraph(HttpServletRequest request, HttpServletResponse response, String rest) throws IOException {
        if (!isSafePath(rest)) {
            notFound(request, response, "/graph/" + rest);
            return;
        }
        Node name = NodeFactory.createURI(uris.base() + "graph/" + rest);
        Graph g = Txn.calculateRead(store.dataset(), () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            store.dataset().getGraph(name).find().forEachRemaining(copy::add);
            return copy;
        });
        if (g.isEmpty()) {
            notFound(request, response, "/graph/" + rest);
            return;
        }
        Optional<Negotiation.Choice<DocFormat>> format = DocFormat.negotiate(request, response, DocFormat.RDF);
        if (format.isPresent()) {
            send(request, response, format.get(), g, name.getURI());
        }
    }

    /** A document's path without its suffix, and the format the suffix names, if it names one. */
    private record Suffixed(String rest, Optional<DocFormat> format) {
        static Suffixed of(String path) {
            int dot = path.lastIndexOf('.');
            if (dot > path.lastIndexOf('/')) {
                Optional<DocFormat> bySuffix = DocFormat.bySuffix(path.substring(dot + 1));
                if (bySuffix.isPresent()) {
                    return new Suffixed(path.substring(0, dot), bySuffix);
                }
            }
            return new Suffixed(path, Optional.empty());
        }

        /** The suffix's format; else the one the request's Accept prefers (empty, with a 406 sent, if none). */
        Optional<Negotiation.Choice<DocFormat>> format(HttpServletRequest request, HttpServletResponse response)
                throws IOException {
            return format.isPresent() ? format.map(DocFormat::asItself)
                    : DocFormat.negotiate(request, response, DocFormat.ALL);
        }
    }

    /** /doc/{path}[.suffix]: the document about {base}id/{path}. */
    private void document(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        Suffixed suffixed = Suffixed.of(path);
        String rest = suffixed.rest();
        if (!isSafePath(rest)) {
            notFound(request, response, "/doc/" + rest);
            return;
        }
        String iri = uris.base() + "id/" + rest;
        Graph description = describe(iri);
        if (description.isEmpty()) {
            notFound(request, response, "/id/" + rest);
            return;
        }
        Optional<Negotiation.Choice<DocFormat>> format = suffixed.format(request, response);
        if (format.isPresent()) {
            sendDocument(request, response, format.get(), description, iri);
        }
    }

    /** /def/ is the whole ontology; /def/{term} one of its terms (a concept, a class, a property). */
    private void ontology(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        Suffixed suffixed = Suffixed.of(path);
        String rest = suffixed.rest();
        if (rest.isEmpty() || rest.equals("ontology")) {
            Optional<Negotiation.Choice<DocFormat>> format = suffixed.format(request, response);
            if (format.isEmpty()) {
                return;
            }
            if (format.get().offer() == DocFormat.HTML) {
                sendHtml(request, response, HttpServletResponse.SC_OK, site.ontology(RdfMapping.ontology()));
            } else {
                send(request, response, format.get(), RdfMapping.ontology(), Vocab.NS);
            }
            return;
        }
        if (!isSafePath(rest)) {
            notFound(request, response, "/def/" + rest);
            return;
        }
        Graph description = describe(Vocab.NS + rest);
        if (description.isEmpty()) {
            notFound(request, response, "/def/" + rest);
            return;
        }
        Optional<Negotiation.Choice<DocFormat>> format = suffixed.format(request, response);
        if (format.isPresent()) {
            sendDocument(request, response, format.get(), description, Vocab.NS + rest);
        }
    }

    /** VoID and DCAT, in the RDF format asked for (Turtle for a browser, which has no HTML of it). */
    private void sendDatasetDescription(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Negotiation.Choice<DocFormat>> format = DocFormat.negotiate(request, response, DocFormat.RDF);
        if (format.isPresent()) {
            sendDatasetDescription(request, response, format.get());
        }
    }

    /** VoID and DCAT in an RDF format. */
    void sendDatasetDescription(HttpServletRequest request, HttpServletResponse response,
            Negotiation.Choice<DocFormat> format) throws IOException {
        send(request, response, format, datasetDescription(request), "Dataset description");
    }

    /** An HTML page of the site, with the same caching, compression and CORS as the data. */
    void sendHtml(HttpServletRequest request, HttpServletResponse response, int status, String html) throws IOException {
        sendBytes(request, response, status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /** The query of a resource's description. */
    private static Query describeQuery(String iri) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(DESCRIBE);
        query.setIri("resource", iri);
        return query.asQuery();
    }

    /** Whether the resource has a description: the question of {@link #describe}, asked whether it has an answer. */
    private boolean known(String iri) {
        Query ask = describeQuery(iri);
        ask.setQueryAskType();
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create(ask, DatasetFactory.wrap(store.dataset()))) {
                return qe.execAsk();
            }
        });
    }

    private Graph describe(String iri) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create(describeQuery(iri), DatasetFactory.wrap(store.dataset()))) {
                Model m = qe.execConstruct();
                Graph g = GraphFactory.createDefaultGraph();
                m.getGraph().find().forEachRemaining(g::add);
                return g;
            }
        });
    }

    static final Node OPEN_GOVERNMENT_LICENCE =
            NodeFactory.createURI("http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/");
    private static final String OFSTED_REPORTS = "https://reports.ofsted.gov.uk/";
    private static final String OFSTED = "https://www.gov.uk/government/organisations/ofsted";

    /**
     * VoID and DCAT: what the dataset is, its licence, publisher, last change and provenance, its size, its
     * endpoint and the vocabularies it uses.
     */
    private Graph datasetDescription(HttpServletRequest request) {
        Graph g = GraphFactory.createDefaultGraph();
        String void_ = "http://rdfs.org/ns/void#";
        String dcat = "http://www.w3.org/ns/dcat#";
        Node dataset = NodeFactory.createURI(uris.base());
        String host = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
        add(g, dataset, Vocab.TYPE, NodeFactory.createURI(void_ + "Dataset"));
        add(g, dataset, Vocab.TYPE, NodeFactory.createURI(dcat + "Dataset"));
        add(g, dataset, NodeFactory.createURI(Vocab.DCTERMS + "title"),
                NodeFactory.createLiteralLang("ofsted-kg: Ofsted's children's services reports as linked data", "en"));
        add(g, dataset, NodeFactory.createURI(Vocab.DCTERMS + "description"), NodeFactory.createLiteralLang(
                "Judgements, findings, recommendations, service judgements and figures of Ofsted's reports on English "
                        + "local authorities' children's services, each with its evidence.", "en"));
        // The reports are Crown copyright, published by Ofsted under the Open Government Licence; what is
        // read from them is shared under the same licence, by this project, saying where it came from.
        Node license = NodeFactory.createURI(Vocab.DCTERMS + "license");
        add(g, dataset, license, OPEN_GOVERNMENT_LICENCE);
        Node publisher = NodeFactory.createURI(uris.base() + "id/publisher/ofsted-kg");
        add(g, dataset, NodeFactory.createURI(Vocab.DCTERMS + "publisher"), publisher);
        add(g, publisher, Vocab.TYPE, NodeFactory.createURI(Vocab.FOAF + "Organization"));
        add(g, publisher, Vocab.FOAF_NAME, NodeFactory.createLiteralString("The ofsted-kg project"));
        add(g, dataset, NodeFactory.createURI(Vocab.DCTERMS + "modified"), NodeFactory.createLiteralDT(
                store.lastChanged().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(), XSDDatatype.XSDdateTime));
        Node ofstedReports = NodeFactory.createURI(OFSTED_REPORTS);
        add(g, dataset, NodeFactory.createURI(Vocab.DCTERMS + "source"), ofstedReports);
        add(g, dataset, Vocab.WAS_DERIVED_FROM, ofstedReports);
        add(g, ofstedReports, Vocab.LABEL, NodeFactory.createLiteralLang(
                "Ofsted's published inspection reports on local authorities' children's services", "en"));
        add(g, ofstedReports, NodeFactory.createURI(Vocab.DCTERMS + "rightsHolder"), NodeFactory.createURI(OFSTED));
        add(g, ofstedReports, license, OPEN_GOVERNMENT_LICENCE);
        add(g, dataset, NodeFactory.createURI(Vocab.PROV + "wasAttributedTo"), publisher);
        add(g, dataset, NodeFactory.createURI(Vocab.DCTERMS + "conformsTo"), NodeFactory.createURI(Vocab.NS));
        // Counting reads every statement (seconds at 10,000 reports): the count is computed ahead, and said
        // to be of an earlier state, or missing, until it is.
        var triples = ahead.rows(AheadQueries.text("/serve/triples.rq"), 1);
        if (triples.isPresent()) {
            add(g, dataset, NodeFactory.createURI(void_ + "triples"), NodeFactory.createLiteralDT(
                    triples.get().rows().get(0).get("triples"), XSDDatatype.XSDinteger));
        }
        if (triples.isEmpty() || !triples.get().current()) {
            add(g, dataset, NodeFactory.createURI(Vocab.RDFS + "comment"), NodeFactory.createLiteralLang(
                    triples.isEmpty() ? "The number of triples is being counted; ask again shortly."
                            : "The number of triples is that of the store as it was at " + triples.get().asOf()
                                    + "; the current one is being counted.", "en"));
        }
        add(g, dataset, NodeFactory.createURI(void_ + "sparqlEndpoint"), NodeFactory.createURI(host + SparqlServer.ENDPOINT));
        add(g, dataset, NodeFactory.createURI(void_ + "uriSpace"), NodeFactory.createLiteralString(uris.base() + "id/"));
        add(g, dataset, NodeFactory.createURI(void_ + "exampleResource"),
                NodeFactory.createURI(uris.base() + "id/authority/southend-on-sea"));
        for (String vocabulary : List.of(Vocab.NS, Vocab.ORG, Vocab.SKOS, Vocab.PROV, Vocab.DCTERMS, Vocab.QB, Vocab.OA,
                Vocab.FOAF)) {
            add(g, dataset, NodeFactory.createURI(void_ + "vocabulary"), NodeFactory.createURI(vocabulary));
        }
        for (var dump : DumpsServlet.DUMPS.entrySet()) {
            Node file = NodeFactory.createURI(host + "/dumps/" + dump.getKey());
            add(g, dataset, NodeFactory.createURI(void_ + "dataDump"), file);
            add(g, dataset, NodeFactory.createURI(dcat + "distribution"), file);
            add(g, file, Vocab.TYPE, NodeFactory.createURI(dcat + "Distribution"));
            add(g, file, NodeFactory.createURI(dcat + "downloadURL"), file);
            add(g, file, NodeFactory.createURI(dcat + "mediaType"), Vocab.mediaType(
                    dump.getValue() == org.ofstedkg.store.ExportFormat.NQUADS ? "application/n-quads" : "text/turtle"));
            add(g, file, NodeFactory.createURI(dcat + "compressFormat"), Vocab.mediaType("application/gzip"));
            add(g, file, license, OPEN_GOVERNMENT_LICENCE);
        }
        Node endpoint = NodeFactory.createURI(host + SparqlServer.ENDPOINT);
        add(g, dataset, NodeFactory.createURI(dcat + "accessService"), endpoint);
        add(g, endpoint, Vocab.TYPE, NodeFactory.createURI(dcat + "DataService"));
        add(g, endpoint, NodeFactory.createURI(dcat + "endpointURL"), endpoint);
        return g;
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }

    /**
     * A thing's document: as data, with links a client can follow on this server ({@link ServedLinks}); as a
     * page, as it is (a page links to this server's pages anyway).
     */
    private void sendDocument(HttpServletRequest request, HttpServletResponse response,
            Negotiation.Choice<DocFormat> chosen, Graph description, String iri) throws IOException {
        send(request, response, chosen, chosen.offer() == DocFormat.HTML ? description
                : links.served(description, ServedLinks.address(request)), iri);
    }

    /** The graph in the chosen format, labelled with the media type it was chosen by. */
    private void send(HttpServletRequest request, HttpServletResponse response, Negotiation.Choice<DocFormat> chosen,
            Graph graph, String title) throws IOException {
        DocFormat format = chosen.offer();
        byte[] body;
        if (format == DocFormat.HTML) {
            Node thing = NodeFactory.createURI(title);
            String html = graph.contains(thing, Vocab.TYPE, Vocab.LOCAL_AUTHORITY) ? site.authority(title, graph)
                    : graph.contains(thing, Vocab.TYPE, Vocab.REPORT) ? site.report(title, graph)
                    : Html.page(title, graph, uris, prefixes);
            body = html.getBytes(StandardCharsets.UTF_8);
        } else {
            Model m = ModelFactory.createModelForGraph(graph);
            m.setNsPrefixes(prefixes);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, m, format.lang);
            body = out.toByteArray();
        }
        sendBytes(request, response, HttpServletResponse.SC_OK, chosen.mediaType() + "; charset=utf-8", body);
    }

    private void sendBytes(HttpServletRequest request, HttpServletResponse response, int status, String contentType,
            byte[] body) throws IOException {
        String etag = "\"" + Digests.sha256Hex(body) + "\"";
        // A page that could not be given now must not be kept in place of the one asked for.
        response.setHeader("Cache-Control", status >= 500 ? "no-store" : "public, max-age=60");
        if (notModified(request, response, etag, state().lastChanged()) && status == HttpServletResponse.SC_OK) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        // Compression is the server's GzipHandler's, for this answer as for every other.
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /**
     * Gives the answer its validators, an ETag and the time it last changed (Last-Modified, written by the
     * container as RFC 9110's IMF-fixdate: {@code Sun, 06 Nov 1994 08:49:37 GMT}), and says whether the
     * client's copy is current: If-None-Match names the ETag (or any), or, when it has no If-None-Match,
     * If-Modified-Since is no earlier than the change (to the second, as HTTP dates go; one that is not a
     * date is ignored).
     */
    static boolean notModified(HttpServletRequest request, HttpServletResponse response, String etag, Instant lastChanged) {
        response.setHeader("ETag", etag);
        long changed = lastChanged.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toEpochMilli();
        response.setDateHeader("Last-Modified", changed);
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            return ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*");
        }
        long ifModifiedSince;
        try {
            ifModifiedSince = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException notADate) {
            return false; // RFC 9110 13.1.3: an invalid date is ignored, not an error
        }
        return ifModifiedSince >= 0 && ifModifiedSince >= changed;
    }

    /** A 404: a page for a browser, plain text otherwise (whatever else the client asked for: an error has no RDF). */
    private void notFound(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        sendMessage(request, response, HttpServletResponse.SC_NOT_FOUND, "No resource is known at " + path + ".");
    }

    /** A message: a page for a browser, plain text otherwise (whatever else the client asked for: an error has no RDF). */
    private void sendMessage(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException {
        Negotiation.varyByAccept(response); // which of the two is chosen by Accept, and the answer may be kept a minute
        boolean html = Negotiation.choose(Negotiation.accept(request), List.of("text/plain", "text/html"))
                .filter("text/html"::equals).isPresent();
        byte[] body = html
                ? Html.message(status == HttpServletResponse.SC_NOT_FOUND ? "Not found" : "Not available now", message)
                        .getBytes(StandardCharsets.UTF_8)
                : (message + "\n").getBytes(StandardCharsets.UTF_8);
        sendBytes(request, response, status, (html ? "text/html" : "text/plain") + "; charset=utf-8", body);
    }

}
