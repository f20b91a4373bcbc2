package org.bss.ws.operator;

import java.util.Date;
import java.util.List;
import org.bss.timer.TimerExpiration;
import org.bss.timer.TimerKind;
import org.bss.ws.vo.VOTimerInfo;

/**
 * TimerExpiration (domain) to VOTimerInfo (wire). The contract lists the registered timers only, so a disabled timer
 * (no next expiration) is left out, as the original never registered one; {@code timerType} carries the original
 * product's names, which integrations compare.
 */
final class TimerInfoMapper {

    private TimerInfoMapper() {}

    static List<VOTimerInfo> toVOs(List<TimerExpiration> expirations) {
        return expirations.stream()
                .filter(e -> e.nextExpiration() != null)
                .map(TimerInfoMapper::toVO)
                .toList();
    }

    static VOTimerInfo toVO(TimerExpiration expiration) {
        VOTimerInfo vo = new VOTimerInfo();
        vo.setTimerType(timerType(expiration.kind()));
        vo.setExpirationDate(expiration.nextExpiration() == null ? null : Date.from(expiration.nextExpiration()));
        return vo;
    }

    /** The original product's TimerType name of a kind (exhaustive: a new kind must be named here). */
    static String timerType(TimerKind kind) {
        return switch (kind) {
            case ORGANIZATION -> "ORGANIZATION_UNCONFIRMED";
            case SUBSCRIPTION_EXPIRATION -> "RESTRICTED_SUBSCRIPTION_USAGE_PERIOD";
            case TENANT_PROVISIONING_TIMEOUT -> "TENANT_PROVISIONING_TIMEOUT";
            case BILLING -> "BILLING_INVOCATION";
            case DISCOUNT_END_NOTIFICATION -> "DISCOUNT_END_CHECK";
            case INACTIVE_ON_BEHALF_USERS -> "INACTIVE_ON_BEHALF_USERS_REMOVAL";
        };
    }
}
