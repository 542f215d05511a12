/**
 * Fitting one figure into a fixed box (a 16:9 slide, a handout page): the figure is laid out at a
 * chosen width in CSS pixels, measured, and scaled as a whole — never cut, never scrolled.
 * Pure arithmetic; the component that measures is `FitBox`.
 */

/** A width and a height, in CSS pixels. */
export interface Size {
  width: number
  height: number
}

/** Narrowest and widest layout a figure gets: narrower squeezes axis labels, wider thins the type. */
export const LAYOUT_MIN = 720
export const LAYOUT_MAX = 1500

/**
 * The width to lay a figure out at so that, scaled, it fills a box of `box` size as far as it can.
 * Most figures here have a height that hardly depends on their width (fixed chart heights, a row
 * per region), so the width that matches the box's proportions is `height × box.width / box.height`
 * — measured once at any width. Clamped to [LAYOUT_MIN, LAYOUT_MAX] and rounded to whole pixels.
 */
export function layoutWidth(box: Size, measuredHeight: number, min = LAYOUT_MIN, max = LAYOUT_MAX): number {
  if (!(box.width > 0) || !(box.height > 0) || !(measuredHeight > 0)) return Math.min(max, Math.max(min, Math.round(box.width) || min))
  const ideal = (measuredHeight * box.width) / box.height
  return Math.round(Math.min(max, Math.max(min, ideal)))
}

/**
 * The scale that makes content of size `content` fit inside `box` whole: the smaller of the two
 * ratios, capped at `maxScale` (a tiny chart is not blown up without end). 0 when either is empty.
 */
export function fitScale(box: Size, content: Size, maxScale = 2.5): number {
  if (!(box.width > 0) || !(box.height > 0) || !(content.width > 0) || !(content.height > 0)) return 0
  return Math.min(maxScale, box.width / content.width, box.height / content.height)
}

/** Where the scaled content sits: centred across, at the top (a slide reads from the top). */
export function fitOffset(box: Size, content: Size, scale: number): { x: number; y: number } {
  return { x: Math.max(0, (box.width - content.width * scale) / 2), y: 0 }
}
