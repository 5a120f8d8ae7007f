// The side panel's writes that would cost the Go program (wasm/panel.go) a call for each
// element: the markup's words in the page's language. A call from Go to the page costs as
// much as the small write it makes.
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
