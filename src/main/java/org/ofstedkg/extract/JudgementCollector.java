package org.ofstedkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ofstedkg.model.Area;
import org.ofstedkg.model.Assessment;
import org.ofstedkg.model.Conflict;
import org.ofstedkg.model.Evidence;
import org.ofstedkg.model.Grade;
import org.ofstedkg.model.Judgement;

/**
 * Gathers the statements of a report's judgements. A report often states one judgement twice (the
 * grades table and the section's opening sentence): those become one judgement with two pieces of
 * evidence. Statements that disagree keep the first grade; each other grade stated becomes a
 * {@link Conflict} of the judgement (the grade and where it is stated), and a warning naming both.
 */
public final class JudgementCollector {

    /** An assessment's area, of the report's own year ({@code earlierYear} null) or of an earlier year it states. */
    private record Key(Assessment assessment, Area area, Integer earlierYear) {
    }

    private static final class Entry {
        final Grade grade;
        String gradeAsWritten;
        final List<Evidence> evidence = new ArrayList<>();
        final List<Conflict> conflicts = new ArrayList<>();

        Entry(Grade grade) {
            this.grade = grade;
        }
    }

    private final Map<Key, Entry> entries = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();

    public void add(Assessment assessment, Area area, Grade grade, Evidence evidence) {
        add(assessment, area, grade, null, evidence);
    }

    /**
     * A statement of a judgement whose grade the report gives in its own words ("Requires Improvement");
     * the words of the first statement that gives the kept grade are kept.
     */
    public void add(Assessment assessment, Area area, Grade grade, String gradeAsWritten, Evidence evidence) {
        add(new Key(assessment, area, null), grade, gradeAsWritten, evidence);
    }

    /** A statement of a judgement of an earlier year than the report's ("a position it also held in 2009"). */
    public void addEarlier(Assessment assessment, Area area, Grade grade, int year, Evidence evidence) {
        add(new Key(assessment, area, year), grade, null, evidence);
    }

    private void add(Key key, Grade grade, String gradeAsWritten, Evidence evidence) {
        Assessment assessment = key.assessment;
        Area area = key.area;
        Entry e = entries.computeIfAbsent(key, k -> new Entry(grade));
        if (e.grade.equals(grade) && e.gradeAsWritten == null) {
            e.gradeAsWritten = gradeAsWritten;
        }
        if (!e.grade.equals(grade)) {
            if (e.conflicts.stream().anyMatch(c -> c.statedGrade().equals(grade) && same(c.evidence(), evidence))) {
                return;
            }
            e.conflicts.add(new Conflict(grade, evidence));
            warnings.add("conflicting " + assessment.slug() + " judgements of " + area.slug() + ": grade "
                    + e.grade.value() + " and, at character " + evidence.start() + ", grade " + grade.value()
                    + " (\"" + evidence.quote() + "\"); kept " + e.grade.value());
            return;
        }
        if (e.evidence.stream().noneMatch(x -> same(x, evidence))) {
            e.evidence.add(evidence);
        }
    }

    private static boolean same(Evidence a, Evidence b) {
        return a.start() == b.start() && a.end() == b.end();
    }

    public void warn(String warning) {
        warnings.add(warning);
    }

    public boolean has(Assessment assessment) {
        return entries.keySet().stream().anyMatch(k -> k.assessment == assessment && k.earlierYear == null);
    }

    public List<Judgement> judgements() {
        List<Judgement> out = new ArrayList<>();
        entries.forEach((k, e) -> out.add(new Judgement(k.assessment, k.area, e.grade, e.evidence, e.conflicts,
                java.util.Optional.ofNullable(e.gradeAsWritten), java.util.Optional.ofNullable(k.earlierYear))));
        return out;
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }
}
