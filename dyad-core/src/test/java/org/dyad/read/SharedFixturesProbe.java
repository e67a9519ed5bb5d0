package org.dyad.read;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

public class SharedFixturesProbe {
    public static void main(String[] args) throws Exception {
        for (String dir : args) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(Path.of(dir))) { files = s.filter(Files::isRegularFile).sorted().toList(); }
            for (Path f : files) {
                CollectingSink sink = new CollectingSink();
                new SourceReader(ReadOptions.defaults()).read(List.of(f.toString()), sink);
                System.out.println("== " + f.getFileName() + ": " + sink.documents.size() + " docs");
                sink.documents.stream().limit(3).forEach(d -> System.out.println("   doc " + d.origin() + " " + d.format() + " url=" + d.url() + " pub=" + d.published() + " title=" + d.title() + " len=" + d.content().length()));
                java.util.Map<String, Long> reasons = new java.util.TreeMap<>();
                sink.skipped.values().forEach(r -> reasons.merge(r, 1L, Long::sum));
                System.out.println("   skipped " + reasons);
                if (!sink.failed.isEmpty()) System.out.println("   FAILED " + sink.failed);
            }
        }
    }
}
