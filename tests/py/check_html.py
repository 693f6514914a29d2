"""Opens actorgraph's HTML view in headless Chromium and uses it like a person would.

Usage: python3 check_html.py VIEW.html GRAPH.json SCREENSHOT.png

Drives Chromium over the DevTools protocol (`--remote-debugging-pipe`, no extra packages):
checks that the diagram renders (one drawn node per actor, one drawn edge per relation), that a
real mouse click on an edge shows its relation, weight and evidence sentences with their
documents, that clicking an actor highlights exactly it and its neighbours, that the search box
finds an actor by an alias, and that the page loads nothing from the network. Saves a
screenshot taken after the edge click. Exit code 0 and "ok html" on success.
"""

import base64
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata


def fail(msg):
    raise SystemExit(f"FAIL: {msg}")


def check(cond, msg):
    if not cond:
        fail(msg)


class Chromium:
    def __init__(self, binary):
        self.profile = tempfile.mkdtemp(prefix="actorgraph-chromium-")
        cmd_r, self.cmd_w = os.pipe()
        self.res_r, res_w = os.pipe()

        def child_fds():
            a, b = os.dup(cmd_r), os.dup(res_w)
            os.dup2(a, 3)
            os.dup2(b, 4)

        args = [
            binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--hide-scrollbars", "--mute-audio",
            f"--user-data-dir={self.profile}", "--remote-debugging-pipe", "about:blank",
        ]
        self.proc = subprocess.Popen(args, preexec_fn=child_fds, close_fds=False,
                                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(cmd_r)
        os.close(res_w)
        self.buf = b""
        self.next_id = 0
        self.events = []
        self.session = None

    def close(self):
        try:
            self.send("Browser.close", session=False, wait=False)
        except Exception:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        shutil.rmtree(self.profile, ignore_errors=True)

    def _read_message(self, deadline):
        while b"\0" not in self.buf:
            left = deadline - time.time()
            check(left > 0, "Chromium did not answer in time")
            ready, _, _ = select.select([self.res_r], [], [], left)
            if ready:
                chunk = os.read(self.res_r, 1 << 20)
                check(chunk, "Chromium closed the DevTools pipe")
                self.buf += chunk
        msg, self.buf = self.buf.split(b"\0", 1)
        return json.loads(msg)

    def send(self, method, params=None, session=True, wait=True, timeout=30):
        self.next_id += 1
        msg = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session:
            msg["sessionId"] = self.session
        os.write(self.cmd_w, json.dumps(msg).encode() + b"\0")
        if not wait:
            return None
        deadline = time.time() + timeout
        while True:
            m = self._read_message(deadline)
            if m.get("id") == self.next_id:
                check("error" not in m, f"{method}: {m.get('error')}")
                return m["result"]
            self.events.append(m)

    def wait_event(self, method, timeout=30):
        deadline = time.time() + timeout
        while True:
            for i, m in enumerate(self.events):
                if m.get("method") == method:
                    return self.events.pop(i)
            self.events.append(self._read_message(deadline))

    def eval(self, expr):
        r = self.send("Runtime.evaluate", {"expression": expr, "returnByValue": True, "awaitPromise": True})
        check("exceptionDetails" not in r, f"script error in {expr[:80]!r}: {r.get('exceptionDetails')}")
        return r["result"].get("value")

    def click(self, x, y):
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            p = {"type": kind, "x": x, "y": y, "button": "left" if kind != "mouseMoved" else "none", "clickCount": 1}
            self.send("Input.dispatchMouseEvent", p)


# Finds a point of an SVG element that a click would really land on (elementFromPoint hits it).
POINT_OF_EDGE = """
(function (id) {
  var g = document.getElementById(id);
  g.scrollIntoView({block: "center", inline: "center"});
  var paths = g.querySelectorAll("path");
  for (var k = 0; k < paths.length; k++) {
    var p = paths[k], len = p.getTotalLength(), m = p.getScreenCTM();
    var fractions = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.15, 0.85];
    for (var f = 0; f < fractions.length; f++) {
      var q = p.getPointAtLength(len * fractions[f]);
      var x = q.x * m.a + q.y * m.c + m.e, y = q.x * m.b + q.y * m.d + m.f;
      var hit = document.elementFromPoint(x, y);
      if (hit && hit.closest("g.edge") === g) return [x, y];
    }
  }
  var t = g.querySelector("text");
  if (t) { var r = t.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; }
  return null;
})(%s)
"""

POINT_OF_NODE = """
(function (id) {
  var g = document.getElementById(id);
  g.scrollIntoView({block: "center", inline: "center"});
  var r = g.getBoundingClientRect();
  var xs = [0.5, 0.3, 0.7, 0.1, 0.9];
  for (var i = 0; i < xs.length; i++) {
    var x = r.left + r.width * xs[i], y = r.top + r.height / 2;
    var hit = document.elementFromPoint(x, y);
    if (hit && hit.closest("g.node") === g) return [x, y];
  }
  return null;
})(%s)
"""


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()


def main():
    html, graph_json, screenshot = sys.argv[1:4]
    g = json.load(open(graph_json, encoding="utf-8"))
    nodes = sorted(g["nodes"], key=lambda n: n["id"])
    # The order of ActorGraph::edges(): source, target, then relation in declaration order.
    order = ["mediator", "adversary", "proxy", "ally"]
    links = sorted(g["links"], key=lambda l: (l["source"], l["target"], order.index(l["relation"])))
    # The view is self-contained: no external script, style sheet or image.
    page = open(html, encoding="utf-8").read()
    for bad in ("<script src", "<link ", "@import", "src=\"http", "href=\"http"):
        check(bad not in page, f"the page refers to an outside resource: {bad!r}")

    binary = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    check(binary, "no chromium")
    c = Chromium(binary)
    try:
        target = c.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        c.session = c.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        c.send("Page.enable")
        c.send("Runtime.enable")
        c.send("Network.enable")
        c.send("Emulation.setDeviceMetricsOverride", {"width": 1400, "height": 1000, "deviceScaleFactor": 1, "mobile": False})
        url = "file://" + os.path.abspath(html)
        c.send("Page.navigate", {"url": url})
        c.wait_event("Page.loadEventFired")
        check(c.eval("document.body.getAttribute('data-ready')") == "true", "the page script did not run")

        # The diagram renders: one drawn node per actor (+ the legend), one drawn edge per relation.
        drawn = c.eval("[document.querySelectorAll('#diagram svg g.node').length, document.querySelectorAll('#diagram svg g.edge').length, document.querySelector('#diagram svg').getBoundingClientRect().width]")
        check(drawn[0] == len(nodes) + 1, f"{drawn[0]} nodes drawn for {len(nodes)} actors")
        check(drawn[1] == len(links), f"{drawn[1]} edges drawn for {len(links)} relations")
        check(drawn[2] > 200, f"diagram is {drawn[2]}px wide")
        titles = c.eval("Array.from(document.querySelectorAll('#diagram svg g.node > title')).map(t => t.textContent)")
        check(sorted(titles) == sorted([n["id"] for n in nodes] + ["__legend__"]), "drawn node titles differ from the actor ids")

        # Click every edge with evidence (a real mouse click) and read the panel.
        clicked = 0
        for i, l in enumerate(links):
            if not l["evidence"]:
                continue
            pt = c.eval(POINT_OF_EDGE % json.dumps(f"r{i}"))
            if pt is None:
                continue
            c.click(pt[0], pt[1])
            check(c.eval("document.getElementById('panel').getAttribute('data-edge')") == str(i), f"clicking edge {i} did not select it")
            text = c.eval("document.getElementById('panel').innerText")
            check(l["relation"] in text, f"panel of edge {i} lacks the relation")
            check(f"weight {l['weight']}" in text, f"panel of edge {i} lacks the weight")
            for ev in l["evidence"]:
                shown = c.eval("Array.from(document.querySelectorAll('#panel .evidence .text')).map(t => t.textContent)")
                check(ev["text"] in shown, f"panel of edge {i} lacks evidence {ev['text'][:40]!r}")
                check(ev["document"] in text, f"panel of edge {i} lacks document {ev['document']!r}")
            if clicked == 0:
                shot = c.send("Page.captureScreenshot", {"format": "png"})
                with open(screenshot, "wb") as f:
                    f.write(base64.b64decode(shot["data"]))
            clicked += 1
        check(clicked >= max(1, len(links) // 2), f"only {clicked} of {len(links)} edges could be clicked")

        # Clicking an actor highlights exactly it and its neighbours.
        hub = max(range(len(nodes)), key=lambda k: sum(nodes[k]["id"] in (l["source"], l["target"]) for l in links))
        hid = nodes[hub]["id"]
        pt = c.eval(POINT_OF_NODE % json.dumps(f"a{hub}"))
        check(pt is not None, f"actor {hid!r} cannot be clicked")
        c.click(pt[0], pt[1])
        check(c.eval("document.getElementById('panel').getAttribute('data-node')") == hid, "clicking an actor did not select it")
        lit = set(c.eval("Array.from(document.querySelectorAll('#diagram g.node.hl > title')).map(t => t.textContent)"))
        want = {hid} | {l["target"] for l in links if l["source"] == hid} | {l["source"] for l in links if l["target"] == hid}
        check(lit == want, f"highlighted {sorted(lit)}, expected {sorted(want)}")
        dimmed = c.eval("getComputedStyle(document.querySelector('#diagram g.node:not(.hl)') || document.body).opacity")
        check(float(dimmed) < 1.0 or len(want) == len(nodes), "other actors are not dimmed")

        # The search box finds an actor by an alias (the last alias of an actor that has one).
        with_alias = [n for n in nodes if n["aliases"]]
        if with_alias:
            n = with_alias[-1]
            q = n["aliases"][-1]
            c.eval("(function(){var s=document.getElementById('search'); s.value=''; s.focus();})()")
            c.send("Input.insertText", {"text": q})
            found = c.eval("Array.from(document.querySelectorAll('#matches li')).map(li => li.getAttribute('data-node'))")
            check(n["id"] in found, f"searching {q!r} did not list {n['id']!r}: {found}")
            for key in ("keyDown", "keyUp"):
                c.send("Input.dispatchKeyEvent", {"type": key, "key": "Enter", "code": "Enter", "windowsVirtualKeyCode": 13, "text": "\r" if key == "keyDown" else ""})
            sel = c.eval("document.getElementById('panel').getAttribute('data-node')")
            picked = next(x for x in nodes if x["id"] == sel)
            check(fold(q) in [fold(s) for s in [picked["label"], picked["id"]] + picked["aliases"]], f"Enter picked {sel!r}, which has no name {q!r}")

        # Nothing was fetched from the network.
        urls = [m["params"]["request"]["url"] for m in c.events if m.get("method") == "Network.requestWillBeSent"]
        check(all(u.startswith(("file:", "data:", "about:")) for u in urls), f"network requests: {urls}")
    finally:
        c.close()
    print(f"ok html ({clicked} edges clicked)")


if __name__ == "__main__":
    main()
