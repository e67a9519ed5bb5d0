package org.dyad.serve.web;

/**
 * A running Dyad site (page + API) for the browser tests. Today it is {@link FixtureSite}; when the
 * real server can be started on a small store, {@link #start()} is the one place to change.
 */
interface TestSite extends AutoCloseable {

    /** e.g. {@code http://127.0.0.1:41234} */
    String baseUrl();

    @Override
    void close();

    static TestSite start() {
        return FixtureSite.start();
    }
}
