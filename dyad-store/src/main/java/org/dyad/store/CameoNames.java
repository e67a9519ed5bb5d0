package org.dyad.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Names of CAMEO codes for display, from {@code cameo-names.tsv} beside this class (format in the
 * README there). A code without its own line is named by its longest listed prefix, so the 20 roots
 * are enough for every code.
 */
final class CameoNames {
    private static final Map<String, String> NAMES = load();

    private CameoNames() {
    }

    static String of(String code) {
        if (code == null) {
            return null;
        }
        for (int n = code.length(); n >= 2; n--) {
            String name = NAMES.get(code.substring(0, n));
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    private static Map<String, String> load() {
        Map<String, String> names = new HashMap<>();
        try (InputStream in = CameoNames.class.getResourceAsStream("cameo-names.tsv")) {
            if (in == null) {
                return names;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t");
                if (f.length >= 2 && !line.startsWith("#")) {
                    names.put(f[0].strip(), f[1].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cameo-names.tsv", e);
        }
        return names;
    }
}
