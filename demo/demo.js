// The theme switch of the demo page: sets `theme` on every widget.
const select = document.querySelector('#theme');
select.addEventListener('change', () => {
  for (const widget of document.querySelectorAll('twin-cities-list, twin-city-card')) {
    if (select.value) widget.setAttribute('theme', select.value);
    else widget.removeAttribute('theme');
  }
  document.documentElement.style.colorScheme = select.value || 'light dark';
});
