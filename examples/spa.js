// A client portal built as a single-page app: each route replaces the view, so the
// assessment's element is created when its route opens and removed when another one does.
// The loader defines <silo-check>; nothing else is needed for it to mount and unmount.
const view = document.getElementById('view');

const routes = {
  '#/': () => {
    const h1 = document.createElement('h1');
    h1.textContent = 'Welcome to the client portal';
    return [h1];
  },
  '#/assessment': () => {
    const h1 = document.createElement('h1');
    h1.textContent = 'How integrated is social media in your company?';
    const widget = document.createElement('silo-check');
    widget.setAttribute('storage-namespace', 'portal-spa');
    widget.setAttribute('accent', '#0b6e4f');
    const status = document.createElement('p');
    status.id = 'status';
    status.textContent = 'Loading…';
    // The element's small API: a promise for when it is ready, the latest report.
    customElements.whenDefined('silo-check')
      .then(() => widget.ready)
      .then((q) => { status.textContent = `Ready: ${q.questionnaire.title}`; });
    widget.addEventListener('silo-check:complete', () => {
      status.textContent = `Your overall score: ${widget.report.overall.score}`;
    });
    return [h1, widget, status];
  },
  '#/team-day': () => {
    const h1 = document.createElement('h1');
    h1.textContent = 'Team day';
    // A container made by script works as well as the element.
    const container = document.createElement('div');
    container.setAttribute('data-silo-check', '');
    container.setAttribute('data-storage', 'off');
    return [h1, container];
  },
  '#/quick-check': () => {
    const h1 = document.createElement('h1');
    h1.textContent = 'Our own quick check';
    // The consultant's own questionnaire: the loader starts the widget that validates it
    // when this route first opens (the other routes need only the built-in one).
    const widget = document.createElement('silo-check');
    widget.setAttribute('questionnaire', 'acme-questionnaire.json');
    widget.setAttribute('storage-namespace', 'portal-quick-check');
    return [h1, widget];
  },
};

function show() {
  const make = routes[location.hash] ?? routes['#/'];
  view.replaceChildren(...make());
}

addEventListener('hashchange', show);
show();
