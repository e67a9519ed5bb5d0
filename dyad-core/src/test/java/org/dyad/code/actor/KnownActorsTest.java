package org.dyad.code.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.dyad.model.Actor;
import org.dyad.model.Document;
import org.dyad.model.Entity;
import org.dyad.model.Event;
import org.dyad.pipeline.SharedPipeline;
import org.junit.jupiter.api.Test;

/** The actor knowledge base in the coder: sentences written for each rule, through the real pipeline. */
class KnownActorsTest {

    private static Document doc(String text, String date) {
        return SharedPipeline.text(text, date);
    }

    private static Optional<Actor> actorOf(Document d, String text) {
        return d.entities().stream().filter(e -> text.equals(e.text()) && e.actor() != null).map(Entity::actor).findFirst();
    }

    private static String code(Document d, String text) {
        return actorOf(d, text).map(Actor::code).orElse(null);
    }

    @Test
    void knownPeopleGetTheirCodeWithoutATitle() {
        Document d = doc("Sergei Lavrov met Hossein Amir-Abdollahian in Moscow on Tuesday.", "2021-10-26");
        Event e = d.events().stream().filter(x -> x.cameo().startsWith("04")).findFirst().orElseThrow();
        assertThat(e.source().code()).isEqualTo("RUSGOV");
        assertThat(e.target().code()).isEqualTo("IRNGOV");
        assertThat(e.target().text()).as("the hyphen joins the surname").isEqualTo("Hossein Amir-Abdollahian");
        assertThat(e.rule()).contains("source=kb:actors-facts.tsv:").contains("target=kb:actors-facts.tsv:");
    }

    @Test
    void sameNameTwoDatesTwoCodes() {
        String text = "Sergei Shoigu visited Minsk.";
        assertThat(code(doc(text, "2021-10-26"), "Sergei Shoigu")).isEqualTo("RUSMILGOV");
        assertThat(code(doc(text, "2024-09-01"), "Sergei Shoigu")).isEqualTo("RUSGOV");
    }

    @Test
    void theEventsDateChoosesTheRoleWhenTheTextGivesOne() {
        Document d = doc("On 5 March 2019, Sergei Shoigu met Iranian generals in Tehran.", "2025-01-10");
        Event e = d.events().stream().filter(x -> x.cameo().startsWith("04")).findFirst().orElseThrow();
        assertThat(e.date()).isEqualTo("2019-03-05");
        assertThat(e.source().code()).as("defence minister in 2019, not the 2025 Security Council post").isEqualTo("RUSMILGOV");
        assertThat(e.rule()).contains("RUSMILGOV@2012-11-06..2024-05-11");
    }

    @Test
    void thePopeIsTheVaticansWhoeverHoldsTheOffice() {
        Document d = doc("Cuban President Fidel Castro has ordered three days of official state mourning for Pope John Paul. "
                + "Pope Benedict met President Bush in Washington.", "2006-05-01");
        assertThat(d.entities().stream().filter(e -> e.text().contains("John Paul") && e.actor() != null)
                .map(e -> e.actor().country()).toList()).as("not the article's home country").containsOnly("VAT");
        Event met = d.events().stream().filter(x -> x.cameo().startsWith("04")).findFirst().orElseThrow();
        assertThat(met.source().country()).isEqualTo("VAT");
    }

    @Test
    void knownPeopleWinOverCountryWordsNearby() {
        Document d = doc("Syria's ally Vladimir Putin spoke with Iranian officials.", "2022-03-01");
        assertThat(code(d, "Vladimir Putin")).isEqualTo("RUSGOV");
    }

    @Test
    void aFormerOfficeHolderIsAnEliteNotTheGovernment() {
        Document d = doc("Barack Obama criticised the Kremlin on Monday.", "2019-06-03");
        assertThat(code(d, "Barack Obama")).isEqualTo("USAELI");
        Document unknown = doc("Former Iranian ambassador Kamran Dehghanzadeh criticised the Kremlin.", "2019-06-03");
        assertThat(code(unknown, "Kamran Dehghanzadeh")).isEqualTo("IRNELI");
    }

    @Test
    void laterSurnameAndVariantSpellingsResolve() {
        Document d = doc("Defence Minister Sergey Shoygu arrived in Tehran. Shoigu met Iranian generals.", "2021-10-26");
        assertThat(code(d, "Sergey Shoygu")).isEqualTo("RUSMILGOV");
        assertThat(code(d, "Shoigu")).isEqualTo("RUSMILGOV");
    }

    @Test
    void aLastNameOthersCarryAsAFirstNameNamesNobodyAlone() {
        Document d = doc("A Saudi official said Crown Prince Abdullah met Syrian officials in Riyadh.", "2005-03-03");
        assertThat(code(d, "Abdullah")).as("not Afghanistan's Abdullah Abdullah").doesNotStartWith("AFG");
    }

    @Test
    void acronymsOfArmedGroupsAreActors() {
        Document d = doc("HTS fighters attacked SDF positions near Raqqa.", "2020-05-01");
        Event e = d.events().stream().filter(x -> x.cameo().startsWith("19") || x.cameo().startsWith("18")).findFirst()
                .orElseThrow();
        assertThat(e.source().code()).isEqualTo("SYRREB");
        assertThat(e.rule()).contains("source=kb:actors-facts.tsv:");
    }

    @Test
    void hyphenedNamesTheTokenizerSplitsAreStillKnown() {
        Document d = doc("On Monday, Jaish al-Islam said the government would not accept the proposal of the United "
                + "Nations. On Tuesday, Moon Jae-in said the government would not accept the proposal either.", "2019-06-01");
        assertThat(d.entities()).as("not a person 'Jaish' and a religion").anyMatch(e -> e.actor() != null
                && e.actor().text().equals("Jaish al-Islam") && "SYRREB".equals(e.actor().code()));
        assertThat(d.entities()).anyMatch(e -> e.actor() != null && e.actor().text().equals("Moon Jae-in")
                && "KORGOV".equals(e.actor().code()));
    }

    @Test
    void countrylessRebelsAreStillActors() {
        Document d = doc("Insurgents ambushed Nigerian soldiers near Maiduguri.", "2021-02-01");
        Event e = d.events().stream().filter(x -> x.cameo().startsWith("19") || x.cameo().startsWith("18")).findFirst()
                .orElseThrow();
        assertThat(e.source().code()).isEqualTo("---REB");
        assertThat(e.source().country()).isNull();
        assertThat(e.target().country()).isEqualTo("NGA");
    }

    @Test
    void companiesAreNotTheirHomeState() {
        Document d = doc("British Airways cancelled its flights to Tehran. Toyota recalled cars in China.", "2020-01-10");
        assertThat(d.events()).noneMatch(x -> x.source() != null && "GBR".equals(x.source().code()));
        assertThat(code(d, "Toyota")).isEqualTo("JPNBUS");
    }

    @Test
    void theTalibanAreAGovernmentAfterAugust2021() {
        assertThat(groupCode(doc("The Taliban attacked a police post in Kunduz.", "2019-05-01"))).isEqualTo("AFGREB");
        assertThat(groupCode(doc("The Taliban attacked a police post in Kunduz.", "2022-05-01"))).isEqualTo("AFGGOV");
    }

    private static String groupCode(Document d) {
        List<Event> es = d.events().stream().filter(x -> x.source() != null).toList();
        assertThat(es).isNotEmpty();
        return es.get(0).source().code();
    }
}
