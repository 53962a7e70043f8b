package fr.proxima.ticket;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The codes of the ticket forms' select fields with their French labels, as the forms in
 * {@code forms/} offer them. The scope decision table reads the same codes.
 */
public final class TicketCatalog {

    /** Services of the scope of the service description, covered or not. */
    public static final Map<String, String> SERVICES = ordered(
            "POSTE", "Postes de travail fixes et portables",
            "LOGICIEL", "Applications et logiciels",
            "IMPRESSION", "Moyens d'impression",
            "VIDEOPROJECTION", "Vidéoprojecteurs",
            "PERIPHERIQUE", "Autres périphériques",
            "INVENTAIRE", "Inventaire du parc",
            "PRISE_RESEAU", "Activation d'une prise réseau (brassage)",
            "D3E", "Préparation de matériel pour la mise au rebut (D3E)",
            "TELEPHONIE", "Téléphonie",
            "SERVEUR", "Serveurs administratifs et pédagogiques",
            "EQUIPEMENT_RESEAU", "Équipements actifs de réseau (switch, routeur, répartiteur)",
            "CABLAGE", "Câblage",
            "LIEN_OPERATEUR", "Liens opérateurs (accès à internet)",
            "FOURNITURE_MATERIEL", "Fourniture de matériel");

    public static final Map<String, String> EQUIPMENT_KINDS = ordered(
            "POSTE_FIXE", "Poste fixe",
            "PORTABLE", "Poste portable",
            "IMPRIMANTE", "Imprimante",
            "VIDEOPROJECTEUR", "Vidéoprojecteur posé ou mobile",
            "VIDEOPROJECTEUR_HAUTEUR", "Vidéoprojecteur fixé en hauteur",
            "PERIPHERIQUE", "Périphérique (écran, clavier, scanner…)",
            "AUTRE", "Autre ou sans objet");

    /** Kinds of equipment for which the teaching or administrative use must be given. */
    public static final Set<String> COMPUTER_KINDS = Set.of("POSTE_FIXE", "PORTABLE");

    public static final Map<String, String> USAGES = ordered(
            "PEDAGOGIQUE", "Pédagogique",
            "ADMINISTRATIF", "Administratif");

    public static final Map<String, String> URGENCIES = ordered(
            "HAUTE", "Haute : le travail est bloqué",
            "MOYENNE", "Moyenne : le travail est gêné",
            "BASSE", "Basse : une gêne mineure");

    public static final Map<String, String> IMPACTS = ordered(
            "LYCEE", "Tout le lycée ou plusieurs salles",
            "SALLE", "Une salle ou un groupe de postes",
            "POSTE", "Un poste ou une personne");

    public static final Map<Integer, String> PRIORITIES = Map.of(
            5, "Très haute",
            4, "Haute",
            3, "Moyenne",
            2, "Basse",
            1, "Très basse");

    public static final Map<String, String> OUTCOMES = ordered(
            "RESOLVED", "Résolu",
            "NEXT_VISIT", "À poursuivre au prochain passage",
            "WAITING_FOR_PART", "En attente d'une pièce fournie par le lycée",
            "OUT_OF_SCOPE", "Hors périmètre");

    private TicketCatalog() {
    }

    /** Returns the label of a code, or the code itself when it has none. */
    public static String label(Map<String, String> labels, String code) {
        if (code == null) {
            return "";
        }
        return labels.getOrDefault(code, code);
    }

    private static Map<String, String> ordered(String... codesAndLabels) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < codesAndLabels.length; i += 2) {
            map.put(codesAndLabels[i], codesAndLabels[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
