package io.usiem.enricher.directoryusers.internal;

import org.jspecify.annotations.Nullable;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;

import com.unboundid.ldap.sdk.LDAPException;

import io.usiem.api.enrich.Enricher;
import io.usiem.api.event.Event;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Fields;

/**
 * Adds {@code user.full_name}, {@code user.email}, {@code user.group.name} and {@code user.directory.*}
 * (department, manager, disabled, dn) for {@code user.name}, from LDAP / Active Directory through a cache
 * filled off the hot path. {@code DOMAIN\\user} and {@code user@domain} are looked up as {@code user}.
 */
@Component(configurationPid = "io.usiem.enricher.directoryusers", configurationPolicy = ConfigurationPolicy.REQUIRE,
        service = Enricher.class)
@Designate(ocd = DirectoryConfig.class)
public final class DirectoryUsersEnricher implements Enricher {
    private final @Nullable DirectoryConfig config;
    private final UserCache cache;
    private @Nullable LdapDirectory directory;

    @Activate
    public DirectoryUsersEnricher(DirectoryConfig c) {
        if (c.url() == null || c.url().isBlank() || c.base_dn() == null || c.base_dn().isBlank()) {
            throw new IllegalArgumentException("directory users enricher: url and base.dn are required");
        }
        if (!c.user_filter().contains("{0}")) {
            throw new IllegalArgumentException("directory users enricher: user.filter must contain {0}");
        }
        this.config = c;
        // the connection is opened by the worker on first use, so a directory that is down at start delays
        // enrichment instead of failing the component for good
        this.cache = new UserCache(user -> directory().find(user), c.cache_ttl_seconds() * 1000, c.negative_ttl_seconds() * 1000,
                c.cache_size(), System::currentTimeMillis);
        cache.start();
    }

    /** For tests: a given cache, no LDAP connection of its own. */
    DirectoryUsersEnricher(UserCache cache) {
        this.config = null;
        this.cache = cache;
    }

    /** Called on the worker thread only. */
    private synchronized LdapDirectory directory() throws LDAPException {
        if (directory == null) {
            DirectoryConfig c = java.util.Objects.requireNonNull(config);
            directory = new LdapDirectory(c.url(), c.bind_dn(), c.bind_password(), c.base_dn(), c.user_filter(),
                    c.full_name_attribute(), c.groups_attribute(), c.timeout_ms());
        }
        return directory;
    }

    String status() {
        return cache.status();
    }

    @Override
    public String name() {
        return "directoryusers";
    }

    @Override
    public Event enrich(Event event) {
        String name = event.getText(Fields.USER_NAME);
        if (name == null || name.isEmpty() || event.has(Fields.USER_FULL_NAME)) {
            return event;
        }
        UserInfo u = cache.get(accountName(name));
        if (u == null) {
            return event;
        }
        EventBuilder b = event.toBuilder();
        b.set(Fields.USER_FULL_NAME, u.fullName());
        b.set(Fields.USER_EMAIL, u.email());
        if (!u.groups().isEmpty()) {
            b.set(DirectoryFields.USER_GROUP_NAME, u.groups());
        }
        b.set(DirectoryFields.USER_DEPARTMENT, u.department());
        b.set(DirectoryFields.USER_MANAGER, u.manager());
        b.set(DirectoryFields.USER_DISABLED, u.disabled());
        b.set(DirectoryFields.USER_DN, u.dn());
        return b.build();
    }

    /** {@code CORP\alice} and {@code alice@corp.example} -> {@code alice}; allocates only for those forms. */
    static String accountName(String name) {
        int bs = name.lastIndexOf('\\');
        int at = name.indexOf('@');
        if (bs < 0 && at < 0) {
            return name;
        }
        return name.substring(bs + 1, at > bs ? at : name.length());
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        cache.stop();
        synchronized (this) {
            if (directory != null) {
                directory.close();
            }
        }
    }
}
