package io.usiem.rules.sigma.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Set;

import io.usiem.parser.zeek.internal.ZeekParser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Zeek JSON log lines of known attacks through the real Zeek parser and SigmaHQ's zeek rules with the shipped
 * pipelines: each rule names Zeek's own columns (operation, name, path, cipher, certificate.serial, user_agent...),
 * which the parser keeps as {@code zeek.<log>.<column>} or turns into ECS; the rule written for the attack must fire.
 */
class ZeekDetectionTest {
    static RuleSet rules;
    static ZeekParser parser;

    @BeforeAll
    static void load() throws IOException {
        rules = Detections.sigmaHq("rules/network/zeek");
        parser = new ZeekParser();
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = ';', value = {
        "{\"_path\":\"dce_rpc\",\"ts\":1705312801.5,\"uid\":\"C1\",\"id.orig_h\":\"10.0.0.66\",\"id.orig_p\":49700,\"id.resp_h\":\"10.0.0.10\",\"id.resp_p\":445,"
            + "\"rtt\":0.0004,\"named_pipe\":\"\\\\pipe\\\\lsarpc\",\"endpoint\":\"efsrpc\",\"operation\":\"EfsRpcOpenFileRaw\"}"
            + "; 4096842a-8f9f-4d36-92b4-d0b2a62f9b2a; PetitPotam EFS RPC call (dce_rpc operation)",
        "{\"_path\":\"smb_files\",\"ts\":1705312802.1,\"uid\":\"C2\",\"id.orig_h\":\"10.0.0.66\",\"id.orig_p\":49701,\"id.resp_h\":\"10.0.0.20\",\"id.resp_p\":445,"
            + "\"action\":\"SMB::FILE_OPEN\",\"path\":\"\\\\\\\\WS20\\\\IPC$\",\"name\":\"RemCom_communicaton-stdin\",\"size\":0}"
            + "; f1b3a22a-45e6-4004-afb5-4291f9c21166; PsExec-like named pipes (smb_files name and path)",
        "{\"_path\":\"kerberos\",\"ts\":1705312803.2,\"uid\":\"C3\",\"id.orig_h\":\"10.0.0.66\",\"id.orig_p\":49702,\"id.resp_h\":\"10.0.0.10\",\"id.resp_p\":88,"
            + "\"request_type\":\"TGS\",\"client\":\"bob/CORP.EXAMPLE\",\"service\":\"MSSQLSvc/db01.corp.example:1433\",\"success\":true,\"cipher\":\"rc4-hmac\"}"
            + "; 503fe26e-b5f2-4944-a126-eab405cc06e5; Kerberoasting RC4 service ticket (kerberos cipher)",
        "{\"_path\":\"x509\",\"ts\":1705312804.3,\"id\":\"F1\",\"certificate.version\":3,\"certificate.serial\":\"8BB00EE\","
            + "\"certificate.subject\":\"CN=Major Cobalt Strike,OU=AdvancedPenTesting,O=cobaltstrike\",\"certificate.issuer\":\"CN=Major Cobalt Strike,OU=AdvancedPenTesting,O=cobaltstrike\"}"
            + "; 7100f7e3-92ce-4584-b7b7-01b40d3d4118; Cobalt Strike default certificate (x509 certificate.serial)",
        "{\"_path\":\"http\",\"ts\":1705312805.4,\"uid\":\"C5\",\"id.orig_h\":\"10.0.0.66\",\"id.orig_p\":49705,\"id.resp_h\":\"198.51.100.80\",\"id.resp_p\":80,"
            + "\"trans_depth\":1,\"method\":\"PUT\",\"host\":\"198.51.100.80\",\"uri\":\"/share/payload.exe\",\"version\":\"1.1\","
            + "\"user_agent\":\"Microsoft-WebDAV-MiniRedir/10.0.19045\",\"request_body_len\":73802,\"response_body_len\":0,\"status_code\":201}"
            + "; 705072a5-bb6f-4ced-95b6-ecfa6602090b; WebDAV PUT to a public address (http method, user_agent)",
        "{\"_path\":\"dns\",\"ts\":1705312806.5,\"uid\":\"C6\",\"id.orig_h\":\"10.0.0.66\",\"id.orig_p\":53001,\"id.resp_h\":\"198.51.100.53\",\"id.resp_p\":53,"
            + "\"proto\":\"udp\",\"trans_id\":777,\"query\":\"aGVsbG8gd29ybGQ.t.example.net\",\"qclass\":1,\"qclass_name\":\"C_INTERNET\",\"qtype\":16,\"qtype_name\":\"TXT\","
            + "\"rcode\":0,\"rcode_name\":\"NOERROR\",\"AA\":false,\"TC\":false,\"RD\":true,\"RA\":true,\"Z\":1,\"answers\":[\"TXT 12 aGk\"],\"TTLs\":[60.0],\"rejected\":false}"
            + "; ede05abc-2c9e-4624-9944-9ff17fdc0bf5; DNS with the reserved Z bit set (dns Z)",
    })
    void attackFiresItsRule(String line, String ruleId, String what) {
        Detections.assertFires(rules, line, ruleId, what, parser);
    }

    /** Everyday records: a plain DNS answer (Z bit clear) and a plain GET must not look like the attacks above. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "{\"_path\":\"dns\",\"ts\":1705312801.5,\"uid\":\"C7\",\"id.orig_h\":\"10.0.0.5\",\"id.orig_p\":51234,\"id.resp_h\":\"10.0.0.53\",\"id.resp_p\":53,"
            + "\"proto\":\"udp\",\"trans_id\":4321,\"rtt\":0.012,\"query\":\"www.example.com\",\"qclass\":1,\"qclass_name\":\"C_INTERNET\",\"qtype\":1,"
            + "\"qtype_name\":\"A\",\"rcode\":0,\"rcode_name\":\"NOERROR\",\"AA\":false,\"TC\":false,\"RD\":true,\"RA\":true,\"Z\":0,"
            + "\"answers\":[\"93.184.216.34\"],\"TTLs\":[60.0],\"rejected\":false}",
        "{\"_path\":\"http\",\"ts\":1705312805.4,\"uid\":\"C8\",\"id.orig_h\":\"10.0.0.66\",\"id.orig_p\":49706,\"id.resp_h\":\"93.184.216.34\",\"id.resp_p\":80,"
            + "\"trans_depth\":1,\"method\":\"GET\",\"host\":\"www.example.com\",\"uri\":\"/index.html\",\"version\":\"1.1\","
            + "\"user_agent\":\"Mozilla/5.0 (X11 Linux x86_64) Firefox/120.0\",\"request_body_len\":0,\"response_body_len\":1256,\"status_code\":200,"
            + "\"resp_mime_types\":[\"text/html\"]}",
    })
    void everydayRecordsFireNothing(String line) {
        Set<String> fired = Detections.fired(rules, Detections.parse(line, parser));
        assertTrue(fired.isEmpty(), "fired " + fired);
    }
}
