package org.dyad.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * What the operating system says about this process. Resident memory comes from
 * {@code /proc/self/status} (Linux; empty elsewhere): heap figures leave out metaspace, thread
 * stacks, code cache and native buffers, which RSS counts. CPU time is what the process got,
 * which on a shared machine says more than the wall clock about the work itself.
 */
public final class ProcessStats {
    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path LOADAVG = Path.of("/proc/loadavg");

    private ProcessStats() {
    }

    /** Peak resident set since the process started (VmHWM). */
    public static OptionalLong peakRss() {
        return statusKb("VmHWM:");
    }

    /** Resident set now (VmRSS). */
    public static OptionalLong rss() {
        return statusKb("VmRSS:");
    }

    /** CPU time used by all the process's threads (workers, collector, compiler) so far, or 0. */
    public static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    /** The 1, 5 and 15 minute load averages, e.g. "1.09 2.51 3.29", or "n/a". */
    public static String loadAverage() {
        try {
            String[] f = Files.readString(LOADAVG).trim().split("\\s+");
            return f.length >= 3 ? f[0] + " " + f[1] + " " + f[2] : "n/a";
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    private static OptionalLong statusKb(String key) {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith(key)) {
                    String kb = line.substring(key.length()).replace("kB", "").strip();
                    return OptionalLong.of(Long.parseLong(kb) * 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or /proc not mounted: the table says n/a
        }
        return OptionalLong.empty();
    }
}
