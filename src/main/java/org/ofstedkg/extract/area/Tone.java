package org.ofstedkg.extract.area;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a finding's words praise or criticise: +1, -1 or 0. A review's strengths name what works
 * ("Good support for...", "Effective multi-agency action", "Well-established arrangements") and its
 * weaknesses what does not ("Delays in...", "Weak oversight", "Insufficient engagement", "Lack of..."),
 * mostly in their first words; that is what tells the two apart where a table's columns come as one run.
 */
final class Tone {

    private static final Set<String> PRAISE = Set.of("good", "effective", "effectively", "strong", "robust", "clear",
            "well", "successful", "improving", "improved", "improvement", "excellent", "outstanding", "comprehensive",
            "thorough", "sound", "established", "timely", "rapid", "innovative", "secure", "wide", "positive",
            "accessible", "impressive", "committed", "high-quality", "highly", "very", "consistent", "productive",
            "valued", "dedicated", "prompt", "sustained", "rising", "accurate", "substantial", "steady", "notable",
            "successfully", "creative", "enthusiastic", "knowledgeable", "well-targeted", "well-established",
            "well-regarded", "well-received", "well-managed", "well-led", "strengths", "decisive", "ambitious",
            "extensive", "swift", "responsive", "reduced", "falling", "fall", "increased", "increasing");
    private static final Set<String> CRITICISM = Set.of("weak", "weaknesses", "poor", "poorly", "inconsistent",
            "insufficient", "insufficiently", "inadequate", "lack", "lacks", "lacking", "limited", "delays", "delay",
            "delayed", "slow", "late", "underdeveloped", "under-developed", "low", "too", "not", "no", "few", "gaps",
            "gap", "variable", "unclear", "ineffective", "inaccurate", "unsatisfactory", "failure", "fails", "shortage",
            "shortages", "shortfall", "difficulties", "difficulty", "concerns", "absence", "uneven", "patchy",
            "fragmented", "incomplete", "long", "overdue", "problems", "unmet", "vacancies", "declining", "reliance",
            "dependence", "remain", "remains", "inequitable", "underuse", "under-use",
            "unreliable", "narrow", "restrict", "restricts", "restricted", "costs", "less", "lower", "fewer",
            "absent", "none", "waiting", "waits", "untimely", "disproportionate", "infrequent");
    private static final Pattern WORD = Pattern.compile("[^a-z-]+");

    private Tone() {
    }

    /** +1 for praise, -1 for criticism, 0 where the words do not say; the first words weigh most. */
    static int of(String normalisedText) {
        String[] words = WORD.split(normalisedText.toLowerCase(java.util.Locale.ROOT).strip());
        int score = 0;
        for (int i = 0; i < words.length; i++) {
            int weight = i == 0 ? 3 : i < 3 ? 2 : 1;
            // "well-developed", "well-planned": praise whatever the participle; "under-resourced": criticism.
            if (PRAISE.contains(words[i]) || words[i].startsWith("well-")) {
                score += weight;
            }
            if (CRITICISM.contains(words[i]) || words[i].startsWith("under-") || words[i].startsWith("poorly-")) {
                score -= weight;
            }
        }
        return Integer.signum(score);
    }
}
