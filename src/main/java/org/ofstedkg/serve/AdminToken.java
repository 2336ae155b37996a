package org.ofstedkg.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;

import org.ofstedkg.Digests;

/**
 * The secret that opens the admin endpoints, from the environment variable {@value #ENVIRONMENT} or a file.
 * With none configured the admin endpoints are off. Requests present it as {@code Authorization: Bearer TOKEN}.
 */
public final class AdminToken {

    public static final String ENVIRONMENT = "OFSTED_KG_ADMIN_TOKEN";
    /** Short secrets can be guessed over the network; 16 characters of a random token are not. */
    public static final int MIN_LENGTH = 16;

    private final byte[] digest;

    private AdminToken(String token) {
        if (token.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("the admin token must be at least " + MIN_LENGTH
                    + " characters long (for example: openssl rand -hex 32)");
        }
        this.digest = sha256(token);
    }

    public static AdminToken of(String token) {
        return new AdminToken(token.strip());
    }

    /**
     * The token of a file (its first line) if one is named, else of the environment variable if set.
     * A file named but unreadable or empty is an error, never "no token".
     */
    public static Optional<AdminToken> configured(Optional<Path> file, Map<String, String> environment) {
        return read(file, environment).map(AdminToken::of);
    }

    /** The token's text, as {@link #configured} finds it: for clients, which send it. */
    public static Optional<String> read(Optional<Path> file, Map<String, String> environment) {
        if (file.isPresent()) {
            try {
                String content = Files.readString(file.get(), StandardCharsets.UTF_8).strip();
                if (content.isEmpty()) {
                    throw new IllegalArgumentException("the admin token file " + file.get() + " is empty");
                }
                return Optional.of(content.lines().findFirst().orElseThrow().strip());
            } catch (java.nio.file.NoSuchFileException e) {
                throw new IllegalArgumentException("no admin token file at " + file.get());
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the admin token file " + file.get() + ": " + e);
            }
        }
        String value = environment.get(ENVIRONMENT);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** Whether others than its owner may read the file (on systems with POSIX permissions; else false). */
    public static boolean readableByOthers(Path file) {
        try {
            var permissions = Files.getPosixFilePermissions(file);
            return permissions.contains(java.nio.file.attribute.PosixFilePermission.GROUP_READ)
                    || permissions.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** Whether an Authorization header carries this token; compared in constant time. */
    public boolean admits(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(digest, sha256(authorization.substring(7).strip()));
    }

    private static byte[] sha256(String s) {
        return Digests.sha256(s.getBytes(StandardCharsets.UTF_8));
    }
}
