package io.usiem.connector.httpinput.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * Checks {@code Authorization} headers against a listener's API keys ({@code ApiKey base64(id:key)}, as
 * Elasticsearch takes them) and users (HTTP basic). Only hashes of the secrets are configured ({@link SecretHash}).
 * Credentials that verified are remembered by their SHA-256, so a slow password hash costs once per shipper, not once
 * per request; wrong ones are never remembered. With no key and no user configured every request is
 * {@link Principal#ANONYMOUS}. Thread-safe.
 */
final class Authenticator {
    private static final int CACHE_MAX = 1024;
    private static final SecretHash NOBODY = new SecretHash.Sha256(new byte[32]);

    private record Secret(SecretHash hash, Principal principal) {
    }

    private final Map<String, Secret> apiKeys;
    private final Map<String, Secret> users;
    private final Set<String> certificateRoles;
    private final Map<String, Principal> verified = new ConcurrentHashMap<>();

    private Authenticator(Map<String, Secret> apiKeys, Map<String, Secret> users, Set<String> certificateRoles) {
        this.apiKeys = apiKeys;
        this.users = users;
        this.certificateRoles = certificateRoles;
    }

    /**
     * @param apiKeys {@code id:<scheme>:<hash>[:role|role]} entries, separated by commas or white space
     * @param users {@code user:<scheme>:<hash>[:role|role]} entries, separated by commas or white space
     * @param certificateRoles roles of principals authenticated by a client certificate, separated by | or commas
     * @return the authenticator
     * @throws IllegalArgumentException naming the bad entry (never its secret)
     */
    static Authenticator of(String apiKeys, String users, String certificateRoles) {
        return new Authenticator(parse(apiKeys, "api_key", "auth.api.keys"), parse(users, "basic", "auth.users"),
                Set.copyOf(Arrays.stream(certificateRoles.split("[|,\\s]+")).filter(r -> !r.isEmpty()).toList()));
    }

    /**
     * @param commonName the CN of a client certificate the TLS handshake verified against tls.client.ca
     * @return its principal (realm {@code pki}), with the roles configured for certificates
     */
    Principal certificate(String commonName) {
        return new Principal(commonName, "pki", certificateRoles);
    }

    private static Map<String, Secret> parse(String entries, String realm, String property) {
        Map<String, Secret> out = new HashMap<>();
        for (String entry : entries.trim().split("[,\\s]+")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.trim().split(":", 4);
            if (parts.length < 3 || parts[0].isEmpty()) {
                throw new IllegalArgumentException(property + ": an entry must be name:sha256:<hex>[:role|role] or "
                        + "name:pbkdf2-sha256:<iterations>$<salt>$<hash>[:role|role], not one starting '" + parts[0] + "'");
            }
            SecretHash hash;
            try {
                hash = SecretHash.parse(parts[1], parts[2]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(property + ": the hash of '" + parts[0] + "': " + e.getMessage(), e);
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
        String key = HexFormat.of().formatHex(SecretHash.sha256(authorization));
        Principal known = verified.get(key);
        if (known != null) {
            return known;
        }
        Principal p = verify(authorization);
        if (p != null) {
            if (verified.size() >= CACHE_MAX) {
                verified.clear();
            }
            verified.put(key, p);
        }
        return p;
    }

    private @Nullable Principal verify(String authorization) {
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
        // Hash even for an unknown name, so timing does not tell which names exist.
        boolean ok = (secret == null ? NOBODY : secret.hash()).matches(decoded.substring(colon + 1)) && secret != null;
        return ok ? secret.principal() : null;
    }

    /** @return the hex SHA-256 of a secret, as {@code sha256:} entries hold it */
    static String hash(String secret) {
        return HexFormat.of().formatHex(SecretHash.sha256(secret));
    }
}
