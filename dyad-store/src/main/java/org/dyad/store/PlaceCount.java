package org.dyad.store;

/** A place events happened at, with how many. */
public record PlaceCount(String name, String country, Double lat, Double lon, long count) {
}
