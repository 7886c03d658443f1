package com.example.sessionhost.diskspace;

import dev.sessionhost.plugin.api.CheckSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * How much free space is required: {@code minFreePercent} of the filesystem (0 to 100, default 10)
 * and, when set, at least {@code minFree}, a size such as {@code 5GiB}. Both must be met.
 *
 * @param minFreePercent the free share required, in percent
 * @param minFreeBytes the free bytes required; 0 when {@code minFree} is not set
 */
record Thresholds(int minFreePercent, long minFreeBytes) {

  /** The default share of free space required. */
  static final int DEFAULT_MIN_FREE_PERCENT = 10;

  /**
   * Reads the thresholds from the check's settings.
   *
   * @throws dev.sessionhost.plugin.api.SettingException naming the key of a bad value
   */
  static Thresholds from(CheckSettings settings) {
    int percent = settings.integer("minFreePercent", DEFAULT_MIN_FREE_PERCENT, 0, 100);
    long bytes = 0;
    if (settings.has("minFree")) {
      bytes =
          ByteSize.parse(settings.string("minFree", ""))
              .orElseThrow(
                  () -> settings.invalid("minFree", "a size with a unit, such as 5GiB or 500MB"));
    }
    return new Thresholds(percent, bytes);
  }

  /** The thresholds {@code space} does not meet, as "10 %" or "10 % and 5 GiB"; empty if none. */
  String unmetBy(Space space) {
    List<String> unmet = new ArrayList<>();
    if (space.freeBelowPercent(minFreePercent)) {
      unmet.add(minFreePercent + " %");
    }
    if (space.usable() < minFreeBytes) {
      unmet.add(ByteSize.format(minFreeBytes));
    }
    return String.join(" and ", unmet);
  }

  /** Every threshold, as "10 %" or "10 % and 5 GiB". */
  String describe() {
    return minFreeBytes > 0
        ? minFreePercent + " % and " + ByteSize.format(minFreeBytes)
        : minFreePercent + " %";
  }
}
