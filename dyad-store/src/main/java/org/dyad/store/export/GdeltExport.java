package org.dyad.store.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.dyad.store.CertaintyFilter;
import org.dyad.store.EventStore;

/**
 * The GDELT 2.0 Event table (61 tab-separated columns, no header, in GDELT's order — {@link #COLUMNS})
 * for the columns Dyad knows; the rest are empty. Choices:
 * <ul>
 *   <li>GLOBALEVENTID: a number derived from Dyad's event id (stable, not GDELT's sequence).</li>
 *   <li>SQLDATE etc.: the event's date; a month- or year-precision date gives its first day.</li>
 *   <li>Actor*Code: the CAMEO actor code; Actor*CountryCode: its 3-letter country (CAMEO country codes are
 *       ISO-3 based, as GDELT's are); Actor*Type1Code: the first sector.</li>
 *   <li>IsRootEvent: 1 when the event's best report is in the article's first sentence.</li>
 *   <li>AvgTone, ethnic/religion/known-group codes, Actor*Geo_*: empty (Dyad does not code them).</li>
 *   <li>ActionGeo_CountryCode: the FIPS 10-4 code GDELT uses there, converted from Dyad's ISO-3 place
 *       country by {@link FipsCountries} (empty when the country has no FIPS code). ActionGeo_Type is 1
 *       when the place is a whole country, 4 otherwise, empty without coordinates.</li>
 *   <li>DATEADDED: when the store ingested the article (UTC, YYYYMMDDHHMMSS); SOURCEURL: its URL.</li>
 *   <li>Certainty: GDELT has no column for it and its users read every row as something that happened,
 *       so negated and hypothetical events are left out unless the caller's filter asks for them
 *       ({@link org.dyad.store.CertaintyFilter#NOT_DENIED} is the default).</li>
 * </ul>
 */
final class GdeltExport {
    static final List<String> COLUMNS = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
            "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
            "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
            "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
            "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
            "NumMentions", "NumSources", "NumArticles", "AvgTone",
            "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
            "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
            "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
            "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
            "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
            "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
            "DATEADDED", "SOURCEURL");

    private GdeltExport() {
    }

    static void write(EventStore store, CertaintyFilter filter, OutputStream out) {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        store.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT e.*, d.url, strftime(d.ingested_at, '%Y%m%d%H%M%S') AS added FROM events e "
                            + "LEFT JOIN documents d ON d.id = e.doc_id WHERE " + filter.sql("e.certainty")
                            + " ORDER BY e.day_start, e.id")) {
                while (rs.next()) {
                    w.write(String.join("\t", row(rs)));
                    w.write('\n');
                }
                w.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    static List<String> row(ResultSet rs) throws SQLException {
        String[] v = new String[COLUMNS.size()];
        Arrays.fill(v, "");
        java.sql.Date day = rs.getDate("day_start");
        set(v, "GLOBALEVENTID", rs.getString("global_id"));
        if (day != null) {
            LocalDate d = day.toLocalDate();
            set(v, "SQLDATE", String.format(Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
            set(v, "MonthYear", String.format(Locale.ROOT, "%04d%02d", d.getYear(), d.getMonthValue()));
            set(v, "Year", Integer.toString(d.getYear()));
            set(v, "FractionDate", String.format(Locale.ROOT, "%.4f", d.getYear() + (d.getDayOfYear() - 1) / 365.0));
        }
        for (String side : new String[] {"source", "target"}) {
            String n = side.equals("source") ? "1" : "2";
            set(v, "Actor" + n + "Code", rs.getString(side + "_code"));
            set(v, "Actor" + n + "Name", upper(rs.getString(side + "_text")));
            set(v, "Actor" + n + "CountryCode", rs.getString(side + "_country"));
            set(v, "Actor" + n + "Type1Code", rs.getString(side + "_sector"));
        }
        set(v, "IsRootEvent", rs.getInt("sentence_idx") == 0 ? "1" : "0");
        String cameo = rs.getString("cameo");
        set(v, "EventCode", cameo);
        set(v, "EventBaseCode", cameo == null ? null : cameo.substring(0, Math.min(3, cameo.length())));
        set(v, "EventRootCode", rs.getString("cameo_root"));
        set(v, "QuadClass", rs.getString("quad_class"));
        set(v, "GoldsteinScale", rs.getString("goldstein"));
        set(v, "NumMentions", rs.getString("num_mentions"));
        set(v, "NumSources", rs.getString("num_sources"));
        set(v, "NumArticles", rs.getString("num_articles"));
        geo(v, rs);
        set(v, "DATEADDED", rs.getString("added"));
        set(v, "SOURCEURL", rs.getString("url"));
        return new ArrayList<>(Arrays.asList(v));
    }

    private static void geo(String[] v, ResultSet rs) throws SQLException {
        String name = rs.getString("place_name");
        String country = rs.getString("place_country");
        String lat = rs.getString("lat");
        set(v, "ActionGeo_FullName", name);
        set(v, "ActionGeo_CountryCode", FipsCountries.of(country));
        set(v, "ActionGeo_Lat", lat);
        set(v, "ActionGeo_Long", rs.getString("lon"));
        if (lat != null) {
            boolean wholeCountry = CountryNames.isCountry(name, country);
            set(v, "ActionGeo_Type", wholeCountry ? "1" : "4");
        }
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    /** Tabs and line breaks would break the format: they become spaces. */
    private static void set(String[] v, String column, String value) {
        int i = COLUMNS.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException("not a GDELT column: " + column);
        }
        v[i] = value == null ? "" : value.replaceAll("[\\t\\r\\n]+", " ");
    }
}
