package org.bss.cli;

import java.io.PrintStream;

/**
 * lockuser, unlockuser and resetpasswordforuser (guide §5.4) over IdentityService. That service also lets an
 * organization administrator manage the own organization's users; this is the operator's client, so the caller's
 * PLATFORM_OPERATOR role is checked first (exit 4 without it) and nothing changes for anyone else. The user is told by
 * mail by the server (USER_LOCKED, USER_UNLOCKED, PASSWORD_RESET with the temporary password).
 */
final class UserCommands {

    static final String OPERATOR_ROLE = "PLATFORM_OPERATOR";

    private final OrganizationCommands.Caller caller;
    private final String userKey;
    private final PrintStream out;

    UserCommands(OrganizationCommands.Caller caller, String userKey, PrintStream out) {
        this.caller = caller;
        this.userKey = userKey;
        this.out = out;
    }

    void execute(Invocation inv) throws CliException {
        String userId = inv.argument("userid");
        requireOperator();
        switch (inv.command()) {
            case LOCKUSER -> {
                Soap.expectResponse(caller.call(UserSoap.lockUserAccount(userId)), "lockUserAccountResponse");
                out.println("User " + userId + " is locked.");
            }
            case UNLOCKUSER -> {
                Soap.expectResponse(caller.call(UserSoap.unlockUserAccount(userId)), "unlockUserAccountResponse");
                out.println("User " + userId + " is unlocked.");
            }
            case RESETPASSWORDFORUSER -> {
                Soap.expectResponse(
                        caller.call(UserSoap.requestResetOfUserPassword(userId)), "requestResetOfUserPasswordResponse");
                out.println("Password of user " + userId
                        + " reset: a temporary password was sent by mail; it must be changed at the next login.");
            }
            default -> throw new IllegalArgumentException("not a user command: " + inv.command());
        }
    }

    private void requireOperator() throws CliException {
        if (!UserSoap.userRoles(caller.call(UserSoap.getCurrentUserDetails())).contains(OPERATOR_ROLE)) {
            throw new CliException(
                    ExitCode.NOT_PERMITTED,
                    "User key " + userKey + " is not permitted to call this operation (role " + OPERATOR_ROLE
                            + " required).");
        }
    }
}
