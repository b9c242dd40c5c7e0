package com.physiopractice.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.booking.Availability;
import com.physiopractice.records.CareEpisodes;
import com.physiopractice.testing.PracticeIntegrationTest;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.framework.Advised;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/**
 * The deadlock retry (platform, DeadlockRetryTest for what it does) wraps the application's
 * transactional services, outside their transaction, so each attempt gets a new one.
 */
@PracticeIntegrationTest
class DeadlockVictimRetryWiringTest {

    @Autowired
    CareEpisodes episodes;

    @Autowired
    Availability availability;

    @Test
    void transactionalServicesAreRetriedOutsideTheirTransaction() {
        for (Object service : List.of(episodes, availability)) {
            assertThat(service).isInstanceOf(Advised.class);
            List<String> advice = Arrays.stream(((Advised) service).getAdvisors()).map(Advisor::getAdvice)
                    .map(each -> each instanceof TransactionInterceptor ? "transaction" : each.getClass().getName())
                    .toList();
            int retry = indexOf(advice, "DeadlockVictimRetry");
            assertThat(retry).as(service.getClass() + ": " + advice).isGreaterThanOrEqualTo(0)
                    .isLessThan(advice.indexOf("transaction"));
        }
    }

    private static int indexOf(List<String> advice, String owner) {
        for (int i = 0; i < advice.size(); i++) {
            if (advice.get(i).contains(owner)) {
                return i;
            }
        }
        return -1;
    }
}
