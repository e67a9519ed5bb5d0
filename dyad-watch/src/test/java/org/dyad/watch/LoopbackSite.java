package org.dyad.watch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * A web site on 127.0.0.1 for the watch tests: each path answers with a behaviour the test sets,
 * and every request is logged (method, path, the conditional and encoding headers it carried).
 */
final class LoopbackSite implements AutoCloseable {
    /** One logged request. */
    record Request(String path, String ifNoneMatch, String ifModifiedSince, String acceptEncoding, String userAgent) {
    }

    /** What a path does with a request. */
    interface Behaviour {
        void answer(HttpExchange ex) throws IOException;
    }

    private final HttpServer server;
    private final Map<String, Behaviour> paths = new ConcurrentHashMap<>();
    private final List<Request> log = new ArrayList<>();

    LoopbackSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", this::handle);
        server.start();
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    LoopbackSite on(String path, Behaviour b) {
        paths.put(path, b);
        return this;
    }

    /** 200 with the body and type. */
    LoopbackSite page(String path, String type, String body) {
        return on(path, ex -> send(ex, 200, type, body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    synchronized List<Request> requests() {
        return List.copyOf(log);
    }

    synchronized List<String> paths() {
        return log.stream().map(Request::path).toList();
    }

    synchronized long count(String path) {
        return log.stream().filter(r -> r.path().equals(path)).count();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath()
                + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
        synchronized (this) {
            log.add(new Request(path, ex.getRequestHeaders().getFirst("If-None-Match"),
                    ex.getRequestHeaders().getFirst("If-Modified-Since"), ex.getRequestHeaders().getFirst("Accept-Encoding"),
                    ex.getRequestHeaders().getFirst("User-Agent")));
        }
        try (ex) {
            Behaviour b = paths.get(path);
            if (b == null) {
                send(ex, 404, "text/plain", "not here".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } else {
                b.answer(ex);
            }
        } catch (IOException e) {
            // the client went away (a timeout test): nothing to answer
        }
    }

    static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        if (type != null) {
            ex.getResponseHeaders().set("Content-Type", type);
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
