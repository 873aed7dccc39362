package io.usiem.connector.storelucene.internal;

import io.usiem.api.alert.Alert;
import io.usiem.api.alert.Severity;
import io.usiem.api.codec.EventBinaryCodec;
import io.usiem.api.event.Event;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The stored form of an alert: its header, group-by values and its events in their binary codec form. */
final class AlertCodec {
    private static final int VERSION = 1;

    private AlertCodec() {
    }

    static byte[] encode(Alert a, EventBinaryCodec codec) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            string(out, a.ruleId());
            string(out, a.ruleTitle());
            out.writeByte(a.severity().ordinal());
            out.writeLong(a.createdNanos());
            string(out, a.tenant());
            out.writeInt(a.tags().size());
            for (String t : a.tags()) {
                string(out, t);
            }
            out.writeInt(a.groupBy().size());
            for (Map.Entry<String, String> g : a.groupBy().entrySet()) {
                string(out, g.getKey());
                string(out, g.getValue());
            }
            out.writeInt(a.events().size());
            for (Event e : a.events()) {
                byte[] b = codec.encode(e);
                out.writeInt(b.length);
                out.write(b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Alert decode(byte[] data, int offset, int length) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data, offset, length))) {
            int version = in.readByte();
            if (version != VERSION) {
                throw new IllegalStateException("stored alert of unknown version " + version);
            }
            Alert.Builder b = Alert.builder(string(in)).title(string(in))
                    .severity(Severity.values()[in.readByte()]).createdNanos(in.readLong()).tenant(string(in));
            for (int n = in.readInt(); n > 0; n--) {
                b.tag(string(in));
            }
            for (int n = in.readInt(); n > 0; n--) {
                b.groupBy(string(in), string(in));
            }
            for (int n = in.readInt(); n > 0; n--) {
                byte[] e = new byte[in.readInt()];
                in.readFully(e);
                b.event(EventBinaryCodec.decodeEvent(e));
            }
            return b.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String string(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
