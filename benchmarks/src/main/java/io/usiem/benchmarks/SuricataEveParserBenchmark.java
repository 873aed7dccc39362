package io.usiem.benchmarks;

import io.usiem.api.parser.LogParser;
import io.usiem.api.parser.RawLog;
import io.usiem.parser.suricata.internal.SuricataEveParser;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Suricata EVE parser on a mix of real-format records (flows, DNS v1/v2, HTTP, TLS with JA3, alerts,
 * fileinfo, netflow; one behind a syslog header), against Jackson's streaming parser only tokenizing the same
 * lines ({@code jacksonTokens}) and tokenizing plus reading every value's text ({@code jacksonTokensAndText}):
 * the distance to the limit the issue asks for.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SuricataEveParserBenchmark {
    static final String[] MIX = {
        "{\"timestamp\":\"2024-01-15T10:25:02.501234+0000\",\"flow_id\":1805461738637437,\"in_iface\":\"eth0\",\"event_type\":\"flow\",\"src_ip\":\"192.168.1.100\",\"src_port\":49812,\"dest_ip\":\"203.0.113.45\",\"dest_port\":80,\"proto\":\"TCP\",\"app_proto\":\"http\",\"flow\":{\"pkts_toserver\":6,\"pkts_toclient\":5,\"bytes_toserver\":522,\"bytes_toclient\":1638,\"start\":\"2024-01-15T10:22:31.010203+0000\",\"end\":\"2024-01-15T10:22:32.511204+0000\",\"age\":1,\"state\":\"closed\",\"reason\":\"timeout\",\"alerted\":true},\"tcp\":{\"tcp_flags\":\"1b\",\"tcp_flags_ts\":\"1b\",\"tcp_flags_tc\":\"1b\",\"syn\":true,\"fin\":true,\"psh\":true,\"ack\":true,\"state\":\"closed\"},\"community_id\":\"1:LQU9qZlK+B5F3KDmev6m5PMibrg=\"}",
        "{\"timestamp\":\"2024-01-15T10:26:00.000001+0000\",\"flow_id\":2,\"event_type\":\"flow\",\"src_ip\":\"2001:db8::10\",\"src_port\":5353,\"dest_ip\":\"ff02::fb\",\"dest_port\":5353,\"proto\":\"UDP\",\"app_proto\":\"failed\",\"flow\":{\"pkts_toserver\":2,\"pkts_toclient\":0,\"bytes_toserver\":220,\"bytes_toclient\":0,\"start\":\"2024-01-15T10:25:00.000001+0000\",\"end\":\"2024-01-15T10:25:00.000901+0000\",\"age\":0,\"state\":\"new\",\"reason\":\"timeout\",\"alerted\":false}}",
        "<14>1 2024-01-15T10:41:00.000Z sensor01 suricata 1234 - - {\"timestamp\":\"2024-01-15T10:41:00.000000Z\",\"flow_id\":18,\"event_type\":\"flow\",\"src_ip\":\"10.0.0.5\",\"src_port\":52006,\"dest_ip\":\"10.0.0.9\",\"dest_port\":123,\"proto\":\"UDP\",\"app_proto\":\"ntp\",\"flow\":{\"pkts_toserver\":1,\"pkts_toclient\":1,\"bytes_toserver\":90,\"bytes_toclient\":90,\"start\":\"2024-01-15T10:40:59.000000Z\",\"end\":\"2024-01-15T10:40:59.010000Z\",\"age\":0,\"state\":\"established\",\"reason\":\"timeout\",\"alerted\":false}}",
        "{\"timestamp\":\"2024-01-15T10:28:00.100000+0000\",\"flow_id\":5,\"in_iface\":\"eth0\",\"event_type\":\"dns\",\"src_ip\":\"10.0.0.53\",\"src_port\":53,\"dest_ip\":\"10.0.0.5\",\"dest_port\":40125,\"proto\":\"UDP\",\"dns\":{\"version\":2,\"type\":\"answer\",\"id\":45444,\"flags\":\"8180\",\"qr\":true,\"rd\":true,\"ra\":true,\"rrname\":\"www.example.com\",\"rrtype\":\"A\",\"rcode\":\"NOERROR\",\"answers\":[{\"rrname\":\"www.example.com\",\"rrtype\":\"CNAME\",\"ttl\":3600,\"rdata\":\"example.com\"},{\"rrname\":\"example.com\",\"rrtype\":\"A\",\"ttl\":3600,\"rdata\":\"93.184.216.34\"}],\"grouped\":{\"CNAME\":[\"example.com\"],\"A\":[\"93.184.216.34\"]}}}",
        "{\"timestamp\":\"2016-01-01T10:00:00.000000+0000\",\"flow_id\":4,\"event_type\":\"dns\",\"src_ip\":\"10.16.1.11\",\"src_port\":52841,\"dest_ip\":\"10.16.1.1\",\"dest_port\":53,\"proto\":\"UDP\",\"dns\":{\"type\":\"query\",\"id\":16000,\"rrname\":\"www.suricata-ids.org\",\"rrtype\":\"A\",\"tx_id\":0}}",
        "{\"timestamp\":\"2025-03-01T08:00:00.020000+0000\",\"flow_id\":6,\"event_type\":\"dns\",\"src_ip\":\"10.0.0.53\",\"src_port\":53,\"dest_ip\":\"10.0.0.5\",\"dest_port\":40126,\"proto\":\"UDP\",\"dns\":{\"version\":3,\"type\":\"response\",\"tx_id\":0,\"id\":1234,\"flags\":\"8180\",\"qr\":true,\"rd\":true,\"ra\":true,\"opcode\":0,\"rcode\":\"NOERROR\",\"queries\":[{\"rrname\":\"login.example.org\",\"rrtype\":\"AAAA\"}],\"answers\":[{\"rrname\":\"login.example.org\",\"rrtype\":\"AAAA\",\"ttl\":300,\"rdata\":\"2001:db8::1\"}]}}",
        "{\"timestamp\":\"2024-01-15T10:29:00.200000+0000\",\"flow_id\":7,\"in_iface\":\"eth0\",\"event_type\":\"http\",\"src_ip\":\"10.0.0.5\",\"src_port\":51000,\"dest_ip\":\"203.0.113.80\",\"dest_port\":80,\"proto\":\"TCP\",\"tx_id\":0,\"http\":{\"hostname\":\"www.example.org\",\"url\":\"/index.php?q=admin#top\",\"http_user_agent\":\"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36\",\"http_content_type\":\"text/html\",\"http_refer\":\"http://www.example.org/\",\"http_method\":\"GET\",\"protocol\":\"HTTP/1.1\",\"status\":404,\"length\":1234}}",
        "{\"timestamp\":\"2024-01-15T10:22:31.123456+0000\",\"flow_id\":1805461738637437,\"in_iface\":\"eth0\",\"event_type\":\"alert\",\"src_ip\":\"192.168.1.100\",\"src_port\":49812,\"dest_ip\":\"203.0.113.45\",\"dest_port\":80,\"proto\":\"TCP\",\"pkt_src\":\"wire/pcap\",\"community_id\":\"1:LQU9qZlK+B5F3KDmev6m5PMibrg=\",\"alert\":{\"action\":\"allowed\",\"gid\":1,\"signature_id\":2024897,\"rev\":2,\"signature\":\"ET USER_AGENTS Go HTTP Client User-Agent\",\"category\":\"Potentially Bad Traffic\",\"severity\":2,\"metadata\":{\"affected_product\":[\"Any\"],\"attack_target\":[\"Client_Endpoint\"],\"created_at\":[\"2017_09_25\"],\"signature_severity\":[\"Major\"],\"updated_at\":[\"2019_09_28\"],\"mitre_tactic_id\":[\"TA0011\"],\"mitre_tactic_name\":[\"Command_And_Control\"],\"mitre_technique_id\":[\"T1071\"],\"mitre_technique_name\":[\"Application_Layer_Protocol\"]}},\"http\":{\"hostname\":\"example.net\",\"url\":\"/api/v1/check?id=42\",\"http_user_agent\":\"Go-http-client/1.1\",\"http_method\":\"GET\",\"protocol\":\"HTTP/1.1\",\"length\":0},\"app_proto\":\"http\",\"direction\":\"to_server\",\"flow\":{\"pkts_toserver\":4,\"pkts_toclient\":3,\"bytes_toserver\":402,\"bytes_toclient\":338,\"start\":\"2024-01-15T10:22:31.010203+0000\",\"src_ip\":\"192.168.1.100\",\"dest_ip\":\"203.0.113.45\",\"src_port\":49812,\"dest_port\":80}}",
        "{\"timestamp\":\"2024-01-15T10:30:00.300000+0000\",\"flow_id\":8,\"in_iface\":\"eth0\",\"event_type\":\"tls\",\"src_ip\":\"10.0.0.5\",\"src_port\":51001,\"dest_ip\":\"93.184.216.34\",\"dest_port\":443,\"proto\":\"TCP\",\"tls\":{\"subject\":\"C=US, ST=California, L=Los Angeles, O=Internet Corporation for Assigned Names and Numbers, CN=www.example.org\",\"issuerdn\":\"C=US, O=DigiCert Inc, CN=DigiCert Global G2 TLS RSA SHA256 2020 CA1\",\"serial\":\"07:5B:CE:F3:06:89:C8:AD:DF:13:E5:1A:F4:AF:E1:87\",\"fingerprint\":\"4d:a2:5a:6d:5e:f6:2c:5f:95:c7:bd:0a:73:ea:3c:17:7b:36:99:9d\",\"sni\":\"www.example.org\",\"version\":\"TLS 1.2\",\"notbefore\":\"2024-01-30T00:00:00\",\"notafter\":\"2025-03-01T23:59:59\",\"ja3\":{\"hash\":\"e7d705a3286e19ea42f587b344ee6865\",\"string\":\"771,49195-49199,0-23-65281,29-23-24,0\"},\"ja3s\":{\"hash\":\"ae4edc6faf64d08308082ad26be60767\",\"string\":\"771,49199,65281-0-11\"},\"ja4\":\"t13d1516h2_8daaf6152771_b0da82dd1658\"}}",
        "{\"timestamp\":\"2024-01-15T10:27:00.000000+0000\",\"flow_id\":3,\"event_type\":\"netflow\",\"src_ip\":\"10.0.0.5\",\"src_port\":44321,\"dest_ip\":\"93.184.216.34\",\"dest_port\":443,\"proto\":\"TCP\",\"app_proto\":\"tls\",\"netflow\":{\"pkts\":12,\"bytes\":4321,\"start\":\"2024-01-15T10:26:50.000000+0000\",\"end\":\"2024-01-15T10:26:59.500000+0000\",\"age\":9,\"min_ttl\":64,\"max_ttl\":64},\"tcp\":{\"tcp_flags\":\"1b\",\"syn\":true,\"fin\":true,\"psh\":true,\"ack\":true}}",
        "{\"timestamp\":\"2024-01-15T10:23:00.000100+0000\",\"flow_id\":99,\"in_iface\":\"eth1\",\"event_type\":\"alert\",\"src_ip\":\"198.51.100.7\",\"dest_ip\":\"10.0.0.5\",\"proto\":\"ICMP\",\"icmp_type\":8,\"icmp_code\":0,\"alert\":{\"action\":\"blocked\",\"gid\":1,\"signature_id\":2100366,\"rev\":8,\"signature\":\"GPL ICMP_INFO PING *NIX\",\"category\":\"Misc activity\",\"severity\":3},\"flow\":{\"pkts_toserver\":1,\"pkts_toclient\":0,\"bytes_toserver\":98,\"bytes_toclient\":0,\"start\":\"2024-01-15T10:23:00.000100+0000\"}}",
    };

    private RawLog[] lines;
    private String[] json;
    private LogParser parser;
    private final JsonFactory factory = new JsonFactory();

    @Setup
    public void setUp() {
        parser = new SuricataEveParser();
        lines = new RawLog[MIX.length];
        json = new String[MIX.length];
        for (int i = 0; i < MIX.length; i++) {
            lines[i] = RawLog.of(MIX[i]);
            json[i] = MIX[i].substring(MIX[i].indexOf('{'));
            if (!parser.parse(lines[i]).isParsed()) {
                throw new IllegalStateException("not parsed: " + MIX[i]);
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(11)
    public int parse() {
        return ParserMix.parseAll(parser, lines);
    }

    @Benchmark
    @OperationsPerInvocation(11)
    public int jacksonTokens() throws IOException {
        int n = 0;
        for (String line : json) {
            try (JsonParser p = factory.createParser(line)) {
                while (p.nextToken() != null) {
                    n++;
                }
            }
        }
        return n;
    }

    @Benchmark
    @OperationsPerInvocation(11)
    public int jacksonTokensAndText() throws IOException {
        int n = 0;
        for (String line : json) {
            try (JsonParser p = factory.createParser(line)) {
                JsonToken t;
                while ((t = p.nextToken()) != null) {
                    if (t.isScalarValue()) {
                        n += p.getText().length();
                    }
                }
            }
        }
        return n;
    }
}
