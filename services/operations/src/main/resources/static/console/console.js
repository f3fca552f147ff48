// The operator console: polls the service's JSON API and renders it. No libraries, no external resources.
(function () {
  'use strict';
  var POLL_MS = Number(new URLSearchParams(location.search).get('poll') || 3000);
  var TOKEN_KEY = 'polku.console.token';
  var selected = null;
  var timer = null;
  var shown = {};

  // the DOM is rebuilt only when the data changed: no flicker, and what a reader holds stays in the page
  function changed(key, data) {
    var json = JSON.stringify(data);
    if (shown[key] === json) { return false; }
    shown[key] = json;
    return true;
  }

  function log(message) {
    var line = new Date().toISOString() + ' ' + message;
    var el = document.getElementById('log');
    el.textContent = (line + '\n' + el.textContent).slice(0, 5000);
    if (window.console) { window.console.log('[console] ' + message); }
  }

  window.addEventListener('error', function (e) { log('error: ' + e.message); });

  function token() { return sessionStorage.getItem(TOKEN_KEY); }

  // a token in the fragment (#token=...) never reaches a server or a log; it is kept for this tab only
  function takeTokenFromFragment() {
    var match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
    if (match) {
      sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]).trim());
      history.replaceState(null, '', location.pathname + location.search);
    }
  }

  function status(state, text) {
    var el = document.getElementById('status');
    el.dataset.state = state;
    el.textContent = text;
  }

  function showLogin(reason) {
    if (timer) { clearTimeout(timer); timer = null; }
    document.getElementById('login-reason').textContent = reason;
    document.getElementById('login').hidden = false;
    document.getElementById('console').hidden = true;
    status('login', 'needs a token');
  }

  function api(path) {
    return fetch(path, { headers: { 'Authorization': 'Bearer ' + token(), 'Accept': 'application/json' } })
      .then(function (response) {
        if (response.status === 401 || response.status === 403) {
          var error = new Error('the token was refused (' + response.status + ')');
          error.login = true;
          throw error;
        }
        if (!response.ok) { throw new Error(path + ' answered ' + response.status); }
        return response.json();
      });
  }

  function cell(row, text, className) {
    var td = document.createElement('td');
    td.textContent = text === null || text === undefined ? '' : String(text);
    if (className) { td.className = className; }
    row.appendChild(td);
    return td;
  }

  function link(row, id, label) {
    var td = cell(row, '');
    if (id) {
      var a = document.createElement('a');
      a.textContent = label || id;
      a.dataset.household = id;
      a.addEventListener('click', function () { select(id); });
      td.appendChild(a);
    }
    return td;
  }

  function fill(tableId, items, render, emptyText) {
    var body = document.querySelector('#' + tableId + ' tbody');
    body.textContent = '';
    if (!items.length) {
      var row = body.insertRow();
      var td = cell(row, emptyText, 'empty');
      td.colSpan = 8;
      return;
    }
    items.forEach(function (item) {
      var row = body.insertRow();
      render(row, item);
    });
  }

  function time(instant) { return instant ? instant.replace('T', ' ').replace(/\.\d+Z$/, 'Z') : ''; }

  function render(o) {
    var data = Object.assign({}, o);
    delete data.generatedAt;
    if (!changed('overview', data)) { return; }
    var max = Math.max.apply(null, o.funnel.map(function (s) { return s.households; }).concat([1]));
    document.getElementById('total').textContent = o.households + ' households';
    fill('funnel', o.funnel, function (row, s) {
      row.dataset.stage = s.stage;
      cell(row, s.stage);
      cell(row, s.households, 'count');
      var bar = cell(row, '', 'bar');
      var div = document.createElement('div');
      div.style.width = Math.round(300 * s.households / max) + 'px';
      bar.appendChild(div);
    }, '');
    document.getElementById('target').textContent = 'target from permit to assignment: ' + o.target;
    fill('past-target', o.pastTarget, function (row, h) {
      row.dataset.household = h.householdId;
      link(row, h.caseId || h.householdId, h.caseId);
      cell(row, h.householdId);
      cell(row, h.stage);
      cell(row, h.municipality);
      cell(row, h.permitDate);
      cell(row, h.daysSincePermit, 'count');
    }, 'none');
    document.getElementById('places-year').textContent = o.placesYear;
    fill('places', o.placesByRegion, function (row, r) {
      row.dataset.region = r.region;
      cell(row, r.region + ' ' + r.name);
      cell(row, r.municipalities, 'count');
      cell(row, r.confirmedPlaces, 'count');
      cell(row, r.peopleAssigned, 'count');
    }, 'no agreements yet');
    document.getElementById('dead-letter-count').textContent = o.deadLetterCount + ' in all';
    fill('dead-letters', o.deadLetters, function (row, d) {
      row.dataset.eventType = d.eventType;
      cell(row, time(d.time));
      cell(row, d.originalTopic);
      cell(row, d.consumer);
      cell(row, d.eventType);
      cell(row, d.reason);
    }, 'none');
    fill('failed-notifications', o.failedNotifications, function (row, n) {
      cell(row, time(n.at));
      cell(row, n.recipient);
      cell(row, n.channel);
      cell(row, n.notificationId);
    }, 'none');
    fill('recent', o.recent, function (row, h) {
      row.dataset.household = h.householdId;
      link(row, h.householdId);
      cell(row, h.caseId);
      cell(row, h.route);
      cell(row, h.stage);
      cell(row, h.municipality);
      cell(row, time(h.lastEventAt));
    }, 'no households yet');
  }

  function renderTimeline(t) {
    if (!changed('timeline', t)) { return; }
    document.getElementById('timeline-panel').hidden = false;
    document.getElementById('timeline-of').textContent = t.household.caseId
      ? 'case ' + t.household.caseId : 'household ' + t.household.householdId;
    document.getElementById('timeline-stage').textContent = t.household.stage
      + (t.pastTarget ? ', past its target' : '');
    fill('timeline', t.timeline, function (row, e) {
      row.dataset.type = e.type;
      cell(row, time(e.time));
      cell(row, e.type);
      cell(row, e.source);
      cell(row, e.summary);
    }, 'no events');
  }

  function select(id) {
    selected = id;
    log('timeline of ' + id);
    api('/api/v1/console/households/' + encodeURIComponent(id)).then(renderTimeline).catch(failed);
  }

  function failed(error) {
    log('failed: ' + error.message);
    if (error.login) {
      sessionStorage.removeItem(TOKEN_KEY);
      shown = {};
      showLogin('The token was refused (expired, or not an operator or coordinator). Paste a new one.');
    } else {
      status('error', 'update failed: ' + error.message + '; retrying');
    }
  }

  function refresh() {
    timer = null;
    var calls = [api('/api/v1/console/overview').then(render)];
    if (selected) { calls.push(api('/api/v1/console/households/' + encodeURIComponent(selected)).then(renderTimeline)); }
    Promise.all(calls).then(function () {
      status('ok', 'updated ' + new Date().toLocaleTimeString());
      document.getElementById('status').dataset.updated = String(Date.now());
    }).catch(failed).then(function () {
      if (token() && !timer) { timer = setTimeout(refresh, POLL_MS); }
    });
  }

  function start() {
    document.getElementById('login').hidden = true;
    document.getElementById('console').hidden = false;
    status('loading', 'loading…');
    refresh();
  }

  document.getElementById('login-form').addEventListener('submit', function (e) {
    e.preventDefault();
    var value = document.getElementById('token-input').value.trim();
    if (value) {
      sessionStorage.setItem(TOKEN_KEY, value);
      start();
    }
  });

  takeTokenFromFragment();
  if (token()) { start(); } else { showLogin('The console reads its data with a bearer token of an operator or a placement coordinator.'); }
  log('console loaded, polling every ' + POLL_MS + ' ms');
})();
