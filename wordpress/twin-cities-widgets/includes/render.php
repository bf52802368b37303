<?php
/**
 * The shortcode's and the block's output: the element, with the fallback link inside it.
 *
 * @package TwinCitiesWidgets
 */

namespace TwinCitiesWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * `[twin_cities widget="list" layout="grid"]`, or with the fallback as its content:
 * `[twin_cities]<a href="…">Our twin cities</a>[/twin_cities]`.
 *
 * @param array|string $atts    The shortcode's attributes ('' when it has none).
 * @param string|null  $content What it encloses.
 */
function shortcode( $atts, $content = null ) {
	$given = array();
	foreach ( is_array( $atts ) ? $atts : array() as $name => $value ) {
		// A bare word (`[twin_cities searchable]`) comes with a numeric key: it is a boolean that is on.
		if ( is_int( $name ) ) {
			$name  = $value;
			$value = true;
		}
		$given[ str_replace( '_', '-', strtolower( $name ) ) ] = $value;
	}
	return render( $given, null === $content ? '' : trim_autop( $content ) );
}

/**
 * The element for these options, which the shortcode and the block share: `<twin-cities-list …>` with the
 * fallback inside; for editors, a note above it for each option left out. Where there is no such widget,
 * visitors get the fallback alone.
 *
 * @param array<string, string|bool> $given   The options: `widget`, `fallback-url`, `fallback-text` and the element's attributes.
 * @param string                     $content HTML to show until the widget has loaded, instead of the fallback link.
 */
function render( array $given, $content = '' ) {
	$options  = read_options( $given );
	$fallback = '' !== trim( $content ) ? $content : fallback_link( $options['fallback'] );
	$note     = note( $options['problems'] );
	if ( null === $options['widget'] ) {
		return $note . $fallback;
	}

	enqueue();
	$tag  = $options['widget']['tag'];
	$html = '<' . $tag;
	foreach ( $options['attributes'] as $name => $value ) {
		if ( true === $value ) {
			$html .= ' ' . $name;
		} else {
			$shown = in_array( $name, wp_kses_uri_attributes(), true ) ? esc_url( $value ) : $value;
			$html .= sprintf( ' %s="%s"', $name, esc_attr( $shown ) );
		}
	}
	return $note . $html . '>' . $fallback . '</' . $tag . '>';
}

/**
 * The link shown until the widget has loaded; its address where it has no text, its text where it has no
 * (good) address.
 *
 * @param array{url: ?string, text: string} $fallback From read_options().
 */
function fallback_link( array $fallback ) {
	if ( null === $fallback['url'] ) {
		return esc_html( $fallback['text'] );
	}
	$text = '' === $fallback['text'] ? $fallback['url'] : $fallback['text'];
	return sprintf( '<a href="%s">%s</a>', esc_url( $fallback['url'] ), esc_html( $text ) );
}

/** What went wrong, for whoever can edit posts; nothing for visitors. */
function note( array $problems ) {
	if ( ! $problems || ! current_user_can( 'edit_posts' ) ) {
		return '';
	}
	$items = '';
	foreach ( $problems as $problem ) {
		$items .= '<li>' . esc_html( $problem ) . '</li>';
	}
	return '<div class="twin-cities-note" role="note" style="margin:1em 0;padding:0.5em 1em;border-left:4px solid #d63638;background:#fcf0f1;color:#1e1e1e">'
		. '<p style="margin:0"><strong>' . esc_html__( 'Twin cities', 'twin-cities-widgets' ) . '</strong> '
		. esc_html__( '(this note is shown to editors only)', 'twin-cities-widgets' ) . '</p>'
		. '<ul style="margin:0.25em 0 0">' . $items . '</ul></div>';
}

/**
 * The enclosed content without what wpautop() put at its edges: the shortcode's own line breaks became
 * `<br />`, and the paragraph around it was closed inside and opened again.
 */
function trim_autop( $content ) {
	$content = preg_replace( '#^(?:\s|<br\s*/?>|</p>)+|(?:\s|<br\s*/?>|<p>)+$#i', '', $content );
	return force_balance_tags( $content );
}
