package org.dyad.code.actor.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Name folding, dated roles, tiers, overlays, overrides and the Wikidata import. */
class ActorKnowledgeBaseTest {

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static String code(ActorKnowledgeBase kb, String name, String date) {
        return kb.lookup(name, date == null ? null : day(date), null).map(KnownActor::code).orElse(null);
    }

    private static ActorRow row(String source, int tier, String name, String... roles) {
        return new ActorRow(source, ActorRow.Kind.PERSON, List.of(name),
                java.util.Arrays.stream(roles).map(Role::parse).toList(), "test", tier);
    }

    @Test
    void spellingVariantsShareOneKey() {
        assertThat(NameKey.of("Shoygu")).isEqualTo(NameKey.of("Shoigu"));
        assertThat(NameKey.of("Sergey Shoigu")).isEqualTo(NameKey.of("Sergei Shoigu"));
        assertThat(NameKey.of("Dmitriy Medvedev")).isEqualTo(NameKey.of("Dmitri Medvedev"));
        assertThat(NameKey.of("al-Sharaa")).isEqualTo(NameKey.of("Sharaa"));
        assertThat(NameKey.of("Amir-Abdollahian")).isEqualTo(NameKey.of("Amirabdollahian"));
        assertThat(NameKey.of("Recep Tayyip Erdoğan")).isEqualTo(NameKey.of("Recep Tayyip Erdogan"));
        assertThat(NameKey.of("Mohammed bin Salman")).isEqualTo(NameKey.of("Muhammad bin Salman"));
        assertThat(NameKey.of("Khamenei")).isEqualTo(NameKey.of("Hamenei"));
        assertThat(NameKey.of("the Taliban")).isEqualTo(NameKey.of("Taliban"));
        assertThat(NameKey.of("Putin")).isNotEqualTo(NameKey.of("Lavrov"));
    }

    @Test
    void acronymsAreInitialsAndFoldNoLetters() {
        assertThat(NameKey.of("MCCI")).as("a rebel group is not a phone company").isNotEqualTo(NameKey.of("MCI"));
        assertThat(NameKey.of("U.N.")).isEqualTo(NameKey.of("UN"));
        assertThat(NameKey.token("MCI")).isEqualTo(NameKey.of("MCI"));
    }

    @Test
    void tokenKeysConcatenateToTheNameKey() {
        List<String> tokens = List.of("Hossein", "Amir-Abdollahian");
        List<String> keys = tokens.stream().map(NameKey::token).toList();
        assertThat(ActorKnowledgeBase.spanKey(keys, 0, 1)).isEqualTo(NameKey.of("Hossein Amir Abdollahian"));
    }

    @Test
    void sameNameTwoDatesTwoCodes() {
        ActorKnowledgeBase kb = ActorKnowledgeBase.of(List.of(
                row("t:1", 2, "Sergei Shoigu", "RUSMILGOV@2012-11-06..2024-05-11", "RUSGOV@2024-05-12..")));
        assertThat(code(kb, "Shoigu", "2021-10-26")).isEqualTo("RUSMILGOV");
        assertThat(code(kb, "Sergey Shoygu", "2024-08-01")).isEqualTo("RUSGOV");
        assertThat(code(kb, "Shoigu", "2001-01-01")).as("before any known role").isNull();
    }

    @Test
    void anEndedOfficeGivesTheFormerRoleNotTheGovernment() {
        ActorKnowledgeBase kb = ActorKnowledgeBase.of(List.of(
                row("t:1", 2, "Jan Examplesson", "SWEGOV@2010-01-01..2015-12-31=Foreign_Minister")));
        Optional<KnownActor> k = kb.lookup("Jan Examplesson", day("2019-05-01"), null);
        assertThat(k).isPresent();
        assertThat(k.get().code()).isEqualTo("SWEELI");
        assertThat(k.get().former()).isTrue();
        assertThat(k.get().country()).isEqualTo("SWE");
        assertThat(k.get().sectors()).containsExactly("ELI");
        assertThat(code(kb, "Jan Examplesson", "2012-05-01")).isEqualTo("SWEGOV");
    }

    @Test
    void undatedDefaultAppliesWhenNoDatedRoleHolds() {
        ActorKnowledgeBase kb = ActorKnowledgeBase.of(List.of(
                row("t:1", 3, "Ana Sample", "PERELI", "PERGOV@2006-07-28..2011-07-27")));
        assertThat(code(kb, "Ana Sample", "2008-01-01")).isEqualTo("PERGOV");
        assertThat(code(kb, "Ana Sample", "2014-01-01")).isEqualTo("PERELI");
    }

    @Test
    void higherTierWinsWhenItKnowsTheDayAndFallsThroughWhenItDoesNot() {
        ActorKnowledgeBase kb = ActorKnowledgeBase.of(List.of(
                row("phoenix:1", 3, "Karl Former", "DEUGOV@2009-01-20.."),
                row("facts:1", 2, "Karl Former", "DEUGOV@2009-01-20..2017-01-19")));
        assertThat(code(kb, "Karl Former", "2020-06-01")).as("facts say the office ended").isEqualTo("DEUELI");
        assertThat(kb.lookup("Karl Former", day("2020-06-01"), null).get().row().source()).isEqualTo("facts:1");
        ActorKnowledgeBase later = ActorKnowledgeBase.of(List.of(
                row("phoenix:1", 3, "Karl Former", "DEULEG@2001-01-01..2008-12-31"),
                row("facts:1", 2, "Karl Former", "DEUGOV@2009-01-20..2017-01-19")));
        assertThat(code(later, "Karl Former", "2005-01-01")).as("facts start later: Phoenix decides").isEqualTo("DEULEG");
    }

    @Test
    void namesakesAreToldApartByTheTextsCountryOrLeftUncoded() {
        ActorKnowledgeBase kb = ActorKnowledgeBase.of(List.of(
                row("a:1", 3, "Ali Example", "PAKGOV"), row("a:2", 3, "Ali Example", "AFGMIL")));
        assertThat(kb.lookup("Ali Example", day("2020-01-01"), null)).isEmpty();
        assertThat(kb.lookup("Ali Example", day("2020-01-01"), "AFG").map(KnownActor::code)).contains("AFGMIL");
    }

    @Test
    void aDatedRoleThatHoldsBeatsANamesakesUndatedDefault() {
        ActorKnowledgeBase kb = ActorKnowledgeBase.of(List.of(
                new ActorRow("a:1", ActorRow.Kind.PERSON, List.of("Father Sample", "Sample"), List.of(Role.parse("USAELI")), "t", 3),
                new ActorRow("a:2", ActorRow.Kind.PERSON, List.of("Son Sample", "Sample"),
                        List.of(Role.parse("USAGOV@2001-01-20..2009-01-20"), Role.parse("USAELI")), "t", 3)));
        assertThat(code(kb, "Sample", "2005-01-01")).isEqualTo("USAGOV");
        assertThat(code(kb, "Sample", "2012-01-01")).isEqualTo("USAELI");
    }

    @Test
    void igoAndCountrylessCodesSplitRight() {
        ActorKnowledgeBase kb = ActorKnowledgeBase.of(List.of(
                row("a:1", 3, "Envoy Example", "IGOUNO@2019-01-07.."), row("a:2", 4, "Nameless Front", "---REB")));
        KnownActor envoy = kb.lookup("Envoy Example", day("2021-01-01"), null).orElseThrow();
        assertThat(envoy.country()).isNull();
        assertThat(envoy.sectors()).isEmpty();
        KnownActor front = kb.lookup("Nameless Front", null, null).orElseThrow();
        assertThat(front.country()).isNull();
        assertThat(front.sectors()).containsExactly("REB");
    }

    @Test
    void shippedBaseKnowsDatedPeopleAcronymsAndCompanies() {
        ActorKnowledgeBase kb = ActorKnowledgeBase.shipped();
        assertThat(kb.size()).isGreaterThan(20_000);
        assertThat(code(kb, "Shoigu", "2021-10-26")).isEqualTo("RUSMILGOV");
        assertThat(code(kb, "Tony Blair", "2005-01-01")).isEqualTo("GBRGOV");
        assertThat(code(kb, "Tony Blair", "2010-01-01")).isEqualTo("GBRELI");
        assertThat(code(kb, "Abu Mazen", "2020-01-01")).isEqualTo("PSEGOV");
        for (String isName : List.of("IS", "ISIS", "ISIL", "Daesh")) {
            assertThat(code(kb, isName, "2016-01-01")).as(isName).isEqualTo("IMGMUS");
        }
        assertThat(code(kb, "HTS", "2020-01-01")).isEqualTo("SYRREB");
        assertThat(code(kb, "Taliban", "2019-01-01")).isEqualTo("AFGREB");
        assertThat(code(kb, "Taliban", "2022-01-01")).isEqualTo("AFGGOV");
        KnownActor toyota = kb.lookup("Toyota", null, null).orElseThrow();
        assertThat(toyota.country()).isEqualTo("JPN");
        assertThat(toyota.sectors()).containsExactly("BUS");
        assertThat(toyota.row().kind()).isEqualTo(ActorRow.Kind.COMPANY);
    }

    @Test
    void overridesWinOverEverythingAndBadLinesSayWhere(@TempDir Path dir) throws IOException {
        Path overrides = dir.resolve("mine.tsv");
        Files.writeString(overrides, "# my corrections\nSergei Shoigu\tRUSMIL\t2021-01-01\t2021-12-31\tPERSON\tmy reading\n");
        ActorKnowledgeBase kb = ActorKnowledgeBase.with(List.of(overrides));
        KnownActor k = kb.lookup("Shoigu", day("2021-10-26"), null).orElseThrow();
        assertThat(k.code()).isEqualTo("RUSMIL");
        assertThat(k.row().source()).isEqualTo("mine.tsv:2");
        assertThat(k.ruleText()).startsWith("kb:mine.tsv:2 RUSMIL@2021-01-01..2021-12-31");
        Files.writeString(overrides, "Someone\tnot a code!\n");
        assertThatThrownBy(() -> ActorKnowledgeBase.with(List.of(overrides))).hasMessageContaining("mine.tsv:1");
    }

    @Test
    void wikidataResultBecomesAnOverlay(@TempDir Path dir) throws IOException, URISyntaxException {
        Path json = Path.of(getClass().getResource("office-holders.sparql.json").toURI());
        WikidataImport.Result r = WikidataImport.read(json);
        assertThat(r.bindings()).isEqualTo(4);
        assertThat(r.rows()).as("one row per person").hasSize(2);
        assertThat(r.skipped()).singleElement().asString().contains("no iso");
        Path overlay = dir.resolve("overlay.tsv");
        WikidataImport.write(r.rows(), overlay);
        ActorKnowledgeBase kb = ActorKnowledgeBase.with(List.of(overlay));
        assertThat(code(kb, "Ivana Testová", "2021-01-01")).isEqualTo("RUSMILGOV");
        assertThat(code(kb, "Ivana Testova", "2024-01-01")).isEqualTo("RUSGOV");
        assertThat(kb.lookup("I. Testova", day("2024-01-01"), null).get().role().office())
                .isEqualTo("Prime Minister of Ruritania");
        assertThat(kb.lookup("Ivana Testova", day("2024-01-01"), null).get().row().source())
                .isEqualTo("wikidata:Q900000001");
        assertThat(code(kb, "Shoigu", "2021-10-26")).as("overlay knows nothing before 2030").isEqualTo("RUSMILGOV");
        assertThat(code(kb, "Shoigu", "2031-01-01")).isEqualTo("FRAGOV");
    }
}
