// Where a chart's labels go when several want the same spot: the margin chart's end labels (who is
// ahead on each side of the line, and the final margin at the last point) all sit at its right edge,
// and in a close race they all want to be near zero. Each label keeps as close to its wanted height
// as it can, in the same top-to-bottom order, at least `gap` apart and inside the plot.

export interface WantedLabel {
  id: string;
  /** The height (SVG y, downwards) the label would sit at on its own. */
  y: number;
}

export interface LabelBand {
  /** The least distance between two labels' heights: a line of text and a little air. */
  gap: number;
  top: number;
  bottom: number;
}

/** Each label's height, in the order given. When the band cannot hold them all `gap` apart, they keep the gap and run past its top. */
export function separateLabels(labels: readonly WantedLabel[], { gap, top, bottom }: LabelBand): Map<string, number> {
  // Ties keep the order given, so the same labels always stack the same way.
  const order = labels.map((label, index) => ({ ...label, index })).sort((a, b) => a.y - b.y || a.index - b.index);
  const placed = order.map((label) => Math.min(Math.max(label.y, top), bottom));
  // Down the list: nobody closer than `gap` to the one above.
  for (let i = 1; i < placed.length; i++) placed[i] = Math.max(placed[i]!, placed[i - 1]! + gap);
  // Up the list: whoever ran past the bottom pushes the ones above it up.
  for (let i = placed.length - 1; i >= 0; i--) {
    const limit = i === placed.length - 1 ? bottom : placed[i + 1]! - gap;
    placed[i] = Math.min(placed[i]!, limit);
  }
  return new Map(order.map((label, i) => [label.id, placed[i]!]));
}
