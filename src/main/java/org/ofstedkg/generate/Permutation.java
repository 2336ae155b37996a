package org.ofstedkg.generate;

/**
 * A pseudo-random permutation of {@code 0 .. size-1} fixed by a seed: a four-round Feistel network
 * on the smallest even number of bits that holds {@code size}, walked until it lands inside the range.
 * The generator numbers each kind of report 0, 1, 2, ... and gives report {@code k} the slot
 * {@code apply(k)} (an authority and a date), so no two reports of a kind share both, without
 * remembering which slots are taken.
 */
final class Permutation {

    private static final int ROUNDS = 4;

    private final long size;
    private final int halfBits;
    private final long halfMask;
    private final long[] keys = new long[ROUNDS];

    Permutation(long size, long seed) {
        if (size < 1) {
            throw new IllegalArgumentException("empty permutation");
        }
        this.size = size;
        int bits = Math.max(2, 64 - Long.numberOfLeadingZeros(size - 1));
        this.halfBits = (bits + 1) / 2;
        this.halfMask = (1L << halfBits) - 1;
        long k = seed;
        for (int i = 0; i < ROUNDS; i++) {
            k = mix(k + 0x9E3779B97F4A7C15L);
            keys[i] = k;
        }
    }

    long size() {
        return size;
    }

    /** The image of {@code x}, for {@code 0 <= x < size}. */
    long apply(long x) {
        if (x < 0 || x >= size) {
            throw new IndexOutOfBoundsException(x + " is outside 0.." + (size - 1));
        }
        long y = x;
        do {
            y = encrypt(y);
        } while (y >= size);
        return y;
    }

    private long encrypt(long x) {
        long left = x >>> halfBits;
        long right = x & halfMask;
        for (long key : keys) {
            long next = left ^ (mix(right ^ key) & halfMask);
            left = right;
            right = next;
        }
        return (left << halfBits) | right;
    }

    /** The SplitMix64 finaliser: a well-mixed 64-bit hash of a 64-bit value. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
