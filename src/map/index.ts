// The map's on-demand chunk: what <twin-cities-map> loads when a page has one, with the land outlines.
import type {FeedComplete} from '../feed/controller.js';
import {adopt} from '../styles.js';
import {MapController, type MapHost} from './controller.js';
import {mapStyles} from './styles.js';

const controllers = new WeakMap<MapHost, MapController>();

export default {
  /**
   * The map's content, its CSS adopted. The first time for a host, its controller is attached: from then on
   * it measures the map's frame, takes the keyboard and the pointer, and follows the linked list.
   */
  render(host: MapHost, loaded: FeedComplete) {
    adopt(host.renderRoot, mapStyles);
    let controller = controllers.get(host);
    if (!controller) controllers.set(host, (controller = new MapController(host)));
    return controller.render(loaded);
  },
};
