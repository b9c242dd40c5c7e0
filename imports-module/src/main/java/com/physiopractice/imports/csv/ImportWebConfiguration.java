package com.physiopractice.imports.csv;

import com.physiopractice.identity.access.EndpointAccess;
import com.physiopractice.identity.access.EndpointAccess.Rule;
import com.physiopractice.identity.access.Role;
import com.physiopractice.platform.UploadEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.util.unit.DataSize;

/** An import changes the whole practice: administrators only. Its files are the API's one upload. */
@Configuration(proxyBeanMethods = false)
class ImportWebConfiguration {

    /** Some 50,000 patients' rows; the server's multipart limits (application.yaml) say the same. */
    static final DataSize MAX_FILES = DataSize.ofMegabytes(10);

    @Bean
    EndpointAccess importEndpointAccess() {
        return EndpointAccess.of(Rule.roles(HttpMethod.POST, ImportController.PATH, Role.ADMIN));
    }

    @Bean
    UploadEndpoint importUpload() {
        return new UploadEndpoint(HttpMethod.POST, ImportController.PATH, MAX_FILES);
    }
}
