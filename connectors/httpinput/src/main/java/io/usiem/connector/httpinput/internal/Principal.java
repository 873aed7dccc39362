package io.usiem.connector.httpinput.internal;

import java.util.Set;

/**
 * Who sent a request: an API key's id or a user's name, how it authenticated, and its roles. The roles are what
 * the coming RBAC checks read; today only {@code auth.required.role} does.
 *
 * @param name the API key id or user name ({@code anonymous} when the listener has no credentials configured)
 * @param realm {@code api_key}, {@code basic} or {@code anonymous}
 * @param roles the roles configured with the key or user
 */
record Principal(String name, String realm, Set<String> roles) {
    static final Principal ANONYMOUS = new Principal("anonymous", "anonymous", Set.of());

    Principal {
        roles = Set.copyOf(roles);
    }

    boolean hasRole(String role) {
        return roles.contains(role);
    }
}
