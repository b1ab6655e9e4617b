package io.numguard.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * The footprint benchmark's yardstick: the cheapest JVM that answers HTTP, the JDK's own server with nothing else
 * (same JVM flags as the services). {@code /q/health/ready} says UP, {@code /api/hello/{x}} echoes a small JSON.
 */
public final class TinyHttpServer {
    private TinyHttpServer() {
    }

    public static void main(String[] args) throws IOException {
        // otherwise Nagle's algorithm and the client's delayed ACK cost 40 ms per keep-alive request
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 64);
        server.createContext("/q/health/ready", ex -> reply(ex, "{\"status\":\"UP\",\"checks\":[]}"));
        server.createContext("/api/hello", ex -> reply(ex, "{\"path\":\"" + ex.getRequestURI().getPath()
                + "\",\"verdict\":\"ALLOW\"}"));
        server.start();
    }

    private static void reply(HttpExchange ex, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(200, b.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
        }
    }
}
