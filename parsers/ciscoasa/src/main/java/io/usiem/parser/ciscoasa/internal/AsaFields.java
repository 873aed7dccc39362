package io.usiem.parser.ciscoasa.internal;

import io.usiem.api.event.Field;
import io.usiem.api.event.FieldType;

/**
 * The vendor fields this parser fills, named as Elastic's Cisco ASA integration names them. ASA messages
 * get them under {@code cisco.asa.*}; FTD messages under {@code cisco.ftd.*}, as Elastic's FTD integration
 * writes the same messages. One instance per prefix.
 */
final class AsaFields {
    static final AsaFields ASA = new AsaFields("cisco.asa");
    static final AsaFields FTD = new AsaFields("cisco.ftd");
    /** ECS fields outside uSIEM's dictionary. */
    static final Field SOURCE_USER_GROUP_NAME = Field.of("source.user.group.name", FieldType.KEYWORD);
    static final Field SOURCE_USER_DOMAIN = Field.of("source.user.domain", FieldType.KEYWORD);
    static final Field DESTINATION_USER_NAME = Field.of("destination.user.name", FieldType.KEYWORD);
    static final Field DESTINATION_USER_DOMAIN = Field.of("destination.user.domain", FieldType.KEYWORD);

    final Field messageId;
    final Field suffix;
    final Field sourceInterface;
    final Field destinationInterface;
    final Field ruleName;
    final Field connectionId;
    final Field mappedSourceIp;
    final Field mappedSourcePort;
    final Field mappedDestinationIp;
    final Field mappedDestinationPort;
    final Field sourceUsername;
    final Field destinationUsername;
    final Field terminationUser;
    final Field terminationInitiator;
    final Field icmpType;
    final Field icmpCode;
    final Field hitCount;
    final Field aaaType;
    final Field rejectionReason;
    final Field sessionType;
    final Field connectionType;
    final Field assignedIp;
    final Field assignedIpv6;
    final Field burstObject;
    final Field burstId;
    final Field burstCurrentRate;
    final Field burstConfiguredRate;
    final Field burstAvgRate;
    final Field burstConfiguredAvgRate;
    final Field burstCumulativeCount;

    private AsaFields(String p) {
        messageId = Field.of(p + ".message_id", FieldType.KEYWORD);
        suffix = Field.of(p + ".suffix", FieldType.KEYWORD);
        sourceInterface = Field.of(p + ".source_interface", FieldType.KEYWORD);
        destinationInterface = Field.of(p + ".destination_interface", FieldType.KEYWORD);
        ruleName = Field.of(p + ".rule_name", FieldType.KEYWORD);
        connectionId = Field.of(p + ".connection_id", FieldType.KEYWORD);
        mappedSourceIp = Field.of(p + ".mapped_source_ip", FieldType.IP);
        mappedSourcePort = Field.of(p + ".mapped_source_port", FieldType.LONG);
        mappedDestinationIp = Field.of(p + ".mapped_destination_ip", FieldType.IP);
        mappedDestinationPort = Field.of(p + ".mapped_destination_port", FieldType.LONG);
        sourceUsername = Field.of(p + ".source_username", FieldType.KEYWORD);
        destinationUsername = Field.of(p + ".destination_username", FieldType.KEYWORD);
        terminationUser = Field.of(p + ".termination_user", FieldType.KEYWORD);
        terminationInitiator = Field.of(p + ".termination_initiator", FieldType.KEYWORD);
        icmpType = Field.of(p + ".icmp_type", FieldType.LONG);
        icmpCode = Field.of(p + ".icmp_code", FieldType.LONG);
        hitCount = Field.of(p + ".hit_count", FieldType.LONG);
        aaaType = Field.of(p + ".aaa_type", FieldType.KEYWORD);
        rejectionReason = Field.of(p + ".rejection_reason", FieldType.KEYWORD);
        sessionType = Field.of(p + ".session_type", FieldType.KEYWORD);
        connectionType = Field.of(p + ".connection_type", FieldType.KEYWORD);
        assignedIp = Field.of(p + ".assigned_ip", FieldType.IP);
        assignedIpv6 = Field.of(p + ".assigned_ipv6", FieldType.IP);
        burstObject = Field.of(p + ".burst.object", FieldType.KEYWORD);
        burstId = Field.of(p + ".burst.id", FieldType.KEYWORD);
        burstCurrentRate = Field.of(p + ".burst.current_rate", FieldType.KEYWORD);
        burstConfiguredRate = Field.of(p + ".burst.configured_rate", FieldType.KEYWORD);
        burstAvgRate = Field.of(p + ".burst.avg_rate", FieldType.KEYWORD);
        burstConfiguredAvgRate = Field.of(p + ".burst.configured_avg_rate", FieldType.KEYWORD);
        burstCumulativeCount = Field.of(p + ".burst.cumulative_count", FieldType.KEYWORD);
    }
}
