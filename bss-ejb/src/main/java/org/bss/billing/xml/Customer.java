package org.bss.billing.xml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The customer organization as printed on the bill; udas are its custom attributes (id → value). */
public record Customer(
        String id, String email, String name, String address, String paymentType, Map<String, String> udas) {
    public Customer {
        email = email == null ? "" : email;
        name = name == null ? "" : name;
        address = address == null ? "" : address;
        paymentType = paymentType == null ? "" : paymentType;
        udas = udas == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(udas));
    }
}
