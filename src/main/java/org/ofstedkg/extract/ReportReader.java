package org.ofstedkg.extract;

import org.ofstedkg.extract.decode.Document;
import org.ofstedkg.extract.register.AuthorityRegister;
import org.ofstedkg.model.Report;
import org.ofstedkg.model.ReportKind;

/**
 * Reads one kind of report. Implementations are found through {@link java.util.ServiceLoader}
 * (META-INF/services), so a new kind of report is a new class, not a new branch.
 */
public interface ReportReader {

    ReportKind kind();

    /** Whether the document looks like a report of this kind. */
    boolean recognises(Document document);

    /**
     * Whether the document's title names it a report of this kind (a review's title page does): that outweighs what
     * its text quotes of other kinds, as a review quoting the council's annual rating is still a review.
     */
    default boolean titled(Document document) {
        return false;
    }

    /** Extracts the report's facts; fails with a message saying what is missing. */
    Report read(Document document, AuthorityRegister register) throws ExtractionException;
}
