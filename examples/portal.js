// The host snippet for an iframe: it sizes the frame to the widget's height (no
// scrollbars) and receives the results. It trusts only messages from the widget's origin.
const frame = document.querySelector('iframe[data-silo-check-frame]');
// The example lets a test point the frame at another origin: ?widget=http://host:port
const base = new URLSearchParams(location.search).get('widget') ?? new URL('.', location.href).origin;
frame.src = new URL(`/examples/frame.html?${frame.dataset.options ?? ''}`, base).href;
const widgetOrigin = new URL(frame.src).origin;
window.siloCheckMessages = [];

window.addEventListener('message', (event) => {
  if (event.origin !== widgetOrigin || event.data?.source !== 'silo-check') return;
  window.siloCheckMessages.push(event.data);
  if (event.data.type === 'resize') frame.style.height = `${event.data.payload.height}px`;
  if (event.data.type === 'complete') {
    const { overall } = event.data.payload;
    document.getElementById('results').textContent =
      `Received: overall ${overall?.score ?? '-'}, ${overall?.level_name ?? 'no level'}`;
  }
});
