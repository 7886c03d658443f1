package dev.sessionhost.bootstrap.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The portal in headless Chromium against a real broker process and real agents: sign-in, the hosts
 * with their statuses, a change at an agent shown without a reload, the status filter, a host's
 * page with what to do, the drain switch, and a hostile check message shown as text. Screenshots go
 * to {@code target/portal/}.
 */
class PortalIT {

  private static final Duration FOLLOW_LIMIT = Duration.ofSeconds(45);
  private static final String HOSTILE =
      "<img src=x onerror='window.pwned=1'><script>window.pwned=2</script><b>bold</b>";

  private static Distribution distribution;

  @TempDir Path work;

  private ChromeDriver browser;

  @BeforeAll
  static void findTheDistribution() {
    distribution = Distribution.assembled();
  }

  @AfterEach
  void closeTheBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private WebDriverWait waiting() {
    return new WebDriverWait(browser, FOLLOW_LIMIT, Duration.ofMillis(100));
  }

  /**
   * The status the table shows for a host, or "" while it has no row; read in one script, since the
   * page re-renders the table every poll and an element found before may be gone after.
   */
  private String shownStatus(String host) {
    Object status =
        browser.executeScript(
            "const cell = document.querySelector(\"tr[data-host='\" + arguments[0]"
                + " + \"'] [data-status]\"); return cell ? cell.dataset.status : '';",
            host);
    return String.valueOf(status);
  }

  /** The text of the first element matching {@code css}, read in one script (see above). */
  private String text(String css) {
    return String.valueOf(
        browser.executeScript(
            "const e = document.querySelector(arguments[0]); return e ? e.textContent : '';", css));
  }

  private void awaitShown(String host, String status) {
    waiting()
        .withMessage(() -> host + " never showed " + status + " in the page")
        .until(d -> status.equals(shownStatus(host)));
  }

  @Test
  void anOperatorWatchesThePoolFollowsAChangeDrainsAHostAndReadsWhatToDo() throws Exception {
    Path config = BrokerIT.brokerConfig(work, "broker", 0, "");
    try (AgentProcess broker =
        AgentProcess.startBroker(distribution.launcher(), config, work.resolve("broker"))) {
      BrokerApi api = new BrokerApi(broker.base(), broker.adminToken());
      String token = api.registrationToken();
      String url = broker.base().toString();
      Path scenarioA = BrokerIT.scenario(work, "host-a", "healthy.yaml");
      Path scenarioB =
          Files.writeString(
              work.resolve("host-b-scenario.yaml"),
              Files.readString(distribution.scenario("needs-assistance.yaml"))
                  .replace("ActiveState=inactive SubState=dead", HOSTILE.replace("\"", "\\\"")));
      try (AgentProcess a =
              AgentProcess.start(
                  distribution.launcher(),
                  BrokerIT.agentConfig(work, "host-a", scenarioA, url, token),
                  work.resolve("host-a"));
          AgentProcess b =
              AgentProcess.start(
                  distribution.launcher(),
                  BrokerIT.agentConfig(work, "host-b", scenarioB, url, token),
                  work.resolve("host-b"))) {
        api.awaitStatus("host-a", "Available", FOLLOW_LIMIT);
        JsonNode needy = api.awaitStatus("host-b", "NeedsAssistance", FOLLOW_LIMIT);
        assertThat(needy.toString())
            .as("the hostile text reached the broker")
            .contains("<img src=x");

        browser = Browser.start();
        browser.get(url);
        // nothing without the token, and a wrong one is refused
        WebElement tokenField =
            waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("token")));
        tokenField.sendKeys("not-the-token");
        browser.findElement(By.cssSelector("#sign-in-form button")).click();
        waiting()
            .until(
                ExpectedConditions.textToBePresentInElementLocated(
                    By.id("sign-in-error"), "refused"));
        assertThat(browser.findElement(By.id("pool-view")).isDisplayed()).isFalse();

        browser.findElement(By.id("token")).sendKeys(broker.adminToken());
        browser.findElement(By.cssSelector("#sign-in-form button")).click();
        awaitShown("host-a", "Available");
        awaitShown("host-b", "NeedsAssistance");
        assertThat(browser.findElement(By.id("count-Available")).getAttribute("data-hosts"))
            .isEqualTo("1");
        assertThat(browser.findElement(By.id("count-All")).getAttribute("data-hosts"))
            .isEqualTo("2");
        String failing = text("tr[data-host='host-b'] td.failing");
        assertThat(failing).contains("MonitoringAgent");
        assertThat(text("tr[data-host='host-a'] td.heartbeat")).matches("\\d+ s ago");
        Browser.screenshot(browser, "pool");

        // a change at an agent arrives without a reload
        browser.executeScript("window.notReloaded = true;");
        BrokerIT.change(work, scenarioA, "unavailable.yaml");
        awaitShown("host-a", "Unavailable");
        assertThat(browser.executeScript("return window.notReloaded === true;")).isEqualTo(true);

        // the counts filter
        browser.findElement(By.id("count-NeedsAssistance")).click();
        waiting()
            .withMessage("the filter left only host-b")
            .until(d -> d.findElements(By.cssSelector("#hosts tbody tr")).size() == 1);
        assertThat(shownStatus("host-b")).isEqualTo("NeedsAssistance");
        browser.findElement(By.id("count-All")).click();
        waiting().until(d -> d.findElements(By.cssSelector("#hosts tbody tr")).size() == 2);

        // search by name
        browser.findElement(By.id("search")).sendKeys("st-b");
        waiting().until(d -> d.findElements(By.cssSelector("#hosts tbody tr")).size() == 1);
        assertThat(shownStatus("host-b")).isEqualTo("NeedsAssistance");

        // the host's page: the failing check with what to do, as text
        browser.findElement(By.cssSelector("tr[data-host='host-b'] a.host-link")).click();
        WebElement check =
            waiting()
                .until(
                    ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#checks tr.failing")));
        JsonNode shown =
            BrokerApi.json(
                api.admin("GET", "/v1/hostPools/default/sessionHosts/host-b/status", null));
        String remediation = shown.get("reasons").get(0).get("remediation").asString();
        assertThat(remediation).isNotBlank();
        assertThat(check.findElement(By.cssSelector("td.remediation")).getText())
            .isEqualTo(remediation);
        assertThat(check.findElement(By.cssSelector("td.message")).getText()).contains(HOSTILE);
        assertThat(browser.findElements(By.cssSelector("#checks img, #checks b, #checks script")))
            .as("a host's text is never markup")
            .isEmpty();
        assertThat(browser.executeScript("return window.pwned === undefined;")).isEqualTo(true);
        assertThat(browser.findElement(By.id("history")).getText()).contains("NeedsAssistance");
        Browser.screenshot(browser, "host");

        // drain mode from the page is the API's allowNewSession
        WebElement allow = browser.findElement(By.id("allow-new-session"));
        assertThat(allow.isSelected()).isTrue();
        allow.click();
        api.await(
            "host-b",
            h -> !h.get("properties").get("allowNewSession").asBoolean(),
            "drained",
            FOLLOW_LIMIT);
        allow.click();
        api.await(
            "host-b",
            h -> h.get("properties").get("allowNewSession").asBoolean(),
            "taking sessions again",
            FOLLOW_LIMIT);

        // delete from the page, after the operator confirms
        browser.findElement(By.id("delete-host")).click();
        waiting().until(ExpectedConditions.alertIsPresent()).accept();
        waiting()
            .withMessage("back on the pool after the delete")
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("pool-view")));
        // the agent of host-b still runs and cannot report any more: the host stays gone
        assertThat(api.host("host-b")).isEmpty();
      }
    }
  }
}
