package org.dyad.code.actor.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a Wikidata SPARQL result (W3C SPARQL 1.1 Query Results JSON Format) of office holders into
 * overlay rows, one per person (source {@code wikidata:Q…}). Each binding is one term of office; the variables read are
 * {@code person, personLabel, aliases} ('|'-separated), {@code position, positionLabel},
 * {@code iso} (ISO 3166-1 alpha-3 of the position's country), {@code start}, {@code end}
 * (xsd:dateTime, end optional). The query that yields them is in {@code tools/actors/README.md}.
 * The sector comes from the office's label: defence offices are MIL+GOV, military commands MIL,
 * anything else GOV. Bindings without a person, label, country or start are skipped and counted.
 */
public final class WikidataImport {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The rows and how many bindings were skipped, with why. */
    public record Result(List<ActorRow> rows, int bindings, List<String> skipped) {
    }

    private WikidataImport() {
    }

    public static Result read(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        JsonNode bindings = root.path("results").path("bindings");
        if (!bindings.isArray()) {
            throw new IllegalArgumentException(file + ": not a SPARQL JSON result (no results.bindings array)");
        }
        Map<String, ActorRow> people = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        int n = 0;
        for (JsonNode b : bindings) {
            n++;
            String why = missing(b);
            if (why != null) {
                skipped.add("binding " + n + ": no " + why);
                continue;
            }
            ActorRow term = row(b);
            people.merge(term.source(), term, WikidataImport::merge);
        }
        return new Result(List.copyOf(people.values()), n, skipped);
    }

    /** One row per person: every term of office, every name any binding gave. */
    private static ActorRow merge(ActorRow a, ActorRow b) {
        Set<String> names = new LinkedHashSet<>(a.names());
        names.addAll(b.names());
        List<Role> roles = new ArrayList<>(a.roles());
        roles.addAll(b.roles());
        return new ActorRow(a.source(), a.kind(), List.copyOf(names), roles, a.licence(), a.tier());
    }

    private static String missing(JsonNode b) {
        for (String v : List.of("person", "personLabel", "positionLabel", "iso", "start")) {
            if (value(b, v).isEmpty()) {
                return v;
            }
        }
        return null;
    }

    private static ActorRow row(JsonNode b) {
        Set<String> names = new LinkedHashSet<>();
        names.add(value(b, "personLabel"));
        for (String a : value(b, "aliases").split("\\|")) {
            if (!a.isBlank()) {
                names.add(a.strip());
            }
        }
        String office = value(b, "positionLabel");
        String code = value(b, "iso").toUpperCase(Locale.ROOT) + sectors(office);
        Role role = new Role(code, day(value(b, "start")), day(value(b, "end")), office);
        String source = "wikidata:" + id(value(b, "person"));
        return new ActorRow(source, ActorRow.Kind.PERSON, List.copyOf(names), List.of(role), "CC0-1.0",
                ActorFiles.OVERLAY_TIER);
    }

    static String sectors(String office) {
        String o = office.toLowerCase(Locale.ROOT);
        if (o.contains("defence") || o.contains("defense")) {
            return "MILGOV";
        }
        if (o.contains("general staff") || o.contains("chief of staff of the armed") || o.contains("commander")) {
            return "MIL";
        }
        return "GOV";
    }

    /** "2012-05-07T00:00:00Z" → 2012-05-07; empty → null. */
    private static LocalDate day(String dateTime) {
        if (dateTime.isEmpty()) {
            return null;
        }
        String d = dateTime.startsWith("+") ? dateTime.substring(1) : dateTime;
        return LocalDate.parse(d.substring(0, Math.min(10, d.length())));
    }

    private static String id(String uri) {
        return uri.isEmpty() ? "?" : uri.substring(uri.lastIndexOf('/') + 1);
    }

    private static String value(JsonNode b, String var) {
        return b.path(var).path("value").asText("").strip();
    }

    /** Writes rows in the base's own format (an overlay for {@code --actors FILE}). */
    public static void write(List<ActorRow> rows, Path out) throws IOException {
        StringBuilder sb = new StringBuilder(ActorFiles.HEADER).append('\n');
        for (ActorRow r : rows) {
            List<String> aliases = r.names().subList(1, r.names().size());
            sb.append(clean(r.source())).append('\t').append(r.kind()).append('\t').append(clean(r.name())).append('\t')
                    .append(String.join("|", aliases.stream().map(WikidataImport::clean).toList())).append('\t')
                    .append(String.join(" ", r.roles().stream().map(Role::text).toList())).append('\t')
                    .append(r.licence()).append('\n');
        }
        Files.writeString(out, sb, StandardCharsets.UTF_8);
    }

    private static String clean(String s) {
        return s.replaceAll("[\\t\\r\\n|]+", " ").strip();
    }
}
