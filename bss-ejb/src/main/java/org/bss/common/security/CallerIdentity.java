package org.bss.common.security;

/** A known caller: the user and the organization it belongs to. */
public record CallerIdentity(long userKey, String userId, String orgId, String orgName) {}
