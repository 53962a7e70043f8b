package fr.proxima.visit;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Serves the technician's visit page at {@code /passage/}, the address that the arrival form links
 * to with {@code ?visit=<id>}.
 */
@Controller
class VisitPage {

    /**
     * Redirects to the folder address. A numeric {@code visit} parameter is kept, so that
     * {@code /passage?visit=<id>} opens the same visit; any other value is dropped, and the page
     * then lists the visits.
     */
    @GetMapping("/passage")
    String redirectToFolder(@RequestParam(name = "visit", required = false) String visit) {
        boolean numeric = visit != null && visit.matches("\\d{1,18}");
        return "redirect:/passage/" + (numeric ? "?visit=" + visit : "");
    }

    @GetMapping("/passage/")
    String page() {
        return "forward:/passage/index.html";
    }
}
