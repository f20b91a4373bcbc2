package org.bss.system.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the test SMTP server before any system test class: every operation that mails (a new organization, user,
 * lock, reset, ...) then reaches {@link TestMailServer}, also in tests that do not read the mail. Registered for every
 * class by JUnit's extension auto-detection (junit-platform.properties).
 */
public class MailServerExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        TestMailServer.start();
    }
}
