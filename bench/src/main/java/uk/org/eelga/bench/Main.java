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
            default -> {
                System.err.println("unknown command " + args[0]);
                System.exit(2);
            }
        }
    }
}
