package io.usiem.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * CPU time per line over the measurement iterations: of the benchmark thread, and of the whole process (which
 * adds the store's commit and merge threads, GC and JIT). On this shared, loaded machine wall-clock throughput
 * swings with the neighbours; CPU time consumed per line does much less, and it leaves out the time a batch
 * only waits for its fsync. Printed at the end of the trial.
 */
@State(Scope.Thread)
public class CpuPerLine {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long lines;
    private long threadStart;
    private long processStart;
    private long linesStart;
    private long threadTotal;
    private long processTotal;
    private long linesTotal;

    @Setup(Level.Iteration)
    public void start() {
        threadStart = THREADS.getCurrentThreadCpuTime();
        processStart = OS.getProcessCpuTime();
        linesStart = lines;
    }

    @TearDown(Level.Iteration)
    public void stop(IterationParams p) {
        if (p.getType() == IterationType.MEASUREMENT) {
            threadTotal += THREADS.getCurrentThreadCpuTime() - threadStart;
            processTotal += OS.getProcessCpuTime() - processStart;
            linesTotal += lines - linesStart;
        }
    }

    @TearDown(Level.Trial)
    public void print() {
        if (linesTotal > 0) {
            System.out.printf("%n# cpu per line: benchmark thread %.0f ns, process %.0f ns (%d lines measured)%n",
                    (double) threadTotal / linesTotal, (double) processTotal / linesTotal, linesTotal);
        }
    }
}
