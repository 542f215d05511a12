/**
 * "How does your organisation compare? Take the self-assessment": a small invitation that the
 * overview and a sector's profile show. The link carries the page's sector and province (when
 * there is exactly one) and language, so the scan starts with them filled in.
 */
import { hrefOf, type ViewState } from '../../app/url-state'
import { useSelfscanMessages } from './use-messages'
import './invite.css'

export function SelfscanInvite({ state }: { state: ViewState }) {
  const m = useSelfscanMessages()
  const href = hrefOf({
    ...state,
    view: 'selfscan',
    regions: state.regions.length === 1 ? state.regions : [],
    sectors: state.sectors.length === 1 ? state.sectors : [],
    level: undefined,
    dimension: undefined,
    extra: {},
  })
  return (
    <aside className="selfscan-invite" aria-labelledby="selfscan-invite-title">
      <h2 id="selfscan-invite-title">
        {m('invite.title')}
      </h2>
      <p>{m('invite.text')}</p>
      <a href={href} className="button-secondary">
        {m('invite.link')} →
      </a>
    </aside>
  )
}
