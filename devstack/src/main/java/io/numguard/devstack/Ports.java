package io.numguard.devstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Everything devstack serves listens on 127.0.0.1 only: one host name, so token issuers match everywhere. */
public final class Ports {
    public static final String HOST = "127.0.0.1";

    private Ports() {
    }

    public static boolean isFree(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static void requireFree(String what, int port, String setting) {
        if (!isFree(port)) {
            throw new PortTakenException(what, port, setting);
        }
    }

    /**
     * Distinct ports the kernel just handed out, all held open until every one is chosen: asking one at a time can
     * return the same port twice (once closed, a port may be handed out again at once).
     */
    public static int[] freePorts(int count) {
        java.util.List<ServerSocket> held = new java.util.ArrayList<>();
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(HOST));
                held.add(s);
                ports[i] = s.getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new IllegalStateException("no free ports on " + HOST, e);
        } finally {
            for (ServerSocket s : held) {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // closing a listening socket we opened
                }
            }
        }
    }

    /** A port the kernel just handed out; for tests, where fixed ports would collide with a local run. */
    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port on " + HOST, e);
        }
    }
}
