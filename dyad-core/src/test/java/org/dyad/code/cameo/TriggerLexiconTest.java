package org.dyad.code.cameo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TriggerLexiconTest {

    private final TriggerLexicon lexicon = TriggerLexicon.load();

    private String code(String lemma, char pos, List<String> particles, List<String> objects) {
        TriggerRule r = lexicon.match(lemma, pos, particles, objects);
        return r == null ? null : r.cameo();
    }

    @Test
    void shippedLexiconIsLargeAndEveryCodeExists() {
        List<TriggerRule> all = lexicon.all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(600);
        CameoTable table = CameoTable.load();
        assertThat(all).allSatisfy(r -> assertThat(table.get(r.cameo())).as(r.lemma() + " line " + r.line()).isPresent());
        assertThat(lexicon.warnings()).isEmpty();
    }

    @Test
    void everyRootHasAtLeastFiveRows() {
        Map<String, Long> perRoot = lexicon.all().stream()
                .collect(Collectors.groupingBy(TriggerRule::root, Collectors.counting()));
        for (int r = 1; r <= 20; r++) {
            assertThat(perRoot.getOrDefault(String.format("%02d", r), 0L)).as("root %02d", r).isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void noTwoRowsAreIdentical() {
        Map<String, Long> seen = lexicon.all().stream().collect(Collectors.groupingBy(
                r -> r.lemma() + r.pos() + r.particle() + r.objects() + r.forbiddenObjects() + r.cameo(),
                Collectors.counting()));
        assertThat(seen.values()).allMatch(n -> n == 1);
    }

    @Test
    void objectsDecideTheReading() {
        assertThat(code("lift", 'V', List.of(), List.of("embargo"))).isEqualTo("085");
        assertThat(code("lift", 'V', List.of(), List.of("sanction"))).isEqualTo("085");
        assertThat(code("lift", 'V', List.of(), List.of("curfew"))).isEqualTo("0813");
        assertThat(code("lift", 'V', List.of(), List.of("box"))).isNull();
        assertThat(code("lifting", 'N', List.of(), List.of("embargo"))).isEqualTo("085");
        assertThat(code("sign", 'V', List.of(), List.of("contract"))).isEqualTo("057");
        assertThat(code("sign", 'V', List.of(), List.of("petition"))).isEqualTo("114");
        assertThat(code("impose", 'V', List.of(), List.of("embargo"))).isEqualTo("163");
        assertThat(code("impose", 'V', List.of(), List.of("curfew"))).isEqualTo("1723");
        assertThat(code("buy", 'V', List.of(), List.of("weapon"))).isEqualTo("062");
        assertThat(code("buy", 'V', List.of(), List.of("oil"))).isEqualTo("061");
        assertThat(code("strike", 'V', List.of(), List.of("deal"))).isEqualTo("057");
        assertThat(code("strike", 'V', List.of(), List.of())).isEqualTo("190");
        assertThat(code("receive", 'V', List.of(), List.of("delegation"))).isEqualTo("043");
        assertThat(code("receive", 'V', List.of(), List.of("aid"))).isNull();
    }

    @Test
    void nounModifiersDecideTheReading() {
        assertThat(code("cooperation", 'N', List.of(), List.of("military"))).isEqualTo("062");
        assertThat(code("cooperation", 'N', List.of(), List.of("military-technical"))).isEqualTo("062");
        assertThat(code("cooperation", 'N', List.of(), List.of())).isEqualTo("060");
        assertThat(code("strike", 'N', List.of(), List.of("air"))).isEqualTo("195");
        assertThat(code("strike", 'N', List.of(), List.of("hunger"))).isEqualTo("142");
        assertThat(code("strike", 'N', List.of(), List.of("general"))).isEqualTo("143");
        assertThat(code("exercise", 'N', List.of(), List.of("joint", "military"))).isEqualTo("062");
        assertThat(code("exercise", 'N', List.of(), List.of("military"))).isEqualTo("150");
        assertThat(code("bombing", 'N', List.of(), List.of("suicide"))).isEqualTo("1831");
    }

    @Test
    void particlesMakeMultiWordHeads() {
        assertThat(code("back", 'V', List.of("down"), List.of())).isEqualTo("080");
        assertThat(code("back", 'V', List.of(), List.of())).isEqualTo("051");
        assertThat(code("call", 'V', List.of("for"), List.of("talk"))).isEqualTo("026");
        assertThat(code("call", 'V', List.of("for"), List.of("ceasefire"))).isEqualTo("0256");
        assertThat(code("call", 'V', List.of("for"), List.of("something"))).isEqualTo("020");
        assertThat(code("step", 'V', List.of("down"), List.of())).isEqualTo("0831");
        assertThat(code("step", 'V', List.of(), List.of())).isNull();
        assertThat(code("crack", 'V', List.of("down"), List.of())).isEqualTo("175");
        assertThat(code("accuse", 'V', List.of("of"), List.of("espionage"))).isEqualTo("1125");
    }

    @Test
    void consultAndCooperationTriggers() {
        assertThat(code("visit", 'V', List.of(), List.of())).isEqualTo("042");
        assertThat(code("visit", 'N', List.of(), List.of())).isEqualTo("042");
        TriggerRule arrive = lexicon.match("arrive", 'V', List.of(), List.of());
        assertThat(arrive.cameo()).isEqualTo("042");
        assertThat(arrive.targetPreps()).contains("in");
        assertThat(code("talk", 'N', List.of(), List.of())).isEqualTo("046");
        assertThat(code("negotiate", 'V', List.of(), List.of())).isEqualTo("046");
        assertThat(code("negotiation", 'N', List.of(), List.of())).isEqualTo("046");
        assertThat(code("cooperate", 'V', List.of(), List.of())).isEqualTo("060");
        assertThat(code("sanction", 'V', List.of(), List.of())).isEqualTo("163");
        assertThat(code("sanction", 'N', List.of(), List.of())).isEqualTo("163");
        assertThat(code("attack", 'V', List.of(), List.of())).isEqualTo("190");
        assertThat(code("shoot", 'V', List.of(), List.of())).isEqualTo("193");
        assertThat(code("arrest", 'V', List.of(), List.of())).isEqualTo("173");
        assertThat(code("expel", 'V', List.of(), List.of())).isEqualTo("166");
        assertThat(code("expel", 'V', List.of(), List.of("diplomat"))).isEqualTo("161");
        assertThat(code("say", 'V', List.of(), List.of())).isEqualTo("010");
    }

    @Test
    void rowsComeMostSpecificFirst() {
        List<TriggerRule> rules = lexicon.rulesFor("lift", 'V');
        assertThat(rules).isNotEmpty();
        for (int i = 1; i < rules.size(); i++) {
            assertThat(rules.get(i - 1).specificity()).isGreaterThanOrEqualTo(rules.get(i).specificity());
        }
        List<TriggerRule> welcome = lexicon.rulesFor("welcome", 'V');
        assertThat(welcome.get(welcome.size() - 1).specificity()).as("approval, when no object says more").isZero();
        List<TriggerRule> call = lexicon.rulesFor("call", 'V');
        // a bare 'call' is a plain statement, an event only toward an addressee or as a judgement
        // ("called the plan reckless"); "called the plan a mistake" is no telephone call (TriggerFinderTest)
        TriggerRule bare = call.get(call.size() - 1);
        assertThat(bare.specificity()).isZero();
        assertThat(bare.cameo()).isEqualTo("010");
        assertThat(lexicon.rulesFor("LIFT", 'V')).isEqualTo(rules);
        assertThat(lexicon.rulesFor("nosuchword", 'V')).isEmpty();
    }

    @Test
    void userFileIsMergedOnTopAndBadRowsAreSkipped(@TempDir Path dir) throws IOException {
        Path extra = dir.resolve("mine.tsv");
        Files.writeString(extra, String.join("\n",
                "# my rows",
                "lemma\tpos\tcameo\tconstraints",
                "lift\tV\t0842\tobj=embargo",
                "parley\tV\t046\tprep=with",
                "frobnicate\tX\t046",
                "zap\tV\t999",
                "zing\tV\t190\tcolour=red",
                ""));
        TriggerLexicon merged = TriggerLexicon.load(extra);
        assertThat(merged.match("lift", 'V', List.of(), List.of("embargo")).cameo()).isEqualTo("0842");
        assertThat(merged.match("parley", 'V', List.of(), List.of()).targetPreps()).containsExactly("with");
        assertThat(merged.warnings()).hasSize(3);
        assertThat(merged.warnings().get(0)).contains("mine.tsv:5:").contains("pos must be V or N");
        assertThat(merged.warnings().get(1)).contains("mine.tsv:6:").contains("unknown CAMEO code");
        assertThat(merged.warnings().get(2)).contains("mine.tsv:7:").contains("unknown constraint");
        assertThat(lexicon.match("lift", 'V', List.of(), List.of("embargo")).cameo()).isEqualTo("085");
    }

    @Test
    void constraintsAreParsed() {
        TriggerRule r = lexicon.rulesFor("meet", 'V').stream()
                .filter(x -> !x.forbiddenObjects().isEmpty()).findFirst().orElseThrow();
        assertThat(r.forbiddenObjects()).contains("need", "deadline");
        assertThat(r.objects()).isEmpty();
        TriggerRule host = lexicon.rulesFor("receive", 'V').stream()
                .filter(x -> x.cameo().equals("043")).findFirst().orElseThrow();
        assertThat(host.objects()).contains("@named", "delegation", "minister");
        Set<String> prt = lexicon.rulesFor("back", 'V').stream().map(TriggerRule::particle)
                .filter(p -> p != null).collect(Collectors.toSet());
        assertThat(prt).contains("down");
        Map<String, TriggerRule> byCode = lexicon.rulesFor("sign", 'V').stream()
                .collect(Collectors.toMap(TriggerRule::cameo, Function.identity(), (a, b) -> a));
        assertThat(byCode.get("057").targetPreps()).containsExactly("with");
    }
}
