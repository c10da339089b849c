package uk.org.eelga.platform.engagement;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.org.eelga.platform.framework.live.ParameterChoices;
import uk.org.eelga.platform.framework.live.ParameterSpec;

/**
 * Events, groups and event types named in words where a framework measure is bound to one of them: staff choose
 * "London Plan Summit, 26 January 2018" where the measure stores the event's number.
 */
@Factory
class MeasureParameterChoices {

    @Singleton
    ParameterChoices events(MeetingPlanner planner) {
        return ParameterChoices.of("event", planner::eventNames);
    }

    @Singleton
    ParameterChoices groups(MeetingPlanner planner) {
        return ParameterChoices.of("group", () -> {
            Map<String, String> groups = new LinkedHashMap<>();
            planner.groups().forEach(g -> groups.put(g.code(), g.name()));
            return groups;
        });
    }

    @Singleton
    ParameterChoices eventTypes() {
        return ParameterChoices.of("eventType", () -> ParameterSpec.named(EventType.values(), EventType::label));
    }
}
