package uk.org.eelga.platform.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a sticky proxy does for one person: every connection goes to the first backend, and to the next one only
 * when the first refuses connections (it has stopped). A TCP pass-through on 127.0.0.1, as small as that.
 */
public final class FailoverProxy implements AutoCloseable {

    private final List<Integer> backends;
    private final ServerSocket server;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final AtomicInteger lastBackend = new AtomicInteger(-1);

    public FailoverProxy(int port, List<Integer> backends) throws IOException {
        this.backends = List.copyOf(backends);
        server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        Thread accept = new Thread(this::accept, "failover-proxy-" + port);
        accept.setDaemon(true);
        accept.start();
    }

    /** The backend port the last connection went to. */
    public int lastBackend() {
        return lastBackend.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = connect();
                if (upstream == null) {
                    client.close();
                    continue;
                }
                open.add(client);
                open.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException e) {
                // closed
            }
        }
    }

    private Socket connect() {
        for (int port : backends) {
            try {
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
                lastBackend.set(port);
                return socket;
            } catch (IOException refused) {
                // this one has stopped: the next
            }
        }
        return null;
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            try (InputStream in = from.getInputStream();
                    OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // one side closed
            } finally {
                close(to);
                close(from);
                open.remove(from);
                open.remove(to);
            }
        });
        thread.setDaemon(true);
        thread.start();
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        open.forEach(FailoverProxy::close);
    }
}
