package io.usiem.enricher.directoryusers.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** What the directory says about a user. */
record UserInfo(String dn, @Nullable String fullName, @Nullable String email, List<String> groups, @Nullable String department,
        @Nullable String manager, boolean disabled) {
}
