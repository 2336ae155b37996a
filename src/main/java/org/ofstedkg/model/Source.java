package org.ofstedkg.model;

/** The file a report was read from: its name, the SHA-256 of its bytes, and its decoded text. */
public record Source(String fileName, String sha256, String text) {
}
