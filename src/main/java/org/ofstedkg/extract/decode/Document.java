package org.ofstedkg.extract.decode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.text.StringEscapeUtils;

import org.ofstedkg.Digests;
import org.ofstedkg.extract.ExtractionException;
import org.ofstedkg.model.Evidence;
import org.ofstedkg.model.Source;

/**
 * A report's text, ready for the readers: the decoded source, a cleaned rendering with markup
 * removed (every character still mapped to its source offset), and the cleaned text cut into blocks.
 * Readers work on blocks and sentences and turn any span back into {@link Evidence} on the source.
 */
public final class Document {

    /**
     * Marks where one item of a table cell or list ends and the next begins ({@code </p>}, {@code <br>},
     * {@code <li>}, {@code </li>}, a list's own tags):
     * a sentence always ends there, and it reads as white space.
     */
    public static final char ITEM_BREAK = '\u2029';

    /*
     * The cleaning patterns run over a whole report: those whose matches start with a character most texts
     * hold seldom are cued by it (a CuedPattern), and tried only where it stands, not at every offset.
     */
    private static final CuedPattern LINE_BREAK = CuedPattern.compile("\r", "\r\n?", 0);
    private static final CuedPattern ITEM_TAG = CuedPattern.compile("<", "</p\\s*>|<br\\s*/?>|</?(?:li|ul|ol)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final CuedPattern HTML_TAG = CuedPattern.compile("<",
            "</?(?:b|i|u|p|em|strong|span|div|td|tr|th|table|thead|tbody|sup|sub|font)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final CuedPattern MARKDOWN_LINK = CuedPattern.compile("[", "\\[([^\\]\\n]*)\\]\\([^)\\n]*\\)", 0);
    /**
     * HTML entities of every form, named ("&rsquo;", "&pound;"), decimal ("&#8217;") and hexadecimal
     * ("&#x2019;"), and the typographic characters read as plain ones: the no-break space, curly quotes and
     * the modifier apostrophe, the hyphens of typesetting ("19\u2011year\u2011olds"). An entity decodes first, then folds as the character it names would.
     */
    private static final String TYPOGRAPHIC = "\u00A0\u201C\u201D\u2018\u2019\u02BC\u2010\u2011";
    private static final CuedPattern ENTITY = CuedPattern.compile("&" + TYPOGRAPHIC,
            "&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});|[" + TYPOGRAPHIC + "]", 0);
    private static final Map<String, String> TYPOGRAPHIC_TEXT = Map.of("\u00A0", " ", "\u201C", "\"", "\u201D", "\"",
            "\u2018", "'", "\u2019", "'", "\u02BC", "'", "\u2010", "-", "\u2011", "-");

    /** An entity's or typographic character's plain text; an unknown entity stays as written. */
    static String plainCharacter(String match) {
        String decoded = match.charAt(0) == '&' ? StringEscapeUtils.unescapeHtml4(match) : match;
        return TYPOGRAPHIC_TEXT.getOrDefault(decoded, decoded);
    }

    /** A dash inside a line: not at its start, nor after a space at its start. */
    private static final CuedPattern INLINE_DASH = CuedPattern.compile("\u2013\u2014",
            "(?<!^)(?<![\\n ])[\u2013\u2014]|(?<=[^\\n] )[\u2013\u2014]", Pattern.MULTILINE | Pattern.UNIX_LINES);
    private static final CuedPattern MARKDOWN_BOLD = CuedPattern.compile("*_", "(?<!\\\\)(?:\\*\\*|__)", 0);
    /** Emphasis only in pairs on one line: "*Every Child Matters*", never the lone star of "A*-C". */
    private static final CuedPattern MARKDOWN_EMPHASIS = CuedPattern.compile("*",
            "(?<![\\\\*\\w])\\*(?=\\S)([^*\\n]+?)(?<=[^\\s\\\\])\\*(?![*\\w])", 0);
    private static final CuedPattern MARKDOWN_ESCAPE = CuedPattern.compile("\\", "\\\\([\\\\`*_{}\\[\\]()#+\\-.!>])", 0);
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^[ \\t]*#{1,6}[ \\t]+",
            Pattern.MULTILINE | Pattern.UNIX_LINES);

    /**
     * The glyphs typesetting gives a list item's bullet: the bullet, squares, circles, the hyphen bullet and an arrowhead,
     * and the Symbol and Wingdings fonts' private-use bullets that a word processor's PDF often carries, and the section
     * sign that Wingdings' square bullet (its character A7) becomes when its text is copied out of its font.
     */
    public static final String BULLETS = "\u2022\u25AA\u25AB\u25CF\u25E6\u25A0\u25A1\u2043\u27A2\uF0A7\uF0B7\uF0D8\u00A7";
    /**
     * A bullet set as the letter "o" before an item opening in capitals: Word's second-level bullet, and the bullet as a
     * text printer without the glyph gives it ("o Strong corporate parenting").
     */
    public static final String LETTER_BULLET = "o(?=\\s+\\p{Lu})";

    // "3. The", "3) The", and a section's paragraph "3.1 The" (its number the section's).
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})(?:[.)]|\\.\\d{1,3}\\.?(?=\\s+\\p{Lu}))\\s+(?=\\S)");
    /**
     * A list item's mark: a hyphen, star, bullet, or the en or em dash typesetting uses for one; or a letter or roman
     * numeral in brackets ("(a)", "(iv)") or before a full stop ("iv. ensure", "B. review") before words in lower case, as
     * lettered items are set ("(i) SAFEGUARDING" is a heading).
     */
    // A list's own mark before a bullet typed into its item ("- \u2022\u00A0agree ...", as a PDF of an HTML list gives it) is one mark.
    private static final Pattern BULLET = Pattern.compile("^(?:[-*" + BULLETS + "\u2013\u2014]|" + LETTER_BULLET
            + "|\\(?(?:[a-z]|[ivx]{1,4})\\)(?=\\s+[a-z])|(?:[ivx]{1,4}|[a-zA-Z])\\.(?=\\s+[a-z]))\\s+(?:[" + BULLETS + "][\\s\u00A0]+)?");
    private static final Pattern RULE = Pattern.compile("^[-=_\\s]{3,}$");
    /** A letter or roman numeral in brackets before words that open on a capital: "(i) At once, ...". */
    private static final Pattern LED_ITEM = Pattern.compile("^\\(?(?:[ivx]{1,4}|[a-z])\\)\\s+(?=\\p{Lu}\\p{Ll})");
    /** A Markdown table's rule under its header: "|---|:---:|". */
    private static final Pattern PIPE_TABLE_RULE = Pattern.compile("^[|:\\-\\s]+$");
    /** A leader of dots between a label and its value; {@link #LEADER_ROW} a line of one label, one leader, a short value. */
    private static final Pattern LEADER = Pattern.compile("\\s*(?:\\.[ \\u00A0]?){4,}\\s*");
    private static final Pattern LEADER_ROW = Pattern.compile("^[^.]*\\S\\s*(?:\\.[ \\u00A0]?){4,}\\s*[^.\\s][^.]{0,30}$");
    /** The pipe between two cells of a Markdown table's row, with the spaces around it. */
    private static final Pattern PIPE_CELL_BREAK = Pattern.compile(" *(?<!\\\\)\\| *");
    private static final Pattern BARE_BULLET = Pattern.compile("^[-*" + BULLETS + "\u2013\u2014]$");
    /** The closing quotes and brackets that may follow a sentence's terminal punctuation. */
    static final String CLOSERS = "\"')]";
    /** Terminal punctuation at the end, and any closing quotes or brackets (CLOSERS) after it. */
    private static final Pattern TERMINAL = Pattern.compile("[.:;!?][\"')\\]]*$");
    /** Words a sentence does not end on: a block ending with one was cut, not finished. */
    private static final Pattern DANGLING_WORD = Pattern.compile(
            "\\b(?:a|an|the|and|or|but|of|in|on|at|to|for|with|by|from|as|that|which|who|whose|is|are|was|were|be"
                    + "|has|have|had|not|than|into|between|their|its|this|these|those|some|all|both"
                    + "|year|years|level|levels|stage|stages|aged|section|tier|post|key)$",
            Pattern.CASE_INSENSITIVE);
    private static final int DANGLING_WORD_LONGEST = "between".length();

    /**
     * Whether an end-anchored pattern, none of whose matches is longer than {@code longest}, matches the
     * text: tried at the offsets near the end only, not at every offset of a paragraph ($ also matches
     * before a final line terminator, of two characters at most).
     */
    private static boolean endsWith(Pattern endAnchored, CharSequence text, int longest) {
        return findFrom(endAnchored, text, text.length() - longest - 2);
    }

    /**
     * Whether the text ends with terminal punctuation and any closing quotes or brackets: TERMINAL, tried
     * from the character before the text's closing run (closers, and line terminators for $) only.
     */
    private static boolean endsTerminated(CharSequence text) {
        int start = text.length();
        while (start > 0 && (CLOSERS.indexOf(text.charAt(start - 1)) >= 0 || isLineTerminator(text.charAt(start - 1)))) {
            start--;
        }
        return findFrom(TERMINAL, text, start - 1);
    }

    /** The line terminators $ matches before, as Pattern reads them without UNIX_LINES. */
    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean findFrom(Pattern pattern, CharSequence text, int from) {
        Matcher m = pattern.matcher(text);
        m.useTransparentBounds(true); // \b and look-behinds see the text before the region
        m.region(Math.max(0, from), text.length());
        return m.find();
    }

    private final Source source;
    private final MappedText clean;
    private final List<Block> blocks;
    private final List<String> warnings;
    /** Where the words stand: a PDF's from its text positions; a text's made on first use (few readers need it). */
    private Layout layout;

    /** Text of a report: decoded from a text file, or extracted from a PDF. */
    private Document(Source source) {
        this(source, List.of());
    }

    private Document(Source source, List<String> warnings) {
        this.source = source;
        this.clean = clean(source.text());
        this.blocks = List.copyOf(blocks(clean));
        this.warnings = List.copyOf(warnings);
    }

    /**
     * The largest file read, in bytes: the samples are 10 to 100 KB and a report's PDF a few MB, so a
     * bigger file is not a report, and it is refused before anything of it is read into memory.
     */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    /** The character encodings a text report is read in, as recorded on its source (IANA names). */
    public static final String UTF_8 = "UTF-8";
    public static final String UTF_16 = "UTF-16";
    public static final String WINDOWS_1252 = "windows-1252";

    /** Bytes Windows-1252 leaves undefined: text with any of them is not Windows-1252. */
    private static final String UNDEFINED_IN_1252 = "\u0081\u008D\u008F\u0090\u009D";

    /** Reads a file; fails with a message naming the reason when it is not text. */
    public static Document read(Path file) throws ExtractionException {
        byte[] bytes;
        try {
            // The size first: a file over the limit is refused without reading it.
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw tooLarge(size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
        } catch (IOException e) {
            throw new ExtractionException("cannot read file: " + e.getMessage());
        }
        return of(file.getFileName().toString(), bytes);
    }

    private static ExtractionException tooLarge(long size) {
        return new ExtractionException(String.format(Locale.ROOT, "file too large: %.1f MB (%d bytes), over the "
                + "limit of %d MB for one report", size / 1048576.0, size, MAX_BYTES / 1048576));
    }

    /**
     * A document from a file's bytes: a PDF's text layer, or text in UTF-8, UTF-16 with a byte-order mark,
     * or Windows-1252 (when the bytes are not UTF-8 but are all defined Windows-1252 text, which is
     * what a Windows program writes: "£" is the one byte A3). Anything else is refused, naming why.
     */
    public static Document of(String fileName, byte[] bytes) throws ExtractionException {
        if (bytes.length == 0) {
            throw new ExtractionException("empty file");
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(bytes.length);
        }
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".pdf") && !PdfText.isPdf(bytes)) {
            // A download that failed saves the server's error page under the name the PDF was to have.
            throw new ExtractionException(looksLikeHtml(bytes)
                    ? "named .pdf but an HTML page, not a PDF (a failed download?)"
                    : "named .pdf but not a PDF (it does not start with %PDF-)");
        }
        if (PdfText.isPdf(bytes)) {
            PdfText.Extracted pdf = PdfText.extract(bytes);
            Document d = new Document(new Source(fileName, sha256(bytes), "application/pdf", Optional.empty(), pdf.text()));
            d.layout = Layout.ofWords(pdf.words());
            return d;
        }
        Optional<String> format = BinaryFormat.of(bytes);
        if (format.isPresent()) {
            throw new ExtractionException("binary data (" + format.get() + "), not a text report");
        }
        boolean utf16 = bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
        if (!utf16) {
            for (byte b : bytes) {
                if (b == 0) {
                    throw new ExtractionException("binary data (NUL bytes), not a text report");
                }
            }
        }
        String encoding = utf16 ? UTF_16 : UTF_8;
        List<String> notes = new ArrayList<>();
        String text;
        try {
            text = decode(bytes, utf16 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            if (utf16) {
                throw new ExtractionException("not valid UTF-16 text");
            }
            if (!isWindows1252(bytes)) {
                throw new ExtractionException("neither UTF-8 nor Windows-1252 text");
            }
            try {
                text = decode(bytes, Charset.forName(WINDOWS_1252));
            } catch (CharacterCodingException notExpected) {
                throw new ExtractionException("neither UTF-8 nor Windows-1252 text");
            }
            encoding = WINDOWS_1252;
            notes.add("not UTF-8: read as Windows-1252 text");
        }
        if (utf16 && text.indexOf('\0') >= 0) {
            throw new ExtractionException("binary data (NUL characters), not a text report");
        }
        // Offsets count from the first character after a byte-order mark.
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new Document(new Source(fileName, sha256(bytes), "text/plain", Optional.of(encoding), text), notes);
    }

    /**
     * A report read again from the text a store keeps of it, its original file not at hand: the source
     * (name, SHA-256 and type of the original) is the original's, the text the one read from it then. A
     * PDF read so has lost its words' positions: its tables are read from the text alone.
     */
    public static Document ofKeptText(Source original) {
        return new Document(original, List.of("read again from the text the store keeps of "
                + original.fileName() + " (the original file was not found)"));
    }

    private static boolean looksLikeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<html");
    }

    private static String decode(byte[] bytes, Charset charset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    /**
     * Whether bytes that are not UTF-8 read as Windows-1252 text: none of the five bytes it leaves
     * undefined, and no control character but tab, line feed, carriage return and form feed.
     */
    static boolean isWindows1252(byte[] bytes) {
        for (byte b : bytes) {
            int u = b & 0xFF;
            if (UNDEFINED_IN_1252.indexOf(u) >= 0 || (u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f')) {
                return false;
            }
        }
        return true;
    }

    static String sha256(byte[] bytes) {
        return Digests.sha256Hex(bytes);
    }

    public Source source() {
        return source;
    }

    /** What a reader of the report should know about how its file was read (an encoding guessed). */
    public List<String> warnings() {
        return warnings;
    }

    /** Where the document's words stand on its pages (see {@link Layout}). */
    public synchronized Layout layout() {
        if (layout == null) {
            layout = Layout.ofText(source.text());
        }
        return layout;
    }

    /**
     * The evidence for a span of the source text given in UTF-16 offsets (as {@link Layout.Word} has them),
     * quoted in the reader's words: a table row's cells, say, which the source text interleaves.
     */
    public Evidence evidence(int sourceStart, int sourceEnd, String quote) {
        String raw = source.text();
        return new Evidence(raw.codePointCount(0, sourceStart), raw.codePointCount(0, sourceEnd),
                raw.substring(sourceStart, sourceEnd), quote(quote));
    }

    /** The cleaned text the blocks were cut from. */
    public MappedText cleanText() {
        return clean;
    }

    public List<Block> blocks() {
        return blocks;
    }

    /** The evidence for a span of cleaned text: its source offsets, exact source text and quote. */
    public Evidence evidence(MappedText span) {
        MappedText s = span.strip();
        int start = s.sourceStart(0);
        int end = s.sourceEnd(s.length());
        String raw = source.text();
        return new Evidence(raw.codePointCount(0, start), raw.codePointCount(0, end), raw.substring(start, end),
                quote(s));
    }

    private static final Pattern HYPHEN_AT_LINE_END = Pattern.compile("(?<=\\p{Ll})- (?=\\p{Ll})");

    /**
     * Words joined across lines, with a word a line's end hyphenated ("compre- hensive") made whole again;
     * a compound whose halves are words of this document ("well- established") keeps its hyphen, as
     * {@link #mendHyphenation} decides for the text's own lines.
     */
    public String mendHyphens(String joined) {
        if (!HYPHEN_AT_LINE_END.matcher(joined).find()) {
            return joined;
        }
        String text = cleanText().toString();
        return HYPHEN_AT_LINE_END.matcher(joined).replaceAll(m -> hyphenOrNone(text, joined, m.start(), m.end(), false));
    }

    /** An offset far from every word: no occurrence is excepted. */
    private static final int NOWHERE = -1_000_000;

    /** How a reader quotes text: white space (item breaks included) folded to single spaces. */
    public static String quote(CharSequence text) {
        // By hand rather than by a pattern: every piece of evidence is quoted.
        StringBuilder folded = new StringBuilder(text.length());
        boolean inSpace = true; // no space before the first character: strip() would only copy the text again
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isQuotedAsSpace(c)) {
                if (!inSpace) {
                    folded.append(' ');
                }
                inSpace = true;
            } else {
                folded.append(c);
                inSpace = false;
            }
        }
        if (inSpace && folded.length() > 0) {
            folded.setLength(folded.length() - 1);
        }
        return folded.toString().strip(); // other white space (an em space) at either end
    }

    /** White space as the pattern \s reads it, an item break or a no-break space. */
    private static boolean isQuotedAsSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == ITEM_BREAK || c == '\u00A0';
    }

    /** Lower case, white space folded: for comparing headings and phrases of cleaned text. */
    public static String normalise(CharSequence text) {
        return quote(text).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether {@link #normalise(CharSequence)} of the text starts with the word (ASCII lower-case letters),
     * read without normalising all of it: for headings looked for in every paragraph. Lower-casing gives an
     * ASCII letter only from that letter or its capital (but for the Kelvin sign's k).
     */
    public static boolean normalisedStartsWith(CharSequence text, String word) {
        int i = 0;
        while (i < text.length() && (isQuotedAsSpace(text.charAt(i)) || Character.isWhitespace(text.charAt(i)))) {
            i++;
        }
        if (i + word.length() > text.length()) {
            return false;
        }
        for (int j = 0; j < word.length(); j++) {
            char c = text.charAt(i + j);
            if (asciiLower(c) != word.charAt(j) && !(c == '\u212A' && word.charAt(j) == 'k')) {
                return false;
            }
        }
        return true;
    }

    private static MappedText clean(String raw) {
        MappedText text = MappedText.of(raw).replaceAll(LINE_BREAK, "\n");
        return inline(mendHyphenation(dropPageFurniture(text)));
    }

    /** Page numbers: "12", "Page 12", "Page 12 of 30", "- 12 -". */
    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\s*(?:page\\s+)?-?\\s*\\d{1,4}\\s*-?(?:\\s+of\\s+\\d{1,4})?\\s*$",
            Pattern.CASE_INSENSITIVE);

    /**
     * A running header or footer that carries its page's number after a gap ("Coventry City Council - annual
     * assessment 2010     Page 2 of 2"): furniture even where the text has too few pages for it to repeat.
     */
    private static final Pattern HEADER_WITH_PAGE = Pattern.compile(
            "(?i)^.{1,140}?\\S\\s{2,}page\\s+\\d{1,4}(?:\\s+of\\s+\\d{1,4})?\\s*$");

    /** A line of a text of pages: it starts at the start of the text, a line end or a form feed. */
    private static final Pattern PAGE_LINE = Pattern.compile("(?:^|(?<=[\\n\\f]))[^\\n\\f]*");
    /**
     * A page break with the blank lines around it (white space first, the break's own start), up to the
     * next line's indent: where text keeps its columns in spaces (pdftotext -layout), that line keeps its own.
     */
    private static final Pattern PAGE_BREAK = Pattern.compile("(?=[ \\t\\n\\f])[ \\t\\n]*\\f[ \\t\\n\\f]*?(?= *[^ \\t\\n\\f]|$)");

    /**
     * Text of several pages (separated by form feeds, as PDF text gives them) loses what pages repeat:
     * page numbers, and running headers and footers (a line at the top or bottom of half the pages or
     * more). The pages are then read as one text, so a paragraph cut by a page break reads whole.
     */
    private static MappedText dropPageFurniture(MappedText text) {
        String s = text.toString();
        if (s.indexOf('\f') < 0) {
            return text;
        }
        // Each page's first and last non-blank lines, by where they start.
        Map<Integer, String> edges = new HashMap<>();
        int pageStart = 0;
        int pages = 0;
        while (pageStart <= s.length()) {
            int pageEnd = s.indexOf('\f', pageStart);
            if (pageEnd < 0) {
                pageEnd = s.length();
            }
            List<int[]> lines = new ArrayList<>();
            int at = pageStart;
            while (at < pageEnd) {
                int nl = s.indexOf('\n', at);
                int lineEnd = nl < 0 || nl > pageEnd ? pageEnd : nl;
                if (!s.substring(at, lineEnd).isBlank()) {
                    lines.add(new int[] {at, lineEnd});
                }
                at = lineEnd + 1;
            }
            if (!lines.isEmpty()) {
                for (int[] l : List.of(lines.get(0), lines.get(lines.size() - 1))) {
                    edges.put(l[0], s.substring(l[0], l[1]).strip());
                }
            }
            pages++;
            pageStart = pageEnd + 1;
        }
        // Running headers and footers are lines at the edge of half the pages or more; they go from the
        // second page on, as the first may open with the very title a header repeats, and that must stay.
        int firstPageEnd = s.indexOf('\f');
        // Digits are masked: a header that carries the page number or a date is the same header on each page.
        Map<String, Integer> repeats = new HashMap<>();
        edges.values().forEach(line -> repeats.merge(masked(line), 1, Integer::sum));
        int threshold = Math.max(2, (pages + 1) / 2);
        Set<Integer> drop = new HashSet<>();
        edges.forEach((start, line) -> {
            boolean repeated = start > firstPageEnd && repeats.getOrDefault(masked(line), 0) >= threshold
                    && line.length() <= 120 && !masked(line).matches("[#\\s]*");
            if (repeated || PAGE_NUMBER.matcher(line).matches() || HEADER_WITH_PAGE.matcher(line).matches()) {
                drop.add(start);
            }
        });
        // The furniture goes first (form feeds stay, so line starts stay where they were); then each page
        // break, with the blank lines around it, becomes a line end where a paragraph runs on across it,
        // and a blank line where the page ended a sentence.
        MappedText bare = text.replaceAll(PAGE_LINE, m -> drop.contains(m.start()) ? "" : null);
        String b = bare.toString();
        return bare.replaceAll(PAGE_BREAK, m -> {
            // The last line before the break, white space stripped; the patterns that end on it read no further.
            int end = m.start();
            while (end > 0 && Character.isWhitespace(b.charAt(end - 1))) {
                end--;
            }
            String lastLine = b.substring(b.lastIndexOf('\n', end - 1) + 1, end);
            int next = m.end();
            while (next < b.length() && b.charAt(next) == ' ') {
                next++;
            }
            boolean startsLowerCase = next < b.length() && Character.isLowerCase(b.charAt(next));
            // A long last line is a hard-wrapped paragraph running on, unless it is one unbroken token (a URL).
            boolean runsOn = end > 0 && !endsTerminated(lastLine)
                    && (startsLowerCase || endsWith(DANGLING_WORD, lastLine, DANGLING_WORD_LONGEST)
                            || (lastLine.length() > 60 && lastLine.strip().indexOf(' ') > 0));
            return runsOn ? "\n" : "\n\n";
        });
    }

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /**
     * The line with each run of digits as one "#": a running header or footer that carries its page number or a date
     * is the same line on every page, page 9 or page 10.
     */
    static String masked(String line) {
        return DIGITS.matcher(line).replaceAll("#");
    }

    private static final CuedPattern LINE_END_HYPHEN = CuedPattern.compile("-", "(?<=\\p{Ll})-[ \\t]*\\n[ \\t]*(?=\\p{Ll})", 0);

    /** "post-" at a line end and "16" on the next, "11-" and "year-old": one word, hyphen kept. */
    private static final CuedPattern LINE_END_HYPHEN_DIGIT = CuedPattern.compile("-",
            "(?<=[\\p{L}\\d])-[ \\t]*\\n[ \\t]*(?=\\d)|(?<=\\d)-[ \\t]*\\n[ \\t]*(?=\\p{L})", 0);

    /**
     * "assess-" at the end of a line and "ment" at the start of the next are "assessment", unless the
     * text elsewhere writes the hyphenated word ("multi-agency"), which keeps its hyphen.
     */
    private static MappedText mendHyphenation(MappedText text) {
        text = text.replaceAll(LINE_END_HYPHEN_DIGIT, m -> "-");
        String s = text.toString();
        if (!LINE_END_HYPHEN.search(s).find()) {
            return text;
        }
        return text.replaceAll(LINE_END_HYPHEN, m -> hyphenOrNone(s, s, m.start(), m.end(), true));
    }

    /**
     * What a hyphen broken at a line's end (from {@code start} to {@code end} of {@code line}) becomes: "" where
     * the text writes the halves as one word or they are one word broken by typesetting ("assess-/ment"), "-"
     * where they are a compound ("looked-/after": the text writes it hyphenated, or both halves are its words).
     * Where {@code line} is the text itself, the halves' own place does not count as their use elsewhere.
     */
    private static String hyphenOrNone(String text, String line, int start, int end, boolean lineInText) {
        int ws = start;
        while (ws > 0 && Character.isLetter(line.charAt(ws - 1))) {
            ws--;
        }
        int we = end;
        while (we < line.length() && Character.isLetter(line.charAt(we))) {
            we++;
        }
        String left = line.substring(ws, start);
        String right = line.substring(end, we);
        if (text.contains(left + right)) {
            return "";
        }
        boolean compound = text.contains(left + "-" + right)
                || (isWordOf(text, left, lineInText ? ws : NOWHERE) && isWordOf(text, right, lineInText ? end : NOWHERE));
        return compound ? "-" : "";
    }

    /**
     * Whether the word stands alone somewhere else in the text: not within two characters of its own place,
     * and not next to a letter or a hyphen. By hand rather than a pattern per word (3% of extraction); ASCII
     * letters match in either case, as Pattern.CASE_INSENSITIVE matches them.
     */
    private static boolean isWordOf(String s, String word, int except) {
        int n = word.length();
        for (int i = 0; i + n <= s.length(); i++) {
            if (regionMatchesAsciiCase(s, i, word) && Math.abs(i - except) > n + 2
                    // The pattern's look-behind read one char, its look-ahead a code point: so do these.
                    && (i == 0 || !isLetterOrHyphen(s.charAt(i - 1)))
                    && (i + n == s.length() || !isLetterOrHyphen(s.codePointAt(i + n)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text holds the phrase, ASCII case ignored: a quick test before a case-insensitive pattern
     * that needs the phrase, which would otherwise be tried at every offset of a whole report. The search
     * runs on a character of the phrase other than an ASCII letter, found with {@link String#indexOf(int, int)}.
     */
    public static boolean containsAsciiCase(String s, String phrase) {
        int anchor = 0;
        while (anchor < phrase.length() && isAsciiLetter(phrase.charAt(anchor))) {
            anchor++;
        }
        if (anchor == phrase.length()) {
            for (int i = 0; i + phrase.length() <= s.length(); i++) {
                if (regionMatchesAsciiCase(s, i, phrase)) {
                    return true;
                }
            }
            return false;
        }
        char c = phrase.charAt(anchor);
        for (int at = s.indexOf(c, anchor); at >= 0; at = s.indexOf(c, at + 1)) {
            if (at - anchor + phrase.length() <= s.length() && regionMatchesAsciiCase(s, at - anchor, phrase)) {
                return true;
            }
        }
        return false;
    }

    private static boolean regionMatchesAsciiCase(String s, int at, String word) {
        for (int j = 0; j < word.length(); j++) {
            char a = s.charAt(at + j);
            char b = word.charAt(j);
            if (a != b && asciiLower(a) != asciiLower(b)) {
                return false;
            }
        }
        return true;
    }

    /** The letters Pattern.CASE_INSENSITIVE matches in either case: every other character matches only itself. */
    public static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** A word character as regular expressions' \\w and \\b have it: ASCII letters, digits and the underscore. */
    public static boolean isWordChar(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_';
    }

    public static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static boolean isLetterOrHyphen(int codePoint) {
        return codePoint == '-' || Character.isLetter(codePoint);
    }

    /**
     * Inline markup and entities out. Each pass scans the whole text, so a pass whose every match holds a
     * character the text lacks is skipped (no pass brings in a character a later one looks for, but for
     * the entities that become "<" or "&", whose passes come after the tags').
     */
    private static MappedText inline(MappedText text) {
        String s = text.toString();
        if (holdsAny(s, "<")) {
            text = text.replaceAll(ITEM_TAG, m -> String.valueOf(ITEM_BREAK)).replaceAll(HTML_TAG, m -> "");
        }
        if (holdsAny(s, "&" + TYPOGRAPHIC)) {
            text = text.replaceAll(ENTITY, m -> plainCharacter(m.group()));
            s = text.toString(); // an entity may have been a dash
        }
        // A dash inside a line reads as a hyphen; at the start of a line it stays, lest it read as a bullet.
        if (holdsAny(s, "\u2013\u2014")) {
            text = text.replaceAll(INLINE_DASH, "-");
        }
        if (holdsAny(s, "[")) {
            text = text.keepGroup(MARKDOWN_LINK, 1);
        }
        if (holdsAny(s, "*_")) {
            text = text.replaceAll(MARKDOWN_BOLD, m -> "").keepGroup(MARKDOWN_EMPHASIS, 1);
        }
        if (holdsAny(s, "\\")) {
            text = text.keepGroup(MARKDOWN_ESCAPE, 1);
        }
        if (holdsAny(s, "#")) {
            text = text.replaceAll(MARKDOWN_HEADING, m -> "");
        }
        return withoutLineEndSpaces(text);
    }

    /**
     * The text without the spaces and item breaks that end its lines (before each "\n" and at the end). Found
     * from each line's end backwards, not by a pattern tried at every offset of the report (a twentieth of the
     * pipeline's time where lines end with spaces, as Markdown's hard line breaks do).
     */
    static MappedText withoutLineEndSpaces(MappedText text) {
        String s = text.toString();
        List<int[]> spans = new ArrayList<>();
        int lineEnd = s.indexOf('\n');
        while (true) {
            int end = lineEnd < 0 ? s.length() : lineEnd;
            int start = end;
            while (start > 0 && (s.charAt(start - 1) == ' ' || s.charAt(start - 1) == ITEM_BREAK)) {
                start--;
            }
            if (start < end) {
                spans.add(new int[] {start, end});
            }
            if (lineEnd < 0) {
                return text.without(spans);
            }
            lineEnd = s.indexOf('\n', lineEnd + 1);
        }
    }

    private static boolean holdsAny(String s, String characters) {
        for (int i = 0; i < characters.length(); i++) {
            if (s.indexOf(characters.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static List<MappedText> lines(MappedText text) {
        List<MappedText> lines = new ArrayList<>();
        String s = text.toString();
        int from = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '\n') {
                lines.add(text.slice(from, i));
                from = i + 1;
            }
        }
        return lines;
    }

    /**
     * `pdftotext -layout` sets a list item's bullet (or its mark, "iv)", in a column of its own) at the height of the
     * item's middle: on the middle line of an item of an odd number of lines, and on a line of its own between the
     * two middle lines of an item of an even number. Where a run of lines set in at one column holds such lone bullets, the items are found
     * again from the first line and the bullets' heights (an item starting at line s with its bullet at
     * height b ends at line 2b + 1 - s) and each bullet is moved to the head of its item. A run whose
     * bullets do not part its lines so exactly is left as it is. Once a document's lone bullets show that its
     * bullets are centred, a run of items of odd numbers of lines (no lone bullet) that starts with a line of
     * text is read the same way: without that sign, it could be a list whose first line goes on from before.
     */
    private static List<MappedText> centredBullets(List<MappedText> lines) {
        List<MappedText> withLone = centredBullets(lines, true);
        return withLone == lines ? lines : centredBullets(withLone, false);
    }

    /** The lines with the runs of centred bullets found by a lone bullet (or, if not loneOnly, by any bullet) set right. */
    private static List<MappedText> centredBullets(List<MappedText> lines, boolean loneOnly) {
        List<MappedText> out = new ArrayList<>(lines.size());
        int done = 0;
        for (int j = 1; j + 1 < lines.size(); j++) {
            String bullet = lines.get(j).toString();
            String stripped = bullet.strip();
            int mark = itemMarkLength(stripped);
            boolean lone = mark > 0 && mark == stripped.length();
            if (j < done || mark == 0 || (loneOnly && !lone)) {
                continue;
            }
            int bulletColumn = indentOf(bullet);
            int textColumn = indentOf(lines.get(lone ? j + 1 : j - 1).toString());
            if (!lone && (!inBulletRun(lines.get(j - 1).toString(), bulletColumn, textColumn)
                    || !inBulletRun(bullet, bulletColumn, textColumn))) {
                continue;
            }
            int first = j;
            while (first - 1 >= done && inBulletRun(lines.get(first - 1).toString(), bulletColumn, textColumn)) {
                first--;
            }
            int end = j + 1;
            while (end < lines.size() && inBulletRun(lines.get(end).toString(), bulletColumn, textColumn)) {
                end++;
            }
            List<MappedText> items = itemsOfCentredBullets(lines.subList(first, end), loneOnly);
            if (items != null) {
                out.addAll(lines.subList(done, first));
                out.addAll(items);
                done = end;
                j = end - 1;
            }
        }
        if (done == 0) {
            return lines;
        }
        out.addAll(lines.subList(done, lines.size()));
        return out;
    }

    /** A line of a run of centred bullets: a bullet at the bullets' column, or text at the items' column. */
    private static boolean inBulletRun(String line, int bulletColumn, int textColumn) {
        String s = line.strip();
        if (s.isEmpty()) {
            return false;
        }
        int indent = indentOf(line);
        int mark = itemMarkLength(s);
        if (mark > 0) {
            return indent == bulletColumn && (s.length() == mark || Character.isWhitespace(s.charAt(mark))
                    && Math.abs(indentOf(line.substring(indent + mark)) + indent + mark - textColumn) <= 1);
        }
        // A narrow cell may set its lone bullets right of its text; text at the margin is no item's.
        return textColumn > 0 && textColumn != bulletColumn && Math.abs(indent - textColumn) <= 1;
    }

    /** The run's items, each a bullet line then its other lines; null when the bullets' heights do not part the run. */
    private static List<MappedText> itemsOfCentredBullets(List<MappedText> run, boolean mayOpenOnBullet) {
        if (!mayOpenOnBullet && itemMarkLength(run.get(0).strip().toString()) > 0) {
            return null; // with no lone bullet, a run that opens on its bullet has its bullets at its items' heads
        }
        List<MappedText> texts = new ArrayList<>();
        List<MappedText> bullets = new ArrayList<>();
        // Twice each bullet's height in text lines: 2k on text line k, 2k - 1 between lines k - 1 and k.
        List<Integer> heights = new ArrayList<>();
        for (MappedText line : run) {
            MappedText s = line.strip();
            int mark = itemMarkLength(s.toString());
            if (mark == 0) {
                texts.add(s);
                continue;
            }
            bullets.add(s.slice(0, mark));
            if (s.length() == mark) {
                heights.add(2 * texts.size() - 1);
            } else {
                heights.add(2 * texts.size());
                texts.add(s.slice(mark, s.length()).strip());
            }
        }
        List<MappedText> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < heights.size(); i++) {
            int end = heights.get(i) + 1 - start;
            if (2 * start > heights.get(i) || end * 2 <= heights.get(i) || end > texts.size()) {
                return null;
            }
            out.add(bullets.get(i).join(" ", texts.get(start)));
            out.addAll(texts.subList(start + 1, end));
            start = end;
        }
        return start == texts.size() ? out : null;
    }

    /** A list item's mark a line opens on (a bullet, "iv)", "(b)", "ii."), ended by a space or the line's end. */
    private static final Pattern ITEM_MARK = Pattern.compile("^(?:[" + BULLETS + "]|\\(?(?:[ivx]{1,4}|[a-z])\\)|[ivx]{1,4}\\.)(?=\\s|$)");

    /** The length of the item's mark the stripped line opens on, 0 if none. */
    private static int itemMarkLength(String stripped) {
        Matcher m = ITEM_MARK.matcher(stripped);
        return m.lookingAt() ? m.end() : 0;
    }

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /**
     * Where a Markdown table's row that a printer wrapped (enscript folds long lines) ends: the line, a few
     * lines on, that closes it with a pipe and gives it as many cells as the table's rows before it have
     * (a fold may fall just after a cell's closing pipe); -1 if the line is no such row or nothing closes it.
     */
    private static int wrappedRowEnd(List<MappedText> lines, int at, int tableCells) {
        String first = lines.get(at).strip().toString();
        if (first.length() < 2 || first.charAt(0) != '|'
                || (first.charAt(first.length() - 1) == '|' && cellsOf(first) >= tableCells)) {
            return -1;
        }
        int cells = first.charAt(first.length() - 1) == '|' ? cellsOf(first) : 0;
        StringBuilder joined = new StringBuilder(first);
        for (int k = at + 1; k < Math.min(lines.size(), at + WRAPPED_ROW_LINES); k++) {
            String next = lines.get(k).strip().toString();
            if (next.isEmpty() || next.charAt(0) == '|') {
                return -1;
            }
            joined.append(' ').append(next);
            if (next.charAt(next.length() - 1) == '|' && cellsOf(joined.toString()) >= Math.max(tableCells, cells + 1)) {
                return k;
            }
        }
        return -1;
    }

    /** "12.\tThe contribution ...", "\u2022\tensure ...": a paragraph's number or an item's bullet set off by its only tab. */
    private static final Pattern MARK_AND_TAB = Pattern.compile("^(?:\\d{1,3}[.)]|\\(?(?:[a-z]|[ivx]{1,4})\\)(?=\t[a-z])"
            + "|[-*" + BULLETS + "\u2013\u2014])\t[^\t]+$");

    private static boolean continuesRow(MappedText line) {
        String s = line.strip().toString();
        return !s.isEmpty() && line.toString().indexOf('\t') < 0 && Character.isLowerCase(s.codePointAt(0));
    }

    private static boolean markedByTab(String line) {
        return MARK_AND_TAB.matcher(line).matches();
    }

    /** The cells of a Markdown table row: the pipes not escaped, less one. */
    private static int cellsOf(String row) {
        int pipes = 0;
        for (int i = 0; i < row.length(); i++) {
            if (row.charAt(i) == '|' && (i == 0 || row.charAt(i - 1) != '\\')) {
                pipes++;
            }
        }
        return pipes - 1;
    }

    private static final int WRAPPED_ROW_LINES = 6;

    private static List<Block> blocks(MappedText text) {
        List<Block> blocks = new ArrayList<>();
        BlockBuilder current = null;
        List<MappedText> all = centredBullets(lines(text));
        // The last line read that was not blank, and whether it was an item set in by a tab.
        String previousLine = "";
        boolean previousIndentedItem = false;
        // The cells of the Markdown table row before this line (0 after any other line).
        int tableCells = 0;
        // The column an item's text starts at, where its bullet is set in by spaces; 0 for any other block.
        int itemColumn = 0;
        // Whether the items being read are marked items after a lead-in's colon ("(i) At once, ...").
        boolean ledList = false;
        for (int li = 0; li < all.size(); li++) {
            MappedText rawLine = all.get(li);
            MappedText line = rawLine.strip();
            int rowEnd = wrappedRowEnd(all, li, tableCells);
            for (int k = li + 1; k <= rowEnd; k++) {
                line = line.join(" ", all.get(k).strip());
            }
            li = Math.max(li, rowEnd);
            String s = line.toString();
            if (s.isEmpty() || RULE.matcher(s).matches()) {
                if (current != null && current.text.length() == 0) {
                    continue; // a bare bullet waits for its item
                }
                current = close(current, blocks);
                continue;
            }
            boolean pipeRow = s.length() > 2 && s.charAt(0) == '|' && s.charAt(s.length() - 1) == '|';
            tableCells = pipeRow ? Math.max(tableCells, cellsOf(s)) : 0;
            if (pipeRow) {
                // A Markdown table's row: its cells between pipes, as a tab-separated row; its rule is a rule.
                current = close(current, blocks);
                if (!PIPE_TABLE_RULE.matcher(s).matches()) {
                    MappedText row = line.slice(1, line.length() - 1).replaceAll(PIPE_CELL_BREAK, "\t");
                    row = trimSpaces(row);
                    blocks.add(new Block(Block.Kind.TABLE_ROW, java.util.Optional.empty(), row, List.of(row)));
                }
                continue;
            }
            boolean indented = rawLine.length() > 0 && rawLine.charAt(0) == '\t' && s.indexOf('\t') < 0;
            var indentedBullet = BULLET.matcher(s);
            boolean bulleted = indented && indentedBullet.lookingAt();
            if (indented && (previousLine.endsWith(":") || previousIndentedItem || bulleted)) {
                // "Pre-16 provision comprises:" and its items set in by a tab, or items set in by a tab with their
                // bullets: a list, not rows of an empty first cell.
                current = close(current, blocks);
                itemColumn = 0;
                current = new BlockBuilder(Block.Kind.LIST_ITEM, null,
                        bulleted ? line.slice(indentedBullet.end(), line.length()) : line, line);
                previousLine = s;
                previousIndentedItem = true;
                continue;
            }
            previousIndentedItem = false;
            String lineBefore = previousLine;
            previousLine = s;
            if (rawLine.toString().indexOf('\t') < 0 && LEADER_ROW.matcher(s).matches()) {
                // "Safeguarding . . . . . . . 1": a label and its value joined by a leader of dots, as a row of two cells.
                MappedText row = line.replaceAll(LEADER, "\t");
                current = close(current, blocks);
                blocks.add(new Block(Block.Kind.TABLE_ROW, java.util.Optional.empty(), row, List.of(row)));
                continue;
            }
            if (rawLine.toString().indexOf('\t') >= 0 && !markedByTab(s)) {
                // Tabs separate cells, so an empty first or last cell is kept: trim spaces only.
                MappedText row = trimSpaces(rawLine);
                // A last cell's text broken onto the next line ("...have been below the" / "national average."): a
                // line with no tab that goes on in lower case, with no blank line before it, is still the row's.
                while (li + 1 < all.size() && continuesRow(all.get(li + 1))) {
                    row = row.join(" ", all.get(++li).strip());
                }
                current = close(current, blocks);
                blocks.add(new Block(Block.Kind.TABLE_ROW, java.util.Optional.empty(), row, List.of(row)));
                continue;
            }
            var numbered = NUMBERED.matcher(s);
            var bullet = BULLET.matcher(s);
            // "(i) At once, the council should ..." after a lead-in's colon, and the items after it: marked items whose
            // words open on a capital (a mark before a heading, "(i) SAFEGUARDING", stays the heading's).
            var led = LED_ITEM.matcher(s);
            boolean ledItem = !bullet.lookingAt() && led.lookingAt() && (lineBefore.endsWith(":") || ledList);
            if (ledItem) {
                bullet = led;
            }
            if (BARE_BULLET.matcher(s).matches()) {
                // A bullet on a line of its own: the item is on the lines that follow.
                current = close(current, blocks);
                itemColumn = 0;
                current = new BlockBuilder(Block.Kind.LIST_ITEM, null, line.slice(line.length(), line.length()), line);
                continue;
            }
            if (numbered.lookingAt()) {
                ledList = false;
                current = close(current, blocks);
                current = new BlockBuilder(Block.Kind.NUMBERED, Integer.parseInt(numbered.group(1)),
                        line.slice(numbered.end(), line.length()), line);
            } else if (ledItem || bullet.lookingAt()) {
                ledList = ledItem;
                current = close(current, blocks);
                current = new BlockBuilder(Block.Kind.LIST_ITEM, null, line.slice(bullet.end(), line.length()), line);
                int indent = indentOf(rawLine.toString());
                itemColumn = indent >= 2 ? indent + bullet.end() : 0;
                continue;
            } else if (current == null) {
                ledList = false;
                current = new BlockBuilder(Block.Kind.PARAGRAPH, null, line, line);
            } else if (current.kind == Block.Kind.LIST_ITEM && itemColumn > 0
                    && indentOf(rawLine.toString()) < itemColumn - 1) {
                // Text set in by spaces (pdftotext -layout): a line left of an indented item's text is no more of it.
                current = close(current, blocks);
                current = new BlockBuilder(Block.Kind.PARAGRAPH, null, line, line);
            } else if (current.kind == Block.Kind.LIST_ITEM && s.endsWith(":") && li + 1 < all.size()
                    && BULLET.matcher(all.get(li + 1).strip()).lookingAt()) {
                // "and the following important weaknesses:" between two lists: a lead-in of its own, not the item's words.
                current = close(current, blocks);
                current = new BlockBuilder(Block.Kind.PARAGRAPH, null, line, line);
            } else {
                current.add(line);
                continue;
            }
            itemColumn = 0;
        }
        close(current, blocks);
        long blank = all.stream().filter(l -> l.toString().isBlank()).count();
        return repairPageBreaks(reflow(blocks, blank * RUN_ON_BLANK_SHARE < all.size()));
    }

    /**
     * Paragraphs of text that has no blank lines between them (pdftotext without -layout gives a page as
     * one run of lines): in a long block of hard-wrapped lines, a line well short of the block's width ends
     * its paragraph when the next line starts as a paragraph does (a capital, a digit, a bullet), and a page
     * number and the line after it (a running header) stand alone. A block whose lines are of one width, or
     * few, is left as it is.
     */
    private static List<Block> reflow(List<Block> blocks, boolean runOn) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            List<MappedText> lines = b.lines();
            int width = lines.stream().mapToInt(MappedText::length).max().orElse(0);
            if (b.kind() == Block.Kind.TABLE_ROW || (b.kind() != Block.Kind.PARAGRAPH && !runOn)
                    || lines.size() < REFLOW_MIN_LINES || width < 60) {
                out.add(b);
                continue;
            }
            List<MappedText> group = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                MappedText line = lines.get(i).strip();
                group.add(line);
                boolean last = i + 1 == lines.size();
                if (last) {
                    break;
                }
                String next = lines.get(i + 1).strip().toString();
                boolean pageNumber = PAGE_NUMBER.matcher(line).matches();
                boolean afterPageNumber = i > 0 && PAGE_NUMBER.matcher(lines.get(i - 1).strip()).matches();
                boolean nextOpens = !next.isEmpty() && (Character.isUpperCase(next.codePointAt(0))
                        || Character.isDigit(next.codePointAt(0)) || BULLET.matcher(next).lookingAt());
                boolean short_ = line.length() < width * 0.7;
                boolean nextItem = BULLET.matcher(next).lookingAt() || NUMBERED.matcher(next).lookingAt()
                        // "Childminders - mainly good" / "Secondary schools (11) - four good": a list of labelled lines.
                        || LABELLED_LINE.matcher(line).matches() && LABELLED_LINE.matcher(next).matches();
                if (pageNumber || afterPageNumber || PAGE_NUMBER.matcher(next).matches() || nextItem || (short_ && nextOpens)) {
                    paragraph(group).ifPresent(out::add);
                    group = new ArrayList<>();
                }
            }
            if (!group.isEmpty()) {
                if (group.size() == lines.size()) {
                    out.add(b);
                } else {
                    paragraph(group).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    private static final int REFLOW_MIN_LINES = 6;
    /** A short line of a label, a spaced dash and what it says of it, with no full stop: an item of a list. */
    private static final Pattern LABELLED_LINE = Pattern.compile("^\\p{Lu}[^.;:\u2013\u2014]{1,60}?\\s[-\u2013\u2014]\\s+[^.]{1,60}$");
    /**
     * A text with fewer blank lines than one in this many runs its paragraphs on (pdftotext without -layout):
     * its numbered paragraphs and list items are reflowed too, as a heading or table may follow them unparted.
     * Text whose paragraphs are parted by blank lines, hard-wrapped or not, has one in three to one in seven.
     */
    private static final int RUN_ON_BLANK_SHARE = 8;

    /** A block of the lines, read as the block builder reads lines: numbered, a list item or a paragraph. */
    private static Optional<Block> paragraph(List<MappedText> lines) {
        List<Block> built = new ArrayList<>();
        BlockBuilder current = null;
        for (MappedText line : lines) {
            var numbered = NUMBERED.matcher(line);
            var bullet = BULLET.matcher(line);
            if (current == null && numbered.lookingAt()) {
                current = new BlockBuilder(Block.Kind.NUMBERED, Integer.parseInt(numbered.group(1)),
                        line.slice(numbered.end(), line.length()), line);
            } else if (current == null && bullet.lookingAt()) {
                current = new BlockBuilder(Block.Kind.LIST_ITEM, null, line.slice(bullet.end(), line.length()), line);
            } else if (current == null) {
                current = new BlockBuilder(Block.Kind.PARAGRAPH, null, line, line);
            } else {
                current.add(line);
            }
        }
        close(current, built);
        return built.stream().findFirst();
    }

    private static MappedText trimSpaces(MappedText line) {
        String t = line.toString();
        int s = 0;
        int e = t.length();
        while (s < e && (t.charAt(s) == ' ' || t.charAt(s) == ITEM_BREAK)) {
            s++;
        }
        while (e > s && (t.charAt(e - 1) == ' ' || t.charAt(e - 1) == ITEM_BREAK)) {
            e--;
        }
        return line.slice(s, e);
    }

    /**
     * Ends the block being built. A bullet on a line of its own whose item never came (the text ends, or a
     * row, a numbered paragraph or another bullet follows) is no block: there is nothing to read, so no
     * block is ever empty.
     */
    private static BlockBuilder close(BlockBuilder current, List<Block> blocks) {
        if (current != null && current.text.length() > 0) {
            blocks.add(current.build());
        }
        return null;
    }

    /**
     * Page breaks cut paragraphs in two with blank lines between the halves. A long block that stops
     * without terminal punctuation continues in the next plain paragraph when that paragraph starts
     * in lower case or the block stops on a word no sentence ends with ("... Education and"). Between
     * the halves may stand the page's furniture: a page number ("3", "Page 2 of 3") and a running header
     * (a short line of its own); when a page number is among them and the text after them starts in lower
     * case, they are dropped and the halves joined.
     */
    private static List<Block> repairPageBreaks(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            Block prev = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean cut = prev != null && prev.kind() != Block.Kind.TABLE_ROW && prev.text().length() > 0
                    && !endsTerminated(prev.text());
            int after = cut && prev.text().length() > 60 ? afterFurniture(blocks, i) : -1;
            if (after > 0) {
                out.set(out.size() - 1, joined(prev, blocks.get(after)));
                i = after;
                continue;
            }
            // A lead-in between two lists ("and the following important weaknesses:") goes on from no item.
            boolean leadIn = prev != null && prev.kind() == Block.Kind.LIST_ITEM && b.text().toString().strip().endsWith(":")
                    && i + 1 < blocks.size() && blocks.get(i + 1).kind() == Block.Kind.LIST_ITEM;
            if (cut && !leadIn && b.kind() == Block.Kind.PARAGRAPH && (Character.isLowerCase(b.text().charAt(0))
                    || endsWith(DANGLING_WORD, prev.text(), DANGLING_WORD_LONGEST))) {
                out.set(out.size() - 1, joined(prev, b));
                continue;
            }
            out.add(b);
        }
        return out;
    }

    /**
     * Where the text resumes after a page's furniture starting at block {@code i}: at most three short
     * lines, one of them a page number, then a paragraph starting in lower case; -1 if that is not so.
     */
    private static int afterFurniture(List<Block> blocks, int i) {
        boolean pageNumber = false;
        for (int j = i; j < Math.min(blocks.size(), i + 4); j++) {
            Block b = blocks.get(j);
            String t = b.text().toString();
            boolean number = PAGE_NUMBER.matcher(t).matches();
            if (j > i && pageNumber && b.kind() == Block.Kind.PARAGRAPH && Character.isLowerCase(t.charAt(0))) {
                return j;
            }
            if (!number && (b.kind() != Block.Kind.PARAGRAPH || b.lines().size() > 1 || t.length() > 120
                    || endsTerminated(b.text()))) {
                return -1;
            }
            pageNumber |= number;
        }
        return -1;
    }

    private static Block joined(Block first, Block second) {
        List<MappedText> lines = new ArrayList<>(first.lines());
        lines.addAll(second.lines());
        return new Block(first.kind(), first.number(), first.text().join(" ", second.text()), lines);
    }

    private static final class BlockBuilder {
        private final Block.Kind kind;
        private final Integer number;
        private MappedText text;
        private final List<MappedText> lines = new ArrayList<>();

        BlockBuilder(Block.Kind kind, Integer number, MappedText text, MappedText line) {
            this.kind = kind;
            this.number = number;
            this.text = text;
            lines.add(line);
        }

        void add(MappedText line) {
            text = text.length() == 0 ? line : text.join(" ", line);
            lines.add(line);
        }

        Block build() {
            return new Block(kind, java.util.Optional.ofNullable(number), text, lines);
        }
    }
}
