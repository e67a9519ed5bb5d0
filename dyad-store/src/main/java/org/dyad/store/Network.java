package org.dyad.store;

import java.util.List;

/**
 * Who deals with whom: actors (country codes, else actor codes) as nodes; an edge per unordered pair
 * with its event count and mean Goldstein score as a signed weight (positive = cooperation). Only
 * events a {@link CertaintyFilter} counts make edges; {@code notCounted} says what it left out.
 */
public record Network(List<Node> nodes, List<Edge> edges, NotCounted notCounted) {
    public Network {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    public record Node(String id, String label, long count) {
    }

    public record Edge(String source, String target, long count, double weight, double goldsteinSum) {
    }
}
