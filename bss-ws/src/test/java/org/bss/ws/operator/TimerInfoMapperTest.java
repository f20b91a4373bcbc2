package org.bss.ws.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.bss.timer.TimerExpiration;
import org.bss.timer.TimerKind;
import org.bss.ws.vo.VOTimerInfo;
import org.junit.jupiter.api.Test;

@SuppressWarnings("JavaUtilDate") // the contract's VO carries a java.util.Date
class TimerInfoMapperTest {

    private static TimerExpiration expiration(TimerKind kind, Instant next) {
        return new TimerExpiration(kind, next, next == null ? null : "86400000", 0, null, null);
    }

    @Test
    void scheduledTimersCarryTheOriginalTypeNameAndTheExpiration() {
        Instant billing = Instant.parse("2027-01-05T00:00:00Z");
        Instant subscriptions = Instant.parse("2027-01-02T00:00:00Z");

        List<VOTimerInfo> vos = TimerInfoMapper.toVOs(List.of(
                expiration(TimerKind.ORGANIZATION, null),
                expiration(TimerKind.SUBSCRIPTION_EXPIRATION, subscriptions),
                expiration(TimerKind.BILLING, billing)));

        assertThat(vos)
                .extracting(VOTimerInfo::getTimerType)
                .containsExactly("RESTRICTED_SUBSCRIPTION_USAGE_PERIOD", "BILLING_INVOCATION");
        assertThat(vos)
                .extracting(VOTimerInfo::getExpirationDate)
                .containsExactly(Date.from(subscriptions), Date.from(billing));
    }

    @Test
    void everyKindHasItsOwnOriginalName() {
        assertThat(Arrays.stream(TimerKind.values()).map(TimerInfoMapper::timerType))
                .containsExactly(
                        "ORGANIZATION_UNCONFIRMED",
                        "RESTRICTED_SUBSCRIPTION_USAGE_PERIOD",
                        "TENANT_PROVISIONING_TIMEOUT",
                        "BILLING_INVOCATION",
                        "DISCOUNT_END_CHECK",
                        "INACTIVE_ON_BEHALF_USERS_REMOVAL");
    }

    @Test
    void theVoKeepsItsOwnCopyOfTheDate() {
        Date date = new Date(1_000L);
        VOTimerInfo vo = new VOTimerInfo();
        vo.setExpirationDate(date);
        date.setTime(2_000L);
        vo.getExpirationDate().setTime(3_000L);

        assertThat(vo.getExpirationDate()).isEqualTo(new Date(1_000L));
    }
}
