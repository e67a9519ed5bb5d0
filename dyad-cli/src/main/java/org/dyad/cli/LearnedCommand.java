package org.dyad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.learn.ActorSpan;
import org.dyad.learn.LabelledHead;
import org.dyad.learn.LearnedCoder;
import org.dyad.learn.LearnedCoding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code dyad learned}: what the learned heads say about each sentence, one JSON object a line. */
@Command(name = "learned", mixinStandardHelpOptions = true,
        description = "Code sentences with the learned heads alone (event probability, CAMEO root, PLOVER "
                + "type, five-class, certainty, source/target spans): one JSON line per sentence. "
                + "Sentences from the arguments, or one per line on stdin.")
final class LearnedCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SENTENCE", arity = "0..*", description = "sentences (default: read lines from stdin)")
    List<String> sentences = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        List<String> input = new ArrayList<>(sentences);
        if (input.isEmpty()) {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    input.add(line.strip());
                }
            }
        }
        ObjectMapper json = new ObjectMapper();
        try (LearnedCoder coder = LearnedCoder.load()) {
            for (String s : input) {
                System.out.println(json.writeValueAsString(row(s, coder.code(s))));
            }
        }
        return 0;
    }

    private static Map<String, Object> row(String text, LearnedCoding c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", text);
        m.put("event_probability", Math.round(c.eventProbability() * 1000) / 1000.0);
        m.put("root", label(c.root()));
        m.put("plover", label(c.plover()));
        m.put("penta", label(c.penta()));
        m.put("certainty", label(c.certainty()));
        List<Map<String, Object>> spans = new ArrayList<>();
        for (ActorSpan s : c.spans()) {
            spans.add(Map.of("role", s.role().name(), "text", s.text(text), "start", s.start(), "end", s.end()));
        }
        m.put("spans", spans);
        return m;
    }

    private static Object label(LabelledHead.Prediction p) {
        return p == null ? null : Map.of("label", p.label(), "p", Math.round(p.probability() * 1000) / 1000.0);
    }
}
