package com.physiopractice.platform.web;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/** @param maxRequestBody the largest request body the API reads; larger ones get 413 */
@Validated
@ConfigurationProperties("practice.web")
record WebSettings(@NotNull @DefaultValue("64KB") DataSize maxRequestBody) {
}
