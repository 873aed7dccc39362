package io.usiem.parser.windows.internal;

import io.usiem.api.event.EcsCategory;
import io.usiem.api.event.EcsEventType;
import io.usiem.api.event.EventBuilder;
import io.usiem.api.event.Fields;

/** ECS for the System channel events detections use: 7045 service installed, 7036/7040 service changes, 104 log cleared. */
final class SystemMapping {
    private SystemMapping() {
    }

    static void map(WinRecord r, int id, EventBuilder b) {
        switch (id) {
            case 7045 -> {
                b.set(Fields.EVENT_ACTION, "service-installed");
                Ecs.set(b, Fields.SERVICE_NAME, r.present("ServiceName"));
                Ecs.set(b, WinFields.SERVICE_TYPE, r.present("ServiceType"));
                String account = r.present("AccountName");
                if (account != null) {
                    b.append(Fields.RELATED_USER, account);
                }
                b.ecsCategory(EcsCategory.CONFIGURATION).ecsType(EcsEventType.CREATION);
            }
            case 7036, 7040 -> {
                b.set(Fields.EVENT_ACTION, id == 7036 ? "service-state-changed" : "service-start-type-changed");
                Ecs.set(b, Fields.SERVICE_NAME, r.present("param1"));
                b.ecsCategory(EcsCategory.CONFIGURATION).ecsType(EcsEventType.CHANGE);
            }
            case 104 -> {
                b.set(Fields.EVENT_ACTION, "audit-log-cleared");
                SecurityMapping.subject(r, b);
                b.ecsCategory(EcsCategory.IAM, EcsCategory.CONFIGURATION).ecsType(EcsEventType.ADMIN, EcsEventType.CHANGE);
            }
            default -> {
                // EventData only
            }
        }
    }
}
