package org.apache.jena.sparql.expr;

import java.util.regex.Pattern;

/**
 * Test scope only: the one method of Jena 5.2's {@code RegexJava} that TopBraid SHACL 1.4.4 (the newest on
 * Maven Central, built on Jena 5.2) calls for {@code sh:pattern}'s flags. Jena 5.6 no longer has the class;
 * this gives TopBraid what it had, so that it can check our shapes beside Jena's engine.
 */
public final class RegexJava {

    private RegexJava() {
    }

    /** SPARQL's regex flags as java.util.regex's, as Jena 5.2 made them. */
    public static int makeMask(String modifiers) {
        if (modifiers == null) {
            return 0;
        }
        int mask = 0;
        for (char c : modifiers.toCharArray()) {
            mask |= switch (c) {
                case 'i' -> Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE;
                case 'm' -> Pattern.MULTILINE;
                case 's' -> Pattern.DOTALL;
                case 'x' -> Pattern.COMMENTS;
                case 'q' -> Pattern.LITERAL;
                default -> throw new ExprEvalException("Unsupported regex modifier: '" + c + "'");
            };
        }
        return mask;
    }
}
