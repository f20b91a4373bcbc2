package org.bss.cli;

/** Exit codes of the operator client (documented in docs/cli.md). */
public final class ExitCode {
    public static final int OK = 0;
    public static final int OTHER = 1;
    public static final int USAGE = 2;
    public static final int AUTHENTICATION = 3;
    public static final int NOT_PERMITTED = 4;
    public static final int REJECTED = 5;
    public static final int UNREACHABLE = 6;

    private ExitCode() {}
}
