package uk.org.eelga.tenancy.audit;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.org.eelga.shared.UkTime;

/**
 * An audit entry as a plain sentence: "admin@eelga.demo suspended Ipswich Borough Council on 3 March 2027 at 10:15"
 * instead of "council.suspended ACTIVE → SUSPENDED": the audit log page shows it, and the CSV export carries it
 * beside the stored codes (for those who filter on them).
 */
public final class AuditSentences {

    /** What each stored action says, "{council}" standing for the council's name. */
    static final Map<String, String> PHRASES = Map.ofEntries(
            Map.entry("council.suspended", "suspended {council}"),
            Map.entry("council.restored", "restored {council}"),
            Map.entry("council.onboarding-started", "started onboarding {council}"),
            Map.entry("council.onboarded", "finished onboarding {council}"),
            Map.entry("council.merged", "merged {council} into its successor"),
            Map.entry("council.successor", "made {council} the successor of a merger"),
            Map.entry("council.domains.moved", "moved email domains to {council}"),
            Map.entry("council.merge.carried-over", "carried open items over to {council}"),
            Map.entry("council.left", "recorded that {council} left the association"),
            Map.entry("council.exported", "exported the data of {council}"),
            Map.entry("council.sign-in-provider.linked", "linked {council} to its own sign-in"),
            Map.entry("council.sign-in-provider.changed", "changed the own sign-in of {council}"),
            Map.entry("council.sign-in-provider.unlinked", "unlinked {council} from its own sign-in"),
            Map.entry("council.sign-in-provider.removed", "removed the own sign-in of {council}"),
            Map.entry("user.invited", "invited a person to {council}"),
            Map.entry("user.invite-incomplete", "started an invitation to {council} that was not completed"),
            Map.entry("user.roles-changed", "changed a person's roles at {council}"),
            Map.entry("user.deactivated", "deactivated a person at {council}"),
            Map.entry("framework.value.accepted", "accepted a framework figure"),
            Map.entry("framework.value.rejected", "rejected a framework figure"),
            Map.entry("framework.period.closed", "closed a framework period"),
            Map.entry("framework.period.reopened", "reopened a framework period"),
            Map.entry("framework.rolled-forward", "started a framework year"),
            Map.entry("framework.measure-changed", "changed a framework measure"),
            Map.entry("framework.structure.added", "added to the framework"),
            Map.entry("framework.structure.moved", "moved in the framework"),
            Map.entry("framework.structure.removed", "removed from the framework"),
            Map.entry("engagement.meeting.planned", "planned a meeting"),
            Map.entry("engagement.meeting.cancelled", "cancelled a meeting"),
            Map.entry("engagement.meeting.corrected", "corrected a meeting"),
            Map.entry("engagement.group.created", "created a group"),
            Map.entry("engagement.group.roles", "changed the roles a group expects"),
            Map.entry("engagement.group.member.added", "added a member from {council} to a group"),
            Map.entry("engagement.group.member.ended", "ended a group membership of {council}"),
            Map.entry("engagement.seat.exception", "recorded a seat not expected from {council}"),
            Map.entry("coaching.attendance", "recorded coaching attendance for {council}"),
            Map.entry("coaching.past-delegate", "entered a past coaching delegate from paper for {council}"),
            Map.entry(
                    "coaching.past-delegate.withdrawn",
                    "withdrew a coaching delegate entered from paper for {council}"),
            Map.entry("evaluation.paper-forms", "entered paper evaluation forms"),
            Map.entry("evaluation.paper-forms.withdrawn", "withdrew paper evaluation forms entered in error"),
            Map.entry("talent-bank.past-work", "entered past Talent Bank work from paper for {council}"),
            Map.entry("talent-bank.past-work.withdrawn", "withdrew Talent Bank work entered from paper for {council}"),
            Map.entry("talent-bank.service.added", "added a service to the Talent Bank catalogue"),
            Map.entry("talent-bank.service.changed", "changed a service of the Talent Bank catalogue"),
            Map.entry("talent-bank.service.offered", "offered a Talent Bank service again"),
            Map.entry("talent-bank.service.withdrawn", "withdrew a Talent Bank service"),
            Map.entry("talent-bank.associate.added", "added a Talent Bank associate"),
            Map.entry("talent-bank.associate.changed", "changed a Talent Bank associate's details"),
            Map.entry("talent-bank.associate.offered", "made a Talent Bank associate available again"),
            Map.entry("talent-bank.associate.withdrawn", "withdrew a Talent Bank associate"),
            Map.entry("talent-bank.associate.rates", "dated new day rates for a Talent Bank associate"),
            Map.entry("talent-bank.target.set", "set a Talent Bank gross-profit target"),
            Map.entry("talent-bank.target.removed", "removed a Talent Bank gross-profit target"),
            Map.entry("talent-bank.area.added", "added an area to the Talent Bank"),
            Map.entry("talent-bank.area.renamed", "renamed an area of the Talent Bank"),
            Map.entry("billing.membership-fee.set", "set a membership fee"),
            Map.entry("billing.membership-invoiced", "invoiced {council} for membership"),
            Map.entry("billing.coaching-place-invoiced", "invoiced {council} for coaching places"),
            Map.entry("follow-up.recorded", "recorded a follow-up commitment for {council}"),
            Map.entry("follow-up.done", "marked a follow-up commitment of {council} done"),
            Map.entry("helpline.raised", "raised an HR helpline query for {council}"),
            Map.entry("helpline.answered", "answered an HR helpline query of {council}"),
            Map.entry("helpline.replied", "replied on an HR helpline query of {council}"),
            Map.entry("helpline.rated", "rated an HR helpline answer for {council}"),
            Map.entry("helpline.closed", "closed an HR helpline query of {council}"),
            Map.entry("delegate-address.approved", "approved a delegate's address for {council}"),
            Map.entry("delegate-address.withdrawn", "withdrew a delegate's address for {council}"),
            Map.entry("appraisal.scheduled", "scheduled a peer appraisal for {council}"),
            Map.entry("appraisal.delivered", "recorded a peer appraisal of {council} as delivered"),
            Map.entry("appraisal.declined", "declined a peer appraisal request of {council}"),
            Map.entry("appraisal.entered", "entered past appraisal support from paper for {council}"),
            Map.entry("appraisal.past.withdrawn", "withdrew appraisal support entered from paper for {council}"),
            Map.entry("survey.return-entered", "entered a survey return from paper or email for {council}"),
            Map.entry("survey.return-withdrawn", "withdrew a survey return entered from paper for {council}"),
            Map.entry("SURVEY_CREATED", "created a survey"),
            Map.entry("SURVEY_CHANGED", "changed a survey"),
            Map.entry("SURVEY_PUBLISHED", "published a survey"),
            Map.entry("SURVEY_REMINDER_SENT", "sent survey reminders"));

    /** The stored actions that have words, in the order of their words (for a filter chosen in words). */
    public static java.util.List<String> actions() {
        return PHRASES.keySet().stream()
                .sorted(java.util.Comparator.comparing(AuditSentences::describe))
                .toList();
    }

    /** An action in words without its council: "Suspended a council", "Planned a meeting". */
    public static String describe(String action) {
        String phrase = PHRASES.getOrDefault(action, "recorded \"" + words(action) + "\"")
                .replace("{council}", "a council");
        return Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
    }

    /** Stored state names (ACTIVE, PAYMENT_FAILED) become words; short acronyms (VAT, HR, PDF) stay. */
    private static final Pattern STATE = Pattern.compile("\\b[A-Z]{4,}(?:_[A-Z]+)*\\b");

    /** Role names as stored, in words. */
    private static final Map<String, String> ROLES = Map.of(
            "council-officer", "officer",
            "council-leader", "leader",
            "council-admin", "council admin",
            "association-staff", "association staff",
            "association-admin", "association admin");

    private AuditSentences() {}

    public static String of(AuditEntry entry) {
        String council = entry.councilName() != null
                ? entry.councilName()
                : entry.council() != null ? entry.council() : "the association";
        String phrase = PHRASES.getOrDefault(entry.action(), null);
        if (phrase == null) {
            phrase = "recorded \"" + words(entry.action()) + "\"" + (entry.council() == null ? "" : " for {council}");
        } else if (!phrase.contains("{council}") && entry.council() != null) {
            phrase = phrase + " for {council}";
        }
        StringBuilder sentence = new StringBuilder()
                .append(who(entry))
                .append(' ')
                .append(phrase.replace("{council}", council))
                .append(" on ")
                .append(UkTime.date(entry.at()))
                .append(" at ")
                .append(UkTime.time(entry.at()));
        String before = plain(entry.before());
        String after = plain(entry.after());
        if (entry.action().startsWith("framework.value.")) {
            after = ""; // the decision is the verb already
        }
        if (!before.isEmpty() && !after.isEmpty()) {
            sentence.append(". Before: ").append(before).append(". After: ").append(after);
        } else if (!after.isEmpty()) {
            sentence.append(": ").append(after);
        } else if (!before.isEmpty()) {
            sentence.append(": ").append(before);
        }
        String text = sentence.toString();
        return text.endsWith(".") ? text : text + ".";
    }

    /** The person's name where it is known, else their address; "The platform" for its own jobs. */
    static String who(AuditEntry entry) {
        if (entry.actorName() != null && !entry.actorName().isBlank()) {
            return entry.actorName().strip();
        }
        return entry.actorEmail() == null ? "The platform" : entry.actorEmail();
    }

    /** "council.sign-in-provider.linked" → "council sign in provider linked". */
    static String words(String code) {
        return code.replaceAll("[._-]+", " ").toLowerCase().trim();
    }

    static String plain(String stored) {
        if (stored == null || stored.isBlank()) {
            return "";
        }
        String text = stored.strip();
        for (Map.Entry<String, String> role : ROLES.entrySet()) {
            text = text.replace(role.getKey(), role.getValue());
        }
        Matcher m = STATE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(words(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
