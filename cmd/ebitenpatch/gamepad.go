package main

// The page reads no gamepad, but ebiten asks the browser for its gamepads in every tick
// (navigator.getGamepads), and Chromium's first answer starts its gamepad service: about
// 150 ms of a core in the browser process while the page makes its first frame, and a
// console warning in every tick where the call is missing (an http page that is not
// 127.0.0.1). The copy asks for none: its gamepad list stays empty.
var gamepadEdits = []edit{
	{"internal/gamepad/gamepad_js.go", "\tnav := js.Global().Get(\"navigator\")\n",
		"\tnav := js.Null() // nnplay: the page reads no gamepad (cmd/ebitenpatch)\n", 1},
}
