package io.usiem.enricher.directoryusers.internal;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.annotation.Annotation;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;

import io.usiem.api.event.Event;
import io.usiem.api.event.Fields;

/** Against UnboundID's in-memory directory server, spoken to over the LDAP protocol on loopback. */
class DirectoryUsersEnricherTest {
    private InMemoryDirectoryServer server;
    private DirectoryUsersEnricher enricher;

    @BeforeEach
    void start() throws Exception {
        InMemoryDirectoryServerConfig cfg = new InMemoryDirectoryServerConfig("dc=corp,dc=example");
        cfg.addAdditionalBindCredentials("cn=svc-usiem,dc=corp,dc=example", "secret");
        cfg.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", java.net.InetAddress.getLoopbackAddress(), 0, null));
        cfg.setSchema(null); // AD attributes (sAMAccountName, memberOf, userAccountControl) are not in the standard schema
        server = new InMemoryDirectoryServer(cfg);
        server.add("dn: dc=corp,dc=example", "objectClass: top", "objectClass: domain", "dc: corp");
        server.add("dn: ou=People,dc=corp,dc=example", "objectClass: organizationalUnit", "ou: People");
        server.add("dn: cn=Alice Martin,ou=People,dc=corp,dc=example", "objectClass: user", "cn: Alice Martin",
                "sAMAccountName: alice", "displayName: Alice Martin", "mail: alice@corp.example", "department: Finance",
                "memberOf: CN=Domain Admins,CN=Users,DC=corp,DC=example", "memberOf: CN=VPN Users,OU=Groups,DC=corp,DC=example",
                "manager: CN=Bob Stone,OU=People,DC=corp,DC=example", "userAccountControl: 512");
        server.add("dn: cn=Old Svc,ou=People,dc=corp,dc=example", "objectClass: user", "cn: Old Svc", "sAMAccountName: oldsvc",
                "userAccountControl: 514");
        server.add("dn: uid=carol,ou=People,dc=corp,dc=example", "objectClass: inetOrgPerson", "uid: carol", "cn: Carol Diaz",
                "sn: Diaz", "nsAccountLock: true");
        server.startListening();
        enricher = new DirectoryUsersEnricher(config("ldap://127.0.0.1:" + server.getListenPort(), "secret", "(|(sAMAccountName={0})(uid={0}))"));
    }

    @AfterEach
    void stop() throws Exception {
        enricher.deactivate();
        server.shutDown(true);
    }

    static DirectoryConfig config(String url, String password, String filter) {
        return new DirectoryConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return DirectoryConfig.class;
            }

            @Override
            public String url() {
                return url;
            }

            @Override
            public String bind_dn() {
                return "cn=svc-usiem,dc=corp,dc=example";
            }

            @Override
            public String bind_password() {
                return password;
            }

            @Override
            public String base_dn() {
                return "dc=corp,dc=example";
            }

            @Override
            public String user_filter() {
                return filter;
            }

            @Override
            public String full_name_attribute() {
                return "displayName";
            }

            @Override
            public String groups_attribute() {
                return "memberOf";
            }

            @Override
            public long cache_ttl_seconds() {
                return 3600;
            }

            @Override
            public long negative_ttl_seconds() {
                return 600;
            }

            @Override
            public int cache_size() {
                return 1000;
            }

            @Override
            public int timeout_ms() {
                return 5000;
            }
        };
    }

    private Event enrichWhenCached(String user) {
        Event e = Event.builder("x").set(Fields.USER_NAME, user).build();
        Event[] out = new Event[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> (out[0] = enricher.enrich(e)) != e);
        return out[0];
    }

    @Test
    void adUserWithGroupsManagerAndDomainPrefix() {
        Event first = Event.builder("x").set(Fields.USER_NAME, "CORP\\alice").build();
        assertSame(first, enricher.enrich(first), "first sight: queued, the event goes on at once");
        Event out = enrichWhenCached("CORP\\alice");
        assertEquals("Alice Martin", out.getText(Fields.USER_FULL_NAME));
        assertEquals("alice@corp.example", out.getText(Fields.USER_EMAIL));
        assertEquals(List.of("Domain Admins", "VPN Users"), out.getList(DirectoryFields.USER_GROUP_NAME));
        assertEquals("Finance", out.getText(DirectoryFields.USER_DEPARTMENT));
        assertEquals("Bob Stone", out.getText(DirectoryFields.USER_MANAGER));
        assertEquals("false", out.getAsString(DirectoryFields.USER_DISABLED));
        Event upn = enrichWhenCached("alice@corp.example");
        assertEquals("Alice Martin", upn.getText(Fields.USER_FULL_NAME));
    }

    @Test
    void disabledAccountsAdAndLdap() {
        assertEquals("true", enrichWhenCached("oldsvc").getAsString(DirectoryFields.USER_DISABLED));
        Event carol = enrichWhenCached("carol");
        assertEquals("Carol Diaz", carol.getText(Fields.USER_FULL_NAME), "cn when there is no displayName");
        assertEquals("true", carol.getAsString(DirectoryFields.USER_DISABLED));
    }

    @Test
    void unknownUsersAreCachedAsAbsentAndFilterInjectionIsEscaped() {
        AtomicInteger asked = new AtomicInteger();
        AtomicLong now = new AtomicLong(0);
        UserCache c = new UserCache(u -> {
            asked.incrementAndGet();
            return null;
        }, 3_600_000, 600_000, 100, now::get);
        DirectoryUsersEnricher e = new DirectoryUsersEnricher(c);
        Event ev = Event.builder("x").set(Fields.USER_NAME, "nobody").build();
        assertSame(ev, e.enrich(ev));
        c.lookup("nobody");
        assertSame(ev, e.enrich(ev));
        now.addAndGet(600_000);
        e.enrich(ev);
        c.lookup("nobody");
        assertEquals(2, asked.get(), "asked again only after the negative TTL");

        Event star = Event.builder("x").set(Fields.USER_NAME, "*").build();
        enricher.enrich(star);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> enricher.enrich(star) == star);
    }

    @Test
    void wrongPasswordIsReportedAndAccountNames() throws Exception {
        DirectoryUsersEnricher bad = new DirectoryUsersEnricher(config("ldap://127.0.0.1:" + server.getListenPort(), "wrong", "(uid={0})"));
        try {
            Event e = Event.builder("x").set(Fields.USER_NAME, "carol").build();
            assertSame(e, bad.enrich(e));
            await().atMost(Duration.ofSeconds(30)).until(() -> bad.status().startsWith("directory lookup failed"));
            assertSame(e, bad.enrich(e));
        } finally {
            bad.deactivate();
        }
        assertThrows(IllegalArgumentException.class, () -> new DirectoryUsersEnricher(
                config("ldap://127.0.0.1:" + server.getListenPort(), "secret", "(uid=x)")));
        assertEquals("alice", DirectoryUsersEnricher.accountName("CORP\\alice"));
        assertEquals("alice", DirectoryUsersEnricher.accountName("alice@corp.example"));
        String plain = "alice";
        assertSame(plain, DirectoryUsersEnricher.accountName(plain), "no allocation for a plain name");
    }
}
