package org.bss.marketplace;

/**
 * What a row of marketplace_supplier says about an organization: GRANTED lets it publish on a restricted marketplace,
 * BANNED keeps it from publishing on an open one (the original's publishing access granted / denied).
 */
public enum PublishingAccess {
    GRANTED,
    BANNED
}
