package org.ofstedkg.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunctionBase;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.util.Symbol;

/**
 * Full-text search in SPARQL: {@code (?evidence ?score ?quote) search:match ("words" LIMIT)}, with
 * {@code PREFIX search: <https://w3id.org/ofsted-kg/search#>}, binds the evidence of every passage matching the
 * words ({@link SearchIndex#parse}: Lucene's syntax), best first, with its score and quote; the subject may be
 * the evidence alone, and the object the words alone (at most {@value #DEFAULT_LIMIT} passages then).
 */
public final class SearchFunction extends PropertyFunctionBase {

    public static final String NS = "https://w3id.org/ofsted-kg/search#";
    public static final String MATCH = NS + "match";
    /** Where a store's dataset keeps how to reach its search index. */
    static final Symbol INDEX = Symbol.create(NS + "index");
    static final int DEFAULT_LIMIT = 1000;

    static {
        PropertyFunctionRegistry.get().put(MATCH, SearchFunction.class);
    }

    /** Registers the function with ARQ (done once, when the class is loaded). */
    public static void register() {
        // the static initialiser has run
    }

    @Override
    public void build(PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext context) {
        if (subject.isList() && (subject.getArgListSize() < 1 || subject.getArgListSize() > 3)) {
            throw new QueryBuildException("search:match takes (?evidence ?score ?quote) or fewer as its subject");
        }
        if (object.isList() && (object.getArgListSize() < 1 || object.getArgListSize() > 2)) {
            throw new QueryBuildException("search:match takes (\"words\" limit) or \"words\" as its object");
        }
    }

    @Override
    public QueryIterator exec(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object,
            ExecutionContext context) {
        Node words = object.isList() ? object.getArg(0) : object.getArg();
        if (!words.isLiteral()) {
            throw new QueryExecException("search:match needs its words as a string, not " + words);
        }
        int limit = DEFAULT_LIMIT;
        if (object.isList() && object.getArgListSize() == 2) {
            Node n = object.getArg(1);
            if (!n.isLiteral() || !(n.getLiteralValue() instanceof Number number) || number.intValue() < 1) {
                throw new QueryExecException("search:match's limit must be a positive whole number, not " + n);
            }
            limit = Math.min(number.intValue(), SearchIndex.MAX_DEPTH);
        }
        Object reach = context.getContext().get(INDEX);
        if (!(reach instanceof Supplier<?> supplier)) {
            throw new QueryExecException("search:match runs on an ofsted-kg store only");
        }
        SearchIndex index = (SearchIndex) supplier.get();
        SearchIndex.Page page;
        try {
            page = index.search(words.getLiteralLexicalForm(), 0, limit);
        } catch (SearchIndex.BadSearchException e) {
            throw new QueryExecException(e.getMessage());
        }
        List<Node> targets = subject.isList() ? subject.getArgList() : List.of(subject.getArg());
        List<Binding> rows = new ArrayList<>();
        for (SearchIndex.Hit hit : page.hits()) {
            List<Node> values = List.of(NodeFactory.createURI(hit.evidence()),
                    NodeFactory.createLiteralDT(Float.toString(hit.score()), XSDDatatype.XSDfloat),
                    NodeFactory.createLiteralString(hit.quote()));
            BindingBuilder row = BindingBuilder.create(binding);
            boolean fits = true;
            for (int i = 0; i < targets.size() && fits; i++) {
                Node target = targets.get(i);
                if (target.isVariable()) {
                    row.add(Var.alloc(target), values.get(i));
                } else {
                    fits = target.sameValueAs(values.get(i));
                }
            }
            if (fits) {
                rows.add(row.build());
            }
        }
        return QueryIterPlainWrapper.create(rows.iterator(), context);
    }

    /**
     * The problem with the first search of a query whose words are written in it, in a reader's words (in ASCII),
     * so that an endpoint can refuse it before it runs; empty if there is none.
     */
    public static java.util.Optional<String> problem(Query query) {
        if (query.getQueryPattern() == null) {
            return java.util.Optional.empty();
        }
        List<String> problems = new ArrayList<>();
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementPathBlock block) {
                Map<Node, Node> firsts = new HashMap<>();
                List<Node> objects = new ArrayList<>();
                for (TriplePath t : block.getPattern().getList()) {
                    if (org.apache.jena.vocabulary.RDF.Nodes.first.equals(t.getPredicate())) {
                        firsts.put(t.getSubject(), t.getObject());
                    } else if (t.getPredicate() != null && t.getPredicate().isURI() && MATCH.equals(t.getPredicate().getURI())) {
                        objects.add(t.getObject());
                    }
                }
                for (Node o : objects) {
                    Node words = firsts.getOrDefault(o, o);
                    if (words.isLiteral()) {
                        try {
                            SearchIndex.parse(words.getLiteralLexicalForm());
                        } catch (SearchIndex.BadSearchException e) {
                            problems.add(ascii(e.getMessage()));
                        }
                    }
                }
            }
        });
        return problems.stream().findFirst();
    }

    /**
     * A message in ASCII, as an HTTP error's reason must be (Fuseki's error answers drop their body otherwise):
     * typographic quotes plain, any other character outside ASCII as SPARQL writes it in a string, \\uXXXX.
     */
    private static String ascii(String message) {
        StringBuilder b = new StringBuilder();
        message.replace('\u201c', '"').replace('\u201d', '"').chars().forEach(c -> {
            if (c < 128) {
                b.append((char) c);
            } else {
                b.append(String.format("\\u%04X", c));
            }
        });
        return b.toString();
    }
}
