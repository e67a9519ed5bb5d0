package org.dyad.clean;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Language of a text (ISO 639-1) with optimaize language-detector. The ~70 built-in profiles are
 * loaded once per JVM on first use; detector and text factory are immutable and shared by threads.
 * Answers only when the text is long enough and one language clearly wins: n-gram statistics
 * on a sentence or two are too noisy to justify skipping a document.
 */
final class LanguageIdentifier {
    /** Below this many letters the answer is "unsure". */
    static final int MIN_LETTERS = 120;
    private static final double MIN_PROBABILITY = 0.85;
    /** Enough text to decide; longer bodies only cost time. */
    private static final int SAMPLE_CHARS = 4000;

    private LanguageIdentifier() {
    }

    private static final class Holder {
        static final LanguageDetector DETECTOR = build();
        static final TextObjectFactory TEXT = CommonTextObjectFactories.forDetectingOnLargeText();

        private static LanguageDetector build() {
            try {
                return LanguageDetectorBuilder.create(NgramExtractors.standard())
                        .withProfiles(new LanguageProfileReader().readAllBuiltIn())
                        .build();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load language profiles", e);
            }
        }
    }

    /**
     * Starts loading the profiles on a background thread (about a second of CPU), once per JVM.
     * Called when a cleaner is made, so the load overlaps the annotator's model loading instead of
     * holding up every worker thread at the first article while one of them loads.
     */
    static void loadInBackground() {
        BackgroundLoad.started();
    }

    /** Its class initialisation, which the JVM runs once, starts the loading thread. */
    private static final class BackgroundLoad {
        static {
            Thread loader = new Thread(() -> Holder.DETECTOR.getClass(), "dyad-language-load");
            loader.setDaemon(true);
            loader.start();
        }

        static void started() {
            // nothing more: touching the class ran its initialiser
        }
    }

    /** The language, or empty when the text is too short or no language is clearly ahead. */
    static Optional<String> detect(String text) {
        if (letters(text) < MIN_LETTERS) {
            return Optional.empty();
        }
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        List<DetectedLanguage> candidates = Holder.DETECTOR.getProbabilities(Holder.TEXT.forText(sample));
        if (candidates.isEmpty() || candidates.get(0).getProbability() < MIN_PROBABILITY) {
            return Optional.empty();
        }
        return Optional.of(candidates.get(0).getLocale().getLanguage());
    }

    private static int letters(String text) {
        int count = 0;
        for (int i = 0; i < text.length() && count < MIN_LETTERS; i++) {
            if (Character.isLetter(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }
}
