package fr.proxima.inventory;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the inventory page at {@code /inventaire/}, which the visit's "Faire l'inventaire" task
 * links to as {@code /inventaire/?uai=<UAI>}. The page reads its data from the inventory API.
 */
@Controller
class InventoryPage {

    @GetMapping("/inventaire")
    String redirectToFolder() {
        return "redirect:/inventaire/";
    }

    @GetMapping("/inventaire/")
    String page() {
        return "forward:/inventaire/index.html";
    }
}
