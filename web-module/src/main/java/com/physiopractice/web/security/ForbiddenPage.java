package com.physiopractice.web.security;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The page a refused request is forwarded to, whatever its method: "Not allowed", in the site's design. */
@Controller
class ForbiddenPage {

    @RequestMapping(PageSecurityConfiguration.FORBIDDEN_PAGE)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden() {
        return "error/403";
    }
}
