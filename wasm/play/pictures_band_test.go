package play

import (
	"testing"

	"nnplay/wasm/play/sheet"
)

// TestBandsUploadOnlyTheirPictures paints every band of each preset's pictures into the
// sheet not shown: together they upload the white block and the plane's cell and each
// unit's cell, and not the rest of the sheet's width, never drawn from (the plane's band
// was eight times its cell's width, and ebiten copies what it is given).
func TestBandsUploadOnlyTheirPictures(t *testing.T) {
	for preset := range 3 {
		m, pics, tex := withPictures(preset, false)
		units := 0
		for _, n := range m.Sizes() {
			units += n
		}
		want := 4 * ((sheet.PlaneX+HeatmapSize+2)*sheet.UnitsY(HeatmapSize) +
			units*sheet.ThumbCell*sheet.ThumbCell)
		tex.frame = 0
		for k := range pics.Bands(m) {
			pics.Paint(m, m.Heat(), k)
		}
		if tex.frame != want {
			t.Errorf("preset %d: its %d bands uploaded %d bytes, its pictures are %d",
				preset, pics.Bands(m), tex.frame, want)
		}
	}
}
