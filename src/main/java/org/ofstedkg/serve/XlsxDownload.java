package org.ofstedkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.ofstedkg.summary.Column;
import org.ofstedkg.summary.TypedSheet;

/**
 * A SELECT query's result as an Excel workbook ({@link TypedSheet}): a header row of the variables, and each
 * value typed by its datatype: numbers (xsd:integer, decimal, double ...) as numbers, xsd:date as dates,
 * xsd:dateTime as date-times, IRIs as hyperlinks, everything else as text. Read from the endpoint's JSON
 * results, which keep each value's datatype.
 */
final class XlsxDownload implements ResultDownload {

    private static final Set<RDFDatatype> NUMBERS = Set.of(XSDDatatype.XSDinteger, XSDDatatype.XSDdecimal,
            XSDDatatype.XSDdouble, XSDDatatype.XSDfloat, XSDDatatype.XSDint, XSDDatatype.XSDlong, XSDDatatype.XSDshort,
            XSDDatatype.XSDbyte, XSDDatatype.XSDnonNegativeInteger, XSDDatatype.XSDpositiveInteger,
            XSDDatatype.XSDnonPositiveInteger, XSDDatatype.XSDnegativeInteger, XSDDatatype.XSDunsignedInt,
            XSDDatatype.XSDunsignedLong, XSDDatatype.XSDunsignedShort, XSDDatatype.XSDunsignedByte);

    @Override
    public String suffix() {
        return "xlsx";
    }

    @Override
    public String label() {
        return "XLSX";
    }

    @Override
    public String mediaType() {
        return TypedSheet.MEDIA_TYPE;
    }

    @Override
    public String accept() {
        return "application/sparql-results+json";
    }

    @Override
    public boolean offeredFor(Query query) {
        return query.isSelectType();
    }

    @Override
    public void write(InputStream answer, OutputStream out) throws IOException {
        ResultSet results = ResultSetMgr.read(answer, ResultSetLang.RS_JSON);
        List<String> vars = results.getResultVars();
        Iterable<List<TypedSheet.Value>> rows = () -> new Iterator<>() {
            @Override
            public boolean hasNext() {
                return results.hasNext();
            }

            @Override
            public List<TypedSheet.Value> next() {
                QuerySolution s = results.next();
                List<TypedSheet.Value> row = new ArrayList<>(vars.size());
                vars.forEach(v -> row.add(value(s.get(v))));
                return row;
            }
        };
        TypedSheet.write("ofsted-kg query result", "result", vars, rows, out);
    }

    /** A value as a typed cell: by its datatype, an unbound one empty. */
    static TypedSheet.Value value(RDFNode node) {
        if (node == null) {
            return new TypedSheet.Value(Column.Kind.TEXT, "");
        }
        if (node.isURIResource()) {
            return new TypedSheet.Value(Column.Kind.IRI, node.asResource().getURI());
        }
        if (!node.isLiteral()) {
            return new TypedSheet.Value(Column.Kind.TEXT, node.toString());
        }
        RDFDatatype type = node.asLiteral().getDatatype();
        String text = node.asLiteral().getLexicalForm();
        Column.Kind kind = NUMBERS.contains(type) ? Column.Kind.NUMBER
                : XSDDatatype.XSDdate.equals(type) ? Column.Kind.DATE
                : XSDDatatype.XSDdateTime.equals(type) ? Column.Kind.DATE_TIME
                : Column.Kind.TEXT;
        return new TypedSheet.Value(kind, text);
    }
}
