package org.cishan.identity.login;

import java.time.Duration;

/** Holds back the answer to a failed sign-in, to slow down password guessing. */
@FunctionalInterface
public interface LoginPacer {

  void pause(Duration delay);

  /** Blocks the request thread for the delay (capped by the lockout policy's maximum delay). */
  static LoginPacer sleeping() {
    return delay -> {
      if (delay.isZero() || delay.isNegative()) {
        return;
      }
      try {
        Thread.sleep(delay.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
  }
}
