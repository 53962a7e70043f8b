package fr.proxima.disposal;

import fr.proxima.mail.MailAttachment;
import fr.proxima.mail.MailService;
import fr.proxima.mail.OutgoingMail;
import fr.proxima.school.School;
import fr.proxima.security.Groups;
import fr.proxima.security.UserDirectory;
import fr.proxima.ticket.TicketProperties;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** The French mails of the D3E disposal, each sent once to the people that its step concerns. */
@Service
public class DisposalMails {

    /** Kinds of mail that the mail tasks of d3e-disposal.bpmn send. */
    public enum Kind { PROPOSAL, ALL_WITHDRAWN, RECORD_READY, APPROVED, REFUSED, PICKUP }

    private static final Logger LOG = LoggerFactory.getLogger(DisposalMails.class);

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRANCE);

    private static final DateTimeFormatter DAY_OF_INSTANT = DAY.withZone(PARIS);

    private static final String SIGNATURE = """

            --\s
            Proxima, maintenance informatique de proximité des lycées d'Île-de-France.
            Ce message est envoyé automatiquement : merci de ne pas y répondre.
            """;

    private final DisposalService disposals;

    private final UserDirectory users;

    private final MailService mailService;

    private final TicketProperties properties;

    DisposalMails(DisposalService disposals, UserDirectory users, MailService mailService,
            TicketProperties properties) {
        this.disposals = disposals;
        this.users = users;
        this.mailService = mailService;
        this.properties = properties;
    }

    /** Sends the mail of one step. Recipients without an address are skipped, and logged when none is left. */
    public void send(Kind kind, long disposalId) {
        Disposal disposal = disposals.get(disposalId);
        String uai = disposal.getSchoolUai();
        String school = disposals.school(uai).map(School::displayName).orElse(uai);
        List<String> to = switch (kind) {
            case PROPOSAL -> addresses(List.of(Groups.techniciansOf(uai), Groups.correspondentsOf(uai)), null);
            case ALL_WITHDRAWN, APPROVED, REFUSED -> addresses(
                    List.of(Groups.correspondentsOf(uai), Groups.techniciansOf(uai)), disposal.getProposer());
            case RECORD_READY -> addresses(List.of(Groups.headsOf(uai)), null);
            case PICKUP -> addresses(List.of(Groups.correspondentsOf(uai)), null);
        };
        if (to.isEmpty()) {
            LOG.warn("Disposal {}: nobody concerned has a mail address, {} mail not sent", disposal.getReference(),
                    kind);
            return;
        }
        String reference = disposal.getReference();
        String subject = switch (kind) {
            case PROPOSAL -> "Réforme " + reference + " proposée : " + count(disposal.getItems().size()) + ", " + school;
            case ALL_WITHDRAWN -> "Réforme " + reference + " abandonnée : tous les équipements sont remis en service";
            case RECORD_READY -> "Réforme " + reference + " : bordereau à approuver, " + school;
            case APPROVED -> "Réforme " + reference + " approuvée : sortie de l'inventaire, " + school;
            case REFUSED -> "Réforme " + reference + " refusée : les équipements sont remis en service";
            case PICKUP -> "Réforme " + reference + " : enlèvement enregistré";
        };
        String body = "Bonjour,\n\n" + switch (kind) {
            case PROPOSAL -> proposalBody(disposal, school);
            case ALL_WITHDRAWN -> withdrawnBody(disposal, school);
            case RECORD_READY -> recordBody(disposal, school);
            case APPROVED -> approvedBody(disposal, school);
            case REFUSED -> refusedBody(disposal, school);
            case PICKUP -> pickupBody(disposal, school);
        } + "\nSuivi des réformes du lycée : " + properties.publicUrl() + "/reforme/#" + uai + "\n" + SIGNATURE;
        List<MailAttachment> attachments = kind == Kind.RECORD_READY && disposal.hasRecord()
                ? List.of(new MailAttachment("bordereau-" + reference + ".pdf", "application/pdf",
                        disposal.getRecordPdf()))
                : List.of();
        String key = "disposal/" + reference + "/" + kind.name().toLowerCase(Locale.ROOT);
        mailService.sendOnce(new OutgoingMail(key, to, subject, body, attachments));
    }

    private String proposalBody(Disposal disposal, String school) {
        return users.displayName(disposal.getProposer()) + " propose à la réforme (D3E) les équipements suivants du "
                + school + " :\n\n" + itemLines(disposal.getItems())
                + (disposal.getReason() == null ? "" : "\nMotif : " + disposal.getReason() + "\n")
                + "\nCes équipements ne peuvent plus être proposés dans une autre réforme. Le technicien vérifie"
                + " chaque équipement et son étiquette lors de son passage, dans Tasklist, tâche « Vérifier les"
                + " équipements et leurs étiquettes ».\n";
    }

    private String withdrawnBody(Disposal disposal, String school) {
        return "Lors de la vérification, " + users.displayName(disposal.getCheckedBy()) + " a retiré de la réforme "
                + disposal.getReference() + " (" + school + ") tous ses équipements, qui sont remis en service :\n\n"
                + withdrawnLines(disposal) + "\nLa réforme est close.\n";
    }

    private String recordBody(Disposal disposal, String school) {
        return "Le bordereau de la réforme " + disposal.getReference() + " (" + school + ") est prêt : vous le"
                + " trouverez en pièce jointe. Il liste " + count(disposal.activeItems().size()) + ", entreposés en"
                + " salle " + disposal.getStorageRoom() + " :\n\n" + itemLines(disposal.activeItems())
                + "\nEn tant que chef d'établissement, approuvez ou refusez cette réforme dans Tasklist, tâche"
                + " « Approuver la réforme ». Un refus demande un motif ; les équipements sont alors remis en"
                + " service.\n";
    }

    private String approvedBody(Disposal disposal, String school) {
        return users.displayName(disposal.getDecidedBy()) + " a approuvé le " + DAY_OF_INSTANT.format(
                disposal.getDecidedAt()) + " la réforme " + disposal.getReference() + " (" + school + "). Ces"
                + " équipements sont sortis de l'inventaire ; leur historique est conservé :\n\n"
                + itemLines(disposal.activeItems())
                + "\nIls attendent l'enlèvement par le collecteur en salle " + disposal.getStorageRoom() + ". Le"
                + " technicien ou le correspondant enregistre l'enlèvement dans Tasklist, tâche « Enregistrer"
                + " l'enlèvement ».\n";
    }

    private String refusedBody(Disposal disposal, String school) {
        return users.displayName(disposal.getDecidedBy()) + " a refusé le " + DAY_OF_INSTANT.format(
                disposal.getDecidedAt()) + " la réforme " + disposal.getReference() + " (" + school + ").\n\n"
                + "Motif du refus : " + disposal.getRefusalReason() + "\n\n"
                + "Ces équipements sont remis en service, avec ce motif dans leur historique :\n\n"
                + itemLines(disposal.activeItems());
    }

    private String pickupBody(Disposal disposal, String school) {
        return "L'enlèvement des équipements de la réforme " + disposal.getReference() + " (" + school + ") a été"
                + " enregistré par " + users.displayName(disposal.getPickupRecordedBy()) + " :\n\n"
                + "Collecteur : " + disposal.getCollectorName() + "\n"
                + "Date d'enlèvement : " + DAY.format(disposal.getPickupDate()) + "\n"
                + "Référence de l'enlèvement : " + disposal.getPickupReference() + "\n\n"
                + itemLines(disposal.activeItems()) + "\nLa réforme est close.\n";
    }

    /** Returns the addresses of the groups' members and of the extra user, without duplicates. */
    private List<String> addresses(List<String> groupIds, String extraUserId) {
        Set<String> result = new LinkedHashSet<>();
        if (extraUserId != null) {
            users.find(extraUserId).map(UserDirectory.Contact::email).filter(email -> !email.isEmpty())
                    .ifPresent(result::add);
        }
        for (String groupId : groupIds) {
            result.addAll(users.addressesOf(groupId));
        }
        return new ArrayList<>(result);
    }

    static String itemLines(List<DisposalItem> items) {
        StringBuilder lines = new StringBuilder();
        for (DisposalItem item : items) {
            lines.append("- ").append(item.displayName());
            if (!item.makeAndModel().isEmpty()) {
                lines.append(", ").append(item.makeAndModel());
            }
            if (item.getRoom() != null) {
                lines.append(", salle ").append(item.getRoom());
            }
            lines.append('\n');
        }
        return lines.toString();
    }

    private static String withdrawnLines(Disposal disposal) {
        StringBuilder lines = new StringBuilder();
        for (DisposalItem item : disposal.getItems()) {
            lines.append("- ").append(item.displayName()).append(" : ").append(item.getWithdrawalReason()).append('\n');
        }
        return lines.toString();
    }

    static String count(int items) {
        return items + (items > 1 ? " équipements" : " équipement");
    }
}
