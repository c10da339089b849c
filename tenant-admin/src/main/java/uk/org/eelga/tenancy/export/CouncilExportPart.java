package uk.org.eelga.tenancy.export;

/**
 * A part of a council's data export that is not a table of the council's own rows: what other councils or the
 * association hold about it, such as the enquiries other councils made to its marketplace listings, or the
 * communications the association sent to it. A feature declares it as a bean; {@link CouncilDataExport} runs the
 * query bound to the council (row-level security on) and writes {@code name}.json and .csv beside the tables.
 *
 * @param name the file name without extension: lower case letters, digits and underscores, not a table's name
 * @param sql a query whose one parameter is the council's id
 */
public record CouncilExportPart(String name, String sql) {

    public CouncilExportPart {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("An export part's name is lower case letters, digits and _");
        }
    }
}
