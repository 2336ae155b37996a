package org.ofstedkg.extract.prose;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.ofstedkg.extract.decode.Block;
import org.ofstedkg.extract.decode.Document;
import org.ofstedkg.extract.decode.MappedText;
import org.ofstedkg.model.Area;
import org.ofstedkg.model.Evidence;
import org.ofstedkg.model.Grade;
import org.ofstedkg.model.Comparison;
import org.ofstedkg.model.Direction;
import org.ofstedkg.model.RefArea;
import org.ofstedkg.model.Service;
import org.ofstedkg.model.ServiceJudgement;

/**
 * Judgements of kinds of service in prose, read from the shape of the sentence rather than from set
 * phrasings. A sentence is cut into clauses at semicolons, colons, dashes and the conjunctions that
 * join two statements ("but", "while", "whereas", "although"). In a clause, a grade is a grade word
 * in predicate position: not one that qualifies a noun ("good progress", "the proportion of good
 * childcare"), nor one compared ("better than satisfactory", "as good as"), nor one denied ("none is
 * inadequate", "not one has been judged inadequate"); a range gives its lower grade ("range from
 * satisfactory to good"), as "good or better" does. Each service named takes the first grade after
 * it; later grades whose subject is a number or a pronoun ("eight are good, two are outstanding and
 * the rest satisfactory", "and one is inadequate") speak of the same service, as does a clause that
 * names none ("; of the four evaluated, one was good and three were inadequate"). A grade's count is
 * the number its subject gives ("two of the five special schools", "the remaining two", "the rest").
 */
public final class ServiceStatements {

    private record Mention(Service service, int start, int end) {
    }

    /**
     * A grade in predicate position in a clause: where it starts and ends, whether its subject is a number or
     * pronoun that stands for the service already named, and whether it is stated (not denied nor compared):
     * a grade denied is still the predicate of the service before it, which then has no grade.
     */
    private record GradeAt(Grade grade, int start, int end, boolean anaphoric, boolean stated) {
    }

    private static final Map<Service, Pattern> SERVICES = new LinkedHashMap<>();
    /**
     * Whether any service's pattern matches: most clauses name no service, and one pass of this finds that
     * out instead of a pass of each service's pattern.
     */
    private static final Pattern ANY_SERVICE;
    /**
     * Words, in lower case, one of which every match of a service's pattern holds: a sentence with none of
     * them names no service, which {@link String#contains} finds out faster than any pattern.
     */
    private static final List<String> SERVICE_WORDS = new ArrayList<>();

    static {
        service(Service.CHILDMINDERS, List.of("childminder", "childminding"), "childminders?(?: settings)?|childminding");
        service(Service.CHILDCARE, List.of("childcare", "day care", "daycare", "out-of-school", "out of school"),
                "childcare(?: settings| provision| providers)?|(?:group |full )?day ?care(?: settings| provision| providers)?"
                        + "|out[- ]of[- ]school (?:care|clubs?|provision)");
        service(Service.NURSERY, List.of("nurser"), "nurser(?:y|ies)(?: provision| education| schools?)?");
        // Where a county keeps three tiers, its first (or infant and junior) schools are its primary phase and its
        // high (or upper) schools its secondary phase.
        service(Service.PRIMARY_SCHOOLS, List.of("primary ", "first school", "infant", "junior school"),
                "primary (?:schools?|education|provision|sector|phase)"
                + "|primary(?= and secondary (?:schools|education|provision))|first schools|(?:infant and )?junior schools"
                + "|infant schools");
        service(Service.SECONDARY_SCHOOLS, List.of("secondary ", "high school", "upper school"),
                "secondary (?:schools?|education|provision|sector|phase)|high schools|upper schools");
        service(Service.SIXTH_FORMS, List.of("sixth form", "sixth-form"), "sixth[- ]forms?(?! college)");
        service(Service.SPECIAL_SCHOOLS, List.of("special school"), "special schools?");
        // "the pupil referral service", "the Pupil Referral & Reintegration Service".
        service(Service.PUPIL_REFERRAL_UNIT, List.of("pupil referral"),
                "pupil referral (?:(?:and|&) [a-z]+ )?(?:units?|services?)");
        service(Service.FURTHER_EDUCATION, List.of("further education", "post-16 provision", "post-16 education",
                "sixth form college", "fe college", "tertiary college", " college"), "further education(?: colleges?| provision| sector)?"
                        + "|colleges? of further education|post-16 (?:provision|education)|sixth form colleges?|FE colleges?"
                        + "|tertiary colleges?"
                        // "Sandwell College", "Amersham & Wycombe College": a college by its own name.
                        + "|(?-i:(?:(?:[A-Z][\\w'-]*|&)\\s+){1,4}College)(?!\\s+of\\b)");
        service(Service.CHILDRENS_HOMES, List.of("children's home"), "children's homes?");
        // Named bare as what a clause grades: "Adoption is good; so is fostering, inspected in the same year".
        String bareSubject = "(?=\\s+(?:is|was|are|were|remains?|has\\s+been)\\b|\\s*[,;.]|\\s*$)";
        service(Service.FOSTERING_AGENCY, List.of("fostering"), "(?<!private )fostering (?:agency|agencies|services?)"
                + "|fostering(?= and adoption (?:agency|agencies|services?))|(?<!private )fostering" + bareSubject);
        service(Service.ADOPTION_AGENCY, List.of("adoption"), "adoption (?:agency|agencies|services?)"
                + "|adoption(?= and fostering (?:agency|agencies|services?))|adoption" + bareSubject);
        service(Service.PRIVATE_FOSTERING, List.of("private fostering", "privately fostered"),
                "(?:(?:children|young people) in )?private fostering(?: arrangements)?|privately fostered (?:children|young people)");
        service(Service.SERIOUS_CASE_REVIEW, List.of("serious case review"), "serious case reviews?");
        // "contact, referral and assessment (arrangements)", "referral and assessment services", "referral arrangements".
        service(Service.CONTACT_REFERRAL_ASSESSMENT, List.of("referral"),
                "(?:initial\\s+)?(?:contact,?\\s+(?:(?:and|&)\\s+)?)?referral,?\\s+(?:and|&)\\s+(?:initial\\s+)?(?:assessment|response)"
                        + "(?:\\s+(?:arrangements|services?|practice|work|teams?))?"
                        + "|(?:initial\\s+)?(?:contact,?\\s+(?:and\\s+)?)?referral\\s+arrangements");
        ANY_SERVICE = Pattern.compile(SERVICES.values().stream().map(Pattern::pattern)
                .collect(Collectors.joining("|", "\\b(?:", ")")), Pattern.CASE_INSENSITIVE);
    }

    private static void service(Service s, List<String> words, String regex) {
        SERVICE_WORDS.addAll(words);
        SERVICES.put(s, Pattern.compile("\\b(?:" + regex + ")\\b", Pattern.CASE_INSENSITIVE));
    }

    private static final List<String> GRADE_WORDS = List.of("outstanding", "good", "adequate", "satisfactory",
            "inadequate", "poor", "satisfactorily");
    private static final String GRADE_WORD = "(outstanding|good|adequate|satisfactory|inadequate|poor)";
    /** A grade word, or its floor ("good or better", "good or outstanding"). */
    private static final String GRADE_OR_FLOOR = GRADE_WORD + "(?:\\s+or\\s+(?:better|outstanding|above))?";
    private static final String GRADE_ADVERB = "(outstandingly|satisfactorily|adequately|inadequately|poorly)";
    /**
     * A grade as a predicate states one: a range ("from satisfactory to good", "between adequate and
     * good"), a floor ("good or better", "good or outstanding"), "no better than adequate", "with adequate
     * performance in the rest", or a grade word alone.
     */
    private static final Pattern GRADE = Pattern.compile("(?i)\\b(?:(?:from|between)\\s+" + GRADE_WORD
            + "\\s+(?:to|and)\\s+" + GRADE_WORD + "|no (?:better|more) than\\s+" + GRADE_WORD + "|with\\s+" + GRADE_WORD
            + "\\s+performance\\s+in\\s+the\\s+rest|" + GRADE_OR_FLOOR
            // "performs satisfactorily", "serves its pupils satisfactorily": the grade as the manner of what it does.
            + "|(?:perform|serv|operat|function)\\w*\\s+(?:[\\w']+\\s+){0,3}?" + GRADE_ADVERB + ")\\b");
    /** What may follow a grade word in predicate position: the clause goes on, or stops. */
    private static final Pattern PREDICATE_END = Pattern.compile("(?i)^(?:\\s*$|\\s*[,.;:()!?'\"\\-\u2013\u2014]|\\s+(?:and|or|but|respectively"
            + "|in|at|on|overall|following|since|because|as|while|whereas|with|for|when|by|although|though|across|"
            + "throughout|during|last|this|too|also|now|again|compared|according|than|to|under|after|before|until|"
            + "so|despite|where|which|who|and/or|rather|provision\\s+in)\\b)");
    /** Before a grade word: a comparison ("better than", "as good as") or a thing it qualifies ("a good"). */
    private static final Pattern COMPARED_BEFORE = Pattern.compile("(?i)\\b(?:better|worse|higher|lower|more|less|rather)\\s+than\\s+$");
    /** "arrangements for private fostering mean that safeguarding is adequate": the grade is another subject's. */
    private static final Pattern ANOTHER_SUBJECT = Pattern.compile(
            "(?i)\\b(?:means?|meant|ensures?|shows?|suggests?|indicates?|so)\\s+that\\b");
    private static final Pattern COMPARED_AFTER = Pattern.compile("(?i)^\\s+as\\b(?!\\s+well\\b)");
    /** Where one statement ends and another begins within a sentence. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "(?i)\\s*[;:]\\s*|\\s+[-\u2013\u2014]\\s+|,?\\s+but\\s+|,\\s*(?:while|whereas|although|though)\\s+"
                    + "|,\\s+(?=(?:as|so)\\s+(?:is|are|was|were|has|have|had|do|does|did)\\b)"
                    + "|\\s+(?:whereas|although)\\s+");
    /** "found inadequate practice", "judged good arrangements": a grade of what the finding is about. */
    private static final Pattern FOUND_BEFORE = Pattern.compile("(?i)\\b(?:found|judged|rated|identified)\\s+$");
    private static final Pattern FOUND_NOUN = Pattern.compile("(?i)^\\s+(?:practice|arrangements|performance|work)\\b");
    private static final Pattern A_BEFORE = Pattern.compile("(?i)\\ban?\\s+$");
    /** "its adoption agency a good one", "and the third a good grade": the grade given, its verb left out. */
    private static final Pattern GIVEN_NOUN = Pattern.compile("(?i)^\\s+(?:one|service|grade|rating|judgement)\\b");
    private static final Pattern GIVEN_BEFORE = Pattern.compile("(?i)\\b(?:(?:received|receives|receive|earned|earns|achieved"
            + "|achieves|awarded|given|gained|kept|retained|retains|keeps|holds|held|has|have|had|resulted\\s+in|led\\s+to"
            // "has kept the outstanding grade it was given in 2008": the grade held on to, named with its article.
            + "|produced|produces|secured|obtained)(?:\\s+(?:an?|the|its|their))?"
            + "|(?:is|are|was|were)\\s+(?:all\\s+|both\\s+|mostly\\s+|largely\\s+|mainly\\s+|generally\\s+|usually\\s+)?of"
            + "(?:\\s+an?)?(?:\\s+(?:broadly|generally|consistently|mostly|very|uniformly))?)\\s+"
            // "received outstanding and good grades": the grades given, coordinated before their noun.
            + "(?:" + GRADE_WORD + "\\s*(?:,|and|or)\\s+)?['\"\u2018\u201C]?$");
    private static final Pattern GRADE_NOUN = Pattern.compile(
            "(?i)^['\"\u2019\u201D]?(?:\\s*(?:,|and|or)\\s+" + GRADE_WORD + ")?\\s+(?:inspection\\s+)?(?:grades?|ratings?|judgements?|judgments?"
                    + "|outcomes?|quality|standard)\\b");
    private static final Pattern PROVIDES_BEFORE = Pattern.compile("(?i)\\b(?:provides?|provided|providing|offers?|offered|offering"
            // "learners at the further education college receive good provision": the grade of what they are given.
            + "|receives?|received|receiving"
            + "|gives?|gave|giving|delivers?|delivered|delivering)\\s+(?:an?\\s+)?$");
    private static final Pattern PROVIDES_OF_BEFORE = Pattern.compile("(?i)\\b(?:provides?|provided|providing|offers?|offered"
            + "|offering|gives?|gave|giving|delivers?|delivered|delivering)\\s+(?:[\\w'-]+\\s+){1,4}?of\\s+(?:an?\\s+)?$");
    private static final Pattern PROVIDED = Pattern.compile("(?i)^\\s+(?:education|care|service|provision|support|standard"
            + "|quality)\\b");
    /** Where a clause's next predicate starts: "and" before its verb. */
    private static final Pattern AND_VERB = Pattern.compile(
            "(?i)\\band\\s+(?=(?:judged|found|rated|was|were|is|are|has|have|had|remains?|remained)\\b)");
    /**
     * A clause of its own within the sentence, with its own subject and verb: "has not been inspected since it was
     * judged satisfactory", "... since 2008, when they were found to be good". A denial before it is not its.
     */
    private static final Pattern OWN_CLAUSE = Pattern.compile("(?i)\\b(?:since|when|after|until|because|although|though|as)"
            + "\\s+(?=(?:it|they|this|these|the\\s+\\w+)\\s+(?:was|were|is|are|had|has|have)\\b)"
            // "no concerns about private fostering, which they judged satisfactory": a relative clause of the service's own.
            + "|,\\s*which\\s+(?=(?:they|inspectors|ofsted)\\s+(?:judged|found|rated|considered|graded)\\b)");
    /** One of two services just named: "the former", "the latter", "the first", "the second". */
    private static final Pattern FORMER_OR_LATTER = Pattern.compile("(?i)\\bthe\\s+(former|latter|first|second)\\b");
    /** The first verb of a clause: what comes before it is the clause's subject. */
    private static final Pattern FIRST_VERB = Pattern.compile(
            "(?i)\\b(?:is|are|was|were|has|have|had|remains?|remained|judged|found|rated)\\b");

    /** The subject of a clause: the words before its first verb (all of it, if it has none). */
    private static String subject(String clause) {
        Matcher verb = FIRST_VERB.matcher(clause);
        return verb.find() ? clause.substring(0, verb.start()) : clause;
    }

    /** A noun phrase led by a determiner: a clause's subject of its own, which names no service. */
    private static final Pattern OWN_SUBJECT = Pattern.compile("(?i)\\b(?:its|their|the|a|an|this|these|that)\\s+[a-z]");
    /** Words that deny what follows them in a clause. */
    private static final Pattern DENIAL = Pattern.compile("(?i)\\b(?:not|none|no|never|neither|nor)\\b");
    /** The part of a clause about one subject: between the ", and the ..." that start new subjects. */
    private static final Pattern NEW_SUBJECT = Pattern.compile("(?i),\\s+(?:and|but)\\s+(?=(?:the|its|their|this|these)\\b)");

    private static String partAround(String clause, int at) {
        int start = 0;
        int end = clause.length();
        for (Matcher m = NEW_SUBJECT.matcher(clause); m.find();) {
            if (m.start() < at) {
                start = m.end();
            } else {
                end = m.start();
                break;
            }
        }
        return clause.substring(start, end);
    }

    /** Words that deny or compare down what follows them in a clause. */
    private static final Pattern NEGATED = Pattern.compile(
            "(?i)\\b(?:not|none|no|never|neither|nor|fewer|smaller|less|lower)\\b");
    /** "judged good in a smaller proportion of cases than nationally": the grade is compared down. */
    private static final Pattern SMALLER_PROPORTION = Pattern.compile(
            "(?i)\\b(?:proportion|share|percentage)\\b.*\\b(?:smaller|lower|fewer|less)\\b"
                    + "|\\b(?:smaller|lower|fewer)\\s+(?:\\w+\\s+)?(?:proportion|share|percentage|number)\\b");
    /**
     * "engagement of secondary schools", "attendance at special schools": another subject that the
     * service only qualifies. Words of quantity or quality leave the service the subject.
     */
    private static final Pattern QUALIFIED = Pattern.compile("\\b(\\w+)\\s+(?:of|at|in|with)\\s+(?:the\\s+|its\\s+|their\\s+"
            + "|all\\s+|the\\s+local\\s+authority's\\s+|[\\w']+\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final java.util.Set<String> QUANTITY_OR_QUALITY = java.util.Set.of("proportion", "majority",
            "minority", "number", "numbers", "performance", "effectiveness", "quality", "most", "all", "some", "none",
            "both", "each", "either", "neither", "any", "many", "several", "few", "thirds", "half", "standard",
            "provision", "inspection", "inspections", "practice", "found", "seen", "third", "quarter", "fifth", "fifths",
            "quarters", "share", "percentage", "cent", "percent", "provider", "providers", "true");
    private static final String NUMBER = "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|\\d{1,3}(?:,\\d{3})*)";
    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen", "twenty");
    /** "the fourth", "the last", "the other one", "the exception": one of those already counted, after the rest. */
    private static final String ORDINAL = "\\bthe\\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last"
            + "|earlier|later|former|latter|other\\s+one|remaining\\s+one|exception)\\b(?=\\s*(?:one\\b|of\\s+(?:them|these|those)\\b|,"
            + "|\\s+(?:is|was|were|has|had|remains?)\\b|\\s+(?:an?\\s+)?" + GRADE_WORD + "\\b|\\s+an?\\s*$|\\s*$))";
    /** A subject that stands for the service already named: a number, "the rest", a pronoun, "most". */
    private static final Pattern ANAPHORIC_SUBJECT = Pattern.compile("(?i)\\b(?:" + NUMBER + "|the rest|the remainder"
            + "|the remaining|the others?|them|they|it|both|all|most|some|many|the majority|half|each|several|a few"
            + "|a minority|(?:a\\s+(?:\\w+\\s+)?)?number|those|these|(?:the\\s+)?(?:great\\s+|large\\s+|vast\\s+)?majority"
            + "|the\\s+(?:service|agency|unit|home|arrangement)s?)\\b|" + ORDINAL);
    private static final Pattern ONE_MORE = Pattern.compile("(?i)" + ORDINAL);
    /** "Both are outstanding", "they are both good": both as the subject, not "on both occasions". */
    private static final Pattern BOTH = Pattern.compile("(?i)\\bboth(?=\\s+(?:are|were|have|had|remain|of\\s+(?:them|these|those))\\b)"
            + "|\\b(?:they|these|those)\\s+(?:are|were)\\s+both\\b");
    /** "the majority of Norfolk's", "most of the": what stands before the number of a whole. */
    private static final Pattern WHOLE_AFTER_OF = Pattern.compile("(?i)\\b(?:majority|minority|most|many|some|proportion"
            + "|share|half|all|each|none)\\s+of\\s+(?:(?:the|its|their|these|those|[\\w\u2019'-]+['\u2019]s)\\s+)?$");
    /**
     * A sentence that opens on a subject standing for the services the sentence before named: "Three of them
     * are good.", "They are both outstanding.", "The fourth was judged inadequate.", "Both are outstanding.", "One of
     * these homes is good"; or on one who graded a part of them: "Inspectors rated seven of them good."
     */
    private static final Pattern OPENS_ON_THEM = Pattern.compile("(?i)^\\W*"
            // "At their most recent inspections, nine were good" (the comma may be left out before a number): a phrase of
            // when, before the subject; "Of the 47, six were": the whole, before the part.
            + "(?:(?:at|in|on|when|since)\\s+[^,;]{1,50}?(?:,\\s*|\\s+(?=(?:" + NUMBER + ")\\s)))?"
            + "(?:of\\s+(?:the|these|those|them)(?:\\s+" + NUMBER + ")?(?:\\s+[\\w']+){0,2}?,\\s*)?"
            + "(?:(?:(?:" + NUMBER + "|all|both|most|each|some|many|none|half|the majority)\\s+of\\s+(?:them|(?:these|those)"
            + "(?:\\s+[\\w']+){0,2}?)|they|it|both|all|" + NUMBER + "|" + ORDINAL
            // "The service was judged good", "These homes are all good": a shorter name for what was just named.
            + "|(?:the|this|these|those)\\s+(?:service|services|agency|agencies|homes?|units?|settings?|providers?|colleges?))"
            + "\\s+(?:is|are|was|were|has\\s+been|have\\s+been|had\\s+been|remains?)\\s+(?:(?:all|both|also|now|still)\\s+)?"
            + "(?:(?:judged|found|rated|graded)\\s+(?:to\\s+be\\s+|as\\s+)?)?"
            + "|(?:inspectors|ofsted|they)\\s+(?:have\\s+)?(?:rated|judged|found|graded|considered)\\s+(?:(?:" + NUMBER
            + "|all|both|most|each|some|many|half)\\s+of\\s+(?:them|these|those)|them(?:\\s+all)?)\\s+(?:to\\s+be\\s+|as\\s+)?)"
            + GRADE_WORD + "\\b");
    /** "four pupil referral units": how many there are, said just before the service. */
    private static final Pattern NUMBER_BEFORE = Pattern.compile("(?i)\\b(" + NUMBER + ")\\s+(?:[\\w'-]+\\s+){0,2}?$");
    /** "Two of the five special schools": the part; "of the 12 children's homes": the whole. */
    private static final Pattern PART_OF = Pattern.compile("(?i)\\b(" + NUMBER + ")\\s+(?:out\\s+)?of\\s+(?:the|its|their|these|those|them)\\b");
    /** "12 of these", "eight of them": a part of the services just named together. */
    private static final Pattern PART_OF_THESE = Pattern.compile("(?i)\\b" + NUMBER + "\\s+of\\s+(?:these|them|those)\\b");
    private static final Pattern WHOLE = Pattern.compile("(?i)\\b(?:of\\s+)?(?:the|its|their|all)\\s+(?:[\\w']+\\s+){0,2}?(" + NUMBER
            + ")\\s+(?:[\\w'-]+\\s+){0,2}?$");
    private static final Pattern REST = Pattern.compile("(?i)\\b(?:the rest|the remainder|the others)\\b|\\bin the rest\\b");
    // Not a number of a percentage or a fraction ("three fifths of childminders").
    private static final Pattern LAST_NUMBER = Pattern.compile("(?i)(?<!\\w-)\\b(" + NUMBER + ")\\b(?!\\s*(?:%|per cent|of the"
            + "|(?:halves|thirds|quarters|fifths|sixths|tenths)\\b))");
    private static final Pattern PERCENTAGE = Pattern.compile("(?i)\\d\\s*(?:%|per\\s*cent\\b)");
    /** "The six homes are good with the exception of one": the whole less those it excepts. */
    private static final Pattern EXCEPT_AFTER = Pattern.compile("(?i)^[^,;]{0,40}?\\b(?:with\\s+the\\s+exception\\s+of|except(?:\\s+for)?"
            + "|apart\\s+from|other\\s+than|bar)\\s+(" + NUMBER + ")\\b");
    private static final Pattern EXCEPT_BEFORE = Pattern.compile("(?i)\\b(?:bar|but|except(?:\\s+for)?|apart\\s+from|other\\s+than"
            + "|with\\s+the\\s+exception\\s+of)\\s+(" + NUMBER + ")\\b(?!\\s*,?\\s*(?:which|that|who)\\b)");
    private static final Pattern OUT_OF_WHOLE = Pattern.compile("(?i)\\b(?:out\\s+)?of\\s+(?:the|its|their)\\s+(" + NUMBER + ")\\b");
    private static final Pattern COUNT_AFTER = Pattern.compile("(?i)\\s+in\\s+(" + NUMBER + ")\\s+(?:out\\s+)?of\\b");
    private static final Pattern IN_A_YEAR = Pattern.compile("(?i)\\b(?:in|since|during|by|of|from)\\s+(?:\\w+\\s+)?\\d{4}\\b");

    private final Document doc;
    private final Map<String, Builder> judgements = new LinkedHashMap<>();
    /** The services the last sentence read named, and how many of them it said there are, for one that says "them". */
    private List<Mention> previousTopic = List.of();
    private Optional<Integer> previousWhole = Optional.empty();
    /** The last grade the last sentence read stated, for one that says "so too is" of another service. */
    private Grade lastGrade;

    private static final class Builder {
        final Service service;
        final Grade grade;
        final Optional<Integer> count;
        Optional<Compared> comparator;
        final List<Evidence> evidence = new ArrayList<>();
        final Set<Area> outcomes = new LinkedHashSet<>();

        Builder(Service service, Grade grade, Optional<Integer> count, Optional<Compared> comparator) {
            this.service = service;
            this.grade = grade;
            this.count = count;
            this.comparator = comparator;
        }
    }

    public ServiceStatements(Document doc) {
        this.doc = doc;
    }

    /** A new paragraph: "them" in its first sentence is not what the last paragraph named. */
    public void newParagraph() {
        previousTopic = List.of();
        previousWhole = Optional.empty();
        lastGrade = null;
    }

    /** Reads the sentence's service judgements, if any. */
    public void read(MappedText sentence) {
        String s = sentence.toString();
        String lower = s.toLowerCase(Locale.ROOT);
        // A judgement pairs a service named in the sentence with a grade it states, which holds one of these
        // words: a sentence without both gives none, and its clauses need no reading (most sentences).
        boolean onThem = !previousTopic.isEmpty() && OPENS_ON_THEM.matcher(s).lookingAt();
        boolean namesService = SERVICE_WORDS.stream().anyMatch(lower::contains);
        if (!namesService && !onThem) {
            previousTopic = List.of();
            lastGrade = null;
            return;
        }
        // "Adoption is outstanding. So too is the fostering agency": the grade the sentence before gave.
        Grade carried = lastGrade != null && AS_IS.matcher(s.strip()).lookingAt() ? lastGrade : null;
        lastGrade = null;
        if (GRADE_WORDS.stream().noneMatch(lower::contains) && carried == null) {
            // "There are four pupil referral units.": the next sentence may grade them. (A sentence that opens on
            // "them" states a grade, so this one names a service.)
            List<Mention> named = mentions(s);
            previousTopic = named;
            previousWhole = named.isEmpty() ? Optional.empty() : wholeBefore(s, named.get(0));
            return;
        }
        List<int[]> clauses = new ArrayList<>();
        Matcher breaks = CLAUSE_BREAK.matcher(s);
        int from = 0;
        while (breaks.find()) {
            clauses.add(new int[] {from, breaks.start()});
            from = breaks.end();
        }
        clauses.add(new int[] {from, s.length()});
        List<Mention> topic = onThem ? previousTopic : List.of();
        Optional<Integer> whole = onThem ? previousWhole : Optional.empty();
        Grade previousGrade = carried;
        // The counts given of the services spoken of, across the sentence's clauses: "One is good; the others are adequate".
        List<Integer> counted = new ArrayList<>();
        for (int[] c : clauses) {
            String clause = s.substring(c[0], c[1]);
            Optional<Compared> comparator = comparator(clause);
            // "Good quality is found in most of the nurseries": the grade before the services it speaks of.
            List<Mention> all = allMentions(clause);
            Set<Integer> openingGrades = new HashSet<>();
            List<Mention> gradedFirst = gradeFirst(clause, all, sentence, comparator, openingGrades);
            List<Mention> mentions = distinct(clause, all.stream().filter(x -> !gradedFirst.contains(x)).toList());
            if (!gradedFirst.isEmpty()) {
                topic = distinct(clause, gradedFirst);
            }
            // A grade that opened what it said ("Good too are three of the special schools") has been read.
            List<GradeAt> grades = grades(clause).stream().filter(g -> !openingGrades.contains(g.start)).toList();
            if (!mentions.isEmpty()) {
                Mention firstMention = mentions.get(0);
                whole = wholeOf(clause, firstMention).or(() -> wholeBefore(clause, firstMention));
            }
            // "with outcomes of outstanding for fostering and good for adoption": each grade says which service it is for.
            List<Mention> gradedFor = new ArrayList<>();
            int firstFor = clause.length();
            for (Matcher g = GRADE_FOR.matcher(clause); g.find();) {
                firstFor = Math.min(firstFor, g.start());
                int end = g.end();
                Grade grade = Grade.judgement(gradeValue(g.group(1)));
                Optional<Mention> named = all.stream().filter(x -> x.start == end).findFirst();
                // "good for adoption": the agency named bare, as the service a grade is for.
                Matcher bare = BARE_AGENCY.matcher(clause).region(end, clause.length());
                if (named.isEmpty() && bare.lookingAt()) {
                    named = Optional.of(new Mention(bare.group(1).equalsIgnoreCase("adoption") ? Service.ADOPTION_AGENCY
                            : Service.FOSTERING_AGENCY, end, bare.end()));
                }
                String howMany = g.group(2) != null ? g.group(2) : g.group(3);
                Optional<Integer> many = howMany == null ? Optional.empty() : number(howMany);
                named.ifPresent(x -> {
                    add(x.service, grade, many, comparator, sentence);
                    gradedFor.add(x);
                });
            }
            if (!gradedFor.isEmpty()) {
                // "Most school sixth forms are good, and inspectors have awarded good grades to all four of the county's
                // further education colleges": what comes before the grades given for their services is read as it stands.
                int before = firstFor;
                List<Mention> earlier = mentions.stream().filter(x -> !gradedFor.contains(x) && x.end <= before).toList();
                List<GradeAt> earlierGrades = grades.stream().filter(x -> x.end <= before).toList();
                if (earlier.isEmpty() || earlierGrades.isEmpty()) {
                    topic = gradedFor;
                    continue;
                }
                mentions = earlier;
                grades = earlierGrades;
            }
            if (grades.isEmpty()) {
                // "..., as is the pupil referral unit", "as was its adoption agency", "this includes childminders", "of
                // 22 secondary schools, 13 were": the previous grade, and the count the elliptic verb's subject gives.
                Matcher elliptic = ELLIPTIC_END.matcher(clause);
                boolean ellipticEnd = !mentions.isEmpty() && elliptic.find();
                // "...; of the 14 secondary schools, 12.": the part, its verb and grade those of the clause before.
                Matcher part = ELLIPTIC_PART.matcher(clause);
                if (!ellipticEnd && !mentions.isEmpty() && part.find()) {
                    elliptic = part;
                    ellipticEnd = true;
                }
                // "..., and they reached the same conclusion about the fostering agency".
                Matcher same = SAME_VERDICT.matcher(clause);
                boolean sameVerdict = !mentions.isEmpty() && same.find() && !DENIAL.matcher(clause.substring(0, same.start())).find();
                if (previousGrade != null && (AS_IS.matcher(clause.strip()).lookingAt() || ellipticEnd || sameVerdict)) {
                    Optional<Integer> n = ellipticEnd && elliptic.group(1) != null ? number(elliptic.group(1)) : Optional.empty();
                    for (Mention m : mentions) {
                        add(m.service, previousGrade, n, comparator, sentence);
                    }
                }
                topic = mentions.isEmpty() ? topic : mentions;
                continue;
            }
            for (GradeAt g : grades) {
                previousGrade = g.stated ? g.grade : previousGrade;
            }
            if (!mentions.isEmpty()) {
                counted.clear(); // a new subject: "the rest" is of its whole
            }
            if (mentions.isEmpty()) {
                // A clause that names no service speaks of the one named before it in the sentence.
                int gradeEnd = 0;
                for (GradeAt g : grades) {
                    Optional<Integer> counts = count(clause, 0, g, whole, counted);
                    // "..., although its joint work with the YOS is good": a subject of its own, not the service; "it was
                    // inspected during the year and judged good": the year is not the subject.
                    // "the former is outstanding, the latter good": one of the two services just named.
                    Matcher which = FORMER_OR_LATTER.matcher(clause.substring(Math.min(gradeEnd, g.start), g.start));
                    boolean oneOfTwo = topic.size() == 2 && which.find();
                    List<Mention> of = oneOfTwo ? List.of(topic.get(which.group(1).equalsIgnoreCase("former") || which.group(1).equalsIgnoreCase("first") ? 0 : 1)) : topic;
                    boolean ownSubject = !g.anaphoric && !oneOfTwo
                            && OWN_SUBJECT.matcher(subject(clause.substring(0, g.start))).find();
                    // "Both are outstanding": the two there are of the one kind of service just named.
                    Optional<Integer> n = oneOfTwo ? Optional.empty() : counts.isEmpty() && of.size() == 1
                            && BOTH.matcher(clause.substring(Math.min(gradeEnd, g.start), g.start)).find() ? Optional.of(2) : counts;
                    if (g.stated && !ownSubject) {
                        of.forEach(m -> add(m.service, g.grade, n, comparator, sentence));
                    }
                    gradeEnd = g.end;
                }
                continue;
            }
            List<Mention> group = new ArrayList<>();
            int m = 0;
            int gi = 0;
            while (m < mentions.size()) {
                // The mentions up to the first grade after them share it ("X, Y and Z are good").
                group.clear();
                group.add(mentions.get(m));
                while (gi < grades.size() && grades.get(gi).start < mentions.get(m).end) {
                    gi++;
                }
                int next = m + 1;
                while (next < mentions.size() && (gi >= grades.size() || mentions.get(next).start < grades.get(gi).start)
                        && LIST_GAP.matcher(clause.substring(mentions.get(next - 1).end, mentions.get(next).start)).matches()) {
                    group.add(mentions.get(next));
                    next++;
                }
                if (gi >= grades.size()) {
                    // No grade after the service: "outstanding provision in two thirds of the special schools".
                    Optional<GradeAt> before = grades.stream().filter(g -> g.stated && isProvisionIn(clause, g)).findFirst();
                    if (before.isPresent()) {
                        Optional<Integer> n = count(clause, group.get(0).start, before.get(), whole, counted);
                        group.forEach(x -> add(x.service, before.get().grade, n, comparator, sentence));
                    } else if (previousGrade != null && gi > 0 && grades.get(gi - 1).end <= group.get(0).start
                            && (SAME_OF.matcher(clause.substring(grades.get(gi - 1).end, group.get(0).start)).find()
                            // "..., is matched by the fostering service, which received the same judgement in 2008".
                            || SAME_VERDICT_AFTER.matcher(clause.substring(group.get(group.size() - 1).end)).lookingAt())) {
                        // "Most childminders offer satisfactory care, and the same is true of group childcare".
                        Grade same = previousGrade;
                        group.forEach(x -> add(x.service, same, Optional.empty(), comparator, sentence));
                    }
                    topic = List.copyOf(group);
                    break;
                }
                // The first grade's count is in its subject, which starts after the previous grade (or the clause).
                int subjectStart = gi > 0 ? grades.get(gi - 1).end : 0;
                GradeAt first = grades.get(gi);
                if (ANOTHER_SUBJECT.matcher(clause.substring(group.get(group.size() - 1).end, first.start)).find()) {
                    topic = List.copyOf(group);
                    m = next;
                    continue;
                }
                // "The fostering service and the adoption agency were judged outstanding and good respectively".
                List<GradeAt> each = respectively(clause, grades, gi, group.size());
                if (!each.isEmpty()) {
                    for (int k = 0; k < each.size(); k++) {
                        add(group.get(k).service, each.get(k).grade, Optional.empty(), comparator, sentence);
                    }
                    gi += each.size();
                    topic = List.copyOf(group);
                    m = next;
                    continue;
                }
                int limit = next < mentions.size() ? mentions.get(next).start : clause.length();
                // "Private fostering, found inadequate in 2007, was judged good this year": the grade set aside between
                // commas is the past one, the one after it stands.
                // So too one given in the past and then changed: "were judged inadequate in 2008 but, on re-inspection,
                // were found to be satisfactory".
                if (gi + 1 < grades.size() && grades.get(gi + 1).start < limit && grades.get(gi + 1).stated
                        && (PAST_ASIDE_BEFORE.matcher(clause.substring(group.get(group.size() - 1).end, first.start)).matches()
                                && PAST_ASIDE_AFTER.matcher(clause.substring(first.end)).lookingAt()
                                || grades.get(gi + 1).start >= first.end && PAST_THEN_CHANGED.matcher(
                                        clause.substring(first.end, grades.get(gi + 1).start)).matches())) {
                    gi++;
                    subjectStart = first.end;
                }
                GradeAt stands = grades.get(gi);
                Optional<Integer> firstCount = count(clause, subjectStart, stands, whole, counted);
                // "20 primary and secondary schools ... 12 of these were good": the count is of the services together,
                // so it grades neither kind of school on its own.
                boolean countOfAll = group.size() > 1 && firstCount.isPresent()
                        && PART_OF_THESE.matcher(clause.substring(Math.min(subjectStart, stands.start), stands.start)).find();
                // "five secondary schools and 14 primary schools are inadequate": each kind its own number.
                List<Optional<Integer>> own = group.stream().map(x -> wholeBefore(clause, x)).toList();
                boolean eachCounted = group.size() > 1 && own.stream().allMatch(Optional::isPresent);
                if (stands.stated && !countOfAll) {
                    for (int k = 0; k < group.size(); k++) {
                        add(group.get(k).service, stands.grade, eachCounted ? own.get(k) : firstCount, comparator, sentence);
                    }
                }
                gi++;
                // Later grades before the next service, whose subject stands for this one: "and two are good".
                while (gi < grades.size() && grades.get(gi).start < limit) {
                    GradeAt g = grades.get(gi);
                    if (g.anaphoric && g.stated) {
                        Optional<Integer> n = count(clause, grades.get(gi - 1).end, g, whole, counted);
                        group.forEach(x -> add(x.service, g.grade, n, comparator, sentence));
                    }
                    gi++;
                }
                topic = List.copyOf(group);
                m = next;
            }
        }
        previousTopic = topic;
        previousWhole = whole;
        lastGrade = previousGrade;
    }

    /** Before a grade set aside between commas just after its service: ", found", ", judged", "," alone. */
    private static final Pattern PAST_ASIDE_BEFORE = Pattern.compile("(?i)^\\s*,\\s*(?:(?:which|that)\\s+(?:was|were|had\\s+been)\\s+)?"
            + "(?:(?:once|previously|formerly|then)\\s+)?(?:(?:found|judged|rated|graded|assessed)\\s+(?:to\\s+be\\s+|as\\s+)?)?$");
    /** After such a grade: when it was given ("in 2007", "at its last inspection", "last year"), then the closing comma. */
    private static final Pattern PAST_ASIDE_AFTER = Pattern.compile("(?i)^\\s+(?:(?:in|at|when|during|before|until)\\b[^,;]{0,60}"
            + "|last\\s+(?:year|time)|previously|earlier)\\s*,");
    /** Between a past grade and the one that replaced it: "in 2008 but, on re-inspection in 2009, were found to be". */
    private static final Pattern PAST_THEN_CHANGED = Pattern.compile("(?i)^\\s+(?:in\\s+(?:[a-z]+\\s+)?(?:19|20)\\d\\d|last\\s+year"
            + "|previously|at\\s+(?:its|their|the)\\s+(?:last|previous|first)\\s+inspection)\\b[^;]{0,100}?\\bbut\\b[^;]{0,100}$");
    /** The agencies named bare after a grade's "for": "good for adoption". */
    private static final Pattern BARE_AGENCY = Pattern.compile("(?i)(fostering|adoption)\\b");
    /** A grade and "for" before the service it is for: "good for adoption", "outstanding for the fostering service". */
    private static final Pattern GRADE_FOR = Pattern.compile("(?i)(?<!\\bnot\\s)(?<!\\bnot\\sas\\s)\\b" + GRADE_WORD
            // "outstanding for the borough's three special schools": whose they are, and how many; "awarded good grades to
            // all four of the county's further education colleges": the grades given to them.
            + "\\s+(?:for|(?:inspection\\s+)?(?:grades?|judgements?|ratings?)\\s+(?:to|for))\\s+(?:the\\s+|its\\s+|their\\s+)?"
            + "(?:all\\s+)?(?:(" + NUMBER + ")\\s+of\\s+)?(?:the\\s+|its\\s+|their\\s+)?(?:[\\w-]+['\u2019]s\\s+)?(?:(" + NUMBER + ")\\s+)?");
    /** After the last of the grades paired with the services in order: "respectively", the grades' noun before it. */
    private static final Pattern RESPECTIVELY = Pattern.compile(
            "(?i)^\\s*(?:(?:inspection\\s+)?(?:grades?|judgements?|ratings?|outcomes?|results?)\\b)?[\\s,]*respectively\\b");
    private static final Pattern GRADE_LIST_GAP = Pattern.compile("(?i)^\\s*(?:,\\s*)?(?:and\\s+)?$");

    /**
     * The grades from {@code from} on that pair one by one with the services named together, where the sentence says
     * so ("outstanding and good respectively"); none otherwise.
     */
    private static List<GradeAt> respectively(String clause, List<GradeAt> grades, int from, int services) {
        int last = from + services - 1;
        if (services < 2 || last >= grades.size() || !RESPECTIVELY.matcher(clause.substring(grades.get(last).end)).lookingAt()) {
            return List.of();
        }
        for (int i = from; i < last; i++) {
            if (!grades.get(i).stated || grades.get(i).end > grades.get(i + 1).start
                    || !GRADE_LIST_GAP.matcher(clause.substring(grades.get(i).end, grades.get(i + 1).start)).matches()) {
                return List.of();
            }
        }
        return grades.subList(from, last + 1);
    }

    private static final Pattern GRADE_CELL = Pattern.compile("(?i)^\\W*" + GRADE_OR_FLOOR + "\\W*$");
    private static final Pattern COUNT_CELL = Pattern.compile("^\\s*(\\d{1,5})\\s*$");
    private static final Pattern SHARE_CELL = Pattern.compile("^\\s*(\\d{1,3}(?:\\.\\d+)?)\\s*(?:%|per\\s*cent)\\s*$");

    /**
     * The grade each column of a table's header counts ("Kind of setting | Inspected | Outstanding | Good |
     * Satisfactory | Inadequate"; "Good or outstanding" counts good): a list as long as the header, empty where a
     * column counts no grade; an empty list where fewer than two columns do (not a table of grades).
     */
    public static List<Optional<Grade>> gradeColumns(List<MappedText> header) {
        List<Optional<Grade>> columns = header.stream().map(c -> {
            Matcher m = GRADE_CELL.matcher(c);
            return m.matches() ? Optional.of(Grade.judgement(gradeValue(m.group(1)))) : Optional.<Grade>empty();
        }).toList();
        return columns.stream().filter(Optional::isPresent).count() >= 2 ? columns : List.of();
    }

    /**
     * A row of a table of grades ({@link #gradeColumns}): the kind of setting its first cell names, graded by each
     * column whose cell counts some ("4", "71%"); a dash, a blank or a nought counts none.
     */
    public void readRow(Block row, List<Optional<Grade>> columns) {
        List<MappedText> cells = row.cells();
        if (cells.isEmpty() || cells.get(0).length() > 80) {
            return;
        }
        List<Mention> named = mentions(cells.get(0).toString());
        if (named.stream().map(Mention::service).distinct().count() != 1) {
            return;
        }
        Service service = named.get(0).service;
        for (int i = 1; i < Math.min(cells.size(), columns.size()); i++) {
            if (columns.get(i).isEmpty()) {
                continue;
            }
            gradeCell(service, columns.get(i).get(), cells.get(i), row.text());
        }
    }

    /** A cell of a table of grades: its grade for the service where it counts some ("4", "71%"), with the count. */
    private void gradeCell(Service service, Grade grade, CharSequence cell, MappedText row) {
        Matcher count = COUNT_CELL.matcher(cell);
        Matcher share = SHARE_CELL.matcher(cell);
        if (count.matches() && Integer.parseInt(count.group(1)) > 0) {
            add(service, grade, Optional.of(Integer.parseInt(count.group(1))), Optional.empty(), row);
        } else if (share.matches() && Double.parseDouble(share.group(1)) > 0) {
            add(service, grade, Optional.empty(), Optional.empty(), row);
        }
    }

    /** A table's header as one line of words (a PDF's text): its columns end on two grades or more. */
    private static final Pattern GRADE_HEADER_LINE = Pattern.compile("(?i)^[^.;:]{0,80}?((?:\\s*\\b" + GRADE_OR_FLOOR
            + "\\b){2,})\\s*$");
    private static final Pattern HEADER_GRADE = Pattern.compile("(?i)\\b" + GRADE_OR_FLOOR + "\\b");
    /** A table's row as one line of words: its label, then its cells of counts, shares or dashes. */
    private static final Pattern ROW_LINE = Pattern.compile(
            "^(\\p{L}[^.;:]{1,80}?)((?:\\s+(?:\\d{1,5}|\\d{1,3}(?:\\.\\d+)?\\s*%|[-\u2013\u2014]))+)\\s*$");
    private static final Pattern ROW_CELL = Pattern.compile("\\d{1,3}(?:\\.\\d+)?\\s*%|\\d{1,5}|[-\u2013\u2014]");

    /**
     * The grades a table's header set as one line of words counts, in order ("Kind of setting Inspected Outstanding
     * Good Satisfactory Inadequate"), where its last columns are two grades or more; empty otherwise.
     */
    static List<Grade> gradeHeaderLine(CharSequence line) {
        Matcher m = GRADE_HEADER_LINE.matcher(line);
        if (!m.matches()) {
            return List.of();
        }
        return gradesIn(m.group(1));
    }

    /** The grades a header's words name, in order ("Good or outstanding  Satisfactory": good, adequate). */
    private static List<Grade> gradesIn(CharSequence words) {
        List<Grade> grades = new ArrayList<>();
        for (Matcher g = HEADER_GRADE.matcher(words); g.find();) {
            grades.add(Grade.judgement(gradeValue(g.group(1))));
        }
        return grades;
    }

    private static final Pattern ONLY_GRADES = Pattern.compile("(?i)^(?:\\s*\\b" + GRADE_OR_FLOOR + "\\b)+\\s*$");

    /** How many of a block's first lines are a table of grades set as words, and the grades of its header after them. */
    public record TableLines(int lines, List<Grade> grades) {
    }

    /**
     * The first lines of a block that are a table of grades set as words ({@link #gradeHeaderLine}, rows of counts;
     * a header whose last column a printer wrapped onto a line of its own), each row read. pdftotext may run the
     * prose after the table into the same block: the lines after the table's are the caller's to read.
     */
    public TableLines readTableLines(Block b, List<Grade> header) {
        List<Grade> grades = header;
        boolean rowRead = false;
        int read = 0;
        for (MappedText line : b.lines()) {
            List<Grade> named = gradeHeaderLine(line);
            if (!named.isEmpty()) {
                grades = named;
            } else if (!grades.isEmpty() && ONLY_GRADES.matcher(line).matches() && !rowRead) {
                List<Grade> more = new ArrayList<>(grades);
                more.addAll(gradesIn(line));
                grades = more;
            } else if (!grades.isEmpty() && ROW_LINE.matcher(line).matches()) {
                readRowLine(line, grades);
                rowRead = true;
            } else {
                break;
            }
            read++;
        }
        return new TableLines(read, read == 0 ? List.of() : grades);
    }

    /**
     * A row of such a table set as one line ("Special schools 11 3 6 2 -"): its last cells are those of the grades,
     * the cells before them (how many were inspected) of other columns.
     */
    private void readRowLine(MappedText line, List<Grade> grades) {
        Matcher row = ROW_LINE.matcher(line);
        if (!row.matches()) {
            return;
        }
        List<String> cells = new ArrayList<>();
        for (Matcher c = ROW_CELL.matcher(row.group(2)); c.find();) {
            cells.add(c.group());
        }
        List<Mention> named = mentions(row.group(1));
        if (cells.size() < grades.size() || named.stream().map(Mention::service).distinct().count() != 1) {
            return;
        }
        List<String> graded = cells.subList(cells.size() - grades.size(), cells.size());
        for (int i = 0; i < grades.size(); i++) {
            gradeCell(named.get(0).service, grades.get(i), graded.get(i), line);
        }
    }

    /** "There are four pupil referral units": the number just before the service. */
    private static Optional<Integer> wholeBefore(String clause, Mention m) {
        Matcher n = NUMBER_BEFORE.matcher(clause.substring(0, m.start));
        return n.find() ? number(n.group(1)) : Optional.empty();
    }

    /** A grade word just before a service, qualifying it. */
    private static final Pattern ATTRIBUTIVE_GRADE = Pattern.compile("(?i)\\b" + GRADE_WORD + "\\s+$");
    /** What may stand between two services that share a grade: list punctuation and a few words, no verb. */
    private static final Pattern LIST_GAP = Pattern.compile("(?i)^[\\s,]*(?:(?:and|or|as well as|together with)\\s+)?"
            + "(?:(?!\\b(?:is|are|was|were|be|been|has|have|had|remains?|judged|rated)\\b)[\\w'\u2019 ,%.-]){0,40}$");
    /** Before a service that takes the grade just given: "the same is true of", "and so are", "as is". */
    private static final Pattern SAME_OF = Pattern.compile("(?i)\\b(?:the\\s+same\\s+(?:is|was|holds)\\s+(?:true\\s+)?(?:of|for)"
            + "|the\\s+same\\s+goes\\s+for|(?:so|as)\\s+(?:too\\s+)?(?:is|are|was|were|do|does)|likewise"
            // "and they reached the same conclusion about the fostering agency"
            + "|(?<!\\bnot\\s)(?:reached|came\\s+to|gave|made)\\s+the\\s+same\\s+(?:conclusion|judgement|verdict|grade)\\s+(?:about|of|for|on)"
            + "|(?:this|which|that|these)\\s+(?:includes?|included|covers?|covered|applies\\s+to))\\s+(?:(?:the|its|their)\\s+)?"
            + "[\\w'\u2019 -]{0,30}$");
    /** A grade given again by reference: "reached the same conclusion about", "received the same judgement". */
    private static final Pattern SAME_VERDICT = Pattern.compile("(?i)\\bthe\\s+same\\s+(?:judgements?|grades?|conclusions?|ratings?"
            + "|verdicts?|outcomes?)\\b");
    private static final Pattern SAME_VERDICT_AFTER = Pattern.compile("(?i)^(?:(?!\\b(?:not|never|no)\\b)[^;:]){0,40}?\\b(?:received|was\\s+given|earned|gained"
            + "|achieved|was\\s+awarded|got)\\s+the\\s+same\\s+(?:judgement|grade|rating|verdict|outcome)\\b");
    private static final Pattern AS_IS = Pattern.compile("(?i)(?:and\\s+)?(?:(?:so|as)\\s+(?:too\\s+)?(?:is|are|was|were|has|have|had|does|do|did)"
            + "|(?:this|which|that|these)\\s+(?:includes?|included|covers?|covered|applies\\s+to|is\\s+true\\s+of))\\b");
    /** A clause that ends on its verb, its grade the one before: "of 22 secondary schools, 13 were". */
    private static final Pattern ELLIPTIC_END = Pattern.compile("(?i)\\b(?:(" + NUMBER + ")|all|most|both|many|some)\\s+"
            + "(?:is|are|was|were|did|do)\\W*$");
    /** "...; of the 14 secondary schools, 12.": a part of the whole just named, its verb and grade left out. */
    private static final Pattern ELLIPTIC_PART = Pattern.compile("(?i)^\\W*of\\s+(?:the|its|their)\\s+[^,]{2,60},\\s*(" + NUMBER
            + ")\\W*$");
    /** "outstanding provision in two thirds of": a grade of services after it. */
    private static final Pattern PROVISION_IN = Pattern.compile("^\\w+\\s+provision\\s+in\\b(?s).*");
    /** "Care is good in eight of the 11 children's homes": what services give, graded in some of them. */
    private static final Pattern GIVEN_IS_GRADE_IN = Pattern.compile("(?i)\\b(?:care|provision|education|teaching|practice|support)"
            + "\\s+(?:is|are|was|were)\\s+(?:(?:generally|mostly|consistently)\\s+)?$");
    private static final Pattern GRADE_IN = Pattern.compile("^\\w+\\s+in\\s+(?!(?:19|20)\\d\\d\\b)(?s).*");

    /**
     * The grades the clause states, in order: each grade expression in predicate position that is neither
     * compared nor denied. A grade's subject is anaphoric when the stretch since the previous grade names
     * a number or pronoun ("and two are good", "the rest satisfactory").
     */
    private static List<GradeAt> grades(String clause) {
        List<GradeAt> grades = new ArrayList<>();
        Matcher m = GRADE.matcher(clause);
        int previousEnd = 0;
        while (m.find()) {
            // "..., and the proportion of good sixth forms is lower": a comparison of another subject's part.
            String part = partAround(clause, m.start());
            boolean smaller = SMALLER_PROPORTION.matcher(part).find();
            int value;
            if (m.group(1) != null && DIVIDED_BEFORE.matcher(clause.substring(0, m.start())).find()) {
                // "split evenly between good and satisfactory": some of each, two grades of the same subject.
                boolean denied = NEGATED.matcher(clause.substring(previousEnd, m.start())).find();
                boolean anaphoric = ANAPHORIC_SUBJECT.matcher(clause.substring(previousEnd, m.start())).find();
                grades.add(new GradeAt(Grade.judgement(gradeValue(m.group(1))), m.start(), m.end(), anaphoric, !denied));
                grades.add(new GradeAt(Grade.judgement(gradeValue(m.group(2))), m.start(), m.end(), true, !denied));
                previousEnd = m.end();
                continue;
            } else if (m.group(1) != null) {
                // "ranges from satisfactory to good" gives the lower; "has improved from satisfactory to good" the later.
                value = CHANGED_BEFORE.matcher(clause.substring(0, m.start())).find() ? gradeValue(m.group(2))
                        : Math.min(gradeValue(m.group(1)), gradeValue(m.group(2)));
            } else if (m.group(3) != null) {
                value = gradeValue(m.group(3));
            } else if (m.group(4) != null) {
                value = gradeValue(m.group(4));
            } else if (m.group(6) != null) {
                value = switch (m.group(6).toLowerCase(Locale.ROOT)) {
                    case "outstandingly" -> 4;
                    case "satisfactorily", "adequately" -> 2;
                    default -> 1;
                };
            } else {
                value = gradeValue(m.group(5));
                String after = clause.substring(m.end());
                boolean foundOf = FOUND_BEFORE.matcher(clause.substring(0, m.start())).find()
                        && FOUND_NOUN.matcher(after).lookingAt()
                        // "gives a satisfactory service; its adoption agency a good one": the grade of what it gives.
                        || A_BEFORE.matcher(clause.substring(0, m.start())).find() && GIVEN_NOUN.matcher(after).lookingAt()
                        // "received a satisfactory grade", "are of good quality": the grade as a noun the service is given.
                        || GIVEN_BEFORE.matcher(clause.substring(0, m.start())).find() && GRADE_NOUN.matcher(after).lookingAt()
                        // "provide an outstanding education", "offer satisfactory care": the grade of what they give.
                        || PROVIDES_BEFORE.matcher(clause.substring(0, m.start())).find() && PROVIDED.matcher(after).lookingAt()
                        // "provide care and education of good quality": the grade of what they give, after it.
                        || PROVIDES_OF_BEFORE.matcher(clause.substring(0, m.start())).find() && GRADE_NOUN.matcher(after).lookingAt();
                if (m.group().indexOf(' ') < 0 && !foundOf && (!PREDICATE_END.matcher(after).lookingAt()
                        || COMPARED_AFTER.matcher(after).lookingAt())) {
                    previousEnd = m.end(); // a grade word qualifying a noun: no grade, but a stretch's end
                    continue;
                }
            }
            boolean compared = m.group(5) != null && COMPARED_BEFORE.matcher(clause.substring(0, m.start())).find();
            String stretch = clause.substring(previousEnd, m.start());
            // "found no areas for priority action and judged practice to be good": a denial of another predicate.
            Matcher andVerb = AND_VERB.matcher(stretch);
            int predicateStart = 0;
            while (andVerb.find()) {
                predicateStart = andVerb.start();
            }
            for (Matcher own = OWN_CLAUSE.matcher(stretch); own.find();) {
                predicateStart = Math.max(predicateStart, own.start());
            }
            stretch = stretch.substring(predicateStart);
            // A comparative ("less", "fewer") denies only within the grade's own stretch after a comma ("secondary
            // schools are less consistent, ranging from satisfactory to outstanding" grades them).
            String sinceComma = stretch.substring(stretch.lastIndexOf(',') + 1);
            boolean denied = m.group(3) == null && (DENIAL.matcher(stretch).find() || NEGATED.matcher(sinceComma).find());
            boolean coordinated = !grades.isEmpty() && grades.get(grades.size() - 1).end == previousEnd
                    && grades.get(grades.size() - 1).stated && GRADE_LIST_GAP.matcher(stretch).matches();
            previousEnd = m.end();
            // "outstanding, good and satisfactory": grades listed together speak of the same subject.
            boolean anaphoric = m.group(4) != null || coordinated || ANAPHORIC_SUBJECT.matcher(stretch).find();
            grades.add(new GradeAt(Grade.judgement(value), m.start(), m.end(), anaphoric, !(compared || denied || smaller)));
        }
        return grades;
    }

    private static final Pattern DIVIDED_BEFORE = Pattern.compile(
            "(?i)\\b(?:split|divided|shared)\\s+(?:(?:evenly|equally|roughly\\s+equally|almost\\s+equally)\\s+)?$");
    private static final Pattern CHANGED_BEFORE = Pattern.compile(
            "(?i)\\b(?:improved|risen|rose|moved|progressed|gone|fallen|fell|declined|dropped|deteriorated)\\s+$");

    private static int gradeValue(String word) {
        return word.equalsIgnoreCase("poor") ? 1 : Grade.fromWord(word).orElseThrow().value();
    }

    private static boolean isProvisionIn(String clause, GradeAt g) {
        String from = clause.substring(g.start).toLowerCase(Locale.ROOT);
        return PROVISION_IN.matcher(from).matches()
                || GRADE_IN.matcher(from).matches() && GIVEN_IS_GRADE_IN.matcher(clause.substring(0, g.start)).find();
    }

    private void add(Service service, Grade grade, Optional<Integer> count, Optional<Compared> comparator,
            MappedText sentence) {
        // One judgement per service, grade and count: "range from inadequate to good" and "four are inadequate"
        // are two statements of the inadequate grade.
        Builder b = judgements.computeIfAbsent(service.slug() + "/" + grade.value() + "/" + count.map(String::valueOf).orElse(""),
                k -> new Builder(service, grade, count, comparator));
        b.comparator = b.comparator.or(() -> comparator);
        Evidence e = doc.evidence(sentence);
        if (b.evidence.stream().noneMatch(x -> x.start() == e.start())) {
            b.evidence.add(e);
        }
        b.outcomes.addAll(EveryChildMatters.outcomesIn(sentence));
    }

    public List<ServiceJudgement> judgements() {
        return judgements.values().stream().map(b -> new ServiceJudgement(b.service, b.grade, b.count,
                b.comparator.map(Compared::words), b.comparator.map(Compared::comparisons).orElse(List.of()),
                b.evidence, b.outcomes)).toList();
    }

    /**
     * A grade that opens what it says of services: "Good quality is found in most of the nurseries and in the
     * great majority of day care settings", "Outstanding practice is found in a third of the childcare settings,
     * and good practice in most of the rest", "good quality in all six special schools". Each service named up to
     * the next such grade, a verb or a new subject takes it; a stretch that names none ("most of the rest") speaks
     * of those named before. The mentions so graded, which the clause's other grades then pass over.
     */
    private List<Mention> gradeFirst(String clause, List<Mention> all, MappedText sentence, Optional<Compared> comparator,
            Set<Integer> openingGrades) {
        Matcher g = GRADE_FIRST.matcher(clause);
        List<int[]> spans = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        while (g.find()) {
            // The grade opens the clause or a coordinated part of it ("..., and good practice in"); one after "of",
            // "or", "no", "less" qualifies something else ("the proportion of good or outstanding provision in").
            String before = clause.substring(0, g.start());
            if (!OPENS_PART.matcher(before).find()) {
                continue;
            }
            spans.add(new int[] {g.end(), clause.length()});
            values.add(gradeValue(g.group(1)));
            openingGrades.add(g.start());
            if (spans.size() > 1) {
                spans.get(spans.size() - 2)[1] = Math.min(spans.get(spans.size() - 2)[1], g.start());
            }
        }
        List<Mention> graded = new ArrayList<>();
        List<Mention> before = List.of();
        for (int i = 0; i < spans.size(); i++) {
            int[] span = spans.get(i);
            Matcher end = SPAN_END.matcher(clause).region(span[0], span[1]);
            if (end.find()) {
                span[1] = end.start();
                if (end.group(1) != null) {
                    // A verb: its subject is the words since the last "and" before it ("... homes and most childminders are").
                    int and = clause.lastIndexOf(" and ", span[1]);
                    span[1] = and > span[0] ? and : span[1];
                }
            }
            List<Mention> named = all.stream().filter(x -> x.start >= span[0] && x.end <= span[1]).toList();
            Grade grade = Grade.judgement(values.get(i));
            String stretch = clause.substring(span[0], span[1]);
            // A stretch that names no service speaks of those just graded only where it says so ("most of the rest").
            List<Mention> of = !named.isEmpty() ? named : REST.matcher(stretch).find() ? before : List.of();
            for (Mention x : of) {
                String subject = named.isEmpty() ? stretch : clause.substring(span[0], x.start);
                // "three of the four special schools": the part, not the whole.
                Matcher part = PART_OF.matcher(subject);
                Matcher n = NUMBER_BEFORE.matcher(subject);
                Optional<Integer> count = part.find() ? number(part.group(1)) : n.find() ? number(n.group(1)) : Optional.empty();
                add(x.service, grade, count, comparator, sentence);
            }
            graded.addAll(named);
            before = named.isEmpty() ? before : named;
        }
        return graded;
    }

    private static final Pattern GRADE_FIRST = Pattern.compile("(?i)\\b" + GRADE_OR_FLOOR + "(?:\\s+|(?=,))"
            + "(?:(?:quality|practice|provision)\\s+"
            + "(?:(?:(?:is|are|was|were)\\s+(?:(?:also|now|generally|often|mostly)\\s+)?(?:found|seen|evident)\\s+)?in"
            // "Outstanding practice is a feature of nine of the 23 nursery schools"
            + "|(?:is|are|was|were)\\s+(?:an?\\s+)?(?:feature|characteristic|hallmark)\\s+of)\\s+"
            // "Good or outstanding is the verdict on most of the borough's childminders"
            + "|(?:is|was)\\s+the\\s+(?:(?:most\\s+)?(?:common|usual|frequent)\\s+)?(?:verdict|judgement|grade|rating)\\s+(?:on|for|of)\\s+"
            // "Outstanding judgements went to the adoption agency", "Inadequate judgements were made of ..."
            + "|(?:judgements?|judgments?|grades?|ratings?)\\s+(?:went\\s+to|(?:was|were)\\s+(?:made|given|awarded)\\s+(?:of|to|for))\\s+"
            // "Good too are three of the four special schools": the grade before its verb and subject.
            // "Outstanding, too, is the adoption agency".
            + "|,?\\s*(?:too|also|as\\s+well),?\\s+(?:are|is|were|was)\\s+"
            // "Inadequate at its inspection in May 2010, the pupil referral unit ...": a phrase set before its subject.
            + "|(?:at|in|when)\\s+(?:its|their)\\s+(?:(?:last|latest|most\\s+recent|previous)\\s+)?inspections?\\b[^,;]{0,40},\\s+)");
    /** Where a stretch graded first ends: a new subject after a comma ("..., and the two nursery schools"), a verb. */
    private static final Pattern SPAN_END = Pattern.compile("(?i),\\s+(?:and\\s+)?(?=(?:the|its|their|this|these|both"
            + "|each|none)\\b)|\\s(is|are|was|were|has|have|had|remains?)\\b");
    /** What may stand before a grade that opens what it says: nothing, or a coordinating "and"/"but". */
    private static final Pattern OPENS_PART = Pattern.compile("(?i)(?:^\\W*|[,;]\\s*(?:and|but)\\s+|[,;:]\\s*)$");

    private static List<Mention> mentions(String clause) {
        return distinct(clause, allMentions(clause));
    }

    /** Every mention of a service in the clause, in text order. */
    private static List<Mention> allMentions(String clause) {
        if (!ANY_SERVICE.matcher(clause).find()) {
            return List.of();
        }
        List<Mention> mentions = new ArrayList<>();
        SERVICES.forEach((service, pattern) -> {
            Matcher m = pattern.matcher(clause);
            while (m.find()) {
                Matcher q = QUALIFIED.matcher(clause.substring(0, m.start()));
                if (q.find() && !QUANTITY_OR_QUALITY.contains(q.group(1).toLowerCase(Locale.ROOT))
                        && number(q.group(1)).isEmpty()) {
                    continue;
                }
                if (ATTRIBUTIVE_GRADE.matcher(clause.substring(0, m.start())).find()) {
                    continue; // "the proportion of good childcare": the service is what a proportion is of
                }
                mentions.add(new Mention(service, m.start(), m.end()));
            }
        });
        mentions.sort((a, b) -> Integer.compare(a.start, b.start));
        return mentions;
    }

    /** Each service once in a statement, at its first mention. */
    private static List<Mention> distinct(String clause, List<Mention> mentions) {
        List<Mention> distinct = new ArrayList<>();
        for (Mention m : mentions) {
            // Named again after a grade, a service is the subject of a statement of its own ("nurseries are mostly
            // good, and 12 of the 14 nursery schools are outstanding"); named again in one list, it is not.
            Optional<Mention> before = distinct.stream().filter(d -> d.service == m.service).reduce((a, b) -> b);
            if (before.isEmpty() || GRADE.matcher(clause.substring(before.get().end, m.start)).find()) {
                distinct.add(m);
            }
        }
        return distinct;
    }

    /** "Of the 12 children's homes", "the two school sixth forms": how many of the service there are. */
    private static Optional<Integer> wholeOf(String clause, Mention m) {
        Matcher w = WHOLE.matcher(clause.substring(0, m.start));
        if (w.find()) {
            return number(w.group(1));
        }
        Matcher outOf = OUT_OF_WHOLE.matcher(clause);
        return outOf.find() ? number(outOf.group(1)) : Optional.empty();
    }

    /**
     * The count a grade's subject gives, from the stretch of the clause before it: "two of the five special
     * schools are outstanding" (2), "eight are good" (8), "the two sixth forms are both good" (2, all of
     * them), "the rest are satisfactory" (the whole less the counts before it), none for a year.
     */
    private Optional<Integer> count(String clause, int from, GradeAt g, Optional<Integer> whole, List<Integer> counted) {
        String stretch = clause.substring(Math.max(0, Math.min(from, g.start)), g.start);
        Optional<Integer> n = Optional.empty();
        Matcher part = PART_OF.matcher(stretch);
        if (ONE_MORE.matcher(stretch).find()) {
            n = Optional.of(1);
        } else if (REST.matcher(stretch).find() || REST.matcher(clause.substring(g.start, g.end)).find()) {
            int sum = counted.stream().mapToInt(Integer::intValue).sum();
            n = whole.filter(w -> w > sum && !counted.isEmpty()).map(w -> w - sum);
        } else if (part.find()) {
            n = number(part.group(1));
        } else {
            String noYears = IN_A_YEAR.matcher(stretch).replaceAll(" ");
            Matcher last = LAST_NUMBER.matcher(noYears);
            while (last.find()) {
                // "The majority of Norfolk's 52 secondary schools": the whole of which a part is graded, not a count.
                n = WHOLE_AFTER_OF.matcher(noYears.substring(0, last.start())).find() ? Optional.empty() : number(last.group(1));
            }
        }
        // "Of the 353 primary schools, 71% are good": a share, not a count.
        Matcher pct = PERCENTAGE.matcher(stretch);
        if (n.isPresent() && pct.find() && !PART_OF.matcher(stretch).find()) {
            n = Optional.empty();
        }
        // "All the secondary schools bar one are good": the whole less those excepted, if the whole is known.
        Matcher exceptBefore = EXCEPT_BEFORE.matcher(stretch);
        if (exceptBefore.find()) {
            Optional<Integer> excepted = number(exceptBefore.group(1));
            n = whole.isPresent() && excepted.filter(e -> e < whole.get()).isPresent()
                    ? Optional.of(whole.get() - excepted.get()) : Optional.empty();
        }
        Matcher except = EXCEPT_AFTER.matcher(clause.substring(g.end));
        if (whole.isPresent() && except.lookingAt() && number(except.group(1)).filter(e -> e < whole.get()).isPresent()) {
            n = Optional.of(whole.get() - number(except.group(1)).get());
        }
        // "good or better in three out of the five settings": the count follows the grade.
        Matcher in = COUNT_AFTER.matcher(clause.substring(g.end));
        if (n.isEmpty() && in.lookingAt()) {
            n = number(in.group(1));
        }
        n.ifPresent(counted::add);
        return n;
    }

    /** A number in digits or in words up to twenty ("4", "four"). */
    public static Optional<Integer> number(String word) {
        int i = NUMBER_WORDS.indexOf(word.toLowerCase(Locale.ROOT));
        if (i >= 0) {
            return Optional.of(i);
        }
        String digits = word.replace(",", "");
        return digits.matches("\\d{1,6}") ? Optional.of(Integer.parseInt(digits)) : Optional.empty();
    }

    private static final Pattern NATIONAL = Pattern.compile(
            "\\b(?:nationally|national (?:average|figures?|picture|comparators?))\\b");

    /** What a statement compares a service with, in words, and how it stands against each where it says. */
    private record Compared(String words, List<Comparison> comparisons) {
    }

    private static final Pattern ABOVE = Pattern.compile("\\b(?:better|higher|more|greater|larger|above|exceeds?|stronger)\\b");
    private static final Pattern BELOW = Pattern.compile("\\b(?:worse|lower|fewer|less|smaller|below|weaker|behind)\\b");
    private static final Pattern IN_LINE = Pattern.compile(
            "\\b(?:in line with|similar to|the same as|close to|broadly (?:average|similar|in line)|(?:is|are)\\s+average)\\b");

    private static final Pattern NEGATED_COMPARISON = Pattern.compile("\\b(?:no|not)\\s+$");

    private static Optional<Compared> comparator(String sentence) {
        String s = sentence.toLowerCase(Locale.ROOT);
        boolean similar = s.contains("similar areas") || s.contains("similar authorities")
                || s.contains("statistical neighbours") || s.contains("comparable services");
        boolean national = s.contains("national") && NATIONAL.matcher(s).find();
        String words = similar && national ? "similar areas and nationally" : similar ? "similar areas"
                : national ? "nationally" : null;
        if (words == null) {
            return Optional.empty();
        }
        // "Fewer special schools are good than nationally", "better than in similar areas", "in line with":
        // the direction the sentence gives, for each comparator it names.
        // The first comparative the sentence uses; one it denies ("no less ... than") is none.
        Optional<Direction> direction = Optional.empty();
        int first = Integer.MAX_VALUE;
        for (var candidate : List.of(java.util.Map.entry(IN_LINE, Direction.IN_LINE),
                java.util.Map.entry(BELOW, Direction.BELOW), java.util.Map.entry(ABOVE, Direction.ABOVE))) {
            Matcher m = candidate.getKey().matcher(s);
            if (m.find() && m.start() < first) {
                first = m.start();
                direction = NEGATED_COMPARISON.matcher(s.substring(0, m.start())).find() ? Optional.empty()
                        : Optional.of(candidate.getValue());
            }
        }
        List<Comparison> comparisons = new ArrayList<>();
        direction.ifPresent(d -> {
            if (similar) {
                comparisons.add(new Comparison(d, RefArea.SIMILAR_AREAS));
            }
            if (national) {
                comparisons.add(new Comparison(d, RefArea.ENGLAND));
            }
        });
        return Optional.of(new Compared(words, comparisons));
    }
}
