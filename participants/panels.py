"""wagtailgeowidget's Leaflet panel, with Leaflet served by the site itself.

wagtailgeowidget 9.1 hard-codes Leaflet 1.9.4 from a public CDN in the widget's media and
reads its tile layer once, at import. ``SiteLeafletField`` loads the copy of Leaflet that
npm installs (``node_modules/leaflet/dist``, served under ``/static/vendor/leaflet/``) and
takes the tile server from the ``MAP_TILE_URL`` setting when it renders, so the admin map
works without internet access and tests can point it anywhere.
"""

import json

from django import forms
from django.conf import settings
from django.utils.functional import cached_property
from wagtailgeowidget.panels import LeafletPanel
from wagtailgeowidget.widgets import LeafletField

LEAFLET_CSS = "vendor/leaflet/leaflet.css"
LEAFLET_JS = "vendor/leaflet/leaflet.js"


def tile_layer():
    """The tile URL template and its Leaflet options, from the settings."""
    return settings.MAP_TILE_URL, {"attribution": settings.MAP_TILE_ATTRIBUTION}


class SiteLeafletField(LeafletField):
    def build_attrs(self, *args, **kwargs):
        attrs = super().build_attrs(*args, **kwargs)
        key = "data-leaflet-field-options-value"
        if key in attrs:
            options = json.loads(attrs[key])
            options["tileLayer"], options["tileLayerOptions"] = tile_layer()
            attrs[key] = json.dumps(options)
        return attrs

    @cached_property
    def media(self):
        return forms.Media(
            css={"all": (LEAFLET_CSS, "wagtailgeowidget/css/leaflet-field.css")},
            js=(
                LEAFLET_JS,
                "wagtailgeowidget/js/leaflet-field.js",
                "wagtailgeowidget/js/leaflet-field-controller.js",
            ),
        )


class SiteLeafletPanel(LeafletPanel):
    """``LeafletPanel`` drawing its map with the site's own Leaflet."""

    def widget_overrides(self):
        widgets = super().widget_overrides()
        old = widgets[self.field_name]
        return {
            self.field_name: SiteLeafletField(
                address_field=old.address_field,
                zoom_field=old.zoom_field,
                hide_latlng=old.hide_latlng,
                zoom=old.zoom,
                srid=old.srid,
                id_prefix=old.id_prefix,
            )
        }
