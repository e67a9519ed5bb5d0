package org.dyad.learn;

/**
 * The learned coder as one object: the frozen encoder plus the shipped heads. Thread-safe (the
 * encoder session and the trained weights are read-only).
 */
public final class LearnedCoder implements AutoCloseable {
    private final SentenceEncoder encoder;
    private final LearnedModel model;

    public LearnedCoder(SentenceEncoder encoder, LearnedModel model) {
        this.encoder = encoder;
        this.model = model;
    }

    /** Loads the encoder and the weights shipped in the jar. */
    public static LearnedCoder load() {
        return new LearnedCoder(SentenceEncoder.load(), LearnedModel.load());
    }

    /** Codes one sentence; span offsets index into {@code sentence}. */
    public LearnedCoding code(String sentence) {
        return model.code(encoder.encode(sentence));
    }

    @Override
    public void close() {
        encoder.close();
    }
}
