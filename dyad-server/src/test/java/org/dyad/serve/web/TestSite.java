package org.dyad.serve.web;

/**
 * A running Dyad site (page + API) for the browser tests: {@link FixtureSite} answers with hand-made
 * JSON full of edge cases and hostile values; {@link RealSite} is the real server on a store built by
 * the real pipeline from the bundled example. {@link #start()} gives the fixture one.
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
