package play

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"image"
	"image/color"
)

// CanvasPNG encodes as PNG the part of a canvas the learner sees: area (in canvas
// pixels; not the strip under the panel) of the w x h canvas whose RGBA pixels are pix.
// It returns the PNG and its size.
func CanvasPNG(pix []byte, w, h int, area Rect) (file []byte, width, height int, err error) {
	full := &image.RGBA{Pix: pix, Stride: 4 * w, Rect: image.Rect(0, 0, w, h)}
	seen := image.Rect(int(area.X+0.5), int(area.Y+0.5), int(area.X+area.W+0.5),
		int(area.Y+area.H+0.5))
	img := full.SubImage(seen).(*image.RGBA)
	file, err = encodePNG(img)
	if err != nil {
		return nil, 0, 0, CanvasEncodeFailed.With(err.Error())
	}
	return file, img.Bounds().Dx(), img.Bounds().Dy(), nil
}

// encodePNG writes img as PNG: RGB when every pixel is opaque, else RGBA with the
// colours un-premultiplied, the pixels image/png writes for it. It is ours, not
// image/png, because the page's module links zlib and crc32 anyway and image/png
// would add 89 KB of code for this one button. Each row goes through PNG's Sub filter
// (the difference from the pixel to its left), which leaves the canvas's flat areas
// as runs of zeros.
func encodePNG(img *image.RGBA) ([]byte, error) {
	b := img.Bounds()
	if b.Empty() {
		return nil, fmt.Errorf("invalid image size %dx%d", b.Dx(), b.Dy())
	}
	opaque := img.Opaque()
	depth := 4
	if opaque {
		depth = 3
	}
	var out bytes.Buffer
	out.WriteString("\x89PNG\r\n\x1a\n")
	var head [13]byte
	binary.BigEndian.PutUint32(head[0:], uint32(b.Dx()))
	binary.BigEndian.PutUint32(head[4:], uint32(b.Dy()))
	head[8], head[9] = 8, 6 // 8 bits a sample, RGBA
	if opaque {
		head[9] = 2 // RGB
	}
	chunk(&out, "IHDR", head[:])

	var data bytes.Buffer
	zw := zlib.NewWriter(&data)
	row := make([]byte, 1+depth*b.Dx())
	prev := make([]byte, depth)
	var nrgba [4]byte
	for y := b.Min.Y; y < b.Max.Y; y++ {
		row[0] = 1 // Sub
		clear(prev)
		for x := b.Min.X; x < b.Max.X; x++ {
			i := img.PixOffset(x, y)
			px := img.Pix[i : i+depth]
			if !opaque {
				c := color.NRGBAModel.Convert(color.RGBA{px[0], px[1], px[2], px[3]}).(color.NRGBA)
				nrgba = [4]byte{c.R, c.G, c.B, c.A}
				px = nrgba[:]
			}
			at := 1 + depth*(x-b.Min.X)
			for k := range depth {
				row[at+k] = px[k] - prev[k]
			}
			copy(prev, px)
		}
		if _, err := zw.Write(row); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	chunk(&out, "IDAT", data.Bytes())
	chunk(&out, "IEND", nil)
	return out.Bytes(), nil
}

// chunk writes a PNG chunk: its length, type, data and the CRC-32 of type and data.
func chunk(out *bytes.Buffer, kind string, data []byte) {
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], uint32(len(data)))
	out.Write(n[:])
	crc := crc32.NewIEEE()
	crc.Write([]byte(kind))
	crc.Write(data)
	out.WriteString(kind)
	out.Write(data)
	binary.BigEndian.PutUint32(n[:], crc.Sum32())
	out.Write(n[:])
}
