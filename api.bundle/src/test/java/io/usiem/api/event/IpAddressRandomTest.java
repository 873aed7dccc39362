package io.usiem.api.event;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Random addresses in every textual form the JDK also reads: our parser and printer agree with it. */
class IpAddressRandomTest {
    @Test
    void agreesWithTheJdkOnRandomAddresses() throws Exception {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 20_000; i++) {
            byte[] bytes = new byte[16];
            for (int k = 0; k < 16; k++) {
                // Many zero groups, so "::" compression is exercised.
                bytes[k] = random.nextInt(3) == 0 ? 0 : (byte) random.nextInt(256);
            }
            if (random.nextInt(10) == 0) {
                java.util.Arrays.fill(bytes, 0, 10, (byte) 0);
                bytes[10] = (byte) 0xFF;
                bytes[11] = (byte) 0xFF; // IPv4-mapped
            }
            InetAddress jdk = InetAddress.getByAddress(bytes);
            String text = jdk instanceof Inet6Address ? full(bytes) : jdk.getHostAddress();
            IpAddress ours = IpAddress.tryParse(text);
            assertNotNull(ours, text);
            byte[] expected = jdk.getAddress();
            assertArrayEquals(expected, ours.toBytes(), text);
            // Our canonical text reads back to the same address, in the JDK too.
            IpAddress again = IpAddress.parse(ours.toString());
            assertEquals(ours, again);
            assertArrayEquals(expected, InetAddress.getByName(ours.toString()).getAddress(), ours.toString());
        }
    }

    /** The uncompressed, zero-padded form: 8 groups of 4 hex digits. */
    private static String full(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < 16; k += 2) {
            if (k > 0) {
                sb.append(':');
            }
            sb.append(String.format("%02x%02x", b[k], b[k + 1]));
        }
        return sb.toString();
    }
}
