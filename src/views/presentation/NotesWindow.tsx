/** The presenter's second window: the notes of the current slide and what comes next (never on the projected slide). */
import { useEffect, useState } from 'react'
import { NOTES_CHANNEL, type NotesMessage } from './Presenter'
import { usePresentationMessages } from './use-messages'

export function NotesWindow() {
  const m = usePresentationMessages()
  const [current, setCurrent] = useState<NotesMessage | null>(null)
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return
    const ch = new BroadcastChannel(NOTES_CHANNEL)
    ch.onmessage = (e: MessageEvent<NotesMessage>) => setCurrent(e.data)
    return () => ch.close()
  }, [])
  return (
    <section className="notes-window" aria-live="polite">
      <h2>{m('notesTitle')}</h2>
      {current ? (
        <>
          <p className="notes-counter">
            {m('counter', { n: current.index, total: current.total })}: <strong>{current.title}</strong>
          </p>
          <p className="notes-text">{current.notes || m('notesNone')}</p>
          <p className="chart-note">{current.next ? m('nextUp', { title: current.next }) : m('last')}</p>
        </>
      ) : (
        <p>{m('notesWaiting')}</p>
      )}
    </section>
  )
}
