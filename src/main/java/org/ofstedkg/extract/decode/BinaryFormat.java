package org.ofstedkg.extract.decode;

import java.util.List;
import java.util.Optional;

/**
 * Binary formats a user may hand over by mistake, known by their first bytes, so that the rejection
 * says what the file is ("a PNG image") rather than only that it is not text.
 */
final class BinaryFormat {

    private record Magic(String name, int[] bytes) {
        boolean matches(byte[] data) {
            if (data.length < bytes.length) {
                return false;
            }
            for (int i = 0; i < bytes.length; i++) {
                if ((data[i] & 0xFF) != bytes[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final List<Magic> MAGICS = List.of(
            new Magic("a PNG image", new int[] {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
            new Magic("a JPEG image", new int[] {0xFF, 0xD8, 0xFF}),
            new Magic("a GIF image", new int[] {'G', 'I', 'F', '8', '7', 'a'}),
            new Magic("a GIF image", new int[] {'G', 'I', 'F', '8', '9', 'a'}),
            new Magic("a TIFF image", new int[] {'I', 'I', 0x2A, 0x00}),
            new Magic("a TIFF image", new int[] {'M', 'M', 0x00, 0x2A}),
            new Magic("a zip archive, or a Word or OpenDocument file",
                    new int[] {'P', 'K', 0x03, 0x04}),
            new Magic("an empty zip archive", new int[] {'P', 'K', 0x05, 0x06}),
            new Magic("a gzip archive", new int[] {0x1F, 0x8B}),
            new Magic("an old Word or Office file",
                    new int[] {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}));

    private BinaryFormat() {
    }

    /** What the bytes are, if they open like a binary format this class knows. */
    static Optional<String> of(byte[] data) {
        return MAGICS.stream().filter(m -> m.matches(data)).map(Magic::name).findFirst();
    }
}
