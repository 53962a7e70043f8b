package fr.proxima.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.proxima.csv.CsvDocument.CsvRow;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvDocumentTest {

    private static CsvDocument utf8(String text) {
        return CsvDocument.decode(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void validUtf8IsDecodedAsUtf8() {
        CsvDocument document = utf8("nom\nÉté – Noël\n");

        assertThat(document.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(document.rows().get(1).values()).containsExactly("Été – Noël");
    }

    @Test
    void byteOrderMarkIsDropped() {
        CsvDocument document = utf8("\uFEFFuai,nom\n");

        assertThat(document.rows().get(0).values()).containsExactly("uai", "nom");
    }

    @Test
    void invalidUtf8IsDecodedAsWindows1252() {
        Charset windows1252 = Charset.forName("windows-1252");
        CsvDocument document = CsvDocument.decode("nom\nÉté – Noël œuvre\n".getBytes(windows1252));

        assertThat(document.charset()).isEqualTo(windows1252);
        assertThat(document.rows().get(1).values()).containsExactly("Été – Noël œuvre");
    }

    @Test
    void delimiterFollowsTheHeader() {
        assertThat(utf8("a;b;c\n1;2,5;3\n").delimiter()).isEqualTo(';');
        assertThat(utf8("a,b,c\n1;2;3;4\n").delimiter()).isEqualTo(',');
        assertThat(utf8("\n\na;b\n").delimiter()).isEqualTo(';');
        assertThat(utf8("a\n").delimiter()).isEqualTo(',');
    }

    @Test
    void rowsKeepTheirLineNumbers() {
        List<CsvRow> rows = utf8("h1,h2\r\n\r\na,b\r\n,\r\n\"multi\nline\",c\rlast,row\n").rows();

        assertThat(rows).extracting(CsvRow::line).containsExactly(1L, 3L, 5L, 7L);
        assertThat(rows.get(2).values()).containsExactly("multi\nline", "c");
    }

    @Test
    void valuesAreTrimmedAndEmptyRowsSkipped() {
        List<CsvRow> rows = utf8("a , b\n  ,  \n x ,\"y \"\n").rows();

        assertThat(rows).extracting(CsvRow::values)
                .containsExactly(List.of("a", "b"), List.of("x", "y"));
    }

    @Test
    void emptyFileHasNoRows() {
        assertThat(utf8("").rows()).isEmpty();
        assertThat(utf8("\n \n").rows()).isEmpty();
    }

    @Test
    void textAfterClosingQuoteIsASyntaxError() {
        CsvDocument document = utf8("a,b\n1,2\n\"x\"y,3\n4,5\n");

        assertThatThrownBy(document::rows)
                .isInstanceOfSatisfying(CsvSyntaxException.class, e -> assertThat(e.line()).isEqualTo(3));
    }

    @Test
    void unclosedQuoteIsASyntaxError() {
        CsvDocument document = utf8("a,b\n1,2\n\"x,3\n4,5\n");

        assertThatThrownBy(document::rows)
                .isInstanceOfSatisfying(CsvSyntaxException.class, e -> assertThat(e.line()).isEqualTo(4));
    }
}
