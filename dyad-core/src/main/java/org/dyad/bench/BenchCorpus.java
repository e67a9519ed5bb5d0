package org.dyad.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.clean.ArticleCleaner;
import org.dyad.clean.SkipException;
import org.dyad.model.CleanArticle;
import org.dyad.model.RawDocument;
import org.dyad.read.ReadOptions;
import org.dyad.read.ReadSink;
import org.dyad.read.SourceReader;

/**
 * The documents every configuration runs on, read and cleaned once, before any clock starts.
 * Files are taken in the reader's order (folders recursively, sorted, hidden skipped) until
 * {@code limit} clean articles are in hand; {@link #files()} are the files they came from, for
 * the configuration that times reading too.
 *
 * @param skipped documents found but not usable (empty, wrong language...), not benchmarked
 */
public record BenchCorpus(List<String> files, List<CleanArticle> articles, long skipped) {

    public BenchCorpus {
        files = List.copyOf(files);
        articles = List.copyOf(articles);
    }

    /** The first {@code n} articles (all when fewer), as a list the same order. */
    public List<CleanArticle> first(int n) {
        return articles.subList(0, Math.min(n, articles.size()));
    }

    public static BenchCorpus load(List<String> inputs, int limit, ArticleCleaner cleaner) {
        SourceReader reader = new SourceReader(ReadOptions.defaults());
        List<String> used = new ArrayList<>();
        List<CleanArticle> articles = new ArrayList<>();
        long[] skipped = {0};
        for (Path file : files(inputs)) {
            if (articles.size() >= limit) {
                break;
            }
            int before = articles.size();
            reader.read(List.of(file.toString()), new ReadSink() {
                @Override
                public void document(RawDocument document) {
                    try {
                        articles.add(cleaner.clean(document));
                    } catch (SkipException e) {
                        skipped[0]++;
                    }
                }

                @Override
                public void skipped(String origin, String reason) {
                    skipped[0]++;
                }

                @Override
                public void failed(String input, String reason) {
                    skipped[0]++;
                }
            });
            if (articles.size() > before) {
                used.add(file.toString());
            }
        }
        return new BenchCorpus(used, articles.subList(0, Math.min(limit, articles.size())), skipped[0]);
    }

    /** Input files in the order {@link SourceReader} reads them; stdin cannot be read twice, so no "-". */
    static List<Path> files(List<String> inputs) {
        List<Path> out = new ArrayList<>();
        for (String input : inputs) {
            if (SourceReader.STDIN.equals(input)) {
                throw new IllegalArgumentException("bench reads its inputs more than once: give files or folders, not '-'");
            }
            Path p = Path.of(input);
            if (!Files.isDirectory(p)) {
                out.add(p);
                continue;
            }
            try (Stream<Path> walk = Files.walk(p)) {
                walk.filter(f -> Files.isRegularFile(f) && !hidden(p, f)).sorted().forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + p, e);
            }
        }
        return out;
    }

    private static boolean hidden(Path root, Path path) {
        for (Path part : root.relativize(path)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
