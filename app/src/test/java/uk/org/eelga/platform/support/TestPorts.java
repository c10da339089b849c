package uk.org.eelga.platform.support;

/** The port the test platform listens on: 18080 unless TEST_PORT says otherwise (the realm allows 18080-18084). */
public final class TestPorts {

    private TestPorts() {}

    public static String platform() {
        String port = System.getenv("TEST_PORT");
        return port == null || port.isBlank() ? "18080" : port;
    }
}
