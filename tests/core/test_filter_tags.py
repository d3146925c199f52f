"""The options of the filter selects (core/templatetags/filter_tags.py)."""

from django.template import Context, Template


def render(choices, selected):
    template = Template("{% load filter_tags %}{% select_options choices selected %}")
    return template.render(Context({"choices": choices, "selected": selected}))


def test_pairs_with_the_chosen_one_marked():
    html = render([("FR", "France"), ("DE", "Germany")], "DE")
    assert html == (
        '<option value="FR">France</option><option value="DE" selected>Germany</option>'
    )


def test_counts_are_shown_beside_the_label():
    html = render([("education", "Education", 12), ("housing", "Housing", 0)], "")
    assert html == (
        '<option value="education">Education (12)</option>'
        '<option value="housing">Housing (0)</option>'
    )


def test_a_year_chosen_as_a_number_matches_its_option():
    assert render([2021, 2020], 2020) == (
        '<option value="2021">2021</option><option value="2020" selected>2020</option>'
    )
    assert render([(2020, "2020", 3)], "2020") == '<option value="2020" selected>2020 (3)</option>'


def test_nothing_chosen_marks_nothing():
    for selected in ("", None):
        assert "selected" not in render([("", "Any"), ("a", "A")], selected)


def test_values_and_labels_are_escaped():
    html = render([('"><script>', "<b>Roma & Sinti</b>")], "")
    assert html == (
        '<option value="&quot;&gt;&lt;script&gt;">&lt;b&gt;Roma &amp; Sinti&lt;/b&gt;</option>'
    )
