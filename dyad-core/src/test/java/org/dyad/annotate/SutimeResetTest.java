package org.dyad.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One SUTime, documents one after another, as a worker thread runs them. SUTime's tense rules leave
 * a tag on the shared value of "Monday", so an untensed "talks on Monday" resolves to the past
 * Monday after a story in the past tense and to the coming one after a story in the future tense
 * (CoreNLP issue 1061). {@link SutimeReset} before each document makes the answer the same.
 * Sentences are tagged by hand: SUTime's rules read the part-of-speech tags, nothing else.
 */
class SutimeResetTest {
    private static final String ANCHOR = "2005-01-05";
    private static final String[] UNTENSED = {"Talks/NNS", "on/IN", "Monday/NNP", "./."};
    private static final String[] PAST = {"They/PRP", "met/VBD", "on/IN", "Monday/NNP", "./."};
    private static final String[] FUTURE = {"They/PRP", "will/MD", "meet/VB", "on/IN", "Monday/NNP", "./."};

    @Test
    void withoutTheResetAnUntensedDayDependsOnTheDocumentsBefore() {
        TimeAnnotator sutime = new TimeAnnotator("sutime", CoreNlpSettings.time());
        String fresh = monday(sutime, UNTENSED);
        monday(sutime, FUTURE);
        String afterFuture = monday(sutime, UNTENSED);
        assertThat(fresh).isEqualTo("2005-01-03");
        assertThat(afterFuture).as("SUTime alone keeps the future tense of the story before").isEqualTo("2005-01-10");
    }

    @Test
    void withTheResetItDoesNot() {
        TimeAnnotator sutime = new TimeAnnotator("sutime", CoreNlpSettings.time());
        SutimeReset reset = new SutimeReset(sutime);
        List<String> answers = new ArrayList<>();
        for (String[] before : List.of(UNTENSED, FUTURE, PAST, FUTURE, PAST)) {
            reset.reset();
            monday(sutime, before);
            reset.reset();
            answers.add(monday(sutime, UNTENSED));
        }
        assertThat(answers).containsOnly(answers.get(0));
        reset.reset();
        assertThat(monday(sutime, PAST)).isEqualTo("2005-01-03");
        reset.reset();
        assertThat(monday(sutime, FUTURE)).isEqualTo("2005-01-10");
    }

    /** The value SUTime gives "Monday" in a sentence of word/TAG tokens. */
    private static String monday(TimeAnnotator sutime, String[] tagged) {
        List<CoreLabel> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String wt : tagged) {
            int slash = wt.lastIndexOf('/');
            CoreLabel t = new CoreLabel();
            t.setWord(wt.substring(0, slash));
            t.setOriginalText(t.word());
            t.setValue(t.word());
            t.setTag(wt.substring(slash + 1));
            if (text.length() > 0) {
                text.append(' ');
            }
            t.setBeginPosition(text.length());
            text.append(t.word());
            t.setEndPosition(text.length());
            tokens.add(t);
        }
        CoreMap sentence = new Annotation(text.toString());
        sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
        sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, 0);
        sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, text.length());
        for (CoreMap t : sutime.annotateSingleSentence(sentence, ANCHOR, new SUTime.TimeIndex())) {
            if (t.get(CoreAnnotations.TextAnnotation.class).contains("Monday")) {
                return t.get(TimeAnnotations.TimexAnnotation.class).value();
            }
        }
        throw new AssertionError("SUTime found no Monday in " + text);
    }
}
