package org.ofstedkg.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The facts extracted from one report. {@code date} is the letter's date, the review's
 * publication date, or an inspection report's publication date where it prints one and else the
 * inspection's last day ({@code inspection} has both); {@code authorityNameAsWritten} is the text the authority was resolved from (absent when
 * only the reference number named it);
 * {@code warnings} are things a careful reader should know (two statements of one judgement that
 * disagree, for example) that do not stop the report from being stored.
 */
public record Report(
        ReportKind kind,
        Source source,
        LocalDate date,
        Optional<String> referenceNumber,
        Authority authority,
        Optional<String> authorityNameAsWritten,
        Optional<Person> addressee,
        Optional<Person> signatory,
        List<String> inspectorates,
        List<Judgement> judgements,
        List<Finding> findings,
        List<Recommendation> recommendations,
        List<MainFinding> mainFindings,
        List<ServiceJudgement> serviceJudgements,
        List<Statistic> statistics,
        List<String> warnings,
        Optional<Inspection> inspection) {

    public Report {
        inspectorates = List.copyOf(inspectorates);
        judgements = List.copyOf(judgements);
        findings = List.copyOf(findings);
        recommendations = List.copyOf(recommendations);
        mainFindings = List.copyOf(mainFindings);
        serviceJudgements = List.copyOf(serviceJudgements);
        statistics = List.copyOf(statistics);
        warnings = List.copyOf(warnings);
    }

    /** A report of a kind that states no inspection of its own (a letter, a joint area review). */
    public Report(ReportKind kind, Source source, LocalDate date, Optional<String> referenceNumber, Authority authority,
            Optional<String> authorityNameAsWritten, Optional<Person> addressee, Optional<Person> signatory,
            List<String> inspectorates, List<Judgement> judgements, List<Finding> findings,
            List<Recommendation> recommendations, List<MainFinding> mainFindings, List<ServiceJudgement> serviceJudgements,
            List<Statistic> statistics, List<String> warnings) {
        this(kind, source, date, referenceNumber, authority, authorityNameAsWritten, addressee, signatory, inspectorates,
                judgements, findings, recommendations, mainFindings, serviceJudgements, statistics, warnings,
                Optional.empty());
    }

    /** This report with other warnings. */
    public Report withWarnings(List<String> other) {
        return new Report(kind, source, date, referenceNumber, authority, authorityNameAsWritten, addressee, signatory,
                inspectorates, judgements, findings, recommendations, mainFindings, serviceJudgements, statistics, other,
                inspection);
    }
}
