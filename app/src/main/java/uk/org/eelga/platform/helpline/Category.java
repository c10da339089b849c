package uk.org.eelga.platform.helpline;

/** What an HR question is about. */
public enum Category {
    PAY("Pay and grading"),
    TUPE("TUPE and transfers"),
    EMPLOYMENT_LAW("Employment law"),
    PENSIONS("Pensions"),
    BENCHMARKING("Benchmarking request"),
    OTHER("Other HR question");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A SQL expression giving the label of the category held in {@code column}, for records shown as evidence. */
    static String labelSql(String column) {
        StringBuilder sql = new StringBuilder("case ").append(column);
        for (Category category : values()) {
            sql.append(" when '")
                    .append(category.name())
                    .append("' then '")
                    .append(category.label())
                    .append("'");
        }
        return sql.append(" else ").append(column).append(" end").toString();
    }
}
