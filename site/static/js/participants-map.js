/*
 * Maps of participants and practices, drawn with the site's own copy of Leaflet.
 * Each element with [data-map] names its GeoJSON address (or its one point) and tile
 * server in data- attributes; the page lists the same places as HTML (or gives the
 * address as text), so the map is an extra.
 *
 * Nearby places are grouped in clusters (Leaflet.markercluster, served by the site) that
 * show how many places they hold: a thousand practices stay readable. Clusters and markers
 * are buttons reached with Tab: Enter on a cluster zooms in (or spreads out places that
 * share a point), Enter on a marker opens its popup and moves the focus to its link,
 * Escape closes the popup and gives the focus back to the marker.
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

    function clusterIcon(label) {
        return function (cluster) {
            var count = cluster.getChildCount();
            var size = count < 10 ? "small" : count < 100 ? "medium" : "large";
            var box = document.createElement("div");
            var figure = document.createElement("span");
            figure.textContent = String(count);
            figure.setAttribute("aria-hidden", "true");
            var name = document.createElement("span");
            name.className = "visually-hidden";
            name.textContent = label.replace("{count}", String(count));
            box.appendChild(figure);
            box.appendChild(name);
            return L.divIcon({
                html: box.outerHTML,
                className: "marker-cluster marker-cluster-" + size,
                iconSize: L.point(40, 40),
            });
        };
    }

    function placesLayer(element) {
        if (typeof L.markerClusterGroup !== "function") {
            return L.featureGroup();
        }
        return L.markerClusterGroup({
            showCoverageOnHover: false,
            maxClusterRadius: 60,
            iconCreateFunction: clusterIcon(element.dataset.clusterLabel || "{count}"),
        });
    }

    function keepFocus(map) {
        // A popup opened from a marker: its link takes the focus; Escape closes it and
        // gives the focus back to the marker (Leaflet only listens when the map has it).
        var opened = null;
        map.on("popupopen", function (event) {
            opened = event.popup;
            var link = event.popup.getElement().querySelector(".leaflet-popup-content a");
            if (link) {
                link.focus();
            }
        });
        map.on("popupclose", function () {
            opened = null;
        });
        map.getContainer().addEventListener("keydown", function (event) {
            if (event.key !== "Escape" || !opened) {
                return;
            }
            var marker = opened.marker;
            map.closePopup();
            if (marker && marker.getElement()) {
                marker.getElement().focus();
            }
        });
    }

    // One place (a participant's profile): its point and name are in data-point
    // ("latitude,longitude") and data-name; nothing to fetch, no popup to open.
    var POINT_ZOOM = 11;

    function drawPoint(map, element) {
        var point = element.dataset.point.split(",").map(Number);
        if (point.length !== 2 || point.some(isNaN)) {
            element.hidden = true;
            return;
        }
        var name = element.dataset.name || "";
        L.marker(point, { title: name, alt: name, keyboard: false }).addTo(map);
        map.setView(point, POINT_ZOOM);
        element.dataset.markers = "1";
    }

    function draw(element) {
        element.hidden = false;
        var map = L.map(element, { scrollWheelZoom: false }).setView(EUROPE, EUROPE_ZOOM);
        L.tileLayer(element.dataset.tileUrl, {
            maxZoom: 18,
            attribution: element.dataset.tileAttribution,
        }).addTo(map);
        keepFocus(map);

        if (element.dataset.point) {
            drawPoint(map, element);
            return;
        }
        fetch(element.dataset.geojsonUrl, { headers: { Accept: "application/geo+json" } })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error("GeoJSON: HTTP " + response.status);
                }
                return response.json();
            })
            .then(function (collection) {
                var places = placesLayer(element);
                var markers = L.geoJSON(collection, {
                    pointToLayer: function (feature, latlng) {
                        var name = feature.properties.name;
                        return L.marker(latlng, { title: name, alt: name });
                    },
                    onEachFeature: function (feature, marker) {
                        var popup = L.popup().setContent(popupContent(feature.properties));
                        popup.marker = marker;
                        marker.bindPopup(popup);
                    },
                }).getLayers();
                if (places.addLayers) {
                    places.addLayers(markers);
                } else {
                    markers.forEach(function (marker) {
                        places.addLayer(marker);
                    });
                }
                map.addLayer(places);
                if (collection.features.length) {
                    map.fitBounds(places.getBounds(), {
                        padding: [30, 30],
                        maxZoom: MAX_FIT_ZOOM,
                        animate: false,
                    });
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
