package uk.org.eelga.bench.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class CookieJarTest {

    @Test
    void sends_a_cookie_only_under_its_path_and_forgets_an_expired_one() {
        CookieJar jar = new CookieJar();
        jar.store(List.of(
                "JSESSIONID=abc; Path=/; HttpOnly",
                "AUTH_SESSION_ID=k1; Version=1; Path=/realms/eelga/; SameSite=None"));
        assertEquals("JSESSIONID=abc", jar.header(URI.create("http://localhost:18084/portal")));
        assertEquals(
                "JSESSIONID=abc; AUTH_SESSION_ID=k1",
                jar.header(URI.create("http://localhost:8184/realms/eelga/login-actions/authenticate")));
        jar.store(List.of("AUTH_SESSION_ID=; Max-Age=0; Path=/realms/eelga/"));
        assertEquals("JSESSIONID=abc", jar.header(URI.create("http://localhost:8184/realms/eelga/x")));
        jar.store(List.of("JSESSIONID=def; Path=/"));
        assertEquals("def", jar.value("JSESSIONID"));
        jar.clear();
        assertNull(jar.header(URI.create("http://localhost:18084/")));
    }

    @Test
    void ignores_malformed_set_cookie_headers() {
        CookieJar jar = new CookieJar();
        jar.store(List.of("", "=novalue", "noequals", ";;;"));
        assertNull(jar.header(URI.create("http://localhost/")));
    }
}
