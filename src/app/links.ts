/** Links that keep the language (and, where it makes sense, the filters) of the current address. */
export function methodologyHref(): string {
  const lang = new URLSearchParams(window.location.search).get('taal') === 'en' ? '?taal=en' : ''
  return `/methode${lang}`
}
