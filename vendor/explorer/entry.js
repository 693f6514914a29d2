// The browser libraries the HTML explorer is drawn with, bundled into one script that
// src/export/html.rs inlines into every page (no network at view time). Rebuild with ./build.sh.
import Graph from "graphology";
import Sigma from "sigma";
import { EdgeArrowProgram, EdgeLineProgram, NodePointProgram } from "sigma/rendering";
import FA2Layout from "graphology-layout-forceatlas2/worker";
window.ActorgraphVendor = { Graph, Sigma, EdgeArrowProgram, EdgeLineProgram, NodePointProgram, FA2Layout };
