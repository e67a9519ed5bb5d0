package org.dyad.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes page furniture from a list of paragraphs, using the rules of {@code boilerplate.txt}
 * (format in the README beside it) plus one rule in code: a tail of short unpunctuated lines
 * (signatures, publisher names) after the last sentence is cut.
 */
final class BoilerplateFilter {
    static final String RESOURCE = "boilerplate.txt";
    private static final int MAX_WORDS = 30;
    private static final int MAX_TAIL_WORDS = 12;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'”’»)\\]]*$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.:!?…|•·»›>-]+$");

    /** Small words a title-case signature may keep in lower case. */
    private static final Set<String> CONNECTORS = Set.of("a", "an", "and", "at", "by", "de", "for", "in", "of", "on",
            "the", "to", "und", "et", "&");

    private final Set<String> phrases;
    private final List<Pattern> patterns;

    BoilerplateFilter(Set<String> phrases, List<Pattern> patterns) {
        this.phrases = Set.copyOf(phrases);
        this.patterns = List.copyOf(patterns);
    }

    /** The rules shipped with Dyad. */
    static BoilerplateFilter standard() {
        try (InputStream in = BoilerplateFilter.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BoilerplateFilter parse(List<String> lines) {
        Set<String> phrases = new HashSet<>();
        List<Pattern> patterns = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("re:")) {
                patterns.add(Pattern.compile(line.substring(3), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            } else {
                phrases.add(key(line));
            }
        }
        return new BoilerplateFilter(phrases, patterns);
    }

    /** @param publisher the publisher's name when known, so its signature lines can be recognised */
    List<String> filter(List<String> paragraphs, String publisher) {
        List<String> kept = new ArrayList<>();
        for (String paragraph : paragraphs) {
            if (!isFurniture(paragraph)) {
                kept.add(paragraph);
            }
        }
        Set<String> publisherWords = significantWords(publisher);
        // Keep at least one paragraph: a one-line document (a headline, a JSONL sentence) is content.
        while (kept.size() > 1 && isSignature(kept.get(kept.size() - 1), publisherWords)) {
            kept.remove(kept.size() - 1);
        }
        return kept;
    }

    boolean isFurniture(String paragraph) {
        if (wordCount(paragraph) > MAX_WORDS) {
            return false;
        }
        if (phrases.contains(key(paragraph))) {
            return true;
        }
        for (Pattern pattern : patterns) {
            if (pattern.matcher(paragraph).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A short closing line with no sentence end that is either title-case ("Institute for
     * International Political and Economic Strategies – RUSSTRAT", "Example News") or names the
     * publisher ("Russtrat world"). A lower-case fragment ("toward the capital") is text and stays.
     */
    private static boolean isSignature(String paragraph, Set<String> publisherWords) {
        String line = paragraph.strip();
        if (wordCount(line) > MAX_TAIL_WORDS || SENTENCE_END.matcher(line).find()) {
            return false;
        }
        return isTitleCase(line) || !java.util.Collections.disjoint(significantWords(line), publisherWords);
    }

    private static boolean isTitleCase(String line) {
        boolean sawWord = false;
        for (String word : line.split("[\\s–—-]+")) {
            if (word.isEmpty() || !Character.isLetter(word.codePointAt(0)) || CONNECTORS.contains(word)) {
                continue;
            }
            if (!Character.isUpperCase(word.codePointAt(0))) {
                return false;
            }
            sawWord = true;
        }
        return sawWord;
    }

    private static Set<String> significantWords(String text) {
        Set<String> words = new HashSet<>();
        if (text != null) {
            for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (word.length() >= 4) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    private static String key(String text) {
        return TRAILING_PUNCTUATION.matcher(text.strip().replaceAll("\\s+", " ")).replaceAll("").toLowerCase(Locale.ROOT);
    }

    static int wordCount(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
