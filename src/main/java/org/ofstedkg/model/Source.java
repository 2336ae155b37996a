package org.ofstedkg.model;

import java.util.Optional;

/**
 * The file a report was read from: its name, the SHA-256 of its bytes, its media type ("text/plain",
 * "application/pdf"), the character encoding its text was decoded from ("UTF-8", "UTF-16",
 * "windows-1252"; none for a PDF, whose text PDFBox extracts) and its text (decoded, or extracted from
 * the PDF; evidence offsets count in it).
 */
public record Source(String fileName, String sha256, String mediaType, Optional<String> encoding, String text) {
}
