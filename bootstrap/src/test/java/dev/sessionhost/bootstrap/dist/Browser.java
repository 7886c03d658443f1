package dev.sessionhost.bootstrap.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium through Selenium, from Debian's {@code chromium} and {@code chromium-driver}
 * (installed by {@code .ci/run}): the test fails, not skips, when they are missing.
 */
final class Browser {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private Browser() {}

  static ChromeDriver start() {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
      throw new AssertionError(
          "the portal is tested in a real browser: install Debian's chromium and chromium-driver"
              + " (apt-get install chromium chromium-driver); .ci/run does");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        List.of(
            "--headless=new",
            "--no-sandbox", // CI runs as root
            "--disable-dev-shm-usage",
            "--disable-gpu",
            "--no-proxy-server",
            "--window-size=1400,1000"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return driver;
  }

  /** Saves what the browser shows as {@code target/portal/<name>.png}; answers the file. */
  static Path screenshot(ChromeDriver driver, String name) throws IOException {
    Path folder = Files.createDirectories(Path.of("target", "portal"));
    Path file = folder.resolve(name + ".png");
    Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    return file;
  }
}
