package uk.org.eelga.platform.engagement;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.org.eelga.platform.framework.live.ParameterChoices;

/** A framework measure bound to a group's attendance names the group, not its code. */
@Singleton
class GroupChoices implements ParameterChoices {

    private final MeetingPlanner planner;

    GroupChoices(MeetingPlanner planner) {
        this.planner = planner;
    }

    @Override
    public String parameter() {
        return "group";
    }

    @Override
    public Map<String, String> choices() {
        Map<String, String> groups = new LinkedHashMap<>();
        planner.groups().forEach(g -> groups.put(g.code(), g.name()));
        return groups;
    }
}
