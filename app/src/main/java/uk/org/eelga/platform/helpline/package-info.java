/**
 * The HR helpline: a council's people raise HR questions (pay, TUPE, employment law, pensions, benchmarking
 * requests), the association's advisers answer, ask back and close, both sides follow the thread against a stated
 * service level, and the council rates the advice on closing. Feeds the framework's live measures.
 */
@Uses({"platform.framework"})
package uk.org.eelga.platform.helpline;

import uk.org.eelga.shared.Uses;
