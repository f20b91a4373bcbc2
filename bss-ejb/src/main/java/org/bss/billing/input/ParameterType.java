package org.bss.billing.input;

/** Value types of service parameters, as in the original product. */
public enum ParameterType {
    BOOLEAN,
    INTEGER,
    LONG,
    STRING,
    ENUMERATION,
    DURATION,
    PWD
}
