package org.bss.system.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.bss.system.rest.RestClient.Answer;

/** Switches a platform setting through the operator's REST API for a test and tells its value before. */
final class PlatformSettings {

    private PlatformSettings() {}

    /** Sets {@code key} to {@code value}; returns its effective value before (empty when none). */
    static String set(UserApi api, String operatorToken, String key, String value) {
        Answer before = api.send("GET", "/settings/" + key, operatorToken, null, null, null);
        assertThat(before.status()).as(before.toString()).isEqualTo(200);
        Answer put = api.send(
                "PUT", "/settings/" + key, operatorToken, "application/json", RestClient.json("value", value), null);
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        var json = before.json();
        return !json.containsKey("effectiveValue") || json.isNull("effectiveValue")
                ? ""
                : json.getString("effectiveValue");
    }
}
