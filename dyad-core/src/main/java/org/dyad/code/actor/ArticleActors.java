package org.dyad.code.actor;

import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Every actor mention of an article, by sentence, with lookups for pronouns and discourse. */
public final class ArticleActors {
    /** A plural common noun ("ministers") or acronym ("MPs") as the last word of a title. */
    private static final Pattern PLURAL_WORD = Pattern.compile("[a-z]+s|[A-Z]+s");
    private final List<List<ActorMention>> bySentence;
    private final List<PersonRegistry.Learnt> learnt;
    private final HomeCountry home;
    private final List<List<ActorDictionary.SectorWords>> sectorWords;
    private final NameGenders genders;
    private final MainArguments main;
    private final OfficeHolders offices;

    public ArticleActors(List<List<ActorMention>> bySentence, List<PersonRegistry.Learnt> learnt) {
        this(bySentence, learnt, null, List.of(), NameGenders.NONE, MainArguments.NONE, OfficeHolders.NONE);
    }

    /**
     * @param home        the country the article is about, or null when it has no clear one
     * @param sectorWords each sentence's title and body words ("officials", "government"), as the
     *                    dictionary found them; may be empty
     * @param genders     the surnames the article titles as a man's or a woman's
     * @param main        each sentence's main-clause subject and object, as its parse gives them
     * @param offices     the offices the article gives people ("Chancellor Gordon Brown")
     */
    public ArticleActors(List<List<ActorMention>> bySentence, List<PersonRegistry.Learnt> learnt, HomeCountry home,
            List<List<ActorDictionary.SectorWords>> sectorWords, NameGenders genders, MainArguments main,
            OfficeHolders offices) {
        this.bySentence = List.copyOf(bySentence);
        this.learnt = List.copyOf(learnt);
        this.home = home;
        this.sectorWords = List.copyOf(sectorWords);
        this.genders = genders;
        this.main = main;
        this.offices = offices;
    }

    /** Whether a title or body word ("officials", "the government") covers this token. */
    public boolean sectorWordAt(int sentence, int token) {
        return sectorWordAt(sentence, token, w -> true);
    }

    /** Whether a person's title ("minister", "soldier"), not a body word, covers this token. */
    public boolean titleAt(int sentence, int token) {
        return sectorWordAt(sentence, token, ActorDictionary.SectorWords::title);
    }

    /** Whether a title or body word of these sectors covers this token ("security forces": COP, MIL). */
    public boolean sectorAt(int sentence, int token, String sector) {
        return sectorWordAt(sentence, token, w -> w.sectors().contains(sector));
    }

    private boolean sectorWordAt(int sentence, int token, Predicate<ActorDictionary.SectorWords> kind) {
        if (sentence < 0 || sentence >= sectorWords.size()) {
            return false;
        }
        return sectorWords.get(sentence).stream()
                .anyMatch(w -> kind.test(w) && token >= w.first() && token <= w.last());
    }

    /** The country the article is about ({@link HomeCountry}), if it has a clear one. */
    public Optional<HomeCountry> home() {
        return Optional.ofNullable(home);
    }

    /** People this article named with a country: what it can teach the registry. */
    public List<PersonRegistry.Learnt> learnt() {
        return learnt;
    }

    public List<ActorMention> in(int sentence) {
        return sentence >= 0 && sentence < bySentence.size() ? bySentence.get(sentence) : List.of();
    }

    /** The mention covering a token, if any. */
    public Optional<ActorMention> at(int sentence, int token) {
        return in(sentence).stream().filter(m -> m.covers(token)).findFirst();
    }

    /**
     * The person named before (sentence, token) whom the pronoun there can stand for: what "he" or
     * "she" most likely refers to. In its own sentence, the last person before it; in an earlier
     * sentence, the person that sentence's main clause is about — its subject, when the parse gives
     * one ("Lib Dem leader Charles Kennedy wrote to George W Bush. He wants…" is Kennedy) — else
     * the last person it names. A person the article titles as the other gender ("Mr Bush" for a
     * "she") is passed over.
     */
    public Optional<ActorMention> lastPersonBefore(int sentence, int token, String pronoun) {
        return lastPersonBefore(sentence, token, pronoun, m -> false);
    }

    /** As {@link #lastPersonBefore(int, int, String)}, passing over the persons {@code passOver} rules out. */
    public Optional<ActorMention> lastPersonBefore(int sentence, int token, String pronoun,
            Predicate<ActorMention> passOver) {
        return antecedent(sentence, token, pronoun, passOver, main::subject, false);
    }

    /**
     * Whether two mentions can be one person: the same person named alike ("Gordon Brown", "Mr
     * Brown"), or an office and a name the article gives it ("the chancellor", "Mr Brown").
     */
    public boolean samePerson(ActorMention a, ActorMention b) {
        boolean named = a.kind() == ActorDictionary.Kind.PERSON && b.kind() == ActorDictionary.Kind.PERSON
                && a.sameActor(b);
        return named || offices.samePerson(a, b);
    }

    /**
     * Whom an object pronoun ("accused him") stands for: a person named before it in its own
     * sentence, the last first; else, in each sentence before, the person its main verb has as object
     * ("Putin met Raisi. The minister told him…" is Raisi), or else the first person it names — most
     * often its subject, whom the next sentence goes on about ("Tory co-chairman Liam Fox said the
     * comments were at odds with Tony Blair's prediction. But Mr Clarke accused him…" is Fox). Persons
     * {@code passOver} rules out (the clause's own subject), and those of the other gender, are passed over.
     */
    public Optional<ActorMention> objectAntecedent(int sentence, int token, String pronoun,
            Predicate<ActorMention> passOver) {
        return antecedent(sentence, token, pronoun, passOver, main::object, true);
    }

    /**
     * The person a pronoun at (sentence, token) stands for: in its own sentence the last person
     * before it; in each earlier sentence (up to five back) the person its main clause names as
     * {@code mainArgument} (subject or object), else its first or last person named. Persons
     * {@code passOver} rules out, plural titles and those of the other gender are passed over.
     */
    private Optional<ActorMention> antecedent(int sentence, int token, String pronoun, Predicate<ActorMention> passOver,
            IntFunction<List<Integer>> mainArgument, boolean firstNamed) {
        Predicate<ActorMention> candidate = m -> m.kind() == ActorDictionary.Kind.PERSON && !pluralTitle(m)
                && !passOver.test(m) && !genders.contradicts(m, pronoun);
        Optional<ActorMention> before = lastOf(in(sentence), m -> m.last() < token && candidate.test(m));
        for (int s = sentence - 1; before.isEmpty() && s >= 0 && s > sentence - 6; s--) {
            List<Integer> argument = mainArgument.apply(s);
            before = in(s).stream().filter(m -> argument.stream().anyMatch(m::covers) && candidate.test(m)).findFirst();
            if (before.isEmpty()) {
                before = firstNamed ? in(s).stream().filter(candidate).findFirst() : lastOf(in(s), candidate);
            }
        }
        return before;
    }

    private static Optional<ActorMention> lastOf(List<ActorMention> mentions, Predicate<ActorMention> test) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            if (test.test(mentions.get(i))) {
                return Optional.of(mentions.get(i));
            }
        }
        return Optional.empty();
    }

    /** "MPs", "ministers", "MEPs": a title in the plural names several people, never a he or a she. */
    private static boolean pluralTitle(ActorMention m) {
        return PLURAL_WORD.matcher(m.lastWord()).matches();
    }

    public List<List<ActorMention>> all() {
        return bySentence;
    }
}
