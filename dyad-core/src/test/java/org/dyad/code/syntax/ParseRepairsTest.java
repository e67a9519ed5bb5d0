package org.dyad.code.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.code.Annotated;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.AnnotatedSentence;
import org.junit.jupiter.api.Test;

/** Each misparse ParseRepairs mends, on sentences written for it. */
class ParseRepairsTest {

    /** The position of the first token that is {@code word}; DependencyTreeTest reads trees by it too. */
    static int index(DependencyTree tree, String word) {
        for (int i = 1; i <= tree.size(); i++) {
            if (tree.token(i).word().equals(word)) {
                return i;
            }
        }
        throw new AssertionError("no token " + word);
    }

    private static DependencyTree repaired(String sentence) {
        return new DependencyTree(ParseRepairs.repaired(Annotated.of(sentence).tree(0).sentence()));
    }

    @Test
    void aSentenceOpenedByAQuoteHasItsClauseAsRoot() {
        DependencyTree parsed = Annotated.of("\"I congratulate the minister on his new appointment.\"").tree(0);
        assertThat(parsed.head(1)).as("the misparse this mends: the quote is the root").isZero();
        DependencyTree tree = repaired("\"I congratulate the minister on his new appointment.\"");
        int congratulate = index(tree, "congratulate");
        assertThat(tree.head(congratulate)).isZero();
        assertThat(tree.relation(congratulate)).isEqualTo("root");
        assertThat(tree.head(1)).isEqualTo(congratulate);
        assertThat(tree.relation(1)).isEqualTo("punct");
        assertThat(tree.head(index(tree, "I"))).isEqualTo(congratulate);
    }

    @Test
    void whomACallIsMadeOnHangsOnTheVerbAndWhatIsAskedIsItsComplement() {
        DependencyTree tree = repaired("The union has called on the government to appoint safety inspectors.");
        int called = index(tree, "called");
        int government = index(tree, "government");
        assertThat(tree.head(government)).isEqualTo(called);
        assertThat(tree.preposition(government)).isEqualTo("on");
        assertThat(tree.head(index(tree, "appoint"))).isEqualTo(called);
        assertThat(tree.relation(index(tree, "appoint"))).isEqualTo("xcomp");
    }

    @Test
    void whomACallForAnActIsMadeOfHangsOnTheVerbToo() {
        DependencyTree tree = repaired("Iran's foreign minister called for Israel to pull out of Gaza.");
        int israel = index(tree, "Israel");
        assertThat(tree.head(israel)).isEqualTo(index(tree, "called"));
        assertThat(tree.preposition(israel)).isEqualTo("for");
    }

    @Test
    void aGerundReadAsTheAdjectiveOfANameOpensItsOwnClause() {
        DependencyTree tree = repaired("Home Secretary Charles Clarke responded by accusing Michael Howard of lying.");
        int accusing = index(tree, "accusing");
        assertThat(tree.head(accusing)).isEqualTo(index(tree, "responded"));
        assertThat(tree.relation(accusing)).isEqualTo("advcl");
        assertThat(tree.head(index(tree, "by"))).isEqualTo(accusing);
        assertThat(tree.head(index(tree, "Howard"))).isEqualTo(accusing);
        assertThat(tree.relation(index(tree, "Howard"))).isEqualTo("obj");
        assertThat(tree.head(index(tree, "lying"))).as("the name's of-phrase is the gerund's").isEqualTo(accusing);
    }

    @Test
    void aParticipleAfterANounReadAsTheAdjectiveOfANameOpensTheNounsClause() {
        DependencyTree parsed = Annotated.of("Lib Dem chairman Matthew Taylor has written to the watchdog accusing "
                + "Labour of a \"flagrant and systematic breach\" of the laws.").tree(0);
        assertThat(parsed.relation(index(parsed, "accusing"))).as("the misparse this mends").isEqualTo("amod");
        DependencyTree tree = repaired("Lib Dem chairman Matthew Taylor has written to the watchdog accusing "
                + "Labour of a \"flagrant and systematic breach\" of the laws.");
        int watchdog = index(tree, "watchdog");
        int accusing = index(tree, "accusing");
        assertThat(tree.head(watchdog)).isEqualTo(index(tree, "written"));
        assertThat(tree.preposition(watchdog)).isEqualTo("to");
        assertThat(tree.head(accusing)).as("the writer accuses").isEqualTo(index(tree, "written"));
        assertThat(tree.relation(index(tree, "Labour"))).isEqualTo("obj");
        assertThat(tree.head(index(tree, "Labour"))).isEqualTo(accusing);
        assertThat(tree.head(index(tree, "breach"))).isEqualTo(accusing);
    }

    @Test
    void aPhraseAfterANameAndACommaReadAsASecondObjectIsTheNamesApposition() {
        String sentence = "Lebanese opposition politicians blamed the killing on Syria, the main power broker in Lebanon.";
        DependencyTree parsed = Annotated.of(sentence).tree(0);
        assertThat(parsed.relation(index(parsed, "broker"))).as("the misparse this mends").isEqualTo("obj");
        DependencyTree tree = repaired(sentence);
        assertThat(tree.head(index(tree, "broker"))).isEqualTo(index(tree, "Syria"));
        assertThat(tree.relation(index(tree, "broker"))).isEqualTo("appos");
    }

    @Test
    void aParticipleThatDescribesANameStaysItsAdjective() {
        AnnotatedSentence parsed = Annotated.of("The row split the ruling Zanu-PF party after growing Western pressure.")
                .tree(0).sentence();
        assertThat(ParseRepairs.repaired(parsed)).isSameAs(parsed);
    }

    @Test
    void aSpeechVerbReadAsTheClausalSubjectHeadsWhatItSays() {
        DependencyTree tree = repaired("The Tories say Labour's plans to give all children two hours of sports "
                + "lessons a week in schools have failed.");
        int say = index(tree, "say");
        int failed = index(tree, "failed");
        assertThat(tree.head(say)).isZero();
        assertThat(tree.head(failed)).isEqualTo(say);
        assertThat(tree.relation(failed)).isEqualTo("ccomp");
        assertThat(tree.head(index(tree, "Tories"))).isEqualTo(say);
    }

    @Test
    void aFreeRelativeIsNoSpeech() {
        AnnotatedSentence parsed = Annotated.of("What I think is shocking to the public is that these things go on.")
                .tree(0).sentence();
        DependencyTree tree = new DependencyTree(ParseRepairs.repaired(parsed));
        assertThat(tree.head(index(tree, "think"))).isNotZero();
    }

    @Test
    void aSentenceParsedRightIsLeftAsItIs() {
        AnnotatedSentence parsed = Annotated.of("Russia urged Iran to release the crew on Monday.").tree(0).sentence();
        assertThat(ParseRepairs.repaired(parsed)).isSameAs(parsed);
    }

    @Test
    void anArticleIsMendedSentenceBySentence() {
        AnnotatedArticle parsed = Annotated.of("Russia urged Iran to release the crew on Monday. "
                + "The union has called on the government to appoint safety inspectors.").article();
        AnnotatedArticle mended = ParseRepairs.repaired(parsed);
        assertThat(mended.sentences().get(0)).isSameAs(parsed.sentences().get(0));
        DependencyTree second = new DependencyTree(mended.sentences().get(1));
        assertThat(second.preposition(index(second, "government"))).isEqualTo("on");
        assertThat(mended.entities()).isEqualTo(parsed.entities());
        AnnotatedArticle clean = Annotated.of("Russia urged Iran to release the crew on Monday.").article();
        assertThat(ParseRepairs.repaired(clean)).isSameAs(clean);
    }

    @Test
    void aVerbConjoinedToTheSpeechVerbIsConjoinedToWhatIsSaid() {
        String sentence = "Palestinian witnesses say Israeli troops shot and killed two Palestinian civilians in the West Bank.";
        DependencyTree parsed = Annotated.of(sentence).tree(0);
        assertThat(parsed.head(index(parsed, "killed"))).as("the misparse").isEqualTo(index(parsed, "say"));
        DependencyTree tree = repaired(sentence);
        assertThat(tree.head(index(tree, "killed"))).isEqualTo(index(tree, "shot"));
        assertThat(tree.relation(index(tree, "killed"))).isEqualTo("conj");
    }

    @Test
    void aConjoinedClauseWithASubjectOfItsOwnStaysTheSpeakers() {
        AnnotatedSentence parsed = Annotated.of("The minister said the talks had failed and he resigned on Monday.")
                .tree(0).sentence();
        DependencyTree tree = new DependencyTree(ParseRepairs.repaired(parsed));
        int resigned = index(tree, "resigned");
        assertThat(tree.head(resigned)).isEqualTo(new DependencyTree(parsed).head(resigned));
    }

    @Test
    void aMainVerbWithAFiniteAuxiliaryLeadsAfterAReducedRelative() {
        DependencyTree tree = repaired("Meanwhile, eight Chinese workers taken hostage in Iraq earlier this month have "
                + "turned up unharmed in Baghdad.");
        int workers = index(tree, "workers");
        int taken = index(tree, "taken");
        int turned = index(tree, "turned");
        assertThat(tree.head(turned)).isZero();
        assertThat(tree.head(workers)).isEqualTo(turned);
        assertThat(tree.head(taken)).as("the workers were taken").isEqualTo(workers);
        assertThat(tree.relation(taken)).isEqualTo("acl");
    }

    @Test
    void aSayReadAsTheAuxiliaryOfWhatIsSaidLeadsAfterAReducedRelative() {
        DependencyTree tree = repaired("Relatives of more than 100 Iranians killed in the crash of a military plane say "
                + "officials ordered the transport to fly Tuesday.");
        int say = index(tree, "say");
        int relatives = index(tree, "Relatives");
        int killed = index(tree, "killed");
        int ordered = index(tree, "ordered");
        assertThat(tree.head(say)).isZero();
        assertThat(tree.head(relatives)).isEqualTo(say);
        assertThat(tree.relation(relatives)).isEqualTo("nsubj");
        assertThat(tree.head(killed)).isEqualTo(relatives);
        assertThat(tree.relation(killed)).isEqualTo("acl");
        assertThat(tree.head(ordered)).isEqualTo(say);
        assertThat(tree.relation(ordered)).isEqualTo("ccomp");
    }

    @Test
    void aReducedRelativeReadAsTheRootHangsFromItsNounAndTheFiniteVerbLeads() {
        DependencyTree tree = repaired("A central government report released Thursday says the value of "
                + "China-Africa trade was $114.8 billion from January to November.");
        int says = index(tree, "says");
        int report = index(tree, "report");
        int released = index(tree, "released");
        assertThat(tree.head(says)).isZero();
        assertThat(tree.head(report)).isEqualTo(says);
        assertThat(tree.relation(report)).isEqualTo("nsubj");
        assertThat(tree.head(released)).isEqualTo(report);
        assertThat(tree.relation(released)).isEqualTo("acl");
        assertThat(tree.head(index(tree, "Thursday"))).as("the participle keeps its own phrases").isEqualTo(released);
        String main = "The army had released the prisoners on Thursday and says more will follow.";
        assertThat(repaired(main).relation(index(repaired(main), "released"))).as("an auxiliary: a real main verb")
                .isEqualTo(Annotated.of(main).tree(0).relation(index(repaired(main), "released")));
    }

    @Test
    void theSubjectOfWhatIsSaidReadAsTheSpeechVerbsObjectIsTheSubjectAgain() {
        String sentence = "Campaign groups including Friends of the Earth, the World Development Movement, and "
                + "War on Want said UK government policy on free trade was a major barrier to fighting poverty.";
        DependencyTree parsed = Annotated.of(sentence).tree(0);
        assertThat(parsed.relation(index(parsed, "policy"))).as("the misparse this mends").isEqualTo("obj");
        DependencyTree tree = repaired(sentence);
        int policy = index(tree, "policy");
        assertThat(tree.head(policy)).isEqualTo(index(tree, "barrier"));
        assertThat(tree.relation(policy)).isEqualTo("nsubj");
        DependencyTree told = repaired("A police officer told HRW that IS had carried out an attack.");
        assertThat(told.relation(index(told, "HRW"))).as("whom one tells is no subject").isEqualTo("obj");
    }
}
