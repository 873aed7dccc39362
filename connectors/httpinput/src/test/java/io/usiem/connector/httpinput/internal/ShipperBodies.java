package io.usiem.connector.httpinput.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** Bulk bodies shaped as the shippers send them (action lines and documents as Filebeat 8 and Logstash 8 write them). */
final class ShipperBodies {
    private ShipperBodies() {
    }

    /** Filebeat 8 (filestream input, data stream output): create actions, ECS documents with message and host.name. */
    static String filebeat(int from, int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < from + count; i++) {
            sb.append("{\"create\":{\"_index\":\"filebeat-8.17.0\"}}\n");
            sb.append("{\"@timestamp\":\"2026-11-29T22:59:58.123Z\",\"log\":{\"offset\":").append(i * 120L)
                    .append(",\"file\":{\"path\":\"/var/log/auth.log\"}},\"message\":\"Nov 29 22:59:58 web01 sshd[4242]: ")
                    .append("Accepted publickey for alice from 10.0.0.5 port 50522 ssh2 #").append(i)
                    .append("\",\"input\":{\"type\":\"filestream\"},\"ecs\":{\"version\":\"8.0.0\"},\"host\":{\"name\":\"web01\"},")
                    .append("\"agent\":{\"type\":\"filebeat\",\"version\":\"8.17.0\",\"name\":\"web01\",")
                    .append("\"id\":\"5e0b6a3c-6c3f-4d2b-9d7e-1f2a3b4c5d6e\",\"ephemeral_id\":\"0c7f3b6e-1a2b-4c5d-8e9f-a0b1c2d3e4f5\"}}\n");
        }
        return sb.toString();
    }

    /** Logstash 8 (elasticsearch output, no data stream): index actions whose _id and routing are null. */
    static String logstash(int from, int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < from + count; i++) {
            sb.append("{\"index\":{\"_id\":null,\"_index\":\"logstash-2026.11.29\",\"routing\":null}}\n");
            sb.append("{\"@timestamp\":\"2026-11-29T22:59:58.123Z\",\"@version\":\"1\",\"host\":{\"name\":\"ls01\"},")
                    .append("\"message\":\"<34>Nov 29 22:59:58 fw01 kernel: DROP IN=eth0 SRC=10.1.1.").append(i % 250)
                    .append(" DST=10.2.2.2\",\"event\":{\"original\":\"x\"}}\n");
        }
        return sb.toString();
    }

    /** Fluent Bit (es output, Suppress_Type_Name off): index actions with the legacy _type. */
    static String fluentBit(int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append("{\"index\":{\"_index\":\"fluent-bit\",\"_type\":\"_doc\"}}\n");
            sb.append("{\"@timestamp\":\"2026-11-29T22:59:58.123Z\",\"log\":\"line ").append(i).append("\"}\n");
        }
        return sb.toString();
    }

    static byte[] gzip(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(s.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
