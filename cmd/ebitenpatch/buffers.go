package main

// ebiten hands a draw call's vertices and indices over in two scratch buffers on the image
// drawn on, and makes each anew at exactly the size of a call that outgrows it: a call a
// few vertices larger than any before (slow Play's pulses, a loss curve a point longer)
// made megabytes of garbage, a frame in twenty at one sample per frame. The copy grows
// them geometrically (package grow, copied into it).
var bufferEdits = []edit{
	{"image.go", "\t\"" + internal + "graphics\"\n",
		"\t\"" + internal + "graphics\"\n\t\"" + growPkg + "\"\n", 1},
	{"image.go", "\t\ti.tmpVertices = make([]float32, n)\n",
		"\t\ti.tmpVertices = grow.Slice(i.tmpVertices, n)\n", 1},
	{"image.go", "\t\ti.tmpIndices = make([]uint32, n)\n",
		"\t\ti.tmpIndices = grow.Slice(i.tmpIndices, n)\n", 1},
}

const growPkg = internal + "nnplay/grow"
