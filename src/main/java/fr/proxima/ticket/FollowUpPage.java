package fr.proxima.ticket;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Serves the ticket follow-up page at {@code /suivi/}, the address that mails and forms link to. */
@Controller
class FollowUpPage {

    @GetMapping("/suivi")
    String redirectToFolder() {
        return "redirect:/suivi/";
    }

    @GetMapping("/suivi/")
    String page() {
        return "forward:/suivi/index.html";
    }
}
