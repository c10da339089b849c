package uk.org.eelga.platform.survey;

/** Turns the database's unique-constraint refusal (two responses at once) into a clear message. */
final class Duplicates {

    private Duplicates() {}

    static RuntimeException translate(RuntimeException e, String message) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Sql.DataProblem && ((Sql.DataProblem) t).uniqueViolation()) {
                return new SurveyRefused("DUPLICATE", message);
            }
            if (t instanceof java.sql.SQLException && "23505".equals(((java.sql.SQLException) t).getSQLState())) {
                return new SurveyRefused("DUPLICATE", message);
            }
        }
        return e;
    }

    /** Whether the database refused a write because of a reference (a row still referred to, or none to refer to). */
    static boolean isForeignKeyViolation(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Sql.DataProblem && ((Sql.DataProblem) t).foreignKeyViolation()) {
                return true;
            }
            if (t instanceof java.sql.SQLException && "23503".equals(((java.sql.SQLException) t).getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
