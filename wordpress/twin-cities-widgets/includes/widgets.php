<?php
/**
 * The widgets and their attributes, as the build generated them from the elements' manifest.
 *
 * @package TwinCitiesWidgets
 */

namespace TwinCitiesWidgets;

defined( 'ABSPATH' ) || exit;

/** The widget the shortcode and the block show when none is named. */
const DEFAULT_WIDGET = 'list';

/**
 * What the build wrote into elements.php: the package's version, and every widget by its short name (`list` for
 * `<twin-cities-list>`) with its tag and attributes, each with its type (`string`, `number` or `boolean`), its
 * values where it takes only some, and its description.
 *
 * @return array{version: string, widgets: array<string, array{tag: string, attributes: array<string, array>}>}
 */
function table() {
	static $table = null;
	if ( null === $table ) {
		$table = require dirname( __DIR__ ) . '/elements.php';
	}
	return $table;
}

/** @return array<string, array{tag: string, attributes: array<string, array>}> */
function widgets() {
	return table()['widgets'];
}
