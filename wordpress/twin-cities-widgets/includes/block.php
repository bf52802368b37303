<?php
/**
 * The "Twin cities" block: its options in the sidebar, a live preview in the editor, and on the page the
 * shortcode's output (render()), so that the block and the shortcode give the same markup.
 *
 * @package TwinCitiesWidgets
 */

namespace TwinCitiesWidgets;

defined( 'ABSPATH' ) || exit;

const EDITOR_HANDLE = 'twin-cities-widgets-editor';

function register_block() {
	wp_register_script(
		EDITOR_HANDLE,
		plugins_url( 'editor.js', PLUGIN_FILE ),
		array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n', 'wp-server-side-render' ),
		table()['version'],
		true
	);
	wp_add_inline_script( EDITOR_HANDLE, 'var twinCitiesWidgets = ' . wp_json_encode( editor_settings() ) . ';', 'before' );
	wp_set_script_translations( EDITOR_HANDLE, 'twin-cities-widgets' );
	register_block_type(
		dirname( __DIR__ ),
		array(
			'attributes'      => block_attributes(),
			'render_callback' => __NAMESPACE__ . '\render_block',
		)
	);
}

/** The block's attributes: `widget`, the fallback link, and every widget's attributes, under their own names. */
function block_attributes() {
	$attributes = array();
	foreach ( OWN_OPTIONS as $name ) {
		$attributes[ $name ] = array( 'type' => 'string' );
	}
	foreach ( widgets() as $widget ) {
		foreach ( $widget['attributes'] as $name => $attribute ) {
			$attributes[ $name ] = array( 'type' => 'boolean' === $attribute['type'] ? 'boolean' : 'string' );
		}
	}
	return $attributes;
}

/**
 * The block on the page, and in the editor's preview.
 *
 * @param array $attributes The block's attributes; a boolean that is off, and an empty string, are left out.
 */
function render_block( $attributes ) {
	$given = array();
	foreach ( $attributes as $name => $value ) {
		if ( false !== $value && '' !== $value && null !== $value ) {
			$given[ $name ] = $value;
		}
	}
	return render( $given );
}

/** What the editor's script needs: the widgets, their attributes, and the bundle that draws the preview. */
function editor_settings() {
	$widgets = array();
	foreach ( widgets() as $name => $widget ) {
		$attributes = array();
		foreach ( $widget['attributes'] as $attribute_name => $attribute ) {
			$attributes[] = array( 'name' => $attribute_name ) + $attribute;
		}
		$widgets[] = array(
			'name'       => $name,
			'tag'        => $widget['tag'],
			'attributes' => $attributes,
		);
	}
	return array(
		'bundle'        => bundle_url(),
		'defaultWidget' => DEFAULT_WIDGET,
		'widgets'       => $widgets,
	);
}
