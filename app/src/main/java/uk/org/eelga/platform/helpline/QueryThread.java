package uk.org.eelga.platform.helpline;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A query with its whole thread, oldest message first, and the rating comment when there is one. */
@Serdeable
public record QueryThread(QuerySummary query, List<ThreadMessage> messages, @Nullable String satisfactionComment) {

    public QueryThread {
        messages = List.copyOf(messages);
    }
}
