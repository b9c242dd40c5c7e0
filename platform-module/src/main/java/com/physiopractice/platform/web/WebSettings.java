package com.physiopractice.platform.web;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxRequestBody the largest request body the API reads; larger ones get 413
 * @param leaveProxyDelay on SIGTERM, how long the node keeps serving while readiness already says
 *        DOWN, so that a health-checking proxy takes it out before it stops accepting connections:
 *        at least the proxy's checks until "down" (HAProxy: fall × inter) plus one. 0 without a proxy.
 */
@Validated
@ConfigurationProperties("practice.web")
record WebSettings(@NotNull @DefaultValue("64KB") DataSize maxRequestBody,
        @NotNull @DefaultValue("0s") Duration leaveProxyDelay) {
}
