package io.usiem.enricher.directoryusers.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration (PID {@code io.usiem.enricher.directoryusers}); the enricher starts only when configured. */
@ObjectClassDefinition(name = "uSIEM directory users enricher", description = "user.* from LDAP or Active Directory")
public @interface DirectoryConfig {
    @AttributeDefinition(description = "ldap://host:389 or ldaps://host:636")
    String url();

    @AttributeDefinition(description = "Bind DN (empty: anonymous)")
    String bind_dn() default "";

    @AttributeDefinition(description = "Bind password", type = AttributeType.PASSWORD)
    String bind_password() default "";

    @AttributeDefinition(description = "Search base")
    String base_dn();

    @AttributeDefinition(description = "Filter; {0} is the user name (escaped). AD: (&(objectClass=user)(sAMAccountName={0}))")
    String user_filter() default "(|(sAMAccountName={0})(uid={0}))";

    @AttributeDefinition(description = "Attribute with the full name (falls back to cn)")
    String full_name_attribute() default "displayName";

    @AttributeDefinition(description = "Attribute with group DNs")
    String groups_attribute() default "memberOf";

    @AttributeDefinition(description = "Seconds a found user is cached", min = "1")
    long cache_ttl_seconds() default 3600;

    @AttributeDefinition(description = "Seconds a user not in the directory is remembered as absent", min = "1")
    long negative_ttl_seconds() default 600;

    @AttributeDefinition(description = "Users cached at most", min = "100")
    int cache_size() default 100_000;

    @AttributeDefinition(description = "LDAP response timeout, milliseconds", min = "100")
    int timeout_ms() default 5000;
}
