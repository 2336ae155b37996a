package org.ofstedkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.ofstedkg.Folders;
import org.ofstedkg.map.Vocab;

/**
 * Full-text search over what the reports say: a Lucene index, in the store's folder ({@value #FOLDER}), of
 * one document per piece of evidence (a place in a report), holding its quote and the text of every statement
 * (finding, recommendation, main finding) it is the evidence of, with the report, its authority and date.
 * <p>
 * The index belongs to one state of the store ({@link KnowledgeStore#state()}): each commit records the state
 * it holds, and the store brings the index up to date after each change it commits. An index that records
 * another state (a change it missed: a crash between the store's commit and the index's, an ingest that had
 * no index open, a bulk load, a restore), or none, or that cannot be read, is rebuilt from the store when
 * opened. Lucene's own commits are whole or not at all, so a crash leaves the last committed index, which then
 * names an older state and is rebuilt.
 */
public final class SearchIndex implements AutoCloseable {

    /** The index's folder in a store's folder. */
    public static final String FOLDER = "search";
    /** The layout of the index's documents; another one (an older program's) is rebuilt. */
    static final String LAYOUT = "1";
    /** The longest search accepted, in characters. */
    public static final int MAX_QUERY_CHARS = 500;
    /** The furthest into the ranking a search may page. */
    public static final int MAX_DEPTH = 10_000;

    private static final String STATE = "state";
    private static final String LAYOUT_KEY = "layout";
    private static final String GRAPH = "graph";
    private static final String EVIDENCE = "evidence";
    private static final String TEXT = "text";
    private static final String REPORT = "report";
    private static final String REPORT_LABEL = "report_label";
    private static final String AUTHORITY = "authority";
    private static final String AUTHORITY_LABEL = "authority_label";
    private static final String DATE = "date";

    /**
     * English words to their stems ("exploited" finds "exploitation", "social worker" finds "social workers"),
     * common words left out.
     */
    private static final Analyzer ANALYZER = new EnglishAnalyzer();

    private final DatasetGraph dataset;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final boolean rebuilt;

    /** One passage that matches: where it is, what it says, and the best sentence with the words marked. */
    public record Hit(String evidence, String report, String reportLabel, String authority, String authorityLabel,
            String date, String anchor, String quote, String highlightedHtml, float score) {
    }

    /** A page of the ranking: the passages from {@code offset}, and how many match in all. */
    public record Page(long total, int offset, List<Hit> hits) {
    }

    /** A search that cannot be run, with what is wrong in a reader's words. */
    public static final class BadSearchException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        BadSearchException(String message) {
            super(message);
        }
    }

    private SearchIndex(DatasetGraph dataset, Directory directory, IndexWriter writer, boolean rebuilt)
            throws IOException {
        this.dataset = dataset;
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.rebuilt = rebuilt;
    }

    /**
     * Opens the index of a store (in its folder, or in memory for a store in memory), rebuilding it if it does
     * not hold the store's current state.
     */
    static SearchIndex open(DatasetGraph dataset, Path storeFolder, String state) {
        try {
            Directory directory = storeFolder == null ? new ByteBuffersDirectory() : openFolder(storeFolder.resolve(FOLDER));
            boolean current = state.equals(committed(directory).get(STATE))
                    && LAYOUT.equals(committed(directory).get(LAYOUT_KEY));
            IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ANALYZER)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(64)
                    // What was not committed with its state is dropped, never committed under an older state's name.
                    .setCommitOnClose(false));
            SearchIndex index = new SearchIndex(dataset, directory, writer, !current);
            if (!current) {
                index.rebuild(state);
            }
            return index;
        } catch (IOException e) {
            throw new StoreException("cannot open the search index in " + storeFolder + ": " + e.getMessage());
        }
    }

    /** The folder's index, or a new empty folder where what is there cannot be read as one. */
    private static Directory openFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        Directory directory = FSDirectory.open(folder);
        try {
            committed(directory);
            return directory;
        } catch (IOException | RuntimeException e) {
            // A damaged index is derived data: it is built again from the store.
            directory.close();
            Folders.deleteTree(folder);
            Files.createDirectories(folder);
            return FSDirectory.open(folder);
        }
    }

    /** What the last commit recorded (the state it holds), or nothing for a folder with no index. */
    private static Map<String, String> committed(Directory directory) throws IOException {
        return DirectoryReader.indexExists(directory) ? SegmentInfos.readLatestCommit(directory).getUserData() : Map.of();
    }

    /** Whether opening found the index missing or of another state, and built it again. */
    public boolean rebuiltOnOpen() {
        return rebuilt;
    }

    /** Builds the whole index again from the store, recording {@code state}. */
    synchronized void rebuild(String state) {
        try {
            writer.deleteAll();
            Txn.executeRead(dataset, () -> {
                Map<Node, String> authorityLabels = new HashMap<>();
                List<Node> graphs = new ArrayList<>();
                dataset.findNG(Node.ANY, Node.ANY, Vocab.TYPE, Vocab.REPORT).forEachRemaining(q -> graphs.add(q.getGraph()));
                for (Node graph : graphs) {
                    addDocuments(graph, authorityLabels);
                }
            });
            commit(state);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Brings the index up to date with a change of the store that wrote or removed these graphs (committed, so
     * the store is now in {@code state}): each graph's documents go, and those of the graphs that hold a report
     * now are added.
     */
    synchronized void update(Collection<Node> graphs, String state) {
        try {
            Txn.executeRead(dataset, () -> {
                Map<Node, String> authorityLabels = new HashMap<>();
                for (Node graph : graphs) {
                    try {
                        writer.deleteDocuments(new Term(GRAPH, graph.getURI()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    addDocuments(graph, authorityLabels);
                }
            });
            commit(state);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void commit(String state) throws IOException {
        writer.setLiveCommitData(Map.of(STATE, state, LAYOUT_KEY, LAYOUT).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** The documents of one report's graph: one per piece of evidence. */
    private void addDocuments(Node graph, Map<Node, String> authorityLabels) {
        var reports = dataset.find(graph, Node.ANY, Vocab.TYPE, Vocab.REPORT);
        if (!reports.hasNext()) {
            return; // removed, or not a report's graph
        }
        Node report = reports.next().getSubject();
        String reportLabel = literal(graph, report, Vocab.LABEL);
        String date = literal(graph, report, Vocab.DC_DATE);
        var authorities = dataset.find(graph, report, Vocab.AUTHORITY, Node.ANY);
        Node authority = authorities.hasNext() ? authorities.next().getObject() : null;
        String authorityLabel = authority == null ? ""
                : authorityLabels.computeIfAbsent(authority, a -> literal(Node.ANY, a, Vocab.PREF_LABEL));
        // The statements' texts by their evidence, where they are other words than its quote.
        Map<Node, List<String>> statements = new HashMap<>();
        dataset.find(graph, Node.ANY, Vocab.TEXT, Node.ANY).forEachRemaining(q -> dataset
                .find(graph, q.getSubject(), Vocab.EVIDENCE, Node.ANY).forEachRemaining(e -> statements
                        .computeIfAbsent(e.getObject(), k -> new ArrayList<>()).add(q.getObject().getLiteralLexicalForm())));
        Map<Node, String> quotes = new LinkedHashMap<>();
        dataset.find(graph, Node.ANY, Vocab.QUOTE, Node.ANY)
                .forEachRemaining(q -> quotes.put(q.getSubject(), q.getObject().getLiteralLexicalForm()));
        try {
            for (var e : quotes.entrySet()) {
                Document doc = new Document();
                doc.add(new StringField(GRAPH, graph.getURI(), Field.Store.NO));
                doc.add(new StringField(EVIDENCE, e.getKey().getURI(), Field.Store.YES));
                doc.add(new TextField(TEXT, e.getValue(), Field.Store.YES));
                for (String said : statements.getOrDefault(e.getKey(), List.of())) {
                    if (!said.equals(e.getValue())) {
                        doc.add(new TextField(TEXT, said, Field.Store.YES));
                    }
                }
                doc.add(new StoredField(REPORT, report.getURI()));
                doc.add(new StoredField(REPORT_LABEL, reportLabel));
                doc.add(new StoredField(AUTHORITY, authority == null ? "" : authority.getURI()));
                doc.add(new StoredField(AUTHORITY_LABEL, authorityLabel));
                doc.add(new StoredField(DATE, date));
                writer.addDocument(doc);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private String literal(Node graph, Node subject, Node property) {
        var found = dataset.find(graph, subject, property, Node.ANY);
        return found.hasNext() ? found.next().getObject().getLiteralLexicalForm() : "";
    }

    /**
     * Reads search words in Lucene's syntax: words (all of them must occur), "a phrase", OR, NOT, -word,
     * word*, wor?d, word~ (spelt nearly so).
     *
     * @throws BadSearchException for an empty, over-long or unreadable search, saying why
     */
    public static Query parse(String words) {
        String w = words == null ? "" : words.strip();
        if (w.isEmpty()) {
            throw new BadSearchException("Type a word or phrase to search for.");
        }
        if (w.length() > MAX_QUERY_CHARS) {
            throw new BadSearchException("The search is " + w.length() + " characters long; the most is "
                    + MAX_QUERY_CHARS + ".");
        }
        QueryParser parser = new QueryParser(TEXT, ANALYZER);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(w);
        } catch (ParseException e) {
            throw new BadSearchException("The search \u201c" + w + "\u201d cannot be read: " + reason(e) + ". Put a phrase "
                    + "in double quotes (\"agency social workers\"); AND, OR and NOT (in capitals) join words; to search for "
                    + "one of the signs + - ! ( ) { } [ ] ^ \" ~ * ? : \\ / put a backslash before it.");
        }
    }

    /** Lucene's complaint in few words: its first line, without the search repeated or the tokens expected. */
    private static String reason(ParseException e) {
        String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
        int repeated = first.indexOf("': ");
        String said = repeated >= 0 && first.startsWith("Cannot parse '") ? first.substring(repeated + 3) : first;
        if (said.startsWith("Encountered \"<EOF>\"")) {
            return "it ends where more was expected";
        }
        said = said.replaceAll("\\s*Was expecting.*$", "").replaceAll("\\.$", "");
        return said.isEmpty() ? "its syntax is not Lucene's" : said;
    }

    /**
     * The passages matching the search, best first, from {@code offset} (at most {@value #MAX_DEPTH} into the
     * ranking), {@code limit} of them.
     *
     * @throws BadSearchException as {@link #parse} does, or for a search that matches too many words to run
     */
    public Page search(String words, int offset, int limit) {
        Query query = parse(words);
        if (query instanceof BooleanQuery b && b.clauses().isEmpty()) {
            // Every word too common to be indexed ("the", "and"): nothing can match.
            return new Page(0, offset, List.of());
        }
        int upTo = Math.min(MAX_DEPTH, offset + limit);
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                long total = searcher.count(query);
                if (offset >= upTo) {
                    return new Page(total, offset, List.of());
                }
                TopDocs top = searcher.search(query, upTo);
                ScoreDoc[] docs = java.util.Arrays.copyOfRange(top.scoreDocs, Math.min(offset, top.scoreDocs.length),
                        top.scoreDocs.length);
                TopDocs page = new TopDocs(top.totalHits, docs);
                UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, ANALYZER)
                        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " \u2026 ", true)).build();
                String[] marked = highlighter.highlight(TEXT, query, page, 1);
                List<Hit> hits = new ArrayList<>(docs.length);
                for (int i = 0; i < docs.length; i++) {
                    Document d = searcher.storedFields().document(docs[i].doc);
                    String evidence = d.get(EVIDENCE);
                    int at = evidence.lastIndexOf("/evidence/");
                    String anchor = at < 0 ? "" : "ev-" + evidence.substring(at + "/evidence/".length());
                    String quote = d.get(TEXT);
                    String html = marked[i] != null ? marked[i] : org.apache.commons.text.StringEscapeUtils.escapeHtml4(quote);
                    hits.add(new Hit(evidence, d.get(REPORT), d.get(REPORT_LABEL), d.get(AUTHORITY), d.get(AUTHORITY_LABEL),
                            d.get(DATE), anchor, quote, html, docs[i].score));
                }
                return new Page(total, offset, hits);
            } finally {
                searchers.release(searcher);
            }
        } catch (IndexSearcher.TooManyClauses e) {
            throw new BadSearchException("The search \u201c" + words.strip() + "\u201d stands for too many words (a "
                    + "wildcard such as a* matches thousands): make it longer before the * or ?.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many passages the index holds. */
    public int passages() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
