package org.ofstedkg.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A GET of the SPARQL endpoint with no query answers its SPARQL 1.1 service description (Turtle, or
 * another RDF format by Accept), as the recommendation says; every other request goes on to Fuseki.
 */
public final class ServiceDescriptionFilter implements Filter {

    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (!"GET".equals(request.getMethod()) || request.getParameter("query") != null) {
            chain.doFilter(req, res);
            return;
        }
        HttpServletResponse response = (HttpServletResponse) res;
        Optional<Negotiation.Choice<DocFormat>> answerFormat = DocFormat.negotiate(request, response, DocFormat.RDF);
        if (answerFormat.isEmpty()) {
            return;
        }
        String endpoint = request.getRequestURL().toString();
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD);
        Resource service = m.createResource(endpoint + "#service");
        service.addProperty(RDF.type, m.createResource(SD + "Service"));
        service.addProperty(m.createProperty(SD + "endpoint"), m.createResource(endpoint));
        service.addProperty(m.createProperty(SD + "supportedLanguage"), m.createResource(SD + "SPARQL11Query"));
        service.addProperty(m.createProperty(SD + "feature"), m.createResource(SD + "UnionDefaultGraph"));
        for (String format : new String[] {"http://www.w3.org/ns/formats/SPARQL_Results_JSON",
                "http://www.w3.org/ns/formats/SPARQL_Results_XML", "http://www.w3.org/ns/formats/SPARQL_Results_CSV",
                "http://www.w3.org/ns/formats/SPARQL_Results_TSV", "http://www.w3.org/ns/formats/Turtle",
                "http://www.w3.org/ns/formats/JSON-LD"}) {
            service.addProperty(m.createProperty(SD + "resultFormat"), m.createResource(format));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, m, answerFormat.get().offer().lang);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(answerFormat.get().mediaType() + "; charset=utf-8");
        response.getOutputStream().write(out.toByteArray());
    }
}
