package org.ofstedkg.extract;

/** A report that cannot be read: the message says what was missing or wrong, for the user. */
public class ExtractionException extends Exception {

    public ExtractionException(String message) {
        super(message);
    }
}
