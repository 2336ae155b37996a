package org.ofstedkg.model;

/**
 * The file a report was read from: its name, the SHA-256 of its bytes, its media type ("text/plain",
 * "application/pdf") and its text (decoded, or extracted from the PDF; evidence offsets count in it).
 */
public record Source(String fileName, String sha256, String mediaType, String text) {
}
