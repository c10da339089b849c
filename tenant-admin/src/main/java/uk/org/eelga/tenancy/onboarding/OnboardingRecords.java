package uk.org.eelga.tenancy.onboarding;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import uk.org.eelga.tenancy.ActionRefused;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Rows;
import uk.org.eelga.tenancy.TenantId;
import uk.org.eelga.tenancy.audit.AuditLog;

/** The database side of onboarding: each method is one transaction with its audit entry. */
@Singleton
class OnboardingRecords {

    record Existing(String id, String name, String status, String step, String adminEmail, List<String> domains) {}

    private final JdbcOperations jdbc;
    private final AuditLog audit;

    OnboardingRecords(JdbcOperations jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    public Optional<Existing> find(String id) {
        return jdbc.prepareStatement(
                "select id, name, status, onboarding_step, first_admin_email from council where id = ?", st -> {
                    st.setString(1, id);
                    try (var rows = st.executeQuery()) {
                        if (!rows.next()) {
                            return Optional.<Existing>empty();
                        }
                        return Optional.of(new Existing(
                                rows.getString(1),
                                rows.getString(2),
                                rows.getString(3),
                                rows.getString(4),
                                rows.getString(5),
                                domains(id)));
                    }
                });
    }

    List<String> domains(String id) {
        return Rows.all(
                jdbc,
                "select domain from council_domain where council_id = ? order by domain",
                rows -> rows.getString(1),
                id);
    }

    /**
     * Runs {@code work} (the Keycloak steps and the step records) holding the council's row lock, taken without
     * waiting: one onboarding of a council at a time, and a second caller at the same moment is told it is under
     * way instead of creating the organisation or sending the invitation twice. Refused when the council is no
     * longer ONBOARDING (someone has just completed it).
     */
    @Transactional
    public <T> T exclusively(String id, Supplier<T> work) {
        String status;
        try {
            status = Rows.first(
                            jdbc,
                            "select status from council where id = ? for update nowait",
                            rows -> rows.getString(1),
                            id)
                    .orElse(null);
        } catch (RuntimeException e) {
            if (sqlState(e, "55P03")) {
                throw new ActionRefused(
                        "in-progress", "The onboarding of " + id + " is under way right now; look again in a moment.");
            }
            throw e;
        }
        if (!"ONBOARDING".equals(status)) {
            throw new ActionRefused("already-onboarded", id + " has just been onboarded; nothing was changed.");
        }
        return work.get();
    }

    /** Step 1: the council row (status ONBOARDING) and its domains; refused if the name or a domain is taken. */
    @Transactional
    public void create(Caller actor, String id, NewCouncil council, List<String> domains) {
        try {
            insert(actor, id, council, domains);
        } catch (RuntimeException e) {
            if (sqlState(e, "23505")) {
                // the checks in insert passed, then another caller's row landed first: the same council at once
                throw new ActionRefused(
                        "in-progress",
                        council.name().strip() + " (or one of its domains) is being onboarded by someone else right"
                                + " now; look at the list of councils in a moment.");
            }
            throw e;
        }
    }

    private void insert(Caller actor, String id, NewCouncil council, List<String> domains) {
        boolean nameTaken = jdbc.prepareStatement("select 1 from council where lower(name) = lower(?)", st -> {
            st.setString(1, council.name().strip());
            try (var rows = st.executeQuery()) {
                return rows.next();
            }
        });
        if (nameTaken) {
            throw new ActionRefused("duplicate-name", "A council called " + council.name() + " already exists.");
        }
        for (String domain : domains) {
            Optional<String> owner = Rows.first(
                    jdbc, "select council_id from council_domain where domain = ?", rows -> rows.getString(1), domain);
            if (owner.isPresent()) {
                throw new ActionRefused(
                        "duplicate-domain", "The email domain " + domain + " already belongs to " + owner.get() + ".");
            }
        }
        Rows.update(
                jdbc,
                "insert into council (id, name, kind, county_area, status, onboarding_step, first_admin_email)"
                        + " values (?, ?, ?, ?, 'ONBOARDING', 'COUNCIL_ROW', ?)",
                id,
                council.name().strip(),
                council.kind().name(),
                council.countyArea().strip(),
                council.adminEmail().strip().toLowerCase());
        for (String domain : domains) {
            Rows.update(jdbc, "insert into council_domain (domain, council_id) values (?, ?)", domain, id);
        }
        audit.record(
                actor,
                TenantId.of(id),
                "council.onboarding-started",
                council.name().strip() + " (" + council.kind() + ", "
                        + council.countyArea().strip() + "), domains " + String.join(", ", domains) + ", first admin "
                        + council.adminEmail());
    }

    @Transactional
    public void step(String id, String step) {
        Rows.update(jdbc, "update council set onboarding_step = ? where id = ?", step, id);
    }

    /** Last step: the council may be used. */
    @Transactional
    public void activate(Caller actor, String id) {
        int changed = Rows.update(
                jdbc,
                "update council set status = 'ACTIVE', onboarding_step = null where id = ? and status = 'ONBOARDING'",
                id);
        if (changed == 1) {
            audit.record(actor, TenantId.of(id), "council.onboarded", "ONBOARDING", "ACTIVE", null);
        }
    }

    private static boolean sqlState(Throwable e, String state) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException && state.equals(((java.sql.SQLException) t).getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
