"""The demo home page in every language but English and French, by the Alliance's
translators: {language code: {English text: translation}}."""

HOME_TRANSLATIONS = {}
