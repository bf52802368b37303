// The innerHTML floor: the same entries, built with one `innerHTML` per change (load, keystroke, sort).
// What the widget could not beat while it builds every row.
import {floor, rowHtml} from './rows.js';

await floor((found, list) => {
  list.innerHTML = found.map(rowHtml).join('');
});
