package com.physiopractice.notification.admin;

import com.physiopractice.identity.access.EndpointAccess;
import com.physiopractice.identity.access.EndpointAccess.Rule;
import com.physiopractice.identity.access.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The email outbox is for administrators. */
@Configuration(proxyBeanMethods = false)
class NotificationAdminConfiguration {

    @Bean
    EndpointAccess notificationEndpointAccess() {
        return EndpointAccess.of(Rule.roles("/api/v1/admin/notifications/**", Role.ADMIN));
    }
}
