package org.bss.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bss.identity.LockoutPolicy.State;
import org.bss.identity.LockoutPolicy.Verdict;
import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

    private final LockoutPolicy policy = new LockoutPolicy(3);

    @Test
    void threeConsecutiveFailuresLockByDefault() {
        State s = new State(0, false);
        LockoutPolicy.Outcome o1 = policy.attempt(s, false);
        assertThat(o1.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(o1.state()).isEqualTo(new State(1, false));
        LockoutPolicy.Outcome o2 = policy.attempt(o1.state(), false);
        assertThat(o2.state()).isEqualTo(new State(2, false));
        LockoutPolicy.Outcome o3 = policy.attempt(o2.state(), false);
        assertThat(o3.verdict()).isEqualTo(Verdict.FAILED_NOW_LOCKED);
        assertThat(o3.state()).isEqualTo(new State(3, true));
    }

    @Test
    void successResetsTheCount() {
        LockoutPolicy.Outcome o = policy.attempt(new State(2, false), true);
        assertThat(o.verdict()).isEqualTo(Verdict.SUCCESS);
        assertThat(o.state()).isEqualTo(new State(0, false));
        // so two more failures do not lock
        State s =
                policy.attempt(policy.attempt(o.state(), false).state(), false).state();
        assertThat(s.locked()).isFalse();
    }

    @Test
    void lockedAccountRefusesEvenTheRightPassword() {
        State locked = new State(3, true);
        LockoutPolicy.Outcome o = policy.attempt(locked, true);
        assertThat(o.verdict()).isEqualTo(Verdict.REFUSED_LOCKED);
        assertThat(o.state()).isEqualTo(locked);
        assertThat(policy.attempt(locked, false).verdict()).isEqualTo(Verdict.REFUSED_LOCKED);
    }

    @Test
    void oneAttemptPolicyLocksAtFirstFailure() {
        assertThat(new LockoutPolicy(1).attempt(new State(0, false), false).verdict())
                .isEqualTo(Verdict.FAILED_NOW_LOCKED);
    }

    @Test
    void hugeLimitNeverOverflows() {
        LockoutPolicy lenient = new LockoutPolicy(Long.MAX_VALUE);
        LockoutPolicy.Outcome o = lenient.attempt(new State(Integer.MAX_VALUE, false), false);
        assertThat(o.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(o.state().failedAttempts()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void invalidArguments() {
        assertThatThrownBy(() -> new LockoutPolicy(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new State(-1, false)).isInstanceOf(IllegalArgumentException.class);
    }
}
