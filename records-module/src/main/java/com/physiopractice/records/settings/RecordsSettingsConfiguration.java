package com.physiopractice.records.settings;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RecordsSettings.class)
class RecordsSettingsConfiguration {
}
