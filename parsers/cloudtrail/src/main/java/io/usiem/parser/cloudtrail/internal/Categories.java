package io.usiem.parser.cloudtrail.internal;

import io.usiem.api.event.EcsCategory;
import io.usiem.api.event.EcsEventType;

import java.util.HashMap;
import java.util.Map;

/**
 * ECS category and type by event name, for the calls Elastic's CloudTrail integration categorizes (IAM users and
 * groups, sign-in, AssumeRole, buckets). Every other call is {@code api} / {@code info}.
 */
final class Categories {
    /** A category and its types. */
    record Ecs(EcsCategory category, EcsEventType... types) {
    }

    private static final Map<String, Ecs> BY_NAME = new HashMap<>();

    static {
        Ecs userChange = new Ecs(EcsCategory.IAM, EcsEventType.USER, EcsEventType.CHANGE);
        Ecs groupChange = new Ecs(EcsCategory.IAM, EcsEventType.GROUP, EcsEventType.CHANGE);
        Ecs adminChange = new Ecs(EcsCategory.IAM, EcsEventType.ADMIN, EcsEventType.CHANGE);
        Ecs userInfo = new Ecs(EcsCategory.IAM, EcsEventType.USER, EcsEventType.INFO);
        Ecs groupInfo = new Ecs(EcsCategory.IAM, EcsEventType.GROUP, EcsEventType.INFO);
        Ecs authentication = new Ecs(EcsCategory.AUTHENTICATION, EcsEventType.INFO);
        for (String n : new String[] {"AttachUserPolicy", "ChangePassword", "CreateAccessKey", "CreateVirtualMFADevice",
            "DeactivateMFADevice", "DeleteAccessKey", "DeleteSSHPublicKey", "DeleteUserPermissionsBoundary", "DeleteUserPolicy",
            "DeleteVirtualMFADevice", "DetachUserPolicy", "EnableMFADevice", "PutUserPermissionsBoundary", "PutUserPolicy",
            "TagUser", "UntagUser", "UpdateAccessKey", "UpdateLoginProfile", "UpdateSSHPublicKey", "UpdateUser"}) {
            BY_NAME.put(n, userChange);
        }
        for (String n : new String[] {"AddUserToGroup", "AttachGroupPolicy", "DeleteGroupPolicy", "DetachGroupPolicy",
            "PutGroupPolicy", "RemoveUserFromGroup", "UpdateGroup"}) {
            BY_NAME.put(n, groupChange);
        }
        for (String n : new String[] {"SetDefaultPolicyVersion", "SetSecurityTokenServicePreferences",
            "UpdateAccountPasswordPolicy", "UpdateRole"}) {
            BY_NAME.put(n, adminChange);
        }
        for (String n : new String[] {"GetUser", "GetUserPolicy", "ListAttachedUserPolicies", "ListGroupsForUser",
            "ListUserPolicies", "ListUsers", "ListUserTags"}) {
            BY_NAME.put(n, userInfo);
        }
        for (String n : new String[] {"GetGroup", "GetGroupPolicy", "ListAttachedGroupPolicies", "ListGroupPolicies", "ListGroups"}) {
            BY_NAME.put(n, groupInfo);
        }
        BY_NAME.put("CreateUser", new Ecs(EcsCategory.IAM, EcsEventType.USER, EcsEventType.CREATION));
        BY_NAME.put("DeleteUser", new Ecs(EcsCategory.IAM, EcsEventType.USER, EcsEventType.DELETION));
        BY_NAME.put("CreateGroup", new Ecs(EcsCategory.IAM, EcsEventType.GROUP, EcsEventType.CREATION));
        BY_NAME.put("DeleteGroup", new Ecs(EcsCategory.IAM, EcsEventType.GROUP, EcsEventType.DELETION));
        BY_NAME.put("CreateKeyPair", new Ecs(EcsCategory.IAM, EcsEventType.ADMIN, EcsEventType.CREATION));
        BY_NAME.put("CreateBucket", new Ecs(EcsCategory.FILE, EcsEventType.CREATION));
        BY_NAME.put("DeleteBucket", new Ecs(EcsCategory.FILE, EcsEventType.DELETION));
        BY_NAME.put("ConsoleLogin", authentication);
        BY_NAME.put("AssumeRole", authentication);
    }

    private Categories() {
    }

    /** @return the categorization of a call, or null for the default (api / info) */
    static Ecs of(String eventName) {
        return BY_NAME.get(eventName);
    }
}
