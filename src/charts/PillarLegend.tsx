import { useI18n } from '../i18n/i18n'
import { PILLAR_COLOR } from './colors'
import { HatchSwatch } from './patterns'

/** Legend: shape and dash as well as colour; suppressed and thin data explained in words. */
export function PillarLegend({ showSuppressed = true }: { showSuppressed?: boolean }) {
  const { t } = useI18n()
  return (
    <ul className="legend">
      <li>
        <svg width="30" height="14" aria-hidden="true" focusable="false">
          <line x1="0" y1="7" x2="30" y2="7" stroke={PILLAR_COLOR.technological} strokeWidth="2" />
          <circle cx="15" cy="7" r="6" fill={PILLAR_COLOR.technological} />
        </svg>
        {t('legend.technological')}
      </li>
      <li>
        <svg width="30" height="14" aria-hidden="true" focusable="false">
          <line x1="0" y1="7" x2="30" y2="7" stroke={PILLAR_COLOR.social} strokeWidth="2" strokeDasharray="4 2" />
          <rect x="9" y="1" width="12" height="12" fill={PILLAR_COLOR.social} />
        </svg>
        {t('legend.social')}
      </li>
      <li>
        <svg width="30" height="14" aria-hidden="true" focusable="false">
          <circle cx="15" cy="7" r="6" fill={PILLAR_COLOR.technological} fillOpacity="0.35" stroke={PILLAR_COLOR.technological} strokeWidth="2" />
        </svg>
        {t('legend.lowReliability')}
      </li>
      {showSuppressed ? (
        <li>
          <HatchSwatch />
          {t('legend.suppressed')}
        </li>
      ) : null}
      <li className="legend-ci">{t('chart.ci')}</li>
    </ul>
  )
}
