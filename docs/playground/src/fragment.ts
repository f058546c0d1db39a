// The page's state lives in the URL fragment, so a link reproduces what someone saw:
// `#text=<article>` (Article mode) or `#json=<payload>` (Payload mode), plus `&locale=id` for Indonesian (English otherwise).

export type Mode = 'article' | 'payload';
export type Locale = 'id' | 'en';

export interface PlaygroundState {
  mode: Mode;
  input: string;
  locale: Locale;
}

/** Reads the state from a fragment such as `#text=Kapolres%20…` (anything unreadable → Article mode, empty). */
export function readFragment(hash: string): PlaygroundState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const locale: Locale = params.get('locale') === 'id' ? 'id' : 'en';
  const json = params.get('json');
  if (json !== null) return { mode: 'payload', input: json, locale };
  return { mode: 'article', input: params.get('text') ?? '', locale };
}

/** The fragment for a state; `URLSearchParams` does the percent-encoding. */
export function writeFragment(state: PlaygroundState): string {
  const params = new URLSearchParams();
  params.set(state.mode === 'payload' ? 'json' : 'text', state.input);
  if (state.locale === 'id') params.set('locale', 'id');
  return `#${params.toString()}`;
}
