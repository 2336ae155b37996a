package org.ofstedkg.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ofstedkg.TestStores;
import org.ofstedkg.store.ExportFormat;
import org.ofstedkg.store.Exporter;
import org.ofstedkg.store.KnowledgeStore;

/** Every literal of a store is valid for its datatype, page breaks in a report's text included. */
class ValidLiteralsTest {

    private static final String EVIDENCE = """
            PREFIX okg: <https://w3id.org/ofsted-kg/def/>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            SELECT ?exact ?start ?end WHERE {
              ?e oa:hasSource/okg:fileName "%s" ;
                 oa:hasSelector [ oa:exact ?exact ] , [ oa:start ?start ; oa:end ?end ] }""";

    @Test
    void charactersXmlDoesNotAllowBecomeOnesItDoesKeepingTheLength() {
        String text = "page one\fpage two\u000Bthree\u0001four\uFFFEfive\uD800six \uD83D\uDE00 \t\r\n";
        String valid = XmlChars.valid(text);
        assertEquals("page one\u2028page two\nthree four\uFFFDfive\uFFFDsix \uD83D\uDE00 \t\r\n", valid);
        assertEquals("page one\fpage two", XmlChars.withPageBreaks(XmlChars.valid("page one\fpage two")),
                "page breaks can be read again");
        assertEquals(text.length(), valid.length(), "offsets into the text still hold");
        String clean = "Children's services \u00A3 3.1 million \u2019";
        assertSame(clean, XmlChars.valid(clean), "valid text is kept as it is");
    }

    @Test
    void aReportWithPageBreaksIsStoredWithValidLiteralsAndExportsAsRdfXml(@TempDir Path dir) throws Exception {
        try (KnowledgeStore store = TestStores.samplesWithPageBreaks(dir)) {
            assertEquals(List.of(), invalidLiterals(store));

            String source = TestStores.rows(store, """
                    PREFIX okg: <https://w3id.org/ofsted-kg/def/>
                    SELECT ?text WHERE { ?s okg:fileName "page-breaks.txt" ; okg:sourceText ?text }""").get(0).get("text");
            assertEquals(TestStores.PAGE_BROKEN_TEXT.length(), source.length());
            assertEquals(TestStores.PAGE_BROKEN_TEXT.replace('\f', '\u2028'), source, "a page break is a line separator");
            var evidence = TestStores.rows(store, EVIDENCE.formatted("page-breaks.txt"));
            int unbroken;
            try (KnowledgeStore samples = TestStores.samples()) {
                unbroken = TestStores.rows(samples, EVIDENCE.formatted(org.ofstedkg.Samples.SEFTON_LETTER)).size();
            }
            assertTrue(unbroken > 0);
            assertEquals(unbroken, evidence.size(), "as much evidence as the letter without page breaks");
            for (var e : evidence) {
                assertEquals(e.get("exact"), source.substring(Integer.parseInt(e.get("start")),
                        Integer.parseInt(e.get("end"))), "the offsets still point at the quote");
            }

            assertRdfXmlHoldsEveryTriple(store);
        }
    }

    @Test
    void theRealReportsStoreHasValidLiteralsAndExportsAsRdfXml() throws Exception {
        KnowledgeStore store = TestStores.realReports();
        assertEquals(List.of(), invalidLiterals(store));
        assertRdfXmlHoldsEveryTriple(store);
    }

    /** The statements whose literal is not valid for its datatype or holds a character XML does not allow. */
    private static List<String> invalidLiterals(KnowledgeStore store) {
        List<String> invalid = new ArrayList<>();
        Txn.executeRead(store.dataset(), () -> store.dataset().find().forEachRemaining(q -> {
            Node o = q.getObject();
            if (o.isLiteral() && (XmlChars.firstInvalid(o.getLiteralLexicalForm()) >= 0
                    || !o.getLiteralDatatype().isValid(o.getLiteralLexicalForm()))) {
                invalid.add(q.getSubject() + " " + q.getPredicate());
            }
        }));
        return invalid;
    }

    private static void assertRdfXmlHoldsEveryTriple(KnowledgeStore store) throws Exception {
        var out = new ByteArrayOutputStream();
        new Exporter(store, Vocab.prefixes(UriScheme.defaults())).export(ExportFormat.RDFXML, Optional.empty(), out);
        var read = Rio.parse(new ByteArrayInputStream(out.toByteArray()), "", RDFFormat.RDFXML);
        long triples = Txn.calculateRead(store.dataset(), () -> (long) store.dataset().getUnionGraph().size());
        assertTrue(triples > 1000);
        assertEquals(triples, read.size(), "RDF/XML holds every triple of the store");
    }
}
