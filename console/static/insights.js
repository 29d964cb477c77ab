/* The insights page: filters, the charts (Chart.js, vendored), the tables, CSV links and acknowledging alerts.
 * Every chart is drawn from one table of GET /api/insights; each canvas gets data-points (the number of non-zero
 * values drawn) so the browser test can tell an empty chart from a drawn one. Text goes in with textContent only. */
(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  var charts = {};
  var COLORS = ["#2563eb", "#16a34a", "#ea580c", "#9333ea", "#dc2626", "#0891b2", "#ca8a04", "#db2777", "#4b5563", "#65a30d"];
  var current = null;
  var SHOWN_ROWS = 25;      // the newest thumbs-down on the page; the CSV has all of them

  var session = window.Tandem.session({
    unreachable: "The Tandem API does not answer.",
    describe: function (detail) { return typeof detail === "string" ? detail : "Something went wrong."; },
    onSignedIn: function (user) {
      if (user.role !== "staff" && user.role !== "admin") {
        session.showLogin("The insights are for staff and admins.");
        return;
      }
      $("me").textContent = user.display_name || user.name;
      $("app-view").hidden = false;
      $("login-view").hidden = true;
      load();
    }
  });

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function iso(d) { return d.toISOString().slice(0, 10); }

  function query() {
    var q = "start=" + encodeURIComponent($("f-start").value) + "&end=" + encodeURIComponent($("f-end").value);
    if ($("f-channel").value) { q += "&channel=" + encodeURIComponent($("f-channel").value); }
    return q;
  }

  function status(text) { $("status").hidden = !text; $("status").textContent = text || ""; }

  function load() {
    status("Loading …");
    session.request("GET", "/api/insights?" + query()).then(function (result) {
      if (!result.ok) { status(result.data && result.data.detail ? String(result.data.detail) : "Loading failed."); return; }
      status("");
      current = result.data;
      fillChannels(result.data.channels);
      draw(result.data.tables);
    });
  }

  function fillChannels(channels) {
    var select = $("f-channel");
    var chosen = select.value;
    while (select.options.length > 1) { select.remove(1); }
    channels.forEach(function (c) { var o = el("option", null, c); o.value = c; select.appendChild(o); });
    select.value = chosen;
  }

  function col(tab, name) {
    var i = tab.columns.indexOf(name);
    return tab.rows.map(function (r) { return r[i]; });
  }

  function chart(id, type, labels, datasets, options) {
    if (charts[id]) { charts[id].destroy(); }
    var points = 0;
    datasets.forEach(function (d, i) {
      if (!d.backgroundColor) { d.backgroundColor = type === "doughnut" ? COLORS : COLORS[i % COLORS.length]; }
      if (type === "line") { d.borderColor = COLORS[i % COLORS.length]; d.tension = 0.2; d.spanGaps = true; }
      d.data.forEach(function (v) { if (v) { points += 1; } });
    });
    var canvas = $(id);
    canvas.setAttribute("data-points", String(points));
    charts[id] = new window.Chart(canvas, {
      type: type, data: { labels: labels, datasets: datasets },
      options: Object.assign({ responsive: true, maintainAspectRatio: false, animation: false,
        plugins: { legend: { display: datasets.length > 1 || type === "doughnut", position: "bottom" } } }, options || {})
    });
  }

  var stacked = { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } };

  function draw(t) {
    // conversations per day, one dataset per channel
    var days = Array.from(new Set(col(t.conversations_by_day, "day"))).sort();
    var channels = Array.from(new Set(col(t.conversations_by_day, "channel"))).sort();
    chart("chart-days", "bar", days, channels.map(function (c) {
      return { label: c, data: days.map(function (d) {
        var row = t.conversations_by_day.rows.find(function (r) { return r[0] === d && r[1] === c; });
        return row ? row[2] : 0;
      }) };
    }), stacked);
    chart("chart-hours", "bar", col(t.conversations_by_hour, "hour"),
          [{ label: "conversations", data: col(t.conversations_by_hour, "conversations") }]);
    chart("chart-languages", "doughnut", col(t.conversations_by_language, "language"),
          [{ label: "conversations", data: col(t.conversations_by_language, "conversations") }]);
    var outcomeNames = t.outcomes_by_day.columns.slice(1);
    chart("chart-outcomes", "bar", col(t.outcomes_by_day, "day"), outcomeNames.map(function (name) {
      return { label: name, data: col(t.outcomes_by_day, name) };
    }), stacked);
    $("outcomes-total").textContent = t.outcomes.rows.map(function (r) {
      return r[0] + " " + r[1] + " (" + Math.round(r[2] * 100) + " %)"; }).join(" · ");
    chart("chart-reasons", "bar", col(t.handover_reasons, "reason"),
          [{ label: "handovers", data: col(t.handover_reasons, "handovers") }], { indexAxis: "y" });
    chart("chart-first-reply", "line", col(t.first_reply_by_day, "day"), [
      { label: "median minutes", data: col(t.first_reply_by_day, "median_minutes") },
      { label: "90th percentile", data: col(t.first_reply_by_day, "p90_minutes") }]);
    var fr = t.first_reply.rows[0];
    $("first-reply-total").textContent = fr[1] + " of " + fr[0] + " handovers answered by an agent; median " +
      (fr[2] === null ? "–" : fr[2] + " min") + ", 90 % within " + (fr[3] === null ? "–" : fr[3] + " min");
    chart("chart-resolution", "doughnut", col(t.resolution, "resolved_by"),
          [{ label: "conversations", data: col(t.resolution, "conversations") }]);
    chart("chart-csat", "bar", col(t.csat, "score").map(function (s) { return s + " ★"; }),
          [{ label: "ratings", data: col(t.csat, "ratings") }]);
    var cs = t.csat_summary.rows[0];
    $("csat-total").textContent = cs[0] + " ratings" + (cs[0] ? ", average " + cs[1] + ", CSAT " + Math.round(cs[2] * 100) + " % (4–5 stars)" : "");
    chart("chart-thumbs", "bar", col(t.thumbs_down_by_day, "day"),
          [{ label: "thumbs-down", data: col(t.thumbs_down_by_day, "thumbs_down") }]);
    var topicNames = t.topic_trend.columns.slice(1);
    chart("chart-topics", "line", col(t.topic_trend, "day"), topicNames.map(function (name) {
      return { label: name, data: col(t.topic_trend, name) };
    }));
    drawAlerts(t.alerts);
    rows("topics-body", t.top_topics.rows, function (r) {
      return [r[0], r[1], r[2], r[3], r[4] === null ? "new" : (r[4] > 0 ? "+" : "") + Math.round(r[4] * 100) + " %"];
    }, [false, true, true, true, true]);
    rows("gaps-body", t.content_gaps.rows, function (r) { return [r[0], r[1], r[2], r[3], r[4].join(" · "), r[5]]; },
         [false, true, true, true, false, "link"]);
    rows("downs-body", t.thumbs_down.rows.slice(0, SHOWN_ROWS), function (r) { return [r[0].slice(0, 16).replace("T", " "), r[1], r[2], r[3]]; },
         [false, false, false, false]);
  }

  function rows(bodyId, data, cells, kinds) {
    var body = $(bodyId);
    body.textContent = "";
    data.forEach(function (r) {
      var tr = el("tr");
      cells(r).forEach(function (value, i) {
        var td = el("td", kinds[i] === true ? "num" : null);
        if (kinds[i] === "link") {
          var a = el("a", null, "Add or edit the document");
          a.href = value;
          td.appendChild(a);
        } else {
          td.textContent = value === null || value === undefined ? "–" : String(value);
        }
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
  }

  function drawAlerts(tab) {
    var list = $("alerts");
    list.textContent = "";
    var idx = function (name) { return tab.columns.indexOf(name); };
    tab.rows.forEach(function (r) {
      var acknowledged = r[idx("state")] === "acknowledged";
      var li = el("li", acknowledged ? "acknowledged" : "");
      li.appendChild(el("h3", null, r[idx("topic")] + ": " + r[idx("observed")] + " complaints, " +
        (r[idx("rise")] ? r[idx("rise")] + "× the usual" : "new")));
      li.appendChild(el("p", "small", "Began " + r[idx("began_at")].slice(0, 16).replace("T", " ") + " UTC, detected " +
        r[idx("detected_at")].slice(0, 16).replace("T", " ") + (r[idx("ended_at")] ? ", over" : ", ongoing") +
        " · channels: " + (r[idx("channels")] || "–")));
      var ul = el("ul");
      r[idx("examples")].forEach(function (e) { ul.appendChild(el("li", "small", e)); });
      li.appendChild(ul);
      if (acknowledged) {
        li.appendChild(el("p", "muted small", "Acknowledged by " + r[idx("acknowledged_by")]));
      } else {
        var button = el("button", "ghost", "Acknowledge");
        button.type = "button";
        button.addEventListener("click", function () {
          button.disabled = true;
          session.request("POST", "/api/insights/alerts/" + r[idx("id")] + "/acknowledge").then(load);
        });
        li.appendChild(button);
      }
      list.appendChild(li);
    });
    $("alerts-empty").hidden = tab.rows.length > 0;
  }

  function download(event) {
    var name = event.currentTarget.getAttribute("data-table");
    window.fetch("/api/insights/" + name + ".csv?" + query(), { headers: { Authorization: "Bearer " + session.token } })
      .then(function (response) { return response.blob(); })
      .then(function (blob) {
        var a = el("a");
        a.href = URL.createObjectURL(blob);
        a.download = "tandem-" + name + ".csv";
        document.body.appendChild(a);
        a.click();
        a.remove();
      });
  }

  var end = new Date();
  var start = new Date(end.getTime() - 29 * 86400000);
  $("f-start").value = iso(start);
  $("f-end").value = iso(end);
  $("filters").addEventListener("submit", function (event) { event.preventDefault(); load(); });
  Array.prototype.forEach.call(document.querySelectorAll("a.csv"), function (a) {
    a.setAttribute("role", "button");
    a.setAttribute("tabindex", "0");
    a.addEventListener("click", download);
  });
  session.resume();
}());
