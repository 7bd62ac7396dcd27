#!/usr/bin/env python3
"""Generates the observatory's bundled examples into examples/observatoire/ (issue 14).

Deterministic (seeded): `python3 scripts/generate-observatory-examples.py` rebuilds the same files.
Everything is fictional: schools, UAI codes (valid check letters, invented numbers), people,
contacts and answers are invented for these examples.

- registre-initiatives.csv   100 initiatives with their assessment on the six-criterion grid
- formations.csv             a training-platform export (one line per person and session)
- enseignants-2025.csv       wave 1 of the teachers' survey series
- enseignants-2026.csv       wave 2 (same questionnaire, one question recoded, one reworded)
- enseignants.mapping.yaml   import overrides shared by both waves
"""
import csv
import random
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "examples" / "observatoire"
OUT.mkdir(parents=True, exist_ok=True)
ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ"


def uai(departement: int, number: int) -> str:
    digits = f"{departement:03d}{number:04d}"
    return digits + ALPHABET[int(digits) % 23]


ACADEMIES = {
    "Lille": [59, 62],
    "Amiens": [2, 60, 80],
    "Normandie": [14, 27, 50, 61, 76],
    "Reims": [8, 10, 51, 52],
}
LEVELS = ["école maternelle", "école élémentaire", "collège", "lycée général et technologique",
          "lycée professionnel"]
LEVEL_WEIGHTS = [8, 22, 38, 20, 12]
DISCIPLINES = {
    "école maternelle": ["Langage oral", "Explorer le monde"],
    "école élémentaire": ["Français", "Mathématiques", "Langues vivantes", "Sciences"],
    "collège": ["Français", "Mathématiques", "Histoire-géographie", "Langues vivantes", "SVT",
                "Physique-chimie", "Technologie", "Documentation"],
    "lycée général et technologique": ["Philosophie", "Mathématiques", "Langues vivantes", "SES",
                                       "Histoire-géographie", "NSI", "Français"],
    "lycée professionnel": ["Lettres-histoire", "Mathématiques-sciences", "Enseignement professionnel",
                            "Langues vivantes"],
}
USES = {
    "Langage oral": ["oral et lexique"],
    "Explorer le monde": ["images et questionnement"],
    "Français": ["aide à l'écrit et révision", "différenciation des textes", "esprit critique sur les textes générés"],
    "Mathématiques": ["exercices différenciés", "explication pas à pas"],
    "Langues vivantes": ["entraînement à l'oral", "aide à l'écrit et révision"],
    "Sciences": ["démarche d'investigation"],
    "Histoire-géographie": ["analyse critique de sources", "dialogue avec un personnage historique"],
    "SVT": ["démarche d'investigation", "analyse critique de sources"],
    "Physique-chimie": ["démarche d'investigation", "explication pas à pas"],
    "Technologie": ["programmation assistée"],
    "Documentation": ["éducation aux médias et à l'information"],
    "Philosophie": ["esprit critique sur les textes générés"],
    "SES": ["analyse critique de sources"],
    "NSI": ["programmation assistée", "fonctionnement des modèles d'IA"],
    "Lettres-histoire": ["aide à l'écrit et révision"],
    "Mathématiques-sciences": ["exercices différenciés"],
    "Enseignement professionnel": ["mise en situation professionnelle", "rédaction de documents techniques"],
}
TOOLS = ["MIA Seconde", "Vittascience", "Capytale", "assistant IA de l'ENT", "LanguageTool",
         "Mistral Le Chat (compte enseignant)", "Albert", "Canva (fonctions IA)", "Pix", "Lalilo"]
DESCRIPTIONS = {
    "oral et lexique": "Les élèves décrivent des images générées puis comparent avec des photographies. Le lexique travaillé est repris en atelier.",
    "images et questionnement": "La classe interroge des images produites par un outil pour distinguer le réel de l'imaginaire.",
    "aide à l'écrit et révision": "Les élèves rédigent un premier jet, demandent des pistes de révision à l'outil, puis justifient les corrections retenues.",
    "différenciation des textes": "L'enseignant prépare trois versions d'un même texte selon le niveau de lecture, relues avant usage.",
    "esprit critique sur les textes générés": "Les élèves repèrent les erreurs et les biais d'un texte produit par une IA et rédigent une version corrigée et sourcée.",
    "exercices différenciés": "Des séries d'exercices sont générées par niveau, vérifiées par l'enseignant, puis proposées en autonomie.",
    "explication pas à pas": "Les élèves comparent l'explication de l'outil avec la correction du cours et signalent les étapes fausses.",
    "entraînement à l'oral": "Les élèves s'entraînent à l'oral avec un interlocuteur simulé, sans compte personnel, et s'enregistrent pour l'évaluation.",
    "démarche d'investigation": "L'outil propose des hypothèses que les élèves testent en expérimentant ; les écarts sont discutés en classe.",
    "analyse critique de sources": "Les élèves confrontent une synthèse générée aux documents d'origine et notent ce qui manque ou est inventé.",
    "dialogue avec un personnage historique": "Un personnage simulé répond aux questions des élèves, qui vérifient ensuite chaque affirmation dans les sources.",
    "programmation assistée": "Les élèves utilisent un assistant de code puis expliquent chaque ligne retenue dans leur carnet de bord.",
    "éducation aux médias et à l'information": "Atelier de repérage des contenus générés et des hypertrucages, avec une grille de vérification.",
    "fonctionnement des modèles d'IA": "Les élèves entraînent un petit modèle de classification et observent l'effet des données sur ses erreurs.",
    "mise en situation professionnelle": "Les élèves préparent un entretien client avec un interlocuteur simulé puis analysent leurs réponses.",
    "rédaction de documents techniques": "Les élèves rédigent une fiche technique avec l'aide de l'outil et vérifient les normes citées.",
}
FIRST = ["Claire", "Julien", "Sophie", "Karim", "Nathalie", "Thomas", "Aïcha", "Pierre", "Émilie", "Lucas"]
LAST = ["Martin", "Bernard", "Dubois", "Lefebvre", "Moreau", "Laurent", "Garnier", "Roux", "Fontaine", "Mercier"]
STATUSES = ["en cours", "en cours", "en cours", "terminée", "terminée", "en projet", "abandonnée"]
CRITERIA = ["Clarté des objectifs pédagogiques", "Intégration dans les programmes scolaires",
            "Effets sur l'apprentissage", "Accessibilité des outils", "Évaluation critique",
            "Protection des élèves"]
LEVEL_WORDS = {1: "non intégré", 2: "initiation", 3: "maîtrise", 4: "expertise"}


def school_name(level: str, rng: random.Random) -> str:
    names = ["Jean Jaurès", "Victor Hugo", "Jules Ferry", "Louise Michel", "Marie Curie", "Albert Camus",
             "Pablo Picasso", "Simone Veil", "Jean Moulin", "George Sand"]
    prefix = {"école maternelle": "École maternelle", "école élémentaire": "École élémentaire",
              "collège": "Collège", "lycée général et technologique": "Lycée",
              "lycée professionnel": "Lycée professionnel"}[level]
    return f"{prefix} {rng.choice(names)}"


def register() -> None:
    rng = random.Random(20260114)
    rows = []
    for index in range(1, 101):
        academie = rng.choice(list(ACADEMIES))
        departement = rng.choice(ACADEMIES[academie])
        level = rng.choices(LEVELS, LEVEL_WEIGHTS)[0]
        disciplines = rng.sample(DISCIPLINES[level], k=1 if rng.random() < 0.8 else 2)
        use = rng.choice(USES[disciplines[0]])
        quality = rng.random()  # a project's overall maturity drives its six levels
        base = 1 if quality < 0.15 else 2 if quality < 0.45 else 3 if quality < 0.88 else 4
        levels = [max(1, min(4, base + rng.choice([-1, 0, 0, 0, 1]) if base < 3 else base + rng.choice([-1, 0, 0, 0, 0, 0, 1])))
                  for _ in CRITERIA]
        assessed = rng.random() < 0.9
        start_year = rng.choice([2023, 2024, 2025])
        first, last = rng.choice(FIRST), rng.choice(LAST)
        contact = f"{first} {last}, {first.lower().replace('é', 'e').replace('ï', 'i')}.{last.lower()}@ac-{academie.lower()}.fr"
        row = {
            "Identifiant": f"INI-{index:03d}",
            "UAI": uai(departement, rng.randrange(1, 9999)),
            "Établissement": school_name(level, rng),
            "Académie": academie,
            "Niveau": level,
            "Disciplines": " ; ".join(disciplines),
            "Outils": " ; ".join(rng.sample(TOOLS, k=rng.choice([1, 1, 2]))),
            "Usage": use,
            "Description": DESCRIPTIONS[use] + f" Contact : {first} {last}.",
            "Date de début": f"{start_year}-{rng.choice([9, 10, 11, 1, 3]):02d}-{rng.randrange(1, 28):02d}",
            "Date de fin": "" if rng.random() < 0.6 else f"{start_year + 1}-06-{rng.randrange(1, 28):02d}",
            "Contact": contact,
            "Statut": rng.choice(STATUSES),
        }
        for criterion, level_value in zip(CRITERIA, levels):
            if not assessed:
                row[criterion] = ""
            else:  # forms write the level as a number or as its word
                row[criterion] = str(level_value) if rng.random() < 0.5 else LEVEL_WORDS[level_value]
        rows.append(row)
    with open(OUT / "registre-initiatives.csv", "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]), delimiter=";", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


ROLES = ["Enseignant 1er degré", "Enseignant 2nd degré", "Professeur documentaliste", "CPE",
         "Personnel de direction", "Formateur"]
ROLE_WEIGHTS = [30, 45, 6, 5, 8, 6]
KINDS = ["Café IA", "Autoformation « Connaître, utiliser et enseigner l'IA » (5 h)", "Formation locale",
         "Co-intervention", "Classe ouverte", "Webinaire"]


def training() -> None:
    rng = random.Random(20260115)
    schools = []
    for academie, departements in ACADEMIES.items():
        for _ in range(12):
            departement = rng.choice(departements)
            schools.append((academie, f"{departement:02d}", uai(departement, rng.randrange(1, 9999))))
    rows = []
    years = [(2023, 2024), (2024, 2025), (2025, 2026)]
    # Fewer people in Reims, so that some cells fall under k.
    for person in range(1, 341):
        academie, departement, code = rng.choice(schools)
        if academie == "Reims" and rng.random() < 0.6:
            continue
        role = rng.choices(ROLES, ROLE_WEIGHTS)[0]
        start = rng.choices([0, 1, 2], [2, 3, 4])[0]
        stage = 1
        for y in range(start, 3):
            if y > start and rng.random() < 0.35:
                break
            first_year, second_year = years[y]
            month = rng.choice([10, 11, 12, 1, 2, 3, 4, 5])
            year = first_year if month >= 9 else second_year
            kind = rng.choice(KINDS[:2] if stage == 1 else KINDS[1:] if stage == 2 else KINDS[2:5])
            rows.append({
                "Agent": f"AG{person * 7919 % 100000:05d}",
                "UAI": code,
                "Académie": academie,
                "Département": departement,
                "Rôle": role,
                "Formation": kind,
                "Étape": ["initiation", "utilisation", "expertise"][stage - 1],
                "Date": f"{year}-{month:02d}-{rng.randrange(1, 28):02d}",
            })
            stage = min(3, stage + (1 if rng.random() < 0.6 else 0))
    rows.sort(key=lambda r: (r["Date"], r["Agent"]))
    with open(OUT / "formations.csv", "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]), delimiter=";", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


THEMES_BOTH = {
    "gain de temps": [
        "L'IA me fait gagner du temps pour préparer mes séquences et mes exercices.",
        "Je prépare plus vite des exercices différenciés pour mes élèves.",
        "Un vrai gain de temps pour rédiger des consignes et des corrigés.",
        "Préparer des fiches de révision est beaucoup plus rapide avec l'IA.",
    ],
    "triche": [
        "Les élèves rendent des devoirs rédigés par l'IA sans les avoir compris.",
        "La triche aux devoirs à la maison devient impossible à détecter.",
        "Je ne peux plus donner de rédaction à la maison, tout est copié sur l'IA.",
        "Les copies se ressemblent toutes, les élèves recopient ce que l'IA leur donne.",
    ],
    "données": [
        "Je m'inquiète pour les données personnelles des élèves envoyées à des entreprises.",
        "On ne sait pas où partent les données saisies dans ces outils.",
        "Il faut des outils qui respectent le RGPD et protègent les données des élèves.",
    ],
}
THEME_2025_ONLY = {
    "interdiction": [
        "Il faudrait interdire les téléphones et l'IA au collège tant qu'il n'y a pas de règles.",
        "Je demande une interdiction claire de ChatGPT dans l'établissement.",
        "Interdire l'IA en classe est la seule solution raisonnable pour l'instant.",
    ],
}
THEME_2026_ONLY = {
    "autoformation": [
        "L'autoformation de cinq heures sur l'IA m'a donné des repères concrets.",
        "Le parcours Connaître, utiliser et enseigner l'IA m'a aidé à me lancer en classe.",
        "Après le café IA de l'établissement, j'ai testé un premier usage avec mes élèves.",
        "La formation à l'IA suivie cette année m'a permis de comprendre les limites des outils.",
    ],
}


def wave(year: int, rng: random.Random, path: Path) -> None:
    themes = dict(THEMES_BOTH)
    themes.update(THEME_2025_ONLY if year == 2025 else THEME_2026_ONLY)
    names = list(themes)
    use_weights = [30, 40, 30] if year == 2025 else [45, 38, 17]
    trained_yes = 0.25 if year == 2025 else 0.55
    rows = []
    q3 = "Q3" if year == 2025 else "Q4"  # recoded in 2026: matched by wording
    q2_title = ("Q2. Avez-vous suivi une formation à l'IA ?" if year == 2025
                else "Q2. Avez-vous suivi une formation à l'IA cette année ?")
    for index in range(1, 241):
        degree = rng.choice(["Premier degré", "Second degré"])
        academie = rng.choice(list(ACADEMIES))
        use = rng.choices(["Oui, régulièrement", "Oui, occasionnellement", "Non"], use_weights)[0]
        trained = "Oui" if rng.random() < trained_yes else "Non"
        chosen = rng.sample(names, k=rng.choice([1, 1, 2]))
        text = " ".join(rng.choice(themes[name]) for name in chosen)
        rows.append({
            "id": f"{year}-{index:03d}",
            "DEGRE. Dans quel degré exercez-vous ?": degree,
            "ACAD. Académie d'exercice": academie,
            "Q1. Utilisez-vous l'IA pour préparer vos cours ?": use,
            q2_title: trained,
            f"{q3}. Quels usages de l'IA observez-vous, et qu'en pensez-vous ?": text,
        })
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]), delimiter=";", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def waves() -> None:
    wave(2025, random.Random(2025), OUT / "enseignants-2025.csv")
    wave(2026, random.Random(2026), OUT / "enseignants-2026.csv")
    (OUT / "enseignants.mapping.yaml").write_text(
        "# Import overrides shared by both waves of the teachers' survey series.\n"
        "DEGRE:\n  titre: Degré\n  segment: true\n"
        "ACAD:\n  titre: Académie\n  segment: true\n",
        encoding="utf-8")


if __name__ == "__main__":
    register()
    training()
    waves()
    print(f"examples written to {OUT}")
