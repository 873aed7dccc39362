package io.usiem.benchmarks;

import io.usiem.api.event.Field;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

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
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@link Field#of(String)} for the 25 {@code winlog.event_data.*} names of a Windows logon event, as a parser
 * calls it per event. Peers in the same run: {@code String.intern()} of the same names (the cost before
 * dynamic fields were cached) and {@code HashMap.get} from a prebuilt map (the floor). One operation is one
 * event: 25 lookups. The names are copies, not the instances the caches hold (a parser's names are
 * substrings of the line), so no lookup is won by reference equality; their hash codes are cached in the
 * copies, as they would not be in fresh substrings.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FieldLookupBenchmark {
    static final String[] EVENT_DATA = {
        "SubjectUserSid", "SubjectUserName", "SubjectDomainName", "SubjectLogonId", "TargetUserSid",
        "TargetUserName", "TargetDomainName", "TargetLogonId", "LogonType", "LogonProcessName",
        "AuthenticationPackageName", "WorkstationName", "LogonGuid", "TransmittedServices", "LmPackageName",
        "KeyLength", "ProcessId", "ProcessName", "IpAddress", "IpPort",
        "ImpersonationLevel", "RestrictedAdminMode", "TargetOutboundUserName", "TargetOutboundDomainName", "ElevatedToken"};
    private static final String PREFIX = "winlog.event_data.";

    private String[] names;
    private Map<String, Field> prebuilt;

    @Setup
    public void setUp() {
        names = new String[EVENT_DATA.length];
        prebuilt = new HashMap<>();
        for (int i = 0; i < EVENT_DATA.length; i++) {
            String canonical = PREFIX + EVENT_DATA[i];
            // The caches and the map keep these instances; the benchmark looks up other copies.
            prebuilt.put(canonical, Field.of(canonical));
            canonical.intern();
            names[i] = new String(canonical.toCharArray());
            if (names[i] == canonical || names[i] == names[i].intern() || Field.of(names[i]) != prebuilt.get(canonical)) {
                throw new IllegalStateException("lookup name is not a distinct copy: " + canonical);
            }
        }
    }

    @Benchmark
    public void fieldOf(Blackhole bh) {
        for (String name : names) {
            bh.consume(Field.of(name));
        }
    }

    @Benchmark
    public void internPeer(Blackhole bh) {
        for (String name : names) {
            bh.consume(name.intern());
        }
    }

    @Benchmark
    public void hashMapPeer(Blackhole bh) {
        for (String name : names) {
            bh.consume(prebuilt.get(name));
        }
    }
}
