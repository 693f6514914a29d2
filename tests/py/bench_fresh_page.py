"""Times the explorer's actions on a freshly loaded page, as a person meets them: load, let the
force layout run 3 s, stop it, rest 1.5 s, then the first selection of the most connected
actor, a date range and its clearing, weight 3 and back, the hub selected again, focus, focus
depth 2, show all; each timed as check_html.py's timed() times an action (the page's work, the
next animation frame, the second one, its WebGL drawing done, its relations drawn), in ms.
Not a test (check_html.py checks what is drawn): a bench for docs/performance.md, whose
figures come from runs interleaved with the page of another commit.

Usage: python3 bench_fresh_page.py PAGE.html GRAPH.json OUT.json [--profile]
(--profile: a CPU profile of each action, the 25 functions of most self time, in OUT.json)
"""
import json, os, shutil, sys, time
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_html import Chromium  # noqa: E402
html, graph, out = sys.argv[1:4]
profile = "--profile" in sys.argv
g = json.load(open(graph))
linked = {x for l in g["links"] for x in (l["source"], l["target"])}
nodes = sorted((n for n in g["nodes"] if n["id"] in linked), key=lambda n: n["id"])
index = {n["id"]: k for k, n in enumerate(nodes)}
deg = {}
for l in g["links"]:
    for x in (l["source"], l["target"]):
        deg[x] = deg.get(x, 0) + 1
hub = min(deg, key=lambda x: (-deg[x], x))
c = Chromium(os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser"))
res = {}
def timed(js):
    c.eval("actorgraph.relationsDrawn().then(function () { var px = new Uint8Array(4); "
           "actorgraph.contexts().forEach(function (gl) { gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px); }); "
           "return new Promise(function (done) { requestAnimationFrame(function () { requestAnimationFrame(function () { done(true); }); }); }); })")
    if profile:
        c.send("Profiler.enable"); c.send("Profiler.setSamplingInterval", {"interval": 100}); c.send("Profiler.start")
    both = c.eval("new Promise(function (done) { var t = performance.now(), s; %s; queueMicrotask(function () { s = performance.now() - t; }); "
                  "requestAnimationFrame(function () { var n = performance.now() - t; "
                  "requestAnimationFrame(function () { var f = performance.now() - t, px = new Uint8Array(4); "
                  "actorgraph.contexts().forEach(function (gl) { gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px); }); "
                  "var d = performance.now() - t; "
                  "actorgraph.relationsDrawn().then(function () { var gl = actorgraph.relationsContext(); gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px); "
                  "done([s, n, f, d, performance.now() - t]); }); }); }); })" % js)
    prof = None
    if profile:
        prof = c.send("Profiler.stop")["profile"]
    return [round(v, 1) for v in both], prof
def selfs(prof):
    nodes = {n["id"]: n for n in prof["nodes"]}
    dt = {}
    for s, d in zip(prof["samples"], prof["timeDeltas"]):
        dt[s] = dt.get(s, 0) + d
    agg = {}
    for i, t in dt.items():
        cf = nodes[i]["callFrame"]
        k = f"{cf['functionName'] or '(anon)'}:{cf['lineNumber']}:{cf['columnNumber']}"
        agg[k] = agg.get(k, 0) + t / 1000
    return sorted(((round(v, 1), k) for k, v in agg.items()), reverse=True)[:25]
try:
    target = c.send("Target.createTarget", {"url": "about:blank"})["targetId"]
    c.session = c.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    c.send("Page.enable"); c.send("Runtime.enable")
    c.send("Emulation.setDeviceMetricsOverride", {"width": 1400, "height": 900, "deviceScaleFactor": 1, "mobile": False})
    c.send("Page.navigate", {"url": "file://" + os.path.abspath(html)})
    c.wait_event("Page.loadEventFired", timeout=120)
    deadline = time.time() + 30
    while c.eval("actorgraph.metrics.firstRelationsDrawn") is None and time.time() < deadline:
        time.sleep(0.05)
    res["first_picture_drawn"] = round(c.eval("actorgraph.metrics.firstPictureDrawn"), 1)
    res["first_relations_drawn"] = round(c.eval("actorgraph.metrics.firstRelationsDrawn"), 1)
    time.sleep(3)
    c.eval("actorgraph.stopLayout(); actorgraph.sigma.refresh(); true")
    time.sleep(1.5)
    res["panel"] = c.eval("document.getElementById('panel').innerText.slice(0, 50) + ' | ' + document.getElementById('panel').getAttribute('data-node')")
    acts = [("first select", f"actorgraph.select({{node: {index[hub]}}})"),
            ("date range", "var a = document.getElementById('f-from'), b = document.getElementById('f-to'); a.value = '2024-04-20'; a.dispatchEvent(new Event('change')); b.value = '2024-08-10'; b.dispatchEvent(new Event('change'))"),
            ("dates cleared", "var a = document.getElementById('f-from'), b = document.getElementById('f-to'); a.value = ''; a.dispatchEvent(new Event('change')); b.value = ''; b.dispatchEvent(new Event('change'))"),
            ("weight 3", "var i = document.getElementById('f-weight'); i.value = '3'; i.dispatchEvent(new Event('input'))"),
            ("weight 1", "var i = document.getElementById('f-weight'); i.value = '1'; i.dispatchEvent(new Event('input'))"),
            ("reselect", f"actorgraph.select({{node: {index[hub]}}})"),
            ("focus", "document.getElementById('focus').click()"),
            ("focus depth 2", "var s = document.getElementById('f-depth'); s.value = '2'; s.dispatchEvent(new Event('change'))"),
            ("show all", "document.getElementById('f-unfocus').click()"),
            ]
    for name, js in acts:
        if name == "reselect":
            c.eval("actorgraph.select(null); true"); time.sleep(0.5)
        t, prof = timed(js)
        res[name] = t
        if prof:
            res[name + " profile"] = selfs(prof)
        time.sleep(0.6)
finally:
    c.close()
json.dump(res, open(out, "w"), indent=1)
print(json.dumps({k: v for k, v in res.items() if "profile" not in k}))
