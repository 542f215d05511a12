/** Which component shows which view. Views other than the overview load on demand. */
import { lazy } from 'react'
import type { MetaResponse } from '../contract/v1'
import OverviewView from '../views/overview/OverviewView'
import type { ViewState } from './url-state'

const MethodologyView = lazy(() => import('../views/methodology/MethodologyView'))
const SectorsView = lazy(() => import('../views/sectors/SectorsView'))
const TrendsView = lazy(() => import('../views/trends/TrendsView'))
const InternationalView = lazy(() => import('../views/international/InternationalView'))
const CompareView = lazy(() => import('../views/compare/CompareView'))
const PresentationView = lazy(() => import('../views/presentation/PresentationView'))
const DataView = lazy(() => import('../views/data/DataView'))
const ProfileView = lazy(() => import('../views/profile/ProfileView'))
const SelfscanView = lazy(() => import('../views/selfscan/SelfscanView'))

export function View({ state, meta }: { state: ViewState; meta: MetaResponse }) {
  switch (state.view) {
    case 'methodology':
      return <MethodologyView meta={meta} />
    case 'sectors':
      return <SectorsView state={state} meta={meta} />
    case 'trends':
      return <TrendsView state={state} meta={meta} />
    case 'international':
      return <InternationalView state={state} meta={meta} />
    case 'compare':
      return <CompareView state={state} meta={meta} />
    case 'profile':
      return <ProfileView state={state} meta={meta} />
    case 'data':
      return <DataView meta={meta} />
    case 'selfscan':
      return <SelfscanView state={state} meta={meta} />
    case 'presentation':
      return <PresentationView state={state} meta={meta} />
    default:
      return <OverviewView state={state} meta={meta} />
  }
}
