type Colour = string;
interface FillState {
  fillColor(color: Colour, opacity?: number): unknown;
  save(): unknown;
  restore(): unknown;
  on(event: 'pageAdded', listener: () => void): unknown;
}

/**
 * Drops fill colour changes to the colour already in force. Every font change sets the ink again
 * (a table cell, a run of bold), which wrote a colour space and a colour into the page a few
 * thousand times a document. The colour in force is followed through pdfkit's save and restore
 * (a restore brings back the colour of its save) and forgotten when a page starts.
 */
export function skipRepeatedFills(doc: FillState): void {
  const fillColor = doc.fillColor.bind(doc);
  const save = doc.save.bind(doc);
  const restore = doc.restore.bind(doc);
  let current: Colour | null = null;
  const saved: (Colour | null)[] = [];
  doc.fillColor = (color, opacity) => {
    if (color === current && opacity === undefined) return doc;
    // Only plain colour names and hex codes are followed; gradients and patterns always pass.
    current = typeof color === 'string' && opacity === undefined ? color : null;
    return fillColor(color, opacity);
  };
  doc.save = () => {
    saved.push(current);
    return save();
  };
  doc.restore = () => {
    current = saved.length ? saved.pop()! : null;
    return restore();
  };
  doc.on('pageAdded', () => {
    current = null;
    saved.length = 0;
  });
}
