package org.dyad.code.actor;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.AnnotatedSentence;
import org.dyad.model.Token;

/**
 * Which surnames an article gives a man's or a woman's title ("Mr Bush", "Mrs Blair", "Lord
 * Falconer", "Baroness Symons"), so that "she" is not read as George W Bush. A surname the article
 * titles both ways ("Mr Blair" and "Mrs Blair") says nothing; an untitled one says nothing either.
 */
public final class NameGenders {
    static final NameGenders NONE = new NameGenders(Set.of(), Set.of());
    private static final Set<String> MALE_TITLES = Set.of("mr", "mr.", "lord", "sir", "king", "prince", "mister");
    private static final Set<String> FEMALE_TITLES = Set.of("mrs", "mrs.", "ms", "ms.", "miss", "lady", "dame",
            "queen", "princess", "baroness");
    private static final Set<String> MALE_PRONOUNS = Set.of("he", "him", "his");
    private static final Set<String> FEMALE_PRONOUNS = Set.of("she", "her", "hers");

    private final Set<String> men;
    private final Set<String> women;

    private NameGenders(Set<String> men, Set<String> women) {
        this.men = Set.copyOf(men);
        this.women = Set.copyOf(women);
    }

    /** The surnames the article's titles mark, read from every sentence's tokens. */
    public static NameGenders of(AnnotatedArticle article) {
        Set<String> men = new HashSet<>();
        Set<String> women = new HashSet<>();
        for (AnnotatedSentence s : article.sentences()) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i + 1 < tokens.size(); i++) {
                String title = tokens.get(i).word().toLowerCase(Locale.ROOT);
                boolean male = MALE_TITLES.contains(title);
                // "First Lady Laura Bush" titles the president's wife, whose surname is his too
                boolean firstLady = i > 0 && tokens.get(i - 1).word().equalsIgnoreCase("first");
                if ((male || FEMALE_TITLES.contains(title)) && !firstLady) {
                    String surname = surnameAfter(tokens, i + 1);
                    if (surname != null) {
                        (male ? men : women).add(surname);
                    }
                }
            }
        }
        return new NameGenders(men, women);
    }

    /** The last word of the run of capitalised words from {@code from} ("Mr [George W Bush]"), or null. */
    private static String surnameAfter(List<Token> tokens, int from) {
        String last = null;
        for (int k = from; k < tokens.size() && k < from + 4; k++) {
            String w = tokens.get(k).word();
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                break;
            }
            last = w.toLowerCase(Locale.ROOT);
        }
        return last;
    }

    /** True when the pronoun's gender is the opposite of the one the article's titles give the person. */
    public boolean contradicts(ActorMention person, String pronoun) {
        String surname = person.lastWord().toLowerCase(Locale.ROOT);
        if (surname.isEmpty()) {
            return false;
        }
        boolean man = men.contains(surname) && !women.contains(surname);
        boolean woman = women.contains(surname) && !men.contains(surname);
        String p = pronoun.toLowerCase(Locale.ROOT);
        return man && FEMALE_PRONOUNS.contains(p) || woman && MALE_PRONOUNS.contains(p);
    }
}
