package uk.org.eelga.platform.talentbank;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import uk.org.eelga.shared.Slug;
import uk.org.eelga.tenancy.Caller;
import uk.org.eelga.tenancy.Rows;
import uk.org.eelga.tenancy.audit.AuditLog;
import uk.org.eelga.tenancy.input.Text;

/**
 * The Talent Bank's areas kept by association staff (the offer's areas changed between the framework's years, and a
 * fresh install could not add one without SQL): added and renamed, never deleted, since services, associates,
 * targets and framework measures name an area by its id, which a rename keeps. Shared table
 * ({@code talent_bank_area}); every change is audited.
 */
@Singleton
public class TalentBankAreas {

    /** The longest area name accepted; the area's id is made from it. */
    public static final int NAME_MAX = 80;

    /** An area with how much of the catalogue sits in it (an empty new area is offered to no council yet). */
    @Serdeable
    public record AreaInUse(String id, String name, int services, int associates) {}

    /** What staff give: the area's name. */
    @Serdeable
    public record AreaDraft(String name) {}

    private final JdbcOperations jdbc;
    private final AuditLog audit;

    TalentBankAreas(JdbcOperations jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Every area in the order councils see them, with its services and associates counted. */
    @ReadOnly
    public List<AreaInUse> areas() {
        return Rows.all(
                jdbc,
                "select a.id, a.name, (select count(*) from talent_bank_service s where s.area_id = a.id),"
                        + " (select count(*) from talent_bank_associate s where s.area_id = a.id)"
                        + " from talent_bank_area a order by a.sort_order, a.name",
                r -> new AreaInUse(r.getString(1), r.getString(2), r.getInt(3), r.getInt(4)));
    }

    /** Adds an area after the others; its id is made from its name ("Digital services" → digital-services). */
    @Transactional
    public AreaInUse add(Caller staff, AreaDraft draft) {
        requireStaff(staff);
        String name = validName(draft);
        lockAreas();
        refuseTakenName(name, null);
        String id = freeId(name);
        Rows.update(
                jdbc,
                "insert into talent_bank_area (id, name, sort_order)"
                        + " values (?, ?, (select coalesce(max(sort_order), 0) + 1 from talent_bank_area))",
                id,
                name);
        audit.record(staff, null, "talent-bank.area.added", name);
        return area(id);
    }

    /** Renames an area; its id, and so everything that names it, stays as it was. */
    @Transactional
    public AreaInUse rename(Caller staff, String id, AreaDraft draft) {
        requireStaff(staff);
        String name = validName(draft);
        lockAreas();
        AreaInUse before = area(id);
        if (before.name().equals(name)) {
            throw CatalogueRefused.conflict("area-unchanged", "The area is already called " + name);
        }
        refuseTakenName(name, id);
        Rows.update(jdbc, "update talent_bank_area set name = ? where id = ?", name, id);
        audit.record(staff, null, "talent-bank.area.renamed", before.name(), name, null);
        return area(id);
    }

    private AreaInUse area(String id) {
        return areas().stream()
                .filter(a -> a.id().equals(id))
                .findFirst()
                .orElseThrow(() -> CatalogueRefused.notFound("area"));
    }

    /**
     * Areas change a few times a year: one change at a time (other staff wait a moment) makes the check of a taken
     * name and the choice of a free id safe from a second change racing this one.
     */
    private void lockAreas() {
        Rows.update(jdbc, "lock table talent_bank_area in share row exclusive mode");
    }

    private void refuseTakenName(String name, String exceptId) {
        boolean taken = Rows.any(
                jdbc,
                "select 1 from talent_bank_area where lower(name) = lower(?) and id is distinct from ?",
                name,
                exceptId);
        if (taken) {
            throw CatalogueRefused.conflict("area-exists", "The Talent Bank already has an area called " + name);
        }
    }

    /** The id made from the name, numbered where an area (perhaps since renamed) already has it. */
    private String freeId(String name) {
        String base = idOf(name);
        String id = base;
        for (int n = 2; Rows.any(jdbc, "select 1 from talent_bank_area where id = ?", id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** The area's id: "Digital & data" → digital-and-data ({@link Slug}). */
    static String idOf(String name) {
        String id = Slug.of(name.replace("&", " and "), 50);
        return id.isEmpty() ? "area" : id;
    }

    private static String validName(AreaDraft draft) {
        String name = draft == null ? null : draft.name();
        String problem = Text.problem("the area's name", name, NAME_MAX, false);
        if (problem != null) {
            throw CatalogueRefused.invalid("name", problem);
        }
        if (name == null || name.isBlank()) {
            throw CatalogueRefused.invalid("name", "Enter the area's name");
        }
        return name.strip().replaceAll("\\s+", " ");
    }

    private static void requireStaff(Caller caller) {
        caller.requireStaff(() -> new CatalogueRefused(
                CatalogueRefused.Kind.FORBIDDEN,
                "forbidden",
                null,
                "Only association staff keep the Talent Bank's areas"));
    }
}
