// Custom script of the API site (typedoc.json "customJs"). The header and sidebar link to the
// playground (typedoc.json "navigationLinks") is written relative to the site's root, but TypeDoc
// uses it as given on every page, deeper pages included; each page knows its way back to the root
// (`<html data-base>`), so the link is made absolute to that here.
(() => {
  const base = document.documentElement.dataset.base ?? './';
  for (const link of document.querySelectorAll('a[href="playground.html"]')) {
    link.setAttribute('href', `${base}playground.html`);
  }
})();
