<?php
/**
 * The bundle, as a module, on the pages that show a widget: once, and by its plain address. Its chunks import
 * `twin-cities.js` without a query string, so `?ver=` would make the browser load the core a second time.
 *
 * @package TwinCitiesWidgets
 */

namespace TwinCitiesWidgets;

defined( 'ABSPATH' ) || exit;

const HANDLE = 'twin-cities-widgets';

/** The bundle's address: its chunks, flags and default feed are found beside it, in the plugin's folder. */
function bundle_url() {
	return plugins_url( 'dist/twin-cities.js', PLUGIN_FILE );
}

/**
 * Asks for the bundle on this page. WordPress 6.5 and later have script modules; before, a footer script that
 * module_tag() makes a module. A null version keeps `?ver=` off in both.
 */
function enqueue() {
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( HANDLE, bundle_url(), array(), null );
	} else {
		wp_enqueue_script( HANDLE, bundle_url(), array(), null, true );
	}
}

/** `<script type="module">` for the bundle, where it is printed as a classic script (WordPress before 6.5). */
function module_tag( $tag, $handle ) {
	if ( HANDLE !== $handle ) {
		return $tag;
	}
	return preg_replace_callback(
		'/<script\b[^>]*>/',
		static function ( $opening ) {
			return '<script type="module"' . substr( preg_replace( '/\stype=(["\'])[^"\']*\1/', '', $opening[0] ), strlen( '<script' ) );
		},
		$tag,
		1
	);
}

/**
 * Enqueues the bundle where the markup has an element or a placeholder (`<div data-twin-cities="list">`) that
 * was pasted in rather than made by the shortcode or the block.
 *
 * @param string $html A post's content, or a widget's.
 */
function enqueue_for_markup( $html ) {
	$tags = array();
	foreach ( widgets() as $widget ) {
		$tags[] = preg_quote( $widget['tag'], '/' );
	}
	if ( preg_match( '/<(?:' . implode( '|', $tags ) . ')[\s\/>]|\sdata-twin-cities\s*=/i', $html ) ) {
		enqueue();
	}
	return $html;
}
