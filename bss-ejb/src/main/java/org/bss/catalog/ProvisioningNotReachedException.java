package org.bss.catalog;

import org.bss.common.ConflictException;

/** "Validate communication" found the provisioning URL of a technical service not answering 2xx. */
public class ProvisioningNotReachedException extends ConflictException {

    private static final long serialVersionUID = 1L;

    private final transient CommunicationCheck check;

    public ProvisioningNotReachedException(String id, CommunicationCheck check) {
        super("catalog.ts.notReached", id, check.url(), check.detail());
        this.check = check;
    }

    /** What the ping found (timed out, or the HTTP status of an answer that was not 2xx). */
    public CommunicationCheck check() {
        return check;
    }
}
