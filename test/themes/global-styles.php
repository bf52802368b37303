<?php
// The global stylesheet of a block theme from its theme.json, as WordPress prints it in every page's <head>.
define( 'ABSPATH', rtrim( $argv[1], '/' ) . '/' );
define( 'WPINC', 'wp-includes' );
foreach ( array( 'version', 'load', 'plugin', 'functions', 'formatting', 'kses', 'class-wp-theme-json-schema', 'class-wp-theme-json', 'class-wp-block-type-registry', 'class-wp-block-type', 'class-wp-block-supports', 'block-supports/typography', 'style-engine', 'style-engine/class-wp-style-engine', 'style-engine/class-wp-style-engine-css-declarations', 'style-engine/class-wp-style-engine-css-rule', 'style-engine/class-wp-style-engine-css-rules-store', 'style-engine/class-wp-style-engine-processor' ) as $file ) {
	require_once ABSPATH . WPINC . "/$file.php";
}
function wp_get_theme() { return null; }
function current_theme_supports( $feature ) { return false; }
// The settings of the merged theme.json, as WordPress's own function gives them.
function wp_get_global_settings( $path = array() ) {
	global $core;
	return _wp_array_get( $core->get_settings(), $path, array() );
}
add_filter( 'pre_option_blog_charset', function () { return 'UTF-8'; } );
global $core;
$core  = new WP_Theme_JSON( json_decode( file_get_contents( ABSPATH . WPINC . '/theme.json' ), true ), 'default' );
$theme = new WP_Theme_JSON( json_decode( file_get_contents( $argv[2] ), true ), 'theme' );
$core->merge( $theme );
echo $core->get_stylesheet( array( 'variables', 'styles', 'presets' ) );
