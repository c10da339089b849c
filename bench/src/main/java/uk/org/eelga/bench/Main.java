package uk.org.eelga.bench;

/** The harness's commands; bench/run.sh, bench/generate-data.sh and bench/record.sh call these. */
public final class Main {

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: Main smoke|load|generate|probe [--options]; see bench/README.md");
            System.exit(2);
        }
        Args options = new Args(args, 1);
        switch (args[0]) {
            case "smoke" -> Smoke.run(options);
            case "load" -> uk.org.eelga.bench.load.LoadCommand.run(options);
            case "generate" -> new uk.org.eelga.bench.data.DataGenerator(
                            options.get("jdbc-url", "jdbc:postgresql://127.0.0.1:55432/eelga_bench"),
                            options.get("user", "eelga_app"),
                            options.get("db-password", "eelga-app-dev"),
                            options.integer("density", 10),
                            options.integer("years", 5))
                    .run();
            case "figures" -> uk.org.eelga.bench.data.FiguresCommand.run(options);
            case "probe" -> uk.org.eelga.bench.data.StatementProbe.run(options);
            case "provision-users", "remove-users" -> {
                var users = new uk.org.eelga.bench.keycloak.BenchUsers(
                        java.net.URI.create(options.get("keycloak", "http://localhost:8184")),
                        "eelga",
                        options.get("admin-user", "admin"),
                        options.get("admin-password", "admin"));
                if (args[0].equals("provision-users")) {
                    users.provision(options.get("password", "eelga-demo"));
                } else {
                    users.remove();
                }
            }
            default -> {
                System.err.println("unknown command " + args[0]);
                System.exit(2);
            }
        }
    }
}
