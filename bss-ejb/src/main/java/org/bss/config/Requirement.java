package org.bss.config;

/** Whether a key must have a value (REFERENCE.md C.1 "Req"). Conditional keys are optional at save time. */
public enum Requirement {
    /** 必須: must always have a value (its default, or a stored one). */
    REQUIRED,
    /** オプション. */
    OPTIONAL,
    /** Required when a technical service uses access type USER and BSS acts as IdP (C-IdP). */
    IF_IDP,
    /** Required when installed in SAML_SP mode (C-SSO). */
    IF_SAML_SP,
    /** Required when the report function is used (C-Rep). */
    IF_REPORTS
}
