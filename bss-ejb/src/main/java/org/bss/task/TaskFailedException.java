package org.bss.task;

import jakarta.ejb.ApplicationException;

/**
 * A handler's failure (an SMTP server down, a probe failing on purpose). As an application exception it rolls the
 * task's transaction back without the container logging a system exception with a stack trace on every attempt;
 * {@link TaskListener} decides on redelivery and logs one line per attempt, the stack trace once when it parks the
 * task.
 */
@ApplicationException(rollback = true)
public class TaskFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TaskFailedException(RuntimeException cause) {
        super(cause.getMessage() != null ? cause.getMessage() : cause.toString(), cause);
    }
}
