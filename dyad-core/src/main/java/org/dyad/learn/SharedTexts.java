package org.dyad.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Resolves training-set references to sentence text in the development data ({@code ../shared/data}),
 * so no sentence is ever stored in the repository.
 *
 * <ul>
 *   <li>{@code bbc/<category>/<NNN>.txt:<start>-<end>}: characters of a BBC article
 *       ({@code bbc-news-fulltext/}, ASCII);</li>
 *   <li>{@code gmb:<N>}: sentence N of the GMB extract ({@code gmb-ner-kaggle/ner_dataset.csv.zip},
 *       cp1252), its tokens joined by single spaces.</li>
 * </ul>
 */
public final class SharedTexts {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private final Path data;
    private final Map<String, String> articles = new HashMap<>();
    private Map<Integer, String> gmb;

    /** @param data the {@code ../shared/data} folder */
    public SharedTexts(Path data) {
        this.data = data;
    }

    /** The sentence a reference names; a clear error for a malformed or missing one. */
    public String text(String ref) throws IOException {
        if (ref.startsWith("gmb:")) {
            return gmbSentence(Integer.parseInt(ref.substring(4)));
        }
        int colon = ref.lastIndexOf(':');
        if (!ref.startsWith("bbc/") || colon < 0 || !ref.substring(colon + 1).matches("\\d+-\\d+")) {
            throw new IOException("not a sentence reference: " + ref);
        }
        String article = article(ref.substring(0, colon));
        String[] range = ref.substring(colon + 1).split("-");
        int start = Integer.parseInt(range[0]);
        int end = Integer.parseInt(range[1]);
        if (end > article.length() || start >= end) {
            throw new IOException(ref + ": offsets outside the article (" + article.length() + " chars)");
        }
        return article.substring(start, end);
    }

    private String article(String path) throws IOException {
        String cached = articles.get(path);
        if (cached == null) {
            cached = Files.readString(data.resolve("bbc-news-fulltext").resolve(path), StandardCharsets.ISO_8859_1);
            articles.put(path, cached);
        }
        return cached;
    }

    /** Sentence N of the GMB CSV; the zip is read once, keeping only sentences asked for later. */
    private String gmbSentence(int n) throws IOException {
        if (gmb == null) {
            gmb = readGmb(data.resolve("gmb-ner-kaggle/ner_dataset.csv.zip"));
        }
        String s = gmb.get(n);
        if (s == null) {
            throw new IOException("gmb:" + n + ": no such sentence");
        }
        return s;
    }

    static Map<Integer, String> readGmb(Path zip) throws IOException {
        Map<Integer, String> out = new HashMap<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            ZipEntry e = z.getEntry("ner_dataset.csv");
            if (e == null) {
                throw new IOException(zip + ": no ner_dataset.csv inside");
            }
            try (BufferedReader in = new BufferedReader(new InputStreamReader(z.getInputStream(e), CP1252))) {
                in.readLine();
                int current = -1;
                StringBuilder sb = new StringBuilder();
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    List<String> f = csvFields(line);
                    if (f.size() < 4) {
                        continue;
                    }
                    if (!f.get(0).isEmpty()) {
                        if (current > 0) {
                            out.put(current, sb.toString());
                        }
                        current = Integer.parseInt(f.get(0).replace("Sentence:", "").strip());
                        sb.setLength(0);
                    }
                    sb.append(sb.length() == 0 ? "" : " ").append(f.get(1));
                }
                if (current > 0) {
                    out.put(current, sb.toString());
                }
            }
        }
        return out;
    }

    /** Fields of one CSV line: commas split, double quotes group, a doubled quote is a quote. */
    static List<String> csvFields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                f.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(c);
            }
        }
        out.add(f.toString());
        return out;
    }

    /** First 12 hex digits of the SHA-1 of the sentence with white space folded (the gold set's hash). */
    public static String hash(String sentence) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-1")
                    .digest(String.join(" ", sentence.strip().split("\\s+")).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The BBC article paths ({@code bbc/<category>/<NNN>.txt}) a file mentions anywhere. */
    public static Set<String> articlesNamedIn(String content) {
        Set<String> out = new TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("bbc/[a-z]+/\\d{3}\\.txt").matcher(content);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
