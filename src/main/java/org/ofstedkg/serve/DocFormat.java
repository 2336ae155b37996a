package org.ofstedkg.serve;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.Lang;

/** The formats a linked-data document is served in, by media type (Accept) or by suffix. */
enum DocFormat {
    TURTLE("text/turtle", "ttl", Lang.TURTLE),
    JSONLD("application/ld+json", "jsonld", Lang.JSONLD),
    RDFXML("application/rdf+xml", "rdf", Lang.RDFXML),
    NTRIPLES("application/n-triples", "nt", Lang.NTRIPLES),
    HTML("text/html", "html", null);

    final String mediaType;
    final String suffix;
    final Lang lang;

    DocFormat(String mediaType, String suffix, Lang lang) {
        this.mediaType = mediaType;
        this.suffix = suffix;
        this.lang = lang;
    }

    static Optional<DocFormat> bySuffix(String suffix) {
        return Arrays.stream(values()).filter(f -> f.suffix.equals(suffix)).findFirst();
    }

    /**
     * The best format for an Accept header, by its q-values; Turtle when the client takes anything
     * (curl's and most data clients' "*&#47;*"), HTML only when asked for.
     */
    static DocFormat negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return TURTLE;
        }
        DocFormat best = null;
        double bestQ = 0;
        for (String part : accept.split(",")) {
            String[] params = part.strip().split(";");
            String type = params[0].strip().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int i = 1; i < params.length; i++) {
                String p = params[i].strip();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            for (DocFormat f : values()) {
                boolean matches = f.mediaType.equals(type)
                        || (type.equals("application/xhtml+xml") && f == HTML)
                        || (type.equals("application/json") && f == JSONLD);
                if (matches && q > bestQ) {
                    best = f;
                    bestQ = q;
                }
            }
            if ((type.equals("*/*") || type.equals("text/*")) && q > bestQ) {
                best = TURTLE;
                bestQ = q;
            }
        }
        return best == null ? TURTLE : best;
    }
}
