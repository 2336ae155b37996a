package org.ofstedkg.serve;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.riot.Lang;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The formats a linked-data document is served in, by media type (Accept) or by suffix. */
enum DocFormat {
    TURTLE("text/turtle", "ttl", Lang.TURTLE),
    JSONLD("application/ld+json", "jsonld", Lang.JSONLD, "application/json"),
    RDFXML("application/rdf+xml", "rdf", Lang.RDFXML),
    NTRIPLES("application/n-triples", "nt", Lang.NTRIPLES),
    // Not application/xhtml+xml: the pages are HTML, which an XHTML (XML) parser would refuse.
    HTML("text/html", "html", null);

    /** Every format, in the order of preference: Turtle when the client takes anything, HTML only when asked for. */
    static final List<DocFormat> ALL = List.of(values());
    /** The RDF formats, for what has no page of its own. */
    static final List<DocFormat> RDF = List.of(TURTLE, JSONLD, RDFXML, NTRIPLES);

    final String mediaType;
    final String suffix;
    final Lang lang;
    /** The media type and the others a client may ask for it by (and will have it labelled with). */
    final List<String> mediaTypes;

    DocFormat(String mediaType, String suffix, Lang lang, String... aliases) {
        this.mediaType = mediaType;
        this.suffix = suffix;
        this.lang = lang;
        this.mediaTypes = Stream.concat(Stream.of(mediaType), Arrays.stream(aliases)).toList();
    }

    static Optional<DocFormat> bySuffix(String suffix) {
        return Arrays.stream(values()).filter(f -> f.suffix.equals(suffix)).findFirst();
    }

    /** The format under its own media type, as a suffix names it. */
    Negotiation.Choice<DocFormat> asItself() {
        return new Negotiation.Choice<>(this, mediaType);
    }

    /**
     * The best of the formats for the request ({@link Negotiation}), with the media type to label it with,
     * the answer varying by Accept; empty, with a 406 sent, when none is acceptable.
     */
    static Optional<Negotiation.Choice<DocFormat>> negotiate(HttpServletRequest request, HttpServletResponse response,
            List<DocFormat> offered) throws IOException {
        return Negotiation.negotiate(request, response, offered, f -> f.mediaTypes,
                offered.stream().map(f -> f.mediaType).toList());
    }
}
