package io.jenkins.plugins.wsus.core.client;

import static io.jenkins.plugins.wsus.core.client.Soap.any;
import static io.jenkins.plugins.wsus.core.client.Soap.guid;
import static io.jenkins.plugins.wsus.core.client.Soap.nil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** {@code GenericReadableRow} values are typed from their {@code xsi:type}, prefixes resolved. */
class GenericRowsTest {

  private static List<GenericRow> parse(String rows) {
    String xml = Soap.envelope(Soap.response("X", "<XResult>" + rows + "</XResult>"));
    Element response = SoapEnvelopeReader.bodyChild(xml.getBytes(StandardCharsets.UTF_8));
    return GenericRows.rows(Dom.child(response, Soap.NS, "XResult"), Soap.NS);
  }

  @Test
  void everyXsiTypeBecomesItsJavaType() {
    List<GenericRow> rows =
        parse(
            Soap.row(
                    any("int", -5),
                    any("short", 7),
                    any("byte", -1),
                    any("unsignedByte", 200),
                    any("long", 9_000_000_000L),
                    any("unsignedInt", 4_000_000_000L),
                    any("boolean", "true"),
                    any("string", "text &amp; more"),
                    any("dateTime", "2025-07-09T10:00:00.1234567+02:00"),
                    guid("6F1D6BD0-6C1E-4AE2-9F2A-0C4D5B8E3A11"),
                    any("base64Binary", "AAEC"),
                    any("decimal", "12.50"),
                    any("double", "INF"),
                    nil(),
                    "<anyType>untyped</anyType>")
                + "<GenericReadableRow xsi:nil=\"true\" />"
                + Soap.row());
    assertThat(rows).hasSize(2);
    List<Object> v = rows.get(0).values();
    assertThat(v.get(0)).isEqualTo(-5);
    assertThat(v.get(1)).isEqualTo((short) 7);
    assertThat(v.get(2)).isEqualTo((byte) -1);
    assertThat(v.get(3)).isEqualTo((short) 200);
    assertThat(v.get(4)).isEqualTo(9_000_000_000L);
    assertThat(v.get(5)).isEqualTo(4_000_000_000L);
    assertThat(v.get(6)).isEqualTo(true);
    assertThat(v.get(7)).isEqualTo("text & more");
    assertThat(v.get(8)).isEqualTo(Instant.parse("2025-07-09T08:00:00.1234567Z"));
    assertThat(v.get(9)).isEqualTo(UUID.fromString("6f1d6bd0-6c1e-4ae2-9f2a-0c4d5b8e3a11"));
    assertThat((byte[]) v.get(10)).containsExactly(0, 1, 2);
    assertThat(v.get(11)).isEqualTo(new BigDecimal("12.50"));
    assertThat(v.get(12)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(v.get(13)).isNull();
    assertThat(v.get(14)).isEqualTo("untyped");
    assertThat(rows.get(1).values()).isEmpty();
  }

  @Test
  void prefixesAreResolvedNotMatchedByName() {
    // "q9" bound to XML Schema: still an int; "xsd" bound elsewhere: kept as text.
    List<GenericRow> rows =
        parse(
            Soap.row(
                "<anyType xmlns:q9=\"http://www.w3.org/2001/XMLSchema\" xsi:type=\"q9:int\">3</anyType>",
                "<anyType xmlns:xsd=\"urn:other\" xsi:type=\"xsd:int\">3</anyType>"));
    assertThat(rows.get(0).values()).containsExactly(3, "3");
  }

  @Test
  void aBadTypedValueIsMalformedAndNamesItsPosition() {
    assertThatThrownBy(() -> parse(Soap.row(any("int", 1), any("int", "many"))))
        .isInstanceOf(MalformedResponse.class)
        .hasMessageContaining("value 1")
        .hasMessageContaining("not an int");
    assertThatThrownBy(() -> parse(Soap.row(guid("not-a-guid"))))
        .isInstanceOf(MalformedResponse.class)
        .hasMessageContaining("not a GUID");
  }

  @Test
  void typedAccessorsCheckTypesAndRange() {
    GenericRow row = parse(Soap.row(any("long", 9_000_000_000L), any("string", "x"))).get(0);
    assertThatThrownBy(() -> row.intValue(0, "revision"))
        .isInstanceOf(MalformedResponse.class)
        .hasMessageContaining("out of int range");
    assertThatThrownBy(() -> row.uuid(1, "id")).hasMessageContaining("not a GUID");
    assertThatThrownBy(() -> row.uuid(5, "id")).hasMessageContaining("row has 2 values");
  }
}
