/**
 * One step of the questionnaire: the three statements of one dimension, each a real radio group
 * (fieldset + legend) on the 1–5 scale with the scale's words, plus "weet niet". Every answer is
 * stored the moment it is given.
 */
import { DIMENSIONS, DIMENSION_INFO, SCALE } from '../../domain/framework'
import { itemsOf, SELFSCAN_ITEMS } from '../../domain/selfscan-items'
import { answeredCount, type SelfscanAnswer } from '../../domain/selfscan-score'
import { useI18n } from '../../i18n/i18n'
import { STEP_COUNT, type Step } from './selfscan-model'
import type { StoredScan } from './storage'
import type { SelfscanT } from './use-messages'

const TOTAL = SELFSCAN_ITEMS.length

/** The progress bar and the list of steps (each a link to that step). */
export function Progress({ scan, current, m, hrefOf }: { scan: StoredScan; current?: number; m: SelfscanT; hrefOf: (step: Step) => string }) {
  const { label } = useI18n()
  const answered = answeredCount(scan.own.answers)
  return (
    <div className="sc-progress">
      <label className="sc-progress-label">
        <span>{m('progress.answered', { count: answered, total: TOTAL })}</span>
        <progress max={TOTAL} value={answered} />
      </label>
      <nav aria-label={m('steps.label')}>
        <ol className="sc-steps">
          {DIMENSIONS.map((d, i) => {
            const items = itemsOf(d)
            const done = items.filter((it) => scan.own.answers[it.id] !== undefined).length
            const name = label(DIMENSION_INFO[i].label)
            return (
              <li key={d}>
                <a
                  href={hrefOf({ kind: 'question', index: i + 1 })}
                  aria-current={current === i + 1 ? 'step' : undefined}
                  aria-label={m('steps.item', { step: i + 1, name, count: done, total: items.length })}
                  className={`sc-step ${done === items.length ? 'is-done' : done > 0 ? 'is-partial' : ''}`}
                >
                  <span aria-hidden="true">{i + 1}</span>
                </a>
              </li>
            )
          })}
        </ol>
      </nav>
    </div>
  )
}

export function Questionnaire({
  index,
  scan,
  setAnswer,
  m,
  hrefOf,
  go,
}: {
  index: number
  scan: StoredScan
  setAnswer: (id: string, a: SelfscanAnswer) => void
  m: SelfscanT
  hrefOf: (step: Step) => string
  go: (step: Step) => void
}) {
  const { label } = useI18n()
  const d = DIMENSIONS[index - 1]
  const info = DIMENSION_INFO[index - 1]
  const items = itemsOf(d)
  const open = items.filter((it) => scan.own.answers[it.id] === undefined).length
  const touched = items.length - open > 0
  return (
    <section className="sc-step-page" aria-labelledby="selfscan-step-heading">
      <Progress scan={scan} current={index} m={m} hrefOf={hrefOf} />
      <p className="sc-step-count">{m('progress.step', { step: index, steps: STEP_COUNT })}</p>
      <h2 id="selfscan-step-heading" tabIndex={-1} className="sc-step-title">
        {d} · {label(info.label)}
      </h2>
      <p className="sc-step-definition">{label(info.definition)}</p>
      <p className="sc-step-question">{m('step.question')}</p>
      {items.map((item) => {
        const n = SELFSCAN_ITEMS.indexOf(item) + 1
        const value = scan.own.answers[item.id]
        return (
          <fieldset key={item.id} className="sc-question">
            <legend>
              <span className="sc-question-number">{m('question.number', { n, total: TOTAL })}</span>
              <span className="sc-question-text">{label(item.text)}</span>
            </legend>
            <div className="sc-options">
              {SCALE.map((s) => (
                <label key={s.value} className="sc-option">
                  <input type="radio" name={`sc-${item.id}`} value={s.value} checked={value === s.value} onChange={() => setAnswer(item.id, s.value)} />
                  <span className="sc-option-num">{s.value}</span>{' '}
                  <span className="sc-option-text">
                    <span className="sc-option-word">{label(s.label)}</span>{' '}
                    <span className="sc-option-desc">{label(s.descriptor)}</span>
                  </span>
                </label>
              ))}
              <label className="sc-option sc-option-dk">
                <input type="radio" name={`sc-${item.id}`} value="dk" checked={value === 'dk'} onChange={() => setAnswer(item.id, 'dk')} />
                <span className="sc-option-text">
                  <span className="sc-option-word">{m('answer.dk')}</span>
                </span>
              </label>
            </div>
          </fieldset>
        )
      })}
      {touched && open > 0 ? <p className="chart-note">{open === 1 ? m('open.one') : m('open.many', { count: open })}</p> : null}
      <div className="sc-nav" role="group" aria-label={m('nav.label')}>
        <button type="button" className="button-secondary" onClick={() => go(index > 1 ? { kind: 'question', index: index - 1 } : { kind: 'intro' })}>
          ← {index > 1 ? m('nav.previous') : m('nav.intro')}
        </button>
        {index < STEP_COUNT ? (
          <button type="button" className="button-primary" onClick={() => go({ kind: 'question', index: index + 1 })}>
            {m('nav.next')} →
          </button>
        ) : (
          <button type="button" className="button-primary" onClick={() => go({ kind: 'result' })}>
            {m('nav.result')} →
          </button>
        )}
      </div>
    </section>
  )
}
