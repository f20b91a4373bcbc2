package org.bss.realm.spi;

/** A login was refused. The reason is for logs only: callers must not tell users which it was. */
public class LoginRefusedException extends Exception {
    public LoginRefusedException(String reason) {
        super(reason);
    }
}
