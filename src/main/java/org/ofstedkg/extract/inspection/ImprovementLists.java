package org.ofstedkg.extract.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.ofstedkg.extract.decode.Block;
import org.ofstedkg.extract.decode.Document;
import org.ofstedkg.extract.decode.MappedText;
import org.ofstedkg.model.Area;
import org.ofstedkg.model.Finding;
import org.ofstedkg.model.FindingKind;
import org.ofstedkg.model.Party;
import org.ofstedkg.model.Recommendation;
import org.ofstedkg.model.Timescale;

/**
 * The lists inspection reports since 2012 make under a heading: what needs to improve ("What needs to
 * improve?", "What does the local authority need to improve?", "Recommendations", "Areas for
 * improvement", with "Priority and immediate action", "Immediately:", "Within three months:" as
 * timescales) and the local authority's strengths. A list is its items after the heading: bulleted
 * paragraphs, or numbered ones whose numbers run on (a topic's sub-heading may stand between two items);
 * it ends at the first block that is neither, or at numbering that does not run on. An item that ends
 * with a colon takes in the lines of its sub-list.
 */
public final class ImprovementLists {

    /**
     * A list's heading; a footnote's marker may follow it ("What needs to improve?1") and the page's running
     * header, ending with its page number, come before it on one line.
     */
    private static final Pattern IMPROVE_HEADING = Pattern.compile("(?:^|\\s\\d{1,3}\\s)(?:what needs to improve"
            + "|what (?:does|do) the (?:local authority|lscb|board|local safeguarding children board)[^?]{0,40}? need to "
            + "improve|recommendations|areas for improvement)\\s*\\??\\d{0,2}:?$");
    private static final Pattern STRENGTHS_HEADING = Pattern.compile("^(?:the local authority has the following strengths"
            + "|the local authority.s strengths|areas of strength|strengths)\\s*:?$");
    /** Where the Board's part of a SIF report begins (its section heading, not a line of the contents). */
    private static final Pattern BOARD_PART = Pattern.compile("^(?:section 2:? )?(?:the )?(?:review of the )?"
            + "(?:effectiveness of the )?local safeguarding children board(?: \\(lscb\\))?$");
    /** A bullet: the usual glyphs, a dash, or a private-use glyph (a symbol font's bullet, as PDFs carry them). */
    static final Pattern BULLET = Pattern.compile("^[\u25FC\u25A0\u2022\u25AA\u25CF\uE000-\uF8FF\u2013\u2014\u2212*-]\\s*");
    private static final Pattern SUB_ITEM = Pattern.compile("^[\u2013\u2014\u2212-]\\s*");
    private static final Pattern EMPTY_LIST = Pattern.compile("^there (?:are|is) no [^.]{0,60}\\b(?:actions?|recommendations?)\\.?$");
    /** Words of a section's heading, not of a topic inside a list ("Key strengths and weaknesses of the LSCB"). */
    private static final Pattern SECTION_WORDS = Pattern.compile("\\b(?:strengths?|weaknesses|findings|summary|judgements?"
            + "|inspection|information|contents|executive)\\b");
    private static final Pattern TERMINATED = Pattern.compile("[.;:!?][\"')\u2019\u201D]*$");

    /** What a list's timescale sub-heading says. */
    private static Optional<Timescale> timescale(String heading) {
        if (heading.matches("^(?:priority and )?immediate(?:ly| action)?:?$") || heading.equals("priority and immediate action")) {
            return Optional.of(Timescale.IMMEDIATE);
        }
        if (heading.matches("^within (?:three|3) months:?$")) {
            return Optional.of(Timescale.THREE_MONTHS);
        }
        if (heading.matches("^within (?:six|6) months:?$")) {
            return Optional.of(Timescale.SIX_MONTHS);
        }
        return Optional.empty();
    }

    /** The lists of one report. */
    public record Lists(List<Recommendation> recommendations, List<Finding> strengths) {
    }

    private ImprovementLists() {
    }

    public static Lists read(Document doc) {
        List<Block> blocks = doc.blocks();
        // The Board's part opens with its heading or its judgement ("The Local Safeguarding Children Board
        // requires improvement"), which the first page states too: the last such block starts it.
        int boardPart = Integer.MAX_VALUE;
        for (int i = 0; i < blocks.size(); i++) {
            String text = normal(blocks.get(i).text());
            if (BOARD_PART.matcher(text).matches() || (text.length() <= 200 && text.startsWith("the ")
                    && SifReader.BOARD.matcher(text).find())) {
                boardPart = i;
            }
        }
        Set<String> running = runningHeaders(blocks);
        List<Recommendation> recommendations = new ArrayList<>();
        List<Finding> strengths = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            String heading = normal(blocks.get(i).text());
            boolean improve = IMPROVE_HEADING.matcher(heading).find();
            boolean strong = !improve && STRENGTHS_HEADING.matcher(heading).matches();
            if (!improve && !strong) {
                continue;
            }
            Party party = i > boardPart || heading.contains("lscb") || heading.contains("board") ? Party.LSCB
                    : Party.LOCAL_AUTHORITY;
            Timescale timescale = Timescale.UNSTATED;
            List<List<Block>> items = new ArrayList<>();
            List<Timescale> timescales = new ArrayList<>();
            Integer lastNumber = null;
            boolean bullets = false;
            boolean subList = false;
            // Topics' sub-headings ("Safeguarding children") stand between the items of "Areas for improvement"
            // lists; in a list headed "Recommendations" a heading ends it, though the numbering runs on.
            boolean topics = heading.startsWith("areas for improvement") || heading.contains("need to improve");
            int j = i + 1;
            for (; j < blocks.size(); j++) {
                Block b = blocks.get(j);
                String text = normal(b.text());
                if ((running.contains(withoutPageNumber(text)) && !text.equals(withoutPageNumber(text)))
                        || EMPTY_LIST.matcher(text).find()) {
                    // A running header, or a sub-list stated empty ("There are no priority or immediate actions.").
                    continue;
                }
                if (!items.isEmpty() && b.kind() == Block.Kind.PARAGRAPH && !BULLET.matcher(b.text()).lookingAt()
                        && !TERMINATED.matcher(Document.quote(last(items).get(last(items).size() - 1).text())).find()
                        && text.matches("^[\\p{Ll}(].*")) {
                    // An item that a page break cut: "... the case loads of the independent reviewing officers" / "(IROs) are manageable."
                    last(items).add(b);
                    continue;
                }
                Optional<Timescale> sub = timescale(text);
                if (sub.isPresent()) {
                    timescale = sub.get();
                    continue;
                }
                if (improve && IMPROVE_HEADING.matcher(text).find()) {
                    // "What does the local authority need to improve?" then "Areas for improvement": one list, whose
                    // items after "Areas for improvement" have no timescale.
                    timescale = Timescale.UNSTATED;
                    topics = true;
                    continue;
                }
                boolean numbered = b.kind() == Block.Kind.NUMBERED;
                boolean bulleted = b.kind() == Block.Kind.LIST_ITEM || BULLET.matcher(b.text()).lookingAt();
                if (!items.isEmpty() && (subList || endsWithColon(items.get(items.size() - 1)))
                        && (SUB_ITEM.matcher(b.text()).lookingAt() || startsLowerCase(b.text())
                                || (lastNumber != null && bulleted))) {
                    // "... by ensuring that:" and its sub-list, as one item.
                    items.get(items.size() - 1).add(b);
                    subList = true;
                    continue;
                }
                subList = false;
                if (bulleted && lastNumber != null && items.size() == 1) {
                    // "22. ... should take the following action." then bulleted actions: the numbered line leads in.
                    items.clear();
                    timescales.clear();
                    lastNumber = null;
                }
                if (numbered && !bullets && (lastNumber == null || b.number().orElse(-1) == lastNumber + 1)) {
                    lastNumber = b.number().orElse(null);
                } else if (bulleted && lastNumber == null) {
                    bullets = true;
                } else if (!numbered && !bulleted && (topics || bullets) && isTopic(text)
                        && !SECTION_WORDS.matcher(text).find()
                        && !STRENGTHS_HEADING.matcher(text).matches() && j + 1 < blocks.size()
                        && continues(blocks.get(j + 1), lastNumber, bullets)) {
                    continue;
                } else {
                    break;
                }
                List<Block> item = new ArrayList<>();
                item.add(b);
                items.add(item);
                timescales.add(timescale);
            }
            for (int k = 0; k < items.size(); k++) {
                MappedText text = join(items.get(k));
                String quote = Document.quote(BULLET.matcher(text).replaceFirst(""));
                if (quote.isEmpty()) {
                    continue;
                }
                var evidence = doc.evidence(text);
                if (improve) {
                    recommendations.add(new Recommendation(timescales.get(k), party, quote, evidence, Set.of()));
                } else {
                    strengths.add(new Finding(Area.OVERALL, FindingKind.STRENGTH, quote, evidence, Set.of()));
                }
            }
            i = Math.max(i, j - 1);
        }
        return new Lists(recommendations, strengths);
    }

    /** A topic's sub-heading inside a list: a few words, no sentence. */
    private static boolean isTopic(String text) {
        return !text.isEmpty() && text.split(" ").length <= 12 && !text.endsWith(".");
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }

    private static String withoutPageNumber(String text) {
        return text.replaceAll("\\s*\\d{1,3}$", "");
    }

    /**
     * The pages' running header or footer: a line that stands on three pages or more, each time with another
     * page number ("Kent County Council Inspection of looked after children services 7").
     */
    private static Set<String> runningHeaders(List<Block> blocks) {
        java.util.Map<String, Set<String>> numbers = new java.util.HashMap<>();
        for (Block b : blocks) {
            String text = normal(b.text());
            if (text.length() < 160 && !text.equals(withoutPageNumber(text))) {
                numbers.computeIfAbsent(withoutPageNumber(text), k -> new java.util.HashSet<>()).add(text);
            }
        }
        Set<String> running = new java.util.HashSet<>();
        numbers.forEach((text, pages) -> {
            if (pages.size() >= 3 && !text.isEmpty()) {
                running.add(text);
            }
        });
        return running;
    }

    /** Whether a block goes on with a list of this kind (past a timescale's sub-heading). */
    private static boolean continues(Block b, Integer lastNumber, boolean bullets) {
        if (timescale(normal(b.text())).isPresent()) {
            return true;
        }
        if (b.kind() == Block.Kind.NUMBERED) {
            return lastNumber == null ? !bullets : b.number().orElse(-1) == lastNumber + 1;
        }
        return bullets && (b.kind() == Block.Kind.LIST_ITEM || BULLET.matcher(b.text()).lookingAt());
    }

    private static boolean endsWithColon(List<Block> item) {
        return Document.quote(item.get(item.size() - 1).text()).endsWith(":");
    }

    private static boolean startsLowerCase(MappedText text) {
        String q = Document.quote(BULLET.matcher(text).replaceFirst(""));
        return !q.isEmpty() && Character.isLowerCase(q.charAt(0));
    }

    private static MappedText join(List<Block> blocks) {
        MappedText text = blocks.get(0).text();
        for (int i = 1; i < blocks.size(); i++) {
            MappedText next = blocks.get(i).text();
            text = text.join(" ", next.slice(bulletEnd(next), next.length()));
        }
        return text;
    }

    private static int bulletEnd(MappedText text) {
        var m = BULLET.matcher(text);
        return m.lookingAt() ? m.end() : 0;
    }

    private static String normal(MappedText text) {
        return Document.normalise(text).replace('\u2019', '\'');
    }
}
