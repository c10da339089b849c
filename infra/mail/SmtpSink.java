import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A mail relay as council relays and Microsoft 365 behave, for tests and the production rehearsal: with a key store it
 * offers STARTTLS and refuses AUTH and MAIL before the connection is upgraded; with an account it refuses MAIL before
 * AUTH (PLAIN or LOGIN) with that account's password. Each message accepted is written to the folder as an .eml file
 * whose first header line says how it came (X-Sink-Envelope: tls, user, recipients). Only the JDK: run it with
 *
 * <pre>java infra/mail/SmtpSink.java --port 2525 --dir /tmp/mail [--keystore server.p12 --storepass pw]
 *                                  [--user relay --password secret]</pre>
 *
 * It prints "SMTP sink listening on PORT" when ready and listens on 127.0.0.1 only.
 */
public final class SmtpSink {

    private final Path dir;
    private final SSLContext tls;
    private final String user;
    private final String password;
    private final AtomicLong count = new AtomicLong();

    private SmtpSink(Path dir, SSLContext tls, String user, String password) {
        this.dir = dir;
        this.tls = tls;
        this.user = user;
        this.password = password;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Path dir = Path.of(options.getOrDefault("dir", "mail"));
        Files.createDirectories(dir);
        SSLContext tls = null;
        if (options.containsKey("keystore")) {
            char[] pass = options.getOrDefault("storepass", "").toCharArray();
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = new FileInputStream(options.get("keystore"))) {
                store.load(in, pass);
            }
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, pass);
            tls = SSLContext.getInstance("TLS");
            tls.init(keys.getKeyManagers(), null, null);
        }
        SmtpSink sink = new SmtpSink(dir, tls, options.get("user"), options.get("password"));
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(options.get("port"))));
        System.out.println("SMTP sink listening on " + server.getLocalPort());
        System.out.flush();
        while (true) {
            Socket socket = server.accept();
            Thread thread = new Thread(() -> sink.serve(socket), "smtp-" + socket.getPort());
            thread.setDaemon(true);
            thread.start();
        }
    }

    private void serve(Socket plain) {
        Socket socket = plain;
        boolean secure = false;
        String signedIn = null;
        String from = null;
        List<String> to = new ArrayList<>();
        try {
            socket.setSoTimeout(60_000);
            BufferedReader in = reader(socket);
            OutputStream out = socket.getOutputStream();
            say(out, "220 eelga-smtp-sink ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                if (command.equals("EHLO") || command.equals("HELO")) {
                    StringBuilder reply = new StringBuilder("250-eelga-smtp-sink\r\n");
                    if (tls != null && !secure) {
                        reply.append("250-STARTTLS\r\n");
                    }
                    if (user != null && (tls == null || secure)) {
                        reply.append("250-AUTH PLAIN LOGIN\r\n");
                    }
                    reply.append("250 8BITMIME");
                    say(out, reply.toString());
                } else if (line.equalsIgnoreCase("STARTTLS")) {
                    if (tls == null || secure) {
                        say(out, "502 5.5.1 STARTTLS not offered");
                        continue;
                    }
                    say(out, "220 2.0.0 Ready to start TLS");
                    SSLSocket upgraded = (SSLSocket) tls.getSocketFactory()
                            .createSocket(socket, socket.getInetAddress().getHostAddress(), socket.getPort(), true);
                    upgraded.setUseClientMode(false);
                    upgraded.startHandshake();
                    socket = upgraded;
                    secure = true;
                    in = reader(socket);
                    out = socket.getOutputStream();
                    signedIn = null;
                } else if (command.equals("AUTH")) {
                    if (tls != null && !secure) {
                        say(out, "530 5.7.0 Must issue a STARTTLS command first");
                        continue;
                    }
                    String[] parts = line.split(" ");
                    String name = null;
                    String secret = null;
                    if (parts.length >= 2 && parts[1].equalsIgnoreCase("PLAIN")) {
                        String encoded = parts.length >= 3 ? parts[2] : ask(out, in, "334 ");
                        String[] fields = decode(encoded).split("\u0000", -1);
                        if (fields.length == 3) {
                            name = fields[1];
                            secret = fields[2];
                        }
                    } else if (parts.length >= 2 && parts[1].equalsIgnoreCase("LOGIN")) {
                        name = decode(parts.length >= 3 ? parts[2] : ask(out, in, "334 VXNlcm5hbWU6"));
                        secret = decode(ask(out, in, "334 UGFzc3dvcmQ6"));
                    }
                    if (user != null && user.equals(name) && password != null && password.equals(secret)) {
                        signedIn = name;
                        say(out, "235 2.7.0 Authentication successful");
                    } else {
                        say(out, "535 5.7.8 Authentication credentials invalid");
                    }
                } else if (command.equals("MAIL")) {
                    if (tls != null && !secure) {
                        say(out, "530 5.7.0 Must issue a STARTTLS command first");
                    } else if (user != null && signedIn == null) {
                        say(out, "530 5.7.0 Authentication required");
                    } else {
                        from = address(line);
                        to.clear();
                        say(out, "250 2.1.0 OK");
                    }
                } else if (command.equals("RCPT")) {
                    if (from == null) {
                        say(out, "503 5.5.1 MAIL first");
                    } else {
                        to.add(address(line));
                        say(out, "250 2.1.5 OK");
                    }
                } else if (command.equals("DATA")) {
                    if (from == null || to.isEmpty()) {
                        say(out, "503 5.5.1 RCPT first");
                        continue;
                    }
                    say(out, "354 End data with <CR><LF>.<CR><LF>");
                    ByteArrayOutputStream message = new ByteArrayOutputStream();
                    String data;
                    while ((data = in.readLine()) != null && !data.equals(".")) {
                        if (data.startsWith(".")) {
                            data = data.substring(1);
                        }
                        message.write((data + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    }
                    store(secure, signedIn, to, message.toByteArray());
                    from = null;
                    to.clear();
                    say(out, "250 2.0.0 OK queued");
                } else if (command.equals("RSET")) {
                    from = null;
                    to.clear();
                    say(out, "250 2.0.0 OK");
                } else if (command.equals("NOOP")) {
                    say(out, "250 2.0.0 OK");
                } else if (command.equals("QUIT")) {
                    say(out, "221 2.0.0 Bye");
                    break;
                } else {
                    say(out, "502 5.5.2 Command not recognised");
                }
            }
        } catch (IOException e) {
            // the client went away or the handshake failed (a client that does not trust our certificate)
            System.out.println("SMTP sink: connection ended: " + e.getMessage());
        } finally {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing
            }
        }
    }

    private synchronized void store(boolean secure, String signedIn, List<String> to, byte[] message)
            throws IOException {
        String envelope = "X-Sink-Envelope: tls=" + secure + "; user=" + (signedIn == null ? "-" : signedIn)
                + "; rcpt=" + String.join(",", to) + "\r\n";
        long n = count.incrementAndGet();
        Path temporary = dir.resolve(".incoming-" + n);
        try (OutputStream file = Files.newOutputStream(temporary)) {
            file.write(envelope.getBytes(StandardCharsets.ISO_8859_1));
            file.write(message);
        }
        Files.move(
                temporary,
                dir.resolve(System.currentTimeMillis() + "-" + n + ".eml"),
                StandardCopyOption.ATOMIC_MOVE);
    }

    private static BufferedReader reader(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
    }

    private static void say(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private static String ask(OutputStream out, BufferedReader in, String prompt) throws IOException {
        say(out, prompt);
        String answer = in.readLine();
        return answer == null ? "" : answer;
    }

    private static String decode(String base64) {
        try {
            return new String(Base64.getDecoder().decode(base64.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String address(String line) {
        int open = line.indexOf('<');
        int close = line.indexOf('>', open + 1);
        return open >= 0 && close > open ? line.substring(open + 1, close) : line.substring(line.indexOf(':') + 1).strip();
    }
}
