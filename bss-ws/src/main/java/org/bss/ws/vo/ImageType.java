package org.bss.ws.vo;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

/** XSD {@code imageType} (ws-contract §4). */
@XmlType(name = "imageType")
@XmlEnum
public enum ImageType {
    ORGANIZATION_IMAGE,
    SHOP_LOGO_BACKGROUND,
    SHOP_LOGO_LEFT,
    SHOP_LOGO_RIGHT,
    SERVICE_IMAGE
}
