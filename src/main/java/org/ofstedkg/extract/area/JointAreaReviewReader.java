package org.ofstedkg.extract.area;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.ofstedkg.extract.ExtractionException;
import org.ofstedkg.extract.JudgementCollector;
import org.ofstedkg.extract.ReportReader;
import org.ofstedkg.extract.decode.Block;
import org.ofstedkg.extract.decode.Document;
import org.ofstedkg.extract.decode.Layout;
import org.ofstedkg.extract.decode.MappedText;
import org.ofstedkg.extract.decode.Sentences;
import org.ofstedkg.extract.prose.AreaRule;
import org.ofstedkg.extract.prose.Dates;
import org.ofstedkg.extract.prose.EveryChildMatters;
import org.ofstedkg.extract.prose.Figures;
import org.ofstedkg.extract.prose.GradedClause;
import org.ofstedkg.extract.prose.ServiceStatements;
import org.ofstedkg.extract.register.AuthorityRegister;
import org.ofstedkg.extract.register.Inspectorates;
import org.ofstedkg.model.Area;
import org.ofstedkg.model.Assessment;
import org.ofstedkg.model.Authority;
import org.ofstedkg.model.Finding;
import org.ofstedkg.model.FindingKind;
import org.ofstedkg.model.MainFinding;
import org.ofstedkg.model.Party;
import org.ofstedkg.model.Recommendation;
import org.ofstedkg.model.Statistic;
import org.ofstedkg.model.Timescale;
import org.ofstedkg.model.Grade;
import org.ofstedkg.model.Report;
import org.ofstedkg.model.ReportKind;

/**
 * The joint area review (JAR): title page (authority, inspectorates, publication date, reference
 * number), grades table, one section per area opening with its judgement sentence, service
 * management sub-judgements, and annexes citing the Annual Performance Assessment (A) and the
 * corporate assessment (B).
 */
public final class JointAreaReviewReader implements ReportReader {

    /** The parts of a review whose judgements belong to different assessments. */
    enum Section {
        FRONT, INTRODUCTION, CONTEXT, MAIN_FINDINGS, GRADES, RECOMMENDATIONS, EQUALITY,
        /** A section of one area of investigation (the area comes from its heading). */
        AREA,
        /** The additional investigations: each under a heading of its own, on a topic of the review's choosing. */
        INVESTIGATIONS,
        /** "Service management" and "Capacity to improve": one region, since the service management
         * table sits under the second heading. */
        SERVICE_MANAGEMENT,
        ANNEX_A, ANNEX_B, ANNEX_C
    }

    private static final List<SectionHeading> HEADINGS = List.of(
            new SectionHeading(Section.INTRODUCTION, "^introduction$"),
            // Each section by the names reviews give it: "Context", "Wandsworth in context", "The area".
            new SectionHeading(Section.CONTEXT, "^(?:(?:[\\w'-]+ ){1,4}in )?context$|^the area$"),
            new SectionHeading(Section.MAIN_FINDINGS, "^(?:main|key|overall|summary of|the review's) findings$"),
            new SectionHeading(Section.GRADES, "^(?:the )?(?:grades(?: awarded)?|judgements at a glance|summary of (?:grades|judgements)"
                    + "|grades and judgements)$"),
            new SectionHeading(Section.RECOMMENDATIONS, "^(?:recommendations|what (?:should|must) be done(?:,? and by when)?"
                    + "|what the partners? (?:must|should) do)$"),
            new SectionHeading(Section.EQUALITY, "^equality and diversity$"),
            new SectionHeading(Section.AREA, "^(?:\\d{1,2}\\.\\s*)?(?:safeguarding(?: children(?: and young people)?)?|looked after children.*|children and young people"
                    + " with learning difficulties.*|children (?:and young people )?(?:who are )?looked after\\b.*|(?:an? )?investigation into .*"
                    // "Additional investigation 1: Services for children and young people at risk of offending".
                    + "|(?:an? )?additional investigation(?: (?:\\d{1,2}|[ivx]{1,4}))?\\s*[:.\u2013-]\\s*\\S.*)$"),
            new SectionHeading(Section.INVESTIGATIONS, "^(?:\\d{1,2}\\.\\s*)?(?:other issues identified.*|additional investigations"
                    + "|further investigations? selected.*"
                    // "Themes of local importance", "Local priorities", "Issues chosen locally": topics the review added.
                    + "|(?:other |further )?(?:themes?|topics?|issues?|areas?|priorities) (?:of local (?:importance|interest|concern)"
                    + "|chosen (?:locally|by the partnership)|selected locally)|local (?:themes|topics|priorities)"
                    + "|(?:other )?areas? (?:of|for) (?:further|additional) investigation.*)$"),
            new SectionHeading(Section.SERVICE_MANAGEMENT,
                    "^(?:\\d{1,2}\\.\\s*)?(?:(?:service management|(?:the )?(?:leadership and )?management of (?:the )?services"
                            + "(?: for children and young people)?)(?: (?:and|&) (?:the )?capacity to improve)?|capacity to improve"
                            // "Leadership, management and capacity to improve", "Leading and managing services ...".
                            + "|(?:leadership,? (?:and )?management|leading and managing)\\b.*)$"),
            new SectionHeading(Section.ANNEX_A, "^(?:annex|appendix) (?:1|a|i|one)\\b.*"),
            new SectionHeading(Section.ANNEX_B, "^(?:annex|appendix) (?:2|b|ii|two)\\b.*"),
            new SectionHeading(Section.ANNEX_C, "^(?:annex|appendix) (?:3|c|iii|three)\\b.*"));

    private static final Set<Section> ANNEXES = EnumSet.of(Section.ANNEX_A, Section.ANNEX_B, Section.ANNEX_C);

    /**
     * What an annex holds, by its title: the annual performance assessment (read as {@link Section#ANNEX_A}),
     * the corporate assessment ({@link Section#ANNEX_B}), or the review's arrangements ({@link Section#ANNEX_C});
     * by its letter where the title does not say.
     */
    private static Section annexByTitle(Section byLetter, String title) {
        String t = Document.normalise(title);
        if (t.contains("arrangements") || t.matches(".*\\bhow (?:this|the) review was (?:conducted|carried out)\\b.*")) {
            return Section.ANNEX_C;
        }
        if (t.contains("corporate assessment")) {
            return Section.ANNEX_B;
        }
        if (t.contains("annual performance assessment") || t.matches(".*\\bapa\\b.*")) {
            return Section.ANNEX_A;
        }
        return byLetter;
    }

    private record SectionHeading(Section section, Pattern pattern) {
        SectionHeading(Section section, String regex) {
            this(section, Pattern.compile(regex));
        }
    }

    private static final Pattern TITLE = Pattern.compile("^joint area review$");
    /**
     * Where a review states figures about its area (not its title page, contents, grades or recommendations, nor
     * the annex of how the review was done: "two stages", "a two week fieldwork stage" are the review's own).
     */
    private static final Set<Section> FIGURE_SECTIONS = EnumSet.of(Section.INTRODUCTION, Section.CONTEXT,
            Section.MAIN_FINDINGS, Section.EQUALITY, Section.AREA, Section.INVESTIGATIONS, Section.SERVICE_MANAGEMENT, Section.ANNEX_A,
            Section.ANNEX_B);
    /** Where a table of grades may come as a paragraph of its rows run together, whose numbers are grades. */
    private static final Set<Section> GRADED_TABLE_SECTIONS = EnumSet.of(Section.SERVICE_MANAGEMENT, Section.ANNEX_A,
            Section.ANNEX_B);
    /** The review's publication date: "Published: 6 May 2008", "Date of publication: 6 May 2008", "Published on 6 May 2008". */
    private static final Pattern PUBLISHED = Pattern.compile("\\b(?:(?:date\\s+)?published(?:\\s+on)?|(?:date\\s+of\\s+)?publication"
            + "(?:\\s+date)?)\\s*:?\\s*" + Dates.DATE_REGEX, Pattern.CASE_INSENSITIVE);
    private static final Pattern REFERENCE = Pattern.compile("\\bReference no\\.?:?\\s*(\\d{3,})", Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTHORITY_LINE = Pattern.compile("^(.+?)\\s+Children's Services Authority Area$",
            Pattern.CASE_INSENSITIVE);
    /**
     * A heading's number or letter, as reviews set them: "4. Grades", "Section 5 - Safeguarding", "Part B:
     * Recommendations", "D. Looked after children" (a numbered block's text has lost its number; its first line has not).
     */
    private static final Pattern SECTION_NUMBER = Pattern.compile(
            "^(?:\\((?:\\d{1,2}|[ivx]{1,5}|[a-z])\\)|(?:section|part|area)\\s+(?:\\d{1,2}|[ivx]{1,5}|[a-z])\\b[.)]?|\\d{1,2}(?:\\.\\d{1,2})*[.)]?(?=\\s))\\s*[-:\u2013]?\\s*");
    /** A heading's capital letter ("D. Looked after children"), read before the text is lower-cased. */
    private static final Pattern SECTION_LETTER = Pattern.compile("^\\s*[A-Z](?:[.)]\\s+|\\s{2,})(?=[A-Z])");
    /** A heading's closing full stop or colon. */
    private static final Pattern HEADING_STOP = Pattern.compile("[.:]$");
    /** A line of the contents ("Annex A: The APA letter 28") or a grades row: it ends on a page number or grade. */
    private static final Pattern CONTENTS_LINE = Pattern.compile(
            "(?i).*\\s(?:\\d{1,3}|outstanding|good|adequate|inadequate)(?:\\s*\\([^)]*\\))?$");
    /** What leads a graded clause in before its subject: a comma or semicolon, "and", "but". */
    private static final Pattern CLAUSE_LEAD = Pattern.compile("^[,;]?\\s*(?:and|but)?\\s*");
    /** A statement's closing full stop or semicolon. */
    /** What closes a statement and is not its words: a full stop, a semicolon, a list's "; and". */
    private static final Pattern STATEMENT_STOP = Pattern.compile("(?:;\\s*(?:and|or)|[.;])$");
    /** The words that may qualify either column's header: "Major strengths", "Important weaknesses". */
    private static final String HEADER_QUALIFIER = "(?:major|key|main|principal|important|notable|significant)\\s+";
    /** The qualifier set after a column's noun instead: "Strengths judged to be major", "Weaknesses considered important". */
    private static final String HEADER_POST_QUALIFIER = "(?:\\s+(?:(?:judged|considered|assessed|found|identified)\\s+)?"
            + "(?:to\\s+be\\s+|as\\s+)?(?:major|key|main|principal|important|notable|significant))?";
    /** A findings table's strengths column, by the headers reviews give it ("Major strengths", "What works well"). */
    private static final String STRENGTHS_HEADER = "(?:" + HEADER_QUALIFIER + ")?strengths?" + HEADER_POST_QUALIFIER + "|what works well"
            + "|what is working well|what is going well|(?:strong|positive|good) features|what has been achieved"
            + "|achievements|where (?:services|provision|practice) (?:are|is) (?:effective|strong|good)"
            + "|where (?:services|provision|practice) works? well";
    /** Its weaknesses column ("Important weaknesses", "Areas for development", "What needs to improve"). */
    private static final String WEAKNESSES_HEADER = "(?:" + HEADER_QUALIFIER + ")?(?:weakness(?:es)?" + HEADER_POST_QUALIFIER
            // "Key areas for development", "What must improve": the qualifier and the modal as any header has them.
            + "|areas? for (?:development|improvement)|what (?:needs to|has to|must|should) (?:improve|be improved|change)"
            + "|areas? (?:needing|requiring|that needs?|which needs?|in need of) (?:attention|improvement|development|action)"
            + "|what could be better"
            + "|aspects? to (?:strengthen|improve|develop)|shortcomings|(?:weaker|negative) features"
            + "|what remains to be done|what (?:still )?needs? (?:to be done|doing|attention)|areas? of concern"
            + "|(?:development points|points for development)"
            + "|where (?:services|provision|practice) (?:falls?|is|are) (?:short|weak(?:er)?|less effective))";
    /** A header repeated where a table goes on over a page: "Major strengths (continued)". */
    private static final String CONTINUED = "(?:\\s*\\(?(?:continued|cont(?:'d|inued|\\.)?)\\)?)?";
    private static final Pattern STRENGTHS = Pattern.compile("^(?:" + STRENGTHS_HEADER + ")" + CONTINUED + ":?$");
    /** A cell that gives an item's kind and nothing else: "Strength", "Important weakness". */
    private static final Pattern ITEM_KIND = Pattern.compile("^(?:(?:major|key|main|important|significant)\\s+)?"
            + "(?:strength|weakness)$");
    /** A findings header as normalised text opens: what to normalise a block's text for (cheap, on its raw text). */
    private static final Pattern HEADER_START = Pattern.compile(
            "(?i)^\\W*(?:major|key|main|principal|notable|significant|strengths?|what|important|weakness(?:es)?|areas?|strong"
                    + "|aspects?|positive|good|achievements|shortcomings|weaker|negative|development|points|where)\\b");
    private static final Pattern COLUMNS_ON_ONE_LINE = Pattern.compile(
            "^(?:" + STRENGTHS_HEADER + ")" + CONTINUED + "\\s*(?:and|&|/)?\\s*(?:" + WEAKNESSES_HEADER + ")\\b");
    /**
     * The header line of a table of grades, which may follow a findings table with no gap: "Judgement Grade",
     * "Service management judgements Grade", "Aspect of service management Judgement".
     */
    private static final Pattern OTHER_TABLE = Pattern.compile("(?i)^\\s*(?:(?:area of )?(?:[\\w ]{0,40}\\s)?judgements?"
            + "|aspects?(?: of [\\w ]{1,40})?)\\s+(?:grades?|judgements?)\\s*$");
    /** A numbered paragraph's first line: the text after a table goes on. */
    private static final Pattern NUMBERED_LINE = Pattern.compile("^\\s*(\\d{1,3})\\.\\s+\\S");
    private static final Pattern OTHER_TABLE_HEADER = Pattern.compile("^(?:grades?|judgements?|area of judgement|aspects?)$");
    private static final Pattern COLUMNS_ON_ONE_LINE_TEXT = Pattern.compile(
            "(?i)\\s*(?:" + STRENGTHS_HEADER + ")\\s*(?:and|&|/)?\\s*(?:" + WEAKNESSES_HEADER + ")\\b:?\\s*");
    private static final Pattern WEAKNESSES = Pattern.compile("^(?:" + WEAKNESSES_HEADER + ")" + CONTINUED + ":?$");
    /**
     * A paragraph of both columns, each after its header and each item opening on a capital: the strengths' items, then
     * the weaknesses' ("Strengths of the service include ..." is prose).
     */
    private static final Pattern HEADED_RUN = Pattern.compile("^\\W*(?:" + STRENGTHS_HEADER + ")\\s*:?\\s+(?<strengths>(?-i:\\p{Lu}).*?[.;])\\s+(?:"
            + WEAKNESSES_HEADER + ")\\s*:?\\s+(?<weaknesses>(?-i:\\p{Lu}).*)$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** The header of a table of recommendations: "Timescale  Who should act  Recommendation", "When  Who  Action". */
    private static final Pattern RECOMMENDATIONS_HEADER = Pattern.compile(
            "(?i)^\\W*(?:(?:timescales?|when|by when|deadline)\\s+(?:who\\s+should\\s+act|who|by\\s+whom|addressee|responsibility|lead)"
                    + "\\s+(?:recommendations?|actions?|what\\s+(?:should|needs?\\s+to)\\s+be\\s+done)"
                    + "|(?:recommendations?|actions?)\\s+(?:timescales?|when|by when|deadline)\\s+"
                    + "(?:who\\s+should\\s+act|who|by\\s+whom|addressee|responsibility|lead)"
                    // "Priority  Recommendation  Lead body": the timescale as a code a key explains.
                    + "|(?:priority|priorities|code)\\s+(?:recommendations?|actions?)\\s+(?:who|by\\s+whom|responsibility|lead))\\b");
    /** The timescale column's header word in that table. */
    private static final Pattern WHEN_HEADER = Pattern.compile("(?i)timescales?|when|deadline|priority|priorities|code");
    /** The recommendations column's header word in that table. */
    private static final Pattern WHAT_HEADER = Pattern.compile("(?i)recommendations?|actions?|what");
    /** The second column's header word in that table. */
    private static final Pattern WHO_HEADER = Pattern.compile("(?i)who|by|addressee|responsibility|lead");
    /**
     * Both columns' headers opening a block: alone or with a colon ("Major strengths and important weaknesses:"), or
     * qualified ("Major strengths Important weaknesses", "What works well What needs to improve") and followed by the
     * items run on, as PDF text gives a table; never a sentence that starts "Strengths and weaknesses in ...".
     */
    private static boolean isColumnsHeader(String normalised) {
        Matcher m = COLUMNS_ON_ONE_LINE.matcher(normalised);
        if (!m.lookingAt()) {
            return false;
        }
        String rest = normalised.substring(m.end());
        return rest.isBlank() || rest.startsWith(":") || QUALIFIED_HEADER.matcher(normalised).lookingAt();
    }

    private static final Pattern QUALIFIED_HEADER = Pattern.compile("^(?:major|key|main|principal|important|notable|significant|what)\\b");

    /** Where the weaknesses column's header starts on a line of both headers. */
    private static final Pattern WEAKNESSES_START = Pattern.compile("(?i)^(?:" + WEAKNESSES_HEADER + ")\\b");
    /** The timescales of recommendations, by the words their headings use ("For action within six months"). */
    private static final String IMMEDIATE_WORDS = "\\bimmediate(?:ly)?\\b|\\bstraight away\\b|\\bat once\\b|\\bwithout delay\\b"
            // "Action now".
            + "|^(?:action|act|to be done|for action) now$"
            + "|\\burgent(?:ly)?\\b|\\bas a matter of urgency\\b|\\bforthwith\\b";
    private static final Pattern IMMEDIATE = Pattern.compile(IMMEDIATE_WORDS);
    /** Within six months or less: "within six months", "in the next three months". */
    private static final String SIX_MONTHS_WORDS = "\\b(?:six|6|three|3|four|4|five|5) months\\b";
    private static final Pattern SIX_MONTHS = Pattern.compile(SIX_MONTHS_WORDS);
    /** "The council should:"; a long one ends on its colon ("Staffordshire Police, the county council, ... should:"). */
    private static final Pattern ADDRESSEE_LINE = Pattern.compile("^(?:.{3,80} should:?|.{81,240} should:)$");
    /** A body and the timescale its recommendations have, before or after "should": "X should, within six months:". */
    private static final Pattern ADDRESSEE_TIMED = Pattern.compile("(?i)^(?:([^,:]{3,60}),\\s+)?(.{3,80}?)\\s+should"
            + "(?:,\\s*([^,:]{3,60}?))?\\s*:?$");
    private static final String LONGER_TERM_WORDS = "\\b(?:long(?:er)?|medium)[- ]term\\b"
            // "Over the next two years", "Within two years", "within 12 to 24 months": beyond six months.
            + "|\\b(?:next|within|in|over) (?:the )?(?:coming )?(?:(?:one|1|two|2) (?:to|or) )?(?:two|three|2|3) years\\b|\\b(?:12|18)\\s*(?:to|-|\u2013)\\s*(?:24|36) months\\b"
            + "|\\bfurther ahead\\b|\\bin (?:the )?future\\b|\\b(?:over|in|within) a longer (?:period|time|timescale)\\b";
    private static final Pattern LONGER_TERM = Pattern.compile(LONGER_TERM_WORDS);
    /** A deadline by month: "by the end of June 2009", "by March 2010". */
    private static final String DEADLINE_WORDS = "\\bby (?:the end of )?(january|february|march|april|may|june|july|august"
            + "|september|october|november|december) ((?:19|20)\\d{2})\\b";
    private static final Pattern DEADLINE = Pattern.compile(DEADLINE_WORDS);
    /** A heading or label that names a timescale, in any of the words above, and little else. */
    private static final Pattern TIMESCALE_HEADING = Pattern.compile("^(?:for (?:immediate )?action\\b.*"
            + "|(?=.{0,60}$)[^.]*(?:" + IMMEDIATE_WORDS + "|" + SIX_MONTHS_WORDS + "|" + LONGER_TERM_WORDS + "|" + DEADLINE_WORDS
            + ")[^.]*)$");
    /** "For the partnership", "For Poole Borough Council": who should act, as a label over its recommendations. */
    /** The word a body's name ends on: "... Council", "... Primary Care Trust", "... Youth Offending Service". */
    private static final String BODY_WORDS = "council|trust|partnership|partners|service|board|police|team|agencies";
    /** A body's name alone, as a sub-heading over its recommendations: "The local partnership", "The primary care trust". */
    private static final Pattern BODY_ALONE = Pattern.compile("(?i)^(?:the )?(?:(?:local )?partnership|council"
            + "|[a-z][a-z' -]{1,40} (?:" + BODY_WORDS + "))$");
    /** "For the council:", and a heading that names whose recommendations follow: "Recommendations for the primary care trust". */
    private static final Pattern ADDRESSEE_FOR = Pattern.compile("(?i)^(?:for (?!action\\b)(?:the attention of )?(.{3,60}?)"
            + "|(?:recommendations?|actions?) for (?:the attention of )?(the .{3,57}?|.{3,57}?\\b(?:" + BODY_WORDS + ")))\\s*:?$");
    private static final Pattern TO_PARTNERSHIP = Pattern.compile("^(?:the )?(?:(?:local )?partnership(?: as a whole)?"
            // "Staffordshire County Council and its partners should", "the council, with its partners, should".
            + "|(?:[a-z][a-z' -]{1,40} )?council,? (?:and|together with|with) (?:its|their|the) partners,?"
            + "|(?:the )?(?:council and the )?partners(?: together)?"
            // "The Children's Trust partnership": the partnership the review reports to, by the name it took.
            + "|children'?s trust(?: partnership| partners)?) should:?$");
    /** A body's word besides a primary care trust's: "the council and primary care trust" are two bodies. */
    private static final Pattern OTHER_BODY = Pattern.compile("\\b(?:council|partnership|partners|police|board|service|services|team)\\b");
    /** A primary care trust by its own name ("Sutton and Merton Primary Care Trust"): the area's primary care trust. */
    private static final Pattern NAMED_PRIMARY_CARE_TRUST = Pattern.compile("^(?:the )?[a-z][a-z' &-]{1,50} primary care trust should:?$");
    /** How a paragraph that is no recommendation starts, under a timescale and addressee: prose, not a verb. */
    private static final Pattern NOT_AN_ITEM = Pattern.compile("(?i)^(?:the|this|these|those|it|its|in|a|an|all|each|our"
            + "|we|there|for|as|following|inspectors?|recommendations?)\\b");
    /** "The council should:", "Thurrock Council should", "The borough council should". */
    private static final Pattern TO_COUNCIL = Pattern.compile("^(?:the )?(?:[a-z][a-z' -]{1,40} )?council should:?$");
    private static final Pattern SHOULD = Pattern.compile("(?i)\\s+should:?\\s*$");
    /** Who should act, and when where the sentence says, before the recommendation's verb in the same sentence. */
    private static final String INLINE_TIMESCALE = "(immediately|straight away|at once|as an immediate priority"
            + "|within (?:the (?:next|coming) )?(?:six|6|three|3|four|4|five|5) months|(?:in|over) the long(?:er)? term"
            + "|(?:over|within|in) (?:the )?(?:next |coming )?(?:(?:one|1|two|2) (?:to|or) )?(?:two|three|2|3) years)";
    /** "... on time. They should also ...": a sentence recommending more to the body the sentence before named. */
    private static final Pattern SAME_BODY_AGAIN = Pattern.compile("(?<=\\.)\\s+(?i:they|it|the partners|these bodies)\\s+should"
            + "(?:\\s+also)?,?\\s+(?=(?i:[a-z]))");
    /**
     * "Recommendations arising from this section:", a lead-in to an area's own recommendations (after its heading,
     * "Action for the partnership", where a PDF's text runs them together).
     */
    private static final Pattern RECOMMENDATIONS_LEAD = Pattern.compile("(?i)^(?:[^.:]{1,50}\\s)?(?:recommendations?|actions? for "
            + "[^.:]{3,40})\\b[^.:]{0,60}:$");
    /** "R1. ", "3. ", "(ii) ": a recommendation's own number. */
    private static final String ITEM_NUMBER = "(?:(?:R?\\d{1,2}[.)]|\\(?(?:[ivx]{1,4}|[a-z])[.)])\\s+)?";
    /** A body and the verb it is to do, as minutes set actions: "The council to improve ...", "Sutton and Merton PCT to ...". */
    private static final Pattern ADDRESSEE_TO = Pattern.compile("^" + ITEM_NUMBER + "((?:[Tt]he )?[A-Z][\\w&'\u2019 -]{1,60}?"
            + "(?i:" + BODY_WORDS + "|authority|pct))\\s+to\\s+(?=\\p{Ll})");
    private static final Pattern ADDRESSEE_INLINE = Pattern.compile("^" + ITEM_NUMBER + "(?i:in addition,?\\s+)?(?i:"
            + INLINE_TIMESCALE + ",?\\s+)?((?i:the [^,.;:]{2,60}?)|(?!(?:It|This|These|That|They|We|There|Inspectors|Ofsted)\\b)[A-Z][\\w&'-]*(?: [A-Z][\\w&'-]*){0,3}"
            // "Staffordshire County Council and its partners should".
            + "(?: and (?:its|their) partners)?"
            // "Wandsworth's secondary schools should".
            + "|[A-Z][\\w&-]*['\u2019]s [a-z][\\w -]{2,40}?)\\s+(?i:should),?\\s+"
            + "(?i:" + INLINE_TIMESCALE + ",?\\s+)?(?=[a-z])");


    /**
     * A lead-in in a committee's words: "It is recommended that the council:", "Over the next two years, it is recommended
     * that:", "inspectors recommend that:" (the timescale before it, the body after it, either may be missing).
     */
    private static final Pattern RECOMMENDED_THAT = Pattern.compile("(?i)^(?:(.{3,160}?),\\s+)?(?:it is (?:further |also )?recommended"
            + "|(?:the )?(?:inspectors?|review team|inspection team|we) (?:also |further )?recommends?)\\s+that(?:\\s+(.{3,80}?))?\\s*:$");
    /** A body at an item's head, its verb bare after it: "the council and its partners develop ...", "the board audit, ...". */
    private static final String BODY_HEAD = "((?:the\\s+)?(?:[\\w'\u2019-]+\\s+){0,5}?(?i:" + BODY_WORDS
            + "|pct)(?:\\s+and\\s+(?:its|their)\\s+partners)?),?\\s+(?=\\p{Ll})";
    private static final Pattern BODY_AT_HEAD = Pattern.compile("^" + ITEM_NUMBER + "(?i:that\\s+)?" + BODY_HEAD);
    /** "That the primary care trust commission ...", "It is further recommended that the board audit ...": one in a sentence. */
    private static final Pattern RECOMMENDED_INLINE = Pattern.compile("^" + ITEM_NUMBER + "(?i:it is (?:further |also )?recommended that|that)\\s+"
            + BODY_HEAD);
    /** "It should also ...": a recommendation to the body the item before named. */
    private static final Pattern IT_SHOULD = Pattern.compile("^" + ITEM_NUMBER + "(?i:it|they)\\s+should(?:\\s+also)?,?\\s+(?!be\\b)(?=[a-z])");

    /** Review areas, named in the opening sentence "The contribution/impact of ... services ... is X". */
    private static final Pattern AREA_JUDGEMENT = Pattern.compile("^The (?:contribution|impact) of\\b");
    private static final List<AreaRule> REVIEW_AREAS = List.of(
            AreaRule.of(Area.SUBSTANCE_MISUSE, "substance misuse"),
            AreaRule.of(Area.NARROWING_THE_GAP, "narrowing the gap|least effective"),
            AreaRule.of(Area.YOUNG_CARERS, "young carers"),
            // Each by the words reviews use for it: "children in the care of the borough", "disabled children",
            // "protecting children and young people from harm", "keeping them safe".
            AreaRule.of(Area.LOOKED_AFTER_CHILDREN, "looked after|\\bin (?:the )?care\\b|corporate parent"),
            AreaRule.of(Area.LEARNING_DIFFICULTIES_AND_DISABILITIES, "learning difficult|disabilit|\\bdisabled\\b"),
            AreaRule.of(Area.SAFEGUARDING, "safeguard|at risk|\\bprotect(?:ing|ion)?\\b.*\\bfrom harm\\b|\\bkeeping\\b.*\\bsafe\\b"));
    /** What main findings speak of: the review's areas, then service management by any of its parts. */
    private static final List<AreaRule> MAIN_FINDING_AREAS = java.util.stream.Stream.concat(REVIEW_AREAS.stream(),
            java.util.stream.Stream.of(AreaRule.of(Area.SERVICE_MANAGEMENT,
                    "ambition|prioriti|capacity|performance management|value for money|service management"))).toList();
    /** Whose a part of management is, before its name: "the partnership's ambition", "the council's capacity". */
    private static final String OWNER = "^(?:(?:the )?inspectors (?:judged|found|considered) )?(?:the )?(?:(?:local )?(?:partnership|council"
            + "|authority|area|borough|county|city)['\u2019]s )?";
    /** Service management and its sub-judgements, named at the start of the sentence. */
    private static final List<AreaRule> SERVICE_MANAGEMENT = List.of(
            AreaRule.of(Area.SERVICE_MANAGEMENT, "^(?:the )?(?:management of services|service management)\\b"),
            AreaRule.of(Area.CAPACITY_TO_IMPROVE, "^(?:the )?capacity\\b.{0,60}\\bto improve\\b"),
            AreaRule.of(Area.AMBITION, OWNER + "ambitions?\\b"),
            AreaRule.of(Area.PRIORITISATION, OWNER + "prioriti[sz]ation\\b"),
            // "The capacity of the partnership", "the capacity of services to deliver its priorities".
            // "capacity to deliver its priorities": the resources to do what it plans, not the capacity to improve.
            AreaRule.of(Area.CAPACITY, OWNER + "capacity(?:\\s+of\\s+(?:the|its|their|services)\\b|\\s+to\\s+(?:deliver|meet|achieve|carry\\s+out|implement)\\b|$)"),
            AreaRule.of(Area.VALUE_FOR_MONEY, OWNER + "(?:(?:arrangements|work) (?:for|to) (?:securing|secure|achieving|achieve"
                    + "|ensuring|ensure|delivering|deliver) )?value for money\\b"),
            AreaRule.of(Area.PERFORMANCE_MONITORING, OWNER + "(?:performance monitoring|monitoring of performance"
                    + "|(?:arrangements|systems|processes) for (?:the )?monitoring (?:of )?performance)\\b"),
            AreaRule.of(Area.PERFORMANCE_MANAGEMENT, OWNER + "(?:performance management|management of performance)\\b"));
    /** The grades table's row headings. */
    private static final List<AreaRule> GRADES_TABLE = List.of(
            AreaRule.of(Area.SAFEGUARDING, "^safeguarding$"),
            AreaRule.of(Area.LOOKED_AFTER_CHILDREN, "^looked after children"),
            AreaRule.of(Area.LEARNING_DIFFICULTIES_AND_DISABILITIES, "^(?:children and young people with )?learning difficulties"),
            AreaRule.of(Area.SERVICE_MANAGEMENT, "^service management$"),
            AreaRule.of(Area.CAPACITY_TO_IMPROVE, "^capacity to improve$"));
    /** A sentence that speaks of what the one before named: "Inspectors judged its effectiveness to be good.", "It is good." */
    private static final Pattern GOES_ON = Pattern.compile("(?i)^\\W*(?:(?:inspectors|we)\\s+(?:judged|found|considered)"
            + "\\s+(?:its|their|this|these|the\\s+(?:work|contribution|effectiveness))\\b|(?:it|they|this|these)\\s+(?:is|are|was|were)\\b"
            + "|(?:its|their)\\s+(?:effectiveness|contribution)\\b"
            // "Their conclusion is that this aspect of provision is adequate.", "Inspectors concluded that it is good."
            + "|(?:their|our|the|inspectors'?)\\s+(?:conclusion|judgement|verdict)\\s+(?:is|was)\\b"
            + "|(?:inspectors|we)\\s+conclude[ds]?\\b)");

    /** The grades table's areas as a sentence of the grades section names them, one or several to a subject. */
    private static final List<AreaRule> GRADES_PROSE = List.of(
            AreaRule.of(Area.SAFEGUARDING, "safeguard"),
            AreaRule.of(Area.LOOKED_AFTER_CHILDREN, "looked after"),
            AreaRule.of(Area.LEARNING_DIFFICULTIES_AND_DISABILITIES, "learning difficult|disabilit"),
            AreaRule.of(Area.SERVICE_MANAGEMENT, "service management"),
            AreaRule.of(Area.CAPACITY_TO_IMPROVE, "capacity to improve"));
    /** The APA's two judgements as the introduction and Annex A cite them. */
    private static final List<AreaRule> APA = List.of(
            AreaRule.of(Area.CAPACITY_TO_IMPROVE, "capacity to improve"),
            AreaRule.of(Area.OVERALL, "children's services|services for children and young people|\\boverall\\b"));
    /** An annual performance assessment's prose: its overall judgement and capacity, then the outcomes it grades. */
    private static final List<AreaRule> APA_AND_OUTCOMES;

    /** The corporate assessment's paragraphs: overall, service management, then the five outcomes. */
    private static final List<AreaRule> CORPORATE_OVERALL = List.of(
            AreaRule.of(Area.OVERALL, "overall effectiveness|\\boverall contribution\\b"),
            // "Children's services in Hammersmith and Fulham are good overall", "The council's children's services are good".
            AreaRule.of(Area.OVERALL, "^(?:the\\s+)?(?:[\\w' -]{2,40}'s\\s+)?(?:children's services|services for children"
                    + "(?: and young people)?)(?:\\s+(?:in|of|provided by)\\s+[\\w' -]{2,40})?$"));
    /** What may follow a subject graded by "as is": the grade's number ("(grade 2)"). */
    private static final String GRADE_AFTER = "\\s*(?:\\(\\s*(?:grade\\s*)?[1-4]\\s*\\)\\s*)?";
    /** The corporate assessment's judgements of management, named at a sentence's start. */
    private static final List<AreaRule> CORPORATE_MANAGEMENT = List.of(
            AreaRule.of(Area.SERVICE_MANAGEMENT, "^(?:the\\s+)?(?:(?:council|authority)'s\\s+)?(?:service management"
                    // "Service management in Sandwell".
                    + "|management of (?:children's |these |its |the council's )?services(?: for children and young people)?)(?:\\s+in\\s+[\\w' -]{2,40})?"
                    + GRADE_AFTER + "$"),
            // "the capacity of council services to improve", "the capacity of the council's children's services to improve".
            AreaRule.of(Area.CAPACITY_TO_IMPROVE, "^(?:the\\s+)?(?:(?:council|authority|partnership)'s\\s+)?capacity\\s+"
                    + "(?:of\\s+(?:the\\s+)?(?:[\\w']+\\s+){0,3}?services\\s+)?(?:to improve|for improvement)(?:\\s+(?:them|it|further))*"
                    + GRADE_AFTER + "$"));
    private static final List<AreaRule> CORPORATE = List.of(
            AreaRule.of(Area.SERVICE_MANAGEMENT, "service management|management of services"),
            AreaRule.of(Area.CAPACITY_TO_IMPROVE, "capacity\\b.{0,40}\\bto improve"),
            AreaRule.of(Area.BEING_HEALTHY, "\\bhealth(?:y)?\\b|being healthy"),
            AreaRule.of(Area.STAYING_SAFE, "\\bsafe\\b|staying safe"),
            AreaRule.of(Area.ENJOYING_AND_ACHIEVING, "\\benjoy"),
            AreaRule.of(Area.POSITIVE_CONTRIBUTION,
                    "positive contribution|\\bcontribut\\w*\\b[^.]{0,60}?\\bto (?:society|the (?:wider )?community|their communit)"),
            AreaRule.of(Area.ECONOMIC_WELL_BEING, "economic well-?being"));

    static {
        List<AreaRule> rules = new ArrayList<>(APA);
        CORPORATE.stream().filter(r -> r.area() != Area.SERVICE_MANAGEMENT && r.area() != Area.CAPACITY_TO_IMPROVE)
                .forEach(rules::add);
        APA_AND_OUTCOMES = List.copyOf(rules);
    }

    @Override
    public ReportKind kind() {
        return ReportKind.JOINT_AREA_REVIEW;
    }

    @Override
    public boolean recognises(Document document) {
        return titled(document);
    }

    /** A review is known by its title page alone ("Joint area review ... Children's Services Authority Area"). */
    @Override
    public boolean titled(Document document) {
        return document.blocks().stream().limit(40).flatMap(b -> b.lines().stream())
                .anyMatch(line -> Document.normalisedStartsWith(line, "joint")
                        && TITLE.matcher(Document.normalise(line)).matches());
    }

    @Override
    public Report read(Document doc, AuthorityRegister register) throws ExtractionException {
        List<Block> blocks = splitAtHeadings(doc.blocks());
        Set<String> runningHeaders = runningHeaders(blocks);
        Map<Block, GradesRow> gridRows = markedGridRows(blocks);
        LocalDate published = null;
        String reference = null;
        String authorityText = null;
        Set<String> inspectorates = new LinkedHashSet<>();
        for (Block b : blocks.subList(0, Math.min(blocks.size(), 60))) {
            Matcher p = PUBLISHED.matcher(b.text());
            if (published == null && p.find()) {
                published = Dates.parse(p).orElse(null);
            }
            Matcher r = REFERENCE.matcher(b.text());
            if (reference == null && r.find()) {
                reference = r.group(1);
            }
            for (MappedText line : b.lines()) {
                if (authorityText == null) {
                    String quoted = Document.quote(line);
                    if (AUTHORITY_LINE.matcher(quoted).matches()) {
                        authorityText = quoted;
                    }
                }
                Inspectorates.named(line).ifPresent(inspectorates::add);
            }
        }
        if (published == null) {
            throw new ExtractionException("joint area review with no publication date (\"Published: 6 May 2008\")");
        }
        List<String> authorityWarnings = new ArrayList<>();
        Authority authority = resolveAuthority(register, authorityText, reference, published, authorityWarnings);

        JudgementCollector judgements = new JudgementCollector();
        Statements statements = new Statements(doc, published);
        ServiceStatements services = new ServiceStatements(doc);
        List<Statistic> figures = new ArrayList<>();
        Set<Area> gradesRows = new LinkedHashSet<>();
        Section section = Section.FRONT;
        // The sections with text of their own so far (not only a line of the contents).
        Set<Section> written = EnumSet.noneOf(Section.class);
        Optional<Area> sectionArea = Optional.empty();
        String sectionHeading = "";
        boolean sectionJudged = false;
        boolean investigations = false;
        List<Area> investigated = new ArrayList<>();
        List<MappedText> mainFindingSentences = new ArrayList<>();
        // The areas of the sections under the additional investigations, known topics ("young carers") among them.
        List<Area> investigationSections = new ArrayList<>();
        Map<Area, List<MappedText>> sectionSentences = new HashMap<>();
        List<GradesRow> unknownRows = new ArrayList<>();
        // Where the service management heading's section began, in tables read: a table of its own under it
        // makes the capacity to improve section's table that area's, not service management's.
        int tablesBeforeServiceManagement = -1;
        Area serviceManagementTables = Area.SERVICE_MANAGEMENT;
        String figuresLeadIn = "";
        Figures.TableOfFigures contextTable = new Figures.TableOfFigures();
        Optional<Block> pendingGradesLabel = Optional.empty();
        for (int i = 0; i < blocks.size(); i++) {
            // pdftotext without -layout sets a table row's label and its grade on lines of their own.
            boolean cutRow = (section == Section.GRADES || GRADED_TABLE_SECTIONS.contains(section))
                    && i + 1 < blocks.size() && isCutRow(blocks.get(i), blocks.get(i + 1));
            Block b = cutRow ? joined(blocks.get(i), blocks.get(i + 1)) : blocks.get(i);
            // The block before, whose row a row of grades may stand under.
            Block previous = i > 0 ? blocks.get(i - 1) : null;
            if (cutRow) {
                i++;
            }
            // pdftotext without -layout can set a grades table's header cell ("Local services overall") between a
            // row's label and its grade: the label stands alone, its grade ends the next block.
            if (section == Section.GRADES && pendingGradesLabel.isEmpty() && isLoneGradesLabel(b, gradesRows)) {
                pendingGradesLabel = Optional.of(b);
                continue;
            }
            if (pendingGradesLabel.isPresent()) {
                Block label = pendingGradesLabel.get();
                pendingGradesLabel = Optional.empty();
                MappedText last = b.lines().get(b.lines().size() - 1).strip();
                Optional<Grade> grade = b.kind() == Block.Kind.TABLE_ROW ? Optional.empty() : cellGrade(last);
                if (grade.isPresent()) {
                    Area area = AreaRule.first(GRADES_TABLE, Document.normalise(label.text())).get(0);
                    judgements.add(Assessment.JOINT_AREA_REVIEW, area, grade.get(), doc.evidence(label.text().join(" ", last)));
                    gradesRows.add(area);
                    continue;
                }
            }
            Optional<Section> heading = heading(b);
            if (heading.isEmpty() && KEYWORD_SECTIONS.contains(section) && isShortHeading(b)) {
                // Before the areas' own sections and the annexes, whose subheadings name outcomes and parts of
                // management, a heading of other words is the section its key word names.
                // One naming the section already being read is a table's header in it ("Timescale  Who should act
                // Recommendation"), not a new section.
                Section current = section;
                heading = headingByKeyword(b.text()).filter(h -> h != current);
            }
            Optional<Block> next = i + 1 < blocks.size() ? Optional.of(blocks.get(i + 1)) : Optional.empty();
            // "Recommendations arising from this section:": an area's own recommendations, at its end.
            boolean recommendationsLead = RECOMMENDATIONS_LEAD.matcher(Document.normalise(b.text()).strip()).matches();
            if (heading.isEmpty() && (KEYWORD_SECTIONS.contains(section) || recommendationsLead)
                    && section != Section.RECOMMENDATIONS && next.filter(JointAreaReviewReader::opensRecommendations).isPresent()) {
                if ((isShortHeading(b) || recommendationsLead) && !TIMESCALE_HEADING.matcher(Document.normalise(b.text())).matches()) {
                    // A heading of words none of those known ("Priorities for action"), whose section opens as
                    // recommendations do, with who should act: the recommendations.
                    heading = Optional.of(Section.RECOMMENDATIONS);
                } else if (b.kind() == Block.Kind.PARAGRAPH && b.lines().size() == 1
                        && TIMESCALE_HEADING.matcher(Document.normalise(b.text())).matches()) {
                    // Recommendations under their timescales with no heading of their own: the timescale starts them
                    // and is read as theirs.
                    section = Section.RECOMMENDATIONS;
                    statements.recommendationsBegin();
                    statements.newSection();
                }
            }
            boolean runningHeader = runningHeaders.contains(b.text().toString().strip());
            if (heading.isEmpty() && investigations && (section == Section.AREA || section == Section.INVESTIGATIONS)
                    && !runningHeader && isTopicHeading(b, next)) {
                heading = Optional.of(Section.AREA);
            }
            // "4. Effective key working" after "3. ...": an item of a numbered list, not a heading however short.
            boolean listed = b.kind() == Block.Kind.NUMBERED && previous != null && previous.kind() == Block.Kind.NUMBERED
                    && previous.number().orElse(-1) == b.number().orElse(0) - 1;
            if (heading.isEmpty() && AREAS_FOLLOW.contains(section) && !runningHeader && !listed && isUnknownHeading(b, next)) {
                // A heading in words none of those known ("Protecting children and young people from harm", "How well do
                // services help young people into work?"), whose section opens with a judgement: the section of an area,
                // by the words it uses for one, of service management, or else of an additional investigation.
                heading = Optional.of(MANAGING.matcher(Document.normalise(b.text())).find() ? Section.SERVICE_MANAGEMENT
                        : Section.AREA);
            }
            if (section == Section.RECOMMENDATIONS && heading.filter(AREA_SECTIONS::contains).isPresent()
                    && b.lines().size() == 1 && next.filter(n -> ADDRESSEE_LINE.matcher(Document.normalise(n.text()).strip())
                            .matches()).isPresent()) {
                // Recommendations grouped by area: "Safeguarding" over "The council should:" heads a group of them,
                // not the area's own section.
                heading = Optional.empty();
            }
            if (ANNEXES.contains(section) && heading.filter(h -> !ANNEXES.contains(h) && written.contains(h)).isPresent()) {
                // The annexes close a review: a heading within one of a section the review has written ("Summary of
                // judgements" over the corporate assessment's table) is the annex's own sub-heading. (A contents
                // list's "Annex A: ..." line comes before the sections it lists, which have no text yet.)
                heading = Optional.empty();
            }
            if (heading.filter(h -> h == Section.AREA).isPresent()
                    && areaOf(Document.quote(b.text()), investigations || section == Section.INVESTIGATIONS).isEmpty()) {
                // A heading's lead with its topic on lines after it ("An investigation into" alone): no section of its own.
                heading = Optional.empty();
            }
            if (heading.isPresent()) {
                section = heading.get();
                if (section == Section.RECOMMENDATIONS) {
                    statements.recommendationsBegin();
                }
                if (ANNEXES.contains(section)) {
                    // Reviews letter their annexes differently: what one holds is in its title, on its heading's
                    // line or the short line after it.
                    String title = b.text() + next.filter(n -> n.kind() != Block.Kind.NUMBERED && n.text().length() < 200)
                            .map(n -> " " + n.text()).orElse("");
                    section = annexByTitle(section, title);
                }
                sectionHeading = Document.quote(b.text());
                // "2. LOOKED AFTER CHILDREN AND YOUNG PEOPLE (ADEQUATE)": the section's grade in its heading.
                Matcher headingGrade = HEADING_GRADE.matcher(sectionHeading);
                Optional<Grade> gradeInHeading = headingGrade.find() ? Grade.fromWord(Optional.ofNullable(headingGrade.group(1))
                        .orElse(headingGrade.group(2))) : Optional.empty();
                if (gradeInHeading.isPresent()) {
                    sectionHeading = sectionHeading.substring(0, headingGrade.start()).strip();
                }
                investigations = section == Section.INVESTIGATIONS || (section == Section.AREA && investigations);
                sectionArea = section == Section.AREA ? areaOf(sectionHeading, investigations) : Optional.empty();
                if (gradeInHeading.isPresent() && sectionArea.isPresent()) {
                    judgements.add(Assessment.JOINT_AREA_REVIEW, sectionArea.get(), gradeInHeading.get(), doc.evidence(b.text()));
                }
                sectionArea.filter(Area::isAdditionalInvestigation).ifPresent(investigated::add);
                if (investigations) {
                    sectionArea.ifPresent(investigationSections::add);
                }
                if (section == Section.SERVICE_MANAGEMENT) {
                    boolean capacity = Document.normalise(b.text()).contains("capacity to improve");
                    if (!capacity) {
                        tablesBeforeServiceManagement = statements.tables;
                    }
                    serviceManagementTables = capacity && tablesBeforeServiceManagement >= 0
                            && statements.tables > tablesBeforeServiceManagement ? Area.CAPACITY_TO_IMPROVE
                            : Area.SERVICE_MANAGEMENT;
                }
                sectionJudged = false;
                statements.newSection();
                continue;
            }
            if (b.kind() == Block.Kind.TABLE_ROW || b.text().length() >= 40) {
                written.add(section);
            }
            Optional<MappedText> opening = b.kind() == Block.Kind.NUMBERED ? b.firstSentence() : Optional.empty();
            // A typeset table's lines read by position are its items, not prose.
            boolean prose = b.kind() != Block.Kind.TABLE_ROW && FIGURE_SECTIONS.contains(section) && !statements.readByPosition(b)
                    && !(GRADED_TABLE_SECTIONS.contains(section) && b.kind() == Block.Kind.PARAGRAPH && !flatRows(b.text()).isEmpty());
            if (section == Section.CONTEXT && b.kind() == Block.Kind.TABLE_ROW) {
                // The area's figures in a table ("Indicator | Liverpool | England").
                figures.addAll(contextTable.row(doc, b));
            } else {
                contextTable.end();
            }
            if (prose) {
                String lead = Figures.leadInOf(b, figuresLeadIn);
                b.sentences().forEach(s -> figures.addAll(Figures.in(doc, s, lead)));
                // What the review's prose says of kinds of service, wherever it says it (not in tables' items).
                if (b.kind() == Block.Kind.NUMBERED || (b.kind() == Block.Kind.PARAGRAPH && !statements.inFlatTable()
                        && !isTableHeader(b))) {
                    services.newParagraph();
                    b.sentences().forEach(services::read);
                }
            }
            // A list's items take what introduced it ("The area has:").
            figuresLeadIn = Figures.leadInAfter(b, figuresLeadIn);
            GradesRow marked = gridRows.get(b);
            if (marked != null) {
                // A row of a grid of grades, its grade marked under the grade's column.
                switch (section) {
                    case GRADES -> AreaRule.first(GRADES_TABLE, Document.normalise(marked.label())).forEach(a -> {
                        judgements.add(Assessment.JOINT_AREA_REVIEW, a, marked.grade(), doc.evidence(b.text()));
                        gradesRows.add(a);
                    });
                    case SERVICE_MANAGEMENT -> managementRow(doc, marked, judgements);
                    case ANNEX_A -> annexRow(doc, marked, Assessment.ANNUAL_PERFORMANCE_ASSESSMENT, judgements);
                    case ANNEX_B -> annexRow(doc, marked, Assessment.CORPORATE_ASSESSMENT, judgements);
                    default -> {
                    }
                }
                continue;
            }
            switch (section) {
                case GRADES -> gradesRows.addAll(gradesRows(doc, b, judgements, unknownRows));
                case INTRODUCTION -> {
                    for (MappedText s : b.sentences()) {
                        if (Document.normalise(s).contains("annual performance assessment")) {
                            addClauses(doc, s, Assessment.ANNUAL_PERFORMANCE_ASSESSMENT, APA, judgements);
                            serviceDelivered(doc, s, judgements);
                        }
                    }
                }
                case AREA, INVESTIGATIONS -> {
                    if (investigations && sectionArea.isPresent() && b.kind() != Block.Kind.TABLE_ROW) {
                        sectionSentences.computeIfAbsent(sectionArea.get(), a -> new ArrayList<>()).addAll(b.sentences());
                    }
                    // The section's judgement is its first sentence that grades: "Safeguarding arrangements are
                    // inadequate.", "The contribution of local services to ... is good."; looked for up to the
                    // first numbered paragraph.
                    if (!sectionJudged && sectionArea.isPresent() && b.kind() != Block.Kind.TABLE_ROW
                            && !isTableHeader(b)) {
                        // Its first sentence, or the second where the first only introduces it ("51. The partnership's
                        // work to reduce ... was a particular focus of the fieldwork. Inspectors judged its effectiveness
                        // to be good.").
                        List<MappedText> openingSentences = b.sentences().stream().limit(2).toList();
                        Optional<MappedText> first = Optional.empty();
                        List<GradedClause> clauses = List.of();
                        for (MappedText sentence : openingSentences) {
                            if (first.isPresent() && !GOES_ON.matcher(sentence).lookingAt()) {
                                break; // a second sentence judges the section only where it speaks of what the first did
                            }
                            clauses = GradedClause.parse(sentence);
                            first = Optional.of(sentence);
                            if (!clauses.isEmpty()) {
                                break;
                            }
                        }
                        if (!clauses.isEmpty()) {
                            judgements.add(Assessment.JOINT_AREA_REVIEW, sectionArea.get(), clauses.get(0).grade(),
                                    doc.evidence(first.get()));
                        }
                        sectionJudged = !clauses.isEmpty() || b.kind() == Block.Kind.NUMBERED;
                    }
                    statements.findingsTable(b, sectionArea, sectionHeading);
                }
                case SERVICE_MANAGEMENT -> {
                    if (b.kind() == Block.Kind.NUMBERED) {
                        // "59. Ambition is good. Prioritisation is adequate. ...": each sentence opening on a part.
                        b.sentences().forEach(s -> {
                            addClauses(doc, s, Assessment.JOINT_AREA_REVIEW, SERVICE_MANAGEMENT, judgements);
                            valueGiven(doc, s, judgements);
                        });
                    } else if (b.kind() == Block.Kind.TABLE_ROW) {
                        gradedRow(b).ifPresent(row -> managementRow(doc, row, judgements));
                    } else {
                        // A typeset table's rows run together: "Ambition 3 Prioritisation 2 ...".
                        flatRows(b.text()).forEach(row -> managementRow(doc, row, judgements));
                    }
                    statements.findingsTable(b, Optional.of(serviceManagementTables), sectionHeading);
                }
                case MAIN_FINDINGS -> {
                    if (!statements.urgentItem(b)) {
                        statements.mainFinding(b);
                        mainFindingSentences.addAll(b.sentences());
                        statements.urgentLead(b);
                    }
                }
                case RECOMMENDATIONS -> statements.recommendation(b);
                case ANNEX_A -> {
                    List<GradesRow> flat = b.kind() == Block.Kind.PARAGRAPH ? flatRows(b.text()) : List.of();
                    List<GradesRow> beneath = columnsGraded(previous, b);
                    if (!beneath.isEmpty()) {
                        beneath.forEach(row -> annexRow(doc, row, Assessment.ANNUAL_PERFORMANCE_ASSESSMENT, judgements));
                    } else if (b.kind() == Block.Kind.TABLE_ROW) {
                        gradedRow(b).ifPresent(row -> annexRow(doc, row, Assessment.ANNUAL_PERFORMANCE_ASSESSMENT,
                                judgements));
                    } else if (!flat.isEmpty()) {
                        flat.forEach(row -> annexRow(doc, row, Assessment.ANNUAL_PERFORMANCE_ASSESSMENT, judgements));
                    } else {
                        // "The council's overall effectiveness ... is judged to be adequate (grade 2). Its contribution
                        // to staying safe is adequate (grade 2). ...": each sentence of the letter's prose, or of a
                        // list's items ("Being healthy: the contribution of services is good (grade 3).").
                        b.sentences().forEach(s -> {
                            addClauses(doc, s, Assessment.ANNUAL_PERFORMANCE_ASSESSMENT, APA_AND_OUTCOMES, judgements);
                            serviceDelivered(doc, s, judgements);
                        });
                    }
                }
                case ANNEX_B -> {
                    List<GradesRow> beneath = columnsGraded(previous, b);
                    if (!beneath.isEmpty()) {
                        beneath.forEach(row -> annexRow(doc, row, Assessment.CORPORATE_ASSESSMENT, judgements));
                    } else if (b.kind() == Block.Kind.TABLE_ROW) {
                        gradedRow(b).ifPresent(row -> annexRow(doc, row, Assessment.CORPORATE_ASSESSMENT, judgements));
                    } else if (b.kind() == Block.Kind.PARAGRAPH) {
                        List<GradesRow> flat = flatRows(b.text());
                        if (!flat.isEmpty()) {
                            flat.forEach(row -> annexRow(doc, row, Assessment.CORPORATE_ASSESSMENT, judgements));
                        }
                    }
                    opening.ifPresent(s -> {
                        for (GradedClause c : GradedClause.parse(s)) {
                            String said = Document.quote(c.subject());
                            List<Area> overall = AreaRule.first(CORPORATE_OVERALL, said);
                            List<Area> outcomes = overall.isEmpty() ? AreaRule.all(CORPORATE, said) : overall;
                            // "The management of children's services is adequate, and ...": a paragraph may open on management.
                            List<Area> areas = outcomes.isEmpty() ? AreaRule.first(CORPORATE_MANAGEMENT, said.strip()) : outcomes;
                            areas.forEach(a -> judgements.add(Assessment.CORPORATE_ASSESSMENT, a, c.grade(), doc.evidence(s)));
                        }
                    });
                    // The paragraph's later sentences may go on with the overall judgements ("Service management is
                    // adequate and the council's capacity to improve is adequate."), not with an outcome's; so may a
                    // paragraph of its own under the annex's table.
                    if (b.kind() == Block.Kind.NUMBERED || b.kind() == Block.Kind.PARAGRAPH) {
                        b.sentences().stream().skip(opening.isPresent() ? 1 : 0).forEach(s -> addClauses(doc, s, Assessment.CORPORATE_ASSESSMENT,
                                CORPORATE_MANAGEMENT, judgements));
                    }
                }
                default -> {
                }
            }
        }
        statements.endRun();
        // Grades-table rows of the additional investigations: the topic whose heading they name.
        for (GradesRow row : unknownRows) {
            Optional<Area> named = Area.investigationOf(row.label());
            if (named.isEmpty()) {
                continue; // a label of no words names no topic
            }
            Area area = named.get();
            Area topic = investigated.stream().filter(a -> sameTopic(a, area)).findFirst().orElse(area);
            judgements.add(Assessment.JOINT_AREA_REVIEW, topic, row.grade(), doc.evidence(row.text()));
        }
        investigationsJudgedElsewhere(doc, investigationSections, sectionSentences, mainFindingSentences, judgements);
        List<String> warnings = new ArrayList<>();
        if (!judgements.has(Assessment.JOINT_AREA_REVIEW)) {
            throw new ExtractionException(gradesRows.isEmpty()
                    ? "joint area review with no grades table (\"Grades\" followed by rows such as \"Safeguarding  2\") "
                            + "and no section that states an area's grade"
                    : "joint area review with no graded judgements");
        }
        Set<Area> judged = reviewAreasJudged(judgements);
        if (gradesRows.isEmpty()) {
            // Some reviews give their grades only in each area's section ("Services for looked after children are
            // judged to be adequate").
            warnings.add("no grades table found: the areas' grades are those their sections state");
        }
        // A review whose grade of a main area is not found is kept with what was read, and says what is missing: a
        // reader who brings a review in a form not seen before gets its other facts, never a silent gap.
        List<String> missing = GRADES_TABLE.stream().map(AreaRule::area).filter(a -> !judged.contains(a))
                .map(Area::slug).toList();
        if (!missing.isEmpty()) {
            warnings.add("no grade read for " + String.join(", ", missing) + " (neither in a grades table nor in its "
                    + "section): the review is stored without it");
        }
        warnings.addAll(judgements.warnings());
        statements.codesLeft();
        warnings.addAll(statements.warnings);
        warnings.addAll(authorityWarnings);
        return new Report(ReportKind.JOINT_AREA_REVIEW, doc.source(), published, Optional.ofNullable(reference),
                authority, Optional.ofNullable(authorityText), Optional.empty(),
                Optional.empty(), new ArrayList<>(inspectorates), judgements.judgements(), statements.findings,
                statements.recommendations, statements.mainFindings, services.judgements(), Figures.followOn(figures),
                warnings);
    }

    /**
     * Whether the line at {@code at} is a grade alone ("2", "Good"; "3" then its word "Good"), not one step of a
     * scale set a line each ("Inadequate", "Adequate", ...).
     */
    private static boolean isLoneGrade(List<MappedText> lines, int at) {
        Optional<Grade> grade = at < lines.size() ? cellGrade(lines.get(at).strip()) : Optional.empty();
        Optional<Grade> next = at + 1 < lines.size() ? cellGrade(lines.get(at + 1).strip()) : Optional.empty();
        return grade.isPresent() && (next.isEmpty() || next.equals(grade));
    }

    /** A grades table's label on a line of its own, for an area the table has not graded yet: "Safeguarding". */
    private static boolean isLoneGradesLabel(Block b, Set<Area> graded) {
        if (b.kind() == Block.Kind.TABLE_ROW || b.kind() == Block.Kind.LIST_ITEM || b.lines().size() != 1) {
            return false;
        }
        List<Area> areas = AreaRule.first(GRADES_TABLE, Document.normalise(b.text()));
        return !areas.isEmpty() && !graded.contains(areas.get(0)) && !FLAT_GRADES_ROW.matcher(b.text()).find();
    }

    /** A table row's label and grade as two paragraphs: a short label of words, then the grade alone. */
    private static boolean isCutRow(Block label, Block grade) {
        String words = label.text().toString().strip();
        String value = grade.text().toString().strip();
        return label.kind() == Block.Kind.PARAGRAPH && grade.kind() == Block.Kind.PARAGRAPH && words.length() <= 80
                && words.codePoints().anyMatch(Character::isLetter) && words.codePoints().noneMatch(Character::isDigit)
                && !SENTENCE_END_TEXT.matcher(words).find()
                && cellGrade(value).isPresent();
    }

    private static final Pattern SENTENCE_END_TEXT = Pattern.compile("[.!?:]$");

    private static Block joined(Block label, Block grade) {
        List<MappedText> lines = new ArrayList<>(label.lines());
        lines.addAll(grade.lines());
        return new Block(Block.Kind.PARAGRAPH, Optional.empty(), label.text().join(" ", grade.text()), lines);
    }

    /** A row of a grades table: its label, its grade and its text. */
    private record GradesRow(String label, Grade grade, MappedText text) {
    }


    /** A mark in a grid's cell: a cross, a tick, a bullet or a star. */
    private static final Pattern GRID_MARK = Pattern.compile("(?i)^\\s*(?:x|\u2713|\u2714|\u2717|\u2718|\u25CF|\u2022|\\*|yes)\\s*$");

    /**
     * The rows of grids of grades: a header row whose cells name the grades ("| Inadequate | Adequate | Good |
     * Outstanding"), then rows of a label and one mark under the grade given. Each such row, by its block, as the
     * label and the grade its mark stands under.
     */
    private static Map<Block, GradesRow> markedGridRows(List<Block> blocks) {
        Map<Block, GradesRow> rows = new java.util.HashMap<>();
        List<Optional<Grade>> header = null;
        for (Block b : blocks) {
            if (b.kind() != Block.Kind.TABLE_ROW) {
                header = null;
                continue;
            }
            List<MappedText> cells = b.cells();
            List<Optional<Grade>> grades = cells.stream().map(JointAreaReviewReader::headerGrade).toList();
            long named = grades.stream().filter(Optional::isPresent).count();
            long filled = cells.stream().filter(c -> !c.isBlank()).count();
            // Every cell a grade, or all but the first (the column of the areas: "Area of the review").
            if (named >= 3 && (named == filled || named == filled - 1 && grades.get(0).isEmpty())) {
                header = grades;
                continue;
            }
            if (header == null || cells.isEmpty() || cells.get(0).isBlank()) {
                continue;
            }
            List<Integer> marks = new ArrayList<>();
            for (int i = 1; i < cells.size(); i++) {
                if (GRID_MARK.matcher(cells.get(i)).matches()) {
                    marks.add(i);
                }
            }
            if (marks.size() == 1 && marks.get(0) < header.size() && header.get(marks.get(0)).isPresent()
                    && filled == 2) {
                rows.put(b, new GradesRow(Document.quote(cells.get(0)), header.get(marks.get(0)).get(), b.text()));
            }
        }
        return rows;
    }

    /** "Good", "3 Good", "Good (3)", "Grade 3: good": a grid's column heading naming a grade, its number agreeing. */
    private static Optional<Grade> headerGrade(MappedText cell) {
        Matcher m = HEADER_GRADE.matcher(Document.normalise(cell).strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String number = m.group(1) != null ? m.group(1) : m.group(3);
        Optional<Grade> word = Grade.fromWord(m.group(2));
        return word.filter(g -> number == null || g.value() == Integer.parseInt(number));
    }

    private static final Pattern HEADER_GRADE = Pattern.compile("(?i)^(?:grade\\s*)?(?:([1-4])\\s*[-:.\u2013]?\\s*)?"
            + "(outstanding|good|adequate|satisfactory|inadequate)(?:\\s*\\(\\s*(?:grade\\s*)?([1-4])\\s*\\))?$");

    /** A cell saying how a grade changed since the last assessment: "Unchanged", "Lower (APA: 2)", "Improved". */
    private static final Pattern CHANGE_CELL = Pattern.compile("(?i)^(?:unchanged|no change|the same|same|similar|higher"
            + "|lower|improved|improving|declined|worse|better|up|down|new)\\b.{0,30}$");

    /**
     * A row of grades under a row of what they grade, column by column ("| Being healthy | Staying safe | ..." over "Grade |
     * 3 - good | 3 - good | ..."): each column's label and grade, where three or more columns give both; empty otherwise.
     */
    private static List<GradesRow> columnsGraded(Block header, Block row) {
        if (header == null || header.kind() != Block.Kind.TABLE_ROW || row.kind() != Block.Kind.TABLE_ROW) {
            return List.of();
        }
        List<MappedText> labels = header.cells();
        List<MappedText> grades = row.cells();
        List<GradesRow> out = new ArrayList<>();
        for (int i = 0; i < Math.min(labels.size(), grades.size()); i++) {
            String label = labels.get(i).toString().strip();
            Optional<Grade> grade = cellGrade(grades.get(i));
            if (grade.isPresent() && !label.isEmpty() && cellGrade(label).isEmpty()) {
                out.add(new GradesRow(Document.quote(labels.get(i)), grade.get(), labels.get(i).join(" ", grades.get(i))));
            } else if (grade.isEmpty() && i > 0 && !grades.get(i).isBlank()) {
                return List.of(); // a cell of other words: not a row of grades
            }
        }
        return out.size() >= 3 ? out : List.of();
    }

    /** A table row of a label and a grade, in digits ("2") or words ("Good"), with the label first. */
    private static Optional<GradesRow> gradedRow(Block b) {
        List<MappedText> filled = b.cells().stream().filter(c -> c.length() > 0).toList();
        // A column of the paragraphs that say more is not the grade's: "Ambition | Good | 66".
        // Or the grade twice, as a number and as a word: "Safeguarding | 2 | Adequate".
        boolean gradeTwice = filled.size() == 3 && cellGrade(filled.get(1)).isPresent()
                && cellGrade(filled.get(1)).equals(cellGrade(filled.get(2)));
        // Or a column of the change since the last assessment: "Staying safe | 1 | Lower (APA: 2)".
        List<MappedText> cells = filled.size() == 3 && cellGrade(filled.get(1)).isPresent()
                && (gradeTwice || Statements.REFERENCE_CELL.matcher(filled.get(2).toString().strip()).matches()
                        || CHANGE_CELL.matcher(Document.normalise(filled.get(2)).strip()).matches())
                ? filled.subList(0, 2) : filled;
        if (cells.size() != 2) {
            return Optional.empty();
        }
        // The label and its grade, or the grade first ("Good | Being healthy"), as some tables set them.
        return cellGrade(cells.get(1)).map(g -> new GradesRow(Document.quote(cells.get(0)), g, b.text()))
                .or(() -> cellGrade(cells.get(0)).filter(g -> cellGrade(cells.get(1)).isEmpty())
                        .map(g -> new GradesRow(Document.quote(cells.get(1)), g, b.text())));
    }

    /** A grade cell: "2", "Grade 2", "2 (adequate)", "Good", "Good (3)", "Good \u2013 grade 3". */
    private static final Pattern GRADE_VALUE = Pattern.compile("(?i)^(?:grade\\s*)?([1-4])(?:(?:\\s*[(:\\-\u2013]\\s*|\\s+)"
            + "(?:outstanding|good|adequate|inadequate)\\s*\\)?)?\\.?$"
            + "|^(outstanding|good|adequate|inadequate)(?:\\s*(?:\\(|[:,\\-\u2013\u2014])\\s*(?:grade\\s*)?([1-4])\\s*\\)?)?\\.?$");

    /**
     * A cell that gives a grade in the annual performance assessment's words for its levels: a service that "delivers well
     * above minimum requirements" (4), "consistently delivers above" them (3), "delivers only" them (2), "does not deliver"
     * them (1).
     */
    private static final Pattern APA_LEVEL = Pattern.compile("(?i)^(?:an? (?:service|council) that )?(?:(?:consistently )?"
            + "(?:delivers?|delivering)\\s+(well above|(?:consistently )?above|only)|(does not|do not|fails? to) deliver)"
            + "\\s+(?:the\\s+)?minimum requirements(?: for users)?\\.?$");

    private static Optional<Grade> cellGrade(CharSequence cell) {
        Matcher m = GRADE_VALUE.matcher(Document.normalise(cell).strip());
        if (!m.matches()) {
            Matcher apa = APA_LEVEL.matcher(Document.normalise(cell).strip());
            if (!apa.matches()) {
                return Optional.empty();
            }
            String level = apa.group(1) == null ? "" : apa.group(1).toLowerCase(java.util.Locale.ROOT);
            return Optional.of(Grade.judgement(apa.group(2) != null ? 1 : level.startsWith("well") ? 4 : level.equals("only") ? 2 : 3));
        }
        String number = m.group(1) != null ? m.group(1) : m.group(3);
        return number != null ? Optional.of(Grade.judgement(Integer.parseInt(number))) : Grade.fromWord(m.group(2));
    }

    /** A grade closing a section's heading: "(ADEQUATE)", "- good", ": Outstanding". */
    private static final Pattern HEADING_GRADE = Pattern.compile("(?i)\\s*(?:\\(\\s*(outstanding|good|adequate|inadequate)\\s*\\)"
            + "|[:\u2013\u2014-]\\s*(outstanding|good|adequate|inadequate))\\s*$");

    /** A row of the service management table ("Ambition | Good"): the part of management it grades, if any. */
    private static void managementRow(Document doc, GradesRow row, JudgementCollector judgements) {
        AreaRule.first(SERVICE_MANAGEMENT, row.label()).forEach(a -> judgements.add(Assessment.JOINT_AREA_REVIEW, a,
                row.grade(), doc.evidence(row.text())));
    }

    /** A row of an annex's table of an assessment's judgements: overall, capacity to improve, service management or an outcome. */
    private static void annexRow(Document doc, GradesRow row, Assessment assessment, JudgementCollector judgements) {
        String label = Document.normalise(row.label());
        List<Area> overall = AreaRule.first(CORPORATE_OVERALL, label);
        List<Area> areas = overall.isEmpty() ? AreaRule.first(CORPORATE, label) : overall;
        areas.forEach(a -> judgements.add(assessment, a, row.grade(), doc.evidence(row.text())));
    }

    /** A label of words and its grade, run together with others as a typeset table's text gives its rows. */
    private static final Pattern FLAT_ROW = Pattern.compile("(?i)\\b((?:[a-z][\\w'\u2019/,-]*\\s+){1,14}?)([1-4]|outstanding|good"
            // or the annual performance assessment's words for its level: "Being healthy Consistently delivers above ...".
            + "|adequate|inadequate|(?:consistently\\s+)?delivers\\s+(?:well\\s+above|above|only)\\s+minimum\\s+requirements"
            + "|does\\s+not\\s+deliver\\s+minimum\\s+requirements)(?:\\s*\\((?:outstanding|good|adequate|inadequate|(?:grade\\s*)?[1-4])\\)"
            + "|\\s*[-:\\u2013]\\s*(?:outstanding|good|adequate|inadequate)"
            // the grade twice, its number's column then its word's: "Being healthy 2 Adequate"
            + "|(?<=[1-4])\\s+(?:outstanding|good|adequate|inadequate))?(?=\\s|$)(?![.\\d])"
            // a column of the paragraphs that say more: "Ambition Good 66", "Capacity Adequate 68-69"
            + "(?:\\s+\\d{1,3}(?:\\s*[\\u2013-]\\s*\\d{1,3})?(?=\\s|$)(?![.\\d]))?"
            // or of the change since the last assessment: "Staying safe 1 Lower (APA: 2)", "Being healthy 3 Unchanged"
            + "(?:\\s+(?:unchanged|no change|the same|higher|lower|improved|declined|better|worse)\\b"
            + "(?:\\s*\\([\\w ]{1,20}:?\\s*[1-4]\\))?)?");
    private static final Pattern TABLE_HEAD = Pattern.compile("(?i)^(?:(?:area of )?judgements?|aspects?(?: of [\\w ]{1,40}?)?)"
            + "\\s+(?:grades?|judgements?)(?:\\s+(?:paragraphs?|paras?\\.?|references?))?\\s+");

    /**
     * The rows of a table whose rows run together in one paragraph ("Being healthy 2 Staying safe 2 ..."),
     * or stand one to a paragraph: none unless they are the whole paragraph (a sentence is no row).
     */
    private static List<GradesRow> flatRows(MappedText text) {
        List<GradesRow> rows = new ArrayList<>();
        Matcher m = FLAT_ROW.matcher(text);
        StringBuilder uncovered = new StringBuilder();
        int previousEnd = 0;
        int first = -1;
        while (m.find()) {
            if (first >= 0) {
                uncovered.append(text, previousEnd, m.start());
            }
            previousEnd = m.end();
            first = first < 0 ? m.start() : first;
            String label = TABLE_HEAD.matcher(m.group(1).strip()).replaceFirst("");
            flatGrade(m.group(2)).ifPresent(g -> rows.add(new GradesRow(label, g, text.slice(m.start(), m.end()))));
        }
        // Before the rows may stand the table's title and header ("CORPORATE ASSESSMENT ... Area of judgement Grade").
        String lead = first < 0 ? "" : text.toString().substring(0, first);
        boolean title = lead.indexOf('.') < 0 && lead.length() < 200;
        uncovered.append(text, previousEnd, text.length());
        return rows.isEmpty() || !title || uncovered.toString().strip().length() > 2 ? gradeFirstRows(text) : rows;
    }

    /** A run-together row's grade: a digit of the review's scale or a grade word. */
    private static Optional<Grade> flatGrade(String value) {
        return value.length() == 1 ? Optional.of(Grade.judgement(Integer.parseInt(value)))
                : Grade.fromWord(value).or(() -> cellGrade(value));
    }

    /** A grade and the label after it, as a table with its grade column first runs together: "Good Being healthy". */
    private static final Pattern GRADE_FIRST_ROW = Pattern.compile("(?i)\\b([1-4]|outstanding|good|adequate|inadequate)\\s+"
            + "((?:(?!(?:outstanding|good|adequate|inadequate)\\b)[a-z][\\w'\u2019/,-]*(?:\\s+|$)){1,14})");

    /**
     * The rows of a table with the grade first run together ("Good Overall effectiveness Good Being healthy ..."): none
     * unless they are the whole paragraph but its title and header, and at least two.
     */
    private static List<GradesRow> gradeFirstRows(MappedText text) {
        List<GradesRow> rows = new ArrayList<>();
        Matcher m = GRADE_FIRST_ROW.matcher(text);
        int previousEnd = -1;
        while (m.find()) {
            // Before the rows may stand the table's title and header, as before a table with the label first.
            String before = text.toString().substring(Math.max(previousEnd, 0), m.start());
            if (previousEnd < 0 ? before.indexOf('.') >= 0 || before.length() >= 200 : !before.isBlank()) {
                return List.of();
            }
            previousEnd = m.end();
            MappedText row = text.slice(m.start(), m.end());
            flatGrade(m.group(1)).ifPresent(g -> rows.add(new GradesRow(m.group(2).strip(), g, row)));
        }
        return rows.size() < 2 || !text.toString().substring(previousEnd).isBlank() ? List.of() : rows;
    }

    /**
     * An additional investigation whose section does not open on its grade takes the one a later sentence of the section
     * gives it ("Overall, services for young carers are adequate."), or else the main findings': the graded sentence whose
     * subject holds the words of its heading ("The contribution of services to the emotional health and well-being of
     * children and young people is adequate").
     */
    private static void investigationsJudgedElsewhere(Document doc, List<Area> investigated, Map<Area, List<MappedText>> own,
            List<MappedText> mainFindings, JudgementCollector judgements) {
        Set<Area> judged = reviewAreasJudged(judgements);
        for (Area topic : investigated) {
            if (judged.contains(topic)) {
                continue;
            }
            Set<String> words = topicWords(topic.slug());
            List<MappedText> sentences = new ArrayList<>(own.getOrDefault(topic, List.of()));
            sentences.addAll(mainFindings);
            for (MappedText sentence : sentences) {
                Optional<GradedClause> naming = GradedClause.parse(sentence).stream().filter(c -> {
                    Set<String> said = Area.investigationOf(c.subject()).map(a -> topicWords(a.slug())).orElse(Set.of());
                    // One word of its own ("carers") is enough where the subject names none of the review's own areas.
                    return !words.isEmpty() && said.containsAll(words)
                            && (words.size() >= 2 || AreaRule.first(MAIN_FINDING_AREAS, c.subject()).stream().allMatch(topic::equals));
                }).findFirst();
                if (naming.isPresent()) {
                    judgements.add(Assessment.JOINT_AREA_REVIEW, topic, naming.get().grade(), doc.evidence(sentence));
                    break;
                }
            }
        }
    }

    /** The areas the review's own judgements grade so far. */
    private static Set<Area> reviewAreasJudged(JudgementCollector judgements) {
        return judgements.judgements().stream().filter(j -> j.assessment() == Assessment.JOINT_AREA_REVIEW)
                .map(j -> j.area()).collect(java.util.stream.Collectors.toSet());
    }

    /** The words of a slug that say what it is about: not "of", "the", "and" nor the words every topic shares. */
    private static Set<String> topicWords(String slug) {
        Set<String> words = new HashSet<>(List.of(slug.split("-")));
        words.removeAll(Set.of("of", "the", "and", "for", "in", "to", "on", "a", "an", "by", "with", "services", "service",
                "children", "young", "people", "contribution", "effectiveness", "impact", "local"));
        return words;
    }

    /** The words an investigation's heading or grades-table row shares with another's slug: one topic. */
    private static boolean sameTopic(Area investigated, Area row) {
        return investigated.slug().equals(row.slug()) || investigated.slug().contains(row.slug())
                || row.slug().contains(investigated.slug()) || sharesStems(row.slug(), investigated.slug());
    }

    /**
     * Whether every word of a row's topic (two or more) stands in the heading's, by the word's first five letters: a
     * grades table may name a topic in another form of its words ("Reducing the number of young people not in ..."
     * for "Services to reduce the number of young people not in ...").
     */
    private static boolean sharesStems(String rowSlug, String headingSlug) {
        Set<String> row = stems(topicWords(rowSlug));
        return row.size() >= 2 && stems(topicWords(headingSlug)).containsAll(row);
    }

    private static Set<String> stems(Set<String> words) {
        return words.stream().map(w -> w.length() > 5 ? w.substring(0, 5) : w).collect(java.util.stream.Collectors.toSet());
    }

    /** The known additional investigations, named in a heading. */
    private static final List<AreaRule> KNOWN_INVESTIGATIONS = List.of(
            AreaRule.of(Area.SUBSTANCE_MISUSE, "substance misuse"),
            AreaRule.of(Area.NARROWING_THE_GAP, "narrowing the gap|least effective"),
            AreaRule.of(Area.YOUNG_CARERS, "young carers"));
    private static final Pattern INVESTIGATION_LEAD = Pattern.compile("(?i)^(?:an?\\s+)?(?:additional\\s+)?investigation");

    /**
     * The area a section heading names: one of the review's standing areas, or (among the additional
     * investigations, or headed "An investigation into ...") a topic, known or minted from the heading.
     */
    private static Optional<Area> areaOf(String heading, boolean investigation) {
        boolean topic = investigation || INVESTIGATION_LEAD.matcher(heading).find();
        List<AreaRule> rules = topic ? KNOWN_INVESTIGATIONS : REVIEW_AREAS;
        return AreaRule.first(rules, heading).stream().findFirst().or(() -> Area.investigationOf(heading));
    }

    private static final Pattern TOPIC_HEADING_END = Pattern.compile("[.;:,]$");

    /** The sections after which the areas' sections come, one after another. */
    private static final Set<Section> AREAS_FOLLOW = EnumSet.of(Section.EQUALITY, Section.AREA, Section.INVESTIGATIONS);

    /** A heading's words for the management of services: "Leading and managing services", "Leadership and management". */
    private static final Pattern MANAGING = Pattern.compile("\\bleading and managing\\b|\\bleadership,? (?:and )?management\\b"
            + "|\\bmanag(?:ement|ing) (?:of )?(?:the )?services\\b|\\bservice management\\b");

    /**
     * One-line paragraphs the text repeats as page furniture, where its page breaks were not marked: a line with a
     * figure in it ("Leeds joint area review  January 2009") met twice, or any line met three times.
     */
    private static Set<String> runningHeaders(List<Block> blocks) {
        Map<String, Integer> seen = new HashMap<>();
        for (Block b : blocks) {
            if (b.kind() == Block.Kind.PARAGRAPH && b.lines().size() == 1) {
                seen.merge(b.text().toString().strip(), 1, Integer::sum);
            }
        }
        Set<String> repeated = new HashSet<>();
        seen.forEach((line, times) -> {
            if (times >= 3 || (times == 2 && line.chars().anyMatch(Character::isDigit))) {
                repeated.add(line);
            }
        });
        return repeated;
    }

    /**
     * A heading of words not known: one short line (a paragraph, or numbered as sections are), ending no sentence
     * (a question may), followed by a paragraph whose first sentence states a grade.
     */
    private static boolean isUnknownHeading(Block b, Optional<Block> next) {
        String text = b.text().toString().strip();
        // One line, or two where a long heading wraps ("How well do services help young people aged 16 to 19 into" /
        // "education, employment or training?").
        String second = b.lines().size() == 2 ? b.lines().get(1).strip().toString() : "";
        boolean wrapped = !second.isEmpty() && Character.isLowerCase(second.codePointAt(0));
        if ((b.kind() != Block.Kind.PARAGRAPH && b.kind() != Block.Kind.NUMBERED) || (b.lines().size() > 1 && !wrapped)
                || isGradeScale(text)
                || text.length() > 120 || text.length() < 8 || TOPIC_HEADING_END.matcher(text).find() || text.endsWith(".")
                || isTableHeader(b) || text.split("\\s+").length < 2 || !Character.isUpperCase(text.codePointAt(0))) {
            return false;
        }
        return next.filter(n -> (n.kind() == Block.Kind.PARAGRAPH || n.kind() == Block.Kind.NUMBERED)
                && n.firstSentence().map(GradedClause::parse).map(c -> !c.isEmpty()).orElse(false)
                // or its findings table, the judgement after it
                || isTableHeader(n)).isPresent();
    }

    /** The grade scale a review sets under an area's heading, its grade marked by shading: "Inadequate Adequate Good Outstanding". */
    private static final Pattern GRADE_SCALE = Pattern.compile("(?i)^(?:(?:inadequate|adequate|good|outstanding|[1-4])[\\s|/,]*"
            // each level with its box, ticked or not: "Inadequate [X]  Adequate [ ]"
            + "(?:(?:\\[\\s*[x\u2713\u2714*]?\\s*\\]|\\(\\s*[x\u2713\u2714*]?\\s*\\)|[\u2610\u2611\u2612\u2713\u2714])[\\s|/,]*)?){3,}$");

    private static boolean isGradeScale(String text) {
        return GRADE_SCALE.matcher(text).matches();
    }

    /**
     * Whether a block heads one of the additional investigations: a short paragraph that ends no sentence,
     * is not a table's header nor a lone grade word, and is followed by a numbered paragraph or a sentence
     * that grades ("Services for children and young people at risk of offending" then "56. The
     * contribution of local services ... is good.").
     */
    private static boolean isTopicHeading(Block b, Optional<Block> next) {
        String text = b.text().toString().strip();
        if (b.kind() != Block.Kind.PARAGRAPH || text.length() > 200 || text.length() < 8 || isGradeScale(text)
                || TOPIC_HEADING_END.matcher(text).find() || isTableHeader(b) || text.split("\\s+").length < 2
                || !Character.isUpperCase(text.codePointAt(0))) {
            return false;
        }
        return next.filter(n -> n.kind() == Block.Kind.NUMBERED
                || (n.kind() == Block.Kind.PARAGRAPH && n.firstSentence().map(GradedClause::parse).map(c -> !c.isEmpty())
                        .orElse(false))).isPresent();
    }

    /** "Major strengths", "Important weaknesses", or both on one line: a findings table's header. */
    private static boolean isTableHeader(Block b) {
        if (!HEADER_START.matcher(b.text()).lookingAt()) {
            return false;
        }
        String t = Document.normalise(b.text());
        return STRENGTHS.matcher(t).matches() || WEAKNESSES.matcher(t).matches() || isColumnsHeader(t);
    }

    private static Authority resolveAuthority(AuthorityRegister register, String name, String reference, LocalDate published,
            List<String> warnings)
            throws ExtractionException {
        Optional<Authority> byName = name == null ? Optional.empty() : register.resolve(name, published, warnings);
        Optional<Authority> byReference = reference == null ? Optional.empty() : register.byLaCode(reference, published);
        if (byName.isPresent() && byReference.isPresent() && !byName.equals(byReference)) {
            throw new ExtractionException("the review names \"" + name + "\" (" + byName.get().name()
                    + ") but its reference no. " + reference + " is " + byReference.get().name());
        }
        if (byName.isPresent()) {
            return byName.get();
        }
        if (name != null) {
            throw new ExtractionException("no authority of the register matches \"" + name + "\"");
        }
        return byReference.orElseThrow(() -> new ExtractionException(
                "joint area review names no authority (no \"... Children's Services Authority Area\" line"
                        + (reference == null ? " and no reference no.)" : " and reference no. " + reference
                        + " is no authority's DfE number)")));
    }

    /**
     * Blocks with each section heading a block of its own. A typeset page may set a heading in body type
     * with no gap under (or over) it, so its line runs into the paragraph or table next to it
     * ("... Capacity to improve 3 / RECOMMENDATIONS"); a line that is a heading is cut out of its block.
     */
    private static List<Block> splitAtHeadings(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b.kind() == Block.Kind.TABLE_ROW || b.lines().size() < 2) {
                out.add(b);
                continue;
            }
            // Where each line after the first starts a block of its own: a heading, or a findings table's header.
            List<Integer> cuts = new ArrayList<>();
            for (int i = 1; i < b.lines().size(); i++) {
                MappedText line = b.lines().get(i).strip();
                if (line.isEmpty() || Character.isLowerCase(line.charAt(0))) {
                    continue; // a line opening in lower case goes on with the one before (a heading's second line)
                }
                // A table row's label with its grade on the next line ("Safeguarding", "2") is no heading; a heading
                // over the scale of grades ("Inadequate", "Adequate", "Good", "Outstanding", a line each) is.
                boolean gradeNext = isLoneGrade(b.lines(), i + 1);
                boolean heading = isCutLine(line) && !gradeNext;
                MappedText previous = b.lines().get(i - 1).strip();
                // A heading set in capitals may wrap onto a second line of capitals ("... OF BLACK CARIBBEAN" / "HERITAGE").
                boolean capitalsGoOn = !heading && isInCapitals(previous) && isInCapitals(line);
                boolean previousHeading = isCutLine(previous) && !isLoneGrade(b.lines(), i) && !capitalsGoOn;
                if (heading || previousHeading || (HEADER_START.matcher(line).lookingAt()
                        && isColumnsHeader(Document.normalise(line)))) {
                    cuts.add(i);
                }
            }
            if (cuts.isEmpty()) {
                out.add(b);
                continue;
            }
            cuts.add(b.lines().size());
            // The first part keeps the block's kind and number: its text is the block's, less what the rest holds.
            int restLength = -1;
            for (int i = cuts.get(0); i < b.lines().size(); i++) {
                restLength += b.lines().get(i).strip().length() + 1;
            }
            MappedText firstText = b.text().slice(0, Math.max(0, b.text().length() - restLength - 1)).strip();
            out.add(new Block(b.kind(), b.number(), firstText, b.lines().subList(0, cuts.get(0))));
            for (int c = 0; c + 1 < cuts.size(); c++) {
                out.add(paragraph(b.lines().subList(cuts.get(c), cuts.get(c + 1))));
            }
        }
        return out;
    }

    /** Whether a line's letters are all capitals, as some reviews set their headings. */
    private static boolean isInCapitals(CharSequence line) {
        return line.codePoints().anyMatch(Character::isLetter)
                && line.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /**
     * A line that is a block of its own: a section heading, a recommendations timescale or addressee, a
     * strengths and weaknesses table's column header standing alone (pdftotext sets the columns one after the other).
     */
    private static boolean isCutLine(MappedText line) {
        // A heading opens on a capital or a number; a line opening in lower case goes on with the one before it.
        if (line.length() > 120 || line.isEmpty() || Character.isLowerCase(line.charAt(0))) {
            return false;
        }
        String text = Document.normalise(line);
        return headingOf(line).isPresent() || TIMESCALE_HEADING.matcher(text).matches() || ADDRESSEE_LINE.matcher(text).matches()
                || STRENGTHS.matcher(text).matches() || WEAKNESSES.matcher(text).matches();
    }

    private static Block paragraph(List<MappedText> lines) {
        MappedText text = lines.get(0).strip();
        for (MappedText l : lines.subList(1, lines.size())) {
            text = text.join(" ", l.strip());
        }
        return new Block(Block.Kind.PARAGRAPH, Optional.empty(), text, lines);
    }

    private static Optional<Section> heading(Block b) {
        // Headings are short, but an investigation's title can run to a few lines; none ends a sentence.
        if (b.kind() == Block.Kind.TABLE_ROW || b.kind() == Block.Kind.LIST_ITEM || b.text().length() > 400
                || (b.text().length() > 200 && b.text().toString().strip().endsWith("."))) {
            return Optional.empty();
        }
        return headingOf(b.text());
    }

    /**
     * A block set as a heading: one line of a paragraph, of a few words, ending no sentence and introducing no
     * list; its words in capitals or opening on a capital.
     */
    /** The sections of the areas judged, whose headings may also head recommendations grouped by area. */
    private static final Set<Section> AREA_SECTIONS = EnumSet.of(Section.AREA, Section.INVESTIGATIONS, Section.SERVICE_MANAGEMENT);

    private static boolean isShortHeading(Block b) {
        String t = b.text().toString().strip();
        return b.kind() == Block.Kind.PARAGRAPH && b.lines().size() == 1 && !t.isEmpty() && t.length() <= 90
                && t.split("\\s+").length <= 10 && !SENTENCE_END_TEXT.matcher(t).find()
                && !CONTENTS_LINE.matcher(Document.normalise(t)).matches() && !t.contains("\t")
                && Character.isUpperCase(t.codePointAt(0));
    }

    /**
     * Whether a block opens as recommendations do: a line naming who should act ("The council and its partners
     * should:"), or a recommendation naming them inline ("Within six months, the primary care trust should ensure ...").
     */
    private static boolean opensRecommendations(Block b) {
        String first = Document.normalise(b.lines().get(0)).strip();
        return ADDRESSEE_LINE.matcher(first).matches() || (b.kind() != Block.Kind.TABLE_ROW
                && ADDRESSEE_INLINE.matcher(b.text()).lookingAt());
    }

    /**
     * The section a heading names by its words where its wording is none of those known ("What the partners
     * must do", "Grades awarded", "Safeguarding children and young people"): the one its key word names.
     */
    private static Optional<Section> headingByKeyword(CharSequence text) {
        String t = headingWords(text);
        return KEYWORD_HEADINGS.stream().filter(h -> h.pattern.matcher(t).find()).map(SectionHeading::section).findFirst();
    }

    /** The sections a heading of other words may end: those before the areas' sections. */
    private static final Set<Section> KEYWORD_SECTIONS = EnumSet.of(Section.FRONT, Section.INTRODUCTION, Section.CONTEXT,
            Section.MAIN_FINDINGS, Section.GRADES, Section.RECOMMENDATIONS, Section.EQUALITY);

    /** Key words of section headings, most telling first. */
    private static final List<SectionHeading> KEYWORD_HEADINGS = List.of(
            new SectionHeading(Section.RECOMMENDATIONS, "\\brecommendations?\\b|\\bwhat (?:should|must|needs to) (?:be done|happen)"),
            new SectionHeading(Section.GRADES, "^(?:the )?(?:review's )?(?:grades|judgements)\\b(?!.*\\bfor\\b)"),
            new SectionHeading(Section.SERVICE_MANAGEMENT, "\\bservice management\\b|\\bcapacity to improve\\b"
                    + "|^(?:the )?(?:leadership and )?management of (?:the )?services\\b"),
            new SectionHeading(Section.AREA, "^(?:safeguarding|looked after children|children (?:and young people )?(?:who are )?looked after"
                    + "|(?:children and young people with )?learning difficulties)\\b"),
            new SectionHeading(Section.MAIN_FINDINGS, "^(?:the )?(?:main|key|overall|principal|summary of(?: the)?) findings\\b"),
            new SectionHeading(Section.EQUALITY, "^equality\\b"));

    /** A heading's own words, normalised: without its letter or number ("D.", "Part IV -") and closing stop. */
    private static final Pattern AMPERSAND = Pattern.compile("\\s*&\\s*");

    private static String headingWords(CharSequence text) {
        String unlettered = SECTION_LETTER.matcher(text).replaceFirst("");
        // "Equality & diversity": the ampersand is the heading's "and".
        String words = AMPERSAND.matcher(Document.normalise(unlettered)).replaceAll(" and ");
        return SECTION_NUMBER.matcher(HEADING_STOP.matcher(words).replaceAll("")).replaceFirst("");
    }

    /** The section a heading's words name, if they are a heading's. */
    private static Optional<Section> headingOf(CharSequence text) {
        Optional<Section> section = headingOfWords(headingWords(text));
        Matcher letter = SECTION_LETTER_SPACED.matcher(text);
        if (section.isEmpty() && letter.lookingAt()) {
            // A typeset page closes up the gap after a heading's letter ("D GRADES AWARDED"): the letter is one only if
            // the words after it are a heading's ("A REVIEW OF ..." keeps its article).
            section = headingOfWords(headingWords(text.subSequence(letter.end(), text.length())));
        }
        return section;
    }

    /** A heading's letter set off by one space only, before a word of capitals: "D GRADES AWARDED". */
    private static final Pattern SECTION_LETTER_SPACED = Pattern.compile("^\\s*[A-Z]\\s(?=[A-Z]{2})");

    private static Optional<Section> headingOfWords(String s) {
        if (CONTENTS_LINE.matcher(s).matches()) {
            // "Annex A: The APA letter 28" is a line of the contents, "Capacity to improve 3" or "... Good" a grades row.
            return Optional.empty();
        }
        return HEADINGS.stream().filter(h -> h.pattern.matcher(s).matches()).map(SectionHeading::section).findFirst();
    }

    /** What parts the areas listed in one cell of a table set out by grade: its paragraphs, lines or semicolons. */
    private static final Pattern LISTED_AREA = Pattern.compile("[" + Document.ITEM_BREAK + "\n;]");
    /** A cell listing no area at its grade: "None", "-". */
    private static final Pattern NO_AREA = Pattern.compile("(?i)^\\(?(?:none|nil|n/?a|[-\u2013\u2014])\\)?\\.?$");

    /** Grades-table rows run together, as PDF text gives a table: "Safeguarding 2 Looked after children 2 ...". */
    private static final Pattern FLAT_GRADES_ROW = Pattern.compile("(?i)\\b(safeguarding|looked after children"
            + "(?: and young people)?|(?:children and young people with )?learning difficulties and/or disabilities"
            + "|service management|capacity to improve)\\s*[:\u2013-]?\\s*((?:grade\\s*)?[1-4]|outstanding|good|adequate|inadequate)"
            + "(?:\\s*\\((?:outstanding|good|adequate|inadequate|(?:grade\\s*)?[1-4])\\))?\\b(?![.\\d])");

    /**
     * A row of the grades table ("Safeguarding  2"), or rows run together: the areas they grade. A row of
     * an area the table does not list (an additional investigation's) waits in {@code unknown} for the
     * headings that name its topic.
     */
    private static List<Area> gradesRows(Document doc, Block b, JudgementCollector judgements, List<GradesRow> unknown) {
        if (b.kind() == Block.Kind.TABLE_ROW && b.cells().size() == 2) {
            // A table set out by grade: "2 - adequate | Looked after children<br>Service management", "4 | None".
            MappedText gradeCell = b.cells().get(0);
            MappedText areasCell = b.cells().get(1);
            Optional<Grade> grade = cellGrade(gradeCell);
            List<MappedText> listed = areasCell.split(LISTED_AREA);
            if (grade.isPresent() && (listed.size() > 1 || NO_AREA.matcher(areasCell.toString().strip()).matches())) {
                List<Area> areas = new ArrayList<>();
                for (MappedText item : listed) {
                    MappedText label = item.strip();
                    if (label.length() == 0 || NO_AREA.matcher(label.toString()).matches()) {
                        continue;
                    }
                    gradedLabel(doc, label, grade.get(), gradeCell.join(" ", label), judgements, areas, unknown);
                }
                return areas;
            }
        }
        if (b.kind() == Block.Kind.TABLE_ROW) {
            Optional<List<Area>> paired = pairedGrades(doc, b, judgements, unknown);
            if (paired.isPresent()) {
                return paired.get();
            }
            Optional<Area> known = gradesRow(doc, b, judgements);
            if (known.isEmpty()) {
                gradedRow(b).filter(r -> r.label().codePoints().filter(Character::isLetter).count() > 3)
                        .ifPresent(unknown::add);
            }
            return known.stream().toList();
        }
        List<Area> areas = new ArrayList<>();
        Matcher m = FLAT_GRADES_ROW.matcher(b.text());
        while (m.find()) {
            MappedText row = b.text().slice(m.start(), m.end());
            Optional<Area> area = AreaRule.first(GRADES_TABLE, Document.normalise(m.group(1))).stream().findFirst();
            Optional<Grade> grade = cellGrade(m.group(2));
            area.filter(a -> grade.isPresent()).ifPresent(a -> {
                judgements.add(Assessment.JOINT_AREA_REVIEW, a, grade.get(), doc.evidence(row));
                areas.add(a);
            });
        }
        if (areas.isEmpty()) {
            // The grades as sentences: "Safeguarding is graded 1 (inadequate). Services for looked after children and
            // services for ... are each graded 2 (adequate). Service management is graded 2, as is the capacity to improve."
            for (MappedText sentence : b.sentences()) {
                for (GradedClause c : GradedClause.parse(sentence)) {
                    for (Area a : AreaRule.all(GRADES_PROSE, Document.normalise(c.subject()))) {
                        judgements.add(Assessment.JOINT_AREA_REVIEW, a, c.grade(), doc.evidence(sentence));
                        areas.add(a);
                    }
                }
            }
        }
        return areas;
    }

    /**
     * A row of a grades table that sets areas side by side ("Safeguarding | 3 | Looked after children | 4"): each area
     * cell and the grade cell after it, where the row holds two such pairs or more. Empty if it does not.
     */
    private static Optional<List<Area>> pairedGrades(Document doc, Block b, JudgementCollector judgements, List<GradesRow> unknown) {
        List<MappedText> cells = b.cells();
        // The label cells, each with the grade cell after it.
        List<Integer> labels = new ArrayList<>();
        for (int c = 0; c + 1 < cells.size(); c++) {
            MappedText label = cells.get(c).strip();
            if (cellGrade(cells.get(c + 1)).isPresent() && cellGrade(label).isEmpty()
                    && label.toString().codePoints().filter(Character::isLetter).count() > 3) {
                labels.add(c);
                c++;
            }
        }
        if (labels.size() < 2) {
            return Optional.empty();
        }
        List<Area> areas = new ArrayList<>();
        for (int c : labels) {
            MappedText label = cells.get(c).strip();
            MappedText grade = cells.get(c + 1).strip();
            gradedLabel(doc, label, cellGrade(grade).orElseThrow(), label.join(" ", grade), judgements, areas, unknown);
        }
        return Optional.of(areas);
    }

    /** The area a grades table's label names, judged at the grade; a label of no area known is kept for the investigations. */
    private static void gradedLabel(Document doc, MappedText label, Grade grade, MappedText evidence, JudgementCollector judgements,
            List<Area> areas, List<GradesRow> unknown) {
        Optional<Area> area = AreaRule.first(GRADES_TABLE, Document.normalise(label)).stream().findFirst();
        area.ifPresent(a -> {
            judgements.add(Assessment.JOINT_AREA_REVIEW, a, grade, doc.evidence(evidence));
            areas.add(a);
        });
        if (area.isEmpty()) {
            unknown.add(new GradesRow(Document.quote(label), grade, evidence));
        }
    }

    /**
     * A row of the grades table ("Safeguarding  2", "Safeguarding  3  Good", "Good  Safeguarding"): the area it
     * grades, if it is one. The grade is the last cell that holds one, the area the first cell that names one.
     */
    private static Optional<Area> gradesRow(Document doc, Block b, JudgementCollector judgements) {
        List<MappedText> cells = b.cells();
        Optional<Grade> grade = Optional.empty();
        for (int c = cells.size() - 1; c >= 0 && grade.isEmpty() && cells.size() >= 2; c--) {
            grade = cellGrade(cells.get(c));
        }
        if (grade.isEmpty()) {
            return Optional.empty();
        }
        Optional<Area> area = cells.stream().map(c -> AreaRule.first(GRADES_TABLE, Document.normalise(c)))
                .filter(a -> !a.isEmpty()).map(a -> a.get(0)).findFirst();
        Grade graded = grade.get();
        area.ifPresent(a -> judgements.add(Assessment.JOINT_AREA_REVIEW, a, graded, doc.evidence(b.text())));
        return area;
    }

    /**
     * A section's opening judgement. The area is the heading's; a heading the areas scheme does not
     * know falls back to what the sentence names, and failing that leaves a warning, not a guess.
     */
    private static void areaJudgement(Document doc, MappedText sentence, Optional<Area> headingArea, String heading,
            JudgementCollector judgements) {
        for (GradedClause c : GradedClause.parse(sentence)) {
            Optional<Area> area = headingArea.or(() -> AreaRule.first(REVIEW_AREAS, c.subject()).stream().findFirst());
            if (area.isPresent()) {
                judgements.add(Assessment.JOINT_AREA_REVIEW, area.get(), c.grade(), doc.evidence(sentence));
            } else {
                judgements.warn("section \"" + heading + "\" judges an area the areas scheme does not know; not stored: \""
                        + Document.quote(sentence) + "\"");
            }
            return;
        }
    }

    /**
     * Each graded clause of the sentence whose subject one of the rules recognises: that rule's area; or each
     * outcome a subject lists ("good (grade 3) for being healthy, for staying safe and for enjoying and achieving").
     */
    private static void addClauses(Document doc, MappedText sentence, Assessment assessment, List<AreaRule> rules,
            JudgementCollector judgements) {
        for (GradedClause c : GradedClause.parse(sentence)) {
            // The rules read plain quotes: "children\u2019s services" is "children's services".
            String said = Document.quote(c.subject());
            // "Its contributions to the other outcomes, namely being healthy, staying safe, ... were each judged adequate":
            // the areas the list names.
            Matcher namely = NAMELY.matcher(said);
            List<Area> listed = namely.find() ? AreaRule.all(rules, namely.group(1)) : List.of();
            if (listed.size() > 1) {
                listed.forEach(a -> judgements.add(assessment, a, c.grade(), doc.evidence(sentence)));
                continue;
            }
            // "The partnership chooses its priorities well, and prioritisation is judged to be good": the last clause's
            // subject, where it names what is judged ("enjoy and achieve, and to helping them make a positive
            // contribution" names two in one subject).
            String[] clauses = JOINED_CLAUSE.split(said);
            String last = CLAUSE_LEAD.matcher(clauses[clauses.length - 1]).replaceAll("");
            String subject = clauses.length > 1 && !AreaRule.first(rules, last).isEmpty()
                    && !GOES_ON_PHRASE.matcher(last).lookingAt() ? last
                    : CLAUSE_LEAD.matcher(said).replaceAll("");
            List<Area> all = AreaRule.all(rules, subject);
            // "Performance monitoring and performance management are both adequate": each part of the subject an area.
            List<String> parts = COORDINATION.matcher(subject.strip()).matches() ? List.of(COORDINATED.split(subject.strip()))
                    : List.of(subject);
            List<Area> each = parts.stream().flatMap(p -> AreaRule.first(rules, p).stream()).distinct().toList();
            List<Area> areas = all.size() > 1 && all.stream().allMatch(OUTCOMES::contains) ? all
                    : parts.size() > 1 && each.size() == parts.size() ? each : AreaRule.first(rules, subject);
            areas.forEach(a -> judgements.add(assessment, a, c.grade(), doc.evidence(sentence)));
        }
    }

    /** A list that says which of something are meant: "the other outcomes, namely ...". */
    private static final Pattern NAMELY = Pattern.compile("(?i)\\b(?:namely|that is|i\\.e\\.)\\s*,?\\s*(.+)$");
    /** Where a subject of several names parts them: "X and Y", "X, Y and Z". */
    private static final Pattern COORDINATED = Pattern.compile("(?i)\\s*,\\s*(?:and\\s+)?|\\s+and\\s+");
    /** A subject that is names and nothing else, the last joined by "and": not "its capacity, including ...". */
    private static final Pattern COORDINATION = Pattern.compile("(?i)^(?:[^,]+,\\s*)*[^,]+?\\s+and\\s+[^,]+$");
    /** A part that goes on with the phrase before it rather than opening a clause: "and to helping them ...". */
    private static final Pattern GOES_ON_PHRASE = Pattern.compile("(?i)^(?:to|for|in|of|on|with|at|by|from)\\b");
    /** Where one clause ends and another begins in a sentence: ", and ", "; but ", ", while ". */
    private static final Pattern JOINED_CLAUSE = Pattern.compile("(?i)\\s*[,;]\\s+(?:and|but|while|whereas)\\s+|\\s*;\\s+");
    /** Value for money graded as what is given: "The partnership secures adequate value for money." */
    private static final Pattern VALUE_GIVEN = Pattern.compile("(?i)\\b(?:provides?|provided|secures?|secured|gives?|gave"
            + "|delivers?|delivered|achieves?|achieved|offers?|offered|represents?)\\s+(outstanding|good|adequate|inadequate|poor)"
            + "\\s+value\\s+for\\s+money\\b");

    /**
     * The annual performance assessment's overall grade as the level of service the council delivers: "judged that the
     * council delivers an adequate level of service for children and young people", "was judged to deliver a good service".
     */
    private static final Pattern SERVICE_DELIVERED = Pattern.compile("(?i)\\b(?:delivers?|delivered|delivering|provides?"
            + "|provided|providing)\\s+(?:an?\\s+)?(outstanding|good|adequate|inadequate)\\s+(?:level\\s+of\\s+)?services?\\b");

    private static void serviceDelivered(Document doc, MappedText sentence, JudgementCollector judgements) {
        Matcher m = SERVICE_DELIVERED.matcher(sentence);
        if (m.find() && !VALUE_DENIED.matcher(sentence.toString().substring(0, m.start())).find()) {
            Grade.fromWord(m.group(1)).ifPresent(g -> judgements.add(Assessment.ANNUAL_PERFORMANCE_ASSESSMENT, Area.OVERALL, g,
                    doc.evidence(sentence)));
        }
    }

    /** "does not yet secure good value for money": a denial, no grade. */
    private static final Pattern VALUE_DENIED = Pattern.compile("(?i)\\b(?:not|never|no longer|fails? to)\\b[\\w\\s]{0,15}$");

    /** A sentence's grade of value for money given as what the partnership provides, if it gives one. */
    private static void valueGiven(Document doc, MappedText sentence, JudgementCollector judgements) {
        Matcher m = VALUE_GIVEN.matcher(sentence);
        if (m.find() && !VALUE_DENIED.matcher(sentence.toString().substring(0, m.start())).find()) {
            Grade.fromWord(m.group(1).equalsIgnoreCase("poor") ? "inadequate" : m.group(1)).ifPresent(g ->
                    judgements.add(Assessment.JOINT_AREA_REVIEW, Area.VALUE_FOR_MONEY, g, doc.evidence(sentence)));
        }
    }

    private static final Set<Area> OUTCOMES = Set.of(Area.BEING_HEALTHY, Area.STAYING_SAFE, Area.ENJOYING_AND_ACHIEVING,
            Area.POSITIVE_CONTRIBUTION, Area.ECONOMIC_WELL_BEING);

    /**
     * The review's statements other than judgements: the strengths and weaknesses of each area's table,
     * the recommendations and the main findings. Tables come as rows of two cells, or flattened (as PDF
     * text gives them) into a "Major strengths" paragraph followed by its items and an "Important
     * weaknesses" one followed by its.
     */
    private static final class Statements {
        /**
         * How the findings table being read arrives: rows of two cells; a column after its own header;
         * both headers first, then the strengths' block and the weaknesses'; one run of sentences.
         */
        private enum Table { NONE, ROWS, FLAT_STRENGTHS, FLAT_WEAKNESSES, FLAT_HEADERS, RUN, SIGNED }

        /** Blocks of items read since the strengths header. */
        private int strengthBlocks;

        /** The number of the last numbered item of the column being read (0: none yet). */
        private int itemNumber;

        /** How many findings tables have been met so far. */
        int tables;

        private final Document doc;
        final List<Finding> findings = new ArrayList<>();
        final List<Recommendation> recommendations = new ArrayList<>();
        final List<MainFinding> mainFindings = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        private Table table = Table.NONE;
        private Timescale timescale;
        private Party party;
        /** Whether the recommendations are grouped by body, each with its timescales; and whether a body was named last. */
        private boolean byBody;
        private boolean addresseeLast;
        /**
         * A recommendations table's last timescale and party, and their columns: a row whose cell there is blank (a
         * merged cell, or a table continued after a page break) has the same.
         */
        private Timescale tableTimescale;
        private Party tableParty;
        private int timescaleColumn = -1;
        private int partyColumn = -1;
        /** What each code of a coded timescale stands for, from the review's key ("A - immediate action; B - ..."). */
        private final Map<String, Timescale> timescaleKey = new HashMap<>();
        /** Rows of a recommendations table whose timescale is a code the key, not yet read, explains. */
        private final List<CodedRecommendation> codedRows = new ArrayList<>();

        /** A recommendation waiting for its code's key: what it says, and how it is stored once its timescale is known. */
        private record CodedRecommendation(String code, String quoted, java.util.function.Consumer<Timescale> store) {
        }

        /**
         * Items whose body is known and whose timescale a later sentence gives ("The partnership should complete this work
         * within six months", "Recommendations 1 to 3 call for action straight away"), with their numbers.
         */
        private final List<PendingRecommendation> pending = new ArrayList<>();

        private record PendingRecommendation(Optional<Integer> number, Party party, MappedText text) {
        }

        /** Whether the items under a lead-in that names no body ("it is recommended that:") each open on their own. */
        private boolean bodyInItems;
        /** The body the last item named at its head: "It should also ..." is its. */
        private Party inlineParty;
        /** Whether the main findings hold recommendations for immediate action (their lead-in read, their items next). */
        private boolean urgent;
        private boolean urgentRead;

        /** Each column's timescale under a grid's header of timescales (a body's row beneath, its items in the cells); empty if none. */
        private List<Timescale> gridTimescales = List.of();
        /** The kind of the items of a list under its label ("The major strengths are:"), while they last. */
        private FindingKind listKind;

        /** The review's date, from which a deadline's timescale is counted ("by the end of June 2009"). */
        private final LocalDate published;

        Statements(Document doc, LocalDate published) {
            this.doc = doc;
            this.published = published;
        }

        /**
         * The timescale words name, or a deadline gives ("To be completed by the end of June 2009"): counted from the
         * review's date, within a month is immediate, within seven months six months, later the longer term.
         */
        private Timescale timescaleOn(String words) {
            Timescale named = timescaleOf(words);
            Matcher deadline = DEADLINE.matcher(words);
            if (named != null || !deadline.find()) {
                return named;
            }
            java.time.YearMonth due = java.time.YearMonth.of(Integer.parseInt(deadline.group(2)),
                    java.time.Month.valueOf(deadline.group(1).toUpperCase(java.util.Locale.ROOT)));
            long months = java.time.temporal.ChronoUnit.MONTHS.between(java.time.YearMonth.from(published), due);
            return months <= 1 ? Timescale.IMMEDIATE : months <= 7 ? Timescale.SIX_MONTHS : Timescale.LONGER_TERM;
        }

        /** Where the tables read by their words' positions stand in the source: [start, end) pairs. */
        private final List<int[]> positioned = new ArrayList<>();

        /** Whether the block lies in a table read by position (its lines interleave the columns' items). */
        boolean readByPosition(Block b) {
            if (positioned.isEmpty() || b.text().length() == 0) {
                return false;
            }
            int start = b.text().sourceStart(0);
            return positioned.stream().anyMatch(r -> start >= r[0] && start < r[1]);
        }

        /** Whether a paragraph now would be an item of a strengths and weaknesses table that came as paragraphs. */
        boolean inFlatTable() {
            return table == Table.FLAT_STRENGTHS || table == Table.FLAT_WEAKNESSES || table == Table.RUN;
        }

        void newSection() {
            endRun();
            table = Table.NONE;
        }

        /** The rows of a two-column table being read, and the area and heading they are under. */
        private final List<List<MappedText>> rows = new ArrayList<>();
        private Optional<Area> rowsArea = Optional.empty();
        private String rowsHeading = "";

        /**
         * The findings of a two-column table's rows, once it has ended. A table of three rows or more sets one item
         * in a cell, whatever its own stops and semicolons ("...sixth forms; A level results are above ...", "in
         * Sept. 2009"), and a cell that opens in lower case goes on from the cell above it (an item over two lines);
         * a cell may list its items with bullets. A table of one or two rows sets a column's items in one cell.
         */
        private void endRows() {
            if (rows.isEmpty()) {
                return;
            }
            boolean itemPerRow = rows.size() >= 3;
            List<List<MappedText>> columns = List.of(new ArrayList<>(), new ArrayList<>());
            for (List<MappedText> row : rows) {
                for (int c = 0; c < row.size(); c++) {
                    MappedText cell = row.get(c).strip();
                    List<MappedText> column = columns.get(c);
                    if (cell.length() == 0) {
                        continue;
                    }
                    MappedText above = column.isEmpty() ? null : column.get(column.size() - 1);
                    if (itemPerRow && above != null && Character.isLowerCase(cell.charAt(0))
                            && !SENTENCE_END.matcher(above).find()) {
                        column.set(column.size() - 1, above.join(" ", cell));
                    } else {
                        column.add(cell);
                    }
                }
            }
            for (int c = 0; c < 2; c++) {
                FindingKind kind = c == 0 ? FindingKind.STRENGTH : FindingKind.WEAKNESS;
                for (MappedText cell : columns.get(c)) {
                    List<MappedText> bulleted = markedItems(cell);
                    if (bulleted.size() > 1) {
                        bulleted.forEach(item -> finding(item, kind, rowsArea, rowsHeading));
                    } else if (itemPerRow) {
                        finding(cell, kind, rowsArea, rowsHeading);
                    } else {
                        findings(cell, kind, rowsArea, rowsHeading);
                    }
                }
            }
            rows.clear();
        }

        /**
         * A cell's items as its markup parts them: by bullets ("\u2022 A clear vision.\u2022 Sound financial management."),
         * or as paragraphs or list items of HTML ("<p>...</p><p>...</p>"), each whole whatever its own stops.
         */
        private static List<MappedText> markedItems(MappedText cell) {
            return cell.split(ITEM_MARK).stream().map(MappedText::strip).filter(i -> i.length() > 0).toList();
        }

        /** A bullet, or the break between a cell's HTML paragraphs or list items. */
        private static final Pattern ITEM_MARK = Pattern.compile("[" + Document.BULLETS + Document.ITEM_BREAK + "]");

        void findingsTable(Block b, Optional<Area> area, String heading) {
            if (readByPosition(b)) {
                return; // a line of a table already read from its words' positions, or its header repeated over a page
            }
            // The headings looked for all start so: other paragraphs are not normalised whole for nothing.
            String text = HEADER_START.matcher(b.text()).lookingAt() ? Document.normalise(b.text()) : "";
            List<MappedText> cells = b.cells();
            List<MappedText> filled = cells.stream().filter(c -> c.length() > 0).toList();
            if (b.kind() == Block.Kind.TABLE_ROW && kindColumnRow(filled, area, heading)) {
                return;
            }
            if (b.kind() == Block.Kind.TABLE_ROW && cells.size() >= 2 && cells.stream().skip(1).anyMatch(c -> c.length() > 0)) {
                // A table set on its side: "Major strengths | item | item | ..." then "Important weaknesses | item | ...",
                // or the column's items in one cell beside its name ("Strengths | item<br>item").
                String label = Document.normalise(cells.get(0)).strip();
                FindingKind kind = STRENGTHS.matcher(label).matches() ? FindingKind.STRENGTH
                        : WEAKNESSES.matcher(label).matches() ? FindingKind.WEAKNESS : null;
                List<MappedText> items = cells.stream().skip(1).filter(c -> c.length() > 0).toList();
                boolean headers = items.stream().map(c -> Document.normalise(c).strip())
                        .anyMatch(c -> STRENGTHS.matcher(c).matches() || WEAKNESSES.matcher(c).matches());
                if (kind != null && !headers && (items.size() >= 2 || cells.size() == 2)) {
                    endRun();
                    table = Table.NONE;
                    for (MappedText cell : items) {
                        List<MappedText> marked = markedItems(cell);
                        if (items.size() == 1 && marked.size() == 1) {
                            findings(cell.strip(), kind, area, heading);
                        } else {
                            marked.forEach(item -> finding(item, kind, area, heading));
                        }
                    }
                    return;
                }
            }
            if (b.kind() == Block.Kind.TABLE_ROW && columnsHeader(cells)) {
                // The header of a table of rows: which column holds the strengths and which the weaknesses, in either
                // order, beside any other ("Theme | Strengths | Weaknesses").
                endRun();
                table = Table.ROWS;
                tables++;
                return;
            }
            // The headers alone on the block's first line ("Strengths  Weaknesses", its items on the lines after) are a table's
            // too, though unqualified headers run on in one line may open a sentence.
            boolean headerLine = !text.isEmpty() && b.lines().size() > 1
                    && COLUMNS_ON_ONE_LINE.matcher(Document.normalise(b.lines().get(0)).strip()).matches();
            Matcher headedRun = HEADED_RUN.matcher(b.text());
            if (b.kind() != Block.Kind.TABLE_ROW && headedRun.matches()) {
                // "35. Major strengths Early identification of need. ... Important weaknesses Insufficient provision. ...":
                // both columns in one paragraph, each after its header.
                tables++;
                findings(b.text().slice(headedRun.start("strengths"), headedRun.end("strengths")), FindingKind.STRENGTH, area, heading);
                findings(b.text().slice(headedRun.start("weaknesses"), headedRun.end("weaknesses")), FindingKind.WEAKNESS, area, heading);
                return;
            }
            // A numbered paragraph that opens on both headers ("40. Major strengths Important weaknesses Good access ..."):
            // a table flattened into the review's numbered text.
            boolean numberedRun = b.kind() == Block.Kind.NUMBERED && COLUMNS_ON_ONE_LINE_TEXT.matcher(b.text()).lookingAt();
            if (b.kind() != Block.Kind.TABLE_ROW && (b.kind() != Block.Kind.NUMBERED || numberedRun)
                    && (isColumnsHeader(text) || headerLine || numberedRun)) {
                // A PDF's two-column table: the text interleaves the columns' items; the words' positions do not.
                table = Table.NONE;
                tables++;
                if (columnsByPosition(b, area, heading)) {
                    return;
                }
                // Cells flattened into one run of sentences, strengths first: after the header, or in the next block.
                // The run may go on in the paragraphs that follow (a page break cuts it), up to the numbered text.
                Matcher header = COLUMNS_ON_ONE_LINE_TEXT.matcher(b.text());
                MappedText run = header.lookingAt() ? b.text().slice(header.end(), b.text().length()).strip() : b.text();
                table = Table.RUN;
                runArea = area;
                runHeading = heading;
                if (run.length() > 0) {
                    runItems.addAll(runItems(run));
                }
                return;
            }
            if (table == Table.RUN && runItems.isEmpty() && b.kind() == Block.Kind.TABLE_ROW && cells.size() >= 2) {
                // The headers' line had lost its tab (a printer sets a tab that falls one space on as that space), its
                // rows have theirs: a table of rows, strengths first as the headers are.
                table = Table.ROWS;
                strengthsColumn = 0;
                weaknessesColumn = 1;
            }
            if (table == Table.RUN) {
                // The run goes on in paragraphs, up to the numbered text or another table ("Judgement Grade").
                if ((b.kind() == Block.Kind.PARAGRAPH || b.kind() == Block.Kind.LIST_ITEM)
                        && !OTHER_TABLE.matcher(b.text()).matches() && flatRows(b.text()).isEmpty()) {
                    List<MappedText> items = runItems(b.text());
                    int last = runItems.size() - 1;
                    long stopped = runItems.stream().filter(i -> SENTENCE_END.matcher(i).find()).count();
                    if (last >= 0 && !items.isEmpty() && !SENTENCE_END.matcher(runItems.get(last)).find()
                            && stopped * 2 > runItems.size()) {
                        // Where items end with full stops, one without was cut where the paragraph broke
                        // ("The Children and Young" / "People's Plan is not costed.").
                        runItems.set(last, runItems.get(last).join(" ", items.remove(0)));
                    }
                    runItems.addAll(items);
                    return;
                }
                endRun();
            }
            if (codedItems(b, area, heading) || headedColumns(b, area, heading) || signedList(b, area, heading)
                    || labelledItems(b, area, heading) || rowsLabelledByPosition(b, area, heading)) {
                return;
            }
            if (b.kind() == Block.Kind.PARAGRAPH && STRENGTHS.matcher(text).matches()) {
                table = Table.FLAT_STRENGTHS;
                strengthBlocks = 0;
                itemNumber = 0;
                tables++;
                return;
            }
            if (b.kind() == Block.Kind.PARAGRAPH && WEAKNESSES.matcher(text).matches() && table != Table.NONE) {
                // Both headers before any item: the columns follow one after the other, strengths first.
                table = table == Table.FLAT_STRENGTHS && strengthBlocks == 0 ? Table.FLAT_HEADERS : Table.FLAT_WEAKNESSES;
                itemNumber = 0;
                return;
            }
            switch (table) {
                case ROWS -> {
                    if (rows.isEmpty() && b.kind() == Block.Kind.PARAGRAPH && flatRows(b.text()).isEmpty()
                            && !OTHER_TABLE.matcher(b.text()).matches()) {
                        // The header's row kept its tab, its items' row did not (a printer folded the line where the tab
                        // stood): the cells run together, strengths first, as a PDF's text flattens them.
                        table = Table.RUN;
                        runArea = area;
                        runHeading = heading;
                        runItems.addAll(runItems(b.text()));
                        return;
                    }
                    // The table ends where the text goes on, or another table (of grades) begins.
                    if (b.kind() != Block.Kind.TABLE_ROW || gradedRow(b).isPresent() || cells.stream()
                            .anyMatch(c -> OTHER_TABLE_HEADER.matcher(Document.normalise(c)).matches())) {
                        endRows();
                        table = Table.NONE;
                        return;
                    }
                    rows.add(Stream.of(strengthsColumn, weaknessesColumn)
                            .map(c -> c < cells.size() ? cells.get(c) : cells.get(0).slice(0, 0)).toList());
                    rowsArea = area;
                    rowsHeading = heading;
                }
                case FLAT_STRENGTHS, FLAT_WEAKNESSES, FLAT_HEADERS -> {
                    // A column's items may be numbered from 1 ("1. Good health assessments."): the review's own
                    // paragraphs, numbered on from before the table, end it.
                    boolean item = b.kind() == Block.Kind.NUMBERED && b.number().orElse(0) == itemNumber + 1;
                    if ((b.kind() == Block.Kind.NUMBERED && !item) || b.kind() == Block.Kind.TABLE_ROW) {
                        table = Table.NONE;
                        return;
                    }
                    itemNumber = item ? itemNumber + 1 : 0;
                    findings(b.text(), table == Table.FLAT_WEAKNESSES ? FindingKind.WEAKNESS : FindingKind.STRENGTH,
                            area, heading);
                    strengthBlocks++;
                    if (table == Table.FLAT_HEADERS) {
                        table = Table.FLAT_WEAKNESSES;
                    }
                }
                default -> {
                }
            }
        }

        /**
         * A column's header on a block's first line and its items on the lines after, a line each unless a line goes on
         * with the item before (it opens on no mark, and the item before has not ended); the other column's header on
         * a line of its own switches the kind. True if the block was so laid out.
         */
        private boolean headedColumns(Block b, Optional<Area> area, String heading) {
            FindingKind before = headedColumnGoesOn;
            headedColumnGoesOn = null;
            if (b.kind() != Block.Kind.PARAGRAPH) {
                return false;
            }
            FindingKind kind = columnKind(b.lines().get(0));
            // The column's items may go on in the next block, where a page break cut them: each item marked.
            Matcher marked = CELL_BULLET.matcher(b.lines().get(0).strip());
            boolean goingOn = kind == null && before != null && marked.lookingAt() && !marked.group().isBlank();
            // A column's first item opens on a capital or a mark, not on words cut from another line.
            if ((kind == null || b.lines().size() < 2 || opensLowerCase(b.lines().get(1))) && !goingOn) {
                return false;
            }
            endRun();
            table = Table.NONE;
            if (goingOn) {
                kind = before;
            } else {
                tables++;
            }
            List<MappedText> items = new ArrayList<>();
            List<FindingKind> kinds = new ArrayList<>();
            for (MappedText line : b.lines().subList(goingOn ? 0 : 1, b.lines().size())) {
                line = line.strip();
                FindingKind header = columnKind(line);
                if (header != null) {
                    kind = header;
                } else if (line.length() > 0) {
                    int last = items.size() - 1;
                    boolean goesOn = last >= 0 && kinds.get(last) == kind && !CELL_BULLET.matcher(line).lookingAt()
                            && (!SENTENCE_END.matcher(items.get(last)).find() || !Character.isUpperCase(line.charAt(0)));
                    if (goesOn) {
                        items.set(last, items.get(last).join(" ", line));
                    } else {
                        items.add(line);
                        kinds.add(kind);
                    }
                }
            }
            for (int k = 0; k < items.size(); k++) {
                finding(items.get(k), kinds.get(k), area, heading);
            }
            headedColumnGoesOn = kind;
            return true;
        }

        /** Whether a line opens on a lower-case word, not on an item's mark ("a.", "(ii)"). */
        private static boolean opensLowerCase(MappedText line) {
            MappedText text = line.strip();
            Matcher mark = CELL_BULLET.matcher(text);
            return text.length() > 0 && Character.isLowerCase(text.charAt(0)) && !(mark.lookingAt() && !mark.group().isBlank());
        }

        /** The kind of the column whose items a block under its header was last read as, while the next block may go on with them. */
        private FindingKind headedColumnGoesOn;

        /** The kind of the column a line heads ("Strengths judged to be major", "Important weaknesses:"), or null. */
        private static FindingKind columnKind(MappedText line) {
            if (!HEADER_START.matcher(line).lookingAt()) {
                return null;
            }
            String text = Document.normalise(line).strip();
            return STRENGTHS.matcher(text).matches() ? FindingKind.STRENGTH
                    : WEAKNESSES.matcher(text).matches() ? FindingKind.WEAKNESS : null;
        }

        /** An item's code before its words: "MS1", "IW 2", "S3." (a table row's first cell, or a line's first word). */
        private static final Pattern ITEM_CODE = Pattern.compile("^([A-Z]{1,3}) ?\\d{1,2}[.:)]?(?=\\s|$)");
        /** A key to items' codes: "MS: major strength", "IW = important weakness", "S \u2013 strength". */
        private static final Pattern CODE_KEY = Pattern.compile("\\b([A-Z]{1,3})\\s*[:=\\u2013-]\\s*(?i:(?:an?\\s+)?"
                + "(?:(?:major|key|main|principal|important|significant)\\s+)?(strength|weakness))");
        /** What each code's letters stand for: the review's own keys, else S and MS strengths, W and IW weaknesses. */
        private Map<String, FindingKind> codeKinds;

        private FindingKind codeKind(String letters) {
            if (codeKinds == null) {
                codeKinds = new HashMap<>(Map.of("S", FindingKind.STRENGTH, "MS", FindingKind.STRENGTH,
                        "W", FindingKind.WEAKNESS, "IW", FindingKind.WEAKNESS));
                Matcher key = CODE_KEY.matcher(doc.cleanText());
                while (key.find()) {
                    codeKinds.put(key.group(1), key.group(2).equalsIgnoreCase("strength") ? FindingKind.STRENGTH
                            : FindingKind.WEAKNESS);
                }
            }
            return codeKinds.get(letters);
        }

        /**
         * Items that each open on a code whose letters give their kind ("MS1 Highly effective early identification",
         * "IW1 Slow provision of equipment", with "MS: major strength" as the key): a table row of code and item, or
         * lines of a block, each code opening an item and the lines without one going on with it. A block's first
         * line may be the table's header ("Ref Finding"). True if the block held such items.
         */
        private boolean codedItems(Block b, Optional<Area> area, String heading) {
            if (b.kind() == Block.Kind.TABLE_ROW) {
                List<MappedText> filled = b.cells().stream().map(MappedText::strip).filter(c -> c.length() > 0).toList();
                Matcher code = filled.isEmpty() ? null : ITEM_CODE.matcher(filled.get(0));
                if (filled.size() < 2 || !code.matches() || codeKind(code.group(1)) == null) {
                    return false;
                }
                endRun();
                table = Table.NONE;
                finding(filled.get(1), codeKind(code.group(1)), area, heading);
                return true;
            }
            if (b.kind() == Block.Kind.NUMBERED) {
                return false;
            }
            List<MappedText> lines = b.lines().stream().map(MappedText::strip).filter(l -> l.length() > 0).toList();
            int first = 0;
            while (first < lines.size() && !ITEM_CODE.matcher(lines.get(first)).find()) {
                first++;
            }
            if (first > 1 || first == lines.size() || (first == 1 && SENTENCE_END.matcher(lines.get(0)).find())) {
                return false;
            }
            List<MappedText> items = new ArrayList<>();
            List<FindingKind> kinds = new ArrayList<>();
            for (MappedText line : lines.subList(first, lines.size())) {
                Matcher code = ITEM_CODE.matcher(line);
                if (code.find()) {
                    FindingKind kind = codeKind(code.group(1));
                    if (kind == null) {
                        return false;
                    }
                    kinds.add(kind);
                    items.add(line.slice(code.end(), line.length()).strip());
                } else if (CODE_KEY.matcher(line).lookingAt()) {
                    break; // the key under the table
                } else {
                    items.set(items.size() - 1, items.get(items.size() - 1).join(" ", line));
                }
            }
            endRun();
            table = Table.NONE;
            for (int k = 0; k < items.size(); k++) {
                finding(items.get(k), kinds.get(k), area, heading);
            }
            return true;
        }

        /** The columns of the table of rows being read that hold its strengths and its weaknesses. */
        private int strengthsColumn = 0;
        private int weaknessesColumn = 1;

        /** Whether a row is a findings table's header, one cell naming the strengths and another the weaknesses; if so, where. */
        private boolean columnsHeader(List<MappedText> cells) {
            int strengths = -1;
            int weaknesses = -1;
            for (int c = 0; c < cells.size(); c++) {
                String cell = Document.normalise(cells.get(c)).strip();
                if (strengths < 0 && STRENGTHS.matcher(cell).matches()) {
                    strengths = c;
                } else if (weaknesses < 0 && WEAKNESSES.matcher(cell).matches()) {
                    weaknesses = c;
                }
            }
            if (strengths < 0 || weaknesses < 0) {
                return false;
            }
            strengthsColumn = strengths;
            weaknessesColumn = weaknesses;
            return true;
        }

        /** A paragraph reference closing an item: "(paragraph 28)", "(see paragraphs 30 to 32)". */
        private static final Pattern TRAILING_REFERENCE = Pattern.compile("(?i)\\s*\\((?:see\\s+)?(?:paragraphs?|paras?\\.?|\u00a7)\\s*"
                + "\\d{1,3}(?:\\s*(?:[,\u2013-]|and|to)\\s*\\d{1,3})*\\)\\s*\\.?$");
        /** A cell that only points to the text: "60", "paras 60-61", "See paragraph 60". */
        private static final Pattern REFERENCE_CELL = Pattern.compile("(?i)^(?:see\\s+)?(?:paragraphs?|paras?\\.?|\u00a7)?\\s*"
                + "[\\d\\s,\u2013-]*(?:and\\s+\\d+)?$");

        /**
         * A row of a table with a column of each item's kind: "Long waits for specialist CAMHS | Weakness", "Strong
         * police response | Strength | 60". The item is the one other cell that is not a paragraph reference.
         */
        private boolean kindColumnRow(List<MappedText> filled, Optional<Area> area, String heading) {
            List<MappedText> kinds = filled.stream().filter(c -> ITEM_KIND.matcher(Document.normalise(c).strip()).matches())
                    .toList();
            List<MappedText> items = filled.stream().filter(c -> !kinds.contains(c)
                    && !REFERENCE_CELL.matcher(c.toString().strip()).matches()).toList();
            if (kinds.size() != 1 || items.size() != 1) {
                return false;
            }
            endRun();
            table = Table.NONE;
            finding(items.get(0).strip(), Document.normalise(kinds.get(0)).contains("strength") ? FindingKind.STRENGTH
                    : FindingKind.WEAKNESS, area, heading);
            return true;
        }

        /**
         * Reads a strengths and weaknesses table from where its words stand: the weaknesses column starts
         * where "Important weaknesses" does on the header line; the table runs on (across pages, past page
         * numbers) until a line whose words run across that column. Each column's text is cut into sentences,
         * each a finding with the span of its own words as evidence. False if the layout has no such header.
         */
        private boolean columnsByPosition(Block b, Optional<Area> area, String heading) {
            List<Layout.Line> lines = doc.layout().lines();
            int i = firstLineOf(lines, b);
            if (i >= 0) {
                List<Layout.Word> words = lines.get(i).words();
                Optional<Layout.Word> important = weaknessesHeader(words);
                if (important.isEmpty()) {
                    return false;
                }
                float x = important.get().x0() - 1;
                List<Layout.Word> left = new ArrayList<>();
                List<Layout.Word> right = new ArrayList<>();
                int end = words.get(words.size() - 1).end();
                float leftEdge = x;
                List<ColumnEdge> rightEdges = new ArrayList<>(List.of(new ColumnEdge()));
                // Where the table's words stood when its page ended: what comes after, up to a repeated header, is the
                // next page's running header.
                int leftAtPageEnd = -1;
                int rightAtPageEnd = -1;
                int[] leftItemNumber = {0};
                int[] rightItemNumber = {0};
                for (int j = i + 1; j < lines.size(); j++) {
                    Layout.Line line = lines.get(j);
                    boolean pageNumber = isPageNumber(line);
                    if (pageNumber || line.page() != lines.get(j - 1).page()) {
                        leftAtPageEnd = left.size();
                        rightAtPageEnd = right.size();
                    }
                    if (pageNumber) {
                        continue; // a page number between the table's two pages
                    }
                    Optional<Layout.Word> repeated = repeatedHeader(line.words());
                    if (repeated.isPresent()) {
                        // "Major strengths (continued)  Important weaknesses (continued)": the table goes on, its
                        // columns where this header's are.
                        if (leftAtPageEnd >= 0) {
                            left.subList(leftAtPageEnd, left.size()).clear();
                            right.subList(rightAtPageEnd, right.size()).clear();
                        }
                        x = repeated.get().x0() - 1;
                        rightEdges.add(new ColumnEdge());
                        end = line.words().get(line.words().size() - 1).end();
                        continue;
                    }
                    if (line.crosses(x) || (line.leftOf(x).isEmpty() && line.rightOf(x).isEmpty())
                            || OTHER_TABLE.matcher(line.text()).matches()) {
                        // A running header over the table's next page may run across the columns: the table goes on
                        // if its headers are repeated just below.
                        int again = leftAtPageEnd == left.size() && rightAtPageEnd == right.size()
                                ? repeatedHeaderBelow(lines, j) : -1;
                        if (again < 0) {
                            break;
                        }
                        j = again - 1;
                        continue;
                    }
                    Matcher numbered = NUMBERED_LINE.matcher(line.text());
                    if (numbered.lookingAt()) {
                        // A column's own items numbered from 1 go on; the review's numbered paragraph ends the table.
                        int[] column = line.leftOf(x).isEmpty() ? rightItemNumber : leftItemNumber;
                        if (Integer.parseInt(numbered.group(1)) != column[0] + 1) {
                            break;
                        }
                        column[0]++;
                    }
                    List<Layout.Word> lineLeft = new ArrayList<>(line.leftOf(x));
                    List<Layout.Word> lineRight = new ArrayList<>(line.rightOf(x));
                    // A bullet hung just left of the column's edge, as lists in cells are set, marks the right column's item.
                    Layout.Word hung = lineLeft.isEmpty() ? null : lineLeft.get(lineLeft.size() - 1);
                    if (hung != null && !lineRight.isEmpty() && isBullet(hung) && x - hung.x0() < HUNG_BULLET * line.height()) {
                        lineLeft.remove(lineLeft.size() - 1);
                        lineRight.add(0, hung);
                    }
                    left.addAll(lineLeft);
                    right.addAll(lineRight);
                    if (!lineRight.isEmpty()) {
                        rightEdges.get(rightEdges.size() - 1).add(lineRight);
                    }
                    end = line.words().get(line.words().size() - 1).end();
                }
                // Each column opens on an item, with a capital: otherwise the words were one run, not two columns.
                // and the second column's lines all start where it does: prose that happens to leave a gap does not.
                if (Stream.of(left, right).anyMatch(c -> !c.isEmpty() && !Character.isUpperCase(firstText(c).codePointAt(0)))
                        || (left.isEmpty() && right.isEmpty()) || !rightEdges.stream().allMatch(ColumnEdge::straight)) {
                    return false;
                }
                // A column's lines may run to its edge: the left's ends where the right's begins (on the table's first
                // page), the right's at the page's text margin (the widest line of any page), each less a cell's padding.
                float margin = pageMargin(lines, x);
                columnFindings(left, leftEdge, FindingKind.STRENGTH, area, heading);
                columnFindings(right, margin, FindingKind.WEAKNESS, area, heading);
                positioned.add(new int[] {words.get(0).start(), end});
                return true;
            }
            return false;
        }

        /**
         * One list of findings whose items are marked "+" (a strength) and "-" (a weakness): lines of a paragraph
         * so marked, and the list items that follow them (a "-" line is a bullet to the text's reader). True if
         * the block was such a list's.
         */
        private boolean signedList(Block b, Optional<Area> area, String heading) {
            if (b.kind() == Block.Kind.LIST_ITEM) {
                // "+" opens a signed list wherever it stands; "-" is any list's bullet, a weakness only in one.
                char marker = markerBefore(b.text());
                Matcher ticked = TICK_OR_CROSS.matcher(b.text());
                if (ticked.lookingAt()) {
                    // "- \u2713 Strong partnership", "- \u2717 Long waits": a list whose items are ticked or crossed.
                    tables += table == Table.SIGNED ? 0 : 1;
                    table = Table.SIGNED;
                    findings(b.text().slice(ticked.end(), b.text().length()), signedKind(b.text().charAt(ticked.start(1))),
                            area, heading);
                    return true;
                }
                boolean minus = table == Table.SIGNED && (marker == '-' || marker == '\u2013');
                if (marker == '+' || minus) {
                    tables += table == Table.SIGNED ? 0 : 1;
                    table = Table.SIGNED;
                    findings(b.text(), minus ? FindingKind.WEAKNESS : FindingKind.STRENGTH, area, heading);
                    return true;
                }
            }
            List<MappedText> lines = b.lines().stream().map(MappedText::strip).filter(l -> l.length() > 1).toList();
            // Its legend, or the paragraph before, may run into it with no blank line ("Findings (+ strength; - area for
            // improvement)"): the list is the block's last lines, from the first that opens on a sign.
            int first = 0;
            while (first < lines.size() && !SIGNED_ITEM.matcher(lines.get(first)).lookingAt()) {
                first++;
            }
            List<MappedText> signed = lines.subList(Math.min(first, lines.size()), lines.size());
            // Each item opens on its sign; a line opening in lower case goes on with the item before (wrapped).
            boolean allSignedOrWrapped = !signed.isEmpty() && SIGNED_ITEM.matcher(signed.get(0)).lookingAt()
                    && signed.stream().allMatch(l -> SIGNED_ITEM.matcher(l).lookingAt() || Character.isLowerCase(l.charAt(0)));
            if (b.kind() == Block.Kind.TABLE_ROW || !allSignedOrWrapped
                    || signed.stream().noneMatch(l -> signedKind(l.charAt(0)) == FindingKind.STRENGTH)) {
                if (table == Table.SIGNED) {
                    table = Table.NONE;
                }
                return false;
            }
            if (table != Table.SIGNED) {
                tables++;
            }
            table = Table.SIGNED;
            MappedText item = null;
            char sign = '+';
            for (MappedText line : signed) {
                Matcher opens = SIGNED_ITEM.matcher(line);
                if (opens.lookingAt()) {
                    if (item != null) {
                        findings(item, signedKind(sign), area, heading);
                    }
                    item = line.slice(opens.end(), line.length());
                    sign = line.charAt(0);
                } else {
                    item = item.join(" ", line);
                }
            }
            findings(item, signedKind(sign), area, heading);
            return true;
        }

        /**
         * Items after their column's name as a label, in a paragraph or on lines of their own: "Strengths: (i) mental
         * health workers in schools; (ii) strong leadership. Weaknesses: (i) long waits ...", "Strength: a clear
         * vision" / "Weakness: ...". True if the block opens on such a label.
         */
        private boolean labelledItems(Block b, Optional<Area> area, String heading) {
            if (listKind != null && (b.kind() == Block.Kind.LIST_ITEM)) {
                // A list under its label ("The major strengths are:" then its bullets): each item is one.
                findings(b.text(), listKind, area, heading);
                return true;
            }
            listKind = null;
            if (b.kind() == Block.Kind.TABLE_ROW) {
                return false;
            }
            MappedText text = b.text();
            Matcher alone = LABEL_ALONE.matcher(text);
            // A column's header alone ("Strengths:") opens a flattened table, read below; a sentence's lead-in to a list
            // ("The major strengths are:") labels the list.
            String header = Document.normalise(text).strip();
            if (b.kind() == Block.Kind.PARAGRAPH && alone.matches() && !STRENGTHS.matcher(header).matches()
                    && !WEAKNESSES.matcher(header).matches()) {
                tables++;
                table = Table.NONE;
                listKind = alone.group(1) != null ? FindingKind.STRENGTH : FindingKind.WEAKNESS;
                return true;
            }
            Matcher label = ITEMS_LABEL.matcher(text);
            if (!label.find()) {
                return labelledSentences(b, area, heading);
            }
            tables++;
            table = Table.NONE;
            FindingKind kind = label.group(1) != null ? FindingKind.STRENGTH : FindingKind.WEAKNESS;
            int from = label.end();
            while (label.find()) {
                findings(text.slice(from, label.start()), kind, area, heading);
                kind = label.group(1) != null ? FindingKind.STRENGTH : FindingKind.WEAKNESS;
                from = label.end();
            }
            findings(text.slice(from, text.length()), kind, area, heading);
            return true;
        }

        /**
         * A column's name in a sentence of prose that introduces the items: the sentences after it ("Inspectors identified
         * these major strengths. Early identification ... is strong. Partnership ... is very effective."), or the list that
         * ends the sentence itself ("The main strengths are good tracking ..., a wide choice of ..., and effective support
         * ...", "Inspectors identified as major strengths (a) ...; (b) ...; and (c) ..."). True if the block had such a label.
         */
        private boolean labelledSentences(Block b, Optional<Area> area, String heading) {
            if (b.kind() != Block.Kind.NUMBERED && b.kind() != Block.Kind.PARAGRAPH) {
                return false;
            }
            FindingKind kind = null;
            boolean found = false;
            boolean first = true;
            for (MappedText sentence : b.sentences()) {
                Matcher alone = LABEL_SENTENCE.matcher(sentence);
                Matcher list = LIST_SENTENCE.matcher(sentence);
                // The label opens its paragraph, or follows a list the paragraph opened on: one met in a summary's
                // prose ("In summary, ... The main weaknesses are ...") is the text's own, not a list of findings.
                boolean labelHere = first || found;
                first = false;
                if (!labelHere) {
                    break;
                }
                if (alone.matches()) {
                    kind = alone.group(1) != null ? FindingKind.STRENGTH : FindingKind.WEAKNESS;
                } else if (list.lookingAt()) {
                    kind = null;
                    FindingKind listed = list.group(1) != null ? FindingKind.STRENGTH : FindingKind.WEAKNESS;
                    listItems(sentence.slice(list.end(), sentence.length())).forEach(i -> finding(i, listed, area, heading));
                } else if (kind != null) {
                    finding(sentence, kind, area, heading);
                } else {
                    continue;
                }
                if (!found) {
                    found = true;
                    tables++;
                    table = Table.NONE;
                }
            }
            return found;
        }

        /** What may stand before a column's name in a sentence that labels items: "Inspectors identified these ". */
        private static final String LABEL_LEAD = "^\\s*(?:(?:inspectors|the inspectors|the review|the inspection|we)\\s+"
                + "(?:identified|found|noted)\\s+(?:as\\s+|these\\s+|the following\\s+)?|(?:the following|these|the|its|their)\\s+)?";
        /** A sentence that is a label and nothing else: "Inspectors identified these major strengths.", "The main weaknesses are as follows." */
        private static final Pattern LABEL_SENTENCE = Pattern.compile("(?i)" + LABEL_LEAD + "(?:(" + STRENGTHS_HEADER + ")|("
                + WEAKNESSES_HEADER + "))(?:\\s+(?:are|were)\\s+(?:as follows|identified|found|noted)|\\s+(?:identified|found|noted)"
                + "(?:\\s+(?:by|during)\\b.{0,40})?)?\\s*\\.$");
        /** An item's marker opening a list: "(a) ", "(iv) ", "(3) ". */
        private static final String MARKER = "\\((?:[a-h]|[ivx]{1,4}|\\d{1,2})\\)";
        /**
         * A sentence whose column's name is followed by its list: "The main strengths are good ...", "Inspectors identified as
         * major strengths (a) ...".
         */
        private static final Pattern LIST_SENTENCE = Pattern.compile("(?i)" + LABEL_LEAD + "(?:(" + STRENGTHS_HEADER + ")|("
                + WEAKNESSES_HEADER + "))(?:\\s+(?:are|were|include|included)\\s+(?=" + MARKER + "|(?-i:[a-z]))|\\s+(?=" + MARKER
                + "))");
        /** A list's item marker in running text: "(a) ", "(iv) ", "(3) ". */
        private static final Pattern INLINE_MARKER = Pattern.compile(MARKER + "\\s*");
        /** An item's closing mark before the next: "; and", ",", ";". */
        private static final Pattern ITEM_TAIL = Pattern.compile("(?i)[\\s,;]*(?:\\band|\\bor)?[\\s,;.]*$");
        /** A comma that parts items, not the comma of a list inside an item ("education, employment or training"). */
        private static final Pattern ITEM_COMMA = Pattern.compile(",\\s+(?:and\\s+)?(?![\\w'-]+\\s+or\\s)");

        /** The items of a list that ends a sentence: by their markers "(a)", else semicolons, else commas. */
        private static List<MappedText> listItems(MappedText list) {
            Matcher marker = INLINE_MARKER.matcher(list);
            Pattern parting = marker.find() && marker.start() == 0 ? INLINE_MARKER
                    : list.toString().contains(";") ? ITEM_SEMICOLON : ITEM_COMMA;
            List<MappedText> out = new ArrayList<>();
            for (MappedText item : list.split(parting)) {
                Matcher tail = ITEM_TAIL.matcher(item);
                MappedText stripped = (tail.find() ? item.slice(0, tail.start()) : item).strip();
                Matcher and = LAST_ITEM_AND.matcher(stripped);
                stripped = and.lookingAt() ? stripped.slice(and.end(), stripped.length()) : stripped;
                if (stripped.length() > 0) {
                    out.add(stripped);
                }
            }
            return out;
        }

        /**
         * A column's name as the label of the items after it, opening a line or a sentence, or ending a sentence's
         * lead-in: "Weaknesses: ", "Strengths are: ", "Inspectors identified the following strengths: "; never a
         * sentence's own words ("Family learning is a particular strength: 1,240 parents ...").
         */
        // "Inspectors identified as major strengths: ...".
        private static final Pattern ITEMS_LABEL = Pattern.compile("(?im)(?:(?:^|(?<=[.;]\\s))(?:[^.:;\\n]{0,60}?\\b(?:the following"
                + "|these|following|its|their|the|identified|found|noted|are|were)\\s+(?:as\\s+)?)?"
                // or on a line of its own, which a paragraph's text has run on: "... all partners Strength: excellent ..."
                + "|(?<=\\s)(?-i:(?=[A-Z])))(?:("
                + STRENGTHS_HEADER + ")|(" + WEAKNESSES_HEADER + "))(?:\\s+(?:are|were|include|included|identified|noted))?"
                + "\\s*:\\s+(?=\\S)");

        /** A column's name alone as the label of the list after it: "The major strengths are:", "Weaknesses:". */
        private static final Pattern LABEL_ALONE = Pattern.compile("(?i)^\\s*(?:[^.:;\\n]{0,60}?\\b(?:the following|these"
                + "|following|its|their|the|identified|found|noted|are|were)\\s+)?(?:(" + STRENGTHS_HEADER + ")|("
                + WEAKNESSES_HEADER + "))(?:\\s+(?:are|were|include|included|identified|noted)(?:\\s+(?:found|identified|noted"
                + "|as\\s+follows))?)?\\s*:\\s*$");

        /** What a signed list's item is by its sign: "+" a strength, "-" a weakness. */
        private static FindingKind signedKind(char sign) {
            return STRENGTH_SIGNS.indexOf(sign) >= 0 ? FindingKind.STRENGTH : FindingKind.WEAKNESS;
        }

        /** Ticks and ticked boxes; crosses and crossed boxes. */
        private static final String TICKS = "\u2713\u2714\u2611";
        private static final String CROSSES = "\u2717\u2718\u2612";
        /** The signs that mark a strength: a plus or a tick. */
        private static final String STRENGTH_SIGNS = "+" + TICKS;
        /** A line of a signed list: "+ Good ...", "- Too few ...", "\u2713 Good ...", "\u2717 Too few ...". */
        private static final Pattern SIGNED_ITEM = Pattern.compile("^[+\\-\u2013" + TICKS + CROSSES + "]\\s+(?=\\S)");
        /** A list item that opens on a tick or a cross, whichever bullet it has. */
        private static final Pattern TICK_OR_CROSS = Pattern.compile("^\\s*([" + TICKS + CROSSES + "])\\s*(?=\\S)");

        /** The character that marks a list item in the source: the first other than white space before its text. */
        private char markerBefore(MappedText text) {
            if (text.length() == 0) {
                return '\n'; // a bullet with nothing after it (a list cut by a page break) marks no item
            }
            String source = doc.source().text();
            int at = text.sourceStart(0) - 1;
            while (at >= 0 && (source.charAt(at) == ' ' || source.charAt(at) == '\t')) {
                at--;
            }
            return at >= 0 ? source.charAt(at) : '\n';
        }

        /**
         * Reads a table of recommendations (timescale | who should act | recommendation) from where its words
         * stand, as a PDF or pdftotext -layout gives it: the columns start where the header's words do; the table
         * runs on until a line runs across a column's start. The recommendations are the third column's items
         * (cut as a findings column's are); each takes the timescale and the body standing beside it, whose cells
         * may be set at the row's top or its middle. False if the layout has no such header.
         */
        private boolean recommendationsByPosition(Block b) {
            List<Layout.Line> lines = doc.layout().lines();
            int i = firstLineOf(lines, b);
            if (i >= 0) {
                List<Layout.Word> words = lines.get(i).words();
                // The three columns in any order ("Timescale  Who should act  Recommendation", "Recommendation  Timescale
                // Lead body"), each starting where its header's first word does.
                Optional<Layout.Word> whenHeader = words.stream().filter(w -> WHEN_HEADER.matcher(w.text()).matches()).findFirst();
                if (whenHeader.isEmpty()) {
                    return false;
                }
                // Not the "By" of "By when".
                Optional<Layout.Word> who = java.util.stream.IntStream.range(0, words.size())
                        .filter(k -> WHO_HEADER.matcher(words.get(k).text()).matches() && words.get(k) != whenHeader.get()
                                && (k + 1 >= words.size() || words.get(k + 1) != whenHeader.get()))
                        .mapToObj(words::get).findFirst();
                Optional<Layout.Word> what = words.stream().filter(w -> WHAT_HEADER.matcher(w.text()).matches()).findFirst();
                if (who.isEmpty() || what.isEmpty()) {
                    return false;
                }
                List<Float> starts = Stream.of(whenHeader.get(), who.get(), what.get()).map(w -> w.x0() - 1).sorted().toList();
                float whenX = whenHeader.get().x0() - 1;
                float whoX = who.get().x0() - 1;
                float whatX = what.get().x0() - 1;
                List<Layout.Word> when = new ArrayList<>();
                List<Layout.Word> body = new ArrayList<>();
                List<Layout.Word> recommended = new ArrayList<>();
                // The lines where a timescale or body cell starts ("Within six", "The local"): a row may start there.
                Set<String> rowTops = new HashSet<>();
                int end = words.get(words.size() - 1).end();
                for (int j = i + 1; j < lines.size(); j++) {
                    Layout.Line line = lines.get(j);
                    if (isPageNumber(line)) {
                        continue; // a page number between the table's two pages
                    }
                    if (line.crosses(starts.get(1)) || line.crosses(starts.get(2)) || NUMBERED_LINE.matcher(line.text()).lookingAt()) {
                        break;
                    }
                    List<Layout.Word> whenWords = inColumn(line, whenX, starts);
                    List<Layout.Word> bodyWords = inColumn(line, whoX, starts);
                    when.addAll(whenWords);
                    body.addAll(bodyWords);
                    if (Stream.of(whenWords, bodyWords).anyMatch(c -> !c.isEmpty()
                            && Character.isUpperCase(c.get(0).text().codePointAt(0)))) {
                        rowTops.add(line.page() + "/" + line.top());
                    }
                    recommended.addAll(inColumn(line, whatX, starts));
                    end = line.words().get(line.words().size() - 1).end();
                }
                if (recommended.isEmpty()) {
                    return false;
                }
                // The recommendations' column ends where the next starts, or at the page's text margin.
                float margin = starts.stream().filter(x -> x > whatX).findFirst().orElse(pageMargin(lines, whatX));
                List<List<Layout.Word>> items = cutAtRows(columnItems(recommended, margin), rowTops);
                List<List<Layout.Word>> whens = beside(items, when);
                List<List<Layout.Word>> bodies = beside(items, body);
                Timescale aboveTimescale = null;
                String aboveBody = null;
                for (int k = 0; k < items.size(); k++) {
                    // A blank cell beside an item (merged with the one above, or the table going on over a page) is the
                    // row above's.
                    String text = doc.mendHyphens(Layout.join(items.get(k)));
                    // Only an item of words: a heading after the table ("## Equality") is no row of it.
                    boolean ofWords = Character.isLetter(text.codePointAt(0));
                    Timescale rowTimescale = whens.get(k).isEmpty() ? (ofWords ? aboveTimescale : null)
                            : timescaleOf(Document.normalise(Layout.join(whens.get(k))));
                    String bodyText = bodies.get(k).isEmpty() ? (ofWords ? aboveBody : null) : Layout.join(bodies.get(k));
                    // "High", "A": a code whose key follows the table.
                    String code = whens.get(k).isEmpty() ? "" : Layout.join(whens.get(k)).strip();
                    boolean isCoded = rowTimescale == null && ofWords && bodyText != null && TIMESCALE_CODE.matcher(code).matches();
                    // A body cell longer than any body's name is several rows' cells run together: no body is known.
                    if (!isCoded && (rowTimescale == null || bodyText == null || bodyText.length() > 80)) {
                        warnings.add("a recommendation in a table with no timescale or body beside it; not stored: \""
                                + text + "\"");
                        continue;
                    }
                    aboveTimescale = isCoded ? aboveTimescale : rowTimescale;
                    aboveBody = bodyText;
                    String bodyName = SHOULD.matcher(bodyText).replaceFirst("");
                    Party rowParty = addressee(Document.normalise(bodyName) + " should", bodyName);
                    List<Layout.Word> item = items.get(k);
                    if (isCoded) {
                        coded(code, text, t -> recommendWords(t, rowParty, item, text));
                    } else {
                        recommendWords(rowTimescale, rowParty, item, text);
                    }
                }
                positioned.add(new int[] {words.get(0).start(), end});
                return true;
            }
            return false;
        }

        /** The header of a table of recommendations and their timescales, in either order: "Timescale  Action". */
        private static final Pattern TWO_COLUMN_HEADER = Pattern.compile("(?i)^\\W*(?:(?:timescales?|when|by when|deadline)\\s+"
                + "(?:recommendations?|actions?)|(?:recommendations?|actions?)\\s+(?:timescales?|when|by when|deadline))\\b");

        /**
         * Reads a table of two columns, recommendations and their timescales, from where its words stand (a PDF's, or
         * pdftotext -layout's), as {@link #recommendationsByPosition} reads one of three: who should act is named in a row
         * of the recommendations' column ("The council should:") or by the lead-in before the table. Each item takes the
         * timescale beside it, or the one above where its cell is blank. False if the layout has no such header.
         */
        private boolean recommendationsBesideTimescales(Block b) {
            List<Layout.Line> lines = doc.layout().lines();
            int i = firstLineOf(lines, b);
            if (i < 0) {
                return false;
            }
            List<Layout.Word> words = lines.get(i).words();
            Optional<Layout.Word> whenHeader = words.stream().filter(w -> WHEN_HEADER.matcher(w.text()).matches()).findFirst();
            Optional<Layout.Word> whatHeader = words.stream().filter(w -> WHAT_HEADER.matcher(w.text()).matches()).findFirst();
            if (whenHeader.isEmpty() || whatHeader.isEmpty() || words.size() > 4) {
                return false; // the header's line holds the two headers and nothing else
            }
            float whenX = whenHeader.get().x0() - 1;
            float whatX = whatHeader.get().x0() - 1;
            List<Float> starts = Stream.of(whenX, whatX).sorted().toList();
            List<Layout.Word> when = new ArrayList<>();
            List<Layout.Word> recommended = new ArrayList<>();
            Set<String> rowTops = new HashSet<>();
            int end = words.get(words.size() - 1).end();
            for (int j = i + 1; j < lines.size(); j++) {
                Layout.Line line = lines.get(j);
                if (isPageNumber(line) || isRunningHead(lines, j)) {
                    continue;
                }
                // A line of prose across the columns, a numbered paragraph, a heading set larger or a line starting left of
                // the table's first column ends the table.
                if (line.crosses(starts.get(1)) || NUMBERED_LINE.matcher(line.text()).lookingAt()
                        || line.height() > HEADING_HEIGHT * lines.get(i).height() || line.x0() < starts.get(0)) {
                    break;
                }
                List<Layout.Word> whenWords = inColumn(line, whenX, starts);
                if (!whenWords.isEmpty() && (Character.isUpperCase(whenWords.get(0).text().codePointAt(0))
                        || Character.isDigit(whenWords.get(0).text().codePointAt(0)))) {
                    rowTops.add(line.page() + "/" + line.top());
                }
                when.addAll(whenWords);
                recommended.addAll(inColumn(line, whatX, starts));
                end = line.words().get(line.words().size() - 1).end();
            }
            if (recommended.isEmpty() || when.isEmpty()) {
                return false;
            }
            float margin = whatX < whenX ? whenX : pageMargin(lines, whatX);
            List<List<Layout.Word>> items = lowerCaseItems(cutAtRows(columnItems(recommended, margin), rowTops));
            List<List<Layout.Word>> whens = beside(items, when);
            Timescale above = null;
            for (int k = 0; k < items.size(); k++) {
                String text = doc.mendHyphens(Layout.join(items.get(k)));
                String normalised = Document.normalise(text).strip();
                if (ADDRESSEE_LINE.matcher(normalised).matches()) {
                    bodyNamed(normalised, Document.quote(text).strip());
                    above = null;
                    continue;
                }
                Timescale rowTimescale = whens.get(k).isEmpty() ? above : timescaleOf(Document.normalise(Layout.join(whens.get(k))));
                if (rowTimescale == null || party == null || !Character.isLetter(text.codePointAt(0))) {
                    if (Character.isLetter(text.codePointAt(0))) {
                        warnings.add("a recommendation in a table with no timescale or body beside it; not stored: \"" + text + "\"");
                    }
                    continue;
                }
                above = rowTimescale;
                addresseeLast = false;
                recommendWords(rowTimescale, party, items.get(k), text);
            }
            positioned.add(new int[] {words.get(0).start(), end});
            return true;
        }

        /**
         * Items that open on their verb in lower case ("ensure that ..."), as most of a column's do, cut again where a line
         * opens on a lower-case word after a full stop: the next item, though no capital marks it.
         */
        private static List<List<Layout.Word>> lowerCaseItems(List<List<Layout.Word>> items) {
            long lower = items.stream().filter(i -> Character.isLowerCase(i.get(0).text().codePointAt(0))).count();
            if (lower * 2 <= items.size()) {
                return items;
            }
            List<List<Layout.Word>> out = new ArrayList<>();
            for (List<Layout.Word> item : items) {
                List<Layout.Word> part = new ArrayList<>();
                for (Layout.Word w : item) {
                    Layout.Word before = part.isEmpty() ? null : part.get(part.size() - 1);
                    if (before != null && (w.page() != before.page() || w.top() > before.top()) && before.text().endsWith(".")
                            && Character.isLowerCase(w.text().codePointAt(0))) {
                        out.add(part);
                        part = new ArrayList<>();
                    }
                    part.add(w);
                }
                out.add(part);
            }
            return out;
        }

        /** A line's words in the column that starts at x, of columns starting at the sorted starts. */
        private static List<Layout.Word> inColumn(Layout.Line line, float x, List<Float> starts) {
            float next = starts.stream().filter(s -> s > x).findFirst().orElse(Float.MAX_VALUE);
            boolean first = x <= starts.get(0);
            return line.words().stream().filter(w -> (first || w.x0() >= x) && w.x0() < next).toList();
        }

        /**
         * Items cut again where a line opens on a capital beside the start of another column's cell: the next row,
         * though the line before ran to the column's edge with no full stop.
         */
        private static List<List<Layout.Word>> cutAtRows(List<List<Layout.Word>> items, Set<String> rowTops) {
            List<List<Layout.Word>> out = new ArrayList<>();
            for (List<Layout.Word> item : items) {
                List<Layout.Word> part = new ArrayList<>();
                for (Layout.Word w : item) {
                    boolean opensLine = !part.isEmpty() && w.top() > part.get(part.size() - 1).top();
                    if (opensLine && Character.isUpperCase(w.text().codePointAt(0)) && rowTops.contains(w.page() + "/" + w.top())) {
                        out.add(part);
                        part = new ArrayList<>();
                    }
                    part.add(w);
                }
                out.add(part);
            }
            return out;
        }

        /** The words of another column that stand beside each item: those nearest it from top to bottom. */
        private static List<List<Layout.Word>> beside(List<List<Layout.Word>> items, List<Layout.Word> column) {
            List<List<Layout.Word>> out = new ArrayList<>();
            items.forEach(item -> out.add(new ArrayList<>()));
            for (Layout.Word w : column) {
                double middle = (w.top() + w.bottom()) / 2;
                int nearest = -1;
                double distance = Double.MAX_VALUE;
                for (int k = 0; k < items.size(); k++) {
                    List<Layout.Word> item = items.get(k);
                    if (item.get(0).page() != w.page()) {
                        continue;
                    }
                    double top = item.stream().mapToDouble(Layout.Word::top).min().orElseThrow();
                    double bottom = item.stream().mapToDouble(Layout.Word::bottom).max().orElseThrow();
                    double d = middle < top ? top - middle : middle > bottom ? middle - bottom : 0;
                    if (d < distance) {
                        distance = d;
                        nearest = k;
                    }
                }
                if (nearest >= 0) {
                    out.get(nearest).add(w);
                }
            }
            return out;
        }

        /** The first word of the weaknesses column's header on a line of both headers ("Important", "Areas", "What"). */
        /** The index of a line repeating both headers among the two after line {@code j}, or -1. */
        private static int repeatedHeaderBelow(List<Layout.Line> lines, int j) {
            for (int k = j + 1; k <= j + 2 && k < lines.size(); k++) {
                if (repeatedHeader(lines.get(k).words()).isPresent()) {
                    return k;
                }
            }
            return -1;
        }

        /** The weaknesses header's first word on a line that repeats both headers, or empty. */
        private static Optional<Layout.Word> repeatedHeader(List<Layout.Word> words) {
            Optional<Layout.Word> weaknesses = weaknessesHeader(words);
            return weaknesses.filter(w -> STRENGTHS.matcher(Document.normalise(Layout.join(words.subList(0, words.indexOf(w))))
                    .strip()).matches());
        }

        private static Optional<Layout.Word> weaknessesHeader(List<Layout.Word> words) {
            for (int k = 1; k < words.size(); k++) {
                if (WEAKNESSES_START.matcher(Layout.join(words.subList(k, words.size()))).lookingAt()) {
                    return Optional.of(words.get(k));
                }
            }
            return Optional.empty();
        }

        /** A word of a row's label in a table set on its side: "Major", "strengths", "Important", "weaknesses". */
        private static final Pattern LABEL_WORD = Pattern.compile("(?i)major|main|key|important|significant|particular"
                + "|strengths?|weakness(?:es)?|areas?|for|development|improvement|:");

        /**
         * A table set on its side, as a PDF gives it: each row's label ("Major strengths", "Important weaknesses") at the
         * page's margin, set in the middle of its row or at its top, and the row's items in cells beside it, one cell or
         * several across. A row set in the middle reaches as far below its label's middle as it starts above it; the
         * cells are where the row's lines start after a wide gap, and each cell's items are cut as a column's are. True if
         * the block opens such a table (its first lines, before a label, being items beside it).
         */
        private boolean rowsLabelledByPosition(Block b, Optional<Area> area, String heading) {
            if (b.kind() == Block.Kind.TABLE_ROW || b.kind() == Block.Kind.NUMBERED || !doc.layout().typeset()) {
                return false;
            }
            List<Layout.Line> lines = doc.layout().lines();
            int i = firstLineOf(lines, b);
            if (i < 0) {
                return false;
            }
            int page = lines.get(i).page();
            float margin = (float) lines.stream().filter(l -> l.page() == page).mapToDouble(l -> l.words().get(0).x0()).min()
                    .orElse(0);
            double lineHeight = lines.get(i).height();
            // The table's lines, to a numbered paragraph, the page's end, or a line of prose at the margin.
            List<Layout.Line> table = new ArrayList<>();
            for (int j = i; j < lines.size() && j < i + 80; j++) {
                Layout.Line l = lines.get(j);
                Layout.Word first = l.words().get(0);
                boolean atMargin = first.x0() < margin + lineHeight;
                if (l.page() != page || NUMBERED_LINE.matcher(l.text()).lookingAt()
                        || atMargin && !LABEL_WORD.matcher(first.text()).matches()) {
                    break;
                }
                table.add(l);
            }
            // The labels: the words at the margin, those on lines close together one label.
            List<List<Layout.Word>> labels = new ArrayList<>();
            for (Layout.Line l : table) {
                // The line's first words, as far as they are a label's, each close after the one before.
                List<Layout.Word> labelWords = new ArrayList<>();
                for (Layout.Word w : l.words()) {
                    if (w.x0() >= margin + lineHeight * 8 || !LABEL_WORD.matcher(w.text()).matches()
                            || (labelWords.isEmpty() ? w.x0() >= margin + lineHeight
                            : w.x0() - labelWords.get(labelWords.size() - 1).x1() >= lineHeight)) {
                        break;
                    }
                    labelWords.add(w);
                }
                if (labelWords.isEmpty()) {
                    continue;
                }
                List<Layout.Word> last = labels.isEmpty() ? null : labels.get(labels.size() - 1);
                if (last != null && labelWords.get(0).top() - last.get(last.size() - 1).bottom() < lineHeight * 0.8) {
                    last.addAll(labelWords);
                } else {
                    labels.add(new ArrayList<>(labelWords));
                }
            }
            List<FindingKind> kinds = labels.stream().map(l -> {
                String label = Document.normalise(Layout.join(l)).strip();
                return STRENGTHS.matcher(label).matches() ? FindingKind.STRENGTH
                        : WEAKNESSES.matcher(label).matches() ? FindingKind.WEAKNESS : null;
            }).toList();
            if (labels.size() < 2 || kinds.contains(null) || !kinds.contains(FindingKind.STRENGTH)
                    || !kinds.contains(FindingKind.WEAKNESS)) {
                return false;
            }
            float labelsEnd = (float) labels.stream().flatMap(List::stream).mapToDouble(Layout.Word::x1).max().orElseThrow();
            // The cells start right of the labels: where the first word beside them does.
            float cellsFrom = (float) table.stream().flatMap(l -> l.words().stream()).filter(w -> w.x0() > labelsEnd)
                    .mapToDouble(Layout.Word::x0).min().orElse(Float.MAX_VALUE);
            List<Layout.Word> items = table.stream().flatMap(l -> l.words().stream()).filter(w -> w.x0() >= cellsFrom - 1).toList();
            if (items.isEmpty()) {
                return false;
            }
            // Each row: from its first word to its label's bottom, or as far below the label's middle as it starts above it.
            float right = pageMargin(lines, cellsFrom);
            // Every letter as wide as every other: a text printed as it stands, whose rows set level are a text's.
            double[] perLetter = items.stream().filter(w -> w.text().length() >= 4).mapToDouble(w -> (w.x1() - w.x0())
                    / w.text().length()).toArray();
            boolean monospaced = perLetter.length > 3 && java.util.Arrays.stream(perLetter).max().orElse(0)
                    < 1.1 * java.util.Arrays.stream(perLetter).min().orElse(0);
            int next = 0;
            List<List<Layout.Word>> rows = new ArrayList<>();
            for (int k = 0; k < labels.size(); k++) {
                List<Layout.Word> label = labels.get(k);
                if (next >= items.size()) {
                    return false;
                }
                float top = items.get(next).top();
                float middle = (label.get(0).top() + label.get(label.size() - 1).bottom()) / 2;
                // Beside its items: set in the middle of them (some standing above it), or level with the first, the cells
                // then starting where every row's do and the type proportional (a text printer sets a text's rows level
                // too, read better from the text). A label over its items is a list's heading.
                boolean atTop = !monospaced && Math.abs(label.get(0).top() - top) < lineHeight / 2
                        && Math.abs(items.get(next).x0() - cellsFrom) < lineHeight / 2;
                if (!atTop && top > label.get(0).top() - lineHeight / 2) {
                    return false;
                }
                float bottom = k + 1 == labels.size() ? Float.MAX_VALUE
                        : atTop ? labels.get(k + 1).get(0).top() - 1 : 2 * middle - top + (float) lineHeight / 2;
                List<Layout.Word> row = new ArrayList<>();
                while (next < items.size() && items.get(next).top() < bottom) {
                    row.add(items.get(next++));
                }
                rows.add(row);
            }
            endRun();
            for (int k = 0; k < rows.size(); k++) {
                for (List<Layout.Word> cell : cells(rows.get(k), lineHeight)) {
                    columnFindings(cell, right, kinds.get(k), area, heading);
                }
            }
            int start = table.get(0).words().get(0).start();
            Layout.Line lastLine = table.get(table.size() - 1);
            positioned.add(new int[] {start, lastLine.words().get(lastLine.words().size() - 1).end()});
            return true;
        }

        /**
         * A row's words cut into its cells. The cells start where a line's run of words starts (a line's first word, or
         * one after a gap wider than a line's height); a word standing at such a start after any gap opens a run of that
         * cell too, since two cells' words may stand little further apart than a line's own.
         */
        private static List<List<Layout.Word>> cells(List<Layout.Word> row, double lineHeight) {
            List<Float> starts = new ArrayList<>();
            Layout.Word previous = null;
            for (Layout.Word w : row) {
                if ((previous == null || Math.abs(w.top() - previous.top()) > lineHeight / 3 || w.x0() - previous.x1() > lineHeight)
                        && starts.stream().noneMatch(x -> Math.abs(x - w.x0()) < lineHeight)) {
                    starts.add(w.x0());
                }
                previous = w;
            }
            starts.sort(null);
            List<List<Layout.Word>> cells = new ArrayList<>();
            starts.forEach(x -> cells.add(new ArrayList<>()));
            int cell = 0;
            previous = null;
            for (Layout.Word w : row) {
                boolean sameRun = previous != null && Math.abs(w.top() - previous.top()) <= lineHeight / 3
                        && w.x0() - previous.x1() <= lineHeight && starts.stream().noneMatch(x -> Math.abs(x - w.x0()) < 1.5);
                if (!sameRun) {
                    cell = 0;
                    for (int c = 0; c < starts.size(); c++) {
                        if (starts.get(c) <= w.x0() + 1.5) {
                            cell = c;
                        }
                    }
                }
                cells.get(cell).add(w);
                previous = w;
            }
            return cells.stream().filter(c -> !c.isEmpty()).toList();
        }

        /** The index of the layout's first line that starts within the block, or -1. */
        private static int firstLineOf(List<Layout.Line> lines, Block b) {
            int from = b.text().sourceStart(0);
            int to = b.text().sourceEnd(b.text().length());
            for (int i = 0; i < lines.size(); i++) {
                int start = lines.get(i).words().get(0).start();
                if (start >= from && start < to) {
                    return i;
                }
            }
            return -1;
        }

        /** A line that is a page's number ("12", "Page 3 of 40"), set between a table's two pages. */
        private static boolean isPageNumber(Layout.Line line) {
            return PAGE_NUMBER.matcher(line.text()).matches();
        }

        /** How much taller than a table's header line a heading after the table is set. */
        private static final float HEADING_HEIGHT = 1.15f;
        private static final Pattern PAGE_WORD = Pattern.compile("(?i)\\bpage\\s+\\d{1,4}\\b");

        /** Lines at a page's head or foot that may be its running head or foot. */
        private static final int FURNITURE_LINES = 3;

        /**
         * A line among a page's first or last few, of which one names the page ("Sandwell Children's Services Authority
         * Area - Page 6", wrapped over three lines): the page's running head or foot, not a table's row.
         */
        private static boolean isRunningHead(List<Layout.Line> lines, int j) {
            int page = lines.get(j).page();
            int first = j;
            while (first > 0 && lines.get(first - 1).page() == page) {
                first--;
            }
            int last = j;
            while (last + 1 < lines.size() && lines.get(last + 1).page() == page) {
                last++;
            }
            for (int[] edge : List.of(new int[] {first, Math.min(last, first + FURNITURE_LINES - 1)},
                    new int[] {Math.max(first, last - FURNITURE_LINES + 1), last})) {
                if (j >= edge[0] && j <= edge[1] && java.util.stream.IntStream.rangeClosed(edge[0], edge[1])
                        .anyMatch(k -> PAGE_WORD.matcher(lines.get(k).text()).find())) {
                    return true;
                }
            }
            return false;
        }

        private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)(?:page\\s+)?\\d{1,4}(?:\\s+of\\s+\\d{1,4})?");

        /** The pages' text margin: the right end of the widest line of any page (else {@code otherwise}). */
        private static float pageMargin(List<Layout.Line> lines, float otherwise) {
            return (float) lines.stream().mapToDouble(l -> l.words().get(l.words().size() - 1).x1()).max().orElse(otherwise);
        }

        /** How far apart (in points) the starts of a column's lines may be. */
        private static final double COLUMN_EDGE_TOLERANCE = 4;

        /**
         * Where a column's lines start. A bulleted item's wrapped lines start under its bullet or under its text
         * (a hanging indent), and a bullet may hang left of the column: so a line starts on the column's edge,
         * or, not being an item's first line, where items' text does. Prose that happens to leave a gap starts
         * its lines anywhere.
         */
        private static final class ColumnEdge {
            private final List<Float> bullets = new ArrayList<>();
            private final List<Float> itemTexts = new ArrayList<>();
            private final List<Float> wraps = new ArrayList<>();

            void add(List<Layout.Word> line) {
                if (isBullet(line.get(0)) && line.size() > 1) {
                    bullets.add(line.get(0).x0());
                    itemTexts.add(line.get(1).x0());
                } else {
                    wraps.add(line.get(0).x0());
                }
            }

            /** True if the item lines start together, the other lines together, and these between bullet and text. */
            boolean straight() {
                if (spread(itemTexts) > COLUMN_EDGE_TOLERANCE || spread(wraps) > COLUMN_EDGE_TOLERANCE) {
                    return false;
                }
                if (itemTexts.isEmpty() || wraps.isEmpty()) {
                    return true;
                }
                double wrap = min(wraps);
                return wrap >= min(bullets) - COLUMN_EDGE_TOLERANCE && wrap <= min(itemTexts) + COLUMN_EDGE_TOLERANCE;
            }

            private static double min(List<Float> starts) {
                return starts.stream().mapToDouble(Float::doubleValue).min().orElseThrow();
            }

            private static double spread(List<Float> starts) {
                return starts.isEmpty() ? 0 : starts.stream().mapToDouble(Float::doubleValue).max().orElseThrow() - min(starts);
            }
        }

        private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"')\u2019\u201D]*$");

        private void columnFindings(List<Layout.Word> words, float edge, FindingKind kind, Optional<Area> area,
                String heading) {
            columnItems(words, edge).forEach(item -> columnFinding(item, kind, area, heading));
        }

        /** Words a line may end on with its item going on, whatever the next line opens on: "in", "the", "and". */
        private static final Pattern FUNCTION_WORD = Pattern.compile("(?i)a|an|the|of|in|on|at|to|for|from|by|with|and|or"
                + "|into|between|within|across|its|their|our");
        /** How far left of a column's edge, in line heights, a bullet of the column's items may hang. */
        private static final double HUNG_BULLET = 2.5;

        private static boolean isBullet(Layout.Word w) {
            return w.text().length() == 1 && (Document.BULLETS + "\u2013-*o").indexOf(w.text().charAt(0)) >= 0;
        }

        /** An item's number or letter as a word of its own: "1.", "(a)", "ii)". */
        private static final Pattern ITEM_NUMBER = Pattern.compile("(?:\\d{1,2}|[a-h])\\.|\\(?(?:\\d{1,2}|[a-h]|[ivx]{1,4})\\)");

        private static String firstText(List<Layout.Word> column) {
            return column.stream().filter(w -> !isBullet(w) && !ITEM_NUMBER.matcher(w.text()).matches()).map(Layout.Word::text)
                    .findFirst().orElse("A");
        }

        private static char lastChar(String text) {
            return text.charAt(text.length() - 1);
        }

        /**
         * A table column's words cut into its items: at each sentence's end, at a step down wider than a cell's
         * lines (the next row), and where a line ended short of the column's edge though the next line's first
         * word would have fit on it (an item that ends without a full stop).
         */
        private static List<List<Layout.Word>> columnItems(List<Layout.Word> words, float edge) {
            List<List<Layout.Word>> items = new ArrayList<>();
            List<Layout.Word> sentence = new ArrayList<>();
            double pitch = linePitch(words);
            double widest = words.stream().mapToDouble(Layout.Word::x1).max().orElse(0);
            Layout.Word previous = null;
            // A column whose items have no full stops (lists, "<br>" items): a line that opens on a capital after one that
            // ended on a lower-case word of content (not "of", "the") opens an item, though that line ran to the edge.
            boolean stopless = words.stream().noneMatch(w -> SENTENCE_END.matcher(w.text()).find());
            for (int k = 0; k < words.size(); k++) {
                Layout.Word w = words.get(k);
                if (isBullet(w)) {
                    // A bullet opens an item and is not its words.
                    if (!sentence.isEmpty()) {
                        items.add(sentence);
                        sentence = new ArrayList<>();
                    }
                    previous = null;
                    continue;
                }
                if (stopless && !sentence.isEmpty() && previous != null && w.page() == previous.page()
                        && w.top() - previous.top() >= previous.bottom() - previous.top()
                        && Character.isUpperCase(w.text().codePointAt(0)) && Character.isLowerCase(previous.text().codePointAt(0))
                        && !FUNCTION_WORD.matcher(previous.text()).matches() && Character.isLetter(lastChar(previous.text()))) {
                    items.add(sentence);
                    sentence = new ArrayList<>();
                }
                // A line that ended short of the column's edge though this line's first word would have fit on
                // it was ended on purpose: this line opens the next item ("<br>" items without full stops).
                if (!sentence.isEmpty() && previous != null && w.page() == previous.page()
                        && w.top() - previous.top() >= previous.bottom() - previous.top()
                        && previous.x1() + FIT_SPACE * (w.bottom() - w.top()) + (w.x1() - w.x0())
                                < Math.max(widest, edge - CELL_PADDING * (w.bottom() - w.top()))
                        && (Character.isUpperCase(w.text().codePointAt(0)) || Character.isDigit(w.text().codePointAt(0)))) {
                    items.add(sentence);
                    sentence = new ArrayList<>();
                }
                previous = w;
                // A step down wider than a cell's lines is the next row: the next item, full stop or none. A step
                // of twice a glyph's height is a cell's line (pdftotext -layout sets a column's lines between the
                // other's), and so is one just over the column's least step (PDFs leave leading above the glyphs).
                if (!sentence.isEmpty()) {
                    Layout.Word last = sentence.get(sentence.size() - 1);
                    double rowGap = Math.max(2 * (last.bottom() - last.top()), ROW_GAP * pitch);
                    if (w.page() == last.page() && w.top() - last.top() > rowGap) {
                        items.add(sentence);
                        sentence = new ArrayList<>();
                    }
                }
                sentence.add(w);
                // A full stop ends the item where the next word opens one ("... learning. Weak ..."), not before a word
                // in lower case or a number ("esp. in work-based learning", "in Sept. 2009").
                String following = k + 1 < words.size() ? words.get(k + 1).text() : "";
                if (SENTENCE_END.matcher(w.text()).find() && (following.isEmpty() || !Character.isLetterOrDigit(following.codePointAt(0))
                        || Character.isUpperCase(following.codePointAt(0)))) {
                    items.add(sentence);
                    sentence = new ArrayList<>();
                }
            }
            if (!sentence.isEmpty()) {
                items.add(sentence);
            }
            return items;
        }

        /** A table cell's padding on both sides of a column gap, as a share of a glyph's height. */
        private static final double CELL_PADDING = 1.2;

        /** A space's width as a share of a glyph's height (a little over a quarter of the font size). */
        private static final double FIT_SPACE = 0.4;

        /** How much further apart than a cell's lines the lines of two rows are, at least. */
        private static final double ROW_GAP = 1.1;

        /**
         * The step from one of a column's lines to the next within a cell: the least step down between its
         * words on a page of at least a glyph's height (a word set a little higher is on the same line).
         */
        private static double linePitch(List<Layout.Word> words) {
            double pitch = 0;
            for (int i = 1; i < words.size(); i++) {
                Layout.Word a = words.get(i - 1);
                Layout.Word b = words.get(i);
                double step = b.top() - a.top();
                if (a.page() == b.page() && step >= a.bottom() - a.top() && (pitch == 0 || step < pitch)) {
                    pitch = step;
                }
            }
            return pitch;
        }

        private void columnFinding(List<Layout.Word> words, FindingKind kind, Optional<Area> area, String heading) {
            // "... shared by partners.\u2022 Sound financial management": a bullet run on to the word before it parts two items.
            int cut = 0;
            for (int k = 0; k < words.size() - 1; k++) {
                Layout.Word w = words.get(k);
                if (w.text().length() > 1 && Document.BULLETS.indexOf(w.text().charAt(w.text().length() - 1)) >= 0) {
                    List<Layout.Word> item = new ArrayList<>(words.subList(cut, k));
                    item.add(new Layout.Word(w.page(), w.x0(), w.x1(), w.top(), w.bottom(), w.start(), w.end() - 1,
                            w.text().substring(0, w.text().length() - 1)));
                    columnFinding(item, kind, area, heading);
                    cut = k + 1;
                }
            }
            if (cut > 0) {
                columnFinding(words.subList(cut, words.size()), kind, area, heading);
                return;
            }
            // "Prompt referral; a stable workforce; an effective board": a list of three or more parted by semicolons. One
            // semicolon joins an item's two clauses ("... sixth forms; A level results are above the national average").
            boolean listed = words.stream().filter(w -> w.text().endsWith(";")).count() >= 2;
            int from = 0;
            for (int k = 0; listed && k < words.size() - 1; k++) {
                if (words.get(k).text().endsWith(";")) {
                    columnItem(words.subList(from, k + 1), kind, area, heading);
                    from = k + 1;
                }
            }
            columnItem(words.subList(from, words.size()), kind, area, heading);
        }

        private void columnItem(List<Layout.Word> words, FindingKind kind, Optional<Area> area, String heading) {
            String text = LAST_ITEM_AND.matcher(doc.mendHyphens(Layout.join(words))).replaceFirst("");
            if (text.codePoints().noneMatch(Character::isLetter)) {
                return; // a rule drawn with dashes between the header and the rows
            }
            if (area.isEmpty()) {
                warnings.add("a finding under \"" + heading + "\", an area the areas scheme does not know; not stored: \""
                        + text + "\"");
                return;
            }
            int start = words.stream().mapToInt(Layout.Word::start).min().orElseThrow();
            int end = words.stream().mapToInt(Layout.Word::end).max().orElseThrow();
            findings.add(new Finding(area.get(), kind, STATEMENT_STOP.matcher(text).replaceAll("").strip(),
                    doc.evidence(start, end, text), EveryChildMatters.outcomesIn(text)));
        }

        /**
         * A table's two columns flattened into one run of sentences, the strengths before the weaknesses: the
         * run is cut where the items stop saying what works and start saying what does not, at the point that
         * leaves the most items of positive wording before it and of negative wording after it ({@link Tone}).
         */
        private final List<MappedText> runItems = new ArrayList<>();
        private Optional<Area> runArea = Optional.empty();
        private String runHeading = "";

        // Ticks and crosses that mark each item's kind ("\u2713 Good health care") and numbers ("1. A clear ambition").
        private static final Pattern CELL_BULLET = Pattern.compile("^(?:[" + Document.BULLETS + "*\u2713\u2714\u2717\u2718\u2013\u2014-]"
                + "|" + Document.LETTER_BULLET
                + "|\\((?:[ivx]{1,4}|[a-h]|\\d{1,2})\\)|(?:[ivx]{1,4}|[a-h]|\\d{1,2})\\)|(?:\\d{1,2}|[a-h])\\.(?=\\s))\\s*");

        /** A wide gap within a line of a run (where a printer set one cell after another, a tab's width) or a bullet. */
        private static final Pattern CELL_GAP = Pattern.compile(" {3,}|\t|\\s+[" + Document.BULLETS + "]\\s+");

        /** A run's items: its sentences, and the cells a wide gap parts. */
        private static List<MappedText> runItems(MappedText run) {
            List<MappedText> items = new ArrayList<>();
            for (MappedText sentence : Sentences.split(run)) {
                items.addAll(sentence.split(CELL_GAP));
            }
            items.removeIf(i -> i.toString().isBlank());
            return items;
        }

        /** The run of a table's items read so far, cut into strengths and weaknesses. */
        void endRun() {
            endRows();
            if (table == Table.RUN) {
                table = Table.NONE;
                runFindings(List.copyOf(runItems), runArea, runHeading);
                runItems.clear();
            }
        }

        private void runFindings(List<MappedText> items, Optional<Area> area, String heading) {
            final int[] tone = items.stream().mapToInt(i -> Tone.of(Document.normalise(i))).toArray();
            int best = 0;
            int bestScore = Integer.MIN_VALUE;
            for (int cut = 0; cut <= items.size(); cut++) {
                int score = 0;
                for (int i = 0; i < items.size(); i++) {
                    score += i < cut ? tone[i] : -tone[i];
                }
                // Of cuts that fit the wording equally, the one nearest the middle: a table has two columns.
                boolean nearer = Math.abs(2 * cut - items.size()) < Math.abs(2 * best - items.size());
                if (score > bestScore || (score == bestScore && nearer)) {
                    bestScore = score;
                    best = cut;
                }
            }
            int cut = best;
            long misfits = java.util.stream.IntStream.range(0, items.size())
                    .filter(i -> i < cut ? tone[i] < 0 : tone[i] > 0).count();
            long toned = java.util.Arrays.stream(tone).filter(t -> t != 0).count();
            // Rows flattened one after the other (a strength, its row's weakness, the next strength ...) fit no
            // single cut: each item is then what its words say, an item whose words do not say the other
            // column's from the item before it.
            boolean rowOrder = misfits >= 2 && misfits * 5 >= toned;
            FindingKind previous = FindingKind.WEAKNESS;
            for (int i = 0; i < items.size(); i++) {
                FindingKind kind = !rowOrder ? (i < best ? FindingKind.STRENGTH : FindingKind.WEAKNESS)
                        : tone[i] > 0 ? FindingKind.STRENGTH : tone[i] < 0 ? FindingKind.WEAKNESS
                        : previous == FindingKind.STRENGTH ? FindingKind.WEAKNESS : FindingKind.STRENGTH;
                findings(items.get(i), kind, area, heading);
                previous = kind;
            }
        }

        private void findings(MappedText cell, FindingKind kind, Optional<Area> area, String heading) {
            List<MappedText> numbered = numberedItems(cell);
            if (!numbered.isEmpty()) {
                numbered.forEach(item -> finding(item, kind, area, heading));
                return;
            }
            for (MappedText part : Sentences.split(cell)) {
                for (MappedText sentence : cellItems(part)) {
                    finding(sentence, kind, area, heading);
                }
            }
        }

        /** An item's number within a cell's run of them: "1. ", " 2. ". */
        private static final Pattern INLINE_NUMBER = Pattern.compile("(?:^|(?<=\\s))(\\d{1,2})\\.\\s+(?=\\S)");

        /**
         * A cell's items numbered in one run ("1. Strong leadership 2. Effective prevention 3. ..."), each from its
         * number to the next, where the numbers run from 1 with none missed; empty otherwise.
         */
        private static List<MappedText> numberedItems(MappedText cell) {
            MappedText text = cell.strip();
            Matcher m = INLINE_NUMBER.matcher(text);
            List<int[]> marks = new ArrayList<>();
            while (m.find()) {
                if (Integer.parseInt(m.group(1)) == marks.size() + 1) {
                    marks.add(new int[] {m.start(), m.end()});
                }
            }
            if (marks.size() < 2 || marks.get(0)[0] != 0) {
                return List.of();
            }
            List<MappedText> items = new ArrayList<>();
            for (int k = 0; k < marks.size(); k++) {
                int end = k + 1 < marks.size() ? marks.get(k + 1)[0] : text.length();
                items.add(text.slice(marks.get(k)[1], end).strip());
            }
            return items;
        }

        /**
         * A cell's sentence may hold several items, parted by semicolons ("Prompt referral; a stable workforce;
         * an effective board"): a table's items are phrases, and a phrase of a strengths table has no semicolon
         * of its own.
         */
        private static List<MappedText> cellItems(MappedText sentence) {
            List<MappedText> items = new ArrayList<>(sentence.split(ITEM_SEMICOLON).stream().map(MappedText::strip)
                    .filter(i -> i.length() > 0).toList());
            if (items.size() > 1) {
                // "...; and the range of accommodation": the list's last item, not its words.
                MappedText last = items.get(items.size() - 1);
                Matcher and = LAST_ITEM_AND.matcher(last);
                if (and.lookingAt()) {
                    items.set(items.size() - 1, last.slice(and.end(), last.length()));
                }
            }
            return items;
        }

        private static final Pattern ITEM_SEMICOLON = Pattern.compile(";\\s*");
        private static final Pattern LAST_ITEM_AND = Pattern.compile("(?i)^(?:and|or)\\s+");

        private void finding(MappedText sentence, FindingKind kind, Optional<Area> area, String heading) {
            // "\u2022 Good support for ...", "(ii) strong leadership": a cell's own bullets and numbers mark its
            // items, they are not their words.
            Matcher bullet = CELL_BULLET.matcher(sentence);
            MappedText item = (bullet.lookingAt() ? sentence.slice(bullet.end(), sentence.length()) : sentence).strip();
            // "... in long-term care (paragraph 28)": where the evidence is set out, not the finding's words.
            Matcher reference = TRAILING_REFERENCE.matcher(item);
            item = reference.find() ? item.slice(0, reference.start()).strip() : item;
            if (item.isBlank()) {
                return; // a mark with no item after it: nothing to read
            }
            if (area.isEmpty()) {
                warnings.add("a finding under \"" + heading + "\", an area the areas scheme does not know; not stored: \""
                        + Document.quote(item) + "\"");
                return;
            }
            findings.add(new Finding(area.get(), kind, statement(item), doc.evidence(item),
                    EveryChildMatters.outcomesIn(item)));
        }

        void mainFinding(Block b) {
            if (b.kind() != Block.Kind.LIST_ITEM) {
                return;
            }
            Optional<Area> area = AreaRule.first(MAIN_FINDING_AREAS, b.text().toString()).stream().findFirst();
            mainFindings.add(new MainFinding(area, statement(b.text()), doc.evidence(b.text()),
                    EveryChildMatters.outcomesIn(b.text())));
        }

        void recommendation(Block b) {
            String label = Document.normalise(b.text()).strip();
            if (b.lines().size() == 1 && label.length() <= 40 && !SHOULD_WORD.matcher(label).find()
                    && TIMESCALE_HEADING.matcher(label).matches() && timescaleOn(label) != null) {
                // A timescale on a line of its own, however set: a heading, a list item or an indented cell ("at once",
                // "over the longer term", which a PDF's text gives as a paragraph that would otherwise open on its verb).
                timescaleLabel(label, b);
                return;
            }
            if (b.kind() == Block.Kind.TABLE_ROW) {
                tableRecommendation(b);
                return;
            }
            if (readByPosition(b) || (RECOMMENDATIONS_HEADER.matcher(b.text()).lookingAt() && recommendationsByPosition(b))
                    || (TWO_COLUMN_HEADER.matcher(b.text()).lookingAt() && recommendationsBesideTimescales(b))) {
                return;
            }
            if (codeKey(b.text())) {
                return;
            }
            String text = Document.normalise(b.text());
            if (b.kind() == Block.Kind.PARAGRAPH && timescaleGivenAfter(b)) {
                return;
            }
            if (committeeLead(b.text())) {
                return;
            }
            Matcher subjunctive = (bodyInItems ? BODY_AT_HEAD : RECOMMENDED_INLINE).matcher(b.text());
            if (subjunctive.lookingAt() && (bodyInItems || b.kind() == Block.Kind.PARAGRAPH)) {
                // "the council raise the attainment of ...", "That the primary care trust commission ..., within the same
                // period.", "It is further recommended that the board audit, within six months, ...": the body at the
                // item's head, the verb bare; a timescale inside the sentence is the item's own.
                MappedText recommended = b.text().slice(subjunctive.end(), b.text().length());
                Party who = addressee(Document.normalise(subjunctive.group(1)) + " should", subjunctive.group(1));
                Timescale own = timescaleOf(Document.normalise(recommended));
                recommendOrHold(own != null ? own : timescale, b.number(), who, recommended);
                return;
            }
            Matcher timed = ADDRESSEE_TIMED.matcher(text.strip());
            String timedWhen = timed.matches() ? Optional.ofNullable(timed.group(1)).orElse(timed.group(3)) : null;
            Timescale timedScale = timedWhen == null ? null : timescaleOn(timedWhen);
            if (timedScale != null) {
                // "The local partnership should, as a matter of urgency:", "Over the next six months, the primary care
                // trust should:": who and when on one line.
                Matcher written = ADDRESSEE_TIMED.matcher(Document.quote(b.text()).strip());
                bodyNamed(timed.group(2) + " should", (written.matches() ? written.group(2) : timed.group(2)) + " should");
                timescale = timedScale;
                addresseeLast = false;
                return;
            }
            Matcher inline = ADDRESSEE_INLINE.matcher(b.text());
            boolean matched = inline.lookingAt();
            String when = !matched ? "" : Optional.ofNullable(inline.group(1)).or(() -> Optional.ofNullable(inline.group(3)))
                    .orElse("").toLowerCase(java.util.Locale.ROOT);
            Matcher again = IT_SHOULD.matcher(b.text());
            if (!matched && again.lookingAt() && inlineParty != null && b.kind() != Block.Kind.TABLE_ROW) {
                // "7. It should also publish ...": the body the item before named.
                recommendOrHold(timescale, b.number(), inlineParty, b.text().slice(again.end(), b.text().length()));
                return;
            }
            if (matched) {
                // "The council and its partners should ensure that ...", "In addition, the youth offending service
                // should, within six months, share ...", "2. Immediately, the council should ensure ...": who should
                // act, and when where it says, in one sentence (a paragraph, or an item of a list).
                Timescale stated = Optional.ofNullable(timescaleOf(when)).orElse(timescale);
                MappedText recommended = b.text().slice(inline.end(), b.text().length());
                Party who = addressee(Document.normalise(inline.group(2)) + " should", inline.group(2));
                inlineParty = who;
                if (stated != null) {
                    // "... on time. They should also clear the backlog ...": a second recommendation to the same body.
                    recommended.split(SAME_BODY_AGAIN).forEach(part -> recommend(stated, who, part));
                    return;
                }
                if (b.kind() == Block.Kind.NUMBERED || b.kind() == Block.Kind.LIST_ITEM) {
                    // A numbered list whose timescales a note after it gives: held until the note is read.
                    holdUntilNote(b.number(), who, recommended);
                    return;
                }
            }
            Matcher minute = ADDRESSEE_TO.matcher(b.text());
            if (minute.lookingAt() && timescale != null) {
                // "4. The council to extend the use of the common assessment framework ...": a minute's "X to do Y".
                recommend(timescale, addressee(Document.normalise(minute.group(1)) + " should", minute.group(1)),
                        b.text().slice(minute.end(), b.text().length()));
                return;
            }
            if (UNADDRESSED_LEAD.matcher(text.strip()).matches()) {
                // "Action is needed to:": items that name no body are the local partnership's, to whom the review reports.
                bodyNamed("the partnership should", "the partnership");
                return;
            }
            // An item is a list item, a numbered paragraph, or a paragraph that opens on its verb ("ensure that ...").
            // Under a timescale and addressee, a paragraph that opens on its verb in capitals ("Ensure that ...") is one too.
            boolean item = b.kind() == Block.Kind.LIST_ITEM || b.kind() == Block.Kind.NUMBERED
                    || (b.kind() == Block.Kind.PARAGRAPH && (Character.isLowerCase(b.text().charAt(0))
                    || (timescale != null && party != null && !TIMESCALE_HEADING.matcher(text).matches()
                    && !ADDRESSEE_LINE.matcher(text).matches() && !NOT_AN_ITEM.matcher(text).lookingAt())));
            List<MappedText> sentences = b.sentences();
            MappedText lastSentence = sentences.isEmpty() ? null : sentences.get(sentences.size() - 1);
            if (!item && sentences.size() > 1 && committeeLead(lastSentence)) {
                return; // a heading and prose run into the lead-in, as pdftotext -layout joins them
            }
            if (!item) {
                Matcher forBody = ADDRESSEE_FOR.matcher(text.strip());
                if (TIMESCALE_HEADING.matcher(text).matches()) {
                    timescaleLabel(text, b);
                } else if (ADDRESSEE_LINE.matcher(text).matches()) {
                    bodyNamed(text, Document.quote(b.text()));
                } else if (forBody.matches()) {
                    // The body's name as written, read by the same pattern (its words, normalised, in lower case).
                    Matcher written = ADDRESSEE_FOR.matcher(Document.quote(b.text()).strip());
                    String body = Optional.ofNullable(forBody.group(1)).orElse(forBody.group(2));
                    String writtenBody = !written.matches() ? body : Optional.ofNullable(written.group(1)).orElse(written.group(2));
                    bodyNamed(body + " should", writtenBody + " should");
                } else if (b.lines().size() == 1 && BODY_ALONE.matcher(text.strip()).matches()) {
                    // "The local partnership" as a sub-heading, its timescales and items under it.
                    bodyNamed(text.strip() + " should", Document.quote(b.text()).strip() + " should");
                }
                return;
            }
            // A body run on after the last item, as a PDF's text joins lines ("... safeguarding needs. The council and its
            // partners should:"): the item without it, then the body.
            MappedText whole = b.text();
            if (sentences.size() > 1 && RECOMMENDED_THAT.matcher(Document.normalise(lastSentence).strip()).matches()) {
                // The next lead-in run on to an item ("... special educational needs. It is recommended that the local
                // partnership:"): the item, then the lead-in.
                MappedText itemPart = whole.slice(0, whole.toString().lastIndexOf(lastSentence.toString())).strip();
                if (party != null) {
                    recommendOrHold(timescale, b.number(), party, itemPart);
                }
                committeeLead(lastSentence);
                return;
            }
            List<MappedText> parts = Sentences.split(whole);
            MappedText runOnBody = parts.size() > 1 && ADDRESSEE_LINE.matcher(Document.normalise(parts.get(parts.size() - 1))
                    .strip()).matches() ? parts.get(parts.size() - 1).strip() : null;
            // The timescale given at the item's end: "... are recorded. Timescale: immediate."
            Matcher ownTimescale = ITEM_TIMESCALE.matcher(whole);
            Timescale own = ownTimescale.find() ? timescaleOn(Document.normalise(ownTimescale.group(1))) : null;
            if (own != null && party != null && runOnBody == null) {
                recommend(own, party, whole.slice(0, ownTimescale.start()).strip());
                return;
            }
            // The timescale given at the item's head: "without delay, agree and publish ...", "within six months, raise ...".
            Matcher leading = ITEM_LEADING_TIMESCALE.matcher(whole);
            Timescale lead = leading.lookingAt() ? timescaleOn(Document.normalise(leading.group(1))) : null;
            if (lead != null && party != null && runOnBody == null) {
                recommend(lead, party, whole.slice(leading.end(), whole.length()));
                return;
            }
            if (timescale == null && party != null && runOnBody == null) {
                // Its timescale may be given after the list ("Inspectors expect each of the recommendations above to have
                // been carried out within six months"): held until then.
                holdUntilNote(b.number(), party, whole);
                return;
            }
            if (timescale == null || party == null) {
                warnings.add("a recommendation with no known " + (timescale == null ? "timescale" : "addressee")
                        + " before it; not stored: \"" + Document.quote(b.text()) + "\"");
                bodyRunOn(runOnBody);
                return;
            }
            if (runOnBody != null) {
                recommend(timescale, party, whole.slice(0, whole.toString().lastIndexOf(runOnBody.toString())).strip());
                bodyRunOn(runOnBody);
                return;
            }
            // Paragraphs run together (no blank line between them in a PDF's text): each sentence that opens on
            // its verb is an item of its own.
            List<MappedText> runTogether = b.kind() == Block.Kind.PARAGRAPH ? parts : List.of(b.text());
            boolean several = runTogether.size() > 1 && runTogether.stream().allMatch(x -> !NOT_AN_ITEM.matcher(x).lookingAt());
            for (MappedText recommended : several ? runTogether : List.of(b.text())) {
                recommend(timescale, party, recommended);
            }
        }

        /**
         * Who should act from here on: the partnership, the council or any other body the review names ("The primary
         * care trust should:"), on a line of its own or run on to the end of an item. Grouped by body, each body's
         * timescales under it, a new body's are stated again.
         */
        private void bodyNamed(String normalised, String quoted) {
            party = addressee(normalised, quoted);
            timescale = byBody ? null : timescale;
            addresseeLast = true;
        }

        /** A body named at the end of an item's text, if one is. */
        private void bodyRunOn(MappedText body) {
            if (body != null) {
                bodyNamed(Document.normalise(body).strip(), Document.quote(body));
            }
        }

        /**
         * A timescale heading or label. Recommendations come grouped by timescale, each with its bodies (a new
         * timescale's bodies are stated again), or by body, each with its timescales (a timescale straight after a
         * body says so: the body stands for the timescales after it).
         */
        private void timescaleLabel(String text, Block b) {
            Timescale next = timescaleOn(text);
            // Under a body its timescales run from the soonest on: one no later than the last, with no body named
            // between, is another body's, whose name was not read (run into an item by a PDF's text).
            boolean anotherBody = byBody && !addresseeLast && timescale != null && next != null
                    && next.compareTo(timescale) <= 0;
            byBody |= addresseeLast;
            addresseeLast = false;
            party = byBody && !anotherBody ? party : null;
            timescale = next;
            if (timescale == null) {
                warnings.add("a recommendations heading of no known timescale: \"" + Document.quote(b.text())
                        + "\"; its recommendations are not stored");
            }
        }

        /**
         * A row of a recommendations table: its timescale, who should act and the recommendation ("Within six
         * months | The primary care trust | Ensure that ..."); the header row and other rows are passed over.
         */
        private void tableRecommendation(Block b) {
            List<MappedText> cells = b.cells();
            if (cells.size() < 2) {
                return;
            }
            List<MappedText> filled = cells.stream().filter(c -> !c.isBlank()).toList();
            if (gridRow(cells, filled)) {
                return;
            }
            String only = filled.size() == 1 ? Document.normalise(filled.get(0)).strip() : "";
            if (ADDRESSEE_LINE.matcher(only).matches() && !TIMESCALE_HEADING.matcher(only).matches()) {
                // A row of its own naming who should act ("The council should: |"), over the rows of its recommendations.
                bodyNamed(only, Document.quote(filled.get(0)).strip());
                tableParty = null;
                return;
            }
            // The columns in any order ("Recommendation | Timescale | Lead body", "No. | Recommendation | To be led by |
            // By when"): the timescale is the short cell that names one, the recommendation the longest of the others,
            // who should act the short one left that is not a number.
            int when = -1;
            Timescale rowTimescale = null;
            for (int i = 0; i < cells.size() && when < 0; i++) {
                String cell = Document.normalise(cells.get(i)).strip();
                rowTimescale = cell.length() <= 40 ? timescaleOf(cell) : null;
                when = rowTimescale != null ? i : -1;
            }
            if (when < 0 && tableTimescale != null && timescaleColumn < cells.size() && cells.get(timescaleColumn).isBlank()) {
                when = timescaleColumn;
                rowTimescale = tableTimescale;
            }
            if (when < 0) {
                codedRow(cells);
                return;
            }
            int what = -1;
            for (int i = 0; i < cells.size(); i++) {
                if (i != when && (what < 0 || cells.get(i).strip().length() > cells.get(what).strip().length())) {
                    what = i;
                }
            }
            int who = -1;
            for (int i = 0; i < cells.size() && who < 0; i++) {
                String cell = cells.get(i).toString().strip();
                who = i != when && i != what && !cell.isEmpty() && cell.length() <= 60 && !cell.matches("\\W*\\d{1,2}\\W*") ? i : -1;
            }
            // An item marked in its cell ("\u2013 ensure that ..."), as a list under its body's row.
            MappedText recommended = unmarked(cells.get(what));
            boolean sameParty = who < 0 && tableParty != null && partyColumn >= 0 && partyColumn < cells.size()
                    && partyColumn != what && cells.get(partyColumn).isBlank();
            // "The council and its partners should:" over "Timescale | Action": the body the lead-in names.
            boolean leadInParty = who < 0 && !sameParty && cells.size() == 2 && party != null;
            if ((who < 0 && !sameParty && !leadInParty) || recommended.length() < 20) {
                return;
            }
            // "The local partnership should" in its cell, or "Local partnership": who should act, said either way.
            Party rowParty = leadInParty ? party : sameParty ? tableParty : addressee(SHOULD.matcher(Document.normalise(cells.get(who)).strip())
                    .replaceFirst("") + " should", Document.quote(cells.get(who)).strip());
            tableTimescale = rowTimescale;
            timescaleColumn = when;
            tableParty = rowParty;
            partyColumn = sameParty ? partyColumn : who;
            recommend(rowTimescale, rowParty, recommended);
        }

        /**
         * A row of a grid of recommendations by body and timescale: the header's cells name a timescale each ("| For
         * immediate action | Within six months | In the longer term"), each row's first cell the body ("The council
         * should:"), and its other cells that body's items for the column's timescale (parted as paragraphs; a dash for
         * none). True if the row was the grid's.
         */
        private boolean gridRow(List<MappedText> cells, List<MappedText> filled) {
            List<Timescale> header = new ArrayList<>();
            for (MappedText cell : cells) {
                String words = Document.normalise(cell).strip();
                header.add(!words.isEmpty() && words.length() <= 40 ? timescaleOf(words) : null);
            }
            long named = header.stream().filter(java.util.Objects::nonNull).count();
            if (named >= 2 && named == filled.size()) {
                gridTimescales = header;
                return true;
            }
            if (gridTimescales.isEmpty()) {
                return false;
            }
            String first = Document.normalise(cells.get(0)).strip();
            if (!ADDRESSEE_LINE.matcher(first).matches() || header.get(0) != null) {
                gridTimescales = List.of(); // the grid has ended
                return false;
            }
            Party who = addressee(first, SHOULD.matcher(Document.quote(cells.get(0)).strip()).replaceFirst(""));
            for (int i = 1; i < cells.size() && i < gridTimescales.size(); i++) {
                Timescale when = gridTimescales.get(i);
                for (MappedText item : when == null ? List.<MappedText>of() : cells.get(i).split(ITEM_MARK)) {
                    MappedText recommended = unmarked(item);
                    if (recommended.length() >= 10) {
                        recommend(when, who, recommended);
                    }
                }
            }
            return true;
        }

        private static final Pattern BODY_WORD = Pattern.compile("(?i)\\b(?:" + BODY_WORDS + ")\\b");
        /** A timescale given by a code its key explains: "A", "B", "C", "1", or a priority's word ("High", "Medium"). */
        private static final Pattern TIMESCALE_CODE = Pattern.compile("^(?:[A-E]|[1-5]|[A-Z][a-z]{2,14})$");
        /**
         * A key to codes: "Key to priority: A - immediate action; B - action within six months; ...", or a heading "Key to
         * priorities" over its lines ("High: action to begin straight away.").
         */
        private static final Pattern TIMESCALE_KEY = Pattern.compile("(?i)^\\W*key(?:\\s+to\\s+(?:the\\s+)?(?-i:[a-z][a-z ]{0,29}?))?"
                + "(?:\\s*[:.\u2013-]|\\s*\\n|\\s+(?=(?-i:[A-Z][A-Za-z]{0,14})\\s*[:=\u2013-]))\\s*");
        private static final Pattern KEY_ENTRY = Pattern.compile("(?:^|[;,.]\\s*|\\s)([A-E]|[1-5]|[A-Z]{3,15})\\s*(?:[=:\u2013\u2014-]|\\bis\\b|\\bmeans\\b)\\s*([^;.]+)");

        /**
         * A row whose timescale is a code ("A | Ensure that ... | Council"): read at once if the key is known, else kept
         * until it is read.
         */
        private void codedRow(List<MappedText> cells) {
            int code = -1;
            int what = -1;
            int who = -1;
            for (int i = 0; i < cells.size(); i++) {
                String cell = cells.get(i).toString().strip();
                // A code, not a body's one word ("Council").
                if (code < 0 && TIMESCALE_CODE.matcher(cell).matches() && !BODY_WORD.matcher(cell).find()) {
                    code = i;
                } else if (what < 0 || cell.length() > cells.get(what).toString().strip().length()) {
                    what = i;
                }
            }
            for (int i = 0; i < cells.size() && code >= 0; i++) {
                String cell = cells.get(i).toString().strip();
                if (i != code && i != what && !cell.isEmpty() && cell.length() <= 60) {
                    who = i;
                }
            }
            if (code < 0 || what < 0 || who < 0 || cells.get(what).toString().strip().length() < 20) {
                return;
            }
            Party party = addressee(SHOULD.matcher(Document.normalise(cells.get(who)).strip()).replaceFirst("") + " should",
                    Document.quote(cells.get(who)).strip());
            MappedText recommended = cells.get(what).strip();
            coded(cells.get(code).toString(), Document.quote(recommended), t -> recommend(t, party, recommended));
        }

        /** A recommendation whose timescale is a code: stored at once if the key is known, else when it is read. */
        private void coded(String code, String quoted, java.util.function.Consumer<Timescale> store) {
            codedRows.add(new CodedRecommendation(code.strip().toUpperCase(java.util.Locale.ROOT), quoted, store));
            resolveCodes();
        }

        /** A key to the codes of a recommendations table: what each stands for, and the rows that waited for it. */
        private boolean codeKey(MappedText text) {
            Matcher key = TIMESCALE_KEY.matcher(text);
            if (!key.lookingAt()) {
                return false;
            }
            String entries = Document.normalise(text.subSequence(key.end(), text.length())).toUpperCase(java.util.Locale.ROOT);
            for (Matcher m = KEY_ENTRY.matcher(entries); m.find();) {
                Timescale t = timescaleOf(m.group(2).strip().toLowerCase(java.util.Locale.ROOT));
                if (t != null) {
                    timescaleKey.put(m.group(1), t);
                }
            }
            resolveCodes();
            return true;
        }

        private void resolveCodes() {
            for (java.util.Iterator<CodedRecommendation> it = codedRows.iterator(); it.hasNext();) {
                CodedRecommendation row = it.next();
                Timescale t = timescaleKey.get(row.code());
                if (t != null) {
                    row.store().accept(t);
                    it.remove();
                }
            }
        }

        /**
         * A lead-in in a committee's words: "It is recommended that the council:", "Over the next two years, it is
         * recommended that:", naming the body, or leaving each item to name its own. False if the text is none.
         */
        private boolean committeeLead(MappedText lead) {
            Matcher committee = RECOMMENDED_THAT.matcher(Document.normalise(lead).strip());
            if (!committee.matches()) {
                return false;
            }
            Timescale stated = committee.group(1) == null ? null : timescaleOn(committee.group(1));
            if (committee.group(2) != null) {
                Matcher written = RECOMMENDED_THAT.matcher(Document.quote(lead).strip());
                bodyNamed(committee.group(2) + " should", (written.matches() ? written.group(2) : committee.group(2)) + " should");
                bodyInItems = false;
            } else {
                party = null;
                bodyInItems = true;
            }
            timescale = stated != null ? stated : bodyInItems ? timescale : null;
            addresseeLast = false;
            return true;
        }

        /** A recommendation stored if its timescale is known, else held until a note after it gives one. */
        private void recommendOrHold(Timescale when, Optional<Integer> number, Party who, MappedText recommended) {
            if (when != null) {
                recommend(when, who, recommended);
            } else {
                pending.add(new PendingRecommendation(number, who, recommended));
            }
        }

        /** An item held until a note gives its timescale; the note itself where it runs on at the item's end. */
        private void holdUntilNote(Optional<Integer> number, Party who, MappedText recommended) {
            List<MappedText> sentences = Sentences.split(recommended);
            int note = noteStart(sentences);
            MappedText item = note < 0 ? recommended
                    : recommended.slice(0, recommended.toString().lastIndexOf(sentences.get(note).toString())).strip();
            pending.add(new PendingRecommendation(number, who, item));
            if (note >= 0) {
                timescaleGivenAfter(sentences.subList(note, sentences.size()));
            }
        }

        /**
         * Where a note giving held items' timescales starts among an item's sentences, as pdftotext -layout runs the note
         * on to the last item ("... young parents' services. Timescales. Recommendations 1 to 3 call for ..."); -1 if none.
         */
        private int noteStart(List<MappedText> sentences) {
            for (int k = 1; k < sentences.size(); k++) {
                String words = Document.normalise(sentences.get(k)).strip();
                if (words.matches("(?i)timescales?\\W*") || (timescaleOn(words) != null
                        && (NUMBERED_RANGE.matcher(words).find() || BACK_REFERENCE.matcher(words).find()))) {
                    return k;
                }
            }
            return -1;
        }

        /** "Recommendations 4 to 9 should be carried out within six months": the items a note's numbers name. */
        private static final Pattern NUMBERED_RANGE = Pattern.compile("(?i)\\brecommendations?\\s+(\\d{1,2})(?:\\s*(to|-|\u2013|and)\\s*(\\d{1,2}))?\\b");
        /** Words by which a sentence speaks of the items before it: "this work", "the recommendations above", "these". */
        private static final Pattern BACK_REFERENCE = Pattern.compile("(?i)\\b(?:above|this work|these|them|all of|each of|the foregoing"
                + "|preceding|listed)\\b");

        /**
         * A note after held items that gives their timescale: for those its numbers name ("Recommendations 1 to 3 call for
         * action straight away"), or for all of them ("The partnership should complete this work within six months"), whose
         * timescale then holds on ("..., within the same period"). False if the paragraph gives none.
         */
        private boolean timescaleGivenAfter(Block b) {
            return !b.text().toString().strip().endsWith(":") && timescaleGivenAfter(b.sentences());
        }

        private boolean timescaleGivenAfter(List<MappedText> sentences) {
            if (pending.isEmpty()) {
                return false;
            }
            boolean given = false;
            for (MappedText sentence : sentences) {
                String words = Document.normalise(sentence);
                Timescale when = timescaleOn(words);
                if (when == null) {
                    continue;
                }
                Matcher range = NUMBERED_RANGE.matcher(words);
                if (range.find()) {
                    // "Recommendations 4 to 9", "Recommendations 1 and 3", "Recommendation 10".
                    int from = Integer.parseInt(range.group(1));
                    int to = range.group(3) == null ? from : Integer.parseInt(range.group(3));
                    boolean both = "and".equalsIgnoreCase(range.group(2));
                    for (java.util.Iterator<PendingRecommendation> it = pending.iterator(); it.hasNext();) {
                        PendingRecommendation item = it.next();
                        if (item.number().filter(n -> both ? n == from || n == to : n >= from && n <= to).isPresent()) {
                            recommend(when, item.party(), item.text());
                            it.remove();
                            given = true;
                        }
                    }
                } else if (BACK_REFERENCE.matcher(words).find()) {
                    pending.forEach(item -> recommend(when, item.party(), item.text()));
                    pending.clear();
                    timescale = when;
                    given = true;
                }
            }
            return given;
        }

        /** "Inspectors ask the council to act at once to:": the body a lead-in to urgent recommendations names. */
        private static final Pattern ASKS_BODY = Pattern.compile("(?i)\\b(?:asks?|asked|requires?|required|expects?|urges?)\\s+"
                + "(the [^,:;]{2,60}?)\\s+to\\b");
        /** What makes a sentence with an immediate timescale a lead-in to recommendations: action asked for. */
        private static final Pattern ACTION_ASKED = Pattern.compile("(?i)\\b(?:act|action|recommend\\w*)\\b");

        /**
         * Whether a block of the main findings is a recommendation for immediate action, its lead-in read before it
         * ("Some weaknesses ... Action on them is required immediately, and they are set out here", "Inspectors ask the
         * council to act at once to:"): an item opening on its verb, or a body and "should". Read as such if so.
         */
        boolean urgentItem(Block b) {
            if (!urgent) {
                return false;
            }
            boolean item = (b.kind() == Block.Kind.LIST_ITEM && party != null && Character.isLowerCase(b.text().charAt(0)))
                    || ((b.kind() == Block.Kind.PARAGRAPH || b.kind() == Block.Kind.LIST_ITEM) && ADDRESSEE_INLINE.matcher(b.text()).lookingAt());
            if (!item) {
                urgent = false;
                return false;
            }
            timescale = Timescale.IMMEDIATE;
            recommendation(b);
            return true;
        }

        /** A block of the main findings that leads in to recommendations for immediate action, after it. */
        void urgentLead(Block b) {
            List<MappedText> sentences = b.sentences();
            if (sentences.isEmpty()) {
                return;
            }
            String last = Document.normalise(sentences.get(sentences.size() - 1));
            if (IMMEDIATE.matcher(last).find() && ACTION_ASKED.matcher(last).find()) {
                Matcher asks = ASKS_BODY.matcher(last);
                urgent = true;
                urgentRead = true;
                timescale = Timescale.IMMEDIATE;
                party = asks.find() ? addressee(asks.group(1) + " should", asks.group(1)) : null;
            }
        }

        /** The recommendations section begins: what the main findings' urgent ones left is not its. */
        void recommendationsBegin() {
            if (urgentRead) {
                timescale = null;
                party = null;
                urgent = false;
                urgentRead = false;
            }
        }

        /** Rows whose code no key explained: said, not stored. */
        void codesLeft() {
            pending.forEach(item -> warnings.add("a recommendation with no known timescale before or after it; not stored: \""
                    + Document.quote(item.text()) + "\""));
            pending.clear();
            codedRows.forEach(r -> warnings.add("a recommendation coded \"" + r.code() + "\" with no key to the code; not stored: \""
                    + r.quoted() + "\""));
            codedRows.clear();
        }

        /** A cell's text without the bullet or number that marks it as an item ("\u2013 ensure that ...", "(ii) agree ..."). */
        private static MappedText unmarked(MappedText cell) {
            MappedText text = cell.strip();
            Matcher mark = CELL_BULLET.matcher(text);
            return mark.lookingAt() ? text.slice(mark.end(), text.length()) : text;
        }

        /** A recommendation read from where its words stand: its evidence spans its words, however the text interleaves them. */
        private void recommendWords(Timescale when, Party who, List<Layout.Word> item, String text) {
            int start = item.stream().mapToInt(Layout.Word::start).min().orElseThrow();
            int stop = item.stream().mapToInt(Layout.Word::end).max().orElseThrow();
            recommendations.add(new Recommendation(when, who, statement(text), doc.evidence(start, stop, text),
                    EveryChildMatters.outcomesIn(text)));
        }

        /** A recommendation: its statement, evidence and the outcomes it speaks of, from its text. */
        private void recommend(Timescale when, Party who, MappedText recommended) {
            // A body named, then its recommendations: a timescale after them starts another list, not the body's.
            addresseeLast = false;
            if (recommended.toString().codePoints().noneMatch(Character::isLetter)) {
                return; // nothing left of an item once its body, run on to it, is taken off
            }
            recommendations.add(new Recommendation(when, who, statement(recommended), doc.evidence(recommended),
                    EveryChildMatters.outcomesIn(recommended)));
        }

        /** A lead-in to recommendations that names no body: "Action is needed to:", "To improve further:". */
        private static final Pattern UNADDRESSED_LEAD = Pattern.compile("(?i)^(?:(?:further |urgent )?action is (?:needed|required)"
                + "|(?:the following )?actions? (?:is |are )?(?:needed|required)|to improve(?: further| outcomes)?"
                + "|(?:it is )?recommended that action is taken)(?: to| in order to)?\\s*:$");

        /** A timescale opening an item, set off by a comma before the item's verb. */
        private static final Pattern ITEM_LEADING_TIMESCALE = Pattern.compile("(?i)^((?:within|in|over)\\s+(?:the\\s+)?(?:next\\s+"
                + "|coming\\s+)?[\\w -]{1,20}?(?:months?|years?|term)|without delay|immediately|urgently|as a matter of urgency"
                + "|at once|straight away|as an immediate priority)\\s*,\\s+(?=\\p{Ll})");

        /** A timescale labelled at an item's end: "Timescale: within six months.", "(Timescale - immediate)". */
        private static final Pattern ITEM_TIMESCALE = Pattern.compile("(?i)(?:(?<=[.;,])\\s*|\\s*\\()(?:timescales?|timing|by when|when)"
                + "\\s*[:\\u2013-]\\s*([^.():;]{3,60})\\)?\\.?\\s*$");

        /** The timescale normalised words name ("within six months", "longer term"), or null. */
        private static Timescale timescaleOf(String words) {
            return IMMEDIATE.matcher(words).find() ? Timescale.IMMEDIATE
                    : SIX_MONTHS.matcher(words).find() ? Timescale.SIX_MONTHS
                    : LONGER_TERM.matcher(words).find() ? Timescale.LONGER_TERM : null;
        }

        /** The party a line such as "The primary care trust should:" names (its normalised and quoted forms). */
        private static Party addressee(String normalised, String quoted) {
            // "To strengthen safeguarding further, the local partnership should:": the purpose is not the body;
            // "Each primary care trust should:" addresses the body that each of them is.
            normalised = BODY_LEAD.matcher(normalised).replaceFirst("");
            quoted = BODY_LEAD.matcher(quoted).replaceFirst("");
            return TO_PARTNERSHIP.matcher(normalised).matches() || BODIES_LISTED.matcher(normalised).find() ? Party.PARTNERSHIP
                    : TO_COUNCIL.matcher(normalised).matches() ? Party.COUNCIL
                    : NAMED_PRIMARY_CARE_TRUST.matcher(normalised).matches() && !OTHER_BODY.matcher(normalised).find()
                            ? Party.named("primary care trust")
                    : Party.named(SHOULD.matcher(quoted).replaceFirst(""));
        }

        /** What may come before the body a line addresses: a purpose ("To improve further, "), "each", "both". */
        private static final Pattern BODY_LEAD = Pattern.compile("(?i)^(?:to [^,]{3,80},\\s*)?(?:(?:each|every|both|all) (?:of )?)?");
        /** Three bodies or more addressed together ("the police, the council, both trusts and the board"): the partnership. */
        private static final Pattern BODIES_LISTED = Pattern.compile("^[^,]{2,80},[^,]{2,80},.{2,160}\\band\\b");
        private static final Pattern SHOULD_WORD = Pattern.compile("\\bshould\\b");

        /** A statement's text as the query contract gives it: quoted, without the closing full stop or semicolon. */
        private static String statement(CharSequence text) {
            return STATEMENT_STOP.matcher(Document.quote(text)).replaceAll("").strip();
        }
    }
}
