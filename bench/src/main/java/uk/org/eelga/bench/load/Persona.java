package uk.org.eelga.bench.load;

import java.util.ArrayList;
import java.util.List;
import uk.org.eelga.bench.keycloak.BenchUsers;

/**
 * Who a simulated user signs in as. With the bench accounts ({@code bench/run.sh} provisions them, see
 * {@link BenchUsers}) every simulated user is a different person, spread over all 52 councils; with the demo
 * accounts (README, "Demo sign-ins") several simulated users share one account.
 */
record Persona(String username, boolean staff, String landing) {

    static final List<String> DEMO_COUNCILS = List.of("norwich", "cambridge", "essex", "ipswich");

    /**
     * The realistic mix of the issue: council officers and leaders of many councils, a few council admins and a few
     * association staff (one in twenty). Deterministic: user i always gets the same persona.
     */
    static Persona of(int i, List<String> benchCouncils) {
        if (i % 20 == 19) {
            int k = (i / 20) % BenchUsers.STAFF;
            String username = benchCouncils.isEmpty()
                    ? (k % 2 == 1 ? "admin@eelga.demo" : "staff@eelga.demo")
                    : BenchUsers.staffUser(k);
            return new Persona(username, true, "/console");
        }
        int j = i - i / 20; // council people only
        if (benchCouncils.isEmpty()) {
            String council = DEMO_COUNCILS.get(j % DEMO_COUNCILS.size());
            String role =
                    List.of("officer", "leader", "officer", "leader", "admin").get((j / 4) % 5);
            return new Persona(role + "@" + council + ".demo", false, landing(role));
        }
        // Council c's people in turn (each (council, k) once up to 416 sessions), roles mixed at every size.
        int c = j % benchCouncils.size();
        String council = benchCouncils.get(c);
        int k = (j / benchCouncils.size() + c) % BenchUsers.PER_COUNCIL;
        return new Persona(BenchUsers.councilUser(council, k), false, landing(BenchUsers.COUNCIL_ROLES.get(k)));
    }

    /** Leaders land on "Our engagement" (README); officers and admins on the portal's home page. */
    private static String landing(String role) {
        return role.equals("leader") ? "/portal/engagement" : "/portal";
    }

    static List<Persona> mix(int sessions, List<String> only, List<String> benchCouncils) {
        List<Persona> all = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            if (only.isEmpty()) {
                all.add(of(i, benchCouncils));
            } else {
                String username = only.get(i % only.size());
                boolean staff = username.endsWith("@eelga.demo");
                all.add(new Persona(username, staff, staff ? "/console" : "/portal"));
            }
        }
        return all;
    }
}
