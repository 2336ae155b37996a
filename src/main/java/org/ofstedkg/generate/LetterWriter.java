package org.ofstedkg.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import org.ofstedkg.model.Authority;

/**
 * Writes a children's services annual rating letter in the Markdown of the samples (data/reports/000,
 * 002, 003 and 004): dated, addressed to the authority's Director of Children's Services, the fixed
 * explanation of the four-point scale, the rating row, a summary naming the council and the rating,
 * three narrative paragraphs whose tone follows the rating, the legal basis and a signature. Which
 * of the samples' layouts it follows (Markdown headings, bold cells, a letterhead, a signature's image
 * description, OCR noise) is drawn at random.
 */
final class LetterWriter {

    private static final List<String> ROLES = List.of("Director of Children's Services",
            "Director of Children's Services", "Strategic Director of Children's Services",
            "Executive Director of Children's Services", "Corporate Director of Children's Services");
    private static final List<String> BUILDINGS = List.of("Civic Centre", "Town Hall", "County Hall", "Council Offices",
            "Progress House", "Seafield House", "Merton House", "Municipal Buildings", "Children's Services Department",
            "Education Offices");
    private static final List<String> STREETS = List.of("Victoria Avenue", "Clifton Road", "Kirkleatham Street",
            "Stanley Road", "High Street", "Market Place", "Church Street", "Station Road", "King Street",
            "Queen's Road", "Castle Street", "Park Lane", "Albert Road", "West Street", "Bridge Street");
    private static final List<String> SIGNATORIES = List.of("Juliet Winstanley", "Juliet Winstanley", "Margaret Holden",
            "Richard Pearson", "Alison Thornton");
    private static final List<String> SIGNATORY_ROLES = List.of("Divisional Manager, CAA", "Divisional Manager, CAA",
            "Divisional Manager, Children's Services Assessment", "Regional Director, Ofsted");
    private static final String LETTERHEAD = "Aviation House 125 Kingsway London WC2B 6SE T 08456 40 40 40 "
            + "enquiries@ofsted.gov.uk www.ofsted.gov.uk Direct T 020-7421-6716 Direct F 020-7421-5715 ";
    private static final String SCALE = """
            The annual rating derives from a four point scale:

            4\tPerforms excellently\tAn organisation that significantly exceeds minimum requirements
            3\tPerforms well\tAn organisation that exceeds minimum requirements
            2\tPerforms adequately\tAn organisation that meets only minimum requirements
            1\tPerforms poorly\tAn organisation that does not meet minimum requirements

            Within each level there will be differing standards of provision. For example, a rating of \
            'performs excellently' does not mean all aspects of provision are perfect. Similarly, a rating of \
            'performs poorly' does not mean there are no adequate or even good aspects.
            """;
    private static final String LEGAL = "The children's services rating is provided for the purpose of section 138 of "
            + "the Education and Inspections Act 2006. The rating of local authority children's services will contribute "
            + "significantly to the managing performance theme of each local authority's Comprehensive Area Assessment "
            + "(CAA) organisational assessment and therefore to the score for each local authority overall.";

    private final Phrases phrases;

    LetterWriter(Phrases phrases) {
        this.phrases = phrases;
    }

    /** The letter's Markdown: {@code councilName} in the address, rated {@code rating} (1-4). */
    String write(Authority authority, LocalDate date, int rating, String councilName, SplittableRandom r) {
        int year = date.getYear();
        String place = AuthorityNames.place(authority);
        boolean markdown = r.nextInt(3) == 0;
        String br = markdown ? "  \n" : "\n";
        StringBuilder out = new StringBuilder(7000);

        if (r.nextInt(4) == 0) {
            String office = Words.person(r).plain();
            out.append(LETTERHEAD).append(office.toLowerCase(Locale.ROOT).replace(' ', '.').replace("'", ""))
                    .append("@ofsted.gov.uk\n\n\n\n");
        } else {
            out.append('\n');
        }
        out.append(Words.date(date)).append("\n\n");

        Words.Person addressee = Words.person(r);
        out.append(addressee.full()).append(br)
                .append(Words.any(ROLES, r)).append(br)
                .append(councilName).append(br)
                .append(Words.any(BUILDINGS, r)).append(br);
        if (r.nextBoolean()) {
            out.append(Words.any(STREETS, r)).append(br);
        }
        out.append(place).append(br).append(postcode(r)).append("\n\n");
        out.append("Dear ").append(addressee.salutation()).append("\n\n");

        out.append(markdown ? "## " : "").append("Children's services annual rating\n\n");
        out.append(introduction(year)).append("\n\n").append(SCALE).append('\n');
        out.append(markdown ? "## " : "").append("Children's services rating ").append(year).append("\n\n");
        if (!markdown && r.nextBoolean()) {
            out.append(" \n");
        }
        String cell = "Children's services rating";
        String value = "Performs " + Words.performs(rating) + " (" + rating + ")";
        if (markdown) {
            out.append("<b>").append(cell).append("</b>\t<b>").append(value).append("</b>\n");
        } else {
            out.append(cell).append('\t').append(value).append('\n');
        }
        out.append("-".repeat(28 + r.nextInt(8))).append('\t').append("-".repeat(19 + r.nextInt(8))).append("\n\n");

        // The summary may name the council otherwise than the address does (Southend's sample does).
        List<String> names = AuthorityNames.councilNames(authority);
        String summaryName = r.nextInt(3) == 0 ? Words.any(names, r) : councilName;
        out.append("Children's services in ").append(summaryName).append(" perform").append(' ')
                .append(Words.performs(rating)).append(".\n\n");
        if (r.nextInt(4) == 0) {
            out.append(" \n");
        }
        Set<String> topics = new HashSet<>();
        for (String part : List.of("settings", "vulnerable", "indicators")) {
            out.append(paragraph("letter." + part, rating, topics, place, year, r)).append("\n\n");
        }
        out.append(LEGAL).append("\n\n");

        String signatory = Words.any(SIGNATORIES, r);
        if (r.nextBoolean()) {
            out.append("Yours sincerely\n\n");
        }
        if (r.nextInt(4) == 0) {
            out.append("A handwritten signature in black ink that reads \"").append(signatory)
                    .append("\". The signature is written in a cursive style.\n\n");
        }
        String role = Words.any(SIGNATORY_ROLES, r);
        if (markdown) {
            out.append(signatory).append("  \n").append(role).append('\n');
        } else if (r.nextBoolean()) {
            out.append(signatory).append("\n\n").append(role).append('\n');
        } else {
            out.append(signatory).append('\n').append(role).append('\n');
        }
        if (!markdown && r.nextInt(5) == 0) {
            // A signature read by OCR, as under Sefton's and Blackpool's letters.
            String surname = signatory.substring(signatory.lastIndexOf(' ') + 1);
            out.append('\n').append(surname.contains("nl") ? surname.replace("nl", "rl") : surname.replaceFirst("e", "c"))
                    .append('\n');
        }
        return out.toString();
    }

    private static String introduction(int year) {
        String guidance = "Ofsted guidance published in May " + year + " explained that the annual rating would derive "
                + "from a" + (year == 2009 ? " new" : "") + " performance profile of the quality of services and outcomes "
                + "for children and young people in each local area. This profile includes findings from across Ofsted's "
                + "inspection and regulation of services and settings for which the council has strategic or operational "
                + "responsibilities, either alone or in partnership with others, together with data from the relevant "
                + "*Every Child Matters* indicators in the National Indicator Set (NIS).";
        String evidence = year == 2009
                ? "In considering the evidence in the profile to determine the children's services rating for 2009 it has "
                        + "become clear that the continuing gaps in the data are significant, particularly those relating "
                        + "to aspects of social care and services for Looked After Children. Ofsted has decided therefore to "
                        + "use 2009 as a transitional year easing into the full application of the new system in 2010. As a "
                        + "consequence, although the performance profile remains central to Ofsted's rating, we have "
                        + "interpreted the performance bands with flexibility and exercised professional judgement with caution."
                : "In considering the evidence in the profile to determine the children's services rating for " + year
                        + ", inspectors have taken account of the gaps that remain in the data, particularly those relating "
                        + "to aspects of social care and services for Looked After Children. Although the performance "
                        + "profile remains central to Ofsted's rating, we have exercised professional judgement in "
                        + "interpreting the performance bands.";
        return guidance + "\n\n" + evidence;
    }

    /** A narrative paragraph whose sentences are strong, mixed or weak as the rating is. */
    private String paragraph(String family, int rating, Set<String> topics, String place, int year, SplittableRandom r) {
        int strong;
        int mixed;
        int weak;
        switch (rating) {
            case 4 -> {
                strong = 3 + r.nextInt(2);
                mixed = 0;
                weak = 0;
            }
            case 3 -> {
                strong = 2 + r.nextInt(2);
                mixed = r.nextInt(2);
                weak = 0;
            }
            case 2 -> {
                boolean better = r.nextBoolean();
                strong = better ? 1 : 0;
                mixed = 2 + r.nextInt(2);
                weak = better ? 0 : 1;
            }
            default -> {
                strong = 0;
                mixed = r.nextInt(2);
                weak = 3 + r.nextInt(2);
            }
        }
        // The paragraph's sentences, strongest first; a sentence on the whole (topic "overall") opens it.
        List<Phrases.Entry> chosen = new ArrayList<>();
        List<Integer> tone = new ArrayList<>();
        int[] counts = {strong, mixed, weak};
        String[] tones = {"strong", "mixed", "weak"};
        for (int t = 0; t < 3; t++) {
            for (Phrases.Entry e : phrases.pickEntries(family + "." + tones[t], counts[t], topics, r)) {
                int at = e.topic().equals("overall") ? 0 : chosen.size();
                chosen.add(at, e);
                tone.add(at, t);
            }
        }
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < chosen.size(); i++) {
            String sentence = Words.fill(chosen.get(i).text(), place, year, r);
            // "However" where the tone drops, unless the sentence already turns ("..., but ...").
            if (i > 0 && tone.get(i) > tone.get(i - 1) && !sentence.contains(" but ") && r.nextBoolean()) {
                sentence = "However, " + Words.lowerFirst(sentence);
            }
            p.append(i == 0 ? "" : " ").append(sentence);
        }
        return p.toString();
    }

    /** A postcode of the usual shape ("SS2 6ER"). */
    private static String postcode(SplittableRandom r) {
        String letters = "ABCDEFGHJKLMNPRSTUWY";
        String inward = "ABDEFGHJLNPQRSTUWXYZ";
        return "" + letters.charAt(r.nextInt(letters.length())) + letters.charAt(r.nextInt(letters.length()))
                + (1 + r.nextInt(20)) + ' ' + r.nextInt(10) + inward.charAt(r.nextInt(inward.length()))
                + inward.charAt(r.nextInt(inward.length()));
    }
}
