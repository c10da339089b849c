package uk.org.eelga.platform.framework.live;

import java.util.Map;
import java.util.function.Supplier;

/**
 * The values a live kind's parameter may take, named in words, from the feature that owns them: staff choose "London
 * Plan Summit, 26 January 2018" where the measure stores the event's number. A feature offers one bean per parameter
 * name; every kind's parameter of that name takes the same values (an "event" is always an event's number).
 */
public interface ParameterChoices {

    /** The parameter's name, as in {@link ParameterSpec#name()}. */
    String parameter();

    /** Each value the parameter may take, in the order to offer them, with its name in words. */
    Map<String, String> choices();

    /** Choices read afresh each time they are offered (events are planned while the page is open elsewhere). */
    static ParameterChoices of(String parameter, Supplier<Map<String, String>> read) {
        return new ParameterChoices() {
            @Override
            public String parameter() {
                return parameter;
            }

            @Override
            public Map<String, String> choices() {
                return read.get();
            }
        };
    }
}
