"""Demo content of the adopted texts: the index page and eight sample texts, in English and
French.

No real text is imitated: real references belong to real texts, which editors add. The
sample texts (texts/demo_samples.py) say in their titles, references, summaries and PDFs
that they are samples of the demonstration site.
"""

from core.demo_helpers import DemoCatalog, ensure_locales, source_home, translate_pages
from texts.demo_samples import ensure_sample_texts
from texts.models import AdoptedTextIndexPage

catalog = DemoCatalog()
t = catalog.t

TEXTS_INDEX = {
    "title": t("Adopted texts", fr="Textes adoptés"),
    "slug": t("texts", fr="textes"),
    "introduction": t(
        "Resolutions and Recommendations adopted by the Congress of Local and Regional "
        "Authorities.",
        fr="Résolutions et recommandations adoptées par le Congrès des pouvoirs locaux et "
        "régionaux.",
    ),
}


def ensure_texts_index(home):
    index = AdoptedTextIndexPage.objects.child_of(home).first()
    if index is not None:
        return index
    index = AdoptedTextIndexPage(
        title=TEXTS_INDEX["title"],
        slug=TEXTS_INDEX["slug"],
        introduction=f"<p>{TEXTS_INDEX['introduction']}</p>",
        show_in_menus=True,
    )
    home.add_child(instance=index)
    index.save_revision().publish()
    return index


def load():
    """Create the adopted-texts index, the sample texts and their French translations."""
    ensure_locales()
    home = source_home()
    index = ensure_texts_index(home)
    samples = ensure_sample_texts(index, catalog)
    translate_pages([index, *samples], catalog)
    return index
