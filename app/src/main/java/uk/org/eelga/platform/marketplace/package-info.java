/**
 * The Local Government Marketplace: a council lists a commercial service it sells (description, price basis, area);
 * other councils enquire, and the buyer records the agreed trade (value, terms) or that no trade came of it; the
 * seller sees the enquiries on its listings; the association sees every council's activity. Feeds the measure of
 * councils engaged as seller or buyer.
 */
@Uses({"platform.framework"})
package uk.org.eelga.platform.marketplace;

import uk.org.eelga.shared.Uses;
