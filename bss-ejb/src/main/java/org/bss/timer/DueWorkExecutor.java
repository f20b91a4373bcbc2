package org.bss.timer;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;

/** Runs one handler in a transaction of its own, so that its failure rolls back only its work. */
@Stateless
@PermitAll
public class DueWorkExecutor {

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void execute(DueWorkHandler handler, Instant dueAt) {
        handler.run(dueAt);
    }
}
