package org.ofstedkg.validate;

/** One SHACL violation, in the words a user reads: which node, which property, what is wrong. */
public record Violation(String focusNode, String property, String message, String severity) {

    @Override
    public String toString() {
        return severity + ": " + focusNode + (property.isEmpty() ? "" : " " + property) + ": " + message;
    }
}
