/*
 * Tandem web chat: talks to Rasa's socket.io channel directly.
 *
 * All user and bot content goes into the page through textContent / createTextNode only,
 * never innerHTML, so nothing a user types or a bot answers can become markup.
 */
(function () {
  "use strict";

  var STRINGS = {
    de: {
      subtitle: "Kundenservice",
      skipToInput: "Zur Eingabe springen",
      connecting: "Verbinde …",
      online: "Online",
      offlineShort: "Offline",
      offline: "Keine Verbindung zum Chat. Neuer Versuch läuft …",
      newConversation: "Neues Gespräch",
      welcome: "Hallo! Ich bin Tandem, der digitale Assistent. Wie kann ich dir helfen?",
      typing: "Tandem schreibt …",
      agentTyping: "schreibt …",
      inputLabel: "Deine Nachricht",
      placeholder: "Deine Nachricht …",
      send: "Senden",
      hint: "Enter sendet, Umschalt+Enter für eine neue Zeile",
      logLabel: "Verlauf",
      you: "Du",
      bot: "Tandem",
      person: "Mensch aus unserem Team",
      rate: "Gespräch bewerten",
      source: "Quelle:",
      sources: "Quellen:",
      handoff: "Dein Anliegen wurde an unser Service-Team weitergegeben.",
      noAnswer: "Die Antwort dauert ungewöhnlich lange. Bitte versuch es gleich noch einmal.",
      newStarted: "Neues Gespräch begonnen.",
      notHelpful: "Antwort nicht hilfreich",
      thanksFeedback: "Danke für die Rückmeldung."
    },
    en: {
      subtitle: "Customer service",
      skipToInput: "Skip to message input",
      connecting: "Connecting …",
      online: "Online",
      offlineShort: "Offline",
      offline: "Not connected to the chat. Trying to reconnect …",
      newConversation: "New conversation",
      welcome: "Hi! I'm Tandem, the digital assistant. How can I help?",
      typing: "Tandem is typing …",
      agentTyping: "is typing …",
      inputLabel: "Your message",
      placeholder: "Your message …",
      send: "Send",
      hint: "Enter sends, Shift+Enter for a new line",
      logLabel: "Conversation",
      you: "You",
      bot: "Tandem",
      person: "a person from our team",
      rate: "Rate this conversation",
      source: "Source:",
      sources: "Sources:",
      handoff: "Your request has been passed on to our service team.",
      noAnswer: "The answer is taking unusually long. Please try again in a moment.",
      newStarted: "New conversation started.",
      notHelpful: "Answer not helpful",
      thanksFeedback: "Thanks for the feedback."
    }
  };

  /* The brand's German form of address (TANDEM_GERMAN_FORM, sent in chat/config.json): "Sie" replaces these. */
  var GERMAN_SIE = {
    welcome: "Hallo! Ich bin Tandem, der digitale Assistent. Wie kann ich Ihnen helfen?",
    inputLabel: "Ihre Nachricht",
    placeholder: "Ihre Nachricht …",
    you: "Sie",
    handoff: "Ihr Anliegen wurde an unser Service-Team weitergegeben.",
    noAnswer: "Die Antwort dauert ungewöhnlich lange. Bitte versuchen Sie es gleich noch einmal."
  };
  /* Status lines the inbox sends (inbox/notices.py): shown as lines between the bubbles, not as the bot. */
  var STATUS_KINDS = { agent_joined: true, back_to_bot: true, closed: true };
  var SOURCE_LINE = /\n*(?:Quellen?|Sources?):[^\n]*$/;

  var STORAGE_SESSION = "tandem.session_id";
  var STORAGE_HISTORY = "tandem.history";
  var HISTORY_LIMIT = 200;
  var TYPING_TIMEOUT_MS = 45000;
  var URL_PATTERN = /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'»]/g;

  var uiLang = languageOf(navigator.language || "en");
  var el = {
    log: document.getElementById("log"),
    welcome: document.getElementById("welcome"),
    form: document.getElementById("composer"),
    input: document.getElementById("input"),
    send: document.getElementById("send"),
    counter: document.getElementById("counter"),
    typing: document.getElementById("typing"),
    offline: document.getElementById("offline"),
    connection: document.getElementById("connection"),
    connectionText: document.getElementById("connection-text"),
    newConversation: document.getElementById("new-conversation")
  };

  var socket = null;
  var ready = false;
  var typingTimer = null;
  var lastBotRow = null;
  var withPerson = false;     /* a person has the conversation: the bot is not "typing", the person may be */
  var agentTyping = null;     /* EventSource of the agent's typing signal (api/chat/typing), open while withPerson */
  var maxChars = Number(el.input.getAttribute("maxlength")) || 2000;
  var sessionId = storageGet(STORAGE_SESSION) || newSessionId();
  var history = loadHistory();

  function languageOf(tag) {
    return String(tag).toLowerCase().indexOf("de") === 0 ? "de" : "en";
  }

  function t(key, lang) {
    return STRINGS[lang || uiLang][key];
  }

  function storageGet(key) {
    try {
      return window.localStorage.getItem(key);
    } catch (e) {
      return null;
    }
  }

  function storageSet(key, value) {
    try {
      window.localStorage.setItem(key, value);
    } catch (e) {
      /* Storage can be disabled (private mode); the chat still works for this page view. */
    }
  }

  function newSessionId() {
    var id;
    if (window.crypto && typeof window.crypto.randomUUID === "function") {
      id = window.crypto.randomUUID().replace(/-/g, "");
    } else {
      var bytes = new Uint8Array(16);
      window.crypto.getRandomValues(bytes);
      id = Array.prototype.map.call(bytes, function (b) {
        return ("0" + b.toString(16)).slice(-2);
      }).join("");
    }
    storageSet(STORAGE_SESSION, id);
    return id;
  }

  function loadHistory() {
    try {
      var saved = JSON.parse(storageGet(STORAGE_HISTORY) || "null");
      if (saved && saved.session_id === sessionId && Array.isArray(saved.records)) {
        return saved.records;
      }
    } catch (e) {
      /* A corrupt history is dropped rather than breaking the page. */
    }
    return [];
  }

  function saveHistory() {
    if (history.length > HISTORY_LIMIT) {
      history = history.slice(history.length - HISTORY_LIMIT);
    }
    storageSet(STORAGE_HISTORY, JSON.stringify({ session_id: sessionId, records: history }));
  }

  function translatePage() {
    document.documentElement.lang = uiLang;
    Array.prototype.forEach.call(document.querySelectorAll("[data-i18n]"), function (node) {
      node.textContent = t(node.getAttribute("data-i18n"));
    });
    Array.prototype.forEach.call(document.querySelectorAll("[data-i18n-placeholder]"), function (node) {
      node.setAttribute("placeholder", t(node.getAttribute("data-i18n-placeholder")));
    });
    el.log.setAttribute("aria-label", t("logLabel"));
  }

  function make(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function safeHttpUrl(value) {
    if (typeof value !== "string" || !value) {
      return null;
    }
    try {
      var url = new URL(value, window.location.href);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  function externalLink(href, text) {
    var a = make("a", null, text);
    a.href = href;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    return a;
  }

  /* Bot answers often carry plain URLs; turning them into links is done node by node so the
     rest of the text stays text. */
  function appendLinkified(parent, text) {
    var last = 0;
    text.replace(URL_PATTERN, function (match, offset) {
      parent.appendChild(document.createTextNode(text.slice(last, offset)));
      var href = safeHttpUrl(match);
      parent.appendChild(href ? externalLink(href, match) : document.createTextNode(match));
      last = offset + match.length;
      return match;
    });
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  /* When a message was sent or arrived, in the follower's locale: 24-hour in German, the date when not today. */
  function clockText(iso) {
    var d = new Date(iso);
    if (!iso || isNaN(d)) {
      return "";
    }
    var browser = navigator.language || "en";
    var locale = uiLang === "de" ? (languageOf(browser) === "de" ? browser : "de-DE") : browser;
    var options = { hour: "2-digit", minute: "2-digit" };
    if (uiLang === "de") {
      options.hourCycle = "h23";
    }
    if (d.toDateString() !== new Date().toDateString()) {
      options.day = "numeric";
      options.month = "short";
    }
    try {
      return new Intl.DateTimeFormat(locale, options).format(d);
    } catch (e) {
      return d.toLocaleTimeString();
    }
  }

  function timeOf(record) {
    var text = clockText(record.at);
    if (!text) {
      return null;
    }
    var node = make("time", "msg-time", text);
    node.setAttribute("datetime", record.at);
    return node;
  }

  function messageRow(role, record) {
    var row = make("div", "msg msg-" + role);
    row.appendChild(make("span", "sr-only", t(role === "user" ? "you" : "bot") + ": "));
    var time = record && timeOf(record);
    if (time) {
      row.appendChild(time);
    }
    return row;
  }

  function renderUser(record) {
    var row = messageRow("user", record);
    row.insertBefore(make("div", "bubble", record.text), row.querySelector(".msg-time"));
    el.log.appendChild(row);
  }

  function renderBot(record) {
    var row = messageRow("bot", record);
    var bubble = make("div", "bubble");
    appendLinkified(bubble, record.text);
    row.insertBefore(bubble, row.querySelector(".msg-time"));
    row.tandemText = record.text;
    if (record.buttons && record.buttons.length) {
      var choices = make("div", "choices");
      choices.setAttribute("role", "group");
      record.buttons.forEach(function (button) {
        var b = make("button", "choice", button.title);
        b.type = "button";
        b.addEventListener("click", function () {
          sendMessage(button.payload || button.title, button.title);
        });
        choices.appendChild(b);
      });
      row.appendChild(choices);
    }
    el.log.appendChild(row);
    lastBotRow = row;
  }

  function renderImage(record) {
    var row = messageRow("bot", record);
    var img = make("img", "attachment");
    img.src = record.src;
    img.alt = "";
    row.insertBefore(img, row.querySelector(".msg-time"));
    el.log.appendChild(row);
    lastBotRow = row;
  }

  function sourceLabel(source) {
    var title = source.title || source.id || "";
    return source.section && source.section !== title ? title + " › " + source.section : title;
  }

  /* An agent's message arrives as a bot message followed by its kind: it becomes the agent's, with their name
     (or the brand's "Team") and a style of its own, so nobody takes a person for the bot or the bot for a person. */
  function markAgent(row, name) {
    row.className = "msg msg-agent";
    var label = name || t("person");
    row.querySelector(".sr-only").textContent = label + " (" + t("person") + "): ";
    var sender = make("div", "sender");
    sender.appendChild(make("span", "avatar", label.charAt(0).toUpperCase()));
    sender.appendChild(make("span", "sender-name", label));
    sender.setAttribute("aria-hidden", "true");
    row.insertBefore(sender, row.querySelector(".bubble"));
  }

  function markStatus(row) {
    row.className = "msg msg-status";
    row.setAttribute("role", "status");
    row.querySelector(".sr-only").textContent = "";
  }

  /* The rating request's address becomes a button-like link instead of a raw URL. */
  function markRating(row) {
    var link = row.querySelector(".bubble a");
    if (!link) {
      return;
    }
    var before = link.previousSibling;
    if (before && before.nodeType === 3) {
      before.textContent = before.textContent.replace(/:?\s*$/, "");
    }
    link.textContent = t("rate");
    link.className = "rate-link";
    link.parentNode.insertBefore(document.createElement("br"), link);
  }

  /* The sources are listed under the answer: the answer's own "Quelle: …" line would show them twice. */
  function dropSourceLine(row) {
    var bubble = row.querySelector(".bubble");
    var text = row.tandemText;
    if (!bubble || typeof text !== "string" || !SOURCE_LINE.test(text)) {
      return;
    }
    var rest = text.replace(SOURCE_LINE, "");
    if (!rest.trim()) {
      row.removeChild(bubble);     /* a message of its own that only named the source: the list below is it */
      return;
    }
    while (bubble.firstChild) {
      bubble.removeChild(bubble.firstChild);
    }
    appendLinkified(bubble, rest);
  }

  function renderMeta(record) {
    var meta = record.meta;
    var lang = meta.language === "de" || meta.language === "en" ? meta.language : uiLang;
    if (lastBotRow && meta.kind === "agent") {
      markAgent(lastBotRow, meta.agent);
      setWithPerson(true);
    } else if (lastBotRow && STATUS_KINDS[meta.kind]) {
      markStatus(lastBotRow);
      setWithPerson(meta.kind === "agent_joined");
    } else if (lastBotRow && meta.kind === "rating_prompt") {
      markRating(lastBotRow);
    }
    if (meta.sources.length && lastBotRow) {
      dropSourceLine(lastBotRow);
    }
    if (meta.sources.length) {
      var box = make("div", "sources");
      box.appendChild(make("span", "sources-label", t(meta.sources.length > 1 ? "sources" : "source", lang)));
      var list = make("ul");
      meta.sources.forEach(function (source) {
        var item = make("li");
        var href = safeHttpUrl(source.url);
        item.appendChild(href ? externalLink(href, sourceLabel(source)) : make("span", null, sourceLabel(source)));
        list.appendChild(item);
      });
      box.appendChild(list);
      (lastBotRow || el.log).appendChild(box);
    }
    if (meta.handoff) {
      el.log.appendChild(make("p", "system handoff", t("handoff", lang)));
    }
    if (meta.replyId) {
      (lastBotRow || el.log).appendChild(thumbsDown(meta.replyId, lang));
    }
  }

  /* A thumbs-down on one answer (POST /api/answers/{reply id}/feedback): staff see it on the insights page. */
  function thumbsDown(replyId, lang) {
    var button = make("button", "thumbs-down", "\uD83D\uDC4E");
    button.type = "button";
    button.title = t("notHelpful", lang);
    button.setAttribute("aria-label", t("notHelpful", lang));
    button.addEventListener("click", function () {
      button.disabled = true;
      window.fetch("/api/answers/" + encodeURIComponent(replyId) + "/feedback", {
        method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ sender_id: sessionId, vote: "down" })
      }).then(function (response) {
        if (response.ok) { button.title = t("thanksFeedback", lang); button.classList.add("sent"); }
        else { button.disabled = false; }
      }, function () { button.disabled = false; });
    });
    return button;
  }

  function renderSystem(record) {
    el.log.appendChild(make("p", "system", t(record.key)));
  }

  function render(record) {
    el.welcome.hidden = true;
    if (record.role === "user") {
      renderUser(record);
    } else if (record.role === "bot") {
      renderBot(record);
    } else if (record.role === "image") {
      renderImage(record);
    } else if (record.role === "meta") {
      renderMeta(record);
    } else if (record.role === "system") {
      renderSystem(record);
    }
  }

  function scrollToEnd() {
    el.log.scrollTop = el.log.scrollHeight;
  }

  function record(entry) {
    entry.at = entry.at || new Date().toISOString();
    history.push(entry);
    saveHistory();
    render(entry);
    scrollToEnd();
  }

  /* Quick replies belong to the latest question only; answering anything else retires them. */
  function retireChoices(keepLast) {
    var groups = el.log.querySelectorAll(".choices");
    Array.prototype.forEach.call(groups, function (group, index) {
      if (keepLast && index === groups.length - 1) {
        return;
      }
      Array.prototype.forEach.call(group.querySelectorAll("button"), function (b) {
        b.disabled = true;
      });
    });
  }

  function restoreHistory() {
    history.forEach(render);
    var last = history[history.length - 1];
    retireChoices(Boolean(last && last.role === "bot" && last.buttons && last.buttons.length));
    scrollToEnd();
  }

  function normaliseButtons(list) {
    if (!Array.isArray(list)) {
      return [];
    }
    return list.filter(function (b) {
      return b && typeof b.title === "string" && b.title;
    }).map(function (b) {
      return { title: b.title, payload: typeof b.payload === "string" ? b.payload : "" };
    });
  }

  /* Rasa's socket.io channel emits a custom payload's "data" as the event body, so Tandem's
     metadata normally arrives bare; other senders wrap it in "custom". */
  function tandemPayload(message) {
    var candidates = [message, message.custom, message.data, message.custom && message.custom.data];
    for (var i = 0; i < candidates.length; i += 1) {
      var c = candidates[i];
      if (c && typeof c === "object" && c.tandem && typeof c.tandem === "object") {
        return c.tandem;
      }
    }
    return null;
  }

  function normaliseMeta(tandem) {
    var sources = Array.isArray(tandem.sources) ? tandem.sources.filter(function (s) {
      return s && typeof s === "object" && (s.title || s.id);
    }).map(function (s) {
      return {
        id: String(s.id || ""),
        title: String(s.title || ""),
        url: typeof s.url === "string" ? s.url : null,
        section: typeof s.section === "string" ? s.section : ""
      };
    }) : [];
    if (!sources.length && Array.isArray(tandem.citations)) {
      sources = tandem.citations.filter(function (c) {
        return typeof c === "string" && c;
      }).map(function (c) {
        return { id: c, title: c, url: null, section: "" };
      });
    }
    var seen = {};
    sources = sources.filter(function (s) {
      var key = s.id + "\u0000" + s.title + "\u0000" + s.section;
      var fresh = !seen[key];
      seen[key] = true;
      return fresh;
    });
    return {
      sources: sources,
      kind: typeof tandem.kind === "string" ? tandem.kind : "",
      agent: typeof tandem.agent === "string" ? tandem.agent.slice(0, 64) : "",
      handoff: tandem.handoff ? true : false,
      language: typeof tandem.language === "string" ? tandem.language : "",
      replyId: typeof tandem.reply_id === "string" && /^[A-Za-z0-9_-]{8,32}$/.test(tandem.reply_id) ? tandem.reply_id : ""
    };
  }

  function onBotMessage(message) {
    if (!message || typeof message !== "object") {
      return;
    }
    hideTyping();
    if (typeof message.text === "string" && message.text.trim()) {
      record({
        role: "bot",
        text: message.text,
        buttons: normaliseButtons(message.quick_replies || message.buttons)
      });
    }
    var attachment = message.attachment;
    var src = attachment && attachment.type === "image" && attachment.payload && safeHttpUrl(attachment.payload.src);
    if (src) {
      record({ role: "image", src: src });
    }
    var tandem = tandemPayload(message);
    if (tandem) {
      record({ role: "meta", meta: normaliseMeta(tandem) });
    }
  }

  function showTyping() {
    el.typing.querySelector(".typing-text").textContent = t("typing");
    el.typing.hidden = false;
    window.clearTimeout(typingTimer);
    typingTimer = window.setTimeout(function () {
      hideTyping();
      record({ role: "system", key: "noAnswer" });
    }, TYPING_TIMEOUT_MS);
  }

  function hideTyping() {
    window.clearTimeout(typingTimer);
    el.typing.hidden = true;
  }

  /* While a person has the conversation, "… schreibt" shows exactly while they type: the inbox page signals it
     (debounced) and the API streams it here; nothing is shown on a timer. */
  function setWithPerson(value) {
    withPerson = value;
    if (value && !agentTyping) {
      listenToAgentTyping();
    } else if (!value && agentTyping) {
      agentTyping.close();
      agentTyping = null;
      hideTyping();
    }
  }

  function listenToAgentTyping() {
    if (typeof window.EventSource !== "function") {
      return;
    }
    var source = new window.EventSource("api/chat/typing?session_id=" + encodeURIComponent(sessionId));
    agentTyping = source;
    source.addEventListener("typing", function (event) {
      var data;
      try {
        data = JSON.parse(event.data);
      } catch (e) {
        return;
      }
      if (source !== agentTyping || !withPerson) {
        return;
      }
      if (data && data.typing) {
        var name = typeof data.agent === "string" && data.agent ? data.agent.slice(0, 64) : t("person");
        window.clearTimeout(typingTimer);
        el.typing.querySelector(".typing-text").textContent = name + " " + t("agentTyping");
        el.typing.hidden = false;
      } else {
        hideTyping();
      }
    });
  }

  function setConnection(state) {
    ready = state === "online";
    el.connection.setAttribute("data-state", state);
    el.connectionText.textContent = t(state === "offline" ? "offlineShort" : state);
    el.offline.hidden = state !== "offline";
    updateComposer();
  }

  function updateComposer() {
    var length = el.input.value.length;
    el.counter.textContent = length + " / " + maxChars;
    el.counter.classList.toggle("near-limit", length >= maxChars * 0.9);
    el.send.disabled = !ready || !el.input.value.trim();
  }

  function autoGrow() {
    el.input.style.height = "auto";
    el.input.style.height = el.input.scrollHeight + "px";
  }

  function sendMessage(payload, shownText) {
    if (!ready || !socket) {
      return false;
    }
    retireChoices(false);
    record({ role: "user", text: shownText });
    socket.emit("user_uttered", { message: payload, session_id: sessionId });
    if (!withPerson) {
      showTyping();     /* the bot answers at once; a person's typing comes from their own signal */
    }
    return true;
  }

  function submitInput() {
    var text = el.input.value.trim();
    if (!text || text.length > maxChars) {
      return;
    }
    if (sendMessage(text, text)) {
      el.input.value = "";
      autoGrow();
      updateComposer();
    }
  }

  function startNewConversation() {
    hideTyping();
    sessionId = newSessionId();
    history = [];
    saveHistory();
    lastBotRow = null;
    setWithPerson(false);
    Array.prototype.slice.call(el.log.children).forEach(function (child) {
      if (child !== el.welcome) {
        el.log.removeChild(child);
      }
    });
    el.welcome.hidden = false;
    if (socket) {
      /* A fresh socket leaves the old session's room, so late answers to it cannot leak in. */
      socket.disconnect();
      setConnection("connecting");
      socket.connect();
    }
    el.input.focus();
  }

  function connect(config) {
    if (typeof window.io !== "function") {
      setConnection("offline");
      return;
    }
    var transports = ["websocket", "polling"];
    socket = window.io(config.socket_url, {
      path: config.socket_path,
      transports: transports,
      reconnectionDelayMax: 10000
    });
    socket.on("connect", function () {
      socket.emit("session_request", { session_id: sessionId });
    });
    socket.on("session_confirm", function (data) {
      var confirmed = typeof data === "string" ? data : data && data.session_id;
      if (confirmed && confirmed !== sessionId) {
        sessionId = confirmed;
        storageSet(STORAGE_SESSION, sessionId);
        saveHistory();
        if (withPerson) {
          setWithPerson(false);
          setWithPerson(true);
        }
      }
      setConnection("online");
    });
    socket.on("bot_uttered", onBotMessage);
    socket.on("disconnect", function (reason) {
      hideTyping();
      if (reason !== "io client disconnect") {
        setConnection("offline");
      }
    });
    /* WebSocket needs no CORS from Rasa, polling does; alternating lets whichever the network
       allows win instead of retrying a blocked transport forever. */
    socket.on("connect_error", function () {
      transports.reverse();
      socket.io.opts.transports = transports.slice();
      setConnection("offline");
    });
  }

  function loadConfig() {
    var fallback = {
      socket_url: window.location.protocol + "//" + window.location.hostname + ":5005",
      socket_path: "/socket.io"
    };
    return window.fetch("chat/config.json", { cache: "no-store" }).then(function (response) {
      return response.ok ? response.json() : fallback;
    }).catch(function () {
      return fallback;
    });
  }

  function applyConfig(config) {
    if (config.german_form === "sie") {
      Object.keys(GERMAN_SIE).forEach(function (key) { STRINGS.de[key] = GERMAN_SIE[key]; });
      translatePage();
    }
    if (Number(config.max_message_chars) > 0) {
      maxChars = Number(config.max_message_chars);
      el.input.setAttribute("maxlength", String(maxChars));
    }
    updateComposer();
    connect(config);
  }

  el.form.addEventListener("submit", function (event) {
    event.preventDefault();
    submitInput();
  });
  el.input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      submitInput();
    }
  });
  el.input.addEventListener("input", function () {
    autoGrow();
    updateComposer();
  });
  el.newConversation.addEventListener("click", startNewConversation);

  translatePage();
  restoreHistory();
  updateComposer();
  loadConfig().then(applyConfig);
})();
