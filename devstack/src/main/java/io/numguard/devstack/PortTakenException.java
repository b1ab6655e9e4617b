package io.numguard.devstack;

/** A server could not start because its port is in use; the message names the setting that moves it. */
public class PortTakenException extends IllegalStateException {
    public PortTakenException(String what, int port, String setting) {
        super(what + " cannot start: port " + port + " on 127.0.0.1 is already taken by another process. "
                + "Stop that process (e.g. `ss -ltnp 'sport = :" + port + "'` shows it) or choose another port with "
                + setting + "=<port>.");
    }
}
