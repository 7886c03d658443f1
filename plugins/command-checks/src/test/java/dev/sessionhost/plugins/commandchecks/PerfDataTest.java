package dev.sessionhost.plugins.commandchecks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhost.plugin.api.Measurement;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PerfDataTest {

  /**
   * Real-world lines (the later rows as monitoring-plugins 2.3 prints them here): the first
   * measurement of each, as label|value|unit|warn|crit|min|max.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      quoteCharacter = '"',
      textBlock =
          """
          /=2643MB;5948;5958;0;5968                                       # /|2643|MB|5948|5958|0|5968
          '/'=11204MB;16364;18410;0;20456 '/boot'=120MB;400;450;0;500     # /|11204|MB|16364|18410|0|20456
          'free /'=44%;20;10;0;100                                        # free /|44|%|20|10|0|100
          time=0.000070s;;;0.000000;10.000000                             # time|7.0E-5|s|||0|10
          time=0.003s;;;0.000000 size=396B;;;0                            # time|0.003|s|||0|
          procs=3;;;0;                                                    # procs|3||||0|
          load1=0.150;5.000;10.000;0; load5=0.100;4.000;6.000;0;          # load1|0.15||5.000|10.000|0|
          swap=2048MB;0;0;0;2048                                          # swap|2048|MB|0|0|0|2048
          'it''s here'=1.5e3ms;@10:20;~:30                                 # it's here|1500|ms|@10:20|~:30||
          rta=0.051ms;200.000;500.000;0; pl=0%;40;80;;                    # rta|0.051|ms|200.000|500.000|0|
          users=2;5;10;0                                                  # users|2||5|10|0|
          /=24056430592B;216442024755;243497277849;0;270552530944 # /|24056430592|B|216442024755|243497277849|0|270552530944
          procs=1;;1:;0;                                          # procs|1|||1:|0|
          time=0.007462s;;;0.000000;10.000000 size=4188B;;;0;     # time|0.007462|s|||0|10
          load1=5.620;5.000;10.000;0; load15=2.980;3.000;6.000;0;  # load1|5.62||5.000|10.000|0|
          swap=0B;0;0;0;0                                         # swap|0|B|0|0|0|0
          queries=120c                                                    # queries|120|c||||
          """)
  void parsesTheFirstItemOfARealWorldLine(String line, String expected) {
    String[] want = expected.split("\\|", -1);

    Measurement first = PerfData.parse(line).measurements().get(0);

    assertThat(PerfData.parse(line).problems()).isEmpty();
    assertThat(first)
        .isEqualTo(
            new Measurement(
                want[0],
                Double.parseDouble(want[1]),
                want[2],
                want[3],
                want[4],
                want[5].isEmpty()
                    ? OptionalDouble.empty()
                    : OptionalDouble.of(Double.parseDouble(want[5])),
                want[6].isEmpty()
                    ? OptionalDouble.empty()
                    : OptionalDouble.of(Double.parseDouble(want[6]))));
  }

  @Test
  void readsEveryItemIncludingQuotedLabelsWithSpaces() {
    PerfData data = PerfData.parse("'/var/lib/docker overlay'=1MB;;;; 'x y z'=2 plain=3");

    assertThat(data.measurements())
        .extracting(Measurement::label)
        .containsExactly("/var/lib/docker overlay", "x y z", "plain");
  }

  @Test
  void skipsUnknownValuesQuietly() {
    PerfData data = PerfData.parse("temp=U;50;60 fan=1200");

    assertThat(data.measurements()).extracting(Measurement::label).containsExactly("fan");
    assertThat(data.problems()).isEmpty();
  }

  @Test
  void skipsAndNotesMalformedItems() {
    PerfData data =
        PerfData.parse("ok=1 novalue junk=abc 'open=2 =3 fine=4;;;x too=1;2;3;4;5;6 last=5");

    assertThat(data.measurements()).extracting(Measurement::label).containsExactly("ok", "last");
    assertThat(data.problems())
        .containsExactly(
            "'novalue' is not label=value",
            "'junk=abc' has no number for its value",
            "''open=2' has an unterminated quote",
            "'=3': a measurement needs a printable label, not ''",
            "'fine=4;;;x': min is not a number",
            "'too=1;2;3;4;5;6' has no number for its value");
  }

  @Test
  void emptyTextHasNoMeasurements() {
    assertThat(PerfData.parse("  ").measurements()).isEmpty();
  }
}
