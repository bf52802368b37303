/**
 * The "Twin cities" block in the editor: the widget and its options in the sidebar, and a live preview drawn by
 * the server (the same markup as on the page) with the plugin's bundle loaded into the editor's document.
 * Plain JavaScript against WordPress's globals, so that the plugin needs no build of its own.
 */
( function ( wp, settings ) {
	'use strict';

	const el = wp.element.createElement;
	const { __ } = wp.i18n;
	const { InspectorControls, useBlockProps } = wp.blockEditor;
	const { Disabled, PanelBody, SelectControl, TextControl, ToggleControl } = wp.components;
	const ServerSideRender = wp.serverSideRender;

	const widgets = new Map( settings.widgets.map( ( widget ) => [ widget.name, widget ] ) );
	// An emptied field or a switched-off toggle leaves the option out of the saved block, as if never set.
	const unset = ( value ) => ( '' === value || false === value ? undefined : value );
	const label = ( name ) => name.charAt( 0 ).toUpperCase() + name.slice( 1 ).replace( /-/g, ' ' );

	/** The widgets are custom elements (`<twin-cities-list>`): the document that shows the preview (the editor's
	 * own, or the canvas iframe of newer editors) needs the bundle that defines them. */
	function useBundle() {
		return wp.element.useCallback( ( node ) => {
			const doc = node && node.ownerDocument;
			if ( ! doc || doc.querySelector( 'script[data-twin-cities-bundle]' ) ) {
				return;
			}
			const script = doc.createElement( 'script' );
			script.type = 'module';
			script.src = settings.bundle;
			script.dataset.twinCitiesBundle = '';
			doc.head.appendChild( script );
		}, [] );
	}

	// The manifest's descriptions mark values as code (`grid`), which the sidebar would show as backticks.
	function control( attribute, value, onChange ) {
		const common = { key: attribute.name, label: label( attribute.name ), help: attribute.description.replace( /`/g, '' ), onChange };
		if ( 'boolean' === attribute.type ) {
			return el( ToggleControl, { ...common, checked: !! value } );
		}
		if ( attribute.values ) {
			const options = [ { label: __( 'Default', 'twin-cities-widgets' ), value: '' } ]
				.concat( attribute.values.map( ( v ) => ( { label: v, value: v } ) ) );
			return el( SelectControl, { ...common, value: value || '', options } );
		}
		const type = 'number' === attribute.type ? 'number' : 'text';
		return el( TextControl, { ...common, type, value: value || '' } );
	}

	function Edit( { attributes, setAttributes, name } ) {
		const widget = widgets.get( attributes.widget ) || widgets.get( settings.defaultWidget );
		const blockProps = useBlockProps( { ref: useBundle() } );

		// Another widget keeps none of the options the last one had and it lacks.
		const choose = ( next ) => {
			const keeps = new Set( widgets.get( next ).attributes.map( ( a ) => a.name ) );
			const changes = { widget: next };
			for ( const attribute of widget.attributes ) {
				if ( ! keeps.has( attribute.name ) ) {
					changes[ attribute.name ] = undefined;
				}
			}
			setAttributes( changes );
		};

		return el(
			wp.element.Fragment,
			null,
			el(
				InspectorControls,
				null,
				el(
					PanelBody,
					{ title: __( 'Widget', 'twin-cities-widgets' ) },
					el( SelectControl, {
						label: __( 'Widget', 'twin-cities-widgets' ),
						value: widget.name,
						options: settings.widgets.map( ( w ) => ( { label: `${ w.name } (<${ w.tag }>)`, value: w.name } ) ),
						onChange: choose,
					} ),
					widget.attributes.map( ( attribute ) =>
						control( attribute, attributes[ attribute.name ], ( value ) => setAttributes( { [ attribute.name ]: unset( value ) } ) )
					)
				),
				el(
					PanelBody,
					{ title: __( 'Until it has loaded', 'twin-cities-widgets' ), initialOpen: false },
					el( TextControl, {
						label: __( 'Link address', 'twin-cities-widgets' ),
						help: __( 'Shown until the widget has loaded, and where it cannot load: your town\'s page about its twin cities.', 'twin-cities-widgets' ),
						type: 'url',
						value: attributes[ 'fallback-url' ] || '',
						onChange: ( value ) => setAttributes( { 'fallback-url': unset( value ) } ),
					} ),
					el( TextControl, {
						label: __( 'Link text', 'twin-cities-widgets' ),
						value: attributes[ 'fallback-text' ] || '',
						onChange: ( value ) => setAttributes( { 'fallback-text': unset( value ) } ),
					} )
				)
			),
			el( 'div', blockProps, el( Disabled, null, el( ServerSideRender, { block: name, attributes } ) ) )
		);
	}

	wp.blocks.registerBlockType( 'twin-cities-widgets/twin-cities', { edit: Edit, save: () => null } );
} )( window.wp, window.twinCitiesWidgets );
