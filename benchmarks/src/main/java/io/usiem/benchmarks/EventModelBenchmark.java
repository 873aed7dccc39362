package io.usiem.benchmarks;

import io.usiem.api.event.Event;
import io.usiem.api.event.EventCategory;
import io.usiem.api.event.Field;
import io.usiem.api.event.Fields;
import io.usiem.api.event.IpAddress;

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

/**
 * Event construction, field access and the copy an enricher makes, against the peer design: an event
 * as a {@code HashMap<String, Object>} of boxed values (how map-based SIEM event models work).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EventModelBenchmark {
    private static final String RAW = "<134>Feb  5 17:32:18 fw01 filterlog[123]: 5,,,1000000103,igb0,match,block,in,4,0x0,,64,0,0,DF,6,tcp,60,198.51.100.7,10.0.0.5,51234,443,0,S,1234567,,64240,,mss";
    private static final Field COMMAND_LINE = Field.of("CommandLine");

    private IpAddress src;
    private IpAddress dst;
    private long received;
    private Event event;
    private Map<String, Object> mapEvent;

    @Setup
    public void setUp() {
        src = IpAddress.parse("198.51.100.7");
        dst = IpAddress.parse("10.0.0.5");
        received = System.currentTimeMillis() * 1_000_000L;
        event = buildEvent();
        mapEvent = buildMap();
    }

    @Benchmark
    public Event buildEvent() {
        return Event.builder(RAW).receivedNanos(received).category(EventCategory.FIREWALL).observer("OPNsense", "filterlog")
                .set(Fields.SOURCE_IP, src).set(Fields.DESTINATION_IP, dst).set(Fields.SOURCE_PORT, 51234)
                .set(Fields.DESTINATION_PORT, 443).set(Fields.NETWORK_TRANSPORT, "tcp").set(Fields.EVENT_ACTION, "block")
                .set(Fields.OBSERVER_INGRESS_INTERFACE, "igb0").set(Fields.RULE_ID, "1000000103")
                .set(Fields.NETWORK_DIRECTION, "inbound").set(Fields.NETWORK_BYTES, 60).set(Fields.HOST_HOSTNAME, "fw01")
                .set(COMMAND_LINE, "n/a").build();
    }

    @Benchmark
    public Map<String, Object> buildMapPeer() {
        Map<String, Object> m = new HashMap<>();
        m.put("event.original", RAW);
        m.put("event.ingested", received);
        m.put("usiem.category", "FIREWALL");
        m.put("observer.vendor", "OPNsense");
        m.put("observer.product", "filterlog");
        m.put("source.ip", src);
        m.put("destination.ip", dst);
        m.put("source.port", 51234L);
        m.put("destination.port", 443L);
        m.put("network.transport", "tcp");
        m.put("event.action", "block");
        m.put("observer.ingress.interface.name", "igb0");
        m.put("rule.id", "1000000103");
        m.put("network.direction", "inbound");
        m.put("network.bytes", 60L);
        m.put("host.hostname", "fw01");
        m.put("CommandLine", "n/a");
        return m;
    }

    private Map<String, Object> buildMap() {
        return buildMapPeer();
    }

    @Benchmark
    public long readFields() {
        return event.getIp(Fields.SOURCE_IP).low() + event.getLong(Fields.DESTINATION_PORT, 0)
                + event.getText(Fields.EVENT_ACTION).length() + event.getText(COMMAND_LINE).length()
                + event.getLong(Fields.NETWORK_BYTES, 0);
    }

    @Benchmark
    public long readFieldsMapPeer() {
        return ((IpAddress) mapEvent.get("source.ip")).low() + (Long) mapEvent.get("destination.port")
                + ((String) mapEvent.get("event.action")).length() + ((String) mapEvent.get("CommandLine")).length()
                + (Long) mapEvent.get("network.bytes");
    }

    @Benchmark
    public Event enrichCopy() {
        return event.toBuilder().tag("blocklisted").set(Fields.THREAT_INDICATOR_PROVIDER, "ipsum").build();
    }

    @Benchmark
    public Map<String, Object> enrichCopyMapPeer() {
        Map<String, Object> m = new HashMap<>(mapEvent);
        m.put("tags", "blocklisted");
        m.put("threat.indicator.provider", "ipsum");
        return m;
    }
}
