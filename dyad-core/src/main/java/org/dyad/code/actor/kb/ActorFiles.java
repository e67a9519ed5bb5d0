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
import org.dyad.code.data.TsvFile;
import org.dyad.code.data.TsvRow;

/**
 * Reads knowledge-base files through Dyad's one TSV loader ({@link TsvFile}). Two formats, told
 * apart by the first line:
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
    /** Where the shipped base is on the classpath. */
    static final String SHIPPED = "org/dyad/actors/actors.tsv";

    private ActorFiles() {
    }

    /** Reads an overlay or overrides file. */
    public static List<ActorRow> read(Path file) {
        TsvFile tsv = TsvFile.file(file);
        if (firstLine(file).startsWith(HEADER)) {
            return tsv.columns(6, 6).parse(row -> baseRow(row, OVERLAY_TIER));
        }
        String name = file.getFileName().toString();
        return tsv.columns(2, Integer.MAX_VALUE).parse(row -> overrideRow(row, name));
    }

    /** The shipped base; each row's tier comes from its source. */
    static List<ActorRow> shipped() {
        return TsvFile.resource(SHIPPED).columns(6, 6).parse(row -> baseRow(row, -1));
    }

    private static String firstLine(Path file) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = r.readLine();
            return first == null ? "" : first;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read actor file " + file + ": " + e.getMessage(), e);
        }
    }

    /** @param tier the tier of the row, or -1 to take it from its source (shipped base) */
    private static ActorRow baseRow(TsvRow row, int tier) {
        try {
            List<String> names = new ArrayList<>();
            names.add(row.cell(2));
            names.addAll(row.list(3));
            List<Role> roles = new ArrayList<>(2);
            for (String role : row.cell(4).split(" ")) {
                if (!role.isEmpty()) {
                    roles.add(Role.parse(role));
                }
            }
            if (roles.isEmpty()) {
                throw new IllegalArgumentException("no role");
            }
            ActorRow.Kind kind = ActorRow.Kind.valueOf(row.cell(1).toUpperCase(Locale.ROOT));
            String source = row.cell(0);
            return new ActorRow(source, kind, names, roles, row.cell(5), tier >= 0 ? tier : shippedTier(source));
        } catch (RuntimeException e) {
            throw row.error(e.getMessage());
        }
    }

    /** Facts reviewed by hand beat Phoenix's 2015 roles, which beat UCDP's undated group codes. */
    private static int shippedTier(String source) {
        if (source.startsWith("actors-facts")) {
            return 2;
        }
        return source.startsWith("Phoenix") ? 3 : 4;
    }

    /** @param file the file's own name, which the row's source cites ({@code mine.tsv:2}) */
    private static ActorRow overrideRow(TsvRow row, String file) {
        if (row.cell(0).isBlank()) {
            throw row.error("an overrides line is name<TAB>code[<TAB>from<TAB>to<TAB>kind<TAB>note]");
        }
        try {
            String from = row.cell(2).strip();
            String to = row.cell(3).strip();
            String note = row.cell(5).isBlank() ? "" : "=" + row.cell(5).strip().replace(' ', '_');
            String dates = from.isEmpty() && to.isEmpty() ? "" : "@" + from + ".." + to;
            Role role = Role.parse(row.cell(1).strip() + dates + note);
            ActorRow.Kind kind = row.cell(4).isBlank()
                    ? ActorRow.Kind.PERSON : ActorRow.Kind.valueOf(row.cell(4).strip().toUpperCase(Locale.ROOT));
            return new ActorRow(file + ":" + row.line(), kind, List.of(row.cell(0).strip()), List.of(role), "user",
                    OVERRIDE_TIER);
        } catch (RuntimeException e) {
            throw row.error(e.getMessage());
        }
    }
}
