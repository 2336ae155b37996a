package org.ofstedkg.map;

import java.util.Locale;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.ofstedkg.model.Authority;
import org.ofstedkg.model.AuthorityChange;
import org.ofstedkg.model.Evidence;
import org.ofstedkg.model.Finding;
import org.ofstedkg.model.Judgement;
import org.ofstedkg.model.Report;

/**
 * Every identifier the knowledge graph mints, in one place. Identifiers are readable and depend only
 * on what the report says (kind, authority, date, assessment, area, offsets), so every run mints the
 * same ones. The ontology's own terms are fixed ({@link Vocab#NS}); instance identifiers live under a
 * base that defaults to {@value #DEFAULT_BASE} and can be set.
 */
public final class UriScheme {

    public static final String DEFAULT_BASE = "https://w3id.org/ofsted-kg/";

    private final String base;

    public UriScheme(String base) {
        if (!base.matches("^https?://[^\\s<>\"{}|\\\\^`]+/$")) {
            throw new IllegalArgumentException("base must be an http(s) IRI ending in '/': " + base);
        }
        this.base = base;
    }

    public static UriScheme defaults() {
        return new UriScheme(DEFAULT_BASE);
    }

    public String base() {
        return base;
    }

    /**
     * The slug of a name in identifiers: "Southend-on-Sea" gives "southend-on-sea". Lower case, "&" read as
     * "and", apostrophes dropped, each run of other characters than a-z and 0-9 one hyphen, none at either
     * end. By hand rather than by patterns: every identifier a report mints is made with its authority's slug.
     */
    public static String slug(String name) {
        String words = name.toLowerCase(Locale.ROOT).replace("&", " and ").replace("'", "");
        StringBuilder slug = new StringBuilder(words.length());
        boolean gap = false;
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return slug.toString();
    }

    /**
     * {base}id/authority/{the register's id}, e.g. .../id/authority/southend-on-sea: the slug of the register
     * name, with the year it began for a body that took an earlier one's name (.../dorset-2019).
     */
    public Node authority(Authority a) {
        return iri("id/authority/" + a.id());
    }

    /** {base}id/region/{slug of its name}, e.g. .../id/region/north-west */
    public Node region(Authority.Region r) {
        return iri("id/region/" + slug(r.name()));
    }

    /** {base}id/authority-change/{date}/{id of the first authority it ended}, e.g. .../2023-04-01/cumbria */
    public Node authorityChange(AuthorityChange c) {
        return iri("id/authority-change/" + c.date() + "/" + c.from().get(0));
    }

    /** {base}id/inspectorate/{slug of its name}, e.g. .../id/inspectorate/audit-commission */
    public Node inspectorate(String name) {
        return iri("id/inspectorate/" + slug(name));
    }

    /** {base}id/report/{kind}/{authority-slug}/{date} */
    public Node report(Report r) {
        return iri(reportPath(r));
    }

    /** The named graph that holds one report's facts; a newer version of the report replaces it. */
    public Node reportGraph(Report r) {
        return iri("graph/" + reportPath(r).substring("id/".length()));
    }

    private static String reportPath(Report r) {
        return "id/report/" + r.kind().slug() + "/" + r.authority().id() + "/" + r.date();
    }

    public Node registerGraph() {
        return iri("graph/register");
    }

    public Node ontologyGraph() {
        return iri("graph/ontology");
    }

    public Node source(String sha256) {
        return iri("id/source/" + sha256);
    }

    /**
     * {report}/judgement/{assessment}/{area}: the report's own judgement; {report}/earlier-judgement/{assessment}/
     * {area}/{year}: one it states of an earlier year.
     */
    public Node judgement(Report r, Judgement j) {
        return iri(judgementPath(r, j));
    }

    private String judgementPath(Report r, Judgement j) {
        return reportPath(r) + j.earlierYear().map(y -> "/earlier-judgement/" + j.assessment().slug() + "/" + j.area().slug()
                + "/" + y).orElse("/judgement/" + j.assessment().slug() + "/" + j.area().slug());
    }

    /**
     * {judgement}/conflict/{n}: the n-th (from 1, in report order) statement of a judgement that gives
     * another grade than the one kept.
     */
    public Node conflict(Report r, Judgement j, int n) {
        return iri(judgementPath(r, j) + "/conflict/" + n);
    }

    /** {report}/finding/{area}/{kind}/{n}: the n-th (from 1) strength or weakness of an area, in report order. */
    public Node finding(Report r, Finding f, int n) {
        return iri(reportPath(r) + "/finding/" + f.area().slug() + "/" + f.kind().slug() + "/" + n);
    }

    /** {report}/recommendation/{n}: the n-th (from 1) recommendation, in report order. */
    public Node recommendation(Report r, int n) {
        return iri(reportPath(r) + "/recommendation/" + n);
    }

    /** {report}/main-finding/{n}: the n-th (from 1) main finding, in report order. */
    public Node mainFinding(Report r, int n) {
        return iri(reportPath(r) + "/main-finding/" + n);
    }

    /** {report}/service-judgement/{service}/{n}: the n-th (from 1) judgement of a kind of service, in report order. */
    public Node serviceJudgement(Report r, String service, int n) {
        return iri(reportPath(r) + "/service-judgement/" + service + "/" + n);
    }

    /** {report}/statistic/{n}: the n-th (from 1) figure the report states, in report order. */
    public Node statistic(Report r, int n) {
        return iri(reportPath(r) + "/statistic/" + n);
    }

    public Node evidence(Report r, Evidence e) {
        return iri(reportPath(r) + "/evidence/" + e.start() + "-" + e.end());
    }

    public Node quoteSelector(Report r, Evidence e) {
        return iri(reportPath(r) + "/evidence/" + e.start() + "-" + e.end() + "/quote");
    }

    public Node positionSelector(Report r, Evidence e) {
        return iri(reportPath(r) + "/evidence/" + e.start() + "-" + e.end() + "/position");
    }

    /** {report}/cited-inspection: the earlier inspection the report cites. */
    public Node citedInspection(Report r) {
        return iri(reportPath(r) + "/cited-inspection");
    }

    /** "addressee", "signatory" or "lead-inspector" of a report. */
    public Node person(Report r, String role) {
        return iri(reportPath(r) + "/" + role);
    }

    public Node dataset(String name) {
        return iri("id/dataset/" + name);
    }

    private Node iri(String path) {
        return NodeFactory.createURI(base + path);
    }
}
