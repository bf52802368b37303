// The map's on-demand chunk: what <twin-cities-map> loads when a page has one.
export {MapController} from './controller.js';
export {layoutMap, mapAspect, type MapInput, type MapLayout, type MapMarker} from './layout.js';
export {labelMeasure, type LabelMeasure} from './measure.js';
export {renderMap, type MapState} from './render.js';
export {mapStyles} from './styles.js';
