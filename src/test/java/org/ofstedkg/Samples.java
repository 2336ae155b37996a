package org.ofstedkg;

import java.nio.file.Path;

/** The bundled sample reports (copied from ../shared/seed-reports) and the project folder. */
public final class Samples {

    public static final String SOUTHEND_LETTER = "000_da7ad97fe95680ec.txt";
    public static final String SOUTHEND_REVIEW = "001_0e3ddc39dcfec43d.txt";
    public static final String SEFTON_LETTER = "002_60031084e4570901.txt";
    public static final String BLACKPOOL_LETTER = "003_7c2587ef03c65d40.txt";
    public static final String REDCAR_LETTER = "004_12ef7fa4d313c428.txt";

    private Samples() {
    }

    public static Path home() {
        return Path.of(System.getProperty("ofstedkg.home", ".")).toAbsolutePath();
    }

    public static Path reports() {
        return home().resolve("data").resolve("reports");
    }

    public static Path report(String name) {
        return reports().resolve(name);
    }

    /** A sample's bytes. */
    public static byte[] bytes(String name) {
        try {
            return java.nio.file.Files.readAllBytes(report(name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The text of a sample report. */
    public static String text(String name) {
        try {
            return java.nio.file.Files.readString(report(name), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The sample review, published a day later, whose safeguarding section opens "... is good." where its
     * grades table says 2 (adequate): a review that contradicts itself, and a report of its own.
     */
    public static String conflictingReview() {
        String review = text(SOUTHEND_REVIEW);
        String judged = review.replace("requiring safeguarding is adequate.**", "requiring safeguarding is good.**")
                .replace("**Published:** 6 May 2008", "**Published:** 7 May 2008");
        if (judged.equals(review) || judged.length() != review.length() - 4) {
            throw new IllegalStateException("the sample review changed: its safeguarding sentence or date not found");
        }
        return judged;
    }

    /** Southend's review with its recommendations section (heading to the next section's heading) replaced. */
    public static String reviewWithRecommendations(String section) {
        String review = text(SOUTHEND_REVIEW);
        int from = review.indexOf("## Recommendations\n");
        int to = review.indexOf("## **Equality and diversity**");
        if (from < 0 || to < from) {
            throw new IllegalStateException("the sample review's recommendations section is not where it was");
        }
        return review.substring(0, from) + "## Recommendations\n\n" + section + "\n\n" + review.substring(to);
    }
}
