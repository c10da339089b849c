package uk.org.eelga.platform.engagement;

import java.util.Map;

/**
 * Share of expected seats filled, per group, from the 2017-18 framework's commentary where it says: the demo records
 * and the bench's data generator (which compiles this file in) attend meetings at these rates.
 */
public final class GroupRates {

    public static final Map<String, Double> RATES = Map.ofEntries(
            Map.entry("assembly", 0.67),
            Map.entry("management-committee", 0.87),
            Map.entry("chief-executive-forum", 0.72),
            Map.entry("improvement-efficiency-panel", 0.69),
            Map.entry("growth-infrastructure", 0.91),
            Map.entry("wse-steering", 0.95),
            Map.entry("employers-panel", 0.70),
            Map.entry("heads-of-hr", 0.32),
            Map.entry("directors-of-finance", 0.38),
            Map.entry("finance-lead-members", 0.14),
            Map.entry("adult-social-care-network", 0.60),
            Map.entry("childrens-services-network", 0.45),
            Map.entry("integration-network", 0.55),
            Map.entry("hwb-chairs", 0.40),
            Map.entry("european-forum", 0.60),
            Map.entry("procurement-network", 0.50),
            Map.entry("spatial-planning-officers", 0.65));

    private GroupRates() {}
}
