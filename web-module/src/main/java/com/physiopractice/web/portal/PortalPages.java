package com.physiopractice.web.portal;

import com.physiopractice.identity.BrowserAccounts.Resumed;
import com.physiopractice.web.security.PageSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The signed-in home. Personal: never cached. */
@Controller
class PortalPages {

    @GetMapping("/portal")
    String home(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        Resumed signedIn = PageSession.of(request).orElseThrow();
        model.addAttribute("emailVerified", signedIn.emailVerified());
        model.addAttribute("role", signedIn.caller().role().name());
        return "portal/home";
    }
}
