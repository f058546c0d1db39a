// Made at build time by scripts/docs/build-playground.mjs from packages/fixtures/test/articles
// (the five seed articles) and examples/broken-event.json.
declare module 'virtual:samples' {
  export const ARTICLES: readonly { name: string; text: string }[];
  export const BROKEN_PAYLOAD: string;
}
