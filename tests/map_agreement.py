"""What a listing page lists and what its map shows, for the map-and-list agreement tests
(tests/practices/test_map_and_list.py, tests/participants/test_map_and_list.py)."""

import html
import json

from lxml import html as lxml_html


def listed_and_mapped(client, url, query, item_links):
    """(names listed on the page ``url + query``, names of the features of its map),
    parsed from the HTML (the links ``item_links``, an XPath) and from the GeoJSON at the
    address the page's map loads."""
    response = client.get(url + query)
    assert response.status_code == 200
    document = lxml_html.fromstring(response.content)
    listed = {
        link.text_content().strip()
        for link in document.xpath(item_links)
        if link.text_content().strip()
    }
    maps = document.xpath("//*[@data-geojson-url]")
    if maps:  # the address the browser's map loads
        map_url = html.unescape(maps[0].get("data-geojson-url"))
    else:  # nothing matches: the page shows no map, its endpoint must agree all the same
        map_url = url + "geojson/" + query
    collection = json.loads(client.get(map_url).content)
    mapped = {feature["properties"]["name"] for feature in collection["features"]}
    return listed, mapped


def with_parameter(query, name, value):
    """``query`` (a query string, '' or starting with '?') with ``name=value`` added."""
    return f"{query}{'&' if query else '?'}{name}={value}"


def disagreements(client, url, filters, item_links, extra=None):
    """For each (query, names expected), a line where the list or the map shows other
    names than those expected; empty when both agree with every expectation.

    ``extra``: (name, value) added to every query, a parameter that must change neither
    the list's members nor the map (an order).
    """
    wrong = []
    for query, expected in filters:
        if extra is not None:
            query = with_parameter(query, *extra)
        listed, mapped = listed_and_mapped(client, url, query, item_links)
        if listed != expected or mapped != expected:
            wrong.append(f"{query or '(none)'}: listed {sorted(listed)}, mapped {sorted(mapped)}")
    return wrong
