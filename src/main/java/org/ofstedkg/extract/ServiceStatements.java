package org.ofstedkg.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.ofstedkg.model.Area;
import org.ofstedkg.model.Evidence;
import org.ofstedkg.model.Grade;
import org.ofstedkg.model.Service;
import org.ofstedkg.model.ServiceJudgement;

/**
 * Judgements of kinds of service in prose: "Performance of the local authority's fostering agency is
 * outstanding", "Two special schools are good but one is inadequate", "judged the ... fostering and
 * adoption agencies as good". In each clause each service takes the grade stated after it; a clause
 * that states a grade but names no service ("but one is inadequate", "as is the pupil referral unit")
 * speaks of the previous clause's. Negated and comparative clauses ("do not do as well", "None of the
 * secondary schools are inadequate", "Fewer special schools ... are good than ...") state no grade.
 */
final class ServiceStatements {

    private record Mention(Service service, int start, int end) {
    }

    /** A grade, where its predicate starts (for the negation check) and where its word is (for pairing). */
    private record GradeAt(Grade grade, int predicateStart, int start, boolean ofTheRest) {
    }

    private static final Map<Service, Pattern> SERVICES = new LinkedHashMap<>();
    /**
     * Whether any service's pattern matches: most clauses name no service, and one pass of this finds that
     * out instead of a pass of each service's pattern. Each starts at a word boundary, so the leading one
     * rejects most offsets at once.
     */
    private static final Pattern ANY_SERVICE;
    /**
     * Words, in lower case, one of which every match of a service's pattern holds: a sentence with none of
     * them names no service, which {@link String#contains} finds out faster than any pattern.
     */
    private static final List<String> SERVICE_WORDS = new ArrayList<>();

    static {
        service(Service.CHILDMINDERS, List.of("childminder"), "childminders?(?: settings)?");
        service(Service.CHILDCARE, List.of("childcare"), "childcare(?: settings| provision)?");
        service(Service.NURSERY, List.of("nurser"), "nurser(?:y|ies)(?: provision| education)?");
        service(Service.PRIMARY_SCHOOLS, List.of("primary "), "primary (?:schools?|education)");
        service(Service.SECONDARY_SCHOOLS, List.of("secondary school"), "secondary school(?:s| provision)?");
        service(Service.SIXTH_FORMS, List.of("sixth form"), "sixth forms?");
        service(Service.SPECIAL_SCHOOLS, List.of("special school"), "special schools?");
        service(Service.PUPIL_REFERRAL_UNIT, List.of("pupil referral unit"), "pupil referral units?");
        service(Service.FURTHER_EDUCATION, List.of("further education college", "post-16 provision"),
                "further education college|post-16 provision");
        service(Service.CHILDRENS_HOMES, List.of("children's home"), "children's homes?");
        service(Service.FOSTERING_AGENCY, List.of("fostering"), "(?<!private )fostering (?:agency|agencies|services?)"
                + "|fostering(?= and adoption (?:agency|agencies|services?))");
        service(Service.ADOPTION_AGENCY, List.of("adoption"), "adoption (?:agency|agencies|services?)"
                + "|adoption(?= and fostering (?:agency|agencies|services?))");
        service(Service.PRIVATE_FOSTERING, List.of("private fostering"), "private fostering(?: arrangements)?");
        service(Service.SERIOUS_CASE_REVIEW, List.of("serious case review"), "serious case reviews?");
        service(Service.CONTACT_REFERRAL_ASSESSMENT, List.of("contact, referral and assessment arrangements"),
                "contact, referral and assessment arrangements");
        ANY_SERVICE = Pattern.compile(SERVICES.values().stream().map(Pattern::pattern)
                .collect(Collectors.joining("|", "\\b(?:", ")")), Pattern.CASE_INSENSITIVE);
    }

    private static void service(Service s, List<String> words, String regex) {
        SERVICE_WORDS.addAll(words);
        SERVICES.put(s, Pattern.compile("\\b(?:" + regex + ")\\b", Pattern.CASE_INSENSITIVE));
    }

    private static final List<String> GRADE_WORDS = List.of("outstanding", "good", "adequate", "satisfactory",
            "inadequate");
    private static final String GRADE_WORD = "(" + String.join("|", GRADE_WORDS) + ")";
    /**
     * A grade in predicate position: "are good or outstanding", "is only satisfactory", "judged ... as good".
     * The alternatives share their leading word boundary, after a look-ahead for the letters they start with,
     * so most offsets are rejected by one character test.
     */
    private static final Pattern PREDICATE = Pattern.compile(
            "(?=[iawbrogs])\\b(?:(?:is|are|was|were|be|been|remains?|as|rated)\\s+(?:now\\s+|only\\s+|also\\s+|both\\s+|judged\\s+"
                    + "(?:to\\s+be\\s+|as\\s+)?)?" + GRADE_WORD + "\\b(?!\\s+(?:than|as|start|contribution)\\b)"
                    + "|" + GRADE_WORD + "\\s+provision\\s+in\\b"
                    + "|with\\s+" + GRADE_WORD + "\\s+performance\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAUSE_BREAK = Pattern.compile(",?\\s+but\\s+|;\\s*|,\\s+(?=as (?:is|are)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATED = Pattern.compile(
            "\\b(?:not|none|no|never|fewer|smaller|less|lower)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * "engagement of secondary schools", "attendance at special schools": another subject that the
     * service only qualifies. Words of quantity or quality leave the service the subject.
     */
    private static final Pattern QUALIFIED = Pattern.compile("\\b(\\w+)\\s+(?:of|at|in|with)\\s+(?:the\\s+|its\\s+|their\\s+"
            + "|all\\s+|the\\s+local\\s+authority's\\s+|[\\w']+\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final java.util.Set<String> QUANTITY_OR_QUALITY = java.util.Set.of("proportion", "majority",
            "minority", "number", "numbers", "performance", "effectiveness", "quality", "most", "all", "some", "none",
            "both", "each", "one", "two", "three", "four", "five", "thirds", "half");
    /** A clause that speaks of the previous clause's service: "one is inadequate", "as is the ...". */
    private static final Pattern CONTINUATION = Pattern.compile(
            "^(?:(?:but\\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,3})|the other|the rest|as (?:is|are))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNT_BEFORE = Pattern.compile(
            "\\b(one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,3})\\s+(?:\\w+\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** "Four of the six children's homes": the part, not the whole. */
    private static final Pattern PART_OF = Pattern.compile(
            "\\b(one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,3})\\s+of\\s+(?:the|its|their)\\s+"
                    + "(?:one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,3})?\\s*(?:[\\w']+\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_COUNT = Pattern.compile(
            "^(?:but\\s+)?(one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,3})\\b", Pattern.CASE_INSENSITIVE);
    /** A count of settings is a small number, of at most three digits as the other counts here. */
    private static final Pattern COUNT_OF = Pattern.compile(
            "\\bin\\s+(one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,3})\\s+(?:out\\s+)?of\\b", Pattern.CASE_INSENSITIVE);
    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten");

    private final Document doc;
    private final Map<String, Builder> judgements = new LinkedHashMap<>();

    private static final class Builder {
        final Service service;
        final Grade grade;
        Optional<Integer> count;
        Optional<String> comparator;
        final List<Evidence> evidence = new ArrayList<>();
        final Set<Area> outcomes = EnumSet.noneOf(Area.class);

        Builder(Service service, Grade grade, Optional<Integer> count, Optional<String> comparator) {
            this.service = service;
            this.grade = grade;
            this.count = count;
            this.comparator = comparator;
        }
    }

    ServiceStatements(Document doc) {
        this.doc = doc;
    }

    /** Reads the sentence's service judgements, if any. */
    void read(MappedText sentence) {
        String s = sentence.toString();
        String lower = s.toLowerCase(Locale.ROOT);
        // A judgement pairs a service named in the sentence with a grade it states, which is one of these
        // words: a sentence without both gives none, and its clauses need no reading (most sentences).
        if (SERVICE_WORDS.stream().noneMatch(lower::contains) || GRADE_WORDS.stream().noneMatch(lower::contains)) {
            return;
        }
        List<Mention> previous = List.of();
        Matcher breaks = CLAUSE_BREAK.matcher(s);
        int from = 0;
        List<int[]> clauses = new ArrayList<>();
        while (breaks.find()) {
            clauses.add(new int[] {from, breaks.start()});
            from = breaks.end();
        }
        clauses.add(new int[] {from, s.length()});
        Optional<Grade> previousGrade = Optional.empty();
        for (int[] c : clauses) {
            String clause = s.substring(c[0], c[1]);
            Optional<String> comparator = comparator(clause);
            List<Mention> mentions = mentions(clause);
            List<GradeAt> grades = affirmed(clause, grades(clause));
            boolean continuation = mentions.isEmpty() && CONTINUATION.matcher(clause.strip()).find();
            if (grades.isEmpty()) {
                // "..., as is the pupil referral unit": the previous clause's grade.
                if (previousGrade.isPresent() && AS_IS.matcher(clause.strip().toLowerCase(Locale.ROOT)).matches()) {
                    for (Mention m : mentions) {
                        add(m.service, previousGrade.get(), Optional.empty(), comparator, sentence);
                    }
                }
                previous = mentions.isEmpty() ? previous : mentions;
                continue;
            }
            previousGrade = Optional.of(grades.get(grades.size() - 1).grade);
            if (continuation) {
                for (Mention m : previous) {
                    add(m.service, grades.get(0).grade, count(clause, 0), comparator, sentence);
                }
                continue;
            }
            int lastPaired = -1;
            for (Mention m : mentions) {
                // The first grade word after the service is its grade, unless that word is denied or compared.
                Matcher next = ANY_GRADE_WORD.matcher(clause);
                int firstWord = next.find(m.end) ? next.start() : -1;
                Optional<GradeAt> grade = grades.stream().filter(g -> g.start == firstWord).findFirst()
                        .or(() -> grades.stream().filter(g -> g.start < m.start && isProvisionIn(clause, g)).findFirst());
                if (grade.isPresent()) {
                    add(m.service, grade.get().grade, count(clause, m.start).or(() -> countOf(clause)), comparator,
                            sentence);
                    lastPaired = Math.max(lastPaired, grade.get().start);
                }
            }
            // "good or better in three ... with adequate performance in the rest": the same service's other grade.
            if (!mentions.isEmpty() && lastPaired >= 0) {
                Mention last = mentions.get(mentions.size() - 1);
                final int after = lastPaired;
                grades.stream().filter(g -> g.start > after && g.ofTheRest).forEach(g -> add(last.service, g.grade,
                        Optional.empty(), comparator, sentence));
            }
            previous = mentions.isEmpty() ? previous : mentions;
        }
    }

    private static final Pattern AS_IS = Pattern.compile("^as (?:is|are)\\b.*");
    private static final Pattern PROVISION_IN = Pattern.compile("^\\w+\\s+provision\\s+in\\b(?s).*");
    private static final Pattern IN_A_YEAR = Pattern.compile("(?is).*\\b(?:in|since|during|by)\\s+\\d{4}\\s+$");
    private static final Pattern ANY_GRADE_WORD = Pattern.compile("\\b" + GRADE_WORD + "\\b", Pattern.CASE_INSENSITIVE);

    /**
     * The grades whose stretch of the clause does not deny or compare them: the stretch runs from the
     * previous grade word, stated or compared ("fewer ... are good than ..., and the unit remains
     * adequate": the unit's grade stands).
     */
    private static List<GradeAt> affirmed(String clause, List<GradeAt> grades) {
        List<GradeAt> kept = new ArrayList<>();
        for (GradeAt g : grades) {
            int from = 0;
            Matcher w = ANY_GRADE_WORD.matcher(clause);
            while (w.find() && w.end() <= g.predicateStart) {
                from = w.end();
            }
            if (!NEGATED.matcher(clause.substring(from, g.predicateStart)).find()) {
                kept.add(g);
            }
        }
        return kept;
    }

    private static boolean isProvisionIn(String clause, GradeAt g) {
        return PROVISION_IN.matcher(clause.substring(g.start).toLowerCase(Locale.ROOT)).matches();
    }

    private void add(Service service, Grade grade, Optional<Integer> count, Optional<String> comparator,
            MappedText sentence) {
        Builder b = judgements.computeIfAbsent(service.slug() + "/" + grade.value(),
                k -> new Builder(service, grade, count, comparator));
        b.count = b.count.or(() -> count);
        b.comparator = b.comparator.or(() -> comparator);
        Evidence e = doc.evidence(sentence);
        if (b.evidence.stream().noneMatch(x -> x.start() == e.start())) {
            b.evidence.add(e);
        }
        b.outcomes.addAll(EveryChildMatters.outcomesIn(sentence));
    }

    List<ServiceJudgement> judgements() {
        return judgements.values().stream().map(b -> new ServiceJudgement(b.service, b.grade, b.count, b.comparator,
                b.evidence, b.outcomes)).toList();
    }

    private static List<Mention> mentions(String clause) {
        if (!ANY_SERVICE.matcher(clause).find()) {
            return List.of();
        }
        List<Mention> mentions = new ArrayList<>();
        SERVICES.forEach((service, pattern) -> {
            Matcher m = pattern.matcher(clause);
            while (m.find()) {
                Matcher q = QUALIFIED.matcher(clause.substring(0, m.start()));
                if (q.find() && !QUANTITY_OR_QUALITY.contains(q.group(1).toLowerCase(Locale.ROOT))) {
                    continue;
                }
                mentions.add(new Mention(service, m.start(), m.end()));
            }
        });
        // "private fostering" is not also the fostering agency; keep each service once, in text order.
        mentions.sort((a, b) -> Integer.compare(a.start, b.start));
        List<Mention> distinct = new ArrayList<>();
        for (Mention m : mentions) {
            if (distinct.stream().noneMatch(d -> d.service == m.service)) {
                distinct.add(m);
            }
        }
        return distinct;
    }

    private static List<GradeAt> grades(String clause) {
        List<GradeAt> grades = new ArrayList<>();
        Matcher m = PREDICATE.matcher(clause);
        while (m.find()) {
            String word = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            int wordStart = m.start(m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3);
            boolean ofTheRest = m.group(3) != null;
            Grade.fromWord(word).ifPresent(g -> grades.add(new GradeAt(g, m.start(), wordStart, ofTheRest)));
        }
        return grades;
    }

    /** "Two special schools are good": the number just before the service. */
    private static Optional<Integer> count(String clause, int serviceStart) {
        String before = clause.substring(0, serviceStart);
        Matcher part = PART_OF.matcher(before);
        if (serviceStart > 0 && part.find()) {
            return number(part.group(1));
        }
        Matcher m = COUNT_BEFORE.matcher(before);
        if (serviceStart > 0 && m.find() && !IN_A_YEAR.matcher(before).matches()) {
            return number(m.group(1));
        }
        Matcher lead = LEADING_COUNT.matcher(clause.strip());
        return serviceStart == 0 && lead.find() ? number(lead.group(1)) : Optional.empty();
    }

    /** "good or better in three out of the five settings": the number of settings the grade covers. */
    private static Optional<Integer> countOf(String clause) {
        Matcher m = COUNT_OF.matcher(clause);
        return m.find() ? number(m.group(1)) : Optional.empty();
    }

    private static Optional<Integer> number(String word) {
        int i = NUMBER_WORDS.indexOf(word.toLowerCase(Locale.ROOT));
        if (i >= 0) {
            return Optional.of(i);
        }
        return word.matches("\\d+") ? Optional.of(Integer.parseInt(word)) : Optional.empty();
    }

    private static final Pattern NATIONAL = Pattern.compile(
            "\\b(?:nationally|national (?:average|figures?|picture|comparators?))\\b");

    private static Optional<String> comparator(String sentence) {
        String s = sentence.toLowerCase(Locale.ROOT);
        boolean similar = s.contains("similar areas") || s.contains("similar authorities")
                || s.contains("statistical neighbours") || s.contains("comparable services");
        boolean national = s.contains("national") && NATIONAL.matcher(s).find();
        if (similar && national) {
            return Optional.of("similar areas and nationally");
        }
        if (similar) {
            return Optional.of("similar areas");
        }
        return national ? Optional.of("nationally") : Optional.empty();
    }
}
