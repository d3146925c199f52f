"""The themes the database starts with (slug, English name, French name)."""

SEED_THEMES = [
    ("education", "Education", "Éducation"),
    ("housing", "Housing", "Logement"),
    ("employment", "Employment", "Emploi"),
    ("health", "Health", "Santé"),
    ("culture-and-awareness", "Culture and awareness", "Culture et sensibilisation"),
    ("anti-discrimination", "Anti-discrimination", "Lutte contre les discriminations"),
    ("social-services", "Social services", "Services sociaux"),
    ("participation", "Participation", "Participation"),
]
