package io.usiem.rules.sigma.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code siem:rule-errors}: each rejected rule with the precise reason. */
@Command(scope = "siem", name = "rule-errors", description = "Lists rejected Sigma rules with the reason")
@Service
public class RuleErrorsCommand implements Action {
    @Reference
    SigmaEngine engine;

    @Override
    public Object execute() {
        RuleSet set = engine.rules();
        for (RuleError e : set.errors) {
            System.out.println(e);
        }
        System.out.println(set.errors.size() + " rejected, " + set.rules.size() + " loaded");
        return null;
    }
}
