//go:build js && wasm

package main

import (
	"syscall/js"

	"nnplay/wasm/play"
)

// Sharing and files, as far as the browser takes part: the address's hash opens as a
// link and follows the page's setup; the exports are downloaded or copied; files are
// picked or dropped and read once play.FileFor has let them through by their size.
// What a link, a file or an export holds is play's.

// onShare opens the link the page came with and every new hash, and reads the files the
// learner picks or drops on the page.
func onShare(send func(any)) {
	loc := js.Global().Get("location")
	open := func() {
		if h := loc.Get("hash").String(); len(h) > 1 {
			send(play.OpenLink{Hash: h})
		}
	}
	open() // first: the address's notice follows what the link says, not the other way
	send(play.SetPageAddress{URL: loc.Get("href").String()})
	on(js.Global(), "hashchange", func(js.Value) { open() })
	for id := range play.FileInputs {
		el := byID(id)
		on(el, "change", func(js.Value) {
			read(el.Get("files").Index(0), id, send)
			el.Set("value", "") // the same file again is a new change
		})
	}
	// A drop is the page's before it reaches ebiten's canvas, whose own listener stops
	// the program on a file without a file-system entry (one a script or another page
	// hands over).
	on(document, "dragover", func(e js.Value) { e.Call("preventDefault") })
	on(js.Global(), "drop", func(e js.Value) {
		e.Call("preventDefault")
		e.Call("stopPropagation")
		read(e.Get("dataTransfer").Get("files").Index(0), "", send)
	}, true)
}

// read reads file f, picked in the picker input ("" for a drop), unless its size is
// refused first.
func read(f js.Value, input string, send func(any)) {
	if !f.Truthy() {
		return
	}
	name := f.Get("name").String()
	kind, err := play.FileFor(input, name, f.Get("size").Float())
	if err != nil {
		send(play.Refuse{Kind: kind, Err: err})
		return
	}
	var then js.Func
	then = js.FuncOf(func(_ js.Value, a []js.Value) any {
		then.Release()
		if why := a[0].Get("error"); why.Truthy() {
			send(play.Refuse{Kind: kind, Err: play.ReadFailed(name, why.String())})
		} else {
			send(play.LoadFile{Kind: kind, Name: name, Text: a[0].Get("text").String()})
		}
		return nil
	})
	js.Global().Get("nnplayBoot").Call("readText", f).Call("then", then)
}

// export copies the link or downloads a file, as the learner asked (play.AskExport).
func (g *Game) export(kind string) {
	name, text, mime, err := g.m.ExportText(kind)
	boot := js.Global().Get("nnplayBoot")
	switch {
	case err != nil:
		g.panel.sayExported(kind, err)
	case kind == "url":
		var then js.Func
		then = js.FuncOf(func(_ js.Value, a []js.Value) any {
			then.Release()
			g.send(play.Copied{OK: a[0].Bool(), URL: text})
			return nil
		})
		boot.Call("copy", text).Call("then", then)
	default:
		boot.Call("download", name, text, mime)
		g.panel.sayExported(kind, play.ExportDone(kind, name))
	}
}

// showLink writes the page's setup into the address's hash, after base (the address
// without a query's lang: the hash names the language), without a history entry or a
// hashchange; where the browser forbids it, the address stays as it was.
func (p *panel) showLink(base, hash string) {
	if hash == p.link {
		return
	}
	defer func() { recover() }()
	p.link = hash
	js.Global().Get("history").Call("replaceState", nil, "", base+"#"+hash)
}

// overlay puts the edge editor where the scene keeps room for it, and gives the canvas
// the cursor of what the pointer is on.
func (p *panel) overlay(s *play.Scene, m *play.Session) {
	if at := s.Overlay.EditorStyle(s.Geo.Scale); at != p.editorAt {
		p.editorAt = at
		p.editor.Set("hidden", at == "")
		p.editor.Call("setAttribute", "style", at)
	}
	if c := m.Cursor(); c != p.cursor {
		p.cursor = c
		canvasEl.Get("style").Set("cursor", c)
	}
}
