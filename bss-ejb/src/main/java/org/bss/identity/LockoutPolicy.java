package org.bss.identity;

/**
 * The lockout rule of USR-3, pure: MAX_NUMBER_LOGIN_ATTEMPTS consecutive failures lock the account; a success
 * resets the count; a locked account refuses every login, even with the right password, until unlocked.
 */
public final class LockoutPolicy {

    /** Failed attempts since the last success, and whether the account is locked. */
    public record State(int failedAttempts, boolean locked) {
        public State {
            if (failedAttempts < 0) {
                throw new IllegalArgumentException("failedAttempts < 0");
            }
        }
    }

    /** What a login attempt leads to. */
    public enum Verdict {
        /** Right password, account usable. */
        SUCCESS,
        /** Wrong password; the account is still usable. */
        FAILED,
        /** Wrong password, and this failure locked the account. */
        FAILED_NOW_LOCKED,
        /** The account was already locked: refused whatever the password. */
        REFUSED_LOCKED
    }

    /** Verdict plus the state to store. */
    public record Outcome(Verdict verdict, State state) {}

    private final long maxAttempts;

    /** @param maxAttempts MAX_NUMBER_LOGIN_ATTEMPTS (1 or more) */
    public LockoutPolicy(long maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        this.maxAttempts = maxAttempts;
    }

    public Outcome attempt(State state, boolean passwordCorrect) {
        if (state.locked()) {
            return new Outcome(Verdict.REFUSED_LOCKED, state);
        }
        if (passwordCorrect) {
            return new Outcome(Verdict.SUCCESS, new State(0, false));
        }
        int failures = state.failedAttempts() == Integer.MAX_VALUE ? Integer.MAX_VALUE : state.failedAttempts() + 1;
        if (failures >= maxAttempts) {
            return new Outcome(Verdict.FAILED_NOW_LOCKED, new State(failures, true));
        }
        return new Outcome(Verdict.FAILED, new State(failures, false));
    }
}
