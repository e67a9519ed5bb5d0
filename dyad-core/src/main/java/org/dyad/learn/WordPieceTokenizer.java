package org.dyad.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * BERT's uncased WordPiece tokenizer, as described by the model's {@code tokenizer.json}
 * (BertNormalizer lower-case + accent strip, BertPreTokenizer, greedy longest-match WordPiece with
 * {@code ##}). Written here rather than taken from DJL so that every piece keeps the character
 * offsets of the text it came from, and no native tokenizer library is needed.
 */
public final class WordPieceTokenizer {
    static final int CLS = 101;
    static final int SEP = 102;
    static final int UNK = 100;
    private static final int MAX_WORD_CHARS = 100;

    private final Map<String, Integer> vocab;

    WordPieceTokenizer(Map<String, Integer> vocab) {
        this.vocab = Map.copyOf(vocab);
    }

    /** Reads {@code model.vocab} from a Hugging Face {@code tokenizer.json}. */
    public static WordPieceTokenizer fromTokenizerJson(InputStream json) throws IOException {
        JsonNode vocabNode = new ObjectMapper().readTree(json).path("model").path("vocab");
        if (!vocabNode.isObject() || vocabNode.isEmpty()) {
            throw new IOException("tokenizer.json has no model.vocab");
        }
        Map<String, Integer> vocab = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = vocabNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            vocab.put(e.getKey(), e.getValue().asInt());
        }
        return new WordPieceTokenizer(vocab);
    }

    /** A word as BERT's pre-tokenizer sees it: a run of letters/digits, or one punctuation mark. */
    public record Word(int start, int end) {
    }

    /** One word piece: its vocabulary id, the word it belongs to and that word's characters. */
    public record Piece(int id, int word, int start, int end) {
    }

    /** Words of {@code text}: split on white space, each punctuation or symbol char its own word. */
    public static List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
                start = close(out, start, i);
            } else if (isPunctuation(c)) {
                start = close(out, start, i);
                out.add(new Word(i, i + 1));
            } else if (start < 0) {
                start = i;
            }
        }
        close(out, start, text.length());
        return out;
    }

    private static int close(List<Word> out, int start, int end) {
        if (start >= 0 && end > start) {
            out.add(new Word(start, end));
        }
        return -1;
    }

    /** BERT counts every ASCII non-alphanumeric printable char and Unicode P* as punctuation. */
    private static boolean isPunctuation(char c) {
        if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) {
            return true;
        }
        int t = Character.getType(c);
        return t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION
                || t == Character.START_PUNCTUATION || t == Character.END_PUNCTUATION
                || t == Character.INITIAL_QUOTE_PUNCTUATION || t == Character.FINAL_QUOTE_PUNCTUATION
                || t == Character.OTHER_PUNCTUATION;
    }

    /** Pieces of the given words, in order; a word with no known pieces becomes one [UNK]. */
    public List<Piece> pieces(String text, List<Word> words) {
        List<Piece> out = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            Word word = words.get(w);
            String norm = normalize(text.substring(word.start(), word.end()));
            List<Integer> ids = wordPieces(norm);
            for (int id : ids) {
                out.add(new Piece(id, w, word.start(), word.end()));
            }
        }
        return out;
    }

    /** Lower-case and strip accents (NFD, drop combining marks), as BertNormalizer does. */
    static String normalize(String word) {
        String d = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return d.replaceAll("\\p{Mn}", "");
    }

    private List<Integer> wordPieces(String word) {
        if (word.isEmpty()) {
            return List.of();
        }
        if (word.length() > MAX_WORD_CHARS) {
            return List.of(UNK);
        }
        List<Integer> ids = new ArrayList<>();
        int start = 0;
        while (start < word.length()) {
            int end = word.length();
            Integer id = null;
            while (end > start) {
                String sub = (start > 0 ? "##" : "") + word.substring(start, end);
                id = vocab.get(sub);
                if (id != null) {
                    break;
                }
                end--;
            }
            if (id == null) {
                return List.of(UNK);
            }
            ids.add(id);
            start = end;
        }
        return ids;
    }
}
