package io.usiem.api.search;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Who is asking: passed on every search call so that role-based access, tenant isolation and field protection
 * can be enforced by the engine (or a decorator of it) later without changing the search interfaces. Today's
 * stores use only {@link #tenants()}. Immutable.
 *
 * @since 1.1
 */
public final class CallerContext {
    private static final CallerContext SYSTEM = new CallerContext("system", Set.of("admin"), Set.of(), Map.of());

    private final String user;
    private final Set<String> roles;
    private final Set<String> tenants;
    private final Map<String, String> attributes;

    private CallerContext(String user, Set<String> roles, Set<String> tenants, Map<String, String> attributes) {
        this.user = Objects.requireNonNull(user, "user");
        this.roles = Set.copyOf(roles);
        this.tenants = Set.copyOf(tenants);
        this.attributes = Map.copyOf(attributes);
    }

    /**
     * @param user the authenticated user name
     * @param roles the user's roles
     * @param tenants the tenants the user may see; empty means every tenant
     * @return a caller context
     */
    public static CallerContext of(String user, Set<String> roles, Set<String> tenants) {
        return new CallerContext(user, roles, tenants, Map.of());
    }

    /** @return the context of the system itself (shell administrators, internal jobs): every tenant */
    public static CallerContext system() {
        return SYSTEM;
    }

    /**
     * @param key an attribute name (a session id, a client address, a purpose for GDPR logging)
     * @param value its value
     * @return a copy with the attribute set
     */
    public CallerContext withAttribute(String key, String value) {
        Map<String, String> copy = new java.util.HashMap<>(attributes);
        copy.put(key, value);
        return new CallerContext(user, roles, tenants, copy);
    }

    /** @return the user name */
    public String user() {
        return user;
    }

    /** @return the user's roles */
    public Set<String> roles() {
        return roles;
    }

    /** @return the tenants the caller may see; empty means every tenant */
    public Set<String> tenants() {
        return tenants;
    }

    /** @param tenant a tenant @return whether the caller may see it */
    public boolean maySee(String tenant) {
        return tenants.isEmpty() || tenants.contains(tenant);
    }

    /** @return further attributes for policies added later */
    public Map<String, String> attributes() {
        return attributes;
    }

    /** @param key an attribute name @return its value or null */
    public @Nullable String attribute(String key) {
        return attributes.get(key);
    }

    @Override
    public String toString() {
        return user + roles + (tenants.isEmpty() ? "[all tenants]" : tenants.toString());
    }
}
