package dev.sessionhost.domainfixture.pure;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A model class that uses only what the purity rule allows: the rule must accept it. */
public record TidyRecord(List<String> names, Instant at, BigDecimal amount) {

  public Optional<Integer> firstNameBytes() {
    return names.stream().findFirst().map(n -> n.getBytes(StandardCharsets.UTF_8).length);
  }
}
