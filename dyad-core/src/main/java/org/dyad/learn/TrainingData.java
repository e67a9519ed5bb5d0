package org.dyad.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.dyad.code.cameo.CameoTable;
import org.dyad.eval.CameoExamples;

/**
 * Assembles the training set from the development data ({@code ../shared/data}) and the
 * hand-coded references: Multi-CoPED's train split, the PLOVER gold records, the CAMEO codebook
 * examples not already among them, the CAMEO and PLOVER codebook definitions, and the drafted
 * BBC/GMB sentences not in the gold set's articles. Every corpus is read in file order, so the set is the same on every run.
 */
public final class TrainingData {

    private TrainingData() {
    }

    /** Sentences by corpus name, in the order they are trained on. */
    public static Map<String, List<CodedSentence>> assemble(Path data, Path drafted, Set<String> goldArticles,
                                                            Consumer<String> warnings) throws IOException {
        CameoTable table = CameoTable.load();
        // The codebook file mixes encodings (mojibake quotes); Latin-1 reads every byte.
        String codebookCsv = Files.readString(data.resolve("cameo-codebook-examples/cameo-codes.csv"),
                StandardCharsets.ISO_8859_1);
        CameoExamples codebook = CameoExamples.parse(codebookCsv);
        Map<String, List<CodedSentence>> out = new LinkedHashMap<>();
        out.put("multicoped", MulticopedExamples.read(data.resolve("multicoped-train"), warnings));
        List<CodedSentence> plover;
        try (InputStream in = Files.newInputStream(data.resolve("plover-gsr/PLOVER_GSR_CAMEO.json"))) {
            plover = PloverExamples.read(in, table, codebook, warnings);
        }
        out.put("plover", plover);
        Set<String> ploverGroups = new java.util.HashSet<>();
        plover.forEach(s -> ploverGroups.add(s.group()));
        List<CodedSentence> examples = new ArrayList<>();
        for (CodedSentence s : CodebookExamples.parse(codebookCsv, table)) {
            if (!ploverGroups.contains(s.group())) {
                examples.add(s);
            }
        }
        out.put("codebook", examples);
        List<CodedSentence> definitions = new ArrayList<>(DefinitionExamples.cameo(codebookCsv, table));
        definitions.addAll(DefinitionExamples.plover(Files.readString(
                data.resolve("plover-gsr/ngec-2025-plover-codebook/PLOVER_structured_codebook_updated.csv"),
                StandardCharsets.UTF_8)));
        out.put("definitions", definitions);
        if (drafted != null) {
            try (BufferedReader in = Files.newBufferedReader(drafted, StandardCharsets.UTF_8)) {
                out.put("drafted", DraftedExamples.read(in, new SharedTexts(data), goldArticles, warnings));
            }
        }
        return out;
    }

    /** BBC articles named in the gold files (any format: paths are found by pattern). */
    public static Set<String> goldArticles(List<Path> goldFiles) throws IOException {
        Set<String> out = new java.util.TreeSet<>();
        for (Path p : goldFiles) {
            out.addAll(SharedTexts.articlesNamedIn(Files.readString(p, StandardCharsets.UTF_8)));
        }
        return out;
    }
}
