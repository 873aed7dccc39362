package io.usiem.connector.datasets.internal;

import java.util.Locale;

/** The formats a dataset can be imported from. */
enum FeedFormat {
    /** One value per line; {@code #} and {@code ;} comments; the first whitespace-separated token. */
    PLAIN,
    /** Comma (or configured) separated; the key column and an optional value column. */
    CSV,
    /** FireHOL {@code .ipset} / {@code .netset}: one address or network per line, {@code #} comments. */
    FIREHOL,
    /** IPsum: {@code ip<TAB>count}, kept when count >= the minimum; the count becomes the value. */
    IPSUM,
    /** AWS {@code ip-ranges.json}: label {@code aws|region|service}. */
    AWS,
    /** Azure Service Tags JSON: label {@code azure|region|systemService}. */
    AZURE,
    /** GCP {@code cloud.json}: label {@code gcp|scope|service}. */
    GCP,
    /** STIX 2.x bundle: indicators with {@code [ipv4-addr:value = '...']}-style patterns. */
    STIX,
    /** MISP JSON: attribute exports ({@code response.Attribute}) and event exports ({@code Event.Attribute}). */
    MISP;

    static FeedFormat of(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + s + "'; known: plain, csv, firehol, ipsum, aws, azure, gcp, stix, misp", e);
        }
    }
}
