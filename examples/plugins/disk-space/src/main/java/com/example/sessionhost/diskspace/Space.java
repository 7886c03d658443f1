package com.example.sessionhost.diskspace;

import java.math.BigInteger;

/**
 * The space of one filesystem as read at one moment.
 *
 * @param filesystem what the filesystem is, e.g. {@code /dev/sda1 (ext4)}
 * @param usable the bytes free for an ordinary user
 * @param total the size of the filesystem in bytes
 */
record Space(String filesystem, long usable, long total) {

  /** Whether less than {@code percent} % of the filesystem is free; exact, whatever the sizes. */
  boolean freeBelowPercent(int percent) {
    BigInteger free = BigInteger.valueOf(usable).multiply(BigInteger.valueOf(100));
    return free.compareTo(BigInteger.valueOf(total).multiply(BigInteger.valueOf(percent))) < 0;
  }

  /** Free and total space for people, e.g. {@code 3.1 GiB free of 40 GiB (7.8 %)}. */
  String summary() {
    return ByteSize.format(usable)
        + " free of "
        + ByteSize.format(total)
        + " ("
        + freePercentText()
        + " %)";
  }

  /** The free share as a percentage with one decimal, rounded down, e.g. {@code 7.8}. */
  private String freePercentText() {
    long tenths =
        BigInteger.valueOf(usable)
            .multiply(BigInteger.valueOf(1000))
            .divide(BigInteger.valueOf(total))
            .longValue();
    return ByteSize.tenths(tenths);
  }
}
