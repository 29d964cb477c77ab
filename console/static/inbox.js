/*
 * Tandem agent inbox: queue, conversation, reply, notes; live updates over Server-Sent Events.
 *
 * Everything a follower, bot or colleague wrote reaches the page through textContent / text nodes only
 * (never innerHTML), so no message can become markup. Sign-in, the bearer token and the API calls come from
 * common.js: the token lives in sessionStorage, ends with the tab, and is sent explicitly (no cookies, so no
 * cross-site request can act as the agent).
 */
(function () {
  "use strict";

  var REFRESH_DEBOUNCE_MS = 150;
  var FALLBACK_REFRESH_MS = 30000;
  var CLOCK_TICK_MS = 10000;
  var TYPING_REPEAT_MS = 2000;    /* while the agent types, tell the follower's page at most this often … */
  var TYPING_IDLE_MS = 3000;      /* … and that they stopped after this long without a keystroke */
  var NEAR_END_PX = 40;
  var STATE_LABEL = { waiting: "Waiting", assigned: "Assigned", returned: "Returned to bot", closed: "Closed" };
  var ACTION_LABEL = {
    handed_over: "handed over", claimed: "claimed", transferred: "transferred", unassigned: "put back in the queue",
    replied: "replied", returned: "returned to the bot", closed: "closed", rated: "rated",
    rating_prompt_sent: "rating prompt sent", rating_prompt_failed: "rating prompt failed",
    flagged_spam: "flagged as spam", dismissed_spam: "dismissed as spam"
  };
  /* Bot messages that are notices about the handover rather than answers (inbox/wording.yml). */
  var NOTICE_LABEL = {
    queue_notice: "queue notice", agent_joined: "status", back_to_bot: "status", closed: "status",
    rating_prompt: "rating request"
  };
  var SPAM_LABEL = {
    links: "several links in one message", link_flood: "many links in a short time",
    repeated: "the same message again and again", noise: "a long run of one character",
    rate: "too many messages too fast", agent: "marked by an agent"
  };

  function spamText(flags) {
    return flags.map(function (f) { return SPAM_LABEL[f] || f; }).join("; ");
  }

  var $ = function (id) { return document.getElementById(id); };
  var state = {
    items: [], fetchedAt: 0, selectedId: null, conversation: null, users: [],
    events: null, refreshTimer: null, known: {}, busy: false,
    transcriptFor: null, transcriptCount: 0, typingFor: null, typingSentAt: 0, typingIdle: null
  };

  /* ---------- small DOM helpers (text only) ---------- */

  function el(tag, props) {
    var node = document.createElement(tag);
    if (props) {
      Object.keys(props).forEach(function (key) {
        var value = props[key];
        if (value === undefined || value === null) { return; }
        if (key === "text") { node.textContent = String(value); }
        else if (key === "className") { node.className = value; }
        else if (key === "dataset") { Object.keys(value).forEach(function (k) { node.dataset[k] = value[k]; }); }
        else if (key.indexOf("on") === 0) { node.addEventListener(key.slice(2), value); }
        else { node.setAttribute(key, value); }
      });
    }
    for (var i = 2; i < arguments.length; i += 1) {
      var child = arguments[i];
      if (child === null || child === undefined || child === false) { continue; }
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return node;
  }

  function safeHttpUrl(value) {
    if (typeof value !== "string" || !value) { return null; }
    try {
      var url = new URL(value, window.location.href);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (e) { return null; }
  }

  function toast(message, isError) {
    var box = $("toast");
    box.textContent = message;
    box.classList.toggle("toast-error", Boolean(isError));
    box.hidden = false;
    window.clearTimeout(toast.timer);
    toast.timer = window.setTimeout(function () { box.hidden = true; }, isError ? 7000 : 3500);
  }

  function duration(seconds) {
    seconds = Math.max(0, Math.round(seconds));
    if (seconds < 60) { return seconds + " s"; }
    var minutes = Math.floor(seconds / 60);
    if (minutes < 60) { return minutes + " min"; }
    var hours = Math.floor(minutes / 60);
    return hours < 48 ? hours + " h " + (minutes % 60) + " min" : Math.floor(hours / 24) + " d";
  }

  /* The agent's own locale (the browser's: 24-hour in German), with the date when it is not today. */
  function clock(iso) {
    if (!iso) { return ""; }
    var d = new Date(iso);
    if (isNaN(d)) { return ""; }
    var options = { hour: "2-digit", minute: "2-digit" };
    if (d.toDateString() !== new Date().toDateString()) { options.day = "numeric"; options.month = "short"; }
    return d.toLocaleString(undefined, options);
  }

  function detailText(detail) {
    if (typeof detail === "string") { return detail; }
    if (detail && typeof detail.message === "string") { return detail.message; }
    if (Array.isArray(detail)) {
      return detail.map(function (d) { return (d && d.msg) || ""; }).join("; ");
    }
    return "";
  }

  /* ---------- API and sign-in (common.js) ---------- */

  var session = window.Tandem.session({
    unreachable: "The inbox server is not reachable.", describe: detailText, onSignedIn: start,
    onSignedOut: function () { if (state.events) { state.events.close(); state.events = null; } }
  });
  var api = session.request;

  function failed(result, what) {
    var text = detailText(result.data && result.data.detail) || ("HTTP " + result.status);
    toast(what + ": " + text, true);
  }

  /* ---------- signed in ---------- */

  function start(user) {
    $("login-view").hidden = true;
    $("app-view").hidden = false;
    $("me").textContent = user.display_name + " · " + user.role;
    $("staff-panel").hidden = user.role !== "staff" && user.role !== "admin";
    connectEvents();
    loadUsers();
    loadQueue().then(function () { focusQueue(); });
    if (!$("staff-panel").hidden) { loadStaffPanel(); }
  }

  /* ---------- live updates ---------- */

  function setLive(value, text) {
    $("live").setAttribute("data-state", value);
    $("live-text").textContent = text;
  }

  function connectEvents() {
    if (state.events) { state.events.close(); }
    if (typeof window.EventSource !== "function") { setLive("offline", "No live updates"); return; }
    var source = new window.EventSource("/api/inbox/events?token=" + encodeURIComponent(session.token));
    state.events = source;
    source.addEventListener("ready", function () { setLive("live", "Live"); });
    source.addEventListener("handover", onChange);
    source.addEventListener("message", onChange);
    source.addEventListener("signed_out", function () { session.signedOut("Your session ended. Please sign in again."); });
    source.onerror = function () {
      setLive("offline", "Reconnecting …");
      /* A closed stream (expired token) is not retried by the browser; check whether we are still signed in. */
      if (source.readyState === window.EventSource.CLOSED) {
        api("GET", "/api/auth/me").then(function (result) { if (result.ok) { window.setTimeout(connectEvents, 2000); } });
      }
    };
  }

  function onChange(event) {
    var change;
    try { change = JSON.parse(event.data); } catch (e) { return; }
    var selected = change && change.handover_id === state.selectedId;
    scheduleRefresh(selected);
  }

  function scheduleRefresh(withConversation) {
    state.refreshConversation = state.refreshConversation || withConversation;
    window.clearTimeout(state.refreshTimer);
    state.refreshTimer = window.setTimeout(function () {
      var conv = state.refreshConversation;
      state.refreshConversation = false;
      loadQueue();
      if (conv && state.selectedId) { loadConversation(state.selectedId, true); }
    }, REFRESH_DEBOUNCE_MS);
  }

  /* ---------- queue ---------- */

  function filters() {
    var params = new URLSearchParams();
    params.set("state", $("filter-state").value);
    ["reason", "channel", "language"].forEach(function (name) {
      var value = $("filter-" + name).value;
      if (value) { params.set(name, value); }
    });
    if ($("filter-spam").value !== "include") { params.set("spam", $("filter-spam").value); }
    return params.toString();
  }

  function loadQueue() {
    return api("GET", "/api/inbox/handovers?" + filters()).then(function (result) {
      if (!result.ok) { if (result.status !== 401) { failed(result, "Loading the queue failed"); } return; }
      state.items = result.data.items;
      state.fetchedAt = Date.now();
      renderCounts(result.data.counts, result.data.spam_open);
      rememberFilterValues(result.data.items);
      renderQueue();
    });
  }

  function renderCounts(counts, spamOpen) {
    var list = $("counts");
    list.replaceChildren();
    Object.keys(STATE_LABEL).forEach(function (key) {
      list.appendChild(el("li", { className: "count count-" + key, dataset: { state: key } },
        el("strong", { text: String(counts[key] || 0) }), " " + STATE_LABEL[key]));
    });
    if (spamOpen) {
      list.appendChild(el("li", { className: "count count-spam", title: "open conversations flagged as spam" },
        el("strong", { text: String(spamOpen) }), " spam"));
    }
  }

  function rememberFilterValues(items) {
    var seen = { reason: {}, channel: {}, language: {} };
    items.forEach(function (item) {
      item.reasons.forEach(function (r) { seen.reason[r] = true; });
      seen.channel[item.channel] = true;
      seen.language[item.language] = true;
    });
    ["reason", "channel", "language"].forEach(function (name) {
      var select = $("filter-" + name);
      var present = {};
      Array.prototype.forEach.call(select.options, function (o) { present[o.value] = true; });
      Object.keys(seen[name]).sort().forEach(function (value) {
        if (!present[value]) { select.appendChild(el("option", { value: value, text: value })); }
      });
    });
  }

  function waitedSeconds(item) {
    return item.waiting_seconds + (Date.now() - state.fetchedAt) / 1000;
  }

  function queueItem(item) {
    var fresh = !state.known[item.id] && Object.keys(state.known).length > 0;
    state.known[item.id] = true;
    var spam = item.spam && item.spam.length;
    var button = el("button", {
      type: "button", className: "queue-item" + (item.id === state.selectedId ? " selected" : "") + (fresh ? " fresh" : "") +
        (spam ? " spam" : ""),
      dataset: { id: String(item.id), state: item.state }, "aria-current": item.id === state.selectedId ? "true" : null,
      onclick: function () { select(item.id); }
    },
      el("span", { className: "qi-top" },
        el("span", { className: "priority p" + Math.min(9, Math.floor(item.priority / 10)), title: "priority", text: "P" + item.priority }),
        el("span", { className: "qi-reasons", text: item.reasons.join(", ") || "—" }),
        el("span", { className: "qi-wait", dataset: { waiting: "1" }, text: duration(waitedSeconds(item)) })),
      el("span", { className: "qi-summary", text: item.summary || "(no summary)" }),
      el("span", { className: "qi-meta" },
        el("span", { className: "tag", text: item.channel }),
        el("span", { className: "tag", text: item.language.toUpperCase() }),
        spam ? el("span", { className: "tag tag-spam", title: "Flagged as spam: " + spamText(item.spam), text: "Spam" }) : null,
        item.messages_while_waiting ? el("span", { className: "tag tag-new", text: "+" + item.messages_while_waiting + " msg" }) : null,
        el("span", { className: "qi-state", text: item.state === "assigned" ? "→ " + item.assigned_to : STATE_LABEL[item.state] }))
    );
    return el("li", null, button);
  }

  function renderQueue() {
    var list = $("queue-list");
    var focusedId = document.activeElement && document.activeElement.classList.contains("queue-item")
      ? document.activeElement.dataset.id : null;
    list.replaceChildren();
    state.items.forEach(function (item) { list.appendChild(queueItem(item)); });
    $("queue-empty").hidden = state.items.length > 0;
    if (focusedId) {
      var again = list.querySelector('.queue-item[data-id="' + focusedId + '"]');
      if (again) { again.focus(); }
    }
  }

  function tickClock() {
    Array.prototype.forEach.call(document.querySelectorAll("#queue-list .queue-item"), function (button) {
      var item = state.items.filter(function (i) { return String(i.id) === button.dataset.id; })[0];
      var span = button.querySelector("[data-waiting]");
      if (item && span) { span.textContent = duration(waitedSeconds(item)); }
    });
  }

  function focusQueue() {
    var first = document.querySelector("#queue-list .queue-item.selected") || document.querySelector("#queue-list .queue-item");
    if (first) { first.focus(); }
  }

  function moveInQueue(step) {
    var buttons = Array.prototype.slice.call(document.querySelectorAll("#queue-list .queue-item"));
    if (!buttons.length) { return; }
    var index = buttons.indexOf(document.activeElement);
    var next = index < 0 ? 0 : Math.max(0, Math.min(buttons.length - 1, index + step));
    buttons[next].focus();
  }

  /* ---------- one conversation ---------- */

  function select(id) {
    if (id !== state.selectedId) { stopTyping(); }
    state.selectedId = id;
    Array.prototype.forEach.call(document.querySelectorAll("#queue-list .queue-item"), function (b) {
      var on = b.dataset.id === String(id);
      b.classList.toggle("selected", on);
      if (on) { b.setAttribute("aria-current", "true"); } else { b.removeAttribute("aria-current"); }
    });
    loadConversation(id, false);
  }

  function loadConversation(id, keepScroll) {
    return api("GET", "/api/inbox/handovers/" + encodeURIComponent(id)).then(function (result) {
      if (id !== state.selectedId) { return; }
      if (!result.ok) { if (result.status !== 401) { failed(result, "Loading the conversation failed"); } return; }
      state.conversation = result.data;
      renderConversation(keepScroll);
    });
  }

  function renderConversation(keepScroll) {
    var c = state.conversation;
    var h = c.handover;
    $("conv-empty").hidden = true;
    $("conv").hidden = false;
    $("side").hidden = false;
    $("conv-title").textContent = (c.follower_name || "Follower") + " · #" + h.id;
    $("conv-state").textContent = STATE_LABEL[h.state] + (h.assigned_to ? " · " + h.assigned_to : "");
    $("conv-state").dataset.state = h.state;
    var facts = $("conv-facts");
    facts.replaceChildren();
    [["Priority", String(h.priority)], ["Channel", h.channel], ["Language", h.language.toUpperCase()],
     ["Waiting since", clock(h.created_at) + " (" + duration(h.waiting_seconds) + ")"]].forEach(function (pair) {
      facts.appendChild(el("div", null, el("dt", { text: pair[0] }), el("dd", { text: pair[1] })));
    });
    var reasons = $("conv-reasons");
    reasons.replaceChildren();
    h.reasons.forEach(function (r) { reasons.appendChild(el("li", { className: "chip", text: r })); });
    $("conv-explanation").textContent = h.explanation ? "Why: " + h.explanation : "";
    $("conv-summary").textContent = h.summary ? "Summary: " + h.summary : "";
    $("conv-push-warning").hidden = h.channel_pushes;
    var spamBanner = $("conv-spam");
    spamBanner.hidden = !(h.spam && h.spam.length);
    spamBanner.textContent = spamBanner.hidden ? "" : "Flagged as spam: " + spamText(h.spam) +
      ". The bot does not answer repeats and link floods; dismiss the conversation if it is spam.";
    renderActions(c);
    renderTranscript(c, keepScroll);
    renderCanned(c);
    renderNotes(c);
    renderHistory(c);
  }

  function renderActions(c) {
    var h = c.handover;
    var me = session.user.name;
    var staff = session.user.role === "staff" || session.user.role === "admin";
    var mine = h.state === "assigned" && h.assigned_to === me;
    var mayManage = mine || (h.state === "assigned" && staff);
    $("claim").hidden = h.state !== "waiting";
    $("unassign").hidden = !mayManage;
    $("return").hidden = !(h.state === "waiting" || mayManage);
    $("close").hidden = !(h.state === "waiting" || h.state === "returned" || mayManage);
    $("rating-prompt").parentNode.hidden = $("close").hidden;
    $("dismiss-spam").hidden = !(h.state === "waiting" || mayManage);
    $("dismiss-spam").classList.toggle("spam-suggested", Boolean(h.spam && h.spam.length));
    var select = $("transfer-to");
    select.replaceChildren();
    state.users.filter(function (u) { return u.active && u.name !== h.assigned_to; }).forEach(function (u) {
      select.appendChild(el("option", { value: u.name, text: u.display_name + " (" + u.role + ")" }));
    });
    $("transfer").parentNode.hidden = !mayManage || select.options.length === 0;
    var form = $("reply-form");
    form.hidden = h.state === "closed" || h.state === "returned";
    $("reply").disabled = !c.can_reply;
    $("send-reply").disabled = !c.can_reply;
    $("canned-select").disabled = !c.can_reply;
    $("reply-hint").textContent = c.can_reply ? "Goes to the follower on " + h.channel + "."
      : h.state === "waiting" ? "Claim the conversation to reply." : "Only " + h.assigned_to + " can reply.";
  }

  function sourceList(entry) {
    var seen = {};
    var sources = entry.sources.filter(function (s) {
      var key = s.id + "|" + s.section;
      var fresh = !seen[key];
      seen[key] = true;
      return fresh;
    });
    if (!sources.length && entry.citations.length) {
      sources = entry.citations.map(function (c) { return { id: c, title: c, section: "", url: "" }; });
    }
    if (!sources.length) { return null; }
    var list = el("ul", { className: "sources", "aria-label": "Cited sources" });
    sources.forEach(function (s) {
      var label = (s.title || s.id) + (s.section && s.section !== s.title ? " › " + s.section : "");
      var href = safeHttpUrl(s.url);
      var link = href ? el("a", { href: href, target: "_blank", rel: "noopener noreferrer", text: label }) : el("span", { text: label });
      list.appendChild(el("li", null, link));
    });
    return list;
  }

  function transcriptEntry(entry) {
    var who = entry.role === "follower" ? "Follower" : entry.role === "agent" ? (entry.agent || "Agent") : "Bot";
    var notice = entry.role === "bot" && NOTICE_LABEL[entry.kind];
    if (notice) { who += " · " + notice; }
    return el("li", { className: "entry entry-" + entry.role + (entry.handoff ? " entry-handoff" : "") +
                        (notice ? " entry-notice" : ""), dataset: { kind: entry.kind || "" } },
      el("span", { className: "entry-who" }, who, el("time", { datetime: entry.at || "", text: clock(entry.at) })),
      el("div", { className: "entry-text", text: entry.text }),
      entry.role === "bot" ? sourceList(entry) : null);
  }

  function nearEnd(list) {
    return list.scrollHeight - list.scrollTop - list.clientHeight < NEAR_END_PX;
  }

  function showNewMessages(show) {
    $("new-messages").hidden = !show;
  }

  /* The transcript follows new messages while the agent is at its end; an agent who scrolled up to read stays where
     they are and gets a "new messages" button instead. */
  function renderTranscript(c, keepScroll) {
    var list = $("transcript");
    var same = keepScroll && state.transcriptFor === c.handover.id;
    var atEnd = nearEnd(list);
    var top = list.scrollTop;
    list.replaceChildren();
    if (c.transcript === null) {
      list.appendChild(el("li", { className: "entry entry-error", text: "Transcript unavailable (" + (c.transcript_error || "Rasa") + "). Messages written while waiting:" }));
      c.waiting_messages.forEach(function (m) {
        list.appendChild(transcriptEntry({ role: "follower", text: m.text, at: m.at, sources: [], citations: [] }));
      });
    } else {
      c.transcript.forEach(function (entry) { list.appendChild(transcriptEntry(entry)); });
    }
    var grew = list.children.length > state.transcriptCount;
    if (!same || atEnd) {
      list.scrollTop = list.scrollHeight;
      showNewMessages(false);
    } else {
      list.scrollTop = top;
      if (grew) { showNewMessages(true); }
    }
    state.transcriptFor = c.handover.id;
    state.transcriptCount = list.children.length;
  }

  /* ---------- typing: the follower's web chat shows "… schreibt" only while the agent types ---------- */

  function sendTyping(id, typing) {
    api("POST", "/api/inbox/handovers/" + encodeURIComponent(id) + "/typing", { typing: typing });
  }

  function stopTyping() {
    window.clearTimeout(state.typingIdle);
    if (state.typingFor !== null) { sendTyping(state.typingFor, false); }
    state.typingFor = null;
  }

  function onReplyInput() {
    if (!state.conversation || !state.conversation.can_reply || !$("reply").value.trim()) { stopTyping(); return; }
    var id = state.selectedId;
    if (state.typingFor !== id || Date.now() - state.typingSentAt > TYPING_REPEAT_MS) {
      if (state.typingFor !== null && state.typingFor !== id) { stopTyping(); }
      state.typingFor = id;
      state.typingSentAt = Date.now();
      sendTyping(id, true);
    }
    window.clearTimeout(state.typingIdle);
    state.typingIdle = window.setTimeout(stopTyping, TYPING_IDLE_MS);
  }

  function renderCanned(c) {
    var select = $("canned-select");
    select.replaceChildren(el("option", { value: "", text: "—" }));
    c.canned_replies.forEach(function (r) { select.appendChild(el("option", { value: String(r.id), text: r.title })); });
  }

  function renderNotes(c) {
    var list = $("notes");
    list.replaceChildren();
    if (!c.notes.length) { list.appendChild(el("li", { className: "muted small", text: "No notes yet." })); }
    c.notes.forEach(function (n) {
      list.appendChild(el("li", { className: "note" },
        el("span", { className: "note-meta", text: n.author + " · " + clock(n.at) }),
        el("div", { className: "note-text", text: n.text })));
    });
  }

  function renderHistory(c) {
    var list = $("history");
    list.replaceChildren();
    c.events.forEach(function (e) {
      var detail = e.action === "replied" ? "" : e.detail;
      list.appendChild(el("li", null, el("time", { text: clock(e.at) }), " " + e.actor + " " + (ACTION_LABEL[e.action] || e.action) +
        (detail ? " — " + detail : "")));
    });
  }

  /* ---------- actions ---------- */

  function act(path, body, what) {
    if (!state.selectedId || state.busy) { return Promise.resolve(null); }
    state.busy = true;
    var id = state.selectedId;
    return api("POST", "/api/inbox/handovers/" + id + "/" + path, body).then(function (result) {
      state.busy = false;
      if (!result.ok) {
        if (result.status === 409 && result.data && result.data.detail && result.data.detail.assigned_to) {
          toast(what + ": " + result.data.detail.assigned_to + " already has this conversation.", true);
        } else if (result.status !== 401) {
          failed(result, what);
        }
        loadConversation(id, true);
        loadQueue();
        return null;
      }
      loadQueue();
      return loadConversation(id, true).then(function () { return result.data; });
    });
  }

  function claim() {
    act("claim", undefined, "Claim").then(function (done) {
      if (done) { toast("You have this conversation now."); $("reply").focus(); }
    });
  }

  function sendReply(event) {
    if (event) { event.preventDefault(); }
    var text = $("reply").value.trim();
    if (!text || $("reply").disabled) { return; }
    window.clearTimeout(state.typingIdle);
    state.typingFor = null;       /* sending ends the typing signal on the server */
    act("replies", { text: text }, "Sending the reply").then(function (done) {
      if (done) {
        $("reply").value = "";
        $("canned-select").value = "";
        toast(done.delivered ? "Sent." : "Stored, but this channel cannot receive pushed messages.", !done.delivered);
        $("reply").focus();
      }
    });
  }

  function addNote(event) {
    if (event) { event.preventDefault(); }
    var text = $("note").value.trim();
    if (!text) { return; }
    act("notes", { text: text }, "Saving the note").then(function (done) {
      if (done) { $("note").value = ""; toast("Note saved (private)."); }
    });
  }

  function insertCanned() {
    var id = $("canned-select").value;
    var reply = state.conversation && state.conversation.canned_replies.filter(function (r) { return String(r.id) === id; })[0];
    if (!reply) { return; }
    var box = $("reply");
    box.value = box.value.trim() ? box.value.replace(/\s*$/, "\n") + reply.text : reply.text;
    box.focus();
  }

  /* ---------- staff: users, canned replies, ratings ---------- */

  function loadUsers() {
    api("GET", "/api/auth/users").then(function (result) { if (result.ok) { state.users = result.data; } });
  }

  function loadStaffPanel() {
    api("GET", "/api/inbox/canned").then(function (result) {
      if (!result.ok) { return; }
      var list = $("canned-list");
      list.replaceChildren();
      result.data.forEach(function (r) {
        list.appendChild(el("li", null,
          el("strong", { text: r.title }), r.language ? " (" + r.language + ")" : "",
          el("div", { className: "small", text: r.text }),
          el("button", { type: "button", className: "link", text: "Archive", onclick: function () {
            api("PATCH", "/api/inbox/canned/" + r.id, { archived: true }).then(function (res) {
              if (res.ok) { loadStaffPanel(); } else { failed(res, "Archiving failed"); }
            });
          } })));
      });
    });
    api("GET", "/api/inbox/ratings").then(function (result) {
      if (!result.ok) { return; }
      var box = $("ratings");
      var r = result.data;
      box.replaceChildren(el("p", { text: "Overall: " + (r.overall.average === null ? "no ratings yet" : r.overall.average + " ★ from " + r.overall.count) }));
      if (r.per_agent.length) {
        var table = el("table", { className: "ratings-table" },
          el("thead", null, el("tr", null, el("th", { text: "Agent" }), el("th", { text: "Avg" }), el("th", { text: "Count" }))));
        var body = el("tbody");
        r.per_agent.forEach(function (a) {
          body.appendChild(el("tr", null, el("td", { text: a.agent || "—" }), el("td", { text: String(a.average) }), el("td", { text: String(a.count) })));
        });
        table.appendChild(body);
        box.appendChild(table);
      }
      r.recent_comments.slice(0, 5).forEach(function (c) {
        box.appendChild(el("blockquote", { className: "small", text: c.score + "★ " + c.comment }));
      });
    });
  }

  function addCanned(event) {
    event.preventDefault();
    var body = { title: $("canned-title-input").value.trim(), text: $("canned-text").value.trim(),
      language: $("canned-language").value || null };
    if (!body.title || !body.text) { toast("A canned reply needs a title and a text.", true); return; }
    api("POST", "/api/inbox/canned", body).then(function (result) {
      if (!result.ok) { failed(result, "Saving the canned reply failed"); return; }
      $("canned-title-input").value = "";
      $("canned-text").value = "";
      loadStaffPanel();
      if (state.selectedId) { loadConversation(state.selectedId, true); }
    });
  }

  /* ---------- keyboard ---------- */

  function typing(target) {
    return target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT" || target.isContentEditable);
  }

  function onKey(event) {
    if ($("app-view").hidden) { return; }
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      if (event.target === $("reply")) { event.preventDefault(); sendReply(); }
      else if (event.target === $("note")) { event.preventDefault(); addNote(); }
      return;
    }
    if (event.key === "Escape" && typing(event.target)) { event.target.blur(); focusQueue(); return; }
    if (typing(event.target) || event.altKey || event.ctrlKey || event.metaKey) { return; }
    var inQueue = document.activeElement && document.activeElement.classList.contains("queue-item");
    if (event.key === "ArrowDown" || event.key === "j") { if (inQueue || event.key === "j") { event.preventDefault(); moveInQueue(1); } }
    else if (event.key === "ArrowUp" || event.key === "k") { if (inQueue || event.key === "k") { event.preventDefault(); moveInQueue(-1); } }
    else if (event.key === "c" && !$("claim").hidden && !$("conv").hidden) { event.preventDefault(); claim(); }
    else if (event.key === "r" && !$("reply").disabled && !$("conv").hidden) { event.preventDefault(); $("reply").focus(); }
    else if (event.key === "n" && !$("side").hidden) { event.preventDefault(); $("note").focus(); }
    else if (event.key === "b" && !$("return").hidden && !$("conv").hidden) { event.preventDefault(); act("return", undefined, "Returning to the bot"); }
  }

  /* ---------- wiring ---------- */

  ["filter-state", "filter-reason", "filter-channel", "filter-language", "filter-spam"].forEach(function (id) {
    $(id).addEventListener("change", function () { loadQueue(); });
  });
  $("claim").addEventListener("click", claim);
  $("transfer").addEventListener("click", function () {
    var to = $("transfer-to").value;
    if (to) { act("transfer", { to: to }, "Transfer").then(function (done) { if (done) { toast("Transferred to " + to + "."); } }); }
  });
  $("unassign").addEventListener("click", function () { act("unassign", undefined, "Putting it back in the queue"); });
  $("return").addEventListener("click", function () {
    act("return", undefined, "Returning to the bot").then(function (done) { if (done) { toast("The bot answers this follower again."); } });
  });
  $("close").addEventListener("click", function () {
    act("close", { send_rating_prompt: $("rating-prompt").checked }, "Closing").then(function (done) { if (done) { toast("Closed."); } });
  });
  $("dismiss-spam").addEventListener("click", function () {
    act("dismiss-spam", undefined, "Dismissing as spam").then(function (done) { if (done) { toast("Dismissed as spam."); } });
  });
  $("reply-form").addEventListener("submit", sendReply);
  $("reply").addEventListener("input", onReplyInput);
  $("reply").addEventListener("blur", function () { if (!$("reply").value.trim()) { stopTyping(); } });
  ["conv-explanation", "conv-summary"].forEach(function (id) {
    $(id).addEventListener("click", function () { $(id).classList.toggle("clamped"); });
  });
  $("transcript").addEventListener("scroll", function () { if (nearEnd($("transcript"))) { showNewMessages(false); } });
  $("new-messages").addEventListener("click", function () {
    var list = $("transcript");
    list.scrollTop = list.scrollHeight;
    showNewMessages(false);
    list.focus();
  });
  $("note-form").addEventListener("submit", addNote);
  $("canned-select").addEventListener("change", insertCanned);
  $("canned-form").addEventListener("submit", addCanned);
  document.addEventListener("keydown", onKey);
  window.setInterval(tickClock, CLOCK_TICK_MS);
  window.setInterval(function () { if (session.token && !$("app-view").hidden) { loadQueue(); } }, FALLBACK_REFRESH_MS);

  session.resume();
})();
