"""Django's formats for this language do not group digits (no NUMBER_GROUPING): a
population of 170000 read as one block. Its thousand separator, grouped by three."""

NUMBER_GROUPING = 3
