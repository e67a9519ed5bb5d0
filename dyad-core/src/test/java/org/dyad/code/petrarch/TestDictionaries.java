package org.dyad.code.petrarch;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Token;

/** The small invented dictionaries under test resources, and sentences as tokens. */
final class TestDictionaries {
    private TestDictionaries() {
    }

    static Path dir() {
        try {
            return Path.of(TestDictionaries.class.getResource("/org/dyad/code/petrarch/dicts").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path file(String name) {
        return dir().resolve(name);
    }

    /** Whitespace-separated words as tokens, tagged NNP unless written word/TAG. */
    static List<Token> tokens(String sentence) {
        List<Token> out = new ArrayList<>();
        int offset = 0;
        int i = 1;
        for (String item : sentence.split(" ")) {
            int slash = item.lastIndexOf('/');
            String w = slash > 0 ? item.substring(0, slash) : item;
            String pos = slash > 0 ? item.substring(slash + 1) : "NNP";
            out.add(new Token(i++, w, w.toLowerCase(), pos, "O", offset, offset + w.length(), -1, null));
            offset += w.length() + 1;
        }
        return out;
    }
}
