package org.ofstedkg.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.ofstedkg.model.Area;
import org.ofstedkg.model.Authority;

/**
 * Writes a joint area review in the Markdown of the sample (data/reports/001): title page, contents,
 * introduction citing the Annual Performance Assessment, context, main findings, the grades table,
 * recommendations by timescale and addressee, equality and diversity, one section per area (its
 * judgement sentence, strengths and weaknesses table and numbered paragraphs), service management
 * with its sub-judgements, and annexes A (APA), B (corporate assessment) and C. The grades table and
 * the sections' judgement sentences state the same grades; the prose's tone follows each grade.
 */
final class ReviewWriter {

    /** The areas of investigation every review has, in report order, with their headings and judgement subjects. */
    record Investigation(Area area, String key, String heading, String subject, String mainFinding,
            String introduction) {
    }

    private static final List<Investigation> CORE = List.of(
            new Investigation(Area.SAFEGUARDING, "safeguarding", "Safeguarding",
                    "The contribution of local services to improving outcomes for children and young people at risk or "
                            + "requiring safeguarding",
                    "the contribution of local services to safeguarding children and young people is", ""),
            new Investigation(Area.LOOKED_AFTER_CHILDREN, "looked-after", "Looked after children and young people",
                    "The contribution of local services to improving outcomes for looked after children and young people",
                    "the impact of services for looked after children and young people is", ""),
            new Investigation(Area.LEARNING_DIFFICULTIES_AND_DISABILITIES, "learning-difficulties",
                    "Children and young people with learning difficulties and/or disabilities",
                    "The contribution of local services to improving outcomes for children and young people with learning "
                            + "difficulties and/or disabilities",
                    "services for children and young people with learning difficulties and/or disabilities are", ""));

    /** The additional investigations a review may make (the sample made all three). */
    static final List<Investigation> ADDITIONAL = List.of(
            new Investigation(Area.SUBSTANCE_MISUSE, "substance-misuse",
                    "An investigation into the contribution of services to preventing substance misuse and improving "
                            + "outcomes for those currently misusing",
                    "The contribution of services to preventing substance misuse and improving outcomes for those "
                            + "currently misusing",
                    "the contribution of services to preventing substance misuse is",
                    "an investigation into the contribution of services to prevent substance misuse and improving outcomes "
                            + "for those currently misusing."),
            new Investigation(Area.NARROWING_THE_GAP, "narrowing-the-gap",
                    "An investigation into the impact of local services in narrowing the gap between the performance of "
                            + "the least effective and the most effective schools, colleges and work based learning providers",
                    "The impact of local services in narrowing the gap between the performance of the least effective and "
                            + "most effective schools, colleges and work based learning providers",
                    "the impact of local services in narrowing the gap between the most effective and least effective "
                            + "schools is",
                    "an investigation into the impact of local services in narrowing the gap between the performance of the "
                            + "least effective and the most effective schools, colleges and work based education providers"),
            new Investigation(Area.YOUNG_CARERS, "young-carers",
                    "An investigation into the effectiveness of services for young carers",
                    "The contribution of local services to improving outcomes for young carers",
                    "the contribution of local services to improving outcomes for young carers is",
                    "an investigation into the effectiveness of services for young carers."));

    /** The areas of the grades table, in its order, with the row headings. */
    static final Map<Area, String> GRADES_TABLE = orderedTable();

    private static Map<Area, String> orderedTable() {
        var m = new LinkedHashMap<Area, String>();
        m.put(Area.SAFEGUARDING, "Safeguarding");
        m.put(Area.LOOKED_AFTER_CHILDREN, "Looked after children");
        m.put(Area.LEARNING_DIFFICULTIES_AND_DISABILITIES, "Learning difficulties and/or disabilities");
        m.put(Area.SERVICE_MANAGEMENT, "Service management");
        m.put(Area.CAPACITY_TO_IMPROVE, "Capacity to improve");
        return Collections.unmodifiableMap(m);
    }

    private static final List<String> INSPECTORATES = List.of("Audit Commission", "Healthcare Commission",
            "HM Crown Prosecution Service Inspectorate", "HM Inspectorate of Constabulary", "HM Inspectorate of Prisons",
            "HM Inspectorate of Probation", "Ofsted");

    private final Phrases phrases;

    ReviewWriter(Phrases phrases) {
        this.phrases = phrases;
    }

    /**
     * The review's Markdown. {@code grades} holds the grades table's five areas and each additional
     * investigation made (any of substance misuse, narrowing the gap, young carers), 1-4 each.
     */
    String write(Authority authority, LocalDate published, Map<Area, Integer> grades, SplittableRandom r) {
        String place = AuthorityNames.place(authority);
        int year = published.getYear();
        int sm = grades.get(Area.SERVICE_MANAGEMENT);
        int cap = grades.get(Area.CAPACITY_TO_IMPROVE);
        int overall = Math.round((grades.get(Area.SAFEGUARDING) + grades.get(Area.LOOKED_AFTER_CHILDREN)
                + grades.get(Area.LEARNING_DIFFICULTIES_AND_DISABILITIES) + sm) / 4.0f);
        int apa = Words.near(overall, r);
        int apaCapacity = Words.near(cap, r);
        List<Investigation> additional = ADDITIONAL.stream().filter(i -> grades.containsKey(i.area())).toList();
        List<String> councils = AuthorityNames.councilNames(authority);
        StringBuilder out = new StringBuilder(40_000);

        front(out, authority, place, published, r);
        contents(out, !additional.isEmpty(), r);

        int n = 1;
        out.append("## Introduction\n\n");
        out.append(n++).append(". The most recent Annual Performance Assessment for ").append(place)
                .append(" judged the council's children's services as ").append(Words.grade(apa))
                .append(", and its capacity to improve as ").append(Words.grade(apaCapacity)).append(".\n");
        out.append(n++).append(". This report assesses the contribution of local services in ensuring that children and "
                + "young people:\n  - at risk, or requiring safeguarding are effectively cared for\n  - who are looked "
                + "after achieve the best possible outcomes\n  - with learning difficulties and/or disabilities achieve the "
                + "best possible outcomes.\n");
        if (!additional.isEmpty()) {
            out.append(n++).append(". The following investigation").append(additional.size() > 1 ? "s were" : " was")
                    .append(" also carried out:\n");
            for (Investigation i : additional) {
                out.append("  - ").append(i.introduction()).append('\n');
            }
        }
        out.append('\n');

        n = context(out, n, authority, place, r);

        out.append("## Main Findings\n\n");
        out.append(n++).append(". The main findings of this joint area review are as follows:\n");
        List<Investigation> all = new ArrayList<>(CORE);
        all.addAll(additional);
        for (Investigation i : all) {
            int g = grades.get(i.area());
            out.append(r.nextBoolean() ? "- " : "  - ").append(i.mainFinding()).append(' ').append(Words.grade(g))
                    .append(". ").append(prose("review." + i.key(), g, 1, place, year, r).get(0)).append('\n');
        }
        out.append("- the management of services for children and young people is ").append(Words.grade(sm))
                .append(" and the capacity to improve further is ").append(Words.grade(cap)).append(". ")
                .append(prose("review.service-management", sm, 1, place, year, r).get(0)).append("\n\n");

        out.append("## Grades\n\n4: outstanding; 3: good; 2: adequate; 1: inadequate\n\n\tLocal services overall\n");
        GRADES_TABLE.forEach((area, row) -> out.append(row).append('\t').append(grades.get(area)).append('\n'));
        out.append('\n');

        recommendations(out, r);

        out.append(r.nextBoolean() ? "## **Equality and diversity**\n\n" : "## Equality and diversity\n\n");
        out.append(n++).append(". ").append(String.join(" ", fill(phrases.pick("review.equality", 4 + r.nextInt(3),
                new HashSet<>(), r), place, year, r))).append("\n\n");

        for (Investigation i : CORE) {
            out.append("## ").append(i.heading()).append("\n\n");
            if (r.nextInt(5) == 0) {
                out.append("Inadequate\n\nAdequate\n\nGood\n\nOutstanding\n\n");
            }
            n = area(out, n, i, grades.get(i.area()), place, year, r);
        }
        if (!additional.isEmpty()) {
            out.append("## Other issues identified for further investigation\n\n");
            for (Investigation i : additional) {
                out.append(r.nextBoolean() ? "### **" + i.heading() + "**" : "### " + i.heading()).append("\n\n");
                n = area(out, n, i, grades.get(i.area()), place, year, r);
            }
        }
        n = serviceManagement(out, n, sm, cap, place, year, r);

        annexes(out, authority, place, Words.any(councils, r), year, apa, overall, sm, cap, r);
        return out.toString();
    }

    private static void front(StringBuilder out, Authority authority, String place, LocalDate published,
            SplittableRandom r) {
        out.append("\n# Joint area review\n\n**").append(AuthorityNames.area(authority)).append("**\n\n---\n\n")
                .append("Review of services for children and young people\n\n");
        for (int i = 0; i < INSPECTORATES.size(); i++) {
            out.append(INSPECTORATES.get(i)).append(i + 1 < INSPECTORATES.size() ? "  \n" : "\n");
        }
        out.append("\n**Age group:** All\n\n---\n\n**Published:** ").append(Words.date(published)).append("\n\n---\n\n")
                .append("**Reference no:** ").append(authority.laCode()).append("\n\n\n\n---\n\n")
                .append("\u00A9 Crown copyright ").append(published.getYear() - r.nextInt(2)).append("\n\n")
                .append("Website: [www.ofsted.gov.uk](http://www.ofsted.gov.uk)\n\n")
                .append("This document may be reproduced in whole or in part for non-commercial purposes, provided that "
                        + "the information quoted is reproduced without adaptation and the source and date of publication "
                        + "are stated.\n\n")
                .append("Further copies of this report are obtainable from the local authority or at "
                        + "[www.ofsted.gov.uk](http://www.ofsted.gov.uk)\n\n---\n\n");
    }

    private static void contents(StringBuilder out, boolean additional, SplittableRandom r) {
        int page = 7 + r.nextInt(3);
        int[] pages = new int[6];
        for (int i = 0; i < pages.length; i++) {
            pages[i] = page;
            page += i == 3 && !additional ? 0 : 3 + r.nextInt(5);
        }
        out.append("## Contents\n\n<b>Introduction</b>\t<b>2</b>\n<b>Context</b>\t<b>2</b>\n<b>Main findings</b>\t<b>3</b>\n")
                .append("<b>Grades</b>\t<b>5</b>\n<b>Recommendations</b>\t<b>5</b>\n")
                .append("<b>Areas for investigation through fieldwork during the joint area review</b>\t\n")
                .append("1. Safeguarding\t").append(pages[0]).append('\n')
                .append("2. Looked after children and young people\t").append(pages[1]).append('\n')
                .append("3. Children and young people with learning difficulties and/or disabilities\t").append(pages[2])
                .append('\n');
        if (additional) {
            out.append("4. Additional investigations\t").append(pages[3]).append('\n');
        }
        out.append(additional ? "5" : "4").append(". Service management\t").append(pages[4]).append('\n')
                .append(additional ? "6" : "5").append(". Capacity to improve\t").append(pages[4]).append('\n')
                .append("<b>Annex A: The APA letter</b>\t<b>").append(pages[5] + 4).append("</b>\n")
                .append("<b>Annex B: Children and young people's section of the corporate assessment report</b>\t<b>")
                .append(pages[5] + 5).append("</b>\n")
                .append("<b>Annex C: Summary of joint area review and annual performance assessment arrangements</b>\t<b>")
                .append(pages[5] + 8).append("</b>\n\n---\n\n");
    }

    /** The context: population, deprivation and the services provided, with figures in proportion. */
    private static int context(StringBuilder out, int n, Authority authority, String place, SplittableRandom r) {
        String gss = authority.gssCode().orElse("");
        String kind = gss.startsWith("E09") ? "a London borough"
                : gss.startsWith("E08") ? "a metropolitan borough"
                : gss.startsWith("E10") ? "a large shire county" : "a unitary authority";
        int thousands = switch (kind) {
            case "a London borough" -> 160 + r.nextInt(170);
            case "a metropolitan borough" -> 150 + r.nextInt(600);
            case "a large shire county" -> 450 + r.nextInt(900);
            default -> 60 + r.nextInt(400);
        };
        int population = thousands * 1000;
        int young = population / 100 * (22 + r.nextInt(6)) + r.nextInt(900);
        int scale = Math.max(1, thousands / 40);
        out.append("## Context\n\n");
        out.append(n++).append(". ").append(place).append(" is ").append(kind).append(" with a population of approximately ")
                .append(String.format(Locale.ROOT, "%,d", population)).append(", of whom ")
                .append(String.format(Locale.ROOT, "%,d", young)).append(" are aged under 20. The majority of the population "
                        + "is White British with ").append(3 + r.nextInt(30)).append("% from Black and minority ethnic groups.\n");
        double unemployment = 3.0 + r.nextInt(50) / 10.0;
        double national = 4.0 + r.nextInt(20) / 10.0;
        out.append(n++).append(". There are many affluent areas in ").append(place).append(", but in ").append(2 + r.nextInt(9))
                .append(" wards there are significant levels of social and economic deprivation. Unemployment, at ")
                .append(String.format(Locale.ROOT, "%.1f", unemployment)).append("%, is ")
                .append(unemployment > national ? "above" : unemployment < national ? "below" : "in line with")
                .append(" the national average of ").append(String.format(Locale.ROOT, "%.1f", national)).append("%.\n");
        out.append(n++).append(". Pre-16 education provision comprises:\n\n")
                .append("- ").append(scale * (10 + r.nextInt(10))).append(" private or voluntary early years settings and ")
                .append(scale * (1 + r.nextInt(3))).append(" children's centres\n")
                .append("  - ").append(scale * (30 + r.nextInt(40))).append(" childminders\n")
                .append("  - ").append(scale * (8 + r.nextInt(6))).append(" primary schools\n")
                .append("  - ").append(scale * (2 + r.nextInt(2))).append(" secondary schools\n")
                .append("  - ").append(Math.max(1, scale * (1 + r.nextInt(2)) / 2)).append(" special schools.\n");
        out.append(n++).append(". Post-16 education and training is provided by:\n")
                .append("- ").append(scale * (2 + r.nextInt(2))).append(" sixth forms\n")
                .append("  - ").append(Math.max(1, scale / 3)).append(" further education colleges\n")
                .append("  - ").append(scale + r.nextInt(5)).append(" work-based learning providers.\n");
        out.append(n++).append(". Children's social care services are provided through: ").append(scale * (30 + r.nextInt(20)))
                .append(" foster carers; ").append(Math.max(1, scale / 4)).append(" family centres; ").append(scale + 2)
                .append(" field social work teams.\n\n");
        return n;
    }

    private void recommendations(StringBuilder out, SplittableRandom r) {
        List<String> partnership = shuffled(phrases.texts("review.recommendation.partnership"), r);
        List<String> council = shuffled(phrases.texts("review.recommendation.council"), r);
        int p = 0;
        int c = 0;
        out.append("## Recommendations\n\n");
        String[] headings = {"For immediate action", "For action over the next six months", "For action in the longer term"};
        for (String heading : headings) {
            out.append(r.nextInt(4) == 0 ? "### **" + heading + "**" : "### " + heading).append("\n\n");
            int k = 1 + r.nextInt(4);
            out.append(r.nextBoolean() ? "The local partnership should:\n\n" : "The partnership should:\n\n");
            for (int i = 0; i < k && p < partnership.size(); i++) {
                out.append("- ").append(partnership.get(p++)).append(i + 1 == k ? ".\n" : "\n");
            }
            out.append('\n');
            if (c < council.size() && r.nextInt(3) == 0) {
                out.append("The council should:\n\n- ").append(council.get(c++)).append(".\n\n");
            }
        }
    }

    /** An area's section: the judgement sentence, the strengths and weaknesses table, numbered paragraphs. */
    private int area(StringBuilder out, int n, Investigation i, int grade, String place, int year, SplittableRandom r) {
        String judgement = n++ + ". " + i.subject() + " is " + Words.grade(grade) + ".";
        out.append(r.nextBoolean() ? "**" + judgement + "**" : judgement.replaceFirst("^(\\d+\\. )(.*)$", "$1**$2**"))
                .append("\n\n");
        table(out, "review." + i.key(), grade, place, year, r);
        List<String> sentences = prose("review." + i.key(), grade, 8 + r.nextInt(8), place, year, r);
        for (List<String> paragraph : paragraphs(sentences, r)) {
            out.append(n++).append(". ").append(String.join(" ", paragraph)).append("\n\n");
        }
        out.append(n++).append(". In summary, ").append(Words.lowerFirst(i.subject())).append(" is ")
                .append(Words.grade(grade)).append(". ")
                .append(grade >= 3 ? "The partnership has a clear understanding of what it needs to do to sustain this."
                        : "The partnership recognises that more work is needed and plans are in place to address this.")
                .append("\n\n");
        return n;
    }

    /** The strengths and weaknesses table, as one row of {@code <p>} items or a plain row then such a row. */
    private void table(StringBuilder out, String family, int grade, String place, int year, SplittableRandom r) {
        int strengths = switch (grade) {
            case 4 -> 4 + r.nextInt(3);
            case 3 -> 3 + r.nextInt(3);
            case 2 -> 2 + r.nextInt(3);
            default -> 1 + r.nextInt(2);
        };
        int weaknesses = switch (grade) {
            case 4 -> 1;
            case 3 -> 1 + r.nextInt(3);
            case 2 -> 2 + r.nextInt(3);
            default -> 3 + r.nextInt(3);
        };
        List<String> s = fill(phrases.pick(family + ".strength", strengths, new HashSet<>(), r), place, year, r);
        List<String> w = fill(phrases.pick(family + ".weakness", weaknesses, new HashSet<>(), r), place, year, r);
        boolean bold = r.nextInt(3) == 0;
        out.append(bold ? "<b>Major strengths</b>\t<b>Important weaknesses</b>\n" : "Major strengths\tImportant weaknesses\n");
        if (r.nextInt(4) == 0 && s.size() > 1 && w.size() > 1) {
            // A plain first row, then the rest as items (as the learning difficulties table of the sample).
            out.append(s.get(0)).append('\t').append(w.get(0)).append("\n\n");
            s = s.subList(1, s.size());
            w = w.subList(1, w.size());
        }
        out.append(items(s)).append('\t').append(items(w)).append("\n\n");
    }

    private static String items(List<String> items) {
        StringBuilder cell = new StringBuilder();
        for (String item : items) {
            cell.append(cell.length() == 0 ? "" : " ").append("<p>").append(item).append("</p>");
        }
        return cell.toString();
    }

    /**
     * About {@code k} sentences of an area's prose, the share of positive ones following the grade,
     * positive ones first.
     */
    private List<String> prose(String family, int grade, int k, String place, int year, SplittableRandom r) {
        double share = switch (grade) {
            case 4 -> 0.9;
            case 3 -> 0.7;
            case 2 -> 0.45;
            default -> 0.15;
        };
        int positive = (int) Math.round(k * share);
        Set<String> topics = new HashSet<>();
        List<String> out = new ArrayList<>(phrases.pick(family + ".positive", positive, topics, r));
        out.addAll(phrases.pick(family + ".negative", k - positive, topics, r));
        if (out.isEmpty()) {
            out.addAll(phrases.pick(family + ".positive", 1, topics, r));
        }
        return fill(out, place, year, r);
    }

    /** Sentences cut into paragraphs of two to five. */
    private static List<List<String>> paragraphs(List<String> sentences, SplittableRandom r) {
        List<List<String>> out = new ArrayList<>();
        int i = 0;
        while (i < sentences.size()) {
            int k = Math.min(sentences.size() - i, 2 + r.nextInt(4));
            out.add(sentences.subList(i, i + k));
            i += k;
        }
        return out;
    }

    private int serviceManagement(StringBuilder out, int n, int sm, int cap, String place, int year, SplittableRandom r) {
        out.append("## Service Management\n\n\n\n## Capacity to improve\n\n\n\n");
        table(out, "review.service-management", sm, place, year, r);
        out.append(n++).append(". The management of services for children and young people is ").append(Words.grade(sm))
                .append(". Capacity to improve further is ").append(Words.grade(cap)).append(".\n\n");
        List<String> openings = List.of(
                "The ambition of the local partnership for services to children and young people is %s.",
                "The prioritisation of services for children and young people is %s.",
                "The capacity of the partnership to deliver services for children and young people is %s.",
                "",
                "Value for money is %s.",
                "Performance monitoring is %s.",
                "Performance management across the partnership is %s.");
        Set<String> topics = new HashSet<>();
        List<String> positive = fill(phrases.pick("review.service-management.positive", 20, topics, r), place, year, r);
        List<String> negative = fill(phrases.pick("review.service-management.negative", 20, topics, r), place, year, r);
        positive = shuffled(positive, r);
        negative = shuffled(negative, r);
        int p = 0;
        int q = 0;
        for (String opening : openings) {
            int g = Words.near(sm, r);
            String first = opening.isEmpty()
                    ? "The quality of leadership to deliver the ambitions for children and young people is "
                            + (sm >= 3 ? "strong and visible." : "generally strong but with some significant weaknesses.")
                    : String.format(Locale.ROOT, opening, Words.grade(g));
            StringBuilder para = new StringBuilder(first);
            int k = 1 + r.nextInt(3);
            for (int j = 0; j < k; j++) {
                boolean good = r.nextInt(4) < g;
                if (good && p < positive.size()) {
                    para.append(' ').append(positive.get(p++));
                } else if (q < negative.size()) {
                    para.append(' ').append(negative.get(q++));
                }
            }
            out.append(n++).append(". ").append(para).append("\n\n");
        }
        out.append(n++).append(". Capacity to improve further is ").append(Words.grade(cap)).append(". ")
                .append(cap >= 3 ? "The partnership can demonstrate a track record of improvement and an ability to "
                        + "sustain the improvements it is making in services."
                        : "The partnership has yet to demonstrate a consistent track record of improvement.")
                .append("\n\n");
        return n;
    }

    private void annexes(StringBuilder out, Authority authority, String place, String council, int year, int apa,
            int overall, int sm, int cap, SplittableRandom r) {
        String tail = switch (apa) {
            case 4 -> ", and services contribute very well to improving outcomes for their users";
            case 3 -> ", and in most respects services contribute well to improving outcomes for their users";
            case 2 -> ", although in a number of respects services contribute well to improving outcomes for their users";
            default -> ", and services do not yet contribute enough to improving outcomes for their users";
        };
        out.append("## Annex A\n\n### **MOST RECENTLY PUBLISHED ANNUAL PERFORMANCE ASSESSMENT OF SERVICES FOR CHILDREN AND "
                + "YOUNG PEOPLE IN ").append(place.toUpperCase(Locale.ROOT)).append("**\n\n")
                .append("Overall, ").append(council).append(" delivers services for children and young people at ")
                .append(Words.withArticle(Words.grade(apa))).append(" level").append(tail).append(".\n\n")
                .append("Children's services are making a number of contributions to improving the achievement, enjoyment "
                        + "and economic well-being of children and young people. Further work with partners on being "
                        + "healthy and staying safe is planned.\n\n")
                .append("The full annual performance assessment can be found at:\n\n");
        String url = "http://www.ofsted.gov.uk/reports/pdf/?inspectionNumber=" + (200000 + r.nextInt(99999))
                + "&providerCategoryID=0&fileName=\\\\APA\\\\apa\\_" + (year - 1) + "\\_" + authority.laCode() + ".pdf";
        out.append('[').append(url).append("](").append(url.replace("\\_", "_")).append(")\n\n");

        int health = Words.near(overall, r);
        int safe = Words.near(overall, r);
        int enjoy = Words.near(overall, r);
        int contribute = Words.near(overall, r);
        int corporate = Words.near(overall, r);
        String overallTail = corporate >= 3 ? " and services make a good contribution to improving outcomes"
                : corporate == 2 ? " and in a number of respects a good contribution is being made by services to "
                        + "improving outcomes"
                : " and services do not yet make enough of a contribution to improving outcomes";
        Set<String> topics = new HashSet<>();
        out.append("## Annex B\n\n### CORPORATE ASSESSMENT ACHIEVEMENT - CHILDREN AND YOUNG PEOPLE\n\n")
                .append("1. The overall effectiveness of the council's children's services is ").append(Words.grade(corporate))
                .append(overallTail).append(". ").append(follow("review.equality", corporate, topics, place, year, r))
                .append("\n\n")
                .append("2. Service management in ").append(place).append(" is ").append(Words.grade(sm))
                .append(" and the capacity of council services to improve is ").append(Words.grade(cap)).append(". ")
                .append(follow("review.service-management", sm, topics, place, year, r)).append("\n\n")
                .append("3. The combined work of all local services in securing the health of children and young people is ")
                .append(Words.grade(health)).append(". ")
                .append(follow("review.substance-misuse", health, topics, place, year, r)).append("\n\n")
                .append(safe > 1 ? "4. Children and young people appear safe and arrangements to ensure this are "
                        : "4. Children and young people do not always appear safe and arrangements to ensure this are ")
                .append(Words.grade(safe)).append(". ")
                .append(follow("review.safeguarding", safe, topics, place, year, r)).append("\n\n")
                .append("5. The impact of local services in helping children and young people to enjoy their education and "
                        + "achieve economic well-being are ").append(Words.grade(enjoy)).append(". ")
                .append(follow("review.narrowing-the-gap", enjoy, topics, place, year, r)).append("\n\n")
                .append("6. The impact of all local services in helping children and young people contribute to society is ")
                .append(Words.grade(contribute)).append(contribute >= 2
                        ? ". Effective multi-agency action is reducing anti-social behaviour and offending rates.\n\n"
                        : ". Opportunities for the voices and concerns of more vulnerable children and young people to be "
                                + "heard are limited.\n\n");

        out.append("## Annex C\n\n### SUMMARY OF JOINT AREA REVIEW AND ANNUAL PERFORMANCE ASSESSMENT ARRANGEMENTS\n\n")
                .append("1. This joint area review was conducted using the arrangements required under Section 20 of the "
                        + "Children Act 2004. It was carried out by a multi-disciplinary team of inspectors from Ofsted, the "
                        + "Healthcare Commission and the Audit Commission. The review was undertaken according to the "
                        + "requirements of the *Framework for the Inspection of Children's Services*.\n")
                .append("2. The review was linked to the contemporaneous corporate assessment of the local council by the "
                        + "Audit Commission and these findings plus aspects of the most recent Annual Performance Assessment "
                        + "are represented in the relevant part of the corporate assessment report.\n")
                .append("3. This review describes the outcomes achieved by children and young people growing up in ")
                .append(place).append(" and evaluates the way local services, taken together, contribute to their "
                        + "well-being. It evaluates the collective contribution made by all relevant children's services to "
                        + "outcomes for these children and young people.\n")
                .append("4. The review took place in two stages consisting of an analysis stage (where recorded evidence was "
                        + "scrutinised) and a two week fieldwork stage (where inspectors met children and young people and "
                        + "those who deliver services for them).\n");
    }

    /** Two sentences of a family's prose, as an annex paragraph's follow-on. */
    private String follow(String family, int grade, Set<String> topics, String place, int year, SplittableRandom r) {
        String tone = grade >= 3 ? ".positive" : ".negative";
        List<String> s = family.equals("review.equality") ? phrases.pick(family, 2, topics, r)
                : phrases.pick(family + tone, 2, topics, r);
        return String.join(" ", fill(s, place, year, r));
    }

    private static List<String> fill(List<String> templates, String place, int year, SplittableRandom r) {
        List<String> out = new ArrayList<>(templates.size());
        for (String t : templates) {
            out.add(Words.fill(t, place, year, r));
        }
        return out;
    }

    private static <T> List<T> shuffled(List<T> list, SplittableRandom r) {
        List<T> out = new ArrayList<>(list);
        for (int i = out.size() - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            T t = out.get(i);
            out.set(i, out.get(j));
            out.set(j, t);
        }
        return out;
    }
}
