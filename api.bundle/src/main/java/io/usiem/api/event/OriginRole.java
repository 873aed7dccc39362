package io.usiem.api.event;

/**
 * What the device that sent a line is to the event, which decides the ECS fields its name and address
 * fill when the parser has not filled them from the log itself (see api.bundle/README.md, "Origin").
 *
 * @since 1.0
 */
public enum OriginRole {
    /** Not decided: the origin stays in the header only ({@code usiem.origin.*} in JSON). */
    NONE,
    /**
     * The sender is the machine the log describes (Linux auth, Windows, web servers, generic syslog):
     * {@code host.hostname} and {@code host.ip}.
     */
    HOST,
    /**
     * The sender is a network or security device reporting on others' traffic (firewalls, IDS, proxies):
     * {@code observer.hostname} and {@code observer.ip}.
     */
    OBSERVER
}
