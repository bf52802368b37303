<?php
/**
 * The elements survive WordPress's filter of posts (`wp_kses_post`), so that what an Author or a Contributor
 * pastes (`<twin-cities-list layout="grid">`) is kept on save, with the attributes every tag may have.
 *
 * @package TwinCitiesWidgets
 */

namespace TwinCitiesWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * @param array  $tags    The tags allowed in this context, with their attributes.
 * @param string $context `post` for posts' content.
 */
function allowed_html( $tags, $context ) {
	if ( 'post' !== $context ) {
		return $tags;
	}
	foreach ( widgets() as $widget ) {
		$attributes             = array_fill_keys( array_keys( $widget['attributes'] ), true );
		$tags[ $widget['tag'] ] = _wp_add_global_attributes( $attributes );
	}
	return $tags;
}
