package org.ofstedkg.store;

/** A store that cannot be opened, read or written, with the reason for the user. */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }
}
