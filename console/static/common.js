/*
 * Shared by the staff pages (agent inbox, knowledge base): the sign-in form's fields, the bearer token, and the
 * API calls that carry it. Load it before the page's own script; it defines window.Tandem.session.
 *
 * The token lives in sessionStorage under one key for both pages, so signing in on one signs in on the other; it
 * ends with the tab, and it is sent explicitly (no cookies, so no cross-site request can act as the user). Any
 * 401 but the sign-in's own shows the sign-in form again. Text is put on the page with textContent only.
 */
(function () {
  "use strict";

  var TOKEN_KEY = "tandem.inbox.token";
  var LOGIN_PATH = "/api/auth/login";
  var LOGIN_FIELDS = [
    ["label", { "for": "login-name" }, "Name"],
    ["input", { id: "login-name", name: "username", autocomplete: "username", required: "", maxlength: "64" }],
    ["label", { "for": "login-password" }, "Password"],
    ["input", { id: "login-password", name: "password", type: "password", autocomplete: "current-password",
      required: "", maxlength: "1024" }],
    ["p", { id: "login-error", "class": "error", role: "alert", hidden: "" }],
    ["button", { type: "submit", id: "login-submit", "class": "primary" }, "Sign in"]
  ];

  function $(id) { return document.getElementById(id); }

  /* The page's #login-form holds its own heading and introduction; the fields are the same on every page. */
  function addLoginFields(form) {
    LOGIN_FIELDS.forEach(function (spec) {
      var node = document.createElement(spec[0]);
      Object.keys(spec[1]).forEach(function (name) { node.setAttribute(name, spec[1][name]); });
      if (spec[2]) { node.textContent = spec[2]; }
      form.appendChild(node);
    });
  }

  /*
   * Wires the sign-in form (#login-form, #login-view), #logout and #app-view of the page, and returns the session:
   *   request(method, path, body, isForm) -> Promise of { ok, status, data }, with the token attached;
   *   showLogin(message), signedOut(message), resume() (sign in again with a saved token, or show the form);
   *   token and user (null while signed out).
   * options: unreachable (the error text when the server does not answer), describe(detail) (an error's text),
   *   onSignedIn(user) (show the page), onSignedOut() (optional: stop what runs while signed in).
   */
  function session(options) {
    var current = { token: null, user: null };

    function request(method, path, body, isForm) {
      var headers = { Accept: "application/json" };
      if (current.token) { headers.Authorization = "Bearer " + current.token; }
      if (body !== undefined && !isForm) { headers["Content-Type"] = "application/json"; }
      return window.fetch(path, {
        method: method, headers: headers, cache: "no-store",
        body: body === undefined ? undefined : (isForm ? body : JSON.stringify(body))
      }).then(function (response) {
        return response.json().catch(function () { return null; }).then(function (data) {
          if (response.status === 401 && path !== LOGIN_PATH) { signedOut("Your session ended. Please sign in again."); }
          return { ok: response.ok, status: response.status, data: data };
        });
      }, function () {
        return { ok: false, status: 0, data: { detail: options.unreachable } };
      });
    }

    function showLogin(message) {
      $("app-view").hidden = true;
      $("login-view").hidden = false;
      $("login-error").hidden = !message;
      $("login-error").textContent = message || "";
      $("login-name").focus();
    }

    function signedOut(message) {
      if (options.onSignedOut) { options.onSignedOut(); }
      current.token = null;
      current.user = null;
      try { window.sessionStorage.removeItem(TOKEN_KEY); } catch (e) { /* storage may be disabled */ }
      showLogin(message);
    }

    function signedIn(user) {
      current.user = user;
      options.onSignedIn(user);
    }

    function login(event) {
      event.preventDefault();
      var name = $("login-name").value.trim();
      var password = $("login-password").value;
      if (!name || !password) { showLogin("Enter your name and password."); return; }
      $("login-submit").disabled = true;
      request("POST", LOGIN_PATH, { name: name, password: password }).then(function (result) {
        $("login-submit").disabled = false;
        if (!result.ok) {
          showLogin(result.status === 401 ? "Wrong name or password." : options.describe(result.data && result.data.detail));
          return;
        }
        $("login-password").value = "";
        current.token = result.data.token;
        try { window.sessionStorage.setItem(TOKEN_KEY, current.token); } catch (e) { /* tab-only session then */ }
        signedIn(result.data.user);
      });
    }

    function logout() {
      request("POST", "/api/auth/logout").then(function () { signedOut(""); });
    }

    function resume() {
      var saved = null;
      try { saved = window.sessionStorage.getItem(TOKEN_KEY); } catch (e) { saved = null; }
      if (saved) {
        current.token = saved;
        request("GET", "/api/auth/me").then(function (result) {
          if (result.ok) { signedIn(result.data); } else { signedOut(""); }
        });
      } else {
        showLogin("");
      }
    }

    addLoginFields($("login-form"));
    $("login-form").addEventListener("submit", login);
    $("logout").addEventListener("click", logout);
    current.request = request;
    current.showLogin = showLogin;
    current.signedOut = signedOut;
    current.resume = resume;
    return current;
  }

  window.Tandem = { session: session };
}());
