package org.ofstedkg.extract.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.ofstedkg.extract.decode.Block;
import org.ofstedkg.extract.decode.Document;
import org.ofstedkg.extract.prose.Figures;
import org.ofstedkg.model.Statistic;

/**
 * The figures of the section that describes the authority's area: "Information about this local authority
 * area" (single inspection framework) or "Service information" (looked after children inspections), read
 * by the same figure grammar as every other report's prose. The section runs from its heading to the next
 * heading of another section: a short line that names a judgement's area or another part of the report.
 */
public final class AreaInformation {

    private static final Pattern HEADING = Pattern.compile("^(?:information about this (?:local authority )?area|service "
            + "information)\\d{0,2}$");
    private static final Pattern NEXT_SECTION = Pattern.compile("\\b(?:improve|recommendations?|summary|judgements?"
            + "|effectiveness|capacity|strengths|findings|what the inspection)\\b");

    private AreaInformation() {
    }

    public static List<Statistic> figures(Document doc) {
        List<Block> blocks = doc.blocks();
        List<Statistic> figures = new ArrayList<>();
        boolean inside = false;
        String leadIn = "";
        for (Block b : blocks) {
            String text = Document.normalise(b.text()).replace('\u2019', '\'');
            if (HEADING.matcher(text).matches()) {
                inside = true;
                continue;
            }
            if (!inside) {
                continue;
            }
            // A bullet ("Overall effectiveness: inadequate", of the previous inspection) is no heading.
            boolean heading = b.kind() != Block.Kind.LIST_ITEM && !ImprovementLists.BULLET.matcher(b.text()).lookingAt()
                    && text.split(" ").length <= 12 && !text.endsWith(".");
            if (heading && (NEXT_SECTION.matcher(text).find() || JudgementAreas.of(text).isPresent())) {
                break;
            }
            // A list's items take what introduced it ("The proportion of children entitled to free school meals:").
            leadIn = Figures.inBlock(doc, b, leadIn, figures);
        }
        return Figures.followOn(figures);
    }
}
