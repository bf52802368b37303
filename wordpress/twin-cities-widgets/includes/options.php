<?php
/**
 * What the shortcode and the block were given, checked against the widget's attributes.
 *
 * @package TwinCitiesWidgets
 */

namespace TwinCitiesWidgets;

defined( 'ABSPATH' ) || exit;

/** The options that are not the element's attributes: which widget, and the link shown until it has loaded. */
const OWN_OPTIONS = array( 'widget', 'fallback-url', 'fallback-text' );

/**
 * The element's attributes from what was given (`heading_level` and `heading-level` alike), the fallback link's
 * address and text, and a sentence for each option that was left out and why. A boolean attribute's value is
 * `true`; the others are strings. `widget` is null where there is no such widget.
 *
 * @param array<string, mixed> $given Options by name: `widget`, `fallback-url`, `fallback-text` and the attributes.
 * @return array{widget: ?array, attributes: array<string, string|true>, fallback: array{url: ?string, text: string}, problems: string[]}
 */
function read_options( array $given ) {
	$options = array(
		'widget'     => null,
		'attributes' => array(),
		'fallback'   => array(
			'url'  => null,
			'text' => isset( $given['fallback-text'] ) ? trim( (string) $given['fallback-text'] ) : '',
		),
		'problems'   => array(),
	);
	$url = isset( $given['fallback-url'] ) ? check_value( 'fallback_url', array( 'type' => 'string', 'url' => true ), $given['fallback-url'] ) : null;
	if ( is_wp_error( $url ) ) {
		$options['problems'][] = $url->get_error_message();
	} else {
		$options['fallback']['url'] = $url;
	}

	$widgets = widgets();
	$name    = isset( $given['widget'] ) && '' !== $given['widget'] ? (string) $given['widget'] : DEFAULT_WIDGET;
	if ( ! isset( $widgets[ $name ] ) ) {
		$options['problems'][] = sprintf(
			/* translators: 1: the widget's name as given, 2: the widgets' names */
			__( 'There is no widget "%1$s": the widgets are %2$s.', 'twin-cities-widgets' ),
			$name,
			implode( ', ', array_keys( $widgets ) )
		);
		return $options;
	}

	$options['widget'] = $widgets[ $name ];
	foreach ( $given as $option => $value ) {
		if ( in_array( $option, OWN_OPTIONS, true ) ) {
			continue;
		}
		if ( ! isset( $options['widget']['attributes'][ $option ] ) ) {
			$options['problems'][] = sprintf(
				/* translators: 1: an option's name, 2: a widget's name, 3: its options' names */
				__( '"%1$s" is not an option of the %2$s widget, so it was left out. Its options are %3$s.', 'twin-cities-widgets' ),
				$option,
				$name,
				implode( ', ', array_keys( $options['widget']['attributes'] ) )
			);
			continue;
		}
		$checked = check_value( $option, $options['widget']['attributes'][ $option ], $value );
		if ( is_wp_error( $checked ) ) {
			$options['problems'][] = $checked->get_error_message();
		} elseif ( null !== $checked ) {
			$options['attributes'][ $option ] = $checked;
		}
	}
	return $options;
}

/**
 * One attribute's value as the element takes it; null to leave it out (empty, or a boolean that is off); or
 * why it was left out.
 *
 * @param string      $name      The attribute.
 * @param array       $attribute Its type, its values, and `url` where it is an address (as src and href are).
 * @param string|bool $value     As given: a string, or `true` for a bare `[twin_cities searchable]`.
 * @return string|true|null|\WP_Error
 */
function check_value( $name, array $attribute, $value ) {
	$value = trim( html_entity_decode( true === $value ? 'true' : (string) $value, ENT_QUOTES, 'UTF-8' ) );
	/* translators: 1: an option and its value, as given, 2: what it takes */
	$left_out = __( '%1$s was left out: it takes %2$s.', 'twin-cities-widgets' );
	$problem  = static function ( $takes ) use ( $left_out, $name, $value ) {
		return new \WP_Error( 'twin-cities-option', sprintf( $left_out, sprintf( '%s="%s"', $name, $value ), $takes ) );
	};

	if ( 'boolean' === $attribute['type'] ) {
		$word = strtolower( $value );
		if ( in_array( $word, array( '', 'true', '1', 'yes', 'on' ), true ) ) {
			return true;
		}
		return in_array( $word, array( 'false', '0', 'no', 'off' ), true ) ? null : $problem( __( 'true or false', 'twin-cities-widgets' ) );
	}
	if ( '' === $value ) {
		return null;
	}
	if ( isset( $attribute['values'] ) && ! in_array( $value, $attribute['values'], true ) ) {
		/* translators: %s: the values an option takes, separated by commas */
		return $problem( sprintf( __( 'one of %s', 'twin-cities-widgets' ), implode( ', ', $attribute['values'] ) ) );
	}
	if ( 'number' === $attribute['type'] && ! is_numeric( $value ) ) {
		return $problem( __( 'a number', 'twin-cities-widgets' ) );
	}
	$is_url = ! empty( $attribute['url'] ) || in_array( $name, wp_kses_uri_attributes(), true );
	if ( $is_url && ! is_web_address( $value ) ) {
		return $problem( __( 'an address starting with https:// or http://, or a path on this site starting with /', 'twin-cities-widgets' ) );
	}
	if ( 'lang' === $name && ! is_language_tag( $value ) ) {
		return $problem( __( 'a language tag, such as bg, en or sr-Latn', 'twin-cities-widgets' ) );
	}
	return $value;
}

/** An absolute http(s) address, or a path on this site (`/feeds/twin-cities.json`). */
function is_web_address( $value ) {
	if ( preg_match( '#^/(?![/\\\\])#', $value ) ) {
		return true;
	}
	$parts = wp_parse_url( $value );
	return is_array( $parts ) && isset( $parts['scheme'], $parts['host'] )
		&& in_array( strtolower( $parts['scheme'] ), array( 'http', 'https' ), true );
}

/** A well-formed BCP 47 language tag (language, script, region, variants, extensions, private use). */
function is_language_tag( $value ) {
	return 1 === preg_match(
		'/^[a-z]{2,3}(?:-[a-z]{3}){0,3}(?:-[a-z]{4})?(?:-(?:[a-z]{2}|[0-9]{3}))?(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*(?:-[0-9a-wyz](?:-[a-z0-9]{2,8})+)*(?:-x(?:-[a-z0-9]{1,8})+)?$/i',
		$value
	);
}
