package org.ofstedkg.extract.inspection;

import java.util.Optional;
import java.util.regex.Pattern;

import org.ofstedkg.extract.JudgementCollector;
import org.ofstedkg.extract.decode.Document;
import org.ofstedkg.extract.decode.Layout;
import org.ofstedkg.model.Assessment;
import org.ofstedkg.model.ReportKind;

/**
 * A review of the effectiveness of a Local Safeguarding Children Board published on its own (2013-2018;
 * most came inside a SIF report, which {@link SifReader} reads). Its judgement: "The Local Safeguarding
 * Children Board is good".
 */
public final class LscbReviewReader extends InspectionReader {

    private static final Pattern TITLE = Pattern.compile("\\breview of the effectiveness of the local safeguarding children board");
    private static final Pattern SIF_TITLE = Pattern.compile("\\binspection of services for children in need");

    @Override
    public ReportKind kind() {
        return ReportKind.LSCB_REVIEW;
    }

    @Override
    protected Pattern title() {
        return TITLE;
    }

    @Override
    protected Optional<Pattern> notTitle() {
        return Optional.of(SIF_TITLE);
    }

    @Override
    protected Assessment assessment() {
        return Assessment.LSCB_REVIEW;
    }

    @Override
    protected void judgements(Document doc, Layout layout, JudgementCollector judgements) {
        SifReader.sentences(doc, SifReader.BOARD, Assessment.LSCB_REVIEW, judgements);
    }
}
