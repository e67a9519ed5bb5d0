package org.dyad.watch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the watcher has seen, kept as an append-only JSON Lines log next to the store
 * ({@code DIR/watch/state.jsonl}): article keys done with, page-body hashes, and each source's
 * ETag/Last-Modified. Each record is one write of one line, forced to disk; on open a torn last line
 * (a kill -9 mid-write) is cut off. A record is written only after the store has committed what it
 * stands for, so a crash at any moment leaves at worst work that is redone, and the store's
 * content-hash ids make the redo add nothing.
 */
public final class WatchState implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final FileChannel out;
    private final Set<String> seen = new HashSet<>();
    private final Set<String> bodies = new HashSet<>();
    private final Map<String, Validators> validators = new HashMap<>();

    private WatchState(Path file) throws IOException {
        this.file = file;
        Files.createDirectories(file.getParent());
        out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
        LineLog.cutTornTail(out);
        load();
        out.position(out.size());
    }

    /** Opens (creating) the state of the store in {@code storeDir}. */
    public static WatchState open(Path storeDir) {
        try {
            return new WatchState(storeDir.resolve("watch").resolve("state.jsonl"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the watch state under " + storeDir, e);
        }
    }

    public Path file() {
        return file;
    }

    public synchronized boolean seen(String key) {
        return seen.contains(key);
    }

    public synchronized boolean bodySeen(String hash) {
        return bodies.contains(hash);
    }

    public synchronized Validators validators(String source) {
        return validators.getOrDefault(source, Validators.NONE);
    }

    /** Records an article key as done, with the hash of the page body it had (or null). */
    public synchronized void markSeen(String key, String bodyHash) {
        ObjectNode r = JSON.createObjectNode().put("seen", key);
        if (bodyHash != null) {
            r.put("body", bodyHash);
        }
        append(r);
        seen.add(key);
        if (bodyHash != null) {
            bodies.add(bodyHash);
        }
    }

    public synchronized void saveValidators(String source, Validators v) {
        if (v.isEmpty() || v.equals(validators.get(source))) {
            return;
        }
        append(JSON.createObjectNode().put("source", source).put("etag", v.etag()).put("last_modified", v.lastModified()));
        validators.put(source, v);
    }

    public synchronized int size() {
        return seen.size();
    }

    private void append(ObjectNode record) {
        try {
            LineLog.append(out, JSON.writeValueAsString(record));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the watch state " + file, e);
        }
    }

    private void load() throws IOException {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode r;
            try {
                r = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                continue; // cannot happen after cutTornTail, but a hand-edited line must not stop the watch
            }
            if (r.hasNonNull("seen")) {
                seen.add(r.get("seen").asText());
            }
            if (r.hasNonNull("body")) {
                bodies.add(r.get("body").asText());
            }
            if (r.hasNonNull("source")) {
                validators.put(r.get("source").asText(), new Validators(text(r, "etag"), text(r, "last_modified")));
            }
        }
    }

    private static String text(JsonNode r, String field) {
        return r.hasNonNull(field) ? r.get(field).asText() : null;
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
