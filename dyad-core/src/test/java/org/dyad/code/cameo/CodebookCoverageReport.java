package org.dyad.code.cameo;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import org.dyad.eval.CsvRecords;

/**
 * Development report, not a unit test (it starts CoreNLP): for every CAMEO codebook example
 * sentence, does the lemma of its main verb have a lexicon row with the example's CAMEO root?
 * Speech verbs at the root hand over to their clausal complement. Prints the figure and misses.
 *
 * <p>Run: {@code java -cp <test classpath> org.dyad.code.cameo.CodebookCoverageReport ../shared}
 */
public final class CodebookCoverageReport {

    private static final List<String> REPORTING = List.of("say", "tell", "announce", "state", "report",
            "add", "declare", "claim", "quote", "accord");

    public static void main(String[] args) throws Exception {
        Path csv = Path.of(args[0], "data/cameo-codebook-examples/cameo-codes.csv");
        List<List<String>> rows = CsvRecords.parse(Files.readString(csv, Charset.forName("windows-1252")));
        int code = rows.get(0).indexOf("code");
        int example = rows.get(0).indexOf("example");
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,depparse");
        props.setProperty("ssplit.isOneSentence", "true");
        StanfordCoreNLP nlp = new StanfordCoreNLP(props);
        TriggerLexicon lexicon = TriggerLexicon.load();
        int total = 0;
        int strict = 0;
        int anyWord = 0;
        TreeMap<String, String> misses = new TreeMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() <= example || row.get(example).isBlank() || row.get(example).equals("NA")) {
                continue;
            }
            String root = row.get(code).substring(0, 2);
            Annotation doc = new Annotation(row.get(example));
            nlp.annotate(doc);
            CoreMap sentence = doc.get(CoreAnnotations.SentencesAnnotation.class).get(0);
            SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            if (graph.getFirstRoot() == null) {
                continue;
            }
            total++;
            List<IndexedWord> heads = mainPredicates(graph);
            if (heads.stream().anyMatch(w -> hasRoot(lexicon, w, root))) {
                strict++;
                anyWord++;
            } else {
                boolean any = graph.vertexSet().stream().anyMatch(w -> hasRoot(lexicon, w, root));
                if (any) {
                    anyWord++;
                }
                misses.put(row.get(code) + (any ? " (other word)" : ""),
                        heads.stream().map(IndexedWord::lemma).toList() + " | " + row.get(example));
            }
        }
        System.out.printf("codebook examples: main-verb coverage %d/%d = %.1f%%; some word in sentence %d/%d = %.1f%%%n",
                strict, total, 100.0 * strict / total, anyWord, total, 100.0 * anyWord / total);
        misses.forEach((k, v) -> System.out.println("  " + k + "  " + v.substring(0, Math.min(v.length(), 160))));
    }

    /** The root predicate, its xcomp/conj chain and, under a speech verb, its clausal complement. */
    private static List<IndexedWord> mainPredicates(SemanticGraph graph) {
        List<IndexedWord> out = new ArrayList<>();
        IndexedWord head = graph.getFirstRoot();
        out.add(head);
        for (int depth = 0; depth < 3; depth++) {
            IndexedWord next = null;
            for (var edge : graph.outgoingEdgeList(head)) {
                String rel = edge.getRelation().toString();
                boolean speech = REPORTING.contains(head.lemma().toLowerCase());
                if (rel.equals("xcomp") || rel.startsWith("conj") || rel.equals("dobj") || rel.equals("obj")
                        || (speech && (rel.equals("ccomp") || rel.equals("parataxis")))) {
                    out.add(edge.getDependent());
                    if (next == null && !rel.equals("dobj") && !rel.equals("obj")) {
                        next = edge.getDependent();
                    }
                }
            }
            if (next == null) {
                break;
            }
            head = next;
        }
        return out;
    }

    private static boolean hasRoot(TriggerLexicon lexicon, IndexedWord w, String root) {
        String lemma = w.lemma().toLowerCase();
        char pos = w.tag().startsWith("V") ? 'V' : w.tag().startsWith("N") ? 'N' : '?';
        return pos != '?' && lexicon.rulesFor(lemma, pos).stream().anyMatch(r -> r.root().equals(root));
    }
}
