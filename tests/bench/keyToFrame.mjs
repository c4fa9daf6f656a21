// What the typing benchmarks record on each page, registered before any page script
// (addInitScript), so the capturing listeners see a key before the app does.
//
// The latency of a key is the time from its keydown to the next animation frame after the
// character is in the page: the frame that shows it. The character is in the page when
//  - an `input` event fires (a textarea, or a contenteditable the browser edits itself), or
//  - the text inside a contenteditable changes first: the minutes editor puts a typed character in
//    as its own change (typedCharacters.ts), and the browser fires no `input` event for that.
// Whichever comes first counts; the other is ignored for that key.
//
// A string, not a function: tsx would wrap a function's inner functions in a helper the page lacks.
export const KEY_TO_FRAME = `(() => {
  const w = window;
  w.__lat = [];
  w.__downs = [];
  let down = null;
  addEventListener('keydown', () => {
    down = performance.now();
    w.__downs.push(performance.timeOrigin + down);
  }, true);
  const shown = () => {
    const t0 = down;
    down = null;
    if (t0 === null) return;
    requestAnimationFrame(() => w.__lat.push(performance.now() - t0));
  };
  addEventListener('input', shown, true);
  const inEditable = (node) => {
    const el = node.nodeType === 1 ? node : node.parentElement;
    return Boolean(el && el.isContentEditable);
  };
  new MutationObserver((records) => {
    if (down === null) return;
    if (records.some((r) => (r.type === 'characterData' || [...r.addedNodes].some((n) => n.textContent)) && inEditable(r.target))) shown();
  }).observe(document, { subtree: true, childList: true, characterData: true });
})();`;
