package io.usiem.rules.sigma.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.usiem.api.event.Event;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real attack data: the OTRF Security-Datasets recordings (NXLog-flattened, turned into events by the
 * test-only {@link OtrfEvents}) run through all SigmaHQ rules with the shipped pipelines; the rule that
 * detects the technique each dataset's metadata names must fire. Prints every rule that fired, so the
 * other matches (false positives or unrelated true positives) can be reviewed.
 */
class OtrfDetectionTest {
    static final Path DATA = Path.of("../../../shared/corpus/windows/json");
    /** The site pipeline a deployment would add for the placeholder rules: the DC's machine account. */
    static final String SITE_PIPELINE = "name: site\npriority: 50\nvars:\n  DC-MACHINE-NAME: ['MORDORDC$']\n"
            + "transformations:\n  - type: value_placeholders\n    include: [DC-MACHINE-NAME]\n";
    static RuleSet rules;

    @BeforeAll
    static void load() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(DATA) && Files.isDirectory(SigmaHqCorpusTest.SIGMA.resolve("rules")),
                "OTRF or SigmaHQ corpus absent");
        List<ProcessingPipeline> pipelines = new ArrayList<>(BuiltinPipelines.load(BuiltinPipelines.ALL));
        pipelines.add(ProcessingPipeline.parse(SITE_PIPELINE, "site.yml"));
        rules = new RuleLoader(pipelines).load(TestRules.readTree(SigmaHqCorpusTest.SIGMA, "rules", "rules-emerging-threats",
                "rules-threat-hunting", "rules-placeholder"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "psh_lsass_memory_dump_comsvcs; a49fa4d5-11db-418c-8473-1e014a8dd462 646ea171-dded-4578-8a4d-65e9822892e3; T1003.001 lsass dump via comsvcs.dll",
        "empire_launcher_sct_regsvr32; 6f0947a4-1c5e-4e0d-8ac7-53159b8f23ca 867356ee-9352-41c9-a8f2-1be690d78216; T1218.010 regsvr32 sct",
        "covenant_dcsync_dcerpc_drsuapi_DsGetNCChanges; 17d619c1-e020-4347-957e-1d1207455c93; T1003.006 DCSync",
        "mimikatz_CVE-2020-1472_Unauthenticated_NetrServerAuthenticate2; dd7876d8-0f09-11eb-adc1-0242ac120002 06d71506-7beb-4f22-8888-e2e5e2ca7fd8; T1210 Zerologon",
        "cmd_psexec_lsa_secrets_dump; fd877b94-9bb5-4191-bb25-d79cbd93c167 42c575ea-e41e-41f1-b248-8093c3e82a28; T1003.004 LSA secrets via PsExec",
        "empire_persistence_registry_modification_run_keys_elevated_user; 8d85cf08-bf97-4260-ba49-986a2a65129c; T1547.001 run keys",
        "cmd_bitsadmin_download_psh_script; d059842b-6b9d-4ed1-b5c3-5b89143c6ede; T1197 bitsadmin download",
        "psh_cmstp_execution_bypassuac; e66779cc-383e-4224-a3a4-267eeb585c40; T1218.003 CMSTP UAC bypass",
        "schtask_create; 92626ddd-662c-49e3-ac59-f6535f12d189; T1053.005 scheduled task",
        "cmd_mshta_vbscript_execute_psh; cc7abbd0-762b-41e3-8a26-57ad50d2eea3; T1218.005 mshta",
        "cmd_userinitmprlogonscript_batch; 9ace0707-b560-49b8-b6ca-5148b42f39fb; T1037.001 logon script",
    })
    void datasetDetectionFires(String dataset, String expectedIds, String technique) throws IOException {
        Map<String, Integer> fired = new TreeMap<>();
        int events = 0;
        try (Stream<Path> files = Files.list(DATA.resolve(dataset))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".json"))::iterator) {
                for (Event e : OtrfEvents.read(f)) {
                    events++;
                    rules.bucket(e.logSource()).evaluate(rules.view(e), false,
                            r -> fired.merge(r.id() + " [" + r.doc.level() + "] " + r.doc.title(), 1, Integer::sum));
                }
            }
        }
        Set<String> expected = Set.of(expectedIds.trim().split(" "));
        int expectedHits = 0;
        int otherHits = 0;
        int otherHighHits = 0;
        StringBuilder report = new StringBuilder();
        for (Map.Entry<String, Integer> e : fired.entrySet()) {
            String id = e.getKey().substring(0, e.getKey().indexOf(' '));
            boolean isExpected = expected.contains(id);
            if (isExpected) {
                expectedHits += e.getValue();
            } else {
                otherHits += e.getValue();
                if (e.getKey().contains("[high]") || e.getKey().contains("[critical]")) {
                    otherHighHits += e.getValue();
                }
            }
            report.append(isExpected ? "  * " : "    ").append(e.getValue()).append(" x ").append(e.getKey()).append('\n');
        }
        System.out.println("OTRF " + dataset + " (" + technique + "): " + events + " events, " + expectedHits + " expected detections, "
                + otherHits + " other matches (" + otherHighHits + " high/critical)\n" + report);
        for (String id : expected) {
            assertTrue(fired.keySet().stream().anyMatch(k -> k.startsWith(id + " ")), "rule " + id + " did not fire on " + dataset
                    + " (" + technique + "); fired: " + fired.keySet());
        }
        assertTrue(otherHits <= events / 10, "more than 10% of events raised other alerts: " + otherHits + " of " + events);
    }
}
