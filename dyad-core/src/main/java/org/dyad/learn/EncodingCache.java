package org.dyad.learn;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Encoded sentences kept on disk between training runs (experiments only; e.g. under /tmp), keyed by
 * the sentence text itself, so a changed sentence is simply encoded again.
 */
public final class EncodingCache {

    private EncodingCache() {
    }

    public static Map<String, EncodedSentence> read(Path file) throws IOException {
        Map<String, EncodedSentence> out = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String text = readText(in);
                int words = in.readInt();
                List<WordPieceTokenizer.Word> ws = new ArrayList<>();
                for (int w = 0; w < words; w++) {
                    ws.add(new WordPieceTokenizer.Word(in.readInt(), in.readInt()));
                }
                float[][] states = new float[words][];
                for (int w = 0; w < words; w++) {
                    states[w] = floats(in);
                }
                out.put(text, new EncodedSentence(text, ws, states, floats(in), floats(in)));
            }
        }
        return out;
    }

    public static void write(Path file, Iterable<EncodedSentence> sentences) throws IOException {
        List<EncodedSentence> list = new ArrayList<>();
        sentences.forEach(list::add);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            out.writeInt(list.size());
            for (EncodedSentence e : list) {
                byte[] t = e.text().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                out.writeInt(t.length);
                out.write(t);
                out.writeInt(e.words().size());
                for (WordPieceTokenizer.Word w : e.words()) {
                    out.writeInt(w.start());
                    out.writeInt(w.end());
                }
                for (float[] s : e.wordStates()) {
                    writeFloats(out, s);
                }
                writeFloats(out, e.mean());
                writeFloats(out, e.cls());
            }
        }
    }

    private static String readText(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void writeFloats(DataOutputStream out, float[] a) throws IOException {
        out.writeInt(a.length);
        for (float v : a) {
            out.writeFloat(v);
        }
    }

    private static float[] floats(DataInputStream in) throws IOException {
        float[] a = new float[in.readInt()];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readFloat();
        }
        return a;
    }
}
