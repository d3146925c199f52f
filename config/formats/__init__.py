"""Date and number formats of the languages where Django's own are missing or incomplete
(``FORMAT_MODULE_PATH``). Django reads a format here first, then in its own module for
the language (django/conf/locale/<code>/formats.py), then in the settings: a module here
holds only what it adds or corrects (docs/languages.md, "Dates and numbers").
"""
