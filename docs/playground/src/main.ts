// The playground page: two modes (Article, Payload), one text area each, the result under it, and
// the state in the URL fragment so that a link is a bug report.
import { ARTICLES, BROKEN_PAYLOAD } from 'virtual:samples';
import { byId, h } from './dom';
import { type Mode, type PlaygroundState, readFragment, writeFragment } from './fragment';
import { renderArticle } from './renderArticle';
import { renderPayload } from './renderPayload';

const state: PlaygroundState = readFragment(window.location.hash);
const inputs: Record<Mode, HTMLTextAreaElement> = {
  article: byId<HTMLTextAreaElement>('article-input'),
  payload: byId<HTMLTextAreaElement>('payload-input'),
};
const outputs: Record<Mode, HTMLElement> = {
  article: byId('article-output'),
  payload: byId('payload-output'),
};
const tabs: Record<Mode, HTMLButtonElement> = {
  article: byId<HTMLButtonElement>('tab-article'),
  payload: byId<HTMLButtonElement>('tab-payload'),
};
const panels: Record<Mode, HTMLElement> = { article: byId('panel-article'), payload: byId('panel-payload') };
const localeSelect = byId<HTMLSelectElement>('locale');

function run(): void {
  const input = inputs[state.mode].value;
  state.input = input;
  try {
    if (state.mode === 'article') renderArticle(outputs.article, input, state.locale);
    else renderPayload(outputs.payload, input, state.locale);
  } catch (error) {
    // The library never throws on input; if the page itself fails, say so instead of going blank.
    outputs[state.mode].replaceChildren(h('p', { class: 'error' }, `Playground error: ${String(error)}`));
  }
  const fragment = writeFragment(state);
  if (window.location.hash !== fragment) window.history.replaceState(null, '', fragment);
}

function show(mode: Mode): void {
  state.mode = mode;
  for (const m of ['article', 'payload'] as const) {
    const active = m === mode;
    tabs[m].setAttribute('aria-selected', String(active));
    tabs[m].tabIndex = active ? 0 : -1;
    panels[m].hidden = !active;
  }
  run();
}

let timer: ReturnType<typeof setTimeout> | undefined;
function runSoon(): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = setTimeout(run, 250);
}

for (const mode of ['article', 'payload'] as const) {
  tabs[mode].addEventListener('click', () => show(mode));
  inputs[mode].addEventListener('input', runSoon);
}
// Arrow keys move between the two tabs, as the ARIA tabs pattern expects.
byId('tabs').addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
  const next: Mode = state.mode === 'article' ? 'payload' : 'article';
  show(next);
  tabs[next].focus();
});
localeSelect.addEventListener('change', () => {
  state.locale = localeSelect.value === 'id' ? 'id' : 'en';
  run();
});

const samples = byId('article-samples');
for (const article of ARTICLES) {
  const button = h('button', { type: 'button', class: 'sample' }, article.name);
  button.addEventListener('click', () => {
    inputs.article.value = article.text;
    run();
  });
  samples.append(button);
}
byId('payload-sample').addEventListener('click', () => {
  inputs.payload.value = BROKEN_PAYLOAD;
  run();
});

window.addEventListener('hashchange', () => {
  const next = readFragment(window.location.hash);
  if (next.mode === state.mode && next.input === inputs[next.mode].value && next.locale === state.locale) return;
  Object.assign(state, next);
  inputs[state.mode].value = state.input;
  localeSelect.value = state.locale;
  show(state.mode);
});

inputs[state.mode].value = state.input;
localeSelect.value = state.locale;
show(state.mode);
document.body.dataset.ready = 'true';
