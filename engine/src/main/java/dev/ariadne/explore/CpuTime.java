package dev.ariadne.explore;

import java.lang.management.ManagementFactory;

/** The CPU time of this JVM, all threads together, to say how busy a phase kept the cores. */
final class CpuTime {
    private CpuTime() {
    }

    /** Nanoseconds of CPU used by the process so far, or 0 where the platform does not say. */
    static long process() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }
}
