package fr.proxima.disposal;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import fr.proxima.school.School;
import fr.proxima.security.UserDirectory;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Writes the disposal record (bordereau de réforme) in French, as a PDF of A4 pages: the lycée,
 * each step so far with who made it, and one table line per item. It uses the standard Helvetica
 * font with the Windows-1252 encoding, which covers French letters, so no font file is embedded.
 */
@Component
class DisposalRecordPdf {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm")
            .withZone(PARIS);

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10);
    private static final Font TABLE_HEADER = new Font(Font.HELVETICA, 9, Font.BOLD, Color.WHITE);
    private static final Font TABLE_TEXT = new Font(Font.HELVETICA, 9);

    private static final Color HEADER_BACKGROUND = new Color(0x00, 0x3b, 0x80);

    private final UserDirectory users;

    DisposalRecordPdf(UserDirectory users) {
        this.users = users;
    }

    byte[] render(Disposal disposal, Optional<School> school, Instant generatedAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Bordereau de réforme D3E " + disposal.getReference());
            document.addCreator("Proxima");
            document.open();

            Paragraph title = new Paragraph("Bordereau de réforme D3E n° " + disposal.getReference(), TITLE);
            title.setSpacingAfter(6);
            document.add(title);
            document.add(new Paragraph("Sortie d'inventaire de déchets d'équipements électriques et électroniques"
                    + " (D3E) du lycée.", TEXT));
            document.add(line("Lycée", school.map(School::displayName).orElse(disposal.getSchoolUai())));
            document.add(line("Proposée le", DATE_TIME.format(disposal.getProposedAt()) + " par "
                    + users.displayName(disposal.getProposer())));
            if (disposal.getReason() != null) {
                document.add(line("Motif de la proposition", disposal.getReason()));
            }
            if (disposal.getCheckedAt() != null) {
                document.add(line("Équipements et étiquettes vérifiés le", DATE_TIME.format(disposal.getCheckedAt())
                        + " par " + users.displayName(disposal.getCheckedBy())));
            }
            if (disposal.getStoredAt() != null) {
                document.add(line("Entreposés le", DATE_TIME.format(disposal.getStoredAt()) + " par "
                        + users.displayName(disposal.getStoredBy()) + ", salle " + disposal.getStorageRoom()));
            }

            List<DisposalItem> items = disposal.activeItems();
            Paragraph heading = new Paragraph("Équipements à sortir de l'inventaire : " + items.size(), HEADING);
            heading.setSpacingBefore(10);
            heading.setSpacingAfter(4);
            document.add(heading);
            document.add(itemTable(items));

            List<DisposalItem> withdrawn = disposal.getItems().stream().filter(DisposalItem::isWithdrawn).toList();
            if (!withdrawn.isEmpty()) {
                Paragraph withdrawnHeading = new Paragraph("Équipements retirés lors de la vérification, remis en"
                        + " service : " + withdrawn.size(), HEADING);
                withdrawnHeading.setSpacingBefore(10);
                document.add(withdrawnHeading);
                for (DisposalItem item : withdrawn) {
                    document.add(new Paragraph("– " + item.displayName() + " : " + item.getWithdrawalReason(), TEXT));
                }
            }

            Paragraph approval = new Paragraph("Approbation : le chef d'établissement approuve ou refuse cette réforme"
                    + " dans Proxima (Tasklist, tâche « Approuver la réforme »). Après approbation, les équipements"
                    + " sont sortis de l'inventaire et leur enlèvement par le collecteur est enregistré.", TEXT);
            approval.setSpacingBefore(12);
            document.add(approval);
            document.add(new Paragraph("Bordereau établi par Proxima le " + DATE_TIME.format(generatedAt) + ".",
                    TEXT));
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the record of disposal " + disposal.getReference(), e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static Paragraph line(String label, String value) {
        Paragraph paragraph = new Paragraph();
        paragraph.add(new Phrase(label + " : ", HEADING));
        paragraph.add(new Phrase(value, TEXT));
        return paragraph;
    }

    private static PdfPTable itemTable(List<DisposalItem> items) throws DocumentException {
        String[] headers = {"N°", "Type", "N° d'étiquette", "Nom de machine", "N° de série", "Marque et modèle",
            "Salle d'origine"};
        PdfPTable table = new PdfPTable(headers.length);
        table.setWidthPercentage(100);
        table.setWidths(new float[] {4, 14, 14, 16, 18, 22, 12});
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, TABLE_HEADER));
            cell.setBackgroundColor(HEADER_BACKGROUND);
            cell.setPadding(4);
            table.addCell(cell);
        }
        int rank = 1;
        for (DisposalItem item : items) {
            cell(table, String.valueOf(rank++), Element.ALIGN_RIGHT);
            cell(table, item.getKindLabel(), Element.ALIGN_LEFT);
            cell(table, item.getLabelNumber(), Element.ALIGN_LEFT);
            cell(table, item.getHostName(), Element.ALIGN_LEFT);
            cell(table, item.getSerialNumber(), Element.ALIGN_LEFT);
            cell(table, item.makeAndModel(), Element.ALIGN_LEFT);
            cell(table, item.getRoom(), Element.ALIGN_LEFT);
        }
        return table;
    }

    private static void cell(PdfPTable table, String text, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, TABLE_TEXT));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        table.addCell(cell);
    }
}
