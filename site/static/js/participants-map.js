/*
 * Maps of participants and practices, drawn with the site's own copy of Leaflet.
 * Each element with [data-map] names its GeoJSON address and tile server in data-
 * attributes; the page lists the same places as HTML, so the map is an extra.
 */
(function () {
    "use strict";

    var EUROPE = [50, 12];
    var EUROPE_ZOOM = 4;
    var MAX_FIT_ZOOM = 9;

    function popupContent(properties) {
        var box = document.createElement("div");
        var link = document.createElement("a");
        link.href = properties.url;
        link.textContent = properties.name;
        // A name not yet translated is in its source's language: say so to screen readers.
        if (properties.lang && properties.lang !== document.documentElement.lang) {
            link.lang = properties.lang;
        }
        var title = document.createElement("strong");
        title.appendChild(link);
        box.appendChild(title);
        var details = [properties.kind_label, properties.country_name].filter(Boolean);
        if (details.length) {
            var line = document.createElement("div");
            line.textContent = details.join(", ");
            box.appendChild(line);
        }
        return box;
    }

    function draw(element) {
        element.hidden = false;
        var map = L.map(element, { scrollWheelZoom: false }).setView(EUROPE, EUROPE_ZOOM);
        L.tileLayer(element.dataset.tileUrl, {
            maxZoom: 18,
            attribution: element.dataset.tileAttribution,
        }).addTo(map);

        fetch(element.dataset.geojsonUrl, { headers: { Accept: "application/geo+json" } })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error("GeoJSON: HTTP " + response.status);
                }
                return response.json();
            })
            .then(function (collection) {
                var layer = L.geoJSON(collection, {
                    pointToLayer: function (feature, latlng) {
                        var name = feature.properties.name;
                        return L.marker(latlng, { title: name, alt: name });
                    },
                    onEachFeature: function (feature, marker) {
                        marker.bindPopup(popupContent(feature.properties));
                    },
                }).addTo(map);
                if (collection.features.length) {
                    map.fitBounds(layer.getBounds(), { padding: [30, 30], maxZoom: MAX_FIT_ZOOM });
                }
                element.dataset.markers = String(collection.features.length);
            })
            .catch(function () {
                element.hidden = true;
            });
    }

    if (typeof L === "undefined" || !window.fetch) {
        return;
    }
    document.querySelectorAll("[data-map]").forEach(draw);
})();
