package uk.org.eelga.platform.talentbank;

import uk.org.eelga.tenancy.Refusal;

/** A change to the Talent Bank catalogue or past work that cannot be made: the message says why. */
public class CatalogueRefused extends Refusal {

    private final String field;

    CatalogueRefused(Kind kind, String code, String field, String message) {
        super(kind, code, message);
        this.field = field;
    }

    static CatalogueRefused invalid(String field, String message) {
        return new CatalogueRefused(Kind.INVALID, "invalid-" + field, field, message);
    }

    static CatalogueRefused conflict(String code, String message) {
        return new CatalogueRefused(Kind.CONFLICT, code, null, message);
    }

    static CatalogueRefused notFound(String what) {
        return new CatalogueRefused(Kind.NOT_FOUND, "not-found", null, "No such " + what);
    }

    /** The field the message is about (for a page's error summary), or null. */
    public String field() {
        return field;
    }
}
