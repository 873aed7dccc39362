package io.usiem.api.soar;

import io.usiem.api.alert.Alert;

import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A response a connector can carry out (block an IP on a firewall, disable a user). Register as an
 * OSGi service; the SOAR node runs it for an alert once the approval gate lets it.
 */
@ConsumerType
public interface SoarAction {
    /** @return the action's name, for example {@code block-ip} */
    String name();

    /**
     * @param alert the alert that asks for the action
     * @param parameters action parameters (for example {@code ip=203.0.113.7})
     * @return the outcome
     */
    ActionResult execute(Alert alert, Map<String, String> parameters);

    /**
     * What an action did.
     *
     * @param success whether it worked
     * @param message what happened, for the audit log
     */
    record ActionResult(boolean success, String message) {
    }
}
