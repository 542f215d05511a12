import { useEffect, useState } from 'react'
import { navigate } from './location'
import { hrefOf, type ViewState } from './url-state'

/**
 * A view's own notices, kept on screen, and the cleaned address written back, as the shell does
 * for its parameters. The check runs after every render: the shell may write its own cleaned
 * address after the view's (effects run child first), so it repeats until the address holds no
 * trimmed or invalid value.
 */
export function useCleanAddress<N>(settings: { notices: readonly N[]; clean: ViewState }): readonly N[] {
  const noticeKey = JSON.stringify(settings.notices)
  const cleanHref = hrefOf(settings.clean)
  useEffect(() => {
    if (settings.notices.length > 0) navigate(cleanHref, { replace: true })
  })
  // keep the notices on screen after the address was cleaned (adjusting state during render)
  const [shown, setShown] = useState<readonly N[]>(settings.notices)
  const [lastKey, setLastKey] = useState(noticeKey)
  if (noticeKey !== lastKey) {
    setLastKey(noticeKey)
    if (settings.notices.length > 0) setShown(settings.notices)
  }
  return shown
}
