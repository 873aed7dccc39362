package io.usiem.benchmarks;

import io.usiem.api.parser.LogParser;
import io.usiem.api.parser.RawLog;
import io.usiem.parser.zeek.internal.ZeekParser;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonFactory;

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
 * The Zeek parser on a mix of real Zeek 6 TSV lines (conn, dns, http, ssl; their headers read once in setup,
 * the lines found again by width as for one input tailing four files) and on a mix of JSON records, against a
 * bare split on tabs and Jackson's streaming parser only tokenizing the same lines.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ZeekParserBenchmark {
    static final String[] TSV_HEADERS = {
        "#separator \\x09",
        "#set_separator\t,",
        "#empty_field\t(empty)",
        "#unset_field\t-",
        "#path\tconn",
        "#open\t2023-08-16-01-28-55",
        "#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tproto\tservice\tduration\torig_bytes\tresp_bytes\tconn_state\tlocal_orig\tlocal_resp\tmissed_bytes\thistory\torig_pkts\torig_ip_bytes\tresp_pkts\tresp_ip_bytes\ttunnel_parents",
        "#types\ttime\tstring\taddr\tport\taddr\tport\tenum\tstring\tinterval\tcount\tcount\tstring\tbool\tbool\tcount\tstring\tcount\tcount\tcount\tcount\tset[string]",
        "#separator \\x09",
        "#set_separator\t,",
        "#empty_field\t(empty)",
        "#unset_field\t-",
        "#path\tdns",
        "#open\t2023-08-16-01-28-55",
        "#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tproto\ttrans_id\trtt\tquery\tqclass\tqclass_name\tqtype\tqtype_name\trcode\trcode_name\tAA\tTC\tRD\tRA\tZ\tanswers\tTTLs\trejected",
        "#types\ttime\tstring\taddr\tport\taddr\tport\tenum\tcount\tinterval\tstring\tcount\tstring\tcount\tstring\tcount\tstring\tbool\tbool\tbool\tbool\tcount\tvector[string]\tvector[interval]\tbool",
        "#separator \\x09",
        "#set_separator\t,",
        "#empty_field\t(empty)",
        "#unset_field\t-",
        "#path\thttp",
        "#open\t2023-08-16-01-28-55",
        "#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\ttrans_depth\tmethod\thost\turi\treferrer\tversion\tuser_agent\torigin\trequest_body_len\tresponse_body_len\tstatus_code\tstatus_msg\tinfo_code\tinfo_msg\ttags\tusername\tpassword\tproxied\torig_fuids\torig_filenames\torig_mime_types\tresp_fuids\tresp_filenames\tresp_mime_types",
        "#types\ttime\tstring\taddr\tport\taddr\tport\tcount\tstring\tstring\tstring\tstring\tstring\tstring\tstring\tcount\tcount\tcount\tstring\tcount\tstring\tset[enum]\tstring\tstring\tset[string]\tvector[string]\tvector[string]\tvector[string]\tvector[string]\tvector[string]\tvector[string]",
        "#separator \\x09",
        "#set_separator\t,",
        "#empty_field\t(empty)",
        "#unset_field\t-",
        "#path\tssl",
        "#open\t2023-08-16-01-28-55",
        "#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tversion\tcipher\tcurve\tserver_name\tresumed\tlast_alert\tnext_protocol\testablished\tssl_history\tcert_chain_fps\tclient_cert_chain_fps\tsni_matches_cert",
        "#types\ttime\tstring\taddr\tport\taddr\tport\tstring\tstring\tstring\tstring\tbool\tstring\tstring\tbool\tstring\tvector[string]\tvector[string]\tbool",
    };
    static final String[] TSV = {
        "1692161622.036086\tCnsu5m395zFmE9ikp4\t192.168.1.41\t52605\t192.168.1.4\t53\tudp\tdns\t-\t-\t-\tSHR\tT\tT\t0\t^d\t0\t0\t1\t62\t-",
        "1692161650.606347\tCmgad81OGllGKcbcsg\tfe80::5d91:ea18:e2b5:9755\t56581\tff02::1:3\t5355\tudp\tdns\t0.435175\t56\t0\tS0\tT\tF\t0\tD\t2\t152\t0\t0\t-",
        "1692161901.757679\tC93HYr25Z16GTmQOt\t192.168.1.41\t65187\t192.168.1.4\t53\tudp\t54906\t-\t_ldap._tcp.default-first-site-name._sites.dc._msdcs.pandalab.com\t-\t-\t-\t-\t0\tNOERROR\tT\tF\tF\tT\t0\tdc01.pandalab.com\t600.000000\tF",
        "1692161622.036086\tCnsu5m395zFmE9ikp4\t192.168.1.41\t52605\t192.168.1.4\t53\tudp\t58519\t-\t-\t-\t-\t-\t-\t2\tSERVFAIL\tF\tF\tF\tF\t0\t-\t-\tT",
        "1692161644.001072\tCX6po61SVaO8po0uh8\t192.168.1.41\t55213\t10.0.5.13\t80\t1\t-\t-\t-\t-\t1.0\t-\t-\t0\t248\t200\tOK\t-\t-\t(empty)\t-\t-\t-\t-\t-\t-\tFrbzTv4YFggdtCloDi\t-\ttext/html",
        "1692161674.667337\tC6lHTD1NEfitEA9vDc\t192.168.1.41\t51129\t10.0.5.13\t8080\tTLSv12\tTLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\tx25519\t-\tF\t-\t-\tF\tsxkn\tb765518127e58d334a3596a6572a09fa727d59c86214c4eb8f499a141ac15579\t(empty)\t-",
    };
    static final String[] JSON = {
        "{\"_path\":\"conn\",\"_write_ts\":\"2024-01-15T10:00:05.000000Z\",\"ts\":1705312800.123456,\"uid\":\"CHhAvVGS1DHFjwGM9\",\"id.orig_h\":\"10.0.0.5\",\"id.orig_p\":49152,\"id.resp_h\":\"93.184.216.34\",\"id.resp_p\":443,\"proto\":\"tcp\",\"service\":\"ssl\",\"duration\":1.502342,\"orig_bytes\":517,\"resp_bytes\":4420,\"conn_state\":\"SF\",\"local_orig\":true,\"local_resp\":false,\"missed_bytes\":0,\"history\":\"ShADadFf\",\"orig_pkts\":9,\"orig_ip_bytes\":1001,\"resp_pkts\":8,\"resp_ip_bytes\":4752,\"community_id\":\"1:wCb3OG7yAFWelaUydu0D+125CLM=\"}",
        "{\"ts\":\"2024-01-15T10:00:06.000000Z\",\"uid\":\"C2xTqA3Hxy8wK4iZ1\",\"id.orig_h\":\"10.0.0.5\",\"id.orig_p\":5353,\"id.resp_h\":\"224.0.0.251\",\"id.resp_p\":5353,\"proto\":\"udp\",\"conn_state\":\"S0\",\"local_orig\":true,\"local_resp\":false,\"missed_bytes\":0,\"history\":\"D\",\"orig_pkts\":1,\"orig_ip_bytes\":100,\"resp_pkts\":0,\"resp_ip_bytes\":0,\"tunnel_parents\":[]}",
        "{\"_path\":\"dns\",\"ts\":1705312801.5,\"uid\":\"CdnsA1Gk2Jw3Lm4N5\",\"id.orig_h\":\"10.0.0.5\",\"id.orig_p\":51234,\"id.resp_h\":\"10.0.0.53\",\"id.resp_p\":53,\"proto\":\"udp\",\"trans_id\":4321,\"rtt\":0.012,\"query\":\"www.example.com\",\"qclass\":1,\"qclass_name\":\"C_INTERNET\",\"qtype\":1,\"qtype_name\":\"A\",\"rcode\":0,\"rcode_name\":\"NOERROR\",\"AA\":false,\"TC\":false,\"RD\":true,\"RA\":true,\"Z\":0,\"answers\":[\"example.com\",\"93.184.216.34\"],\"TTLs\":[3600.0,60.0],\"rejected\":false}",
        "{\"_path\":\"http\",\"ts\":1705312802.25,\"uid\":\"ChttpB2Rt5Yu6Io7P8\",\"id.orig_h\":\"10.0.0.5\",\"id.orig_p\":51000,\"id.resp_h\":\"203.0.113.80\",\"id.resp_p\":80,\"trans_depth\":1,\"method\":\"POST\",\"host\":\"upload.example.org\",\"uri\":\"/submit.php?id=7\",\"referrer\":\"http://upload.example.org/\",\"version\":\"1.1\",\"user_agent\":\"curl/8.5.0\",\"request_body_len\":1024,\"response_body_len\":18,\"status_code\":200,\"status_msg\":\"OK\",\"tags\":[],\"username\":\"bob\",\"orig_fuids\":[\"FqA1b2C3d4E5f6G7h8\"],\"orig_mime_types\":[\"application/octet-stream\"],\"resp_fuids\":[\"Fr9z8y7X6w5V4u3T2\"],\"resp_mime_types\":[\"text/plain\"]}",
        "{\"_path\":\"ssl\",\"ts\":1705312803.0,\"uid\":\"CsslC3Qw4Er5Ty6Ui\",\"id.orig_h\":\"10.0.0.5\",\"id.orig_p\":49152,\"id.resp_h\":\"93.184.216.34\",\"id.resp_p\":443,\"version\":\"TLSv13\",\"cipher\":\"TLS_AES_128_GCM_SHA256\",\"curve\":\"x25519\",\"server_name\":\"www.example.org\",\"resumed\":false,\"established\":true,\"ssl_history\":\"CsiI\",\"ja3\":\"773906b0efdefa24a7f2b8eb6985bf37\",\"ja3s\":\"eb1d94daa7e0344597e756a1fb6e7054\"}",
        "{\"_path\":\"files\",\"ts\":1705312802.3,\"fuid\":\"Fr9z8y7X6w5V4u3T2\",\"uid\":\"ChttpB2Rt5Yu6Io7P8\",\"id.orig_h\":\"10.0.0.5\",\"id.orig_p\":51000,\"id.resp_h\":\"203.0.113.80\",\"id.resp_p\":80,\"source\":\"HTTP\",\"depth\":0,\"analyzers\":[\"MD5\",\"SHA1\",\"SHA256\"],\"mime_type\":\"application/x-dosexec\",\"filename\":\"update.exe\",\"duration\":0.01,\"local_orig\":false,\"is_orig\":false,\"seen_bytes\":73802,\"total_bytes\":73802,\"missing_bytes\":0,\"overflow_bytes\":0,\"timedout\":false,\"md5\":\"d41d8cd98f00b204e9800998ecf8427e\",\"sha1\":\"da39a3ee5e6b4b0d3255bfef95601890afd80709\",\"sha256\":\"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\"}",
    };

    private RawLog[] tsv;
    private RawLog[] json;
    private LogParser parser;
    private final JsonFactory factory = new JsonFactory();

    @Setup
    public void setUp() {
        parser = new ZeekParser();
        for (String h : TSV_HEADERS) {
            parser.parse(RawLog.of(h));
        }
        tsv = raw(TSV);
        json = raw(JSON);
    }

    private RawLog[] raw(String[] lines) {
        RawLog[] out = new RawLog[lines.length];
        for (int i = 0; i < lines.length; i++) {
            out[i] = RawLog.of(lines[i]);
            if (!parser.parse(out[i]).isParsed()) {
                throw new IllegalStateException("not parsed: " + lines[i]);
            }
        }
        return out;
    }

    @Benchmark
    @OperationsPerInvocation(6)
    public int parseTsv() {
        return ParserMix.parseAll(parser, tsv);
    }

    @Benchmark
    @OperationsPerInvocation(6)
    public int splitTsv() {
        int n = 0;
        for (RawLog line : tsv) {
            n += line.message().split("\t").length;
        }
        return n;
    }

    @Benchmark
    @OperationsPerInvocation(6)
    public int parseJson() {
        return ParserMix.parseAll(parser, json);
    }

    @Benchmark
    @OperationsPerInvocation(6)
    public int jacksonTokens() throws IOException {
        return ParserMix.jsonTokens(factory, json);
    }
}
