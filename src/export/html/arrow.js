// A relation with its arrowhead in one plain (not instanced) WebGL draw: sigma's own arrow is two
// instanced programs (a clamped quad and a head), which software WebGL (SwiftShader) runs as
// one draw per relation: 3,000 relations of an archive took 0.15 s a frame, this about 0.02 s.
// Nine vertices a relation: the body's quad (two triangles) ending where the head begins, and
// the head's triangle, its tip on the target's rim. Same geometry as sigma's EdgeArrowProgram
// (head 2.5 times as long and twice as wide as the line is thick), without its antialiased rim.
function actorgraphArrowProgram(V) {
  "use strict";
  // sigma's edge program base class (not exported by the bundle: EdgeLineProgram's parent).
  var EdgeProgram = Object.getPrototypeOf(V.EdgeLineProgram);
  var FLOAT = WebGLRenderingContext.FLOAT, UBYTE = WebGLRenderingContext.UNSIGNED_BYTE;
  var VERTEX = [
    "attribute vec2 a_source;",
    "attribute vec2 a_target;",
    "attribute float a_size;",
    "attribute float a_radius;",
    // x: 0 at the source, 1 where the head begins, 2 at the tip; y: across, in half-thicknesses.
    "attribute vec2 a_corner;",
    "attribute vec4 a_color;",
    "attribute vec4 a_id;",
    "uniform mat3 u_matrix;",
    "uniform float u_sizeRatio;",
    "uniform float u_correctionRatio;",
    "uniform float u_minEdgeThickness;",
    "varying vec4 v_color;",
    "void main() {",
    "  vec2 d = a_target - a_source;",
    "  float len = length(d);",
    "  vec2 u = len > 0.0 ? d / len : vec2(0.0);",
    "  vec2 n = vec2(-u.y, u.x);",
    "  float w = max(a_size, u_minEdgeThickness * u_sizeRatio) * u_correctionRatio / u_sizeRatio;",
    "  float r = a_radius * 2.0 * u_correctionRatio / u_sizeRatio;",
    "  vec2 p = a_corner.x < 0.5 ? a_source : a_target - u * (a_corner.x < 1.5 ? r + 5.0 * w : r);",
    // The body is narrower than sigma's quad, whose antialiased rim fades its outer part
    // (still at least a pixel wide); the head's is sigma's.
    "  float one = u_correctionRatio / u_sizeRatio;",
    "  p += n * a_corner.y * (abs(a_corner.y) > 1.5 ? w : max(0.7 * w, 0.5 * one));",
    "  gl_Position = vec4((u_matrix * vec3(p, 1)).xy, 0, 1);",
    "  #ifdef PICKING_MODE",
    "  v_color = a_id;",
    "  #else",
    "  v_color = a_color;",
    "  #endif",
    "  v_color.a *= 255.0 / 254.0;",
    "}",
  ].join("\n");
  var FRAGMENT = "precision mediump float;\nvarying vec4 v_color;\nvoid main(void) { gl_FragColor = v_color; }\n";
  // (along, across) of the nine vertices.
  var CORNERS = [0, 1, 0, -1, 1, 1, 1, 1, 0, -1, 1, -1, 2, 0, 1, 2, 1, -2];
  // A colour as sigma packs it: four bytes read as one float, the alpha's last bit cleared (some
  // bit patterns are not numbers).
  var packed = {}, bytes = new Uint8Array(4), asFloat = new Float32Array(bytes.buffer);
  function pack(color) {
    var f = packed[color];
    if (f !== undefined) return f;
    var m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color || ""), h = m ? m[1] : "777";
    if (h.length === 3) h = h[0] + h[0] + h[1] + h[1] + h[2] + h[2];
    bytes[0] = parseInt(h.slice(0, 2), 16);
    bytes[1] = parseInt(h.slice(2, 4), 16);
    bytes[2] = parseInt(h.slice(4, 6), 16);
    bytes[3] = 254;
    return (packed[color] = asFloat[0]);
  }
  class ArrowProgram extends EdgeProgram {
    getDefinition() {
      return {
        VERTICES: 9, VERTEX_SHADER_SOURCE: VERTEX, FRAGMENT_SHADER_SOURCE: FRAGMENT,
        METHOD: WebGLRenderingContext.TRIANGLES,
        UNIFORMS: ["u_matrix", "u_sizeRatio", "u_correctionRatio", "u_minEdgeThickness"],
        ATTRIBUTES: [
          { name: "a_source", size: 2, type: FLOAT },
          { name: "a_target", size: 2, type: FLOAT },
          { name: "a_size", size: 1, type: FLOAT },
          { name: "a_radius", size: 1, type: FLOAT },
          { name: "a_corner", size: 2, type: FLOAT },
          { name: "a_color", size: 4, type: UBYTE, normalized: true },
          { name: "a_id", size: 4, type: UBYTE, normalized: true },
        ],
      };
    }
    processVisibleItem(id, i, source, target, data) {
      var a = this.array, color = pack(data.color), size = data.size || 1, radius = target.size || 1;
      for (var v = 0; v < 9; v++) {
        a[i++] = source.x; a[i++] = source.y; a[i++] = target.x; a[i++] = target.y;
        a[i++] = size; a[i++] = radius; a[i++] = CORNERS[2 * v]; a[i++] = CORNERS[2 * v + 1];
        a[i++] = color; a[i++] = id;
      }
    }
    setUniforms(params, info) {
      var gl = info.gl, u = info.uniformLocations;
      gl.uniformMatrix3fv(u.u_matrix, false, params.matrix);
      gl.uniform1f(u.u_sizeRatio, params.sizeRatio);
      gl.uniform1f(u.u_correctionRatio, params.correctionRatio);
      gl.uniform1f(u.u_minEdgeThickness, params.minEdgeThickness);
    }
  }
  return ArrowProgram;
}
