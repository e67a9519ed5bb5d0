package org.dyad.model;

/** The opening line of a news report: "MOSCOW, 26 Oct 2021, RUSSTRAT Institute." Any part may be null. */
public record Dateline(String place, String date) {
}
