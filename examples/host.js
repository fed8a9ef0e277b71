// What a host page does with Silo Check's events: listen on the container, and show what
// arrives (here in a <pre>, in a real page perhaps a CRM form or an analytics call of
// the host's own choosing). An external file, so it runs under a strict CSP.
for (const widget of document.querySelectorAll('[data-silo-check]')) {
  const log = document.getElementById(widget.dataset.log ?? '');
  for (const type of ['ready', 'progress', 'complete']) {
    widget.addEventListener(`silo-check:${type}`, (event) => {
      window.siloCheckEvents = window.siloCheckEvents ?? [];
      window.siloCheckEvents.push({ widget: widget.id, type, detail: event.detail });
      if (log && type === 'complete') {
        const { overall, dimensions } = event.detail.payload;
        log.textContent = `Overall ${overall?.score ?? '-'} (${overall?.level_name ?? 'no level'})\n`
          + dimensions.map((d) => `${d.name}: ${d.score ?? '-'}`).join('\n');
      }
    });
  }
}
