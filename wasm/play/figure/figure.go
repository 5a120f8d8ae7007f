// Package figure draws the figure the page's Export PNG asks for (play.ExportRequest)
// with package plots. Only the figure module (wasm/plotexport) imports it, so that
// gonum/plot and its fonts stay out of the playground's own module.
package figure

import (
	"bytes"
	"encoding/json"
	"fmt"

	"nnplay/core"
	"nnplay/plots"
	"nnplay/wasm/play"
	"nnplay/wasm/play/kofont"
)

// ActivationPNG returns the PNG of the activation figure that spec, a
// play.ExportRequest in JSON, asks for. A figure asked for in Korean is drawn with the
// page's Korean font (kofont), its words in Korean and its title as the page said it.
func ActivationPNG(spec string) ([]byte, error) {
	var s play.ExportRequest
	if err := json.Unmarshal([]byte(spec), &s); err != nil {
		return nil, fmt.Errorf("bad request: %v", err)
	}
	act, err := core.UnmarshalActivation(s.Activation)
	if err != nil {
		return nil, err
	}
	if s.Lang == play.Korean.Code() {
		// gonum draws a text in one font; the Liberation fonts have no Hangul.
		if err := plots.UseKoreanFont(kofont.OTF); err != nil {
			return nil, err
		}
	}
	fig, err := plots.Activation(act, plots.ActivationOptions{Marks: s.Marks,
		Highlight: s.Highlight, MarksName: s.MarksName, HighlightName: s.HighlightName,
		Title: s.Title, Lang: s.Lang})
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := plots.Write(&buf, fig, s.Width, s.Height, "png"); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
