// The pool portal: plain DOM, no build step, nothing fetched from outside the broker.
//
// Everything a host reports (its name, check messages, remediation) is untrusted: it reaches the
// page only as text nodes and attribute values, never as markup (no innerHTML anywhere), and the
// page's Content-Security-Policy refuses any script but this file.
"use strict";

(function () {
  const STATUSES = ["Available", "NeedsAssistance", "Unavailable", "Shutdown", "Upgrading",
    "UpgradeFailed"];
  const POLL_MS = 2000;
  const TOKEN_KEY = "sessionhost.adminToken";

  const $ = (id) => document.getElementById(id);

  const state = {
    token: sessionStorage.getItem(TOKEN_KEY),
    pool: "default",
    status: null, // the status filter, null for all
    search: "",
    descending: false,
    pageSize: 100,
    skipTokens: [null], // the $skipToken of each page up to the current one
    nextToken: null,
    pollTimer: null,
    polling: false,
    generation: 0, // bumped on every change of view or filter; late answers of older ones drop
  };

  // What a test or benchmark reads: when the first page was usable, how long the last render of
  // the table took from the action that asked for it.
  window.sessionhostPortal = { firstPageMs: null, lastRenderMs: null, renders: 0 };

  /** An element with attributes and children; strings become text nodes, never markup. */
  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value !== null && value !== undefined) {
        node.setAttribute(name, String(value));
      }
    }
    for (const child of children) {
      if (child === null || child === undefined) {
        continue;
      }
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
  }

  function show(section) {
    for (const id of ["sign-in", "pool-view", "host-view"]) {
      $(id).hidden = id !== section;
    }
    const signedIn = section !== "sign-in";
    $("sign-out").hidden = !signedIn;
    $("pool-picker").hidden = !signedIn;
  }

  class ApiError extends Error {
    constructor(status, message) {
      super(message);
      this.status = status;
    }
  }

  async function api(method, path, body) {
    const headers = { Authorization: "Bearer " + state.token };
    if (body !== undefined) {
      headers["Content-Type"] = "application/json";
    }
    const response = await fetch(path, {
      method,
      headers,
      cache: "no-store",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.status === 401) {
      signOut("The admin token was refused: sign in again.");
      throw new ApiError(401, "signed out");
    }
    if (response.status === 204) {
      return null;
    }
    const json = await response.json().catch(() => null);
    if (!response.ok) {
      const message = json && json.error ? json.error.code + ": " + json.error.message
        : "HTTP " + response.status;
      throw new ApiError(response.status, message);
    }
    return json;
  }

  const poolPath = () => "/v1/hostPools/" + encodeURIComponent(state.pool);
  const hostPath = (pool, name) =>
    "/v1/hostPools/" + encodeURIComponent(pool) + "/sessionHosts/" + encodeURIComponent(name);

  /** "12 s ago", "3 min ago", "2 h ago", "4 d ago"; "never" without a time. */
  function ago(iso) {
    if (!iso) {
      return "never";
    }
    const seconds = Math.max(0, Math.round((Date.now() - Date.parse(iso)) / 1000));
    if (seconds < 120) {
      return seconds + " s ago";
    }
    if (seconds < 7200) {
      return Math.round(seconds / 60) + " min ago";
    }
    if (seconds < 172800) {
      return Math.round(seconds / 3600) + " h ago";
    }
    return Math.round(seconds / 86400) + " d ago";
  }

  function localTime(iso) {
    return iso ? new Date(iso).toLocaleString() : "never";
  }

  function badge(status) {
    return el("span", { class: "status status-" + status, "data-status": status }, status);
  }

  const passed = (result) => result.healthCheckResult === "HealthCheckSucceeded";

  function failing(results) {
    return (results || []).filter((r) => !passed(r));
  }

  // ---- sign-in --------------------------------------------------------------------------------

  async function signIn(token) {
    state.token = token;
    try {
      const pools = await api("GET", "/v1/hostPools");
      sessionStorage.setItem(TOKEN_KEY, token);
      fillPools(pools.value);
      $("sign-in-error").textContent = "";
      route();
    } catch (e) {
      if (e.status !== 401) {
        $("sign-in-error").textContent = "The broker did not answer: " + e.message;
      }
    }
  }

  function signOut(why) {
    stopPolling();
    state.token = null;
    sessionStorage.removeItem(TOKEN_KEY);
    $("token").value = "";
    $("sign-in-error").textContent = why || "";
    show("sign-in");
  }

  function fillPools(pools) {
    const select = $("pool");
    clear(select);
    for (const pool of pools) {
      const label = pool.properties.friendlyName && pool.properties.friendlyName !== pool.name
        ? pool.name + " (" + pool.properties.friendlyName + ")" : pool.name;
      select.append(el("option", { value: pool.name }, label));
    }
    if (!pools.some((p) => p.name === state.pool) && pools.length > 0) {
      state.pool = pools[0].name;
    }
    select.value = state.pool;
  }

  // ---- the pool -------------------------------------------------------------------------------

  function resetPaging() {
    state.skipTokens = [null];
    state.nextToken = null;
  }

  function listUrl() {
    const query = new URLSearchParams();
    query.set("pageSize", String(state.pageSize));
    if (state.status) {
      query.set("status", state.status);
    }
    if (state.search) {
      query.set("name", state.search);
    }
    if (state.descending) {
      query.set("$orderby", "name desc");
    }
    const skip = state.skipTokens[state.skipTokens.length - 1];
    if (skip) {
      query.set("$skipToken", skip);
    }
    return poolPath() + "/sessionHosts?" + query.toString();
  }

  /** Reads counts and the current page and shows them; started is when the user asked. */
  async function refreshPool(started) {
    const generation = state.generation;
    try {
      const [counts, page] = await Promise.all([
        api("GET", poolPath() + "/statusCounts"),
        api("GET", listUrl()),
      ]);
      if (generation !== state.generation) {
        return;
      }
      renderCounts(counts);
      renderHosts(page);
      $("pool-error").textContent = "";
      $("updated").textContent = "Updated " + new Date().toLocaleTimeString();
      const t = window.sessionhostPortal;
      t.renders += 1;
      if (started !== undefined) {
        t.lastRenderMs = performance.now() - started;
      }
      if (t.firstPageMs === null) {
        t.firstPageMs = performance.now();
        document.body.dataset.ready = "true";
      }
    } catch (e) {
      if (e.status !== 401 && generation === state.generation) {
        $("pool-error").textContent = "Cannot read the pool: " + e.message;
      }
    }
  }

  function renderCounts(counts) {
    const nav = $("counts");
    clear(nav);
    const entries = [[null, "All", counts.total]].concat(
      STATUSES.map((s) => [s, s, counts.value[s] || 0]));
    for (const [status, label, hosts] of entries) {
      const id = "count-" + (status || "All");
      const button = el("button", {
        type: "button",
        id,
        class: "count" + (status ? " status-" + status : "") +
          (state.status === status ? " active" : ""),
        "aria-pressed": state.status === status ? "true" : "false",
        "data-hosts": hosts,
      }, el("span", { class: "count-number" }, hosts), " " + label);
      button.addEventListener("click", () => {
        state.status = status;
        resetPaging();
        changed();
      });
      nav.append(button);
    }
  }

  function renderHosts(page) {
    const body = $("hosts").tBodies[0];
    const rows = document.createDocumentFragment();
    for (const host of page.value) {
      const p = host.properties;
      const [pool, name] = splitName(host.name);
      const failingChecks = failing(p.sessionHostHealthCheckResults).map((r) => r.healthCheckName);
      rows.append(el("tr", { "data-host": name },
        el("td", {}, el("a", { href: "#/hosts/" + encodeURIComponent(pool) + "/" +
          encodeURIComponent(name), class: "host-link" }, name)),
        el("td", { class: "status-cell" }, badge(p.status)),
        el("td", { class: "power" }, p.powerState || "Unknown"),
        el("td", { class: "number" }, p.sessions),
        el("td", { class: "drain" }, p.allowNewSession ? "Off" : "On"),
        el("td", {}, p.agentVersion || ""),
        el("td", { class: "heartbeat", title: p.lastHeartBeat || "" }, ago(p.lastHeartBeat)),
        el("td", { class: "failing" }, failingChecks.join(", "))));
    }
    clear(body);
    body.append(rows);
    $("empty").hidden = page.value.length > 0;
    state.nextToken = page.nextLink ? new URL(page.nextLink).searchParams.get("$skipToken") : null;
    $("next-page").disabled = !state.nextToken;
    $("previous-page").disabled = state.skipTokens.length < 2;
    $("first-page").disabled = state.skipTokens.length < 2;
    $("page-number").textContent = "Page " + state.skipTokens.length;
    $("sort-name").textContent = "Name " + (state.descending ? "▼" : "▲");
  }

  function splitName(full) {
    const slash = full.indexOf("/");
    return [full.slice(0, slash), full.slice(slash + 1)];
  }

  // ---- one host -------------------------------------------------------------------------------

  async function refreshHost(pool, name) {
    const generation = state.generation;
    try {
      const [host, shown, history] = await Promise.all([
        api("GET", hostPath(pool, name)),
        api("GET", hostPath(pool, name) + "/status"),
        api("GET", hostPath(pool, name) + "/history"),
      ]);
      if (generation !== state.generation) {
        return;
      }
      renderHost(host, shown, history);
      $("host-error").textContent = "";
      $("updated").textContent = "Updated " + new Date().toLocaleTimeString();
    } catch (e) {
      if (e.status !== 401 && generation === state.generation) {
        $("host-error").textContent = e.status === 404 ? "No such host: " + name
          : "Cannot read the host: " + e.message;
      }
    }
  }

  function renderHost(host, shown, history) {
    const p = host.properties;
    $("host-name").textContent = host.name;
    const summary = $("host-summary");
    clear(summary);
    const facts = [
      ["Status", badge(p.status)],
      ["Basis", shown.basis],
      ["Since", localTime(shown.since)],
      ["Power state", p.powerState || "Unknown"],
      ["Sessions", p.sessions],
      ["Last heartbeat", ago(p.lastHeartBeat)],
      ["Agent version", p.agentVersion || ""],
      ["OS version", p.osVersion || ""],
      ["Update state", p.updateState || ""],
      ["Update error", p.updateErrorMessage || ""],
      ["Friendly name", p.friendlyName || ""],
      ["Assigned user", p.assignedUser || ""],
    ];
    const list = el("dl", {});
    for (const [term, value] of facts) {
      list.append(el("dt", {}, term), el("dd", {}, value));
    }
    summary.append(list);
    $("allow-new-session").checked = p.allowNewSession;

    const reasons = $("host-reasons");
    clear(reasons);
    const remediation = new Map();
    for (const reason of shown.reasons) {
      if (reason.check && reason.remediation) {
        remediation.set(reason.check, reason.remediation);
      }
      reasons.append(el("li", { class: "reason" },
        el("strong", {}, reason.check || reason.condition), ": " + reason.message,
        reason.remediation ? el("div", { class: "remediation" }, "What to do: " +
          reason.remediation) : null));
    }
    if (shown.reasons.length === 0) {
      reasons.append(el("li", {}, "Nothing to report."));
    }

    const checks = $("checks").tBodies[0];
    clear(checks);
    const failingFirst = (p.sessionHostHealthCheckResults || []).slice()
      .sort((x, y) => Number(passed(x)) - Number(passed(y)));
    for (const result of failingFirst) {
      const details = result.additionalFailureDetails || {};
      const ok = passed(result);
      checks.append(el("tr", { "data-check": result.healthCheckName, class: ok ? "" : "failing" },
        el("td", {}, result.healthCheckName),
        el("td", {}, result.healthCheckResult),
        el("td", { class: "message" }, details.message || ""),
        el("td", {}, ago(details.lastHealthCheckDateTime)),
        el("td", { class: "remediation" },
          ok ? "" : remediation.get(result.healthCheckName) || "")));
    }

    const rows = $("history").tBodies[0];
    clear(rows);
    for (const change of history.value.slice().reverse()) {
      rows.append(el("tr", {},
        el("td", {}, localTime(change.time)),
        el("td", {}, change.previousStatus),
        el("td", {}, badge(change.status)),
        el("td", {}, change.basis),
        el("td", {}, change.reasons.map((r) => (r.check || r.condition) + ": " + r.message)
          .join("; "))));
    }
  }

  async function setDrain(allow) {
    const { pool, name } = currentHost();
    try {
      await api("PATCH", hostPath(pool, name), { properties: { allowNewSession: allow } });
      await refreshHost(pool, name);
    } catch (e) {
      if (e.status !== 401) {
        $("host-error").textContent = "Drain mode not changed: " + e.message;
      }
    }
  }

  async function deleteHost() {
    const { pool, name } = currentHost();
    if (!window.confirm("Delete " + name + " and its history? Its agent must register again.")) {
      return;
    }
    try {
      await api("DELETE", hostPath(pool, name));
      location.hash = "#/";
    } catch (e) {
      if (e.status !== 401) {
        $("host-error").textContent = "Not deleted: " + e.message;
      }
    }
  }

  // ---- routing and polling --------------------------------------------------------------------

  function currentHost() {
    const match = /^#\/hosts\/([^/]+)\/(.+)$/.exec(location.hash);
    return match ? { pool: decodeURIComponent(match[1]), name: decodeURIComponent(match[2]) }
      : null;
  }

  function stopPolling() {
    clearTimeout(state.pollTimer);
    state.pollTimer = null;
    state.generation += 1;
  }

  function poll(refresh) {
    const generation = state.generation;
    const tick = async () => {
      if (generation !== state.generation) {
        return;
      }
      if (!document.hidden) {
        await refresh();
      }
      if (generation === state.generation) {
        state.pollTimer = setTimeout(tick, POLL_MS);
      }
    };
    state.pollTimer = setTimeout(tick, POLL_MS);
  }

  /** The filter, search, sort or page changed: show it at once, then keep it fresh. */
  function changed() {
    stopPolling();
    const started = performance.now();
    refreshPool(started).then(() => poll(() => refreshPool()));
  }

  function route() {
    if (!state.token) {
      show("sign-in");
      return;
    }
    const host = currentHost();
    stopPolling();
    if (host) {
      show("host-view");
      clear($("checks").tBodies[0]);
      refreshHost(host.pool, host.name).then(() => poll(() => refreshHost(host.pool, host.name)));
    } else {
      show("pool-view");
      changed();
    }
  }

  function wire() {
    $("sign-in-form").addEventListener("submit", (event) => {
      event.preventDefault();
      signIn($("token").value.trim());
    });
    $("sign-out").addEventListener("click", () => signOut(""));
    $("pool").addEventListener("change", () => {
      state.pool = $("pool").value;
      state.status = null;
      resetPaging();
      location.hash = "#/";
      route();
    });
    let searchTimer = null;
    $("search").addEventListener("input", () => {
      clearTimeout(searchTimer);
      searchTimer = setTimeout(() => {
        state.search = $("search").value.trim();
        resetPaging();
        changed();
      }, 150);
    });
    $("page-size").addEventListener("change", () => {
      state.pageSize = Number($("page-size").value);
      resetPaging();
      changed();
    });
    $("sort-name").addEventListener("click", () => {
      state.descending = !state.descending;
      resetPaging();
      changed();
    });
    $("next-page").addEventListener("click", () => {
      if (state.nextToken) {
        state.skipTokens.push(state.nextToken);
        changed();
      }
    });
    $("previous-page").addEventListener("click", () => {
      if (state.skipTokens.length > 1) {
        state.skipTokens.pop();
        changed();
      }
    });
    $("first-page").addEventListener("click", () => {
      resetPaging();
      changed();
    });
    $("allow-new-session").addEventListener("change", (event) => setDrain(event.target.checked));
    $("delete-host").addEventListener("click", deleteHost);
    window.addEventListener("hashchange", route);
    document.addEventListener("visibilitychange", () => {
      if (!document.hidden && state.token) {
        route();
      }
    });
  }

  wire();
  if (state.token) {
    signIn(state.token);
  } else {
    show("sign-in");
  }
})();
