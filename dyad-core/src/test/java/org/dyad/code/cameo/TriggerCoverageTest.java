package org.dyad.code.cameo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.process.Morphology;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * How many PLOVER gold triggers (the eventText of each record) have a lexicon row with a CAMEO
 * root that maps to the record's PLOVER type. Uses CoreNLP's rule-based morphology only (no
 * models). Misses are printed so that general gaps can be filled.
 *
 * <p>Two figures: strict (the row's own root is right) and modal (also counting a row that the
 * coder's modality rules turn into the gold root: "will provide aid" = intent 03 of a 04-08 act,
 * "must release" = demand 10, "will not meet" = reject 12, "will impose a blockade" = threat 13).
 */
class TriggerCoverageTest {

    private static final List<String> TAGS = List.of("VBD", "VBZ", "VBG", "VBN", "VB", "NNS", "NN");

    private final CameoTable table = CameoTable.load();
    private final TriggerLexicon lexicon = TriggerLexicon.load();

    @Test
    void goldTriggersAreCovered() throws IOException {
        Path gsr = SharedData.require("data/plover-gsr/PLOVER_GSR_CAMEO.json");
        int total = 0;
        int hits = 0;
        int modalHits = 0;
        TreeMap<String, Integer> missed = new TreeMap<>();
        for (JsonNode rec : new ObjectMapper().readTree(Files.readString(gsr))) {
            String label = rec.path("event").asText();
            if (label.equals("DOCUMENT")) {
                continue;
            }
            total++;
            Set<String> roots = rootsOf(label, rec.path("mode").asText(""));
            Set<String> lemmas = lemmas(rec.path("eventText").asText());
            if (lemmas.stream().anyMatch(l -> hasRoot(l, roots))) {
                hits++;
                modalHits++;
            } else if (lemmas.stream().anyMatch(l -> hasRoot(l, modalSources(roots)))) {
                modalHits++;
                missed.merge("(modal) " + label + ": " + rec.path("eventText").asText(), 1, Integer::sum);
            } else {
                missed.merge(label + ": " + rec.path("eventText").asText(), 1, Integer::sum);
            }
        }
        System.out.printf("PLOVER gold trigger coverage: strict %d/%d = %.1f%%, with modality %d/%d = %.1f%%%n",
                hits, total, 100.0 * hits / total, modalHits, total, 100.0 * modalHits / total);
        missed.forEach((k, v) -> System.out.println("  missed " + k));
        assertThat(hits / (double) total).isGreaterThanOrEqualTo(0.75);
        assertThat(modalHits / (double) total).isGreaterThanOrEqualTo(0.90);
    }

    /** Roots of acts that modality turns into one of these roots. */
    private static Set<String> modalSources(Set<String> roots) {
        Set<String> out = new LinkedHashSet<>();
        if (roots.contains("03") || roots.contains("10") || roots.contains("12")) {
            out.addAll(List.of("03", "04", "05", "06", "07", "08"));
        }
        if (roots.contains("13")) {
            out.addAll(List.of("14", "15", "16", "17", "18", "19", "20"));
        }
        return out;
    }

    /** CAMEO roots whose codes map to the PLOVER 2021 type of an old gold label. */
    private Set<String> rootsOf(String label, String mode) {
        String event = table.legacyPlover(label, mode).orElseThrow().event();
        return table.all().stream()
                .filter(c -> table.ploverFor(c.code()).map(p -> p.event().equals(event)).orElse(false))
                .map(CameoCode::root).collect(Collectors.toSet());
    }

    private boolean hasRoot(String lemma, Set<String> roots) {
        List<TriggerRule> rules = new ArrayList<>(lexicon.rulesFor(lemma, 'V'));
        rules.addAll(lexicon.rulesFor(lemma, 'N'));
        return rules.stream().anyMatch(r -> roots.contains(r.root()));
    }

    static Set<String> lemmas(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z-]+")) {
            if (!word.isEmpty()) {
                out.add(word);
                TAGS.forEach(tag -> out.add(Morphology.lemmaStatic(word, tag, true)));
            }
        }
        return out;
    }
}
