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
    // With no events yet, the places are the map: their names are written on it. Otherwise
    // they are dots under the events, all one layer (Dots) on a canvas of their own, which a
    // step leaves as it is; one tooltip names the place under the pointer when no event is
    // there (the events' canvas, on top, takes the pointer: the map hears of it when it
    // passes over no event).
    function text(p) { return escapeText(p[2] + " \u00b7 named in " + p[3] + (p[3] === 1 ? " article" : " articles")); }
    var style = {renderer: canvas, radius: 4, weight: 1, color: "#555", fillColor: "#fff", fillOpacity: 1};
    if (labelled) {
      var group = L.featureGroup();
      places.forEach(function (p) {
        L.circleMarker([p[0], p[1]], style)
          .bindTooltip(text(p), {permanent: true, direction: "right", className: "gm-place-label"}).addTo(group);
      });
      return group.addTo(map);
    }
    map.createPane("gm-places").style.zIndex = 340;  // under the events (350)
    var own = new SpriteCanvas({padding: 0.1, pane: "gm-places", still: true});
    var dots = new Dots(places, L.extend({}, style, {renderer: own, interactive: false}));
    var tip = L.tooltip(), shown = -1;
    dots.hide = function () { if (shown >= 0) { map.closeTooltip(tip); shown = -1; } };
    map.on("mousemove", function (e) {
      if (!map.hasLayer(dots) || !dots._containsPoint(e.layerPoint)) { dots.hide(); return; }
      if (dots.hit === shown) return;
      shown = dots.hit;
      map.openTooltip(tip.setLatLng(dots.getLatLng()).setContent(text(dots.place())));
    });
    map.on("mouseout", dots.hide);
    return dots.addTo(map);
  }

  function angle(map, a, b) {
    // Screen angle of the segment a -> b; Mercator is conformal, so any zoom gives the same.
    var p = map.project(a, 8), q = map.project(b, 8);
    return Math.atan2(q.y - p.y, q.x - p.x) * 180 / Math.PI;
  }

  var FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';
  var LABEL_FONT = "700 15px " + FONT, FADED_FONT = "12px " + FONT;

  // Glyphs and names are copied from small bitmaps, each made the first time its text and
  // style is drawn (TEXTS of them at most; past that they are written as before): writing
  // text on the canvas (its font parsed, its letters shaped and drawn, a halo stroked round
  // them) was most of a step's drawing, and the same place names and glyphs come back at
  // date after date.
  var TEXTS = 1000, texts = {}, textCount = 0, widths = {};  // a name's bitmap is about 10 KB

  function paper() {
    // The one off-screen canvas every sprite is drawn on, then taken from as a bitmap.
    return paper.canvas || (paper.canvas = new OffscreenCanvas(1, 1));
  }

  function textSprite(key, w, h, draw) {
    // The bitmap, w x h px, that draw(ctx) makes; null when there can be no more.
    if (key in texts) return texts[key];
    if (textCount >= TEXTS || typeof OffscreenCanvas === "undefined") return null;
    textCount += 1;
    var d = L.Browser.retina ? 2 : 1, c = paper();  // as Leaflet scales its canvas
    c.width = w * d; c.height = h * d;  // which clears it and its state
    var ctx = c.getContext("2d");
    ctx.scale(d, d);
    draw(ctx);
    return (texts[key] = {image: c.transferToImageBitmap(), w: w, h: h});
  }

  function writeGlyph(ctx, o, x, y) {
    ctx.font = "700 " + o.size + "px " + FONT; ctx.textAlign = "center"; ctx.textBaseline = "middle";
    ctx.fillStyle = o.ink; ctx.fillText(o.glyph, x, y + 1);
  }

  function writeName(ctx, o, x, y) {
    // Dark letters on a white halo, readable over any basemap.
    ctx.font = o.faded ? FADED_FONT : LABEL_FONT; ctx.textAlign = "left"; ctx.textBaseline = "middle";
    ctx.lineJoin = "round"; ctx.lineWidth = o.faded ? 3 : 4; ctx.strokeStyle = "#fff";
    if (ctx.setLineDash) ctx.setLineDash([]);
    ctx.strokeText(o.label, x, y); ctx.fillStyle = o.faded ? "#555" : "#1d1d1d"; ctx.fillText(o.label, x, y);
  }

  // A mark drawn on the shared canvas: the circle Leaflet draws (if stroked or filled), a
  // glyph in it (options.glyph in options.ink, options.size px, turned by options.turn
  // degrees) and a name written beside it (options.label, options.gap px to the right;
  // smaller and grey when options.faded). Canvas layers cost no DOM element, style or
  // layout each; clicks reach them through the canvas.
  var Mark = L.CircleMarker.extend({
    _updateBounds: function () {
      L.CircleMarker.prototype._updateBounds.call(this);
      var o = this.options, p = this._point, b = this._pxBounds, h;
      if (o.glyph) {
        h = o.size * 0.8 + 2;
        b.extend(p.subtract([h, h])); b.extend(p.add([h, h]));
      }
      if (o.label) {
        if (this._labelWidth === undefined) {
          var key = (o.faded ? "f" : "s") + o.label;
          if (!(key in widths)) {
            var ctx = this._renderer._ctx;
            ctx.save(); ctx.font = o.faded ? FADED_FONT : LABEL_FONT; widths[key] = ctx.measureText(o.label).width; ctx.restore();
          }
          this._labelWidth = widths[key];
        }
        var n = this.nameBox();
        b.extend(L.point(n[0] - 4, p.y - 14)); b.extend(L.point(n[2] + 4, p.y + 14));
      }
    },
    nameBox: function () {
      // Where the name is written, in layer pixels: [x0, y0, x1, y1]; null with none (yet).
      var o = this.options, p = this._point;
      if (!o.label || !p || this._labelWidth === undefined) return null;
      var x = p.x + (o.gap || 15), h = o.faded ? 7 : 9;
      return [x, p.y - h, x + this._labelWidth, p.y + h];
    },
    _updatePath: function () {
      var r = this._renderer, o = this.options, ctx = r._ctx, p = this._point, s, m;
      if (!r._drawing) return;
      if (o.stroke || o.fill) r._updateCircle(this);
      ctx.globalAlpha = 1;
      if (o.glyph) {
        m = Math.ceil(o.size * 0.8) + 2;  // half the bitmap's side
        s = textSprite("g" + o.size + o.ink + o.glyph, 2 * m, 2 * m, function (c) { writeGlyph(c, o, m, m); });
        if (o.turn || !s) {
          ctx.save();
          ctx.translate(p.x, p.y);
          if (o.turn) ctx.rotate(o.turn * Math.PI / 180);
          if (s) ctx.drawImage(s.image, -m, -m, 2 * m, 2 * m); else writeGlyph(ctx, o, 0, 0);
          ctx.restore();
        } else ctx.drawImage(s.image, Math.round(p.x) - m, Math.round(p.y) - m, 2 * m, 2 * m);
      }
      if (o.label && !this._labelHidden) {
        var x = this.nameBox()[0], pad = 3, h = o.faded ? 10 : 13, w = Math.ceil(this._labelWidth) + 2 * pad;
        s = textSprite((o.faded ? "f" : "s") + o.label, w, 2 * h, function (c) { writeName(c, o, pad, h); });
        if (s) ctx.drawImage(s.image, Math.round(x) - pad, Math.round(p.y) - h, w, 2 * h);
        else { ctx.save(); writeName(ctx, o, x, p.y); ctx.restore(); }
      }
    }
  });

  // The shared canvas draws each circle as a copy of a small picture of it (a sprite per
  // radius and style, an ImageBitmap each, made the first time the style is drawn): copying
  // pixels costs far less than drawing a round, anti-aliased, perhaps dashed outline, and a
  // step redraws thousands of circles. (One sheet of all sprites, copied into a new bitmap
  // whenever it gained one, cost a millisecond at each of the many steps that meet a new
  // style.) Circles sized in metres (the halos), big ones and any past SPRITES styles are
  // drawn as Leaflet draws them.
  //
  // A step redraws only where something changed: each layer added, removed or moved marks
  // its box (and a name that now shows or hides, its own), overlapping boxes are joined,
  // and only those boxes are cleared and drawn again, clipped to them. Leaflet redraws the
  // one box around all of them, which at a step's marks, spread over the map, is all of it.
  //
  // A canvas that a step leaves alone (options.still: the places) is drawn off screen and
  // handed to the canvas shown as a finished bitmap (a "bitmaprenderer" canvas): a 2D
  // canvas in the page is copied for the compositor in every frame the page paints,
  // changed or not (most of a millisecond at every step); a handed-over bitmap is passed on
  // once. The off-screen canvas is blank after each hand-over (and costs a new buffer), so
  // a redraw there draws everything in view: right for what is drawn once a view.
  var SPRITES = 2000;
  var SpriteCanvas = L.Canvas.extend({
    _initContainer: function () {
      var c = this._container = document.createElement("canvas");
      var shown = this.options.still && typeof OffscreenCanvas !== "undefined" && c.getContext("bitmaprenderer");
      if (!shown) { c = null; L.Canvas.prototype._initContainer.call(this); return; }
      L.DomEvent.on(c, "mousemove", this._onMouseMove, this);
      L.DomEvent.on(c, "click dblclick mousedown mouseup contextmenu", this._onClick, this);
      L.DomEvent.on(c, "mouseout", this._handleMouseOut, this);
      c._leaflet_disable_events = true;
      this._shown = shown;
      this._offscreen = new OffscreenCanvas(1, 1);
      this._ctx = this._offscreen.getContext("2d");
    },
    _update: function () {
      if (!this._offscreen) { L.Canvas.prototype._update.call(this); return; }
      if (this._map._animatingZoom && this._bounds) return;
      // As Leaflet sizes its canvas, the one drawn on sized alike (which resets its state).
      L.Renderer.prototype._update.call(this);
      var b = this._bounds, size = b.getSize(), m = L.Browser.retina ? 2 : 1, c = this._container;
      L.DomUtil.setPosition(c, b.min);
      c.width = this._offscreen.width = m * size.x; c.height = this._offscreen.height = m * size.y;
      c.style.width = size.x + "px"; c.style.height = size.y + "px";
      if (m === 2) this._ctx.scale(2, 2);
      this._ctx.translate(-b.min.x, -b.min.y);
      this._blank = true;
      this.fire("update");
    },
    _extendRedrawBounds: function (layer) {
      L.Canvas.prototype._extendRedrawBounds.call(this, layer);
      var b = layer._pxBounds, pad = (layer.options.weight || 0) + 3;  // Leaflet's margin, and 2 px
      if (b && !this._offscreen) {
        (this._dirty || (this._dirty = [])).push([b.min.x - pad, b.min.y - pad, b.max.x + pad, b.max.y + pad]);
      }
    },
    _redraw: function () {
      var rects = this._redrawBounds && this._dirty;
      this._dirty = null;
      if (this._offscreen) {
        this._redrawBounds = null;
        L.Canvas.prototype._redraw.call(this);
        this._shown.transferFromImageBitmap(this._offscreen.transferToImageBitmap());
        this._blank = true;
        return;
      }
      if (!rects) { L.Canvas.prototype._redraw.call(this); return; }
      this._redrawRequest = null;
      this._redrawBounds = null;
      this._placeNames(function (l) {  // a name that shows or hides is redrawn too
        var n = l.nameBox();
        rects.push([n[0] - 6, n[1] - 6, n[2] + 6, n[3] + 6]);
      });
      rects = joined(rects);
      var ctx = this._ctx, k, r;
      ctx.save();
      ctx.beginPath();
      for (k = 0; k < rects.length; k++) {
        r = rects[k];
        r[0] = Math.floor(r[0]); r[1] = Math.floor(r[1]); r[2] = Math.ceil(r[2]); r[3] = Math.ceil(r[3]);
        ctx.clearRect(r[0], r[1], r[2] - r[0], r[3] - r[1]);
        ctx.rect(r[0], r[1], r[2] - r[0], r[3] - r[1]);
      }
      ctx.clip();
      this._drawLayers(function (b) {
        for (var j = 0; j < rects.length; j++) {
          var q = rects[j];
          if (b.min.x <= q[2] && q[0] <= b.max.x && b.min.y <= q[3] && q[1] <= b.max.y) return true;
        }
        return false;
      });
      ctx.restore();
    },
    _drawLayers: function (within) {
      // Every layer in order, or those whose box is within(box).
      this._drawing = true;
      for (var order = this._drawFirst; order; order = order.next) {
        var l = order.layer;
        if (!within || (l._pxBounds && within(l._pxBounds))) l._updatePath();
      }
      this._drawing = false;
    },
    _clear: function () {
      if (!this._blank) L.Canvas.prototype._clear.call(this);
    },
    onAdd: function () {
      if (!this._offscreen) { L.Canvas.prototype.onAdd.call(this); return; }
      L.Renderer.prototype.onAdd.call(this);
      this._redraw();
    },
    _initPath: function (layer) {
      L.Canvas.prototype._initPath.call(this, layer);
      this._pick(layer);
    },
    _updateStyle: function (layer) {
      L.Canvas.prototype._updateStyle.call(this, layer);
      this._pick(layer);
    },
    _pick: function (layer) {
      var o = layer.options, r = Math.max(Math.round(o.radius), 1);
      layer._sprite = null;
      if (!(layer instanceof L.CircleMarker || layer instanceof Dots) || layer instanceof L.Circle || r > 40) return;
      var key = [r, o.stroke && o.weight, o.color, o.opacity, o.fill && (o.fillColor || o.color), o.fillOpacity,
        String(o._dashArray || o.dashArray || ""), o.lineCap].join("|");
      var sprites = this._sprites || (this._sprites = {});
      if (!(key in sprites)) sprites[key] = this._sprite(layer, r);
      layer._sprite = sprites[key];
    },
    _sprite: function (layer, r) {
      // A small bitmap of the circle, made once (null past SPRITES of them).
      var o = layer.options, h = Math.ceil(r + (o.stroke ? o.weight / 2 : 0) + 1), d = L.Browser.retina ? 2 : 1;
      this._spriteCount = (this._spriteCount || 0) + 1;
      if (this._spriteCount > SPRITES) return null;
      var off = typeof OffscreenCanvas !== "undefined", c = off ? paper() : document.createElement("canvas");
      c.width = c.height = 2 * h * d;  // which clears it and its state
      var ctx = c.getContext("2d");
      ctx.scale(d, d);  // as Leaflet scales its canvas
      ctx.beginPath(); ctx.arc(h, h, r, 0, 2 * Math.PI, false);
      this._fillStroke(ctx, layer);
      return {image: off ? c.transferToImageBitmap() : c, h: h};
    },
    _draw: function () {
      // Leaflet's, clipped to its one box if it has one, drawing as _drawLayers does.
      var b = this._redrawBounds, ctx = this._ctx;
      this._placeNames();
      this._blank = false;
      ctx.save();
      if (b) { ctx.beginPath(); ctx.rect(b.min.x, b.min.y, b.max.x - b.min.x, b.max.y - b.min.y); ctx.clip(); }
      this._drawLayers(b ? function (lb) { return lb.intersects(b); } : null);
      ctx.restore();
    },
    _placeNames: function (changed) {
      // A name is not written over another: the date's own names first, the one on top
      // first, then the faded names of what still holds, each only where no name is written
      // yet. What is not written is in the mark's popup and the caption. changed(layer) is
      // told of each name drawn before that now shows or hides.
      var strong = [], faded = [], boxes = [];
      for (var order = this._drawFirst; order; order = order.next) {
        var l = order.layer;
        if (l.nameBox && l.nameBox()) (l.options.faded ? faded : strong).push(l);
      }
      function place(l) {
        var b = l.nameBox(), was = l._labelHidden;
        l._labelHidden = boxes.some(function (c) { return b[0] < c[2] && c[0] < b[2] && b[1] < c[3] && c[1] < b[3]; });
        if (!l._labelHidden) boxes.push(b);
        if (changed && was !== undefined && was !== l._labelHidden) changed(l);
      }
      strong.reverse().forEach(place);
      faded.reverse().forEach(place);
    },
    written: function () {
      // The names written now, each with its box on the map's container: [name, x0, y0, x1, y1].
      var out = [], shift = this._map.layerPointToContainerPoint([0, 0]);
      for (var order = this._drawFirst; order; order = order.next) {
        var l = order.layer, b = l.nameBox && !l._labelHidden && l.nameBox();
        if (b) out.push([l.options.label, b[0] + shift.x, b[1] + shift.y, b[2] + shift.x, b[3] + shift.y]);
      }
      return out;
    },
    _updateDots: function (layer) {
      if (!this._drawing || layer._empty()) return;
      var s = layer._sprite, pts = layer._pts, ctx = this._ctx, k;
      if (!s) {
        var r = Math.max(Math.round(layer.options.radius), 1);
        for (k = 0; k < pts.length; k++) {
          ctx.beginPath(); ctx.arc(pts[k].x, pts[k].y, r, 0, 2 * Math.PI, false); this._fillStroke(ctx, layer);
        }
        return;
      }
      ctx.globalAlpha = 1;
      for (k = 0; k < pts.length; k++) ctx.drawImage(s.image, pts[k].x - s.h, pts[k].y - s.h, 2 * s.h, 2 * s.h);
    },
    _updateCircle: function (layer) {
      var s = layer._sprite;
      if (!s) { L.Canvas.prototype._updateCircle.call(this, layer); return; }
      if (!this._drawing || layer._empty()) return;
      var p = layer._point, ctx = this._ctx;
      ctx.globalAlpha = 1;
      ctx.drawImage(s.image, p.x - s.h, p.y - s.h, 2 * s.h, 2 * s.h);
    }
  });

  // Many small circles of one style (the places), drawn as one layer on a SpriteCanvas:
  // one object and one loop instead of a layer each; the circle under the pointer is found
  // by distance (its index in .hit, its place in .place()).
  var Dots = L.Path.extend({
    initialize: function (places, options) {
      L.setOptions(this, options);
      this._places = places;
      this._latlngs = places.map(function (p) { return L.latLng(p[0], p[1]); });
      this.hit = -1;
    },
    _project: function () {
      var map = this._map, pts = this._pts = [], bounds = new L.Bounds();
      for (var k = 0; k < this._latlngs.length; k++) {
        var q = map.latLngToLayerPoint(this._latlngs[k]);
        pts.push(q); bounds.extend(q);
      }
      var w = this.options.radius + this.options.weight + 1;
      this._pxBounds = pts.length ? new L.Bounds(bounds.min.subtract([w, w]), bounds.max.add([w, w])) : null;
    },
    _update: function () { if (this._map) this._updatePath(); },
    _empty: function () { return !this._pxBounds || !this._renderer._bounds.intersects(this._pxBounds); },
    _updatePath: function () { this._renderer._updateDots(this); },
    _containsPoint: function (p) {
      var best = -1, near = this.options.radius + this._clickTolerance() + 0.5, pts = this._pts;
      for (var k = 0; k < pts.length; k++) {
        var d = p.distanceTo(pts[k]);
        if (d <= near) { near = d; best = k; }
      }
      this.hit = best;
      return best >= 0;
    },
    getLatLng: function () { return this._latlngs[Math.max(this.hit, 0)]; },
    place: function () { return this._places[Math.max(this.hit, 0)]; }
  });

  function joined(rects) {
    // The rectangles [x0, y0, x1, y1], those that overlap joined into the box around them.
    var out = [];
    rects.forEach(function (r) {
      r = r.slice();
      for (var k = 0; k < out.length;) {
        var o = out[k];
        if (r[0] <= o[2] && o[0] <= r[2] && r[1] <= o[3] && o[1] <= r[3]) {
          r = [Math.min(r[0], o[0]), Math.min(r[1], o[1]), Math.max(r[2], o[2]), Math.max(r[3], o[3])];
          out.splice(k, 1); k = 0;  // grown, it may now meet one already passed
        } else k++;
      }
      out.push(r);
    });
    return out;
  }

  function labelAt(shape, g) {
    if (shape === "point" || shape === "siege") return [g[0], g[1]];
    if (shape === "movement") return g[1];
    return middle(g);
  }

  function middle(g) {
    // The middle of a line's two ends, where a cut or a link is marked.
    return [(g[0][0] + g[1][0]) / 2, (g[0][1] + g[1][1]) / 2];
  }


  function buildRich(map, D, row, canvas) {
    // What happened on the date shown, drawn strongly on the shared canvas: a glyph in a
    // ring for a point (filled for a reported fact; hollow, its ring dashed for a claim and
    // dotted for a plan), lines dashed or dotted the same way, a halo where the place is
    // known only roughly, and the place's name beside the mark.
    var shape = D.shapes[row[1]], kind = D.kinds[row[2]], status = D.statuses[row[3]];
    var colour = D.actors[row[4]][1], flags = row[7], g = row[8];
    var plan = flags & FLAG_PLAN || status === "planned";
    var dash = status === "denied" ? "1 12" : plan ? "2 9" : status === "claimed" ? "12 8" : null;
    var ring = plan ? "1 5" : status === "claimed" ? "5 4" : status === "denied" ? "2 7" : null;
    var base = {renderer: canvas, color: colour, fillColor: colour, row: row};
    var parts = [], halo = L.extend({radius: 20000, stroke: false, fillOpacity: 0.18}, base);
    function glyph(at, text, size, filled) {
      return new Mark(at, L.extend({}, base, {radius: 14.5, weight: 3, dashArray: ring, fillOpacity: 1,
        opacity: status === "denied" ? 0.5 : 1,
        fillColor: filled ? colour : "#fff", glyph: text, ink: filled ? "#fff" : colour, size: size}));
    }
    if (shape === "point" || shape === "points") {
      // Several places at once ("air strikes on Hawija and Shirqat"): the same mark at each.
      (shape === "points" ? g : [g]).forEach(function (at) {
        if (flags & FLAG_APPROX) parts.push(L.circle(at, halo));
        parts.push(glyph(at, GLYPHS[kind], 17, status === "reported" && !plan));
      });
    } else if (shape === "siege") {
      // A ring a reader can see at the campaign's scale: 26 px in radius at any zoom.
      parts.push(L.circleMarker([g[0], g[1]], L.extend({radius: 26, fill: false, weight: 9, dashArray: dash}, base)));
    } else {
      parts.push(L.polyline(g, L.extend({weight: 6, dashArray: dash}, base)));
      if (shape === "movement") {
        parts.push(new Mark(g[1], L.extend({}, base, {radius: 13, stroke: false, fill: false, glyph: ARROW,
          ink: colour, size: 26, turn: angle(map, g[0], g[1])})));
      } else if (shape === "cut" || shape === "link") {
        parts.push(glyph(middle(g), shape === "cut" ? CUT : LINK, 16, false));
      }
      if (flags & FLAG_APPROX) parts.push(L.circle(g[1], halo));
    }
    var group = L.featureGroup(parts), label = D.texts[row[10]];
    group.marks = parts.filter(function (p) { return p.options.glyph; });
    // The names: one, or for several points one a line, each beside its own mark.
    var names = !label ? [] : shape === "points" ? label.split("\n") : [label];
    group.labels = names.map(function (name, i) {
      var mark = new Mark(shape === "points" ? g[i] : labelAt(shape, g), {renderer: canvas,
        radius: 0, stroke: false, fill: false, interactive: false, label: name});
      group.addLayer(mark);
      return mark;
    });
    return group;
  }

  function buildLight(D, row, st, canvas) {
    // What still holds from earlier (or came before the campaign): faded, on one canvas, so
    // thousands of them cost little; the name shows on hover (see Timeline).
    var shape = D.shapes[row[1]], status = D.statuses[row[3]], flags = row[7], g = row[8];
    var ctx = st === "ctx", colour = ctx ? "#777777" : D.actors[row[4]][1];
    var plan = flags & FLAG_PLAN || status === "planned";
    var dash = ctx ? "2 6" : plan ? "1 6" : status === "claimed" ? "8 6" : status === "denied" ? "1 10" : null;
    var o = {renderer: canvas, color: colour, fillColor: colour, opacity: 0.5, weight: 3, dashArray: dash,
      fillOpacity: status === "reported" && !plan && !ctx ? 0.45 : 0, row: row};
    var layer;
    if (shape === "point") layer = L.circleMarker(g, L.extend(o, {radius: 7}));
    else if (shape === "points") {
      layer = L.featureGroup(g.map(function (at) { return L.circleMarker(at, L.extend({}, o, {radius: 7})); }));
    } else if (shape === "siege") layer = L.circleMarker([g[0], g[1]], L.extend(o, {radius: 22, fill: false, weight: 5}));
    // Square ends: a faded line stroked with round ones costs Skia a third more, and at a
    // big campaign's hundreds of lines that is milliseconds a step.
    else layer = L.polyline(g, L.extend(o, {lineCap: "butt"}));
    var label = D.texts[row[10]];
    // Names stay written on a small campaign's map, smaller and grey; on a big one they
    // show on hover.
    if (label && !ctx && D.f.length <= FEW) {
      var at = shape === "point" || shape === "siege" ? [[g[0], g[1]]] : shape === "points" ? g
        : [middle(g)];
      var names = shape === "points" ? label.split("\n") : [label];
      layer = L.featureGroup([layer].concat(at.map(function (p, i) {
        return new Mark(p, {renderer: canvas, radius: 0, stroke: false, fill: false, interactive: false,
          label: names[i], faded: true, gap: shape === "point" || shape === "points" ? 10 : shape === "siege" ? 25 : 6});
      })));
    }
    return layer;
  }

  function Timeline(map, D, canvas) {
    this.map = map; this.D = D; this.n = D.slices.length;
    this.canvas = canvas;
    // One popup for each group, not one per mark: what is clicked carries its row. On a big
    // campaign one tooltip names what still holds under the pointer.
    function popup(layer) { return D.texts[layer.options.row[9]]; }
    this.groups = {};
    for (var key in {"new": 1, held: 1, ctx: 1}) this.groups[key] = L.featureGroup().bindPopup(popup, {maxWidth: 340}).addTo(map);
    if (D.f.length > FEW) {
      this.groups.held.bindTooltip(function (layer) {
        var row = layer.options.row;
        return escapeText((D.texts[row[10]] || D.kinds[row[2]].replace(/_/g, " ")).replace(/\n/g, ", "));
      });
    }
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
    if (st === "new") return this.rich[fi] || (this.rich[fi] = buildRich(this.map, this.D, row, this.canvas));
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
    // One canvas draws in the order layers joined it: the date's own lines and rings go on
    // top of what still holds, their names on top of those, and their glyphs on top of all.
    var now = this.byStart[i].filter(function (fi) { return self.state[fi] === "new"; });
    now.forEach(function (fi) { self.rich[fi].bringToFront(); });
    now.forEach(function (fi) { self.rich[fi].labels.forEach(function (m) { m.bringToFront(); }); });
    now.forEach(function (fi) { self.rich[fi].marks.forEach(function (m) { m.bringToFront(); }); });
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
      if (shape === "point" || shape === "siege") pts.push([g[0], g[1]]); else pts.push.apply(pts, g);
    });
    if (!pts.length) D.places.forEach(function (p) { pts.push([p[0], p[1]]); });
    var near = pts.filter(inRegion);
    if (near.length) pts = near;
    // Room on the right for the names written beside the marks.
    // At once, not animated: the layers are then drawn once, at the view they are seen at.
    if (pts.length === 1) { map.setView(pts[0], 9, {animate: false}); return; }
    if (!pts.length) return;
    var s = 90, w = 180, n = -90, e = -180;  // the box, without a LatLng made for each point
    for (var k = 0; k < pts.length; k++) {
      var p = pts[k];
      if (p[0] < s) s = p[0]; if (p[0] > n) n = p[0]; if (p[1] < w) w = p[1]; if (p[1] > e) e = p[1];
    }
    map.fitBounds([[s, w], [n, e]], {paddingTopLeft: [24, 24], paddingBottomRight: [96, 24], maxZoom: 9, animate: false});
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

  Controls.prototype.remember = function (key, label, address) {
    // The title and (unless the address brought the date) the address follow the date
    // shown once stepping pauses: writing them costs a millisecond or more each step.
    var self = this;
    if (this.hashTimer) clearTimeout(this.hashTimer);
    this.hashTimer = setTimeout(function () {
      self.hashTimer = null;
      document.title = document.title.replace(/ \u00b7 .*$/, "") + " \u00b7 " + label;
      if (!address || location.hash.slice(1) === key) return;
      try { history.replaceState(null, "", "#" + key); } catch (e) { /* a sandboxed frame */ }
    }, 300);
  };

  Controls.prototype.go = function (i, fromHash) {
    var T = this.T, D = T.D, self = this;
    if (!T.n) return;
    i = Math.max(0, Math.min(T.n - 1, i));
    var rows = T.byStart[i].map(function (fi) { return D.f[fi]; });
    if (D.need && !rows.every(function (row) { return row[9] in D.texts && row[10] in D.texts; })) {
      // A big campaign's texts are still being inflated: the date shows once its own are in.
      this.pending = i;
      D.need(rows).then(function () { if (self.pending === i) self.go(i, fromHash); });
      return;
    }
    this.pending = null;
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
    this.remember(s[0], s[1], !T.D.frozen && !fromHash);
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
    // Every step stops playing; the button is written only when it was playing (writing
    // its words again lays out the row of buttons at every step).
    var btn = el("gm-play");
    if (!this.timer) return;
    clearInterval(this.timer);
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

  function wireToggles(map, places, T, street) {
    var inputs = document.querySelectorAll(".gm-toggles input");
    for (var k = 0; k < inputs.length; k++) {
      inputs[k].addEventListener("change", function (ev) {
        var key = ev.target.getAttribute("data-layer"), on = ev.target.checked;
        if (key === "tiles" && street) { if (on) street.addTo(map); else map.removeLayer(street); }
        else if (key === "places") {
          if (on) places.addTo(map).bringToBack();
          else { if (places.hide) places.hide(); map.removeLayer(places); }
        }
        else if (T.groups[key]) { if (on) T.groups[key].addTo(map); else map.removeLayer(T.groups[key]); }
      });
    }
  }

  function afterPaint(fn) {
    // Once the page has loaded and painted the frame that shows it.
    function later() { requestAnimationFrame(function () { setTimeout(fn, 0); }); }
    if (document.readyState === "complete") later(); else window.addEventListener("load", later);
  }

  function streetMap(map, tiles) {
    // The street map comes from the network: asked for once the page has drawn its own map
    // (the basemap it carries shows until the tiles load, and wherever they cannot), so
    // tiles that cannot load hold up neither the first picture nor the page's load event.
    if (!tiles) return null;
    var layer = L.tileLayer(tiles.url, {attribution: tiles.attribution, maxZoom: tiles.maxZoom,
      maxNativeZoom: tiles.maxZoom});
    afterPaint(function () {
      var box = document.querySelector('.gm-toggles input[data-layer="tiles"]');
      if (!box || box.checked) layer.addTo(map);
    });
    return layer;
  }

  function Packed(D) {
    // A big campaign's feature table and texts travel deflated (base64): a third of the
    // size. The deflate stream is cut in parts that inflate on their own (D.parts: where
    // each ends, and the index of its first text): the table, then the texts in order.
    if (Uint8Array.fromBase64) this.bytes = Uint8Array.fromBase64(D.packed);
    else {
      var text = atob(D.packed);
      this.bytes = new Uint8Array(text.length);
      for (var k = 0; k < text.length; k++) this.bytes[k] = text.charCodeAt(k);
    }
    this.parts = D.parts; this.D = D; this.loading = {};
    delete D.packed;
  }

  Packed.prototype.inflate = function (j) {
    // Part j as text; a part that is not the last is closed with an empty final block.
    var from = j ? this.parts[j - 1][0] : 0, to = this.parts[j][0], bytes = this.bytes.subarray(from, to);
    var blob = new Blob(j < this.parts.length - 1 ? [bytes, new Uint8Array([3, 0])] : [bytes]);
    return new Response(blob.stream().pipeThrough(new DecompressionStream("deflate-raw"))).text();
  };

  Packed.prototype.table = function () {
    return this.inflate(0).then(function (text) { return JSON.parse(text.slice(1, -2)); });  // "[" f ",["
  };

  Packed.prototype.part = function (j) {
    // Texts of part j (j >= 1), put in place in D.texts.
    var self = this;
    if (!this.loading[j]) {
      this.loading[j] = this.inflate(j).then(function (text) {
        var last = j === self.parts.length - 1;
        text = text.slice(text.charAt(0) === "," ? 1 : 0, last ? -2 : text.length);
        var texts = JSON.parse("[" + text + "]"), first = self.parts[j][1], all = self.D.texts;
        for (var k = 0; k < texts.length; k++) all[first + k] = texts[k];
      });
    }
    return this.loading[j];
  };

  Packed.prototype.partOf = function (index) {
    for (var j = this.parts.length - 1; j > 1; j--) if (this.parts[j][1] <= index) return j;
    return 1;
  };

  Packed.prototype.texts = function (rows) {
    // Once the texts of these rows (their entry and their name) are in D.texts.
    var self = this, want = {};
    rows.forEach(function (row) { want[self.partOf(row[9])] = 1; want[self.partOf(row[10])] = 1; });
    return Promise.all(Object.keys(want).map(function (j) { return self.part(+j); }));
  };

  Packed.prototype.all = function () {
    var out = [];
    for (var j = 1; j < this.parts.length; j++) out.push(this.part(j));
    return Promise.all(out);
  };

  function start(map, D, tiles) {
    map.invalidateSize();
    fit(map, D);
    drawBasemap(map, D.base);
    map.createPane("gm-earlier").style.zIndex = 350;  // under the date's own marks (400)
    // Leaflet's own margin around the view (0.1): a step redraws and hands the compositor
    // the whole canvas, so a bigger one costs every step for a little panning.
    var canvas = new SpriteCanvas({padding: 0.1, pane: "gm-earlier"});
    var places = drawPlaces(map, D.places, !D.slices.length, canvas);
    var T = new Timeline(map, D, canvas);
    if (places.hide) for (var key in T.groups) T.groups[key].on("mouseover", places.hide);  // an event's own
    D.f.forEach(function (row, fi) { if (row[7] & FLAG_BG) T.apply(fi, T.stateAt(fi, 0)); });
    var C = new Controls(T, map);
    C.wire();
    C.wireStrip();
    var street = streetMap(map, tiles);
    wireToggles(map, places, T, street);
    var first = C.indexOf(location.hash.slice(1));
    if (T.n) C.go(first >= 0 ? first : 0, first >= 0);
    window.geomap = {
      data: D, map: map,
      show: function (i) { C.stop(); C.go(i); return T.current; },
      current: function () { return T.current; },
      drawn: function () { return T.drawn(); },
      written: function () { return canvas.written(); },
      shown: function (state) { return map.hasLayer(T.groups[state]); },
      loaded: D.loaded,  // a promise: every text inflated (at once on a page that is not packed)
      street: street,
      timeline: T
    };
  }

  window.geomapPage = function (map, dataId, tiles) {
    var D = JSON.parse(el(dataId).textContent);
    if (!D.packed) { D.loaded = Promise.resolve(); start(map, D, tiles); return; }
    if (typeof DecompressionStream === "undefined") {
      el("gm-caption").textContent = "This browser is too old to show the captions of this map; " +
        "open it in a current Firefox, Chrome, Edge or Safari.";
      return;
    }
    // The table, and the texts of the date the page opens on, before the first picture; the
    // other texts once it is painted. A small campaign's names are all written on its map:
    // it waits for all its texts.
    var P = new Packed(D);
    P.table().then(function (rows) {
      D.f = rows; D.texts = [];
      var key = location.hash.slice(1), i = 0;
      D.slices.forEach(function (s, k) { if (s[0] === key) i = k; });
      var first = D.f.filter(function (row) { return row[5] === i; });
      return D.f.length <= FEW ? P.all() : P.texts(first);
    }).then(function () {
      D.loaded = new Promise(function (done) { afterPaint(function () { P.all().then(done); }); });
      D.need = function (rows) { return P.texts(rows); };
      start(map, D, tiles);
    });
  };
})();
