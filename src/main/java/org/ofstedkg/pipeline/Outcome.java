package org.ofstedkg.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.ofstedkg.model.Report;
import org.ofstedkg.validate.Violation;

/** What became of one file: stored, unchanged, valid (when not storing) or rejected, and why. */
public record Outcome(Path file, Status status, Optional<Report> report, long triples, String reason,
        List<Violation> violations) {

    public enum Status { STORED, REPLACED, UNCHANGED, VALID, REJECTED }

    public Outcome {
        violations = List.copyOf(violations);
    }

    public boolean rejected() {
        return status == Status.REJECTED;
    }

    static Outcome rejected(Path file, Optional<Report> report, String reason, List<Violation> violations) {
        return new Outcome(file, Status.REJECTED, report, 0, reason, violations);
    }
}
