package org.dyad.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dyad.code.cameo.CameoTable;
import org.dyad.eval.CameoExamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingReadersTest {

    @TempDir
    Path dir;

    @Test
    void conllSentencesKeepTheirSpansAsCharacters() throws IOException {
        String conll = "Rebels B-S\nshelled O\nthe B-T\ncapital I-T\n. O\n\nKenya B-R\nand O\nUganda B-R\nmet O\n";
        List<CodedSentence> s = MulticopedExamples.readConll(new BufferedReader(new StringReader(conll)), "x");
        assertThat(s).hasSize(2);
        CodedSentence first = s.get(0);
        assertThat(first.text()).isEqualTo("Rebels shelled the capital .");
        assertThat(first.spans()).extracting(sp -> sp.role() + ":" + sp.text(first.text()))
                .containsExactly("S:Rebels", "T:the capital");
        assertThat(s.get(1).spans()).extracting(sp -> sp.role() + ":" + sp.text(s.get(1).text()))
                .containsExactly("R:Kenya", "R:Uganda");
        assertThat(first.spansCoded()).isTrue();
        assertThat(first.event()).isTrue();
    }

    @Test
    void ploverRecordsGiveTypeRootAndMarkedSpans() throws IOException {
        String text = "Libya has offered to hand over to Great Britain two of its nationals.";
        String json = "[{\"id\":\"P-1\",\"event\":\"DOCUMENT\"},"
                + "{\"id\":\"P-2\",\"event\":\"AGREE\",\"text\":\"" + text + "\","
                + "\"textInfo\":{\"markup\":\"(SRC: Libya) has (EVT: offered) to (TAR: Great Britain) two\"}}]";
        CameoExamples codebook = CameoExamples.parse("code,example\n\"0331\",\"" + text + "\"\n");
        List<String> warnings = new ArrayList<>();
        List<CodedSentence> s = PloverExamples.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                CameoTable.load(), codebook, warnings::add);
        assertThat(s).hasSize(1);
        CodedSentence r = s.get(0);
        assertThat(r.root()).isEqualTo("03");
        assertThat(r.plover()).isEqualTo("AGREE");
        assertThat(r.spans()).extracting(sp -> sp.role() + ":" + sp.text(text))
                .containsExactly("S:Libya", "T:Great Britain");
        assertThat(warnings).isEmpty();
    }

    @Test
    void codebookRowsGiveExamplesAndDefinitions() {
        String csv = "\"code\",\"name\",\"description\",\"example\"\n"
                + "\"111\",\"Criticize or denounce\",\"Express disapproval.\",\"Japan criticized China on Monday.\"\n"
                + "\"01\",\"MAKE PUBLIC STATEMENT\",NA,NA\n";
        List<CodedSentence> examples = CodebookExamples.parse(csv, CameoTable.load());
        assertThat(examples).singleElement().satisfies(e -> {
            assertThat(e.root()).isEqualTo("11");
            assertThat(e.pentaLabel()).isEqualTo(3);
            assertThat(e.text()).isEqualTo("Japan criticized China on Monday.");
        });
        List<CodedSentence> defs = DefinitionExamples.cameo(csv, CameoTable.load());
        assertThat(defs).extracting(CodedSentence::text)
                .containsExactly("Criticize or denounce. Express disapproval.", "MAKE PUBLIC STATEMENT.");
        assertThat(defs).allSatisfy(d -> assertThat(d.event()).isNull());
    }

    @Test
    void draftedReferencesReadTheirTextFromSharedAndSkipGoldArticles() throws IOException {
        String article = "Title line\n\nThe Tories attacked the plan. Shares rose.\n";
        Path bbc = dir.resolve("bbc-news-fulltext/bbc/politics");
        Files.createDirectories(bbc);
        Files.writeString(bbc.resolve("001.txt"), article);
        Files.createDirectories(dir.resolve("bbc-news-fulltext/bbc/business"));
        Files.writeString(dir.resolve("bbc-news-fulltext/bbc/business/002.txt"), article);
        writeGmb(dir.resolve("gmb-ner-kaggle"), "Sentence #,Word,POS,Tag\nSentence: 1,Syria,NNP,B-geo\n,rejected,VBD,O\n"
                + ",\",\",\",\",O\n,talks,NNS,O\nSentence: 2,Rain,NN,O\n");
        int s1 = article.indexOf("The Tories");
        int e1 = article.indexOf("plan.") + 5;
        String sentence = article.substring(s1, e1);
        String tsv = "# comment\n"
                + line("bbc/politics/001.txt:" + s1 + "-" + e1, SharedTexts.hash(sentence), "1\t11\t111\t0-10\tGBROPP\t20-28\t-"
                        + "\tasserted\t0")
                + line("bbc/business/002.txt:" + s1 + "-" + e1, SharedTexts.hash(sentence), "0\t-\t-\t-\t-\t-\t-\t-\t0")
                + line("gmb:1", SharedTexts.hash("Syria rejected , talks"), "1\t12\t120\t0-5\tSYR\t-\t-\tasserted\t0")
                + line("bbc/politics/001.txt:" + s1 + "-" + e1, "000000000000", "0\t-\t-\t-\t-\t-\t-\t-\t0");
        List<String> warnings = new ArrayList<>();
        Set<String> gold = TrainingData.goldArticles(List.of(writeGoldList()));
        List<CodedSentence> s = DraftedExamples.read(new BufferedReader(new StringReader(tsv)), new SharedTexts(dir),
                gold, warnings::add);
        assertThat(s).extracting(CodedSentence::text).containsExactly(sentence, "Syria rejected , talks");
        CodedSentence first = s.get(0);
        assertThat(first.root()).isEqualTo("11");
        assertThat(first.certainty()).isEqualTo("asserted");
        assertThat(first.group()).isEqualTo("drafted:bbc/politics/001.txt");
        assertThat(first.spans()).extracting(sp -> sp.role() + ":" + sp.text(sentence))
                .containsExactly("S:The Tories", "T:the plan");
        assertThat(warnings).anyMatch(w -> w.contains("bbc/business/002.txt is in the gold set"))
                .anyMatch(w -> w.contains("hash"));
    }

    @Test
    void aReferenceOutsideItsArticleIsAnError() throws IOException {
        Path bbc = dir.resolve("bbc-news-fulltext/bbc/politics");
        Files.createDirectories(bbc);
        Files.writeString(bbc.resolve("003.txt"), "Short.");
        SharedTexts texts = new SharedTexts(dir);
        assertThatThrownBy(() -> texts.text("bbc/politics/003.txt:0-99")).hasMessageContaining("outside");
        assertThatThrownBy(() -> texts.text("somewhere else")).hasMessageContaining("not a sentence reference");
    }

    @Test
    void hashFoldsWhiteSpaceLikeTheGoldSampler() {
        // sha1("a b")[:12], as tools/gold/sample.py writes it
        assertThat(SharedTexts.hash(" a \n b ")).isEqualTo(SharedTexts.hash("a b")).isEqualTo("7dbde9350412");
    }

    private Path writeGoldList() throws IOException {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, "{\"path\": \"bbc/business/002.txt\", \"start\": 0}\n");
        return gold;
    }

    private static String line(String ref, String hash, String rest) {
        return ref + "\t" + hash + "\t" + rest + "\n";
    }

    private static void writeGmb(Path folder, String csv) throws IOException {
        Files.createDirectories(folder);
        try (OutputStream out = Files.newOutputStream(folder.resolve("ner_dataset.csv.zip"));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("ner_dataset.csv"));
            zip.write(csv.getBytes(Charset.forName("windows-1252")));
            zip.closeEntry();
        }
    }
}
