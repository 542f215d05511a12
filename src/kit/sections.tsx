/**
 * The building blocks every view is composed of: the findings list, a row of choice chips, a
 * labelled select, the control bar, and `Isolate`, which keeps a failing figure from taking its
 * view down.
 */
import { Children, isValidElement, useId, type ReactNode } from 'react'
import { ErrorBoundary } from '../components/ErrorBoundary'
import { useI18n } from '../i18n/i18n'

/** "Belangrijkste bevindingen": sentences made by rules, in a list under a heading. */
export function Findings({ title, items, intro }: { title: string; items: readonly string[]; intro?: ReactNode }) {
  const id = useId()
  return (
    <section className="findings" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {intro}
      <ul>
        {items.map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ul>
    </section>
  )
}

/** A bar of controls above the figures. */
export function ControlBar({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={`focus-bar${className ? ` ${className}` : ''}`}>{children}</div>
}

export interface Choice<V> {
  value: V
  text: string
}

/** A labelled group of toggle chips; the pressed one is the current value. */
export function ChoiceChips<V>({ label, choices, value, onChoose }: { label: string; choices: readonly Choice<V>[]; value: V; onChoose: (v: V) => void }) {
  const id = useId()
  return (
    <div role="group" aria-labelledby={id} className="focus-group">
      <span id={id} className="focus-label">
        {label}:
      </span>
      {choices.map((c) => (
        <button key={String(c.value ?? 'all')} type="button" className="chip" aria-pressed={c.value === value} onClick={() => onChoose(c.value)}>
          {c.text}
        </button>
      ))}
    </div>
  )
}

/** A labelled select; its value is a string code ('' for "none"). */
export function SelectField({
  label,
  value,
  choices,
  onChoose,
  describedBy,
  className,
}: {
  label: string
  value: string
  choices: readonly Choice<string>[]
  onChoose: (v: string) => void
  describedBy?: string
  className?: string
}) {
  return (
    <label className={`focus-group${className ? ` ${className}` : ''}`}>
      <span className="focus-label">{label}:</span>
      <select value={value} aria-describedby={describedBy} onChange={(e) => onChoose(e.currentTarget.value)}>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.text}
          </option>
        ))}
      </select>
    </label>
  )
}

/**
 * One figure (or section) that may fail on its own: an error in it shows a message in its place
 * and the rest of the view stays usable. `resetKey` (the address) gives it a new chance.
 */
export function Isolate({ children, resetKey }: { children: ReactNode; resetKey?: string }) {
  const { t } = useI18n()
  return (
    <ErrorBoundary
      resetKey={resetKey}
      fallback={
        <div className="chart-frame chart-failed">
          <p className="state state-error" role="alert">
            {t('error.chart')}
          </p>
        </div>
      }
    >
      {children}
    </ErrorBoundary>
  )
}

/** Each child isolated on its own: a failing figure shows its error, the others stay. */
export function Isolated({ children, resetKey }: { children: ReactNode; resetKey?: string }) {
  return (
    <>
      {Children.map(children, (child) =>
        child ? (
          <Isolate resetKey={resetKey} key={isValidElement(child) ? child.key ?? undefined : undefined}>
            {child}
          </Isolate>
        ) : null,
      )}
    </>
  )
}

/** Announces what a click did (added, removed, full) to screen readers, without showing it. */
export function LiveStatus({ text }: { text: string }) {
  return (
    <p className="visually-hidden" role="status" aria-live="polite">
      {text}
    </p>
  )
}
