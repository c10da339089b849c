package uk.org.eelga.platform.communications;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import uk.org.eelga.tenancy.export.CouncilExportPart;

/**
 * The council's data export already holds its people's email choices, the emails sent to them and their reads
 * (its rows); this adds what the association sent to the council (the shared communications it went to).
 */
@Factory
class CommunicationsExport {

    @Singleton
    CouncilExportPart sentToCouncil() {
        return new CouncilExportPart(
                "communications_sent_to_council",
                "select k.id, k.kind, k.topic, k.title, k.summary, k.link, k.published_on, k.send_requested_at"
                        + " from communication k where ? = any (k.sent_to) order by k.published_on, k.id");
    }
}
