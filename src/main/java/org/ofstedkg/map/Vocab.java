package org.ofstedkg.map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.ofstedkg.model.Area;
import org.ofstedkg.model.Assessment;
import org.ofstedkg.model.FindingKind;
import org.ofstedkg.model.Party;
import org.ofstedkg.model.Timescale;
import org.ofstedkg.model.Grade;
import org.ofstedkg.model.ReportKind;
import org.ofstedkg.model.Service;
import org.ofstedkg.model.Scale;

/** The terms the mapping writes: the ontology's own (fixed namespace) and the vocabularies it reuses. */
public final class Vocab {

    /** The ontology's namespace: fixed, whatever base instance identifiers use. */
    public static final String NS = "https://w3id.org/ofsted-kg/def/";

    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String QB = "http://purl.org/linked-data/cube#";
    public static final String OA = "http://www.w3.org/ns/oa#";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String STATISTICAL_GEOGRAPHY = "http://statistics.data.gov.uk/id/statistical-geography/";

    public static final Node TYPE = uri(RDF + "type");
    /** A grade's number on its scale (not rdf:value, which OWL 2 DL reserves). */
    public static final Node GRADE_VALUE = okg("gradeValue");
    public static final Node LABEL = uri(RDFS + "label");
    /** An authority's area as an ONS statistical geography: related to it, not the same thing (not owl:sameAs). */
    public static final Node STATISTICAL_GEOGRAPHY_PROPERTY = okg("statisticalGeography");
    /** Media types as the IANA registry names them, resources as DCTERMS and DCAT expect. */
    public static final String MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";
    public static final Node MEDIA_TYPE_CLASS = uri(DCTERMS + "MediaType");
    public static final Node PREF_LABEL = uri(SKOS + "prefLabel");
    public static final Node NOTATION = uri(SKOS + "notation");
    public static final Node SKOS_CONCEPT = uri(SKOS + "Concept");
    public static final Node IN_SCHEME = uri(SKOS + "inScheme");
    public static final Node TOP_CONCEPT_OF = uri(SKOS + "topConceptOf");
    public static final Node BROADER = uri(SKOS + "broader");
    public static final Node DC_TYPE = uri(DCTERMS + "type");
    public static final Node DC_DATE = uri(DCTERMS + "date");
    public static final Node DC_ISSUED = uri(DCTERMS + "issued");
    public static final Node DC_IDENTIFIER = uri(DCTERMS + "identifier");
    public static final Node DC_CREATOR = uri(DCTERMS + "creator");
    public static final Node DC_FORMAT = uri(DCTERMS + "format");
    public static final Node WAS_DERIVED_FROM = uri(PROV + "wasDerivedFrom");
    public static final Node FOAF_NAME = uri(FOAF + "name");
    public static final Node QB_DATASET = uri(QB + "dataSet");
    public static final Node QB_DATASET_CLASS = uri(QB + "DataSet");
    public static final Node QB_STRUCTURE = uri(QB + "structure");
    public static final Node OA_HAS_SOURCE = uri(OA + "hasSource");
    public static final Node OA_HAS_SELECTOR = uri(OA + "hasSelector");
    public static final Node OA_EXACT = uri(OA + "exact");
    public static final Node OA_START = uri(OA + "start");
    public static final Node OA_END = uri(OA + "end");
    public static final Node OA_TEXT_QUOTE_SELECTOR = uri(OA + "TextQuoteSelector");
    public static final Node OA_TEXT_POSITION_SELECTOR = uri(OA + "TextPositionSelector");

    public static final Node LOCAL_AUTHORITY = okg("LocalAuthority");
    public static final Node INSPECTORATE = okg("Inspectorate");
    public static final Node REPORT = okg("Report");
    public static final Node SOURCE_DOCUMENT = okg("SourceDocument");
    public static final Node PERSON = okg("Person");
    public static final Node JUDGEMENT = okg("Judgement");
    public static final Node EARLIER_JUDGEMENT = okg("EarlierJudgement");
    public static final Node YEAR = okg("year");
    public static final Node EVIDENCE_CLASS = okg("Evidence");
    public static final Node AUTHORITY = okg("authority");
    public static final Node AUTHORITY_NAME_AS_WRITTEN = okg("authorityNameAsWritten");
    public static final Node ADDRESSEE = okg("addressee");
    public static final Node SIGNATORY = okg("signatory");
    public static final Node ROLE_TITLE = okg("roleTitle");
    public static final Node SHA256 = okg("sha256");
    public static final Node FILE_NAME = okg("fileName");
    public static final Node SOURCE_TEXT = okg("sourceText");
    public static final Node WARNING = okg("warning");
    public static final Node INSPECTION_START = okg("inspectionStart");
    public static final Node INSPECTION_END = okg("inspectionEnd");
    public static final Node LEAD_INSPECTOR = okg("leadInspector");
    public static final Node INSPECTION_VARIANT = okg("inspectionVariant");
    public static final Node GRADE_AS_WRITTEN = okg("gradeAsWritten");
    public static final Node CITES_INSPECTION = okg("citesInspection");
    public static final Node CITED_INSPECTION = okg("CitedInspection");
    public static final Node CITED_PERIOD = okg("citedPeriod");
    public static final Node CHARACTER_ENCODING = okg("characterEncoding");
    public static final Node CONFLICT_CLASS = okg("Conflict");
    public static final Node CONFLICT = okg("conflict");
    public static final Node STATED_GRADE = okg("statedGrade");
    public static final Node LA_CODE = okg("laCode");
    public static final Node VALID_FROM = okg("validFrom");
    public static final Node VALID_UNTIL = okg("validUntil");
    public static final Node OFSTED_URN = okg("ofstedUrn");
    public static final Node AUTHORITY_TYPE = okg("authorityType");
    public static final Node REGION = okg("region");
    public static final Node REGION_CLASS = okg("Region");
    public static final Node STATISTICAL_NEIGHBOUR = okg("statisticalNeighbour");
    public static final Node INSTRUMENT = okg("instrument");
    public static final Node ORG_CHANGE_EVENT = uri(ORG + "ChangeEvent");
    public static final Node ORG_ORIGINAL_ORGANIZATION = uri(ORG + "originalOrganization");
    public static final Node ORG_RESULTING_ORGANIZATION = uri(ORG + "resultingOrganization");
    public static final Node ORG_CHANGED_BY = uri(ORG + "changedBy");
    public static final Node ORG_RESULTED_FROM = uri(ORG + "resultedFrom");
    public static final Node GSS_CODE = okg("gssCode");
    public static final Node REPORT_PROPERTY = okg("report");
    public static final Node ASSESSMENT = okg("assessment");
    public static final Node AREA = okg("area");
    public static final Node GRADE = okg("grade");
    public static final Node EVIDENCE = okg("evidence");
    public static final Node QUOTE = okg("quote");
    public static final Node FINDING = okg("Finding");
    public static final Node MAIN_FINDING = okg("MainFinding");
    public static final Node RECOMMENDATION = okg("Recommendation");
    public static final Node TEXT = okg("text");
    public static final Node SERVICE_JUDGEMENT = okg("ServiceJudgement");
    public static final Node STATISTIC_CLASS = okg("Statistic");
    public static final Node STATISTIC = okg("statistic");
    public static final Node OBSERVED_VALUE = okg("observedValue");
    public static final Node UNIT = okg("unit");
    public static final Node MEASURE = okg("measure");
    public static final Node REF_AREA = okg("refArea");
    public static final Node COMPARISON = okg("comparison");
    public static final Node COMPARED_WITH = okg("comparedWith");
    /** The measure of a figure whose measure the report's words do not tell. */
    public static final String UNIDENTIFIED_MEASURE = "unidentified";
    public static final Node APPROXIMATE = okg("approximate");
    public static final Node REF_PERIOD = okg("refPeriod");
    public static final Node SERVICE = okg("service");
    public static final Node SETTING_COUNT = okg("settingCount");
    public static final Node COMPARATOR = okg("comparator");
    public static final Node FINDING_KIND = okg("findingKind");
    public static final Node TIMESCALE = okg("timescale");
    public static final Node RECOMMENDED_TO = okg("recommendedTo");
    public static final Node OUTCOME = okg("outcome");
    public static final Node JUDGEMENT_STRUCTURE = okg("judgementStructure");
    public static final Node STATISTIC_STRUCTURE = okg("statisticStructure");

    private Vocab() {
    }

    public static Node okg(String local) {
        return uri(NS + local);
    }

    public static Node reportClass(ReportKind kind) {
        return okg(switch (kind) {
            case ANNUAL_RATING_LETTER -> "AnnualRatingLetter";
            case JOINT_AREA_REVIEW -> "JointAreaReview";
            case ILACS_INSPECTION -> "IlacsInspectionReport";
            case SIF_INSPECTION -> "SifInspectionReport";
            case LSCB_REVIEW -> "LscbReview";
            case LAC_INSPECTION -> "LacInspectionReport";
        });
    }

    public static Node reportType(ReportKind kind) {
        return okg("report-type/" + kind.slug());
    }

    public static Node assessment(Assessment a) {
        return okg("assessment/" + a.slug());
    }

    public static Node area(Area a) {
        return okg("area/" + a.slug());
    }

    /** The areas scheme, and the concept every additional investigation of a review is narrower than. */
    public static final Node AREAS = okg("areas");
    public static final Node PARTIES = okg("parties");
    public static final Node ADDITIONAL_INVESTIGATION = okg("area/additional-investigation");

    public static Node findingKind(FindingKind k) {
        return okg("finding-kind/" + k.slug());
    }

    public static Node service(Service s) {
        return okg("service/" + s.slug());
    }

    public static Node timescale(Timescale t) {
        return okg("timescale/" + t.slug());
    }

    public static Node party(Party p) {
        return okg("party/" + p.slug());
    }

    public static Node grade(Grade g) {
        return okg("grade/" + g.scale().slug() + "-" + g.value());
    }

    public static Node unit(org.ofstedkg.model.Statistic.Unit u) {
        return okg("unit/" + u.slug());
    }

    public static Node measure(String slug) {
        return okg("measure/" + slug);
    }

    public static Node refArea(org.ofstedkg.model.RefArea a) {
        return okg("refarea/" + a.slug());
    }

    public static Node comparison(org.ofstedkg.model.Direction d) {
        return okg("comparison/" + d.slug());
    }

    /** A media type ("application/pdf") as the IANA registry's IRI for it. */
    public static Node mediaType(String type) {
        return uri(MEDIA_TYPES + type);
    }

    /** The media type an IRI of {@link #mediaType} names, or the text itself for a store that held it as text. */
    public static String mediaTypeOf(Node node) {
        return node.isURI() ? node.getURI().substring(MEDIA_TYPES.length()) : node.getLiteralLexicalForm();
    }

    public static Node scale(Scale s) {
        return okg(switch (s) {
            case ANNUAL_RATING -> "annualRatingScale";
            case JUDGEMENT -> "judgementScale";
            case INSPECTION -> "inspectionScale";
        });
    }

    /** The prefixes every output of the project uses, in a fixed order. */
    public static PrefixMapping prefixes(UriScheme uris) {
        return PrefixMapping.Factory.create()
                .setNsPrefix("rdf", RDF)
                .setNsPrefix("rdfs", RDFS)
                .setNsPrefix("owl", OWL)
                .setNsPrefix("xsd", XSD)
                .setNsPrefix("skos", SKOS)
                .setNsPrefix("dcterms", DCTERMS)
                .setNsPrefix("prov", PROV)
                .setNsPrefix("org", ORG)
                .setNsPrefix("qb", QB)
                .setNsPrefix("oa", OA)
                .setNsPrefix("foaf", FOAF)
                .setNsPrefix("okg", NS)
                .setNsPrefix("area", NS + "area/")
                .setNsPrefix("assess", NS + "assessment/")
                .setNsPrefix("grade", NS + "grade/")
                .setNsPrefix("rtype", NS + "report-type/")
                .setNsPrefix("authority", uris.base() + "id/authority/")
                .setNsPrefix("report", uris.base() + "id/report/")
                .setNsPrefix("graph", uris.base() + "graph/")
                .lock();
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
