package io.usiem.api.kernel;

import java.util.List;

/**
 * A tracked parser and its counters.
 *
 * @param name parser name
 * @param vendor vendor
 * @param product product
 * @param bundle symbolic name of the providing bundle
 * @param version version of the providing bundle
 * @param sourceTypes source types handled
 * @param parsed lines parsed
 * @param notMine lines it declined
 * @param formatErrors lines it found malformed
 * @param discarded lines it discarded
 * @param failures exceptions it threw (a bug in the parser)
 * @param incomplete events it produced without every field their category requires (tagged {@code incomplete})
 * @param stuck calls that ran past the kernel's parser timeout
 * @param quarantined whether a call of it is stuck now, so the kernel does not choose it
 */
public record ParserStatus(String name, String vendor, String product, String bundle, String version,
        List<String> sourceTypes, long parsed, long notMine, long formatErrors, long discarded, long failures, long incomplete, long stuck,
        boolean quarantined) {
    /** Copies the list so the snapshot stays immutable. */
    public ParserStatus {
        sourceTypes = List.copyOf(sourceTypes);
    }
}
