package org.dyad.code.actor.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads knowledge-base files. Two formats, told apart by the first line:
 * <ul>
 * <li>the base's own ({@code # source	kind	name	aliases	roles	licence}), as shipped and as
 * {@code dyad actors import} writes overlays; roles are space-separated {@link Role} texts;</li>
 * <li>a user's overrides: {@code name	code	[from	to	kind	note]}, dates ISO or empty — these win
 * over every other source.</li>
 * </ul>
 * A bad line is an error naming the file and line: a knowledge base that silently drops rows would
 * code people wrongly without saying so.
 */
public final class ActorFiles {
    public static final String HEADER = "# source\tkind\tname\taliases\troles\tlicence";
    static final int OVERRIDE_TIER = 0;
    static final int OVERLAY_TIER = 1;

    private ActorFiles() {
    }

    /** Reads an overlay or overrides file. */
    public static List<ActorRow> read(Path file) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            r.mark(1 << 16);
            String first = r.readLine();
            r.reset();
            String name = file.getFileName().toString();
            if (first != null && first.startsWith(HEADER)) {
                return parseBase(r, name, OVERLAY_TIER);
            }
            return parseOverrides(r, name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read actor file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Rows in the base's own format.
     *
     * @param tier the tier of every row, or -1 to take it from each row's source (shipped base)
     */
    static List<ActorRow> parseBase(BufferedReader r, String file, int tier) throws IOException {
        List<ActorRow> rows = new ArrayList<>(tier < 0 ? 30_000 : 64);
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 6) {
                throw new IllegalArgumentException(file + ":" + no + ": expected 6 tab-separated fields, got " + f.length);
            }
            try {
                List<String> names = new ArrayList<>();
                names.add(f[2]);
                for (String a : f[3].isEmpty() ? new String[0] : f[3].split("\\|")) {
                    names.add(a);
                }
                List<Role> roles = new ArrayList<>(2);
                for (String role : f[4].split(" ")) {
                    if (!role.isEmpty()) {
                        roles.add(Role.parse(role));
                    }
                }
                if (roles.isEmpty()) {
                    throw new IllegalArgumentException("no role");
                }
                ActorRow.Kind kind = ActorRow.Kind.valueOf(f[1].toUpperCase(Locale.ROOT));
                rows.add(new ActorRow(f[0], kind, names, roles, f[5], tier >= 0 ? tier : shippedTier(f[0])));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(file + ":" + no + ": " + e.getMessage(), e);
            }
        }
        return rows;
    }

    /** Facts reviewed by hand beat Phoenix's 2015 roles, which beat UCDP's undated group codes. */
    private static int shippedTier(String source) {
        if (source.startsWith("actors-facts")) {
            return 2;
        }
        return source.startsWith("Phoenix") ? 3 : 4;
    }

    private static List<ActorRow> parseOverrides(BufferedReader r, String file) throws IOException {
        List<ActorRow> rows = new ArrayList<>();
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 2 || f[0].isBlank()) {
                throw new IllegalArgumentException(file + ":" + no
                        + ": an overrides line is name<TAB>code[<TAB>from<TAB>to<TAB>kind<TAB>note]");
            }
            try {
                String from = f.length > 2 ? f[2].strip() : "";
                String to = f.length > 3 ? f[3].strip() : "";
                String note = f.length > 5 && !f[5].isBlank() ? "=" + f[5].strip().replace(' ', '_') : "";
                String dates = from.isEmpty() && to.isEmpty() ? "" : "@" + from + ".." + to;
                Role role = Role.parse(f[1].strip() + dates + note);
                ActorRow.Kind kind = f.length > 4 && !f[4].isBlank()
                        ? ActorRow.Kind.valueOf(f[4].strip().toUpperCase(Locale.ROOT)) : ActorRow.Kind.PERSON;
                rows.add(new ActorRow(file + ":" + no, kind, List.of(f[0].strip()), List.of(role), "user", OVERRIDE_TIER));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(file + ":" + no + ": " + e.getMessage(), e);
            }
        }
        return rows;
    }
}
