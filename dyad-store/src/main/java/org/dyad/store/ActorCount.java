package org.dyad.store;

/** An actor code with its most common name and the number of events it takes part in. */
public record ActorCount(String code, String name, String country, String sector, long count) {
}
