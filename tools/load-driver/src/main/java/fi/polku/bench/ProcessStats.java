package fi.polku.bench;

import fi.polku.localstack.JavaProcess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** CPU time and resident memory of a local process, found by the main class on its command line (Linux /proc). */
final class ProcessStats {

    private ProcessStats() {
    }

    /** The newest process on this machine (not this one) whose arguments include {@code mainClass}. */
    static Optional<ProcessHandle> find(String mainClass) {
        long self = ProcessHandle.current().pid();
        return ProcessHandle.allProcesses()
                .filter(p -> p.pid() != self)
                .filter(p -> arguments(p.pid()).contains(mainClass))
                .max(Comparator.comparing(p -> p.info().startInstant().orElse(Instant.EPOCH)));
    }

    /** The process's arguments from /proc: the JDK's own view drops command lines as long as our class paths. */
    private static List<String> arguments(long pid) {
        try {
            return List.of(Files.readString(Path.of("/proc", Long.toString(pid), "cmdline")).split("\0"));
        } catch (IOException | RuntimeException gone) {
            return List.of();
        }
    }

    static Optional<Duration> cpu(ProcessHandle process) {
        return process.info().totalCpuDuration();
    }

    /** VmRSS in MiB, empty when /proc does not tell (not Linux, or the process is gone). */
    static Optional<Long> residentMiB(ProcessHandle process) {
        long mib = JavaProcess.residentMiB(process.pid());
        return mib < 0 ? Optional.empty() : Optional.of(mib);
    }
}
