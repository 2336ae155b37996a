package org.ofstedkg.extract.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.ofstedkg.extract.ExtractionException;

class DocumentTest {

    private static Document doc(String text) throws ExtractionException {
        return Document.of("t.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aBulletTypedIntoAListsItemIsNoneOfItsWords() throws Exception {
        // A PDF of an HTML list whose items were typed with "&bull;&nbsp;": the list's mark, then the typed one.
        assertEquals(List.of("PARAGRAPH: It is recommended that the council:", "LIST_ITEM: agree a joint strategy;",
                "LIST_ITEM: review the cover."), doc("It is recommended that the council:\n- \u2022\u00A0agree a joint strategy;\n"
                + "- \u2022 review the cover.\n").blocks().stream().map(Block::toString).toList());
    }

    @Test
    void aSectionsNumberedParagraphLosesItsNumberAndAHeaderWithItsPageNumberGoes() throws Exception {
        String text = "2.1 The rating for 2009 is 2.\n\n3.1 Results rose to 44.8% in 2009.\n\n"
                + "Coventry City Council - annual assessment 2010          Page 1 of 2\n\fCoventry City Council - annual "
                + "assessment 2010          Page 2 of 2\n\nThe last paragraph.\n";
        Document d = Document.of("n.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("NUMBERED 2: The rating for 2009 is 2.", "NUMBERED 3: Results rose to 44.8% in 2009.",
                "PARAGRAPH: The last paragraph."), d.blocks().stream().map(Block::toString).toList());
        // A figure that opens its line is no paragraph's number.
        assertEquals(List.of("PARAGRAPH: 4.5 million people live there."), Document.of("f.txt",
                "4.5 million people live there.\n".getBytes(StandardCharsets.UTF_8)).blocks().stream().map(Block::toString).toList());
    }

    @Test
    void bulletsThatPdftotextLayoutCentresOnTheirItemsGoBackToTheirHeads() throws Exception {
        // pdftotext -layout sets each bullet at its item's middle height: between the lines of a two-line item,
        // on the middle line of a three-line one; an item's lines keep their column, a page break included.
        String text = "The council should:\n\nFor immediate\naction\n"
                + "      ensure that referrals are screened by a qualified\n"
                + "    \u2022\n"
                + "      social worker on the day they are received\n"
                + "      review the membership of the local safeguarding children board, so\n"
                + "    \u2022 that it challenges the performance of all partner agencies and reports\n"
                + "      each year to the children's trust\n"
                + "    \u2022 ensure that reviews are held on time.\n\n"
                + "The youth offending service should:\n\nIn the longer\nterm\n\f"
                + "           develop services for young people at risk of offending, in\n"
                + "                \u2022\n"
                + "           partnership with the Traveller education service.\n";
        assertEquals(List.of("ensure that referrals are screened by a qualified social worker on the day they are received",
                "review the membership of the local safeguarding children board, so that it challenges the performance of "
                        + "all partner agencies and reports each year to the children's trust",
                "ensure that reviews are held on time.",
                "develop services for young people at risk of offending, in partnership with the Traveller education service."),
                doc(text).blocks().stream().filter(b -> b.kind() == Block.Kind.LIST_ITEM).map(b -> b.text().toString()).toList());
        // A list's marks in a column of their own are centred the same way; a line left of an indented item's text
        // is no more of the item.
        String marked = "The county council should:\n"
                + "          allocate a qualified social worker to every child on the\n"
                + "i)\n"
                + "          child protection register\n"
                + "ii)       introduce regular supervision.\n"
                + "    \u2022 ensure that children placed outside the county receive their\n"
                + "      health assessments.\n"
                + "In the longer term, the council should work with schools.\n";
        List<Block> markedBlocks = doc(marked).blocks();
        assertEquals(List.of("allocate a qualified social worker to every child on the child protection register",
                "introduce regular supervision.", "ensure that children placed outside the county receive their health assessments."),
                markedBlocks.stream().filter(b -> b.kind() == Block.Kind.LIST_ITEM).map(b -> b.text().toString()).toList());
        assertEquals("In the longer term, the council should work with schools.",
                markedBlocks.get(markedBlocks.size() - 1).text().toString());
        // After a lead-in's colon, "(i)" before words that open on a capital marks an item, and so does the next mark;
        // "(i) SAFEGUARDING" stays a heading.
        List<Block> led = doc("Action for the partnership\nRecommendations arising from this section:\n(i) At once, the "
                + "council should act.\n(ii) Within six months, the partnership should\nreview its plan.\n\n(i) SAFEGUARDING\n")
                .blocks();
        assertEquals(List.of("PARAGRAPH: Action for the partnership Recommendations arising from this section:",
                "LIST_ITEM: At once, the council should act.", "LIST_ITEM: Within six months, the partnership should review its plan.",
                "PARAGRAPH: (i) SAFEGUARDING"), led.stream().map(b -> b.kind() + ": " + b.text().toString().replace('\n', ' ')).toList());
        // Bullets at their items' heads, or a lone bullet before its item, are left as they are.
        String headed = "Strengths:\n\n    \u2022 Good support for young\n      carers in schools\n"
                + "    \u2022 Strong leadership\n\n\u2022\n\nClear plans\n";
        assertEquals(List.of("Good support for young carers in schools", "Strong leadership", "Clear plans"),
                doc(headed).blocks().stream().filter(b -> b.kind() == Block.Kind.LIST_ITEM).map(b -> b.text().toString()).toList());
    }

    @Test
    void aRunningHeaderGoesFromEveryPageWhateverTheDigitsOfItsPageNumber() throws Exception {
        // Page 9's header and page 10's are one header: its page number is masked as one run of digits, so on a
        // report of 20 pages it is on every page, not on 8 pages in one form and 11 in another.
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= 20; page++) {
            text.append(page > 1 ? "\f" : "").append("Joint area review of Southend - page ").append(page).append("\n\n")
                    .append("Paragraph ").append(page).append(" speaks of topic ").append((char) ('a' + page)).append(".\n\n");
        }
        List<String> blocks = doc(text.toString()).blocks().stream().map(b -> b.text().toString()).toList();
        assertEquals(List.of(), blocks.stream().filter(b -> b.contains("Joint area review of Southend") && !b.contains("page 1\n")
                && !b.endsWith("page 1")).toList());
        assertEquals(20, blocks.stream().filter(b -> b.startsWith("Paragraph")).count());
    }

    @Test
    void aParagraphCutByAPageBreakIsMended() throws Exception {
        Document d = doc("14. Some vulnerable and deprived groups are strongly prioritised within the plan, but others "
                + "much less so and the\n\n\n\ngap is narrowing.\n\n## Safeguarding\n");
        assertEquals(2, d.blocks().size());
        assertEquals("Some vulnerable and deprived groups are strongly prioritised within the plan, but others much "
                + "less so and the gap is narrowing.", d.blocks().get(0).text().toString());
        assertEquals("Safeguarding", d.blocks().get(1).text().toString());
    }

    @Test
    void aHeadingAfterALongLineIsNotGluedToIt() throws Exception {
        Document d = doc("[http://www.ofsted.gov.uk/reports/pdf/?inspectionNumber=270429&fileName=apa_2007_882.pdf]"
                + "(http://x)\n\n## Annex B\n");
        assertEquals(List.of("http://www.ofsted.gov.uk/reports/pdf/?inspectionNumber=270429&fileName=apa_2007_882.pdf",
                "Annex B"), d.blocks().stream().map(b -> b.text().toString()).toList());
    }

    @Test
    void aHeadingAfterAUrlEndingAPageIsNotGluedToIt() throws Exception {
        Document d = doc("Joint area review: Harrow\n\nThe full annual performance assessment can be found at:\n\n"
                + "http://www.ofsted.gov.uk/reports/pdf/?inspectionNumber=265931&fileName=apa_2008_310.pdf\n\n1\n"
                + "\fJoint area review: Harrow\n\nAnnex B\n\n1. The overall effectiveness is good.\n\n2\n");
        assertEquals(List.of("Joint area review: Harrow", "The full annual performance assessment can be found at:",
                "http://www.ofsted.gov.uk/reports/pdf/?inspectionNumber=265931&fileName=apa_2008_310.pdf", "Annex B",
                "The overall effectiveness is good."), d.blocks().stream().map(b -> b.text().toString()).toList());
    }

    @Test
    void markupIsRemovedAndEscapesUndone() throws Exception {
        Document d = doc("**15. The *Every Child Matters* rate of A\\*-C grades is <b>good</b>.**\n");
        Block b = d.blocks().get(0);
        assertEquals(Block.Kind.NUMBERED, b.kind());
        assertEquals(15, b.number().orElseThrow());
        assertEquals("The Every Child Matters rate of A*-C grades is good.", b.text().toString());
    }

    @Test
    void entitiesAndCurlyQuotesAreReadOnceAsPlainCharacters() throws Exception {
        Document d = doc("Tom&#39;s &ldquo;plan&rdquo; &amp; \u201Cits\u201D aims:&nbsp;write &amp;lt;b&amp;gt; as text.\n");
        // An escaped entity stays an entity ("&amp;lt;" is "&lt;").
        assertEquals("Tom's \"plan\" & \"its\" aims: write &lt;b&gt; as text.", d.blocks().get(0).text().toString());
    }

    @Test
    void entitiesOfEveryFormDecodeBeforeAnythingIsRead() throws Exception {
        Document d = doc("The council&rsquo;s, the area&#8217;s and the trust&#x2019;s &pound;2.3 million, &#163;40,000"
                + " &ndash; 64&#37; &mdash; and &madeup; stays.\n");
        assertEquals("The council's, the area's and the trust's \u00A32.3 million, \u00A340,000 - 64% - and &madeup; stays.",
                d.blocks().get(0).text().toString());
        // The evidence of a span after the entities still points at the text as written.
        MappedText text = d.blocks().get(0).text();
        int at = text.toString().indexOf("64%");
        assertEquals("64&#37;", d.evidence(text.slice(at, at + 3)).exact());
    }

    @Test
    void tableRowsSplitIntoCells() throws Exception {
        Block row = doc("Safeguarding\t2\n").blocks().get(0);
        assertEquals(Block.Kind.TABLE_ROW, row.kind());
        assertEquals(List.of("Safeguarding", "2"), row.cells().stream().map(Object::toString).toList());
    }

    @Test
    void sentencesSplitAtTerminalPunctuationButNotAtAbbreviations() throws Exception {
        Block b = doc("Mr. Smith met Dr. Jones at St. Mary's. Then the review began. It ended 6 May.\n").blocks().get(0);
        assertEquals(List.of("Mr. Smith met Dr. Jones at St. Mary's.", "Then the review began.", "It ended 6 May."),
                b.sentences().stream().map(Object::toString).toList());
    }

    @Test
    void evidenceCountsCodePointsAndKeepsTheExactSourceText() throws Exception {
        String text = "\uD835\uDC9C note. The grade is good.\n";
        Document d = doc(text);
        var sentence = d.blocks().get(0).sentences().get(1);
        var e = d.evidence(sentence);
        assertEquals("The grade is good.", e.exact());
        // The mathematical script A before it is one code point but two Java chars.
        assertEquals(text.codePointCount(0, text.indexOf("The")), e.start());
        assertEquals(e.start() + "The grade is good.".length(), e.end());
    }

    @Test
    void windowsLineEndingsAndAByteOrderMarkAreRead() throws Exception {
        Document d = doc("\uFEFFFirst line\r\nsecond line.\r\n\r\nNext.\r\n");
        assertEquals(List.of("First line second line.", "Next."),
                d.blocks().stream().map(b -> b.text().toString()).toList());
    }

    /** The exact text of a sentence: the source span its evidence points at. */
    private static String exactOf(String source, int block, int sentence) throws Exception {
        Document d = doc(source);
        return d.evidence(d.blocks().get(block).sentences().get(sentence)).exact();
    }

    @Test
    void aSpanEndingOnRewrittenMarkupKeepsTheWholeMarkupInItsExactText() throws Exception {
        assertEquals("It was fine &amp;", exactOf("It was fine &amp;\n", 0, 0));
        assertEquals("The grade is good\\.", exactOf("The grade is good\\.\n", 0, 0));
        assertEquals("See [the Ofsted site](http://x)", exactOf("See [the Ofsted site](http://x)\n", 0, 0));
        assertEquals("[Read](http://x) this.", exactOf("[Read](http://x) this.\n", 0, 0));
        assertEquals("*Every Child Matters* is good.", exactOf("*Every Child Matters* is good.\n", 0, 0));
    }

    @Test
    void aLoneStarIsText() throws Exception {
        assertEquals("Five A*-C grades and 5 * 3 sums.", doc("Five A*-C grades and 5 * 3 sums.\n").blocks().get(0)
                .text().toString());
    }

    @Test
    void itemsOfATableCellAreSentencesEvenWithoutFullStops() throws Exception {
        Block row = doc("<p>Strength one</p><p>Strength two.</p>\t<p>Weakness.</p>\n").blocks().get(0);
        assertEquals(2, row.cells().size());
        assertEquals(List.of("Strength one", "Strength two."),
                Sentences.split(row.cells().get(0)).stream().map(Object::toString).toList());
        assertEquals("Strength one Strength two.", Document.quote(row.cells().get(0)));
    }

    @Test
    void emptyEdgeCellsOfATableRowAreKept() throws Exception {
        Block onlyWeakness = doc("\t<p>Only a weakness.</p>\n").blocks().get(0);
        assertEquals(List.of("", "Only a weakness."),
                onlyWeakness.cells().stream().map(c -> Document.quote(c)).toList());
        Block noGrade = doc("Safeguarding\t\n").blocks().get(0);
        assertEquals(Block.Kind.TABLE_ROW, noGrade.kind());
        assertEquals(List.of("Safeguarding", ""), noGrade.cells().stream().map(Object::toString).toList());
    }

    /** Texts where folding, case and odd characters could make a quick test disagree with the slow one. */
    private static final List<String> AWKWARD = List.of("Major strengths", "  \u00A0\u2003MAJOR  strengths ",
            "\u2029major", "maj or", "ma", "", " ", "İmportant weaknesses", "\u0130mportant", "\u212Aey", "Important",
            "importan", "\tjoint   AREA review\n", "joint-area review", "Ｍajor", "\uFF4Aoint area review",
            "Children's Services Annual Rating", "CHILDREN'S SERVICES RATING: performs well (3)",
            "children’s services rating", "children's  services rating", "xchildren's services ratin",
            "s rating children's services rating", "'children's services rating'");

    @Test
    void aNormalisedStartAgreesWithNormalisingTheWholeText() {
        for (String text : AWKWARD) {
            for (String word : List.of("major", "important", "joint", "key")) {
                assertEquals(Document.normalise(text).startsWith(word), Document.normalisedStartsWith(text, word),
                        () -> "\"" + text + "\" starts with " + word);
            }
        }
        assertTrue(Document.normalisedStartsWith(" \u00A0 Major strengths", "major"));
        assertFalse(Document.normalisedStartsWith("The major strengths", "major"));
    }

    @Test
    void aPhraseIgnoringAsciiCaseIsFoundAsThePatternFindsIt() {
        for (String text : AWKWARD) {
            for (String phrase : List.of("children's services rating", "children's services annual rating", "joint area",
                    "strengths", "ey")) {
                boolean pattern = Pattern.compile(Pattern.quote(phrase), Pattern.CASE_INSENSITIVE).matcher(text).find();
                assertEquals(pattern, Document.containsAsciiCase(text, phrase), () -> "\"" + phrase + "\" in \"" + text + "\"");
            }
        }
        assertTrue(Document.containsAsciiCase("A CHILDREN'S SERVICES RATING", "children's services rating"));
        assertFalse(Document.containsAsciiCase("children's", "children's services rating"));
        assertEquals("k", "\u212A".toLowerCase(Locale.ROOT), "the one non-ASCII capital of an ASCII letter");
    }

    /**
     * The spaces and item breaks ending lines are dropped as the pattern {@code [ \u2029]++$} (^ and $ at "\\n")
     * replaced by nothing would drop them, each character keeping its origin: the samples' texts (with a line
     * end of spaces added to every other line) and texts on the edges.
     */
    @Test
    void lineEndSpacesGoAsThePatternWouldTakeThem() throws Exception {
        Pattern lineEndSpaces = Pattern.compile("[ \u2029]++$", Pattern.MULTILINE | Pattern.UNIX_LINES);
        List<String> texts = new java.util.ArrayList<>(List.of("", " ", "\n", " \n ", "a \u2029 \n\n b  ", "a\r \nb",
                "\u2029", "x\t \ny", " a b c ", "\n\n  \n", "a \u00a0\nb"));
        for (var file : org.ofstedkg.pipeline.Pipeline.files(List.of(org.ofstedkg.Samples.reports()))) {
            String text = Document.read(file).cleanText().toString();
            texts.add(text);
            texts.add(text.replace(".\n", ".  \n").replace(":\n", ": \u2029\n"));
        }
        for (String text : texts) {
            MappedText mapped = MappedText.of(text);
            MappedText quick = Document.withoutLineEndSpaces(mapped);
            MappedText plain = mapped.replaceAll(lineEndSpaces, "");
            assertEquals(plain.toString(), quick.toString());
            for (int i = 0; i < plain.length(); i++) {
                assertEquals(plain.sourceStart(i), quick.sourceStart(i), "origin of " + i + " in " + text);
                assertEquals(plain.sourceEnd(i + 1), quick.sourceEnd(i + 1), "origin of " + i + " in " + text);
            }
        }
    }

    @Test
    void whiteSpaceEndingALineIsDroppedWhereverItStands() throws Exception {
        assertEquals("Heading\n\nBody text.\nLast", doc("Heading \u2029 \n\nBody text.  \nLast  ").cleanText().toString());
        assertEquals("Heading\n\nBody text.", doc("Heading\n\nBody text.").cleanText().toString());
        assertEquals("\nBody", doc("\nBody").cleanText().toString());
    }
}
