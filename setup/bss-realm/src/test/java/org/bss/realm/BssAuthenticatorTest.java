package org.bss.realm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.naming.NameNotFoundException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import org.bss.realm.spi.CredentialVerifier;
import org.bss.realm.spi.LoginRefusedException;
import org.bss.realm.spi.VerifiedCaller;
import org.junit.jupiter.api.Test;

class BssAuthenticatorTest {

    private static final String SECRET = "s3cr3t-Passw0rd";

    private final List<String> seen = new ArrayList<>();

    private CredentialVerifier verifier(VerifiedCaller result) {
        return (name, password) -> {
            seen.add(name + "/" + password);
            if (!SECRET.equals(password)) {
                throw new LoginRefusedException("wrong password for " + name);
            }
            return result;
        };
    }

    @Test
    void successReturnsTheVerifiedCallerWhateverNameWasTyped() throws Exception {
        var auth = new BssAuthenticator(
                () -> verifier(new VerifiedCaller("1000", Set.of("PLATFORM_OPERATOR", "ORGANIZATION_ADMIN"))));
        VerifiedCaller caller = auth.authenticate("id:administrator", SECRET.toCharArray());
        assertThat(caller.principalName()).isEqualTo("1000");
        assertThat(BssAuthenticator.groupArray(caller)).containsExactly("ORGANIZATION_ADMIN", "PLATFORM_OPERATOR");
        assertThat(seen).containsExactly("id:administrator/" + SECRET);
    }

    @Test
    void refusalIsAFailedLoginWithoutThePassword() {
        var auth = new BssAuthenticator(() -> verifier(new VerifiedCaller("1000", Set.of())));
        assertThatThrownBy(() -> auth.authenticate("1000", "guessed-Secret-42".toCharArray()))
                .isInstanceOf(FailedLoginException.class)
                .hasMessageContaining("1000")
                .hasMessageNotContaining("guessed-Secret-42")
                .hasMessageNotContaining("wrong password");
    }

    @Test
    void missingVerifierIsALoginExceptionWithoutThePassword() {
        var auth = new BssAuthenticator(() -> {
            throw new NameNotFoundException(CredentialVerifier.JNDI_NAME);
        });
        assertThatThrownBy(() -> auth.authenticate("1000", SECRET.toCharArray()))
                .isInstanceOf(LoginException.class)
                .isNotInstanceOf(FailedLoginException.class)
                .hasMessageContaining("not available")
                .hasMessageNotContaining(SECRET)
                .hasCauseInstanceOf(NameNotFoundException.class);
    }

    @Test
    void verifierRuntimeFailureIsALoginException() {
        var auth = new BssAuthenticator(() -> (name, password) -> {
            throw new IllegalStateException("application is being redeployed");
        });
        assertThatThrownBy(() -> auth.authenticate("1000", SECRET.toCharArray()))
                .isInstanceOf(LoginException.class)
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void looksUpTheVerifierOnEveryLoginSoARedeployIsPickedUp() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        List<CredentialVerifier> generations = List.of(
                (n, p) -> {
                    throw new IllegalStateException("old bean is gone");
                },
                verifier(new VerifiedCaller("1000", Set.of("PLATFORM_OPERATOR"))));
        var auth = new BssAuthenticator(() -> generations.get(Math.min(lookups.getAndIncrement(), 1)));
        assertThatThrownBy(() -> auth.authenticate("1000", SECRET.toCharArray()))
                .isInstanceOf(LoginException.class);
        assertThat(auth.authenticate("1000", SECRET.toCharArray()).principalName())
                .isEqualTo("1000");
        assertThat(lookups).hasValue(2);
    }

    @Test
    void blankNameOrPasswordIsRefusedWithoutAskingTheVerifier() {
        AtomicInteger lookups = new AtomicInteger();
        var auth = new BssAuthenticator(() -> {
            lookups.incrementAndGet();
            return verifier(new VerifiedCaller("1000", Set.of()));
        });
        assertThatThrownBy(() -> auth.authenticate(" ", SECRET.toCharArray())).isInstanceOf(FailedLoginException.class);
        assertThatThrownBy(() -> auth.authenticate("1000", new char[0])).isInstanceOf(FailedLoginException.class);
        assertThatThrownBy(() -> auth.authenticate("1000", null)).isInstanceOf(FailedLoginException.class);
        assertThat(lookups).hasValue(0);
    }

    @Test
    void aCallerWithoutPrincipalNameIsRefused() {
        var auth = new BssAuthenticator(() -> verifier(new VerifiedCaller(" ", Set.of("X"))));
        assertThatThrownBy(() -> auth.authenticate("1000", SECRET.toCharArray()))
                .isInstanceOf(FailedLoginException.class);
    }

    @Test
    void blankGroupsAreDropped() {
        assertThat(BssAuthenticator.groupArray(new VerifiedCaller("1", Set.of("A", " ", "B"))))
                .containsExactly("A", "B");
    }
}
