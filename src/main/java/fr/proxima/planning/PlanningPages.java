package fr.proxima.planning;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the planning's static pages at their folder address, as the ticket follow-up page is:
 * the planners' page at {@code /planification/} and every user's feeds at {@code /agenda/}, the
 * address that mails link to.
 */
@Controller
class PlanningPages {

    @GetMapping("/planification")
    String redirectToPlanningFolder() {
        return "redirect:/planification/";
    }

    @GetMapping("/planification/")
    String planningPage() {
        return "forward:/planification/index.html";
    }

    @GetMapping("/agenda")
    String redirectToAgendaFolder() {
        return "redirect:/agenda/";
    }

    @GetMapping("/agenda/")
    String agendaPage() {
        return "forward:/agenda/index.html";
    }
}
