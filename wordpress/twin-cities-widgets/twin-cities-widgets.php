<?php
/**
 * Plugin Name:       Twin cities widgets
 * Description:       Shows a town's twin cities from a JSON feed, as a list, cards, a timeline, one partner's card or a partner town's badge: a shortcode and a block. No cookies, and no request to anyone but the feed's server.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       twin-cities-widgets
 *
 * @package TwinCitiesWidgets
 */

namespace TwinCitiesWidgets;

defined( 'ABSPATH' ) || exit;

const PLUGIN_FILE = __FILE__;

require __DIR__ . '/includes/widgets.php';
require __DIR__ . '/includes/options.php';
require __DIR__ . '/includes/render.php';
require __DIR__ . '/includes/assets.php';
require __DIR__ . '/includes/kses.php';
require __DIR__ . '/includes/block.php';

add_shortcode( 'twin_cities', __NAMESPACE__ . '\shortcode' );
add_action( 'init', __NAMESPACE__ . '\register_block' );
add_filter( 'wp_kses_allowed_html', __NAMESPACE__ . '\allowed_html', 10, 2 );
add_filter( 'script_loader_tag', __NAMESPACE__ . '\module_tag', 10, 2 );
// After do_blocks, wpautop and do_shortcode, so that what is left to find is pasted markup.
add_filter( 'the_content', __NAMESPACE__ . '\enqueue_for_markup', 20 );
add_filter( 'widget_text_content', __NAMESPACE__ . '\enqueue_for_markup', 20 );
add_filter( 'widget_block_content', __NAMESPACE__ . '\enqueue_for_markup', 20 );
