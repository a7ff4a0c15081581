package dev.colophon.internal.output;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The first 128 bits of an output's SHA-1: what a build session compares to tell whether a file it rendered
 * again changed, so that only those are written (and reloaded in a browser). Not a security measure.
 */
public record Digest(long high, long low) {

    public static Digest of(byte[] bytes) {
        try {
            ByteBuffer sha = ByteBuffer.wrap(MessageDigest.getInstance("SHA-1").digest(bytes));
            return new Digest(sha.getLong(), sha.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-1", e);
        }
    }
}
