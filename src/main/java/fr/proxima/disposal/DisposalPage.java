package fr.proxima.disposal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Serves the page of a lycée's disposals at {@code /reforme/}, the address that mails and forms link to. */
@Controller
class DisposalPage {

    @GetMapping("/reforme")
    String redirectToFolder() {
        return "redirect:/reforme/";
    }

    @GetMapping("/reforme/")
    String page() {
        return "forward:/reforme/index.html";
    }
}
