// One-pixel lines drawn by the page's own script into an image, which one textured quad then puts
// on a WebGL layer. For software WebGL (SwiftShader, llvmpipe): there 50,000 lines as gl.LINES
// take 0.3-0.4 s to rasterise (about 30 ns a pixel, whatever the vertex layout or blending), the
// same lines drawn here about 0.05 s. The picture is the same: sigma draws relations above 20,000
// as one-pixel aliased gl.LINES of opaque colours, each over the ones before. The actors go over
// them as the discs of sigma's point program (disc()).
function actorgraphLines() {
  "use strict";
  var W = 0, H = 0, bytes = null, pix = null;
  var gl = null, program = null, quad = null, texture = null, corner = -1, sized = false;
  // A colour "#rgb" or "#rrggbb" as one pixel (RGBA bytes in memory order, opaque).
  var packed = {};
  function colour(css) {
    var c = packed[css];
    if (c !== undefined) return c;
    var m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(css || ""), h = m ? m[1] : "777";
    if (h.length === 3) h = h[0] + h[0] + h[1] + h[1] + h[2] + h[2];
    var r = parseInt(h.slice(0, 2), 16), g = parseInt(h.slice(2, 4), 16), b = parseInt(h.slice(4, 6), 16);
    return (packed[css] = (0xff000000 | (b << 16) | (g << 8) | r) >>> 0);
  }
  // A blank image of w × h pixels (the drawing buffer's size).
  function begin(w, h) {
    if (w !== W || h !== H || !pix) {
      W = w; H = h;
      bytes = new Uint8Array(w * h * 4);
      pix = new Uint32Array(bytes.buffer);
      sized = false;
      forgetTraces(); // (the traces' pixels are of the old size)
    } else {
      pix.fill(0);
    }
  }
  // Kept images: keep(name) keeps a copy of the image so far, reuse(name) starts the image
  // from that copy (false when there is none of this size), forget() drops them all. The
  // eight last used are kept; sixteen up to AHEAD_PIXELS, where the page also draws images
  // ahead (see linesInto()).
  // A kept image is one byte a pixel, an index into the colours of the kept images: they are
  // drawn in the relations' colours and a selection's grey only (keep() comes before the
  // leads lines, the selected relations and the actors are drawn), so a handful of colours.
  // Four bytes a pixel made sixteen images at 847 × 856 46 MB (96 at 1.5 million pixels); one
  // makes them 12 MB. Turning an image into indices takes a few milliseconds, so keep() keeps
  // a plain copy (a fraction of a millisecond) until settle(), which the page calls when idle,
  // or the next keep(); reuse() of an image in indices is a pass through the colour table (1-2
  // ms, a plain copy a fraction of one).
  var kept = {}, used = [], pendingName = null, pending = null;
  // (Read and written as signed 32-bit numbers, which V8 keeps in registers; an opaque colour
  // read as unsigned, above 2^31, is a double.)
  var PALETTE = new Int32Array(256), paletteSize = 1, SLOT = new Uint8Array(4096);
  function touch(name) { var i = used.indexOf(name); if (i >= 0) used.splice(i, 1); used.push(name); }
  // The array kept under name for an image of n pixels: its own, or that of the least recently
  // used image if as many as allowed are kept, or a new one.
  function slot(name, n) {
    var k = kept[name], most = W * H <= AHEAD_PIXELS ? 16 : 8;
    if (!k && used.length >= most) {
      var old = used.shift();
      k = kept[old];
      delete kept[old];
      if (old === pendingName) pendingName = null;
    }
    if (!k || k.length !== n) k = new Uint8Array(n);
    kept[name] = k;
    touch(name);
    return k;
  }
  function drop(name) { delete kept[name]; var i = used.indexOf(name); if (i >= 0) used.splice(i, 1); if (name === pendingName) pendingName = null; }
  function keep(name) {
    if (pendingName !== null && pendingName !== name) settle();
    slot(name, pix.length);
    if (!pending || pending.length !== pix.length) pending = new Uint32Array(pix.length);
    pending.set(pix);
    pendingName = name;
  }
  // The image of the last keep() turned into indices.
  function settle() {
    if (pendingName === null) return;
    var name = pendingName, k = kept[name];
    pendingName = null;
    if (k && k.length === pending.length && !encode(pending, k)) drop(name);
  }
  // Keeps a copy of p, an image of this size drawn apart (see linesInto()), as keep() does
  // (turned into indices at once: the page draws such images while idle).
  function keepImage(name, p) {
    if (name === pendingName) pendingName = null;
    if (!encode(p, slot(name, p.length))) drop(name);
  }
  // The index of colour c in PALETTE (added if new); -1 when the table is full. SLOT caches
  // the index by a hash of the colour (a scan of the table for each pixel took 11 ms an image).
  function paletteIndex(c) {
    var h = Math.imul(c, 0x9E3779B1) >>> 20, i;
    if (c === 0) return 0;
    for (i = 1; i < paletteSize; i++) if (PALETTE[i] === c) break;
    if (i === paletteSize) {
      if (paletteSize === 256) return -1;
      PALETTE[paletteSize++] = c;
    }
    if (h !== 0) SLOT[h] = i; // (slot 0 stays the blank's)
    return i;
  }
  // p (four bytes a pixel) as indices into `into` (one byte a pixel); false if p holds more
  // colours than the table does (the colours it added are taken out again).
  function encode(p, into) {
    var size = paletteSize, slots = SLOT, table = PALETTE, q = new Int32Array(p.buffer, p.byteOffset, p.length);
    for (var i = 0, n = q.length; i < n; i++) {
      // (Blank pixels too: their hash is slot 0, which holds index 0, a blank; one branch a
      // pixel, nearly always the same way.)
      var c = q[i], k = slots[Math.imul(c, 0x9E3779B1) >>> 20];
      if (table[k] !== c) {
        k = paletteIndex(c);
        if (k < 0) { paletteSize = size; slots.fill(0); return false; }
      }
      into[i] = k;
    }
    return true;
  }
  function decode(k, p, table) { for (var i = 0, n = p.length; i < n; i++) p[i] = table[k[i]]; }
  // Whether an image is kept under name at this size.
  function has(name) { var k = kept[name]; return !!k && k.length === W * H; }
  function reuse(name) {
    var k = kept[name];
    if (!k || k.length !== pix.length) return false;
    if (name === pendingName) pix.set(pending);
    else decode(k, new Int32Array(bytes.buffer), PALETTE);
    touch(name);
    return true;
  }
  function forget() { kept = {}; used = []; pendingName = null; }
  // The memory the kept images take, in bytes (with the copy not yet turned into indices).
  function keptBytes() { var n = pending ? pending.byteLength : 0; for (var name in kept) n += kept[name].byteLength; return n; }
  // Every pixel drawn so far in the colour c.
  function recolour(c) { for (var i = 0, p = pix, n = p.length; i < n; i++) if (p[i]) p[i] = c; }
  // The line from (x0, y0) to (x1, y1), in pixels from the top left, clipped to the image
  // (Liang-Barsky), then stepped pixel by pixel along its longer axis (a DDA: 20-25 % faster
  // here than Bresenham's error term, the same pixels but for ties).
  // The loops below pass the drawing functions indices into typed arrays, not coordinates and
  // colours: a double, or a colour above 2^30, passed to a function V8 has not inlined is a
  // new heap object each call (four or five a line, 50,000 lines a filter), whose garbage
  // brought on collections, the slowest of them 15-40 ms inside an action.
  var LX = new Float64Array(2), LY = new Float64Array(2), LC = new Uint32Array(1);
  function line(x0, y0, x1, y1, c) { LX[0] = x0; LY[0] = y0; LX[1] = x1; LY[1] = y1; LC[0] = c; lineInto(pix, LX, LY, 0, 1, LC, 0); }
  // The line from (xs[a], ys[a]) to (xs[b], ys[b]) into p, an image of this size, in the colour
  // cs[ci].
  function lineInto(p, xs, ys, a, b, cs, ci) {
    var x0 = xs[a], y0 = ys[a], x1 = xs[b], y1 = ys[b], c = cs[ci];
    var dx = x1 - x0, dy = y1 - y0, t0 = 0, t1 = 1, r, xmax = W - 1, ymax = H - 1;
    if (dx === 0) { if (x0 < 0 || x0 > xmax) return; } else {
      r = -x0 / dx; if (dx > 0) { if (r > t0) t0 = r; } else if (r < t1) t1 = r;
      r = (xmax - x0) / dx; if (dx > 0) { if (r < t1) t1 = r; } else if (r > t0) t0 = r;
    }
    if (dy === 0) { if (y0 < 0 || y0 > ymax) return; } else {
      r = -y0 / dy; if (dy > 0) { if (r > t0) t0 = r; } else if (r < t1) t1 = r;
      r = (ymax - y0) / dy; if (dy > 0) { if (r < t1) t1 = r; } else if (r > t0) t0 = r;
    }
    if (!(t0 <= t1)) return; // outside (or not a number)
    var ax = (x0 + t0 * dx + 0.5) | 0, ay = (y0 + t0 * dy + 0.5) | 0;
    var bx = (x0 + t1 * dx + 0.5) | 0, by = (y0 + t1 * dy + 0.5) | 0;
    if (ax > xmax) ax = xmax; if (bx > xmax) bx = xmax; if (ay > ymax) ay = ymax; if (by > ymax) by = ymax;
    if (ax < 0) ax = 0; if (bx < 0) bx = 0; if (ay < 0) ay = 0; if (by < 0) by = 0;
    // Along the longer axis one pixel a step, the other coordinate a fraction a step.
    var ex = bx - ax, ey = by - ay, n, k, f, step;
    if ((ex < 0 ? -ex : ex) >= (ey < 0 ? -ey : ey)) {
      n = ex < 0 ? -ex : ex;
      if (n === 0) { p[ay * W + ax] = c; return; }
      step = ex > 0 ? 1 : -1;
      var slope = ey / n;
      f = ay + 0.5;
      for (k = 0; k <= n; k++) { p[(f | 0) * W + ax] = c; ax += step; f += slope; }
    } else {
      n = ey < 0 ? -ey : ey;
      step = ey > 0 ? W : -W;
      var run = ex / n, row = ay * W;
      f = ax + 0.5;
      for (k = 0; k <= n; k++) { p[row + (f | 0)] = c; row += step; f += run; }
    }
  }
  // Every relation j with shown[j], from (xs[src[j]], ys[src[j]]) to (xs[dst[j]], ys[dst[j]]),
  // in the colour colours[rel[j]] (the same loop for a selection's grey: a table of one grey);
  // returns how many. One small function of typed arrays, which every frame runs alike.
  function lines(shown, src, dst, rel, xs, ys, colours) {
    var count = 0, n = shown.length;
    for (var j = 0; j < n; j++) {
      if (!shown[j]) continue;
      lineInto(pix, xs, ys, src[j], dst[j], colours, rel[j]);
      count++;
    }
    return count;
  }
  // lines() for the relations j in [from, to) only, into p, an image of this size: an image drawn
  // a few thousand relations at a time while the page is idle, apart from the one shown, then
  // kept with keepImage(). Up to this many pixels (a drawing buffer of 2,000 × 2,000: a large
  // screen, or a laptop's at twice the pixels; 1.5 million when the kept images took four
  // bytes a pixel): sixteen kept images then take at most 64 MB.
  var AHEAD_PIXELS = 4000000;
  function linesInto(p, from, to, shown, src, dst, rel, xs, ys, colours) {
    var count = 0;
    for (var j = from; j < to; j++) {
      if (!shown[j]) continue;
      lineInto(p, xs, ys, src[j], dst[j], colours, rel[j]);
      count++;
    }
    return count;
  }
  // The relations' order layer: each pixel holds a code naming the relations that have a line
  // there, in the order their last line there was drawn (the relations are drawn in index
  // order, each over the ones before). Drawn once for a set of filters and positions, while
  // the page is idle, it gives the image of any choice of relations in one pass over the
  // pixels (composite()): a pixel has the colour of the first relation of its order that is
  // shown, which is the image lines() draws for that choice (the last relation drawn on it).
  // One byte a pixel for four relations (65 orders), where a layer of the last index per
  // relation took 16.
  // The last four layers drawn are kept, by name (the page names them by the filters' settings
  // and the positions), so that a filter set back finds its layer drawn.
  var R = 0, SEQS = null, MOVES = null, LUT = null, orderLayers = {}, orderUsed = [], ORDER_KEEP = 4;
  // The orders of `n` relations (sequences of distinct relations, the latest first; code 0
  // none), and MOVES[r][code]: the order once a line of relation r is drawn over it.
  function orders(n) {
    if (R === n && SEQS) return true;
    var seqs = [[]], index = {}, i, r, k;
    index[""] = 0;
    for (i = 0; i < seqs.length; i++) {
      for (r = 0; r < n; r++) {
        if (seqs[i].indexOf(r) >= 0) continue;
        var next = [r].concat(seqs[i]), name = next.join(",");
        if (index[name] === undefined) { index[name] = seqs.length; seqs.push(next); }
      }
      if (seqs.length > 65535) return false;
    }
    // One table a relation, of the orders' own type (one lookup a pixel).
    var moves = [];
    for (r = 0; r < n; r++) {
      var move = seqs.length <= 256 ? new Uint8Array(seqs.length) : new Uint16Array(seqs.length);
      for (i = 0; i < seqs.length; i++) {
        var moved = [r];
        for (k = 0; k < seqs[i].length; k++) if (seqs[i][k] !== r) moved.push(seqs[i][k]);
        move[i] = index[moved.join(",")];
      }
      moves.push(move);
    }
    R = n; SEQS = seqs; MOVES = moves; LUT = new Uint32Array(seqs.length);
    return true;
  }
  // Draws the relations j in [from, to) with ok[j] into the order layer `name` of `n` relations
  // (begun blank when from is 0, taking the array of the least recently used layer if four
  // are kept; the layer is drawn over a few calls, in index order); adds to counts[r] the
  // relations of each r drawn. False when the orders of n relations do not fit in 16 bits, or
  // a later call finds no layer of this size begun.
  function layer(name, n, from, to, ok, src, dst, rel, xs, ys, counts) {
    if (!orders(n)) return false;
    var Type = SEQS.length <= 256 ? Uint8Array : Uint16Array, into = orderLayers[name];
    if (from > 0 && (!into || into.length !== W * H)) return false;
    if (from === 0) {
      if (!into && orderUsed.length >= ORDER_KEEP) { var old = orderUsed.shift(); into = orderLayers[old]; delete orderLayers[old]; }
      if (!into || into.length !== W * H || !(into instanceof Type)) into = new Type(W * H);
      else into.fill(0);
      orderLayers[name] = into;
    }
    var i = orderUsed.indexOf(name);
    if (i >= 0) orderUsed.splice(i, 1);
    orderUsed.push(name);
    for (var j = from; j < to; j++) {
      if (!ok[j]) continue;
      var r = rel[j];
      orderLine(into, MOVES[r], xs, ys, src[j], dst[j]);
      counts[r]++;
    }
    return true;
  }
  function forgetLayers() { orderLayers = {}; orderUsed = []; }
  // lineInto()'s pixels of the line, each pixel's order moved by `move` (MOVES[r]: as a line
  // of relation r drawn over it moves it).
  function orderLine(p, move, xs, ys, a, b) {
    var x0 = xs[a], y0 = ys[a], x1 = xs[b], y1 = ys[b];
    var dx = x1 - x0, dy = y1 - y0, t0 = 0, t1 = 1, s, xmax = W - 1, ymax = H - 1;
    if (dx === 0) { if (x0 < 0 || x0 > xmax) return; } else {
      s = -x0 / dx; if (dx > 0) { if (s > t0) t0 = s; } else if (s < t1) t1 = s;
      s = (xmax - x0) / dx; if (dx > 0) { if (s < t1) t1 = s; } else if (s > t0) t0 = s;
    }
    if (dy === 0) { if (y0 < 0 || y0 > ymax) return; } else {
      s = -y0 / dy; if (dy > 0) { if (s > t0) t0 = s; } else if (s < t1) t1 = s;
      s = (ymax - y0) / dy; if (dy > 0) { if (s < t1) t1 = s; } else if (s > t0) t0 = s;
    }
    if (!(t0 <= t1)) return;
    var ax = (x0 + t0 * dx + 0.5) | 0, ay = (y0 + t0 * dy + 0.5) | 0;
    var bx = (x0 + t1 * dx + 0.5) | 0, by = (y0 + t1 * dy + 0.5) | 0;
    if (ax > xmax) ax = xmax; if (bx > xmax) bx = xmax; if (ay > ymax) ay = ymax; if (by > ymax) by = ymax;
    if (ax < 0) ax = 0; if (bx < 0) bx = 0; if (ay < 0) ay = 0; if (by < 0) by = 0;
    var ex = bx - ax, ey = by - ay, m, k, f, step, q;
    if ((ex < 0 ? -ex : ex) >= (ey < 0 ? -ey : ey)) {
      m = ex < 0 ? -ex : ex;
      if (m === 0) { q = ay * W + ax; p[q] = move[p[q]]; return; }
      step = ex > 0 ? 1 : -1;
      var slope = ey / m;
      f = ay + 0.5;
      for (k = 0; k <= m; k++) { q = (f | 0) * W + ax; p[q] = move[p[q]]; ax += step; f += slope; }
    } else {
      m = ey < 0 ? -ey : ey;
      step = ey > 0 ? W : -W;
      var run = ex / m, row = ay * W;
      f = ax + 0.5;
      for (k = 0; k <= m; k++) { q = row + (f | 0); p[q] = move[p[q]]; row += step; f += run; }
    }
  }
  // The image of the relations r with on[r], each in colours[r], from the order layer `name`:
  // false (nothing drawn) unless that layer is kept at this size.
  function composite(name, on, colours) {
    var codes = orderLayers[name];
    if (!codes || codes.length !== W * H || on.length !== R) return false;
    for (var i = 0; i < SEQS.length; i++) {
      var seq = SEQS[i], c = 0;
      for (var k = 0; k < seq.length; k++) if (on[seq[k]]) { c = colours[seq[k]]; break; }
      LUT[i] = c;
    }
    over(pix, codes, LUT);
    return true;
  }
  // Each pixel of p in the colour lut gives its order (one pass over the pixels).
  function over(p, codes, lut) {
    for (var i = 0, n = p.length; i < n; i++) p[i] = lut[codes[i]];
  }
  // Runs the pass of composite() a few times over small arrays of its own: V8 compiles it
  // before a filter needs it (its first pass over an image otherwise took 20-40 ms, not 5).
  // `n`: the number of relations (the orders' arrays of the same type as in real use).
  function warm(n) {
    if (!orders(n)) return;
    // (Colours as composite() passes them: opaque pixels, numbers above 2^31.)
    var codes = SEQS.length <= 256 ? new Uint8Array(1 << 16) : new Uint16Array(1 << 16), p = new Uint32Array(1 << 16), lut = new Uint32Array(SEQS.length);
    for (var k = 0; k < SEQS.length; k++) lut[k] = k ? 0xff000000 + k : 0;
    for (k = 0; k < 8; k++) { codes[k] = k + 1; over(p, codes, lut); }
  }
  // A disc of radius r around (x, y), in pixels from the top left, in the colour c, as sigma's
  // point program draws an actor: opaque inside, its outer pixel (b wide) faded, put over
  // what is there (premultiplied alpha, as WebGL composes it). Row by row: the run inside
  // r - b filled at once, only the pixels around it tested one by one (a third less time for
  // 5,000 discs of radius 4-12 than testing every pixel of the square; check_lines.js holds
  // that pixel-by-pixel test and compares).
  // Each disc is traced once into the pixels it covers (trace(): the runs filled and the faded
  // pixels with their coverage), then painted from that (paint()). discs() keeps each actor's
  // trace while its place, radius and rim stay, so a frame at the same positions (a filter, a
  // selection: every action with the camera at rest) paints the 5,000 discs without tracing
  // them: the faded rim's square roots and tests were about three quarters of their time.
  var DX = new Float64Array(1), DY = new Float64Array(1), DR = new Float64Array(1), RIM = new Float64Array(1);
  function disc(x, y, r, b, c) {
    DX[0] = x; DY[0] = y; DR[0] = r; RIM[0] = b;
    var at = traced;
    trace(DX, DY, DR, RIM, 0);
    paint(at, c);
    traced = at; // (not kept)
  }
  // The traces: TQ holds, from a trace's start, its number of rows, then for each row the
  // first and last pixel of its run (none when the first is past the last) and the number of
  // its faded pixels, followed by those pixels; TT the faded pixels' coverage (at the same
  // places; 1 for a pixel painted opaque). The first `traced` entries are the traces kept.
  var TQ = new Int32Array(1 << 16), TT = new Float64Array(1 << 16), traced = 0;
  var tAt = new Int32Array(0), tX = new Float64Array(0), tY = new Float64Array(0), tR = new Float64Array(0), tB = NaN;
  function forgetTraces() { traced = 0; tAt.fill(-1); }
  // The discs of the actors list[0 .. n), actor k at (xs[k], ys[k]) of radius rs[k] and colour
  // cs[k], the rim b wide, in that order (indices, as above). An actor's trace is kept once it
  // is drawn a second time at the same place (a frame at rest; while the layout runs or the
  // camera moves, places change every frame and nothing is kept), and all are dropped when a
  // kept one has moved (the camera or the layout moves them all).
  function discs(xs, ys, rs, cs, list, n, b) {
    if (tAt.length !== xs.length) {
      tAt = new Int32Array(xs.length);
      tX = new Float64Array(xs.length).fill(NaN); tY = new Float64Array(xs.length); tR = new Float64Array(xs.length);
      forgetTraces();
    }
    if (b !== tB) { tB = b; forgetTraces(); }
    RIM[0] = b;
    for (var i = 0; i < n; i++) {
      var k = list[i], at = tAt[k], same = tX[k] === xs[k] && tY[k] === ys[k] && tR[k] === rs[k];
      if (at >= 0 && same) { paint(at, cs[k]); continue; }
      if (at >= 0) forgetTraces();
      at = traced;
      trace(xs, ys, rs, RIM, k);
      paint(at, cs[k]);
      if (same) tAt[k] = at; else traced = at; // (kept the second time at this place)
      tX[k] = xs[k]; tY[k] = ys[k]; tR[k] = rs[k];
    }
  }
  // Room in the traces for `more` entries after `traced` (all that is written is kept: a trace
  // being written lies after `traced`).
  function room(more) {
    if (traced + more <= TQ.length) return;
    var size = TQ.length * 2;
    while (size < traced + more) size *= 2;
    var q = new Int32Array(size), t = new Float64Array(size);
    q.set(TQ); t.set(TT);
    TQ = q; TT = t;
  }
  // Traces the disc of actor k (at (xs[k], ys[k]), radius rs[k], rim rim[0]) after `traced`.
  function trace(xs, ys, rs, rim, k) {
    var x = xs[k], y = ys[k], r = rs[k], b = rim[0];
    var x0 = Math.max(0, Math.floor(x - r)), x1 = Math.min(W - 1, Math.ceil(x + r)), y0 = Math.max(0, Math.floor(y - r)), y1 = Math.min(H - 1, Math.ceil(y + r));
    var i, j, dx, dy, t, q, e, row, dd, lo, hi, from, to, h, rows = 0, faded, head, at = traced + 1;
    // Squared distances: inside r - b the colour, beyond r nothing, the root only between.
    var inner = r > b ? (r - b) * (r - b) : 0, outer = r * r;
    room(1);
    for (j = y0; j <= y1; j++) {
      dy = j + 0.5 - y;
      dd = dy * dy;
      if (dd >= outer) continue; // (every pixel's e is at least dd)
      row = j * W;
      // The row's pixels inside r - b, a run [lo, hi] filled at once: found from the root,
      // then made exact by the test of each pixel (dx * dx + dd <= inner) at its ends.
      lo = x1 + 1; hi = x1;
      if (inner > dd) {
        h = Math.sqrt(inner - dd);
        lo = Math.max(x0, Math.ceil(x - 0.5 - h)); hi = Math.min(x1, Math.floor(x - 0.5 + h));
        while (lo <= hi && (dx = lo + 0.5 - x) * dx + dd > inner) lo++;
        while (hi >= lo && (dx = hi + 0.5 - x) * dx + dd > inner) hi--;
        if (lo <= hi) {
          while (lo > x0 && (dx = lo - 0.5 - x) * dx + dd <= inner) lo--;
          while (hi < x1 && (dx = hi + 1.5 - x) * dx + dd <= inner) hi++;
        } else { lo = x1 + 1; hi = x1; }
      }
      // The rest of the row within r (and a pixel more), each pixel as its distance says.
      h = Math.sqrt(outer - dd) + 1;
      from = Math.max(x0, Math.floor(x - 0.5 - h)); to = Math.min(x1, Math.ceil(x - 0.5 + h));
      room(at - traced + 3 + (to >= from ? to - from + 1 : 0));
      head = at;
      TQ[at] = row + lo; TQ[at + 1] = row + hi;
      at += 3;
      faded = 0;
      for (i = from; i <= to; i++) {
        if (i === lo) { i = hi; continue; }
        q = row + i;
        dx = i + 0.5 - x;
        e = dx * dx + dd;
        if (e >= outer) continue;
        if (e <= inner) t = 1;
        else {
          t = (r - Math.sqrt(e)) / b;
          if (t <= 0) continue;
          if (t > 1) t = 1;
        }
        TQ[at] = q; TT[at] = t; at++; faded++;
      }
      TQ[head + 2] = faded;
      rows++;
    }
    TQ[traced] = rows;
    traced = at;
  }
  // Paints the disc traced at `at` in the colour c: its runs opaque, its faded pixels put over
  // what is there (premultiplied alpha).
  function paint(at, c) {
    var p = pix, tq = TQ, tt = TT, rows = tq[at], i = at + 1, a, z, end, t, u, d, q;
    var cr = c & 255, cg = (c >>> 8) & 255, cb = (c >>> 16) & 255;
    for (; rows > 0; rows--) {
      for (a = tq[i], z = tq[i + 1]; a <= z; a++) p[a] = c;
      end = i + 3 + tq[i + 2];
      for (i += 3; i < end; i++) {
        q = tq[i]; t = tt[i];
        if (t === 1) { p[q] = c; continue; }
        d = p[q]; u = 1 - t;
        p[q] = ((((d >>> 24) * u + 255 * t + 0.5) << 24) | ((((d >>> 16) & 255) * u + cb * t + 0.5) << 16) | ((((d >>> 8) & 255) * u + cg * t + 0.5) << 8) | (((d & 255) * u + cr * t + 0.5) | 0)) >>> 0;
      }
    }
  }
  function compile(type, source) {
    var s = gl.createShader(type);
    gl.shaderSource(s, source);
    gl.compileShader(s);
    if (!gl.getShaderParameter(s, gl.COMPILE_STATUS)) throw new Error(gl.getShaderInfoLog(s));
    return s;
  }
  // Puts the image, over white, on the layer of `context`: one texture upload and one quad over
  // the whole drawing buffer, the image's first row at the top. The layer can then be opaque
  // (the page's own canvas, `alpha: false`): the browser composes no page under it and blends
  // nothing. With `moved` (a 3×3 matrix, column-major, from the drawing buffer's clip space to
  // itself) the image last put there is put again, moved by it, with no upload, on white: the
  // picture of a camera in motion.
  var IDENTITY = new Float32Array([1, 0, 0, 0, 1, 0, 0, 0, 1]);
  function present(context, moved) {
    if (moved && (gl !== context || !sized)) return;
    if (gl !== context) {
      gl = context;
      program = gl.createProgram();
      gl.attachShader(program, compile(gl.VERTEX_SHADER, "attribute vec2 a_corner; uniform mat3 u_moved; varying vec2 v_uv;\n" +
        "void main() { v_uv = vec2(a_corner.x + 1.0, 1.0 - a_corner.y) * 0.5; gl_Position = vec4((u_moved * vec3(a_corner, 1)).xy, 0, 1); }"));
      // The image over white (premultiplied alpha): the picture the page's white gives a
      // transparent layer, on an opaque one (see present()).
      gl.attachShader(program, compile(gl.FRAGMENT_SHADER, "precision mediump float; uniform sampler2D u_image; varying vec2 v_uv;\n" +
        "void main() { vec4 t = texture2D(u_image, v_uv); gl_FragColor = t + (1.0 - t.a) * vec4(1.0); }"));
      gl.linkProgram(program);
      if (!gl.getProgramParameter(program, gl.LINK_STATUS)) throw new Error(gl.getProgramInfoLog(program));
      corner = gl.getAttribLocation(program, "a_corner");
      quad = gl.createBuffer();
      gl.bindBuffer(gl.ARRAY_BUFFER, quad);
      gl.bufferData(gl.ARRAY_BUFFER, new Float32Array([-1, -1, 1, -1, -1, 1, 1, 1]), gl.STATIC_DRAW);
      texture = gl.createTexture();
      gl.bindTexture(gl.TEXTURE_2D, texture);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
      sized = false;
    }
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, texture);
    gl.pixelStorei(gl.UNPACK_ALIGNMENT, 4);
    if (moved) { /* the image already there */ } else if (sized) gl.texSubImage2D(gl.TEXTURE_2D, 0, 0, 0, W, H, gl.RGBA, gl.UNSIGNED_BYTE, bytes);
    else gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, W, H, 0, gl.RGBA, gl.UNSIGNED_BYTE, bytes);
    sized = true;
    gl.viewport(0, 0, W, H);
    if (moved) { gl.clearColor(1, 1, 1, 1); gl.clear(gl.COLOR_BUFFER_BIT); gl.clearColor(0, 0, 0, 0); }
    gl.disable(gl.BLEND);
    gl.useProgram(program);
    gl.uniform1i(gl.getUniformLocation(program, "u_image"), 0);
    gl.uniformMatrix3fv(gl.getUniformLocation(program, "u_moved"), false, moved || IDENTITY);
    gl.bindBuffer(gl.ARRAY_BUFFER, quad);
    gl.enableVertexAttribArray(corner);
    gl.vertexAttribPointer(corner, 2, gl.FLOAT, false, 0, 0);
    gl.drawArrays(gl.TRIANGLE_STRIP, 0, 4);
    gl.disableVertexAttribArray(corner);
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
    gl.bindTexture(gl.TEXTURE_2D, null);
    gl.enable(gl.BLEND);
  }
  return { colour: colour, begin: begin, line: line, lines: lines, layer: layer, composite: composite, warm: warm, disc: disc, discs: discs, present: present, size: function () { return [W, H]; }, image: function () { return pix; }, forgetLayers: forgetLayers, keep: keep, keepImage: keepImage, has: has, linesInto: linesInto, aheadPixels: AHEAD_PIXELS, reuse: reuse, forget: forget, recolour: recolour, keptBytes: keptBytes, settle: settle, traced: function () { return traced; } };
}

// Whether the WebGL context gl is drawn by the CPU (no GPU, or one the browser will not use).
function actorgraphSoftwareWebGL(gl) {
  "use strict";
  try {
    if (!gl) return false;
    var info = gl.getExtension("WEBGL_debug_renderer_info");
    var name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    return /swiftshader|llvmpipe|softpipe|software|basic render/i.test(name);
  } catch (err) {
    return false;
  }
}
