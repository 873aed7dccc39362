package io.usiem.benchmarks;

import io.usiem.api.codec.EventBinaryCodec;
import io.usiem.api.codec.EventJsonReader;
import io.usiem.api.event.EcsCategory;
import io.usiem.api.event.EcsEventType;
import io.usiem.api.event.Event;
import io.usiem.api.event.EventCategory;
import io.usiem.api.event.EventJsonWriter;
import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;
import io.usiem.api.event.LogSource;
import io.usiem.api.event.OriginRole;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The event codecs on a Windows Security 4624 (logon) event of 25 fields and a 600-character raw message:
 * binary encode/decode (journal, Kafka) and our JSON writer/reader, against Jackson's {@link ObjectMapper}
 * writing and reading the same JSON document as a {@code LinkedHashMap<String, Object>} (untyped: no IP
 * parsing, no field types, so a floor for JSON rather than a like-for-like event codec). One operation is
 * one event. Jackson works on UTF-8 bytes, our JSON API on {@code String}s; {@code jsonWriteUtf8} and
 * {@code jsonReadUtf8} add the UTF-8 step for the like-for-like comparison. Bytes per event are printed
 * at setup ({@link #main} prints them without JMH).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EventCodecBenchmark {
    static final String RAW = "<14>Nov 28 09:41:07 DC01.corp.example.com MSWinEventLog\t1\tSecurity\t884213\tFri Nov 28 09:41:07 2026"
            + "\t4624\tMicrosoft-Windows-Security-Auditing\tCORP\\jdoe\tN/A\tSuccess Audit\tDC01.corp.example.com\tLogon"
            + "\t\tAn account was successfully logged on. Subject: Security ID: S-1-5-18 Account Name: DC01$ Logon ID: 0x3E7"
            + " Logon Type: 3 New Logon: Security ID: S-1-5-21-3623811015-3361044348-30300820-1013 Account Name: jdoe"
            + " Account Domain: CORP Logon ID: 0x8D2F41A Logon GUID: {0d4b1a3e-8f1c-2a7b-9e41-6c3d2f1a0b9e} Process ID: 0x2f4"
            + " Process Name: C:\\Windows\\System32\\lsass.exe Source Network Address: 10.20.30.142 Source Port: 50312"
            + " Logon Process: Kerberos Key Length: 0\t884213";

    private static final String ED = "winlog.event_data.";

    private final ObjectMapper mapper = new ObjectMapper();
    private EventBinaryCodec codec;
    private Event event;
    private byte[] binary;
    private String json;
    private byte[] jsonUtf8;
    private Map<String, Object> map;
    private byte[] jacksonJson;

    @Setup
    public void setUp() throws IOException {
        codec = new EventBinaryCodec();
        event = windowsLogon();
        binary = codec.encode(event);
        json = EventJsonWriter.toJson(event);
        jsonUtf8 = json.getBytes(StandardCharsets.UTF_8);
        map = readMap(jsonUtf8);
        jacksonJson = mapper.writeValueAsBytes(map);
        if (!event.equals(EventBinaryCodec.decodeEvent(binary)) || !event.equals(EventJsonReader.read(json))
                || !map.equals(readMap(jacksonJson))) {
            throw new IllegalStateException("codec round trip differs: " + json);
        }
        System.out.println();
        System.out.println(sizes());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> readMap(byte[] bytes) throws IOException {
        return mapper.readValue(bytes, LinkedHashMap.class);
    }

    /** A 4624 event as the Windows parser builds it: 16 dictionary and 9 winlog.event_data fields, host.ip from the origin. */
    static Event windowsLogon() {
        long received = 1_795_858_867_123_456_789L;
        return Event.builder(RAW).sequence(Event.sequenceOf(884_213, 0)).receivedNanos(received)
                .eventNanos(received - 3_000_000_000L).originHost("dc01").originIp(IpAddress.parse("10.20.0.10"))
                .tenant("acme").observer("Microsoft", "Windows").sourceType("windows_security")
                .category(EventCategory.AUTHENTICATION).ecsCategory(EcsCategory.AUTHENTICATION).ecsType(EcsEventType.START)
                .logSource(LogSource.of("windows", "security", null)).originRole(OriginRole.HOST)
                .set(Fields.EVENT_CODE, "4624").set(Fields.EVENT_ACTION, "logged-in").set(Fields.EVENT_OUTCOME, "success")
                .set(Fields.EVENT_PROVIDER, "Microsoft-Windows-Security-Auditing").set(Fields.EVENT_MODULE, "windows")
                .set(Fields.EVENT_DATASET, "windows.security").set(Fields.HOST_HOSTNAME, "DC01.corp.example.com")
                .set(Fields.USER_NAME, "jdoe").set(Fields.USER_DOMAIN, "CORP")
                .set(Fields.USER_ID, "S-1-5-21-3623811015-3361044348-30300820-1013")
                .set(Fields.SOURCE_IP, IpAddress.parse("10.20.30.142")).set(Fields.SOURCE_PORT, 50312)
                .set(Fields.PROCESS_PID, 756).set(Fields.PROCESS_EXECUTABLE, "C:\\Windows\\System32\\lsass.exe")
                .setIps(Fields.RELATED_IP, List.of(IpAddress.parse("10.20.30.142"), IpAddress.parse("10.20.0.10")))
                .set(Fields.RELATED_USER, List.of("jdoe", "DC01$"))
                .set(Field.of(ED + "SubjectUserSid"), "S-1-5-18").set(Field.of(ED + "SubjectUserName"), "DC01$")
                .set(Field.of(ED + "SubjectDomainName"), "CORP").set(Field.of(ED + "SubjectLogonId"), "0x3e7")
                .set(Field.of(ED + "TargetLogonId"), "0x8d2f41a").set(Field.of(ED + "LogonType", FieldType.LONG), 3)
                .set(Field.of(ED + "LogonProcessName"), "Kerberos")
                .set(Field.of(ED + "LogonGuid"), "{0d4b1a3e-8f1c-2a7b-9e41-6c3d2f1a0b9e}")
                .set(Field.of(ED + "KeyLength", FieldType.LONG), 0).build();
    }

    String sizes() {
        return String.format("bytes per event: binary %d, uSIEM JSON %d (UTF-8), Jackson map JSON %d (raw message %d chars)",
                binary.length, jsonUtf8.length, jacksonJson.length, RAW.length());
    }

    @Benchmark
    public byte[] binaryEncode() {
        return codec.encode(event);
    }

    @Benchmark
    public Event binaryDecode() {
        return EventBinaryCodec.decodeEvent(binary);
    }

    @Benchmark
    public String jsonWrite() {
        return EventJsonWriter.toJson(event);
    }

    @Benchmark
    public byte[] jsonWriteUtf8() {
        return EventJsonWriter.toJson(event).getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public Event jsonRead() {
        return EventJsonReader.read(json);
    }

    @Benchmark
    public Event jsonReadUtf8() {
        return EventJsonReader.read(new String(jsonUtf8, StandardCharsets.UTF_8));
    }

    @Benchmark
    public byte[] jacksonWriteMap() throws IOException {
        return mapper.writeValueAsBytes(map);
    }

    @Benchmark
    public Map<?, ?> jacksonReadMap() throws IOException {
        return mapper.readValue(jacksonJson, Map.class);
    }

    /**
     * Prints the bytes per event without running JMH.
     *
     * @param args unused
     * @throws IOException never: the JSON is ours
     */
    public static void main(String[] args) throws IOException {
        EventCodecBenchmark b = new EventCodecBenchmark();
        b.setUp();
    }
}
