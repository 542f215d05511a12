import { useEffect, useRef, useState } from 'react'

/** Width of an element, following resizes. Falls back to `fallback` where layout is unavailable (tests). */
export function useWidth<T extends HTMLElement>(fallback = 640): [React.RefObject<T | null>, number] {
  const ref = useRef<T>(null)
  const [width, setWidth] = useState(fallback)
  useEffect(() => {
    const el = ref.current
    if (!el) return
    const measure = () => {
      // clientWidth is in the element's own CSS pixels, so a chart inside a CSS-zoomed slide
      // is laid out for the space it really has (getBoundingClientRect gives the zoomed size)
      const w = el.clientWidth
      if (w > 0) setWidth(Math.floor(w))
    }
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const ro = new ResizeObserver(measure)
    ro.observe(el)
    return () => ro.disconnect()
  }, [])
  return [ref, width]
}
