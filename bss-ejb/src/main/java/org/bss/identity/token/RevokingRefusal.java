package org.bss.identity.token;

import jakarta.ejb.ApplicationException;

/**
 * A token refused whose refusal also revoked the user's pair (a refresh token used a second time, or a refresh for a
 * user who may no longer hold tokens). The revocation is committed although the call fails: no rollback, unlike every
 * other {@link org.bss.common.BssException}. The caller sees the same 401 as for any refused token.
 */
@ApplicationException(rollback = false)
final class RevokingRefusal extends TokenRefusedException {}
