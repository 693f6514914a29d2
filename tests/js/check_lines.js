// The explorer's relations drawn from the order layer (lines.js: layer(), composite()) are the
// image lines() draws for the same choice of relations, pixel for pixel: for every choice of
// relations (16 of four, 32 of five), in colour and in one grey, with the layer drawn in one
// call or in chunks, on random lines (some partly or wholly outside the image, some of one
// pixel), with a random set of relations passing the other filters; and the layers kept by
// name (the last four) are each the one of their own set. And the actors' discs (disc(),
// drawn row by row, a run at a time) are the pixels of the plain test of every pixel's
// distance (reference below), over lines, at random and at whole and half-pixel centres and
// radii, partly outside the image. And the kept images (one byte a pixel, lines.js: keep(),
// settle(), reuse()) come back pixel for pixel. Usage: node check_lines.js
"use strict";
const fs = require("fs");
const path = require("path");
const src = fs.readFileSync(path.join(__dirname, "../../src/export/html/lines.js"), "utf8");
const actorgraphLines = new Function(src + "\nreturn actorgraphLines;")();

let seed = 12345;
function rand() {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
function fail(msg) {
  console.error("FAIL: " + msg);
  process.exit(1);
}

let checked = 0, orderMatters = 0;
for (const [W, H, N, E, R] of [[97, 61, 40, 300, 4], [240, 180, 300, 4000, 4], [64, 64, 30, 500, 5], [1, 1, 3, 5, 4]]) {
  const L = actorgraphLines();
  const xs = new Float64Array(N), ys = new Float64Array(N);
  for (let k = 0; k < N; k++) {
    xs[k] = rand() * W * 1.4 - W * 0.2;
    ys[k] = rand() * H * 1.4 - H * 0.2;
  }
  const src = new Int32Array(E), dst = new Int32Array(E), rel = new Uint8Array(E), ok = new Uint8Array(E);
  for (let j = 0; j < E; j++) {
    src[j] = Math.floor(rand() * N);
    dst[j] = rand() < 0.05 ? src[j] : Math.floor(rand() * N);
    rel[j] = Math.floor(rand() * R);
    ok[j] = rand() < 0.8 ? 1 : 0;
  }
  const colours = new Uint32Array(R), grey = new Uint32Array(R);
  for (let r = 0; r < R; r++) {
    colours[r] = L.colour("#" + ["e6194b", "3cb44b", "4363d8", "f58231", "911eb4"][r]);
    grey[r] = L.colour("#eeeeee");
  }
  // The order layer, in one call and in chunks of random size.
  const counts = new Int32Array(R);
  L.begin(W, H);
  if (!L.layer("a", R, 0, E, ok, src, dst, rel, xs, ys, counts)) fail(`no order layer for ${R} relations`);
  for (let r = 0; r < R; r++) {
    let n = 0;
    for (let j = 0; j < E; j++) if (ok[j] && rel[j] === r) n++;
    if (counts[r] !== n) fail(`relation ${r}: ${counts[r]} counted, ${n} drawn`);
  }
  for (const chunked of [false, true]) {
    if (chunked) {
      const again = new Int32Array(R);
      for (let from = 0; from < E;) {
        const to = Math.min(E, from + 1 + Math.floor(rand() * E / 3));
        if (!L.layer("a", R, from, to, ok, src, dst, rel, xs, ys, again)) fail("a chunk was refused");
        from = to;
      }
      if (again.join() !== counts.join()) fail(`chunked counts ${again} against ${counts}`);
    }
    for (let mask = 0; mask < 1 << R; mask++) {
      const on = new Uint8Array(R);
      for (let r = 0; r < R; r++) on[r] = (mask >> r) & 1;
      const shown = new Uint8Array(E);
      for (let j = 0; j < E; j++) shown[j] = ok[j] && on[rel[j]] ? 1 : 0;
      for (const table of [colours, grey]) {
        L.begin(W, H);
        L.lines(shown, src, dst, rel, xs, ys, table);
        const want = L.image().slice();
        L.begin(W, H);
        if (!L.composite("a", on, table)) fail("composite() refused a drawn layer");
        const got = L.image();
        for (let i = 0; i < want.length; i++) {
          if (got[i] !== want[i]) fail(`${W}x${H}, ${R} relations, choice ${mask}, pixel ${i}: ${got[i]} composed, ${want[i]} drawn`);
        }
        checked++;
      }
    }
  }
  // The test has teeth: drawing each relation's lines after the previous relation's (not in
  // index order) gives another image, so the order of the lines is what is being checked.
  L.begin(W, H);
  for (let r = 0; r < R; r++) {
    const shown = new Uint8Array(E);
    for (let j = 0; j < E; j++) shown[j] = ok[j] && rel[j] === r ? 1 : 0;
    L.lines(shown, src, dst, rel, xs, ys, colours);
  }
  const byRelation = L.image().slice();
  L.begin(W, H);
  L.lines(ok, src, dst, rel, xs, ys, colours);
  const inOrder = L.image();
  let differ = 0, drawn = 0;
  for (let i = 0; i < inOrder.length; i++) {
    if (inOrder[i] !== byRelation[i]) differ++;
    if (inOrder[i]) drawn++;
  }
  if (W > 1 && (differ === 0 || drawn < inOrder.length / 10)) fail(`${W}x${H}: ${drawn} pixels drawn, ${differ} where the order of the lines matters`);
  orderMatters += differ;
  // Layers kept by name: six sets of relations passing, drawn in turn; the last four are each
  // composed as their own set's lines are drawn, the two before were let go.
  const all = new Uint8Array(R).fill(1), sets = [];
  L.begin(W, H);
  for (let s = 0; s < 6; s++) {
    const set = new Uint8Array(E);
    for (let j = 0; j < E; j++) set[j] = rand() < 0.5 ? 1 : 0;
    sets.push(set);
    if (!L.layer("set" + s, R, 0, E, set, src, dst, rel, xs, ys, new Int32Array(R))) fail("a named layer was refused");
  }
  for (let s = 0; s < 6; s++) {
    L.begin(W, H);
    const composed = L.composite("set" + s, all, colours);
    if (composed !== s >= 2) fail(`layer set${s}: ${composed ? "kept" : "not kept"} of six drawn`);
    if (!composed) continue;
    const got = L.image().slice();
    L.begin(W, H);
    L.lines(sets[s], src, dst, rel, xs, ys, colours);
    const want = L.image();
    for (let i = 0; i < want.length; i++) if (got[i] !== want[i]) fail(`layer set${s}, pixel ${i}: ${got[i]} composed, ${want[i]} drawn`);
    checked++;
  }
  // Images drawn ahead (linesInto() in random chunks into an array of their own, kept with
  // keepImage()) are, once taken up with reuse(), the image lines() draws of the same set, while
  // an image drawn and shown between the chunks is left as it is; has() says which are kept.
  for (const set of sets.slice(0, 3)) {
    const name = "ahead" + sets.indexOf(set), apart = new Uint32Array(W * H);
    let count = 0;
    for (let from = 0; from < E;) {
      const to = Math.min(E, from + 1 + Math.floor(rand() * E / 3));
      count += L.linesInto(apart, from, to, set, src, dst, rel, xs, ys, colours);
      L.begin(W, H);
      L.lines(ok, src, dst, rel, xs, ys, grey);
      from = to;
    }
    const shownNow = L.image().slice();
    if (L.has(name)) fail(`${name} kept before it was drawn`);
    L.keepImage(name, apart);
    if (!L.has(name)) fail(`${name} not kept`);
    for (let i = 0; i < shownNow.length; i++) if (L.image()[i] !== shownNow[i]) fail(`keepImage() changed the image shown at pixel ${i}`);
    let want = 0;
    for (let j = 0; j < E; j++) want += set[j];
    if (count !== want) fail(`${name}: ${count} lines counted, ${want} shown`);
    L.begin(W, H);
    L.lines(set, src, dst, rel, xs, ys, colours);
    const drawnImage = L.image().slice();
    L.begin(W, H);
    if (!L.reuse(name)) fail(`${name} not taken up`);
    for (let i = 0; i < drawnImage.length; i++) if (L.image()[i] !== drawnImage[i]) fail(`${name}, pixel ${i}: ${L.image()[i]} drawn ahead, ${drawnImage[i]} drawn`);
    checked++;
  }
  // Kept images take one byte a pixel (indices into the kept images' colours): an image kept
  // with keep() and one greyed with recolour() come back pixel for pixel, before and after
  // they are turned into indices, and an image of more colours than that table holds is not
  // kept (has() says so) without touching the others.
  {
    L.begin(W, H);
    L.lines(ok, src, dst, rel, xs, ys, colours);
    const plain = L.image().slice();
    L.keep("plain");
    L.recolour(grey[0]);
    const greyed = L.image().slice();
    L.keep("grey");
    for (const [name, want] of [["plain", plain], ["grey", greyed]]) {
      L.begin(W, H);
      if (!L.reuse(name)) fail(`${name} not taken up`);
      for (let i = 0; i < want.length; i++) if (L.image()[i] !== want[i]) fail(`kept ${name}, pixel ${i}: ${L.image()[i]}, ${want[i]} drawn`);
    }
    const before = L.keptBytes();
    L.begin(W, H);
    for (let i = 0; i < W * H; i++) L.image()[i] = (0xff000000 | (i * 7919)) >>> 0;
    L.keep("many");
    L.settle(); // (keep() turns an image into indices at the next keep() or settle())
    if (W * H > 256 && L.has("many")) fail("an image of more colours than the table holds was kept");
    if (L.keptBytes() > before + (W * H > 256 ? 0 : W * H)) fail(`kept images grew to ${L.keptBytes()} bytes by a refused image`);
    if (!L.has("plain") || !L.has("grey")) fail("a refused image dropped another");
    L.begin(W, H);
    if (!L.reuse("plain")) fail("plain not taken up after a refused image");
    for (let i = 0; i < plain.length; i++) if (L.image()[i] !== plain[i]) fail(`kept plain after a refused image, pixel ${i}`);
    L.begin(W, H);
    L.line(0, 0, W - 1, H - 1, L.colour("#123456"));
    const other = L.image().slice();
    L.keep("other");
    L.begin(W, H);
    if (!L.reuse("other")) fail("an image of a new colour was not kept after a refused one");
    for (let i = 0; i < other.length; i++) if (L.image()[i] !== other[i]) fail(`kept other, pixel ${i}`);
    let images = 0;
    for (const name of ["plain", "grey", "other", "ahead0", "ahead1", "ahead2"]) if (L.has(name)) images++;
    L.settle();
    if (W * H > 256 && L.keptBytes() !== images * W * H + 4 * W * H) fail(`${images} kept images take ${L.keptBytes()} bytes, not one a pixel (and a copy of four)`);
    checked++;
  }
  // A resized image has no layer until it is drawn again; a later chunk alone is refused;
  // forgetLayers() lets them all go.
  L.begin(W + 1, H);
  if (L.composite("set5", all, colours)) fail("composite() used a layer of another size");
  if (L.layer("set5", R, 1, E, ok, src, dst, rel, xs, ys, new Int32Array(R))) fail("a later chunk drew into a layer of another size");
  L.begin(W, H);
  L.forgetLayers();
  if (L.composite("set5", all, colours)) fail("composite() used a forgotten layer");
}
// The disc as sigma's point program draws an actor, every pixel of its square tested: opaque
// inside r - b, the outer b faded and put over what is there (premultiplied alpha).
function referenceDisc(p, W, H, x, y, r, b, c) {
  const x0 = Math.max(0, Math.floor(x - r)), x1 = Math.min(W - 1, Math.ceil(x + r)), y0 = Math.max(0, Math.floor(y - r)), y1 = Math.min(H - 1, Math.ceil(y + r));
  const cr = c & 255, cg = (c >>> 8) & 255, cb = (c >>> 16) & 255, inner = r > b ? (r - b) * (r - b) : 0, outer = r * r;
  for (let j = y0; j <= y1; j++) {
    const dy = j + 0.5 - y;
    for (let i = x0, q = j * W + x0; i <= x1; i++, q++) {
      const dx = i + 0.5 - x, e = dx * dx + dy * dy;
      if (e >= outer) continue;
      if (e <= inner) { p[q] = c; continue; }
      const t = (r - Math.sqrt(e)) / b;
      if (t <= 0) continue;
      if (t >= 1) { p[q] = c; continue; }
      const d = p[q], u = 1 - t;
      p[q] = ((((d >>> 24) * u + 255 * t + 0.5) << 24) | ((((d >>> 16) & 255) * u + cb * t + 0.5) << 16) | ((((d >>> 8) & 255) * u + cg * t + 0.5) << 8) | (((d & 255) * u + cr * t + 0.5) | 0)) >>> 0;
    }
  }
}
let discs = 0, rims = 0;
for (const [W, H] of [[97, 61], [300, 200], [1, 1], [847, 856]]) {
  // L draws the discs, Ref the same lines with the reference's discs.
  const L = actorgraphLines(), Ref = actorgraphLines();
  L.begin(W, H);
  Ref.begin(W, H);
  const want = Ref.image();
  for (let k = 0; k < 5000; k++) {
    const x = rand() * W * 1.2 - W * 0.1, y = rand() * H * 1.2 - H * 0.1, b = [1, 2, 0.5, 1.5][k % 4];
    const r = rand() < 0.1 ? rand() * 1.5 : rand() * 20, c = L.colour("#" + Math.floor(rand() * 0xffffff).toString(16).padStart(6, "0"));
    if (k % 7 === 0) {
      // A line under it, so that the faded rim is put over colours, not only over blank.
      const lx = rand() * W, ly = rand() * H;
      L.line(lx, ly, x, y, c ^ 0xffffff);
      Ref.line(lx, ly, x, y, c ^ 0xffffff);
    }
    const at = [[x, y, r]];
    if (k % 5 === 0) at.push([Math.round(x) + (k % 2) * 0.5, Math.round(y), Math.round(r)]);
    for (const [dx, dy, dr] of at) {
      L.disc(dx, dy, dr, b, c);
      referenceDisc(want, W, H, dx, dy, dr, b, c);
      discs++;
    }
  }
  const got = L.image();
  for (let i = 0; i < got.length; i++) {
    if (got[i] !== want[i]) fail(`${W}x${H} discs, pixel ${i}: ${got[i]} drawn, ${want[i]} by the reference`);
    const a = got[i] >>> 24;
    if (a > 0 && a < 255) rims++;
  }
}
// (and the test has teeth: faded rim pixels, where rounding could differ, were compared)
if (rims < 1000) fail(`only ${rims} faded pixels compared`);
// discs() frame after frame, as the page draws the actors: each actor's trace is kept once it
// is drawn a second time at the same place and painted from then on, so every frame is
// compared with the reference's discs: at rest, with some actors moved, recoloured, hidden
// or drawn in another order, the rim's width changed, and the image resized.
let frames = 0, painted = 0;
{
  const n = 600, xs = new Float64Array(n), ys = new Float64Array(n), rs = new Float64Array(n), cs = new Uint32Array(n), list = new Int32Array(n);
  let W = 300, H = 200, b = 1;
  const L = actorgraphLines(), Ref = actorgraphLines();
  for (let k = 0; k < n; k++) {
    xs[k] = rand() * W * 1.2 - W * 0.1; ys[k] = rand() * H * 1.2 - H * 0.1; rs[k] = rand() * 14;
    cs[k] = L.colour("#" + Math.floor(rand() * 0xffffff).toString(16).padStart(6, "0"));
  }
  const lines = [];
  for (let j = 0; j < 300; j++) lines.push([rand() * W, rand() * H, rand() * W, rand() * H, L.colour(rand() < 0.5 ? "#1f77b4" : "#d62728")]);
  for (let frame = 0; frame < 16; frame++) {
    if (frame === 11) { W = 240; H = 180; } // resized
    if (frame === 9) b = 2; // another rim
    if (frame === 5 || frame === 13) for (let k = 0; k < n; k += 7) xs[k] += 0.75; // some moved
    if (frame === 7) for (let k = 0; k < n; k += 3) cs[k] = L.colour("#dddddd"); // greyed
    let m = 0;
    for (let k = 0; k < n; k++) if (frame !== 3 || k % 4) list[m++] = frame === 8 ? n - 1 - k : k; // hidden; reordered
    L.begin(W, H);
    Ref.begin(W, H);
    for (const [x0, y0, x1, y1, c] of lines) { L.line(x0, y0, x1, y1, c); Ref.line(x0, y0, x1, y1, c); }
    const kept = L.traced();
    L.discs(xs, ys, rs, cs, list, m, b);
    if (kept > 0) painted++;
    const want = Ref.image();
    for (let i = 0; i < m; i++) referenceDisc(want, W, H, xs[list[i]], ys[list[i]], rs[list[i]], b, cs[list[i]]);
    const got = L.image();
    for (let i = 0; i < got.length; i++) if (got[i] !== want[i]) fail(`discs(), frame ${frame}, pixel ${i}: ${got[i]} drawn, ${want[i]} by the reference`);
    frames++;
  }
  // (kept traces were painted from in most frames: those after a frame at the same places)
  if (painted < 8) fail(`discs() painted from kept traces in only ${painted} of ${frames} frames`);
}
console.log(`ok lines: ${checked} composed images equal the drawn ones (${orderMatters} pixels where the order of the lines matters); ${discs} discs equal the reference (${rims} faded pixels); ${frames} frames of discs() equal it (${painted} painted from kept traces)`);
