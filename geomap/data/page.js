/* geomap page script: draws the basemap, the places and the events, and steps the timeline.
   The data format is described in geomap/pages/timeline.py. Plain ES5, no dependencies
   besides Leaflet. */
(function () {
  "use strict";
  var ARROW = "\u27a4", CUT = "\u2715", LINK = "\u2295";
  var GLYPHS = {capture: "\u2691", advance: "\u279c", withdrawal: "\u21a9", cut_route: "\u2715",
    siege: "\u25ce", attack: "\u2738", airstrike: "\u2708", link_up: "\u2295", planned: "\u22ef"};
  var FLAG_APPROX = 1, FLAG_PLAN = 2, FLAG_BG = 4, FEW = 300;

  function el(id) { return document.getElementById(id); }

  function drawBasemap(map, base) {
    map.createPane("gm-base").style.zIndex = 150;  // under the tiles (200): shows when they fail
    L.geoJSON(base, {
      pane: "gm-base", interactive: false,
      style: function (f) {
        return f.properties.kind === "river"
          ? {color: "#6a9fc9", weight: f.properties.name ? 2.5 : 1.2, fill: false}
          : {color: "#8a8170", weight: 1, fillColor: "#f3efe4", fillOpacity: 1,
             className: "gm-country gm-c-" + f.properties.id};
      }
    }).addTo(map);
    map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    map.attributionControl.addAttribution("Basemap: Natural Earth");
  }

  function drawPlaces(map, places, labelled, canvas) {
    // With no events yet, the places are the map: their names are written on it; otherwise
    // one tooltip, shared, names the place under the pointer. They share the canvas of the
    // faded events (drawn first, so under them): one element for all, and the group is
    // filled before it goes on the map.
    var group = L.featureGroup();
    function text(p) { return escapeText(p[2] + " \u00b7 named in " + p[3] + (p[3] === 1 ? " article" : " articles")); }
    places.forEach(function (p) {
      var mark = L.circleMarker([p[0], p[1]], {renderer: canvas, radius: 4, weight: 1, color: "#555", fillColor: "#fff",
        fillOpacity: 1, place: p});
      if (labelled) mark.bindTooltip(text(p), {permanent: true, direction: "right", className: "gm-place-label"});
      mark.addTo(group);
    });
    if (!labelled) group.bindTooltip(function (layer) { return text(layer.options.place); });
    return group.addTo(map);
  }

  function angle(map, a, b) {
    // Screen angle of the segment a -> b; Mercator is conformal, so any zoom gives the same.
    var p = map.project(a, 8), q = map.project(b, 8);
    return Math.atan2(q.y - p.y, q.x - p.x) * 180 / Math.PI;
  }

  function icon(cls, text, colour, rotate, filled) {
    var style = (filled ? "color:#fff;background:" : "background:#fff;color:") + colour + ";border-color:" + colour;
    if (rotate !== undefined) style = "color:" + colour + ";transform:rotate(" + rotate.toFixed(1) + "deg)";
    return L.divIcon({className: "gm-icon " + cls, iconSize: null,
      html: '<span style="' + style + '">' + text + "</span>"});
  }

  function labelIcon(text) {
    return L.divIcon({className: "gm-label", iconSize: null, html: "<span>" + escapeText(text) + "</span>"});
  }

  function labelAt(shape, g) {
    if (shape === "point" || shape === "siege") return [g[0], g[1]];
    if (shape === "movement") return g[1];
    return [(g[0][0] + g[1][0]) / 2, (g[0][1] + g[1][1]) / 2];
  }

  function popupText(D, row) { return function () { return D.texts[row[9]]; }; }

  function buildRich(map, D, row) {
    // What happened on the date shown: SVG with glyphs, arrows and a name, drawn strongly.
    var shape = D.shapes[row[1]], kind = D.kinds[row[2]], status = D.statuses[row[3]];
    var colour = D.actors[row[4]][1], flags = row[7], g = row[8];
    var cls = "gm-f gm-new gm-k-" + kind + " gm-s-" + status + (flags & FLAG_PLAN ? " gm-plan" : "") +
      (flags & FLAG_APPROX ? " gm-approx" : "");
    var parts = [], opts = {color: colour, fillColor: colour, weight: 6, className: cls};
    var halo = {radius: 20000, className: "gm-halo gm-new", color: colour, weight: 0, fillOpacity: 0.18};
    if (shape === "point") {
      if (flags & FLAG_APPROX) parts.push(L.circle(g, halo));
      var filled = status === "reported" && !(flags & FLAG_PLAN);
      parts.push(L.marker(g, {icon: icon("gm-pt " + cls, GLYPHS[kind], colour, undefined, filled), keyboard: false, zIndexOffset: 1000}));
    } else if (shape === "siege") {
      // A ring a reader can see at the campaign's scale: 26 px in radius at any zoom.
      parts.push(L.circleMarker([g[0], g[1]], L.extend({radius: 26, fill: false, weight: 8}, opts)));
    } else {
      parts.push(L.polyline(g, opts));
      var mid = [(g[0][0] + g[1][0]) / 2, (g[0][1] + g[1][1]) / 2], ang = angle(map, g[0], g[1]);
      var mark = {movement: ["gm-arrow ", ARROW, g[1], ang], cut: ["gm-cut ", CUT, mid], link: ["gm-link ", LINK, mid]}[shape];
      if (mark) parts.push(L.marker(mark[2], {icon: icon(mark[0] + cls, mark[1], colour, mark[3]), keyboard: false, zIndexOffset: 1000}));
      if (flags & FLAG_APPROX) parts.push(L.circle(g[1], halo));
    }
    var label = D.texts[row[10]];
    if (label) parts.push(L.marker(labelAt(shape, g), {icon: labelIcon(label), keyboard: false, interactive: false, zIndexOffset: 900}));
    return L.featureGroup(parts).bindPopup(popupText(D, row), {maxWidth: 340});
  }

  function buildLight(D, row, st, canvas) {
    // What still holds from earlier (or came before the campaign): faded, on one canvas, so
    // thousands of them cost little; the name shows on hover.
    var shape = D.shapes[row[1]], status = D.statuses[row[3]], flags = row[7], g = row[8];
    var ctx = st === "ctx", colour = ctx ? "#777777" : D.actors[row[4]][1];
    var plan = flags & FLAG_PLAN || status === "planned";
    var dash = ctx ? "2 6" : plan ? "1 6" : status === "claimed" ? "8 6" : status === "denied" ? "1 10" : null;
    var o = {renderer: canvas, color: colour, fillColor: colour, opacity: 0.5, weight: 3, dashArray: dash,
      fillOpacity: status === "reported" && !plan && !ctx ? 0.45 : 0};
    var layer;
    if (shape === "point") layer = L.circleMarker(g, L.extend(o, {radius: 7}));
    else if (shape === "siege") layer = L.circleMarker([g[0], g[1]], L.extend(o, {radius: 22, fill: false, weight: 5}));
    else layer = L.polyline(g, o);
    var label = D.texts[row[10]];
    // Names stay written on a small campaign's map; on a big one they show on hover.
    if (label && !ctx) layer.bindTooltip(escapeText(label), D.f.length <= FEW ? {permanent: true, direction: "right", className: "gm-held-label"} : {});
    return layer.bindPopup(popupText(D, row), {maxWidth: 340});
  }

  function Timeline(map, D, canvas) {
    this.map = map; this.D = D; this.n = D.slices.length;
    this.canvas = canvas;
    this.groups = {"new": L.layerGroup().addTo(map), held: L.layerGroup().addTo(map), ctx: L.layerGroup().addTo(map)};
    this.rich = []; this.light = []; this.state = []; this.current = -1;
    this.byStart = []; this.byEnd = []; this.heldCount = [];
    for (var i = 0; i <= this.n; i++) { this.byStart.push([]); this.byEnd.push([]); this.heldCount.push(0); }
    var self = this;
    D.f.forEach(function (row, fi) {
      self.rich.push(null); self.light.push(null); self.state.push(null);
      if (row[7] & FLAG_BG) return;
      if (row[5] >= 0 && row[5] <= self.n) self.byStart[row[5]].push(fi);
      if (row[6] >= 0 && row[6] <= self.n) self.byEnd[row[6]].push(fi);
      if (row[6] > row[5] + 1) {  // held on slices s0 + 1 .. s1 - 1: a difference array
        self.heldCount[Math.max(row[5] + 1, 0)] += 1;
        self.heldCount[Math.min(row[6], self.n)] -= 1;
      }
    });
    for (var k = 1; k <= this.n; k++) this.heldCount[k] += this.heldCount[k - 1];
  }

  Timeline.prototype.stateAt = function (fi, i) {
    var row = this.D.f[fi];
    if (this.D.shapes[row[1]] === "unplaced") return null;
    if (row[7] & FLAG_BG) return "ctx";
    if (row[5] <= i && i < row[6]) return row[5] === i ? "new" : "held";
    return null;
  };

  Timeline.prototype.layerFor = function (fi, st) {
    var row = this.D.f[fi];
    if (st === "new") return this.rich[fi] || (this.rich[fi] = buildRich(this.map, this.D, row));
    return this.light[fi] || (this.light[fi] = buildLight(this.D, row, st, this.canvas));
  };

  Timeline.prototype.apply = function (fi, st) {
    var old = this.state[fi];
    if (old === st) return;
    if (old) this.groups[old].removeLayer(this.layerFor(fi, old));
    if (st) this.groups[st].addLayer(this.layerFor(fi, st));
    this.state[fi] = st;
  };

  Timeline.prototype.candidates = function (from, to) {
    if (from < 0) return this.D.f.map(function (_r, fi) { return fi; });
    var lo = Math.min(from, to), hi = Math.max(from, to), out = [];
    for (var k = lo; k <= hi + 1 && k <= this.n; k++) {
      out.push.apply(out, this.byStart[k]); out.push.apply(out, this.byEnd[k]);
    }
    return out;
  };

  Timeline.prototype.show = function (i) {
    i = Math.max(0, Math.min(this.n - 1, i));
    var todo = this.candidates(this.current, i), self = this;
    todo.forEach(function (fi) { self.apply(fi, self.stateAt(fi, i)); });
    this.current = i;
    return i;
  };

  Timeline.prototype.drawn = function () {
    var out = [], D = this.D;
    this.state.forEach(function (st, fi) { if (st) out.push({id: D.f[fi][0], state: st}); });
    return out;
  };

  function captionHtml(T, i) {
    var D = T.D, s = D.slices[i], held = T.heldCount[i], ended = 0;
    var items = T.byStart[i].map(function (fi) {
      var row = D.f[fi];
      return '<li class="gm-item gm-s-' + D.statuses[row[3]] + '">' + D.texts[row[9]] + "</li>";
    });
    T.byEnd[i].forEach(function (fi) { if (D.f[fi][6] - D.f[fi][5] > 1) ended += 1; });
    var phase = s[2] >= 0 ? '<p class="gm-phase">' + escapeText(D.phases[s[2]]) + "</p>" : "";
    var html = phase + "<h2>" + escapeText(s[1]) + "</h2>" + (s[3] ? '<p class="gm-summary">' + escapeText(s[3]) + "</p>" : "");
    html += '<ol class="gm-items">' + items.join("") + "</ol>";
    if (held) html += '<p class="gm-still">Faded on the map: ' + held + (held === 1 ? " earlier event that still holds." : " earlier events that still hold.") + "</p>";
    if (ended) html += '<p class="gm-still">No longer shown: ' + ended + " (ended by this date's events).</p>";
    return html;
  }

  var ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\u00a0": "&nbsp;"};

  function escapeText(text) {
    // What a text node's innerHTML would give, without making one.
    return String(text).replace(/[&<>\u00a0]/g, function (c) { return ESCAPES[c]; });
  }

  function fit(map, D) {
    // Frame the campaign: the events (or, with none, the places) inside the basemap's region.
    var pts = [], box = D.base.bbox;
    function inRegion(p) { return p[1] >= box[0] && p[0] >= box[1] && p[1] <= box[2] && p[0] <= box[3]; }
    D.f.forEach(function (row) {
      var g = row[8], shape = D.shapes[row[1]];
      if (!g || row[7] & FLAG_BG) return;
      if (shape === "point" || shape === "siege") pts.push([g[0], g[1]]); else pts.push(g[0], g[1]);
    });
    if (!pts.length) D.places.forEach(function (p) { pts.push([p[0], p[1]]); });
    var near = pts.filter(inRegion);
    if (near.length) pts = near;
    // Room on the right for the names written beside the marks.
    // At once, not animated: the layers are then drawn once, at the view they are seen at.
    if (pts.length > 1) map.fitBounds(pts, {paddingTopLeft: [24, 24], paddingBottomRight: [96, 24], maxZoom: 9, animate: false});
    else if (pts.length === 1) map.setView(pts[0], 9, {animate: false});
  }

  function Controls(T, map) {
    this.T = T; this.map = map; this.timer = null; this.hashTimer = null;
    this.slider = el("gm-slider"); this.caption = el("gm-caption");
    this.links = document.querySelectorAll(".gm-dates a");
    this.strip = this.links.length ? this.links[0].parentNode.parentNode.parentNode : null;
    this.marked = -1;
    this.spans = null;  // [left, width] of each date link in the strip, measured once
  }

  Controls.prototype.measure = function () {
    // Where each date link sits in the strip and how wide the strip is: read once (after
    // load, and again after a resize), so that a step reads no layout.
    var strip = this.strip, spans = [], origin = strip.getBoundingClientRect().left - strip.scrollLeft;
    for (var k = 0; k < this.links.length; k++) {
      var box = this.links[k].getBoundingClientRect();
      spans.push([box.left - origin, box.width]);
    }
    this.spans = spans; this.view = strip.clientWidth; this.scroll = strip.scrollLeft;
    this.room = strip.scrollWidth - strip.clientWidth;
  };

  Controls.prototype.reveal = function (i) {
    // Centre the date's link in the strip only when it is not wholly in view, scrolling the
    // strip itself; positions come from the cache, not from the page's layout.
    var self = this;
    if (!this.strip) return;
    if (!this.spans) {  // measured once the frame is painted, when reading layout costs nothing
      if (!this.measuring) {
        this.measuring = true;
        requestAnimationFrame(function () { setTimeout(function () {
          self.measuring = false; self.measure(); self.reveal(self.T.current);
        }, 0); });
      }
      return;
    }
    // In the frame that shows the step: a scroll lays out what the frame lays out anyway.
    requestAnimationFrame(function () {
      if (!self.spans) return;
      if (self.scroll === null) self.scroll = self.strip.scrollLeft;  // the reader scrolled it
      var span = self.spans[i];
      if (!span || self.room <= 0) return;
      if (span[0] >= self.scroll && span[0] + span[1] <= self.scroll + self.view) return;
      var to = Math.max(0, Math.min(self.room, Math.round(span[0] - (self.view - span[1]) / 2)));
      if (to === self.scroll) return;
      self.scroll = to; self.own = true;
      self.strip.scrollLeft = to;
    });
  };

  Controls.prototype.wireStrip = function () {
    var self = this;
    if (!this.strip) return;
    this.strip.addEventListener("scroll", function () {
      if (self.own) self.own = false; else self.scroll = null;  // read when next needed
    }, {passive: true});
    window.addEventListener("resize", function () { self.spans = null; });
  };

  Controls.prototype.remember = function (key) {
    // The address follows the date shown, once stepping pauses (writing it costs a few ms).
    var self = this;
    if (this.hashTimer) clearTimeout(this.hashTimer);
    this.hashTimer = setTimeout(function () {
      self.hashTimer = null;
      if (location.hash.slice(1) === key) return;
      try { history.replaceState(null, "", "#" + key); } catch (e) { /* a sandboxed frame */ }
    }, 300);
  };

  Controls.prototype.go = function (i, fromHash) {
    var T = this.T;
    if (!T.n) return;
    i = T.show(i);
    var s = T.D.slices[i];
    this.caption.innerHTML = captionHtml(T, i);
    if (this.slider) {
      this.slider.setAttribute("aria-valuenow", String(i + 1));
      this.slider.setAttribute("aria-valuetext", s[1]);
      var pct = T.n > 1 ? (100 * i / (T.n - 1)) : 100;
      this.slider.style.setProperty("--gm-pos", pct.toFixed(2) + "%");
    }
    if (this.marked !== i) {
      if (this.links[this.marked]) this.links[this.marked].removeAttribute("aria-current");
      if (this.links[i]) this.links[i].setAttribute("aria-current", "step");
      this.marked = i;
    }
    this.reveal(i);
    if (fromHash && this.hashTimer) { clearTimeout(this.hashTimer); this.hashTimer = null; }
    else if (!T.D.frozen && !fromHash) this.remember(s[0]);
    document.title = document.title.replace(/ \u00b7 .*$/, "") + " \u00b7 " + s[1];
  };

  Controls.prototype.step = function (d) { this.stop(); this.go(this.T.current + d); };

  Controls.prototype.play = function () {
    var self = this, btn = el("gm-play");
    if (this.timer) { this.stop(); return; }
    if (this.T.current >= this.T.n - 1) this.go(0);
    btn.setAttribute("aria-pressed", "true"); btn.lastChild.textContent = "Pause";
    btn.firstChild.textContent = "\u275a\u275a";
    this.timer = setInterval(function () {
      if (self.T.current >= self.T.n - 1) self.stop(); else self.go(self.T.current + 1);
    }, 2500);
  };

  Controls.prototype.stop = function () {
    var btn = el("gm-play");
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (btn) {
      btn.setAttribute("aria-pressed", "false"); btn.lastChild.textContent = "Play";
      btn.firstChild.textContent = "\u25b6";
    }
  };

  Controls.prototype.indexOf = function (key) {
    var slices = this.T.D.slices;
    for (var i = 0; i < slices.length; i++) if (slices[i][0] === key) return i;
    return -1;
  };

  Controls.prototype.onKey = function (ev) {
    var t = ev.target, tag = t && t.tagName;
    if (ev.altKey || ev.ctrlKey || ev.metaKey || tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT") return;
    if (t && t.closest && t.closest(".leaflet-container")) return;  // arrows pan a focused map
    var keys = {ArrowRight: 1, ArrowDown: 1, PageDown: 1, ArrowLeft: -1, ArrowUp: -1, PageUp: -1};
    if (keys[ev.key]) { this.step(keys[ev.key]); ev.preventDefault(); }
    else if (ev.key === "Home") { this.stop(); this.go(0); ev.preventDefault(); }
    else if (ev.key === "End") { this.stop(); this.go(this.T.n - 1); ev.preventDefault(); }
  };

  Controls.prototype.onSlider = function (ev) {
    var box = this.slider.getBoundingClientRect();
    var frac = Math.max(0, Math.min(1, (ev.clientX - box.left) / Math.max(box.width, 1)));
    this.stop(); this.go(Math.round(frac * (this.T.n - 1)));
  };

  Controls.prototype.wire = function () {
    var self = this;
    if (!el("gm-prev")) return;
    el("gm-prev").addEventListener("click", function () { self.step(-1); });
    el("gm-next").addEventListener("click", function () { self.step(1); });
    el("gm-play").addEventListener("click", function () { self.play(); });
    this.slider.addEventListener("click", function (ev) { self.onSlider(ev); });
    document.addEventListener("keydown", function (ev) { self.onKey(ev); });
    var strip = document.querySelector(".gm-dates");
    if (strip) strip.addEventListener("click", function (ev) {
      // The link's own hash may be the address already (it follows steps after a pause).
      var a = ev.target.closest && ev.target.closest("a"), i = a ? self.indexOf(a.getAttribute("href").slice(1)) : -1;
      if (i >= 0) { self.stop(); self.go(i, true); }
    });
    window.addEventListener("hashchange", function () {
      var i = self.indexOf(location.hash.slice(1));
      if (i >= 0 && i !== self.T.current) { self.stop(); self.go(i, true); }
    });
  };

  function wireToggles(map, places, T) {
    var tiles = null;
    map.eachLayer(function (l) { if (l instanceof L.TileLayer) tiles = l; });
    var inputs = document.querySelectorAll(".gm-toggles input");
    for (var k = 0; k < inputs.length; k++) {
      inputs[k].addEventListener("change", function (ev) {
        var key = ev.target.getAttribute("data-layer"), on = ev.target.checked;
        if (key === "tiles" && tiles) { if (on) tiles.addTo(map); else map.removeLayer(tiles); }
        else if (key === "places") { if (on) places.addTo(map); else map.removeLayer(places); }
        else if (T.groups[key]) { if (on) T.groups[key].addTo(map); else map.removeLayer(T.groups[key]); }
      });
    }
  }

  function inflate(b64) {
    // A big campaign's feature table and texts travel deflated (base64): a third of the size.
    var text = atob(b64), bytes = new Uint8Array(text.length);
    for (var k = 0; k < text.length; k++) bytes[k] = text.charCodeAt(k);
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
    return new Response(stream).text().then(JSON.parse);
  }

  function start(map, D) {
    map.invalidateSize();
    fit(map, D);
    drawBasemap(map, D.base);
    map.createPane("gm-earlier").style.zIndex = 350;  // under the date's own marks (400)
    var canvas = L.canvas({padding: 0.3, pane: "gm-earlier"});
    var places = drawPlaces(map, D.places, !D.slices.length, canvas);
    var T = new Timeline(map, D, canvas);
    D.f.forEach(function (row, fi) { if (row[7] & FLAG_BG) T.apply(fi, T.stateAt(fi, 0)); });
    var C = new Controls(T, map);
    C.wire();
    C.wireStrip();
    wireToggles(map, places, T);
    var first = C.indexOf(location.hash.slice(1));
    if (T.n) C.go(first >= 0 ? first : 0, first >= 0);
    window.geomap = {
      data: D, map: map,
      show: function (i) { C.stop(); C.go(i); return T.current; },
      current: function () { return T.current; },
      drawn: function () { return T.drawn(); },
      shown: function (state) { return map.hasLayer(T.groups[state]); },
      timeline: T
    };
  }

  window.geomapPage = function (map, dataId) {
    var D = JSON.parse(el(dataId).textContent);
    if (!D.packed) { start(map, D); return; }
    if (typeof DecompressionStream === "undefined") {
      el("gm-caption").textContent = "This browser is too old to show the captions of this map; " +
        "open it in a current Firefox, Chrome, Edge or Safari.";
      return;
    }
    inflate(D.packed).then(function (both) {
      D.f = both[0]; D.texts = both[1]; delete D.packed; start(map, D);
    });
  };
})();
