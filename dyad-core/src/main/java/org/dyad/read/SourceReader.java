package org.dyad.read;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Stage 1 entry point: reads files, folders (recursively, sorted, hidden files and a Spark job's
 * {@code _SUCCESS} and {@code _report.json} skipped), gzip
 * (by magic bytes, whatever the name) and {@code -} for stdin, choosing each input's
 * {@link FormatReader} by sniffing its first bytes. Nothing escapes {@link #read}: every document
 * found reaches the sink as document or skipped, and a broken input as failed.
 */
public final class SourceReader {
    public static final String STDIN = "-";
    /** Enough of a gzip stream kept re-readable to decompress the head and rewind. */
    private static final int GZIP_MARK_LIMIT = 4 * 1024 * 1024;

    private final ReadOptions options;
    private final FormatSniffer sniffer;
    private final InputStream stdin;

    public SourceReader(ReadOptions options) {
        this(options, System.in);
    }

    SourceReader(ReadOptions options, InputStream stdin) {
        this.options = options;
        this.sniffer = FormatSniffer.standard();
        this.stdin = stdin;
    }

    public void read(List<String> inputs, ReadSink sink) {
        for (String input : inputs) {
            if (STDIN.equals(input)) {
                readStream("stdin", stdin, sink);
            } else {
                readPath(Path.of(input), sink);
            }
        }
    }

    private void readPath(Path path, ReadSink sink) {
        if (Files.isDirectory(path)) {
            for (Path file : filesUnder(path, sink)) {
                readFile(file, sink);
            }
        } else {
            readFile(path, sink);
        }
    }

    private static List<Path> filesUnder(Path folder, ReadSink sink) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> !isHidden(folder, p) && !isJobMetadata(p) && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException | RuntimeException e) {
            sink.failed(folder.toString(), "cannot list folder: " + describe(e));
            return List.of();
        }
    }

    /** What a Spark (Hadoop) job writes beside its part files: not documents. */
    private static boolean isJobMetadata(Path p) {
        String name = p.getFileName().toString();
        return name.equals("_SUCCESS") || name.equals("_report.json");
    }

    /** Hidden means any path element below the folder given starts with a dot (.git, .DS_Store). */
    private static boolean isHidden(Path root, Path path) {
        for (Path part : root.relativize(path)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private void readFile(Path file, ReadSink sink) {
        String name = file.toString();
        if (!Files.exists(file)) {
            sink.failed(name, "no such file");
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            readStream(name, in, sink);
        } catch (NoSuchFileException e) {
            sink.failed(name, "no such file");
        } catch (IOException | RuntimeException e) {
            sink.failed(name, "cannot open: " + describe(e));
        }
    }

    private void readStream(String name, InputStream raw, ReadSink sink) {
        try {
            Optional<InputSource> source = open(name, new BufferedInputStream(raw, 64 * 1024), sink);
            if (source.isPresent()) {
                dispatch(source.get(), sink);
            }
        } catch (DocumentTooLargeException e) {
            sink.skipped(name, e.getMessage());
        } catch (EOFException e) {
            sink.failed(name, "truncated input: " + describe(e));
        } catch (ZipException e) {
            sink.failed(name, "corrupt gzip: " + describe(e));
        } catch (IOException | RuntimeException e) {
            sink.failed(name, describe(e));
        }
    }

    /** Decompresses gzip unless the content is a WARC (jwarc reads compressed WARC itself). */
    private Optional<InputSource> open(String name, BufferedInputStream in, ReadSink sink) throws IOException {
        byte[] head = peek(in, in, FormatSniffer.HEAD_BYTES);
        if (!FormatSniffer.startsWith(head, 0x1F, 0x8B)) {
            return emptyOrSource(name, in, head, false, sink);
        }
        byte[] inner;
        in.mark(GZIP_MARK_LIMIT);
        try {
            inner = readHead(new GZIPInputStream(in), FormatSniffer.HEAD_BYTES);
        } finally {
            in.reset();
        }
        if (new WarcFormatReader().accepts(inner, name)) {
            return emptyOrSource(name, in, inner, true, sink);
        }
        return emptyOrSource(name, new BufferedInputStream(new GZIPInputStream(in), 64 * 1024), inner, false, sink);
    }

    private Optional<InputSource> emptyOrSource(String name, InputStream stream, byte[] head, boolean compressed,
                                                ReadSink sink) {
        if (head.length == 0) {
            sink.skipped(name, "empty");
            return Optional.empty();
        }
        return Optional.of(new InputSource(name, stream, head, compressed, options));
    }

    private void dispatch(InputSource source, ReadSink sink) throws IOException {
        FormatReader reader = sniffer.readerFor(source.head(), source.name());
        if (!reader.acceptsBinaryPayloads()) {
            Optional<String> binary = FormatSniffer.binaryReason(source.head());
            if (binary.isPresent()) {
                sink.skipped(source.name(), binary.get());
                return;
            }
        }
        reader.read(source, sink);
    }

    private static byte[] peek(BufferedInputStream marked, InputStream in, int size) throws IOException {
        marked.mark(size + 1);
        try {
            return readHead(in, size);
        } finally {
            marked.reset();
        }
    }

    /** Up to {@code size} bytes; a gzip stream that ends early yields what it had. */
    private static byte[] readHead(InputStream in, int size) throws IOException {
        byte[] buffer = new byte[size];
        int filled = 0;
        try {
            int n;
            while (filled < size && (n = in.read(buffer, filled, size - filled)) != -1) {
                filled += n;
            }
        } catch (EOFException e) {
            if (filled == 0) {
                throw e;
            }
        }
        byte[] head = new byte[filled];
        System.arraycopy(buffer, 0, head, 0, filled);
        return head;
    }

    static String describe(Throwable e) {
        List<String> parts = new ArrayList<>();
        for (Throwable t = e; t != null && parts.size() < 2; t = t.getCause()) {
            String message = t.getMessage();
            String line = message == null || message.isBlank() ? t.getClass().getSimpleName()
                    : message.lines().findFirst().orElse(message);
            if (parts.isEmpty() || !parts.get(parts.size() - 1).contains(line)) {
                parts.add(line);
            }
        }
        return String.join(": ", parts);
    }
}
