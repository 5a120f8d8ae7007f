// The side panel's writes that would cost the Go program (wasm/panel.go) a call for each
// element: the markup's words in the page's language. A call from Go to the page costs as
// much as the small write it makes. Also the edge editor's Escape, below.
'use strict';
window.nnplayPanel = {
  // speak writes the words of table (JSON: each key of the markup's data-i18n attributes
  // and its text; play.PageWords) into every element that names one: its text
  // (data-i18n), its tooltip (data-i18n-title) or its name (data-i18n-aria-label).
  speak(json) {
    const table = JSON.parse(json);
    for (const attr of ['data-i18n', 'data-i18n-title', 'data-i18n-aria-label']) {
      for (const el of document.querySelectorAll('[' + attr + ']')) {
        const text = table[el.getAttribute(attr)] || '';
        if (attr !== 'data-i18n') el.setAttribute(attr.slice('data-i18n-'.length), text);
        else if (el.textContent !== text) el.textContent = text;
      }
    }
  },
};

// Escape closes the edge editor, as a popup closes, when the keys are on it or on the
// canvas it belongs to: it presses the editor's × (play.DropEdge, the one way to close
// it), and the canvas keeps the keys, where the editor's edge was picked. This listener
// comes before the program's own (wasm/input.go), which would send Escape on the
// canvas to the panel: that is the second Escape's. It is here, not in Go, since the
// browser-only Go is held to 1,500 lines.
window.addEventListener('keydown', (e) => {
  const editor = document.getElementById('edge-editor');
  const canvas = document.querySelector('canvas');
  if (e.key !== 'Escape' || editor.hidden ||
      !(e.target === canvas || editor.contains(e.target))) return;
  e.stopImmediatePropagation();
  document.getElementById('edge-close').click();
  if (canvas) canvas.focus();
}, true);
