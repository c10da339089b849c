package uk.org.eelga.bench.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class ProcsTest {

    @Test
    void finds_the_process_listening_on_a_port_and_reads_its_cpu_time() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            long self = ProcessHandle.current().pid();
            assertEquals(self, Procs.listeningOn(socket.getLocalPort()).orElse(-1));
        }
        long spin = System.nanoTime();
        while (System.nanoTime() - spin < 200_000_000L) {
            Math.sqrt(spin);
        }
        assertTrue(Procs.cpuSeconds(ProcessHandle.current().pid()) > 0.1);
        double[] machine = Procs.machineSeconds();
        assertTrue(machine[1] >= machine[0] && machine[0] > 0);
        assertTrue(Procs.loadAverage().matches("[0-9.]+ [0-9.]+ [0-9.]+"));
    }

    @Test
    void a_port_nobody_listens_on_has_no_process() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        assertTrue(Procs.listeningOn(port).isEmpty());
        assertEquals(0, Procs.cpuSeconds(Integer.MAX_VALUE));
    }
}
