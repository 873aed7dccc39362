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
     * What an action did. Immutable; made with {@link #success(String)}, {@link #failure(String)} or
     * {@link #builder(boolean)} so that later versions can add details without breaking connectors.
     *
     * @since 1.0
     */
    final class ActionResult {
        private final boolean success;
        private final String message;

        private ActionResult(Builder b) {
            this.success = b.success;
            this.message = b.message == null ? "" : b.message;
        }

        /** @param message what happened @return a successful result */
        public static ActionResult success(String message) {
            return builder(true).message(message).build();
        }

        /** @param message what went wrong @return a failed result */
        public static ActionResult failure(String message) {
            return builder(false).message(message).build();
        }

        /** @param success whether the action worked @return a builder */
        public static Builder builder(boolean success) {
            return new Builder(success);
        }

        /** @return whether it worked */
        public boolean success() {
            return success;
        }

        /** @return what happened, for the audit log */
        public String message() {
            return message;
        }

        @Override
        public String toString() {
            return (success ? "success: " : "failure: ") + message;
        }

        /** Builds an {@link ActionResult}. */
        public static final class Builder {
            private final boolean success;
            private String message;

            private Builder(boolean success) {
                this.success = success;
            }

            /** @param text what happened, for the audit log @return this */
            public Builder message(String text) {
                this.message = text;
                return this;
            }

            /** @return the result */
            public ActionResult build() {
                return new ActionResult(this);
            }
        }
    }
}
