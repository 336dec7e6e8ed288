// The Rule Lab's charts are figures drawn to fit the canvas: their labels keep a fixed size (the rows are
// spaced for it) rather than growing with the text-size setting and running into each other.
export const CHART_PX = 18;
export const ROW_PX = 15;
