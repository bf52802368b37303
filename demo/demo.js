// The demo page's switches: the language and the theme of every widget.
const widgets = () => document.querySelectorAll('twin-cities-list, twin-city-card, twin-city-badge, twin-cities-map');
const original = new Map();

document.querySelector('#lang').addEventListener('change', ({target}) => {
  for (const widget of widgets()) {
    if (!original.has(widget)) original.set(widget, widget.getAttribute('lang'));
    const lang = target.value || original.get(widget);
    if (lang) widget.setAttribute('lang', lang);
    else widget.removeAttribute('lang');
  }
});

document.querySelector('#theme').addEventListener('change', ({target}) => {
  for (const widget of widgets()) {
    if (target.value) widget.setAttribute('theme', target.value);
    else widget.removeAttribute('theme');
  }
  document.documentElement.style.colorScheme = target.value || 'light dark';
});
