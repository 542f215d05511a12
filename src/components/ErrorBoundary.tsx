import { Component, type ReactNode } from 'react'

/** One per view: a failing chart never takes the page down. */
export class ErrorBoundary extends Component<{ fallback: ReactNode; children: ReactNode; resetKey?: string }, { failed: boolean; key?: string }> {
  state = { failed: false, key: this.props.resetKey }
  static getDerivedStateFromError() {
    return { failed: true }
  }
  static getDerivedStateFromProps(props: { resetKey?: string }, state: { failed: boolean; key?: string }) {
    if (props.resetKey !== state.key) return { failed: false, key: props.resetKey }
    return null
  }
  render() {
    return this.state.failed ? this.props.fallback : this.props.children
  }
}
