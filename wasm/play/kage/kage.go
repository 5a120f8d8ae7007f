// Package kage holds the Kage source of the canvas's own shaders. The page's copy of
// ebiten compiles no Kage at run time: cmd/ebitenpatch compiles these when it makes the
// copy, as it does ebiten's built-in shaders, and the copy's ebiten.NewShader takes
// only the sources compiled then.
package kage

// Line draws a straight stroke of play.Mesh.ShadedLine as one quad: the stroke's box
// grown by half a pixel on every side. srcPos holds a pixel's distances from the quad's
// start and its left side, custom.xy those from its end and its right side, in pixels
// (along the stroke, in its ends' ramps, which are a pixel long but for a stroke shorter
// than a pixel), each linear across the quad. The coverage ramps from 0 at the quad's
// sides to the colour a pixel inside them, across the stroke and along it, as the
// feathered bands of play.Mesh.Line do: where the page drew each edge as ten thin
// triangles, a software renderer now sets up two, and each pixel reads no texture. The
// vertices of a solid shape (a fill) are a pixel inside every side: it comes out in its
// colour, without the four texel reads a linear filter makes of the white block.
const Line = `//kage:unit pixels

package main

func Fragment(dstPos vec4, srcPos vec2, color vec4, custom vec4) vec4 {
	d := clamp(min(srcPos, custom.xy), vec2(0), vec2(1))
	return color * (d.x * d.y)
}
`
