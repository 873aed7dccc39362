package io.usiem.connector.httpinput.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Checks {@code Authorization} headers against a listener's API keys ({@code ApiKey base64(id:key)}, as
 * Elasticsearch takes them) and users (HTTP basic). Only SHA-256 hashes of the secrets are configured, compared in
 * constant time. With no key and no user configured every request is {@link Principal#ANONYMOUS}. Immutable.
 */
final class Authenticator {
    private static final String SHA256 = "sha256";

    private record Secret(byte[] hash, Principal principal) {
    }

    private final Map<String, Secret> apiKeys;
    private final Map<String, Secret> users;

    private Authenticator(Map<String, Secret> apiKeys, Map<String, Secret> users) {
        this.apiKeys = apiKeys;
        this.users = users;
    }

    /**
     * @param apiKeys {@code id:sha256:<hex>[:role|role]} entries, separated by commas or white space
     * @param users {@code user:sha256:<hex>[:role|role]} entries, separated by commas or white space
     * @return the authenticator
     * @throws IllegalArgumentException naming the bad entry (never its secret)
     */
    static Authenticator of(String apiKeys, String users) {
        return new Authenticator(parse(apiKeys, "api_key", "auth.api.keys"), parse(users, "basic", "auth.users"));
    }

    private static Map<String, Secret> parse(String entries, String realm, String property) {
        Map<String, Secret> out = new HashMap<>();
        for (String entry : entries.trim().split("[,\\s]+")) {
            if (entry == null || entry.isBlank()) {
                continue;
            }
            String[] parts = entry.trim().split(":", 4);
            if (parts.length < 3 || parts[0].isEmpty() || !SHA256.equals(parts[1])) {
                throw new IllegalArgumentException(property + ": an entry must be name:sha256:<hex>[:role|role], not one starting '"
                        + parts[0] + "'");
            }
            byte[] hash;
            try {
                hash = HexFormat.of().parseHex(parts[2]);
            } catch (IllegalArgumentException e) {
                hash = new byte[0];
            }
            if (hash.length != 32) {
                throw new IllegalArgumentException(property + ": the hash of '" + parts[0] + "' is not 64 hex digits");
            }
            Set<String> roles = parts.length == 4 ? Set.copyOf(Arrays.stream(parts[3].split("\\|"))
                    .map(String::trim).filter(r -> !r.isEmpty()).toList()) : Set.of();
            if (out.put(parts[0], new Secret(hash, new Principal(parts[0], realm, roles))) != null) {
                throw new IllegalArgumentException(property + ": '" + parts[0] + "' is configured twice");
            }
        }
        return Map.copyOf(out);
    }

    /** @return whether requests must carry credentials */
    boolean enabled() {
        return !apiKeys.isEmpty() || !users.isEmpty();
    }

    /**
     * @param authorization the request's Authorization header, or null
     * @return the principal, or null when the credentials are missing or wrong
     */
    @Nullable Principal authenticate(@Nullable String authorization) {
        if (!enabled()) {
            return Principal.ANONYMOUS;
        }
        if (authorization == null) {
            return null;
        }
        int space = authorization.indexOf(' ');
        if (space < 0) {
            return null;
        }
        String scheme = authorization.substring(0, space);
        Map<String, Secret> realm = "ApiKey".equalsIgnoreCase(scheme) ? apiKeys
                : "Basic".equalsIgnoreCase(scheme) ? users : null;
        if (realm == null) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(space + 1).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        Secret secret = realm.get(decoded.substring(0, colon));
        byte[] given = sha256(decoded.substring(colon + 1));
        // Hash and compare even for an unknown name, so timing does not tell which names exist.
        boolean ok = MessageDigest.isEqual(given, secret == null ? new byte[32] : secret.hash()) && secret != null;
        return ok ? secret.principal() : null;
    }

    /** @return the hex SHA-256 of a secret, as the configuration holds it */
    static String hash(String secret) {
        return HexFormat.of().formatHex(sha256(secret));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
