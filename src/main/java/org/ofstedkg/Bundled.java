package org.ofstedkg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/** Files packed into the program: the ontology, the shapes, the canned queries and the register. */
public final class Bundled {

    /** The canned queries of queries/, by name, in the order the site lists them. */
    public static final List<String> CANNED_QUERIES = List.of("ratings", "inspections", "summary", "judgements", "findings",
            "recommendations", "service-judgements", "statistics", "authorities-by-rating", "authority-history", "weak-areas",
            "assessment-agreement", "conflicts", "previous-inspections", "authority-lineage", "search");

    private Bundled() {
    }

    /** The text of a canned query. */
    public static String cannedQuery(String name) {
        return text("/queries/" + name + ".rq");
    }

    /** A bundled text file (UTF-8). */
    public static String text(String resource) {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a bundled file; its absence means a broken build, not bad input. */
    public static InputStream open(String resource) {
        InputStream in = Bundled.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the program (a broken build?)");
        }
        return in;
    }

    /** A bundled Turtle file as a graph. */
    public static Graph turtle(String resource) {
        try (InputStream in = open(resource)) {
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
