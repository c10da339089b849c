package uk.org.eelga.platform.engagement;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.org.eelga.platform.framework.live.ParameterChoices;

/** A measure counting events of one type names the type in words ("Thought-leadership event"). */
@Singleton
class EventTypeChoices implements ParameterChoices {

    @Override
    public String parameter() {
        return "eventType";
    }

    @Override
    public Map<String, String> choices() {
        Map<String, String> types = new LinkedHashMap<>();
        for (EventType type : EventType.values()) {
            types.put(type.name(), type.label());
        }
        return types;
    }
}
