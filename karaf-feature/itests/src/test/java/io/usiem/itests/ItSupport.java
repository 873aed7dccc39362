package io.usiem.itests;

import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.ops4j.pax.exam.CoreOptions;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/** What the in-container tests share: the distribution's Pax Exam options, the shell, waiting for a service. */
final class ItSupport {
    private ItSupport() {
    }

    /**
     * The built distribution with its own boot features as the first boot stage, the given SSH and JMX ports
     * (apart from a uSIEM the developer may be running and from the other test classes), and the extra options.
     * {@code -Dusiem.it.keep=true} keeps target/exam/&lt;id&gt; with an INFO log.
     */
    static Option[] distribution(int sshPort, int rmiRegistryPort, int rmiServerPort, Option... extra) {
        boolean keep = Boolean.parseBoolean(System.getProperty("usiem.it.keep", "false"));
        List<Option> options = new ArrayList<>(List.of(
                keep ? keepRuntimeFolder() : CoreOptions.systemProperty("usiem.it.keep").value("false"),
                karafDistributionConfiguration()
                        .frameworkUrl(maven().groupId("io.usiem").artifactId("usiem-distribution").type("tar.gz")
                                .versionAsInProject())
                        .name("uSIEM").unpackDirectory(new File("target/exam")).useDeployFolder(false),
                configureConsole().ignoreLocalConsole(),
                logLevel(keep ? LogLevel.INFO : LogLevel.WARN),
                // The shell reports a command class it cannot inspect at INFO: kept so the distribution test sees it.
                editConfigurationFilePut("etc/org.ops4j.pax.logging.cfg", "log4j2.logger.commandscan.name",
                        "org.apache.karaf.shell.impl.action.osgi.CommandExtension"),
                editConfigurationFilePut("etc/org.ops4j.pax.logging.cfg", "log4j2.logger.commandscan.level", "INFO"),
                editConfigurationFilePut("etc/org.apache.karaf.features.cfg", "featuresBootAsynchronous", "false"),
                editConfigurationFilePut("etc/org.apache.karaf.features.cfg", "featuresBoot",
                        DistributionBootFeatures.asFirstStage()),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(sshPort)),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort",
                        String.valueOf(rmiRegistryPort)),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort",
                        String.valueOf(rmiServerPort))));
        options.addAll(Arrays.asList(extra));
        return options.toArray(new Option[0]);
    }

    /**
     * Runs one shell command as a user would type it; returns what it printed. Karaf registers a bundle's commands
     * asynchronously once their services are there, so on a loaded machine a command can be missing for a while
     * after boot or a restart: a command not found is retried for up to five minutes.
     *
     * @throws AssertionError naming the command when it failed (Pax Exam reports a cause's root exception in place of
     *     the test's, so the message carries the command and the shell's error)
     */
    static String shell(SessionFactory sessions, String command) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (true) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
            Session session = sessions.create(System.in, out, out);
            try {
                session.execute(command);
                out.flush();
                return bytes.toString(StandardCharsets.UTF_8);
            } catch (Exception e) {
                // By name: the probe bundle does not import Gogo's runtime package.
                if (!"CommandNotFoundException".equals(e.getClass().getSimpleName()) || System.nanoTime() > deadline) {
                    out.flush();
                    throw new AssertionError("'" + command + "' failed: " + e + "; printed: "
                            + bytes.toString(StandardCharsets.UTF_8));
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
            } finally {
                session.close();
            }
        }
    }

    /** Waits (generously: the machine may be loaded) for a service to be registered. */
    static <T> T await(BundleContext context, Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(TimeUnit.MINUTES.toMillis(5));
            assertTrue(type.getSimpleName() + " is registered", service != null);
            return service;
        } finally {
            tracker.close();
        }
    }
}
