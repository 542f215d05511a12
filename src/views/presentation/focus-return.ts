/**
 * Where focus goes when the presentation's editor appears again (after presenting or after the
 * handout): the control that led away, so focus never falls to the page body.
 */
export type FocusTarget = 'present' | 'print'

let pending: FocusTarget | undefined

/** Asks the editor to focus this control when it next mounts. */
export function requestFocus(target: FocusTarget): void {
  pending = target
}

/** The control to focus, once (cleared on reading). */
export function takeFocusRequest(): FocusTarget | undefined {
  const t = pending
  pending = undefined
  return t
}
