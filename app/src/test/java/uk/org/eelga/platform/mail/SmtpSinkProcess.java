package uk.org.eelga.platform.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * The relay of {@code infra/mail/SmtpSink.java} (the one the production rehearsal uses) in its own JVM, with a
 * certificate made by keytool for the names given, and the folder it writes each accepted message to.
 */
final class SmtpSinkProcess implements AutoCloseable {

    static final String STOREPASS = "sink-store-pass";

    private final Process process;
    private final int port;
    private final Path mail;

    private SmtpSinkProcess(Process process, int port, Path mail) {
        this.process = process;
        this.port = port;
        this.mail = mail;
    }

    /** A key store with one self-signed certificate for {@code san} (for example "dns:localhost,ip:127.0.0.1"). */
    static Path keyStore(Path dir, String san) throws Exception {
        Files.createDirectories(dir);
        Path store = dir.resolve("server-" + Math.abs(san.hashCode()) + ".p12");
        Files.deleteIfExists(store);
        run(List.of(
                keytool(),
                "-genkeypair",
                "-alias",
                "smtp",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=eelga test relay",
                "-ext",
                "SAN=" + san,
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                store.toString(),
                "-storepass",
                STOREPASS));
        return store;
    }

    /** TLS sockets that trust exactly the certificate in {@code store}. */
    static SSLSocketFactory trusting(Path store) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, STOREPASS.toCharArray());
        }
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("relay", keys.getCertificate("smtp"));
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context.getSocketFactory();
    }

    /** Starts the relay: with {@code keyStore} it offers STARTTLS, with {@code user} it wants that account. */
    static SmtpSinkProcess start(Path dir, Path keyStore, String user, String password) throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        // a directory of its own: a port used again by a later run must not find an earlier run's messages
        Path mail = Files.createTempDirectory(Files.createDirectories(dir), "mail-" + port + "-");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                source().toString(),
                "--port",
                String.valueOf(port),
                "--dir",
                mail.toString()));
        if (keyStore != null) {
            command.addAll(List.of("--keystore", keyStore.toString(), "--storepass", STOREPASS));
        }
        if (user != null) {
            command.addAll(List.of("--user", user, "--password", password));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null || !line.startsWith("SMTP sink listening")) {
            process.destroyForcibly();
            throw new IllegalStateException("The SMTP sink did not start: " + line);
        }
        Thread drain = new Thread(() -> out.lines().forEach(l -> {}), "smtp-sink-output");
        drain.setDaemon(true);
        drain.start();
        return new SmtpSinkProcess(process, port, mail);
    }

    int port() {
        return port;
    }

    /** The messages accepted so far, each with its first line "X-Sink-Envelope: tls=...; user=...; rcpt=...". */
    List<String> messages() throws IOException {
        try (Stream<Path> files = Files.list(mail)) {
            List<String> messages = new ArrayList<>();
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".eml")).sorted().toList()) {
                messages.add(Files.readString(file, StandardCharsets.ISO_8859_1));
            }
            return messages;
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** infra/mail/SmtpSink.java of this checkout (the tests run in app/). */
    private static Path source() {
        for (Path candidate : List.of(Path.of("../infra/mail/SmtpSink.java"), Path.of("infra/mail/SmtpSink.java"))) {
            if (Files.exists(candidate)) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException(
                "infra/mail/SmtpSink.java not found from " + Path.of("").toAbsolutePath());
    }

    private static String keytool() {
        return Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }
}
