package io.usiem.parser.panos.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.usiem.api.event.IpAddress;

import org.junit.jupiter.api.Test;

/** The Community ID specification's own examples (github.com/corelight/community-id-spec, baseline). */
class CommunityIdTest {
    @Test
    void matchesTheSpecificationsTcpExampleInBothDirections() {
        IpAddress a = IpAddress.parse("128.232.110.120");
        IpAddress b = IpAddress.parse("66.35.250.204");
        assertEquals("1:LQU9qZlK+B5F3KDmev6m5PMibrg=", CommunityId.of(a, 34855, b, 80, 6));
        assertEquals("1:LQU9qZlK+B5F3KDmev6m5PMibrg=", CommunityId.of(b, 80, a, 34855, 6));
    }

    @Test
    void noIdWithoutPorts() {
        assertNull(CommunityId.of(IpAddress.parse("10.0.0.1"), 0, IpAddress.parse("10.0.0.2"), 0, 1));
    }
}
