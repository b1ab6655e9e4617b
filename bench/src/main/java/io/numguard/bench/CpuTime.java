package io.numguard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU time of a process (user + system, in clock ticks) from /proc, to tell how much of the machine it used. */
final class CpuTime {
    static final long TICKS_PER_SECOND = 100;

    private CpuTime() {
    }

    static long ofProcess(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** A process and its living children (PostgreSQL: the postmaster and its backends). */
    static long ofTree(long pid) {
        long total = ofProcess(pid);
        try (var dirs = Files.list(Path.of("/proc"))) {
            for (Path d : (Iterable<Path>) dirs::iterator) {
                String name = d.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    String stat = Files.readString(d.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    if (Long.parseLong(f[1]) == pid) {
                        total += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    }
                } catch (IOException | RuntimeException e) {
                    // gone meanwhile
                }
            }
        } catch (IOException e) {
            return total;
        }
        return total;
    }

    /** The postmaster of the PostgreSQL whose data directory is under runDir, or -1. */
    static long postmasterOf(Path runDir) {
        try (var dirs = Files.list(Path.of("/proc"))) {
            for (Path d : (Iterable<Path>) dirs::iterator) {
                try {
                    String cmd = Files.readString(d.resolve("cmdline")).replace('\0', ' ');
                    if (cmd.contains("postgres") && cmd.contains(runDir.resolve("pgdata").toString())) {
                        return Long.parseLong(d.getFileName().toString());
                    }
                } catch (IOException | RuntimeException e) {
                    // not ours, or gone
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    static long ofMachine() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                if (i != 4 && i != 5) { // idle, iowait
                    busy += Long.parseLong(f[i]);
                }
            }
            return busy;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
