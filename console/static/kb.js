/* The staff's knowledge-base page: documents, upload, delete, try a question, content gaps, change log.
 *
 * Plain JavaScript. Everything from the server or a user is put on the page with textContent or
 * createElement (never innerHTML), and the chart is SVG built with createElementNS. Sign-in, the bearer token
 * and the API calls come from common.js (shared with the inbox page, so signing in on one signs in on the other).
 */
(function () {
  "use strict";

  var SVG_NS = "http://www.w3.org/2000/svg";
  var state = { docs: [] };

  function $(id) { return document.getElementById(id); }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }

  function when(iso) {
    if (!iso) { return "–"; }
    var d = new Date(iso);
    return isNaN(d.getTime()) ? iso : d.toLocaleString(undefined, { dateStyle: "short", timeStyle: "short" });
  }

  function detailText(detail) {
    if (!detail) { return ""; }
    if (typeof detail === "string") { return detail; }
    if (detail.reason) { return detail.reason; }
    if (Array.isArray(detail)) { return detail.map(function (d) { return d.msg || JSON.stringify(d); }).join("; "); }
    return JSON.stringify(detail);
  }

  var toastTimer = null;
  function toast(text, bad) {
    var node = $("toast");
    node.textContent = text;
    node.className = bad ? "toast bad" : "toast";
    node.hidden = false;
    window.clearTimeout(toastTimer);
    toastTimer = window.setTimeout(function () { node.hidden = true; }, 6000);
  }

  /* ---------- API and sign-in (common.js) ---------- */

  var session = window.Tandem.session({
    unreachable: "The server is not reachable.", describe: detailText, onSignedIn: start
  });
  var request = session.request;

  function failed(result, what) {
    toast(what + ": " + (detailText(result.data && result.data.detail) || "HTTP " + result.status), true);
  }

  /* ---------- signed in ---------- */

  function start(user) {
    if (user.role !== "staff" && user.role !== "admin") {
      session.showLogin("The knowledge base needs the staff role; you are signed in as " + user.role + ".");
      return;
    }
    $("me").textContent = (user.display_name || user.name) + " · " + user.role;
    $("login-view").hidden = true;
    $("app-view").hidden = false;
    // arriving from a content gap on the insights page: /kb?question=…&doc=…#upload-form puts the question in
    // "Try a question", names the cited document for the upload (replacing it edits it) and opens it
    var wanted = new URLSearchParams(window.location.search);
    if (wanted.get("question")) { $("try-question").value = wanted.get("question"); }
    if (wanted.get("doc")) { $("upload-id").value = wanted.get("doc"); }
    loadDocuments().then(function () {
      var doc = wanted.get("doc");
      if (doc && (state.docs || []).some(function (d) { return d.id === doc; })) { showDocument(doc); }
    });
    loadGaps();
    loadChanges();
  }

  /* ---------- documents ---------- */

  function loadDocuments() {
    return request("GET", "/api/kb/documents").then(function (result) {
      if (!result.ok) { failed(result, "Loading documents"); return; }
      state.docs = result.data;
      renderDocuments();
    });
  }

  function renderDocuments() {
    var body = $("docs-body");
    clear(body);
    var sections = 0;
    state.docs.forEach(function (doc) {
      sections += doc.chunks;
      var row = el("tr");
      row.dataset.id = doc.id;
      var idCell = el("td", "mono");
      var open = el("button", "link", doc.id);
      open.type = "button";
      open.title = "Show sections";
      open.addEventListener("click", function () { showDocument(doc.id); });
      idCell.appendChild(open);
      row.appendChild(idCell);
      var title = el("td", null, doc.title);
      if (doc.needs_repair) { title.appendChild(el("span", "badge warn", "interrupted update")); }
      row.appendChild(title);
      row.appendChild(el("td", null, doc.language || "–"));
      row.appendChild(el("td", "num", doc.chunks));
      var change = doc.last_change;
      row.appendChild(el("td", "small", change ? when(change.at) + " · " + change.actor : "–"));
      var actions = el("td", "actions");
      var del = el("button", "danger ghost", "Delete");
      del.type = "button";
      del.setAttribute("aria-label", "Delete " + doc.id);
      del.addEventListener("click", function () { removeDocument(doc.id); });
      actions.appendChild(del);
      row.appendChild(actions);
      body.appendChild(row);
    });
    $("docs-empty").hidden = state.docs.length > 0;
    $("doc-count").textContent = state.docs.length ? "(" + plural(state.docs.length, "document", "documents") + ", " + plural(sections, "section", "sections") + ")" : "";
  }

  function plural(n, one, many) { return n + " " + (n === 1 ? one : many); }

  function docPath(id) { return id.split("/").map(encodeURIComponent).join("/"); }

  function showDocument(id) {
    request("GET", "/api/kb/documents/" + docPath(id)).then(function (result) {
      if (!result.ok) { failed(result, "Loading " + id); return; }
      var doc = result.data;
      $("detail-title").textContent = doc.title + " (" + doc.id + ")";
      var list = $("detail-sections");
      clear(list);
      doc.sections.forEach(function (section) {
        var item = el("li");
        item.appendChild(el("div", "heading-path", section.heading_path.length ? section.heading_path.join(" › ") : "(no heading)"));
        item.appendChild(el("div", "muted small", "characters " + section.start + "–" + section.end));
        item.appendChild(el("pre", "section-text", section.text));
        list.appendChild(item);
      });
      $("doc-detail").hidden = false;
      $("doc-detail").scrollIntoView({ block: "nearest" });
    });
  }

  function removeDocument(id) {
    if (!window.confirm("Delete \u201c" + id + "\u201d from the knowledge base? The bot stops using it at once.")) { return; }
    request("DELETE", "/api/kb/documents/" + docPath(id)).then(function (result) {
      if (!result.ok) { failed(result, "Deleting " + id); return; }
      toast("Deleted " + id + ".");
      $("doc-detail").hidden = true;
      loadDocuments();
      loadChanges();
    });
  }

  function upload(event) {
    event.preventDefault();
    var input = $("upload-file");
    if (!input.files || !input.files.length) { toast("Choose a file first.", true); return; }
    var form = new window.FormData();
    form.append("file", input.files[0]);
    var id = $("upload-id").value.trim();
    if (id) { form.append("id", id); }
    if ($("upload-language").value) { form.append("language", $("upload-language").value); }
    $("upload-submit").disabled = true;
    $("upload-result").hidden = false;
    $("upload-result").className = "result";
    $("upload-result").textContent = "Reading and indexing " + input.files[0].name + " …";
    request("POST", "/api/kb/documents", form, true).then(function (result) {
      $("upload-submit").disabled = false;
      var node = $("upload-result");
      if (!result.ok) {
        node.className = "result bad";
        node.textContent = "Not stored (nothing changed): " + (detailText(result.data && result.data.detail) || "HTTP " + result.status);
        return;
      }
      var r = result.data;
      node.className = "result good";
      node.textContent = r.action.charAt(0).toUpperCase() + r.action.slice(1) + ": " + r.id + " \u2013 \u201c" + r.title +
        "\u201d, " + plural(r.chunks, "section", "sections") + ". The bot uses it from the next message on.";
      input.value = "";
      $("upload-id").value = "";
      loadDocuments();
      loadChanges();
    });
  }

  function syncFolder() {
    $("sync").disabled = true;
    request("POST", "/api/kb/sync").then(function (result) {
      $("sync").disabled = false;
      if (!result.ok) { failed(result, "Re-reading the folder"); return; }
      var r = result.data;
      var text = r.added.length + " added, " + r.updated.length + " updated, " + r.removed.length + " removed, " +
        r.unchanged.length + " unchanged, " + r.failed.length + " failed";
      if (r.failed.length) { text += ": " + r.failed.map(function (f) { return f.path + " (" + f.reason + ")"; }).join("; "); }
      toast(text, r.failed.length > 0);
      loadDocuments();
      loadChanges();
    });
  }

  /* ---------- try a question ---------- */

  function tryQuestion(event) {
    event.preventDefault();
    var question = $("try-question").value.trim();
    if (!question) { return; }
    $("try-submit").disabled = true;
    request("POST", "/api/kb/search", { question: question }).then(function (result) {
      $("try-submit").disabled = false;
      if (!result.ok) { failed(result, "Asking"); return; }
      var r = result.data;
      $("try-result").hidden = false;
      $("try-verdict").className = "verdict " + (r.answered ? "good" : "bad");
      $("try-verdict").textContent = (r.answered ? "Answers" : "Declines (" + r.reason + ")") + " \u2013 score " +
        r.score.toFixed(3) + ", threshold " + r.threshold.toFixed(2) + ", language " + r.language;
      $("try-answer").textContent = r.text;
      var list = $("try-passages");
      clear(list);
      r.passages.forEach(function (p) {
        var item = el("li");
        var head = el("div", "passage-head");
        head.appendChild(el("span", "score", p.score.toFixed(3)));
        head.appendChild(el("span", "mono", " " + p.doc_id));
        head.appendChild(el("span", "muted", " \u203a " + (p.heading_path.join(" \u203a ") || p.title)));
        item.appendChild(head);
        item.appendChild(el("div", "passage-text", p.text.length > 280 ? p.text.slice(0, 280) + " \u2026" : p.text));
        list.appendChild(item);
      });
    });
  }

  /* ---------- content gaps ---------- */

  function loadGaps() {
    var days = $("gaps-days").value;
    return request("GET", "/api/kb/gaps?days=" + encodeURIComponent(days)).then(function (result) {
      if (!result.ok) { failed(result, "Loading content gaps"); return; }
      renderChart(result.data.daily);
      $("gaps-caption").textContent = result.data.total + " questions in the last " + result.data.days + " days";
      var list = $("gaps-list");
      clear(list);
      var top = result.data.groups.reduce(function (m, g) { return Math.max(m, g.count); }, 1);
      result.data.groups.forEach(function (group) {
        var item = el("li", "gap");
        var head = el("div", "gap-head");
        head.appendChild(el("span", "count", group.count + "\u00d7"));
        var bar = el("span", "gap-bar");
        bar.style.width = Math.max(4, Math.round(100 * group.count / top)) + "%";
        head.appendChild(bar);
        item.appendChild(head);
        item.appendChild(el("div", "gap-label", group.label));
        var langs = Object.keys(group.languages).map(function (k) { return k + " " + group.languages[k]; }).join(", ");
        item.appendChild(el("div", "muted small", "last " + when(group.last_seen) + " \u00b7 " + langs));
        var examples = el("ul", "examples");
        group.examples.forEach(function (example) {
          if (example.question === group.label) { return; }
          examples.appendChild(el("li", null, example.question));
        });
        if (examples.childNodes.length) { item.appendChild(examples); }
        list.appendChild(item);
      });
      $("gaps-empty").hidden = result.data.groups.length > 0;
    });
  }

  function svg(tag, attrs) {
    var node = document.createElementNS(SVG_NS, tag);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    return node;
  }

  function renderChart(daily) {
    var box = $("gaps-chart");
    clear(box);
    var width = 600, height = 110, pad = 16;
    var chart = svg("svg", { viewBox: "0 0 " + width + " " + (height + pad), width: "100%",
      "class": "bars", focusable: "false", "aria-hidden": "true" });
    var peak = daily.reduce(function (m, d) { return Math.max(m, d.count); }, 0) || 1;
    var step = width / Math.max(daily.length, 1);
    daily.forEach(function (d, i) {
      var h = Math.round((height - 4) * d.count / peak);
      var rect = svg("rect", { x: (i * step + 1).toFixed(1), y: height - h, width: Math.max(step - 2, 1).toFixed(1),
        height: Math.max(h, d.count ? 2 : 0), rx: 1, "class": "bar" });
      var title = svg("title", {});
      title.textContent = d.day + ": " + d.count;
      rect.appendChild(title);
      chart.appendChild(rect);
    });
    chart.appendChild(svg("line", { x1: 0, y1: height + 0.5, x2: width, y2: height + 0.5, "class": "axis" }));
    if (daily.length) {
      var first = svg("text", { x: 0, y: height + pad - 2, "class": "tick" });
      first.textContent = daily[0].day.slice(5);
      var last = svg("text", { x: width, y: height + pad - 2, "class": "tick", "text-anchor": "end" });
      last.textContent = daily[daily.length - 1].day.slice(5);
      chart.appendChild(first);
      chart.appendChild(last);
      var max = svg("text", { x: 2, y: 10, "class": "tick" });
      max.textContent = "max " + peak + "/day";
      chart.appendChild(max);
    }
    box.appendChild(chart);
  }

  /* ---------- change log ---------- */

  function loadChanges() {
    return request("GET", "/api/kb/changes?limit=30").then(function (result) {
      if (!result.ok) { failed(result, "Loading changes"); return; }
      var body = $("log-body");
      clear(body);
      result.data.forEach(function (c) {
        var row = el("tr");
        row.appendChild(el("td", "small", when(c.at)));
        row.appendChild(el("td", null, c.actor + " (" + c.via + ")"));
        row.appendChild(el("td", null, c.action));
        row.appendChild(el("td", "mono", c.doc_id));
        row.appendChild(el("td", "mono small", c.content_hash.slice(0, 12)));
        body.appendChild(row);
      });
    });
  }

  /* ---------- wiring ---------- */

  $("upload-form").addEventListener("submit", upload);
  $("sync").addEventListener("click", syncFolder);
  $("try-form").addEventListener("submit", tryQuestion);
  $("gaps-days").addEventListener("change", loadGaps);
  $("detail-close").addEventListener("click", function () { $("doc-detail").hidden = true; });

  session.resume();
}());
