package org.ofstedkg.model;

import java.util.Locale;
import java.util.Optional;

/** A point on one of the four-point scales. */
public record Grade(Scale scale, int value) {

    public Grade {
        if (value < 1 || value > 4) {
            throw new IllegalArgumentException("grade off the four-point scale: " + value);
        }
    }

    public static Grade judgement(int value) {
        return new Grade(Scale.JUDGEMENT, value);
    }

    public static Grade annualRating(int value) {
        return new Grade(Scale.ANNUAL_RATING, value);
    }

    /**
     * The judgement-scale grade a word names: outstanding 4, good 3, adequate or satisfactory 2,
     * inadequate 1. Reports use "satisfactory" where the scale says "adequate".
     */
    public static Optional<Grade> fromWord(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "outstanding" -> Optional.of(judgement(4));
            case "good" -> Optional.of(judgement(3));
            case "adequate", "satisfactory" -> Optional.of(judgement(2));
            case "inadequate" -> Optional.of(judgement(1));
            default -> Optional.empty();
        };
    }
}
