package io.usiem.connector.httpinput.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** Credentials against configured hashes; the configuration's own mistakes. */
class AuthenticatorTest {
    private final Authenticator auth = Authenticator.of("fb1:sha256:" + Authenticator.hash("key:with:colons") + ":ingest|read",
            "alice:sha256:" + Authenticator.hash("pw"), "");

    @Test
    void apiKeysAndUsers() {
        Principal p = auth.authenticate("ApiKey " + HttpListenerTest.b64("fb1:key:with:colons"));
        assertEquals(new Principal("fb1", "api_key", Set.of("ingest", "read")), p);
        assertEquals("alice", auth.authenticate("basic " + HttpListenerTest.b64("alice:pw")).name());
        assertTrue(auth.authenticate("Basic " + HttpListenerTest.b64("alice:pw")).roles().isEmpty());
    }

    @Test
    void wrongMissingOrMalformedCredentials() {
        assertNull(auth.authenticate(null));
        assertNull(auth.authenticate("Basic " + HttpListenerTest.b64("alice:PW")));
        assertNull(auth.authenticate("Basic " + HttpListenerTest.b64("fb1:key:with:colons")), "a key is not a password");
        assertNull(auth.authenticate("ApiKey " + HttpListenerTest.b64("nobody:x")));
        assertNull(auth.authenticate("ApiKey !!notbase64"));
        assertNull(auth.authenticate("Bearer abc"));
        assertNull(auth.authenticate("ApiKey"));
        assertNull(auth.authenticate("ApiKey " + HttpListenerTest.b64("nocolon")));
    }

    @Test
    void saltedSlowPasswordHashes() {
        byte[] salt = java.util.HexFormat.of().parseHex("00112233445566778899aabbccddeeff");
        String hash = java.util.HexFormat.of().formatHex(SecretHash.pbkdf2("correct horse", salt, 10_000, 256));
        Authenticator a = Authenticator.of("", "bob:pbkdf2-sha256:10000$00112233445566778899aabbccddeeff$" + hash + ":ingest", "");
        String header = "Basic " + HttpListenerTest.b64("bob:correct horse");
        assertEquals("bob", a.authenticate(header).name());
        assertEquals("bob", a.authenticate(header).name(), "remembered");
        assertNull(a.authenticate("Basic " + HttpListenerTest.b64("bob:wrong horse")));
        assertThrows(IllegalArgumentException.class, () -> Authenticator.of("", "bob:pbkdf2-sha256:10$0011$" + hash, ""));
        assertThrows(IllegalArgumentException.class, () -> Authenticator.of("", "bob:md5:" + hash, ""));
    }

    @Test
    void noCredentialsConfiguredMeansAnonymous() {
        Authenticator open = Authenticator.of("", " ", "");
        assertFalse(open.enabled());
        assertEquals(Principal.ANONYMOUS, open.authenticate(null));
    }

    @Test
    void badEntriesAreRefusedWithoutShowingSecrets() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Authenticator.of("k:plain:secret", "", ""));
        assertFalse(e.getMessage().contains("secret"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Authenticator.of("k:sha256:abcd", "", ""));
        assertThrows(IllegalArgumentException.class, () -> Authenticator.of("", "u:sha256:" + Authenticator.hash("a")
                + ",u:sha256:" + Authenticator.hash("b"), ""));
    }
}
