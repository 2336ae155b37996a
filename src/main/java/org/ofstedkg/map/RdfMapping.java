package org.ofstedkg.map;

import static org.ofstedkg.map.Vocab.*;


import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.ofstedkg.Bundled;
import org.ofstedkg.SmallGraph;
import org.ofstedkg.extract.register.AuthorityRegister;
import org.ofstedkg.extract.register.Inspectorates;
import org.ofstedkg.model.Area;
import org.ofstedkg.model.Party;
import org.ofstedkg.model.Authority;
import org.ofstedkg.model.AuthorityChange;
import org.ofstedkg.model.Conflict;
import org.ofstedkg.model.Finding;
import org.ofstedkg.model.MainFinding;
import org.ofstedkg.model.Recommendation;
import org.ofstedkg.model.ServiceJudgement;
import org.ofstedkg.model.Statistic;
import org.ofstedkg.model.Evidence;
import org.ofstedkg.model.Judgement;
import org.ofstedkg.model.Person;
import org.ofstedkg.model.Report;

/**
 * The mapping stage, in one place: extracted facts to RDF in the project's ontology. A report
 * becomes one graph (stored as one named graph); the register of authorities and inspectorates and
 * the datasets' descriptions become another.
 */
public final class RdfMapping {

    public static final String ONTOLOGY_RESOURCE = "/ontology/ofsted-kg.ttl";

    /** The day a register's authorities of today are looked up on (its neighbours, named by today's numbers). */
    private static final java.time.LocalDate TODAY = java.time.LocalDate.of(9999, 12, 31);

    private final UriScheme uris;

    public RdfMapping(UriScheme uris) {
        this.uris = uris;
    }

    public UriScheme uris() {
        return uris;
    }

    /** The ontology, with its concept schemes, as bundled with the program. */
    public static Graph ontology() {
        return Bundled.turtle(ONTOLOGY_RESOURCE);
    }

    public Graph report(Report r) {
        Graph g = new SmallGraph();
        Node report = uris.report(r);
        add(g, report, TYPE, REPORT);
        add(g, report, TYPE, reportClass(r.kind()));
        add(g, report, DC_TYPE, reportType(r.kind()));
        add(g, report, LABEL, text(r.kind().label() + ": " + r.authority().name() + ", " + r.date()));
        add(g, report, DC_DATE, date(r.date()));
        // A letter's date and a review's are the days they were published; an inspection report says where it does.
        r.inspection().ifPresentOrElse(i -> {
            add(g, report, INSPECTION_START, date(i.start()));
            add(g, report, INSPECTION_END, date(i.end()));
            i.published().ifPresent(d -> add(g, report, DC_ISSUED, date(d)));
            i.leadInspector().ifPresent(p -> person(g, r, report, LEAD_INSPECTOR, "lead-inspector", p));
            i.variant().ifPresent(v -> add(g, report, INSPECTION_VARIANT, text(v)));
            i.previous().ifPresent(c -> {
                Node cited = uris.citedInspection(r);
                add(g, report, CITES_INSPECTION, cited);
                add(g, cited, TYPE, CITED_INSPECTION);
                add(g, cited, CITED_PERIOD, NodeFactory.createLiteralDT(c.period(),
                        c.month().isPresent() ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDgYear));
                c.grade().ifPresent(gr -> add(g, cited, STATED_GRADE, grade(gr)));
                add(g, cited, EVIDENCE, evidence(g, r, uris.source(r.source().sha256()), c.evidence()));
            });
        }, () -> add(g, report, DC_ISSUED, date(r.date())));
        r.referenceNumber().ifPresent(ref -> add(g, report, DC_IDENTIFIER, text(ref)));
        add(g, report, AUTHORITY, uris.authority(r.authority()));
        r.authorityNameAsWritten().ifPresent(name -> add(g, report, AUTHORITY_NAME_AS_WRITTEN, text(name)));
        for (String name : r.inspectorates()) {
            add(g, report, DC_CREATOR, uris.inspectorate(name));
        }
        r.addressee().ifPresent(p -> person(g, r, report, ADDRESSEE, "addressee", p));
        r.signatory().ifPresent(p -> person(g, r, report, SIGNATORY, "signatory", p));
        r.warnings().forEach(w -> add(g, report, WARNING, text(w)));

        Node source = uris.source(r.source().sha256());
        add(g, report, WAS_DERIVED_FROM, source);
        add(g, source, TYPE, SOURCE_DOCUMENT);
        add(g, source, SHA256, text(r.source().sha256()));
        add(g, source, FILE_NAME, text(r.source().fileName()));
        add(g, source, SOURCE_TEXT, text(r.source().text()));
        Node mediaType = mediaType(r.source().mediaType());
        add(g, source, DC_FORMAT, mediaType);
        add(g, mediaType, TYPE, MEDIA_TYPE_CLASS);
        r.source().encoding().ifPresent(e -> add(g, source, CHARACTER_ENCODING, text(e)));

        for (Judgement j : r.judgements()) {
            Node judgement = uris.judgement(r, j);
            if (j.earlierYear().isPresent()) {
                // A judgement of an earlier year the report states: not its own, so not among the judgements' data
                // set nor what asks for okg:Judgement (the latest grade of an authority is its latest report's).
                add(g, judgement, TYPE, EARLIER_JUDGEMENT);
                add(g, judgement, YEAR, NodeFactory.createLiteralDT(Integer.toString(j.earlierYear().get()),
                        XSDDatatype.XSDgYear));
            } else {
                add(g, judgement, TYPE, JUDGEMENT);
                add(g, judgement, TYPE, NodeFactory.createURI(QB + "Observation"));
                add(g, judgement, QB_DATASET, uris.dataset("judgements"));
            }
            add(g, judgement, REPORT_PROPERTY, report);
            add(g, judgement, AUTHORITY, uris.authority(r.authority()));
            add(g, judgement, ASSESSMENT, assessment(j.assessment()));
            add(g, judgement, AREA, areaConcept(g, j.area()));
            add(g, judgement, GRADE, grade(j.grade()));
            j.gradeAsWritten().ifPresent(w -> add(g, judgement, GRADE_AS_WRITTEN, text(w)));
            add(g, judgement, LABEL, text(areaLabel(j.area()) + ": " + gradeWords(grade(j.grade())) + ", "
                    + inSentence(conceptLabel(assessment(j.assessment()))) + j.earlierYear().map(y -> " of " + y).orElse("")));
            for (Evidence e : j.evidence()) {
                add(g, judgement, EVIDENCE, evidence(g, r, source, e));
            }
            for (int i = 0; i < j.conflicts().size(); i++) {
                Conflict c = j.conflicts().get(i);
                Node conflict = uris.conflict(r, j, i + 1);
                add(g, judgement, CONFLICT, conflict);
                add(g, conflict, TYPE, CONFLICT_CLASS);
                add(g, conflict, STATED_GRADE, grade(c.statedGrade()));
                add(g, conflict, LABEL, text(areaLabel(j.area()) + ": stated as " + gradeWords(grade(c.statedGrade()))
                        + ", kept " + gradeWords(grade(j.grade())) + ", " + inSentence(conceptLabel(assessment(j.assessment())))));
                add(g, conflict, EVIDENCE, evidence(g, r, source, c.evidence()));
            }
        }
        Map<String, Integer> counters = new HashMap<>();
        for (Finding f : r.findings()) {
            int n = counters.merge(f.area().slug() + "/" + f.kind().slug(), 1, Integer::sum);
            Node finding = statement(g, r, report, source, uris.finding(r, f, n), FINDING, f.text(), f.evidence(),
                    f.outcomes());
            add(g, finding, AREA, areaConcept(g, f.area()));
            add(g, finding, FINDING_KIND, findingKind(f.kind()));
        }
        for (int i = 0; i < r.recommendations().size(); i++) {
            Recommendation rec = r.recommendations().get(i);
            Node node = statement(g, r, report, source, uris.recommendation(r, i + 1), RECOMMENDATION, rec.text(),
                    rec.evidence(), rec.outcomes());
            add(g, node, TIMESCALE, timescale(rec.timescale()));
            add(g, node, RECOMMENDED_TO, partyConcept(g, rec.addressee()));
        }
        Map<String, Integer> perService = new HashMap<>();
        for (ServiceJudgement sj : r.serviceJudgements()) {
            int n = perService.merge(sj.service().slug(), 1, Integer::sum);
            Node node = uris.serviceJudgement(r, sj.service().slug(), n);
            add(g, node, TYPE, SERVICE_JUDGEMENT);
            add(g, node, REPORT_PROPERTY, report);
            add(g, node, SERVICE, service(sj.service()));
            add(g, node, GRADE, grade(sj.grade()));
            add(g, node, LABEL, text(conceptLabel(service(sj.service())) + ": " + gradeWords(grade(sj.grade()))));
            sj.count().ifPresent(c -> add(g, node, SETTING_COUNT, number(BigDecimal.valueOf(c))));
            sj.comparator().ifPresent(c -> add(g, node, COMPARATOR, text(c)));
            sj.comparisons().forEach(c -> {
                add(g, node, COMPARISON, comparison(c.direction()));
                add(g, node, COMPARED_WITH, refArea(c.with()));
            });
            sj.evidence().forEach(e -> add(g, node, EVIDENCE, evidence(g, r, source, e)));
            sj.outcomes().forEach(o -> add(g, node, OUTCOME, area(o)));
        }
        // The cube holds each figure whose measure is told, the first the report states of its measure, area and
        // unit (its dimensions: a count and its share are two observations): the others are statements of the report, outside the cube (IC-12: no two
        // observations with the same dimensions).
        Set<String> observed = new java.util.HashSet<>();
        for (int i = 0; i < r.statistics().size(); i++) {
            Statistic st = r.statistics().get(i);
            Node node = uris.statistic(r, i + 1);
            add(g, node, TYPE, STATISTIC_CLASS);
            if (st.measure().isPresent() && observed.add(st.measure().get() + "/" + st.area().slug() + "/" + st.unit().slug())) {
                add(g, node, TYPE, NodeFactory.createURI(QB + "Observation"));
                add(g, node, QB_DATASET, uris.dataset("statistics"));
            }
            add(g, node, REPORT_PROPERTY, report);
            add(g, node, AUTHORITY, uris.authority(r.authority()));
            add(g, node, MEASURE, measure(st.measure().orElse(Vocab.UNIDENTIFIED_MEASURE)));
            add(g, node, REF_AREA, refArea(st.area()));
            if (!st.words().isEmpty()) {
                add(g, node, STATISTIC, text(st.words()));
            }
            add(g, node, OBSERVED_VALUE, number(st.value()));
            add(g, node, LABEL, text(figureLabel(r, st)));
            add(g, node, UNIT, unit(st.unit()));
            add(g, node, APPROXIMATE, NodeFactory.createLiteralDT(Boolean.toString(st.approximate()),
                    XSDDatatype.XSDboolean));
            st.period().ifPresent(p -> add(g, node, REF_PERIOD, text(p)));
            st.comparator().ifPresent(c -> add(g, node, COMPARATOR, text(c)));
            st.comparison().ifPresent(c -> {
                add(g, node, COMPARISON, comparison(c.direction()));
                add(g, node, COMPARED_WITH, refArea(c.with()));
            });
            add(g, node, EVIDENCE, evidence(g, r, source, st.evidence()));
        }
        for (int i = 0; i < r.mainFindings().size(); i++) {
            MainFinding m = r.mainFindings().get(i);
            Node node = statement(g, r, report, source, uris.mainFinding(r, i + 1), MAIN_FINDING, m.text(),
                    m.evidence(), m.outcomes());
            m.area().ifPresent(a -> add(g, node, AREA, areaConcept(g, a)));
        }
        return g;
    }

    /** The bundled ontology, read once: the labels of its concepts are the words every label is made of. */
    private static final class Labels {
        static final Graph ONTOLOGY = ontology();
    }

    /** The ontology's skos:prefLabel of one of its concepts (an area, a grade, an assessment, a service). */
    public static String conceptLabel(Node concept) {
        var it = Labels.ONTOLOGY.find(concept, PREF_LABEL, Node.ANY);
        if (!it.hasNext()) {
            throw new IllegalArgumentException("the ontology has no skos:prefLabel for " + concept.getURI());
        }
        return it.next().getObject().getLiteralLexicalForm();
    }

    /** An area's label: the ontology's, or for an additional investigation of its own, the report's heading. */
    private static String areaLabel(Area a) {
        return a.isKnown() ? conceptLabel(area(a)) : a.heading().orElseThrow();
    }

    /**
     * A grade in its framework's own words, "adequate (grade 2 of 4)". The number is given only on the scales whose
     * reports state it with the words (4 best); inspections since 2013 grade in words alone, and Ofsted's own
     * numbering of those runs the other way (1 outstanding), so a number there would mislead.
     */
    public static String gradeWords(Node grade) {
        String words = conceptLabel(grade);
        var value = Labels.ONTOLOGY.find(grade, GRADE_VALUE, Node.ANY);
        return Labels.ONTOLOGY.contains(grade, IN_SCHEME, scale(org.ofstedkg.model.Scale.INSPECTION)) || !value.hasNext()
                ? words : words + " (grade " + value.next().getObject().getLiteralLexicalForm() + " of 4)";
    }

    /**
     * A figure as a sentence a reader understands: its measure, whose figure it is and when, the amount in its unit,
     * and how it compares ("Unemployment in Southend-on-Sea, reported 2008: 5.7%, above England (the national
     * figure)."). A figure whose measure the report does not name is given with the sentence it was read from.
     */
    private static String figureLabel(Report r, Statistic st) {
        String whose = switch (st.area()) {
            case AUTHORITY -> r.authority().name();
            case ENGLAND -> conceptLabel(refArea(st.area()));
            default -> inSentence(conceptLabel(refArea(st.area())));
        };
        boolean named = st.measure().isPresent() && !st.measure().get().equals(Vocab.UNIDENTIFIED_MEASURE);
        StringBuilder s = new StringBuilder(named ? conceptLabel(measure(st.measure().get()))
                : "A figure the report does not name,").append(" in ").append(whose).append(", ")
                .append(st.period().orElse("reported " + r.date().getYear())).append(": ");
        if (st.approximate()) {
            s.append("about ");
        }
        String amount = new java.text.DecimalFormat("#,##0.###", java.text.DecimalFormatSymbols.getInstance(
                java.util.Locale.UK)).format(st.value());
        s.append(switch (st.unit()) {
            case PERCENT -> amount + "%";
            case POUNDS -> "£" + amount;
            case COUNT -> amount;
            case RATE_PER_10000 -> amount + " " + conceptLabel(unit(st.unit()));
        });
        st.comparison().ifPresent(c -> s.append(", ").append(conceptLabel(comparison(c.direction()))).append(' ')
                .append(conceptLabel(refArea(c.with()))));
        s.append('.');
        if (!named) {
            s.append(" The report says: \u201c").append(st.evidence().quote()).append("\u201d");
        }
        return s.toString();
    }

    /** A label that starts a sentence ("Joint area review") as it reads within one ("joint area review"). */
    private static String inSentence(String label) {
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    /**
     * The area's concept; one the ontology's scheme does not hold (a review's additional investigation on
     * a topic of its own) is added to the scheme in the report's graph, labelled with its heading.
     */
    private static Node areaConcept(Graph g, Area a) {
        Node concept = area(a);
        if (!a.isKnown()) {
            add(g, concept, TYPE, SKOS_CONCEPT);
            add(g, concept, IN_SCHEME, AREAS);
            add(g, concept, NOTATION, text(a.slug()));
            add(g, concept, PREF_LABEL, english(a.heading().orElseThrow()));
            add(g, concept, BROADER, ADDITIONAL_INVESTIGATION);
        }
        return concept;
    }

    /** The party's concept; one the scheme does not hold (a body a review names) is added to it in the report's graph. */
    private static Node partyConcept(Graph g, Party p) {
        Node concept = party(p);
        if (!p.isKnown()) {
            add(g, concept, TYPE, SKOS_CONCEPT);
            add(g, concept, IN_SCHEME, PARTIES);
            add(g, concept, TOP_CONCEPT_OF, PARTIES);
            add(g, concept, NOTATION, text(p.slug()));
            add(g, concept, PREF_LABEL, english(p.name().orElseThrow()));
        }
        return concept;
    }

    /** A statement of the report: its type, report, text, evidence and the outcomes it speaks of. */
    private Node statement(Graph g, Report r, Node report, Node source, Node node, Node type, String text,
            Evidence evidence, Set<Area> outcomes) {
        add(g, node, TYPE, type);
        add(g, node, REPORT_PROPERTY, report);
        add(g, node, TEXT, text(text));
        add(g, node, EVIDENCE, evidence(g, r, source, evidence));
        outcomes.forEach(o -> add(g, node, OUTCOME, area(o)));
        return node;
    }

    private Node evidence(Graph g, Report r, Node source, Evidence e) {
        Node ev = uris.evidence(r, e);
        add(g, ev, TYPE, EVIDENCE_CLASS);
        add(g, ev, OA_HAS_SOURCE, source);
        add(g, ev, QUOTE, text(e.quote()));
        Node quote = uris.quoteSelector(r, e);
        add(g, ev, OA_HAS_SELECTOR, quote);
        add(g, quote, TYPE, OA_TEXT_QUOTE_SELECTOR);
        add(g, quote, OA_EXACT, text(e.exact()));
        Node position = uris.positionSelector(r, e);
        add(g, ev, OA_HAS_SELECTOR, position);
        add(g, position, TYPE, OA_TEXT_POSITION_SELECTOR);
        add(g, position, OA_START, integer(e.start()));
        add(g, position, OA_END, integer(e.end()));
        return ev;
    }

    private void person(Graph g, Report r, Node report, Node property, String role, Person p) {
        Node person = uris.person(r, role);
        add(g, report, property, person);
        add(g, person, TYPE, PERSON);
        add(g, person, FOAF_NAME, text(p.name()));
        if (!p.role().isBlank()) {
            add(g, person, ROLE_TITLE, text(p.role()));
        }
    }

    /** The register's authorities, the inspectorates, and the descriptions of the datasets. */
    public Graph register(AuthorityRegister register) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Authority a : register.all()) {
            Node n = uris.authority(a);
            add(g, n, TYPE, LOCAL_AUTHORITY);
            add(g, n, TYPE, NodeFactory.createURI(ORG + "FormalOrganization"));
            add(g, n, PREF_LABEL, NodeFactory.createLiteralLang(a.name(), "en"));
            add(g, n, LABEL, NodeFactory.createLiteralLang(a.name(), "en"));
            add(g, n, LA_CODE, text(a.laCode()));
            a.gssCode().ifPresent(gss -> {
                add(g, n, GSS_CODE, text(gss));
                add(g, n, STATISTICAL_GEOGRAPHY_PROPERTY, NodeFactory.createURI(STATISTICAL_GEOGRAPHY + gss));
            });
            a.validFrom().ifPresent(d -> add(g, n, VALID_FROM, date(d)));
            a.validUntil().ifPresent(d -> add(g, n, VALID_UNTIL, date(d)));
            a.urn().ifPresent(urn -> add(g, n, OFSTED_URN, text(urn)));
            a.type().ifPresent(t -> add(g, n, AUTHORITY_TYPE, text(t)));
            a.region().ifPresent(region -> {
                Node r = uris.region(region);
                add(g, n, REGION, r);
                add(g, r, TYPE, REGION_CLASS);
                add(g, r, PREF_LABEL, NodeFactory.createLiteralLang(region.name(), "en"));
                add(g, r, LABEL, NodeFactory.createLiteralLang(region.name(), "en"));
                add(g, r, GSS_CODE, text(region.gssCode()));
                add(g, r, NOTATION, text(region.code()));
            });
            for (String code : a.statisticalNeighbours()) {
                // Neighbours are named by LA number as today's register has it.
                register.byLaCode(code, a.validUntil().orElse(TODAY)).ifPresent(b -> add(g, n, STATISTICAL_NEIGHBOUR,
                        uris.authority(b)));
            }
        }
        for (AuthorityChange c : register.changes()) {
            Node change = uris.authorityChange(c);
            add(g, change, TYPE, ORG_CHANGE_EVENT);
            add(g, change, DC_DATE, date(c.date()));
            add(g, change, LABEL, NodeFactory.createLiteralLang(c.change() + " of " + String.join(", ", c.from())
                    + " into " + String.join(", ", c.to()) + ", " + c.date() + " (" + c.instrument() + ")", "en"));
            add(g, change, INSTRUMENT, text(c.instrument()));
            for (String id : c.from()) {
                Node from = uris.authority(register.byId(id).orElseThrow());
                add(g, change, ORG_ORIGINAL_ORGANIZATION, from);
                add(g, from, ORG_CHANGED_BY, change);
            }
            for (String id : c.to()) {
                Node to = uris.authority(register.byId(id).orElseThrow());
                add(g, change, ORG_RESULTING_ORGANIZATION, to);
                add(g, to, ORG_RESULTED_FROM, change);
            }
        }
        for (String name : Inspectorates.NAMES) {
            Node n = uris.inspectorate(name);
            add(g, n, TYPE, INSPECTORATE);
            add(g, n, TYPE, NodeFactory.createURI(ORG + "FormalOrganization"));
            add(g, n, PREF_LABEL, NodeFactory.createLiteralLang(name, "en"));
            add(g, n, LABEL, NodeFactory.createLiteralLang(name, "en"));
        }
        Node judgements = uris.dataset("judgements");
        add(g, judgements, TYPE, QB_DATASET_CLASS);
        add(g, judgements, QB_STRUCTURE, JUDGEMENT_STRUCTURE);
        add(g, judgements, LABEL, NodeFactory.createLiteralLang("Graded judgements of children's services", "en"));
        Node statistics = uris.dataset("statistics");
        add(g, statistics, TYPE, QB_DATASET_CLASS);
        add(g, statistics, QB_STRUCTURE, STATISTIC_STRUCTURE);
        add(g, statistics, LABEL, NodeFactory.createLiteralLang("Figures stated in the reports", "en"));
        return g;
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }

    /** Text from a report, valid for xsd:string ({@link XmlChars}). */
    private static Node text(String s) {
        return NodeFactory.createLiteralString(XmlChars.valid(s));
    }

    private static Node english(String s) {
        return NodeFactory.createLiteralLang(XmlChars.valid(s), "en");
    }

    /** A whole number as xsd:integer, any other as xsd:decimal (stores print decimals as "3.0"). */
    private static Node number(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() <= 0
                ? NodeFactory.createLiteralDT(v.toBigIntegerExact().toString(), XSDDatatype.XSDinteger)
                : NodeFactory.createLiteralDT(v.toPlainString(), XSDDatatype.XSDdecimal);
    }

    private static Node date(java.time.LocalDate d) {
        return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }

    private static Node integer(int i) {
        return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDnonNegativeInteger);
    }
}
