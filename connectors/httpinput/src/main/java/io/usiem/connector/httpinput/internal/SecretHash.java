package io.usiem.connector.httpinput.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A configured secret's hash: {@code sha256:<hex>} for random API keys (high entropy: a fast hash is enough), or
 * {@code pbkdf2-sha256:<iterations>$<salt hex>$<hash hex>} for passwords people choose (salted and slow). Compared in
 * constant time.
 */
sealed interface SecretHash {
    /** @return whether the secret hashes to this */
    boolean matches(String secret);

    /** SHA-256 of the secret. */
    record Sha256(byte[] hash) implements SecretHash {
        @Override
        public boolean matches(String secret) {
            return MessageDigest.isEqual(sha256(secret), hash);
        }
    }

    /** PBKDF2 with HMAC-SHA256. */
    record Pbkdf2(int iterations, byte[] salt, byte[] hash) implements SecretHash {
        @Override
        public boolean matches(String secret) {
            return MessageDigest.isEqual(pbkdf2(secret, salt, iterations, hash.length * 8), hash);
        }
    }

    /**
     * @param scheme {@code sha256} or {@code pbkdf2-sha256}
     * @param value the hash as configured after the scheme
     * @return the hash
     * @throws IllegalArgumentException saying what is wrong (never the value)
     */
    static SecretHash parse(String scheme, String value) {
        HexFormat hex = HexFormat.of();
        try {
            if ("sha256".equals(scheme)) {
                byte[] hash = hex.parseHex(value);
                if (hash.length == 32) {
                    return new Sha256(hash);
                }
            } else if ("pbkdf2-sha256".equals(scheme)) {
                String[] p = value.split("\\$");
                if (p.length == 3) {
                    int iterations = Integer.parseInt(p[0]);
                    byte[] salt = hex.parseHex(p[1]);
                    byte[] hash = hex.parseHex(p[2]);
                    if (iterations >= 1000 && salt.length >= 8 && hash.length >= 16) {
                        return new Pbkdf2(iterations, salt, hash);
                    }
                }
            } else {
                throw new IllegalArgumentException("the hash scheme must be sha256 or pbkdf2-sha256");
            }
        } catch (NumberFormatException e) {
            // reported below, without the value
        }
        throw new IllegalArgumentException("sha256:<64 hex digits> or pbkdf2-sha256:<iterations >= 1000>$<salt hex, >= 8 "
                + "bytes>$<hash hex, >= 16 bytes> expected");
    }

    static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static byte[] pbkdf2(String secret, byte[] salt, int iterations, int bits) {
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(secret.toCharArray(), salt, iterations, bits)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java runtime", e);
        }
    }
}
