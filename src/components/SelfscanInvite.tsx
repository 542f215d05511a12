/**
 * "How does your organisation compare? Take the self-assessment": a small invitation that the
 * overview and a sector's profile show. The link carries the page's sector and province (when
 * there is exactly one) and language, so the scan starts with them filled in.
 */
import { hrefOf, type ViewState } from '../app/url-state'
import { useI18n } from '../i18n/i18n'
import { defineMessages, message } from '../i18n/messages'
import './selfscan-invite.css'

// its own few words, so the overview's chunk does not carry the whole self-assessment's dictionary
const inviteMessages = defineMessages(
  {
    'invite.title': 'Hoe scoort uw eigen organisatie?',
    'invite.text': 'Vergelijk uw organisatie met deze cijfers. Het duurt ongeveer tien minuten, en uw antwoorden blijven op uw eigen apparaat.',
    'invite.link': 'Doe de zelfscan',
  },
  {
    'invite.title': 'How does your organisation compare?',
    'invite.text': 'Compare your own organisation with these figures. It takes about ten minutes, and your answers stay on your own device.',
    'invite.link': 'Take the self-assessment',
  },
)

export function SelfscanInvite({ state }: { state: ViewState }) {
  const { lang } = useI18n()
  const m = (key: keyof (typeof inviteMessages)['nl']) => message(inviteMessages, lang, key)
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
