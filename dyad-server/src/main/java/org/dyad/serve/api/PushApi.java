package org.dyad.serve.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import org.dyad.clean.SkipException;
import org.dyad.model.DocumentJson;
import org.dyad.model.RawDocument;

/**
 * {@code POST /api/documents}: push one document to be extracted, coded and stored. The body is
 * either a JSON object like a JSON Lines input line ({@code text} or {@code html}, plus optional
 * {@code id}, {@code url}, {@code title}, {@code published}, {@code publisher}, {@code language}) or raw
 * HTML / plain text with {@code url}, {@code title}, {@code published} as query parameters. Needs the
 * server's token ({@code Authorization: Bearer TOKEN} or {@code X-Dyad-Token}); answers 201 with the
 * coded document when it is new, 200 when the store already had it, 401 without the token, 413 over
 * the size limit, 422 when the text cannot be used (with the reason).
 */
public final class PushApi {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DocumentPush push;
    private final byte[] token;
    private final long maxBytes;

    private PushApi(DocumentPush push, String token, long maxBytes) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("pushing documents needs a token (--token or DYAD_TOKEN)");
        }
        this.push = push;
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.maxBytes = maxBytes;
    }

    /** A mount for {@link org.dyad.serve.ServerOptions#withMount}. */
    public static java.util.function.Consumer<JavalinConfig> mount(DocumentPush push, String token, long maxBytes) {
        PushApi api = new PushApi(push, token, maxBytes);
        return cfg -> cfg.routes.post("/api/documents", api::post);
    }

    private void post(Context ctx) throws IOException {
        if (!authorised(ctx)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "a valid token is needed (Authorization: Bearer TOKEN)");
        }
        byte[] body = body(ctx);
        RawDocument raw = document(ctx, body);
        DocumentPush.Result r;
        try {
            r = push.push(raw);
        } catch (SkipException e) {
            throw new ApiException(422, "not stored: " + e.getMessage());
        }
        ctx.status(r.added() ? 201 : 200).contentType("application/json").result(DocumentJson.write(r.document()));
    }

    private boolean authorised(Context ctx) {
        String given = ctx.header("X-Dyad-Token");
        String auth = ctx.header("Authorization");
        if (given == null && auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            given = auth.substring(7).strip();
        }
        return given != null && MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] body(Context ctx) throws IOException {
        long declared = ctx.contentLength();
        if (declared > maxBytes) {
            throw new ApiException(413, "the body is larger than " + maxBytes + " bytes");
        }
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new ApiException(413, "the body is larger than " + maxBytes + " bytes");
            }
            if (bytes.length == 0) {
                throw new ApiException(400, "empty body: send a JSON document, HTML or text");
            }
            return bytes;
        }
    }

    private static RawDocument document(Context ctx, byte[] body) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        String text = new String(body, StandardCharsets.UTF_8);
        if (type.startsWith("application/json")) {
            return fromJson(text);
        }
        RawDocument.Format format = type.startsWith("text/html") || text.stripLeading().startsWith("<")
                ? RawDocument.Format.HTML : RawDocument.Format.TEXT;
        String url = ctx.queryParam("url");
        return new RawDocument(url != null ? url : "push", format, text, null, url, ctx.queryParam("title"),
                ctx.queryParam("published"), ctx.queryParam("publisher"), null);
    }

    private static RawDocument fromJson(String text) {
        JsonNode n;
        try {
            n = JSON.readTree(text);
        } catch (IOException e) {
            throw new ApiException(400, "invalid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (n == null || !n.isObject()) {
            throw new ApiException(400, "the JSON body must be an object with a \"text\" or \"html\" field");
        }
        String html = field(n, "html");
        String plain = field(n, "text");
        if (html == null && plain == null) {
            throw new ApiException(400, "the JSON body has no \"text\" or \"html\" field");
        }
        String url = field(n, "url");
        return new RawDocument(url != null ? url : "push", html != null ? RawDocument.Format.HTML : RawDocument.Format.TEXT,
                html != null ? html : plain, field(n, "id"), url, field(n, "title"), field(n, "published"),
                field(n, "publisher"), field(n, "language"));
    }

    private static String field(JsonNode n, String name) {
        JsonNode v = n.get(name);
        return v == null || !v.isValueNode() || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }
}
