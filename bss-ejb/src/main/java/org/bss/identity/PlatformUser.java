package org.bss.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.bss.account.Organization;
import org.bss.common.persistence.InstantConverter;

/** A user of the platform (table platform_user; roles in user_role). The user key is the login name of SOAP/CLI. */
@Entity
@Table(name = "platform_user")
public class PlatformUser {

    @Id
    @SequenceGenerator(name = "platform_user_seq", sequenceName = "platform_user_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "platform_user_seq")
    @Column(name = "user_key")
    private long key;

    @Column(name = "user_id", nullable = false, unique = true, length = 100)
    private String userId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_key", nullable = false)
    private Organization organization;

    @Column(name = "email", length = 100)
    private String email;

    @Column(name = "first_name", length = 100)
    private String firstName;

    @Column(name = "last_name", length = 100)
    private String lastName;

    @Column(name = "additional_name", length = 100)
    private String additionalName;

    @Column(name = "address", length = 255)
    private String address;

    @Column(name = "phone", length = 50)
    private String phone;

    @Column(name = "salutation", length = 8)
    private String salutation;

    @Column(name = "locale", nullable = false, length = 16)
    private String locale;

    @Column(name = "password_hash", length = 255)
    private String passwordHash;

    @Column(name = "failed_login_count", nullable = false)
    private int failedLoginCount;

    /** The failure count the last successful login reset (written by the login's bookkeeping only). */
    @Column(name = "failed_logins_before_last_login", nullable = false, insertable = false, updatable = false)
    private int failedLoginsBeforeLastLogin;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private UserStatus status = UserStatus.ACTIVE;

    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    @Convert(converter = InstantConverter.class)
    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_key"))
    @Column(name = "role_name", length = 32)
    private Set<String> roles = new HashSet<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PlatformUser() {}

    public PlatformUser(String userId, Organization organization, String locale, Instant createdAt) {
        this.userId = userId;
        this.organization = organization;
        this.locale = locale;
        this.createdAt = createdAt;
    }

    /** Lockout state as the pure rule sees it. */
    public LockoutPolicy.State lockoutState() {
        return new LockoutPolicy.State(failedLoginCount, status == UserStatus.LOCKED);
    }

    /** Applies a lockout state computed by {@link LockoutPolicy}. */
    public void apply(LockoutPolicy.State state) {
        this.failedLoginCount = state.failedAttempts();
        this.status = state.locked() ? UserStatus.LOCKED : UserStatus.ACTIVE;
    }

    /** Sets a new password hash; {@code mustChange} marks it initial or reset. */
    public void setPassword(String hash, boolean mustChange, Instant now) {
        this.passwordHash = hash;
        this.passwordChangeRequired = mustChange;
        this.passwordChangedAt = now;
    }

    /**
     * Gives the user a new generated password ({@link GeneratedPasswords}) that must be changed at the next login.
     *
     * @return the password in clear, to be handed over once
     */
    public String assignGeneratedPassword(Instant now) {
        String password = GeneratedPasswords.next();
        setPassword(PasswordHash.hashGenerated(password), true, now);
        return password;
    }

    /** Takes the editable fields (not the user id); blank optional fields become empty. */
    public void apply(UserData data) {
        this.email = data.email();
        this.locale = data.locale();
        this.salutation = blankToNull(data.salutation());
        this.firstName = blankToNull(data.firstName());
        this.lastName = blankToNull(data.lastName());
        this.additionalName = blankToNull(data.additionalName());
        this.address = blankToNull(data.address());
        this.phone = blankToNull(data.phone());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public Locale locale() {
        return locale == null || locale.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(locale);
    }

    public long getKey() {
        return key;
    }

    public String getUserId() {
        return userId;
    }

    public Organization getOrganization() {
        return organization;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getAdditionalName() {
        return additionalName;
    }

    public void setAdditionalName(String additionalName) {
        this.additionalName = additionalName;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getSalutation() {
        return salutation;
    }

    public void setSalutation(String salutation) {
        this.salutation = salutation;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public int getFailedLoginCount() {
        return failedLoginCount;
    }

    /** Failed login attempts between the previous successful login and the last one (shown after a portal login). */
    public int getFailedLoginsBeforeLastLogin() {
        return failedLoginsBeforeLastLogin;
    }

    public UserStatus getStatus() {
        return status;
    }

    /** Locks or unlocks by an administrator (USR-3); unlocking also clears the failure count. */
    public void setStatus(UserStatus status) {
        this.status = status;
        if (status == UserStatus.ACTIVE) {
            this.failedLoginCount = 0;
        }
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public void setLastLoginAt(Instant lastLoginAt) {
        this.lastLoginAt = lastLoginAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<String> getRoles() {
        return roles;
    }

    public long getVersion() {
        return version;
    }
}
