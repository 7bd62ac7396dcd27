#!/usr/bin/env python3
"""Builds Tests/PrivacyTests/Fixtures/pii_evalset.jsonl: the *evaluation* set of the masker.

Kept apart from pii_make_testset.py on purpose: other answer templates, other value generators
(valid AND invalid checksums, spacing and punctuation variants, lowercase and initials, names
outside the masker's lists), another seed. It was written before the detector was changed for
issue 15 and it is never used to tune the detector's rules or thresholds: only to report scores.

Each line: {"id", "text", "entities": [{"kind", "text"}]} where "text" is the exact substring a
masker should replace (for a title followed by a name, the name only: « Mme [PERSONNE] »).
Python 3 standard library only; deterministic.
"""
import json, random, sys

rng = random.Random(15_2026_11_30)
UAI_ALPHA = "ABCDEFGHJKLMNPRSTUVWXYZ"
NBSP = "\u00a0"


def maybe_wrong(valid_probability=0.5):
    return rng.random() >= valid_probability


# ---------- structured identifiers ----------

def nir_value():
    """A NIR written as people write it; about half with a wrong key (a typo somewhere)."""
    sex = rng.choice("1212127")
    yy = rng.randrange(0, 100)
    mm = rng.randrange(1, 13)
    dep = rng.choice(["62", "59", "80", "2A", "2B", "974", "01", "93", "35", "06"])
    if len(dep) == 3:
        com = rng.randrange(1, 99)
        place = f"{dep}{com:02d}"
    else:
        place = f"{dep}{rng.randrange(1, 999):03d}"
    order = rng.randrange(1, 999)
    body = f"{sex}{yy:02d}{mm:02d}{place}{order:03d}"
    numeric = body.replace("2A", "19").replace("2B", "18")
    key = 97 - int(numeric) % 97
    if maybe_wrong():
        key = (key + rng.randrange(1, 96)) % 97 + 1  # any other key, 01…97
    s = body + f"{key:02d}"
    style = rng.randrange(5)
    groups = [s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], s[13:]]
    if style == 0:
        return s
    if style == 1:
        return " ".join(groups)
    if style == 2:
        return ".".join(groups)
    if style == 3:
        return " ".join(groups[:-1]) + " - " + groups[-1]  # key apart, as on the card
    return NBSP.join(groups)


IBAN_SPECS = [("FR", 23, "n10a11n2"), ("BE", 12, "n12"), ("DE", 18, "n18"), ("ES", 20, "n20"),
              ("IT", 23, "a1n10a12"), ("LU", 16, "n3a13")]


def iban_value():
    country, _, spec = rng.choice(IBAN_SPECS[:1] * 4 + IBAN_SPECS[1:])
    bban = ""
    i = 0
    while i < len(spec):
        kind = spec[i]
        j = i + 1
        while j < len(spec) and spec[j].isdigit():
            j += 1
        n = int(spec[i + 1:j])
        alphabet = "0123456789" if kind == "n" else "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"
        bban += "".join(rng.choice(alphabet) for _ in range(n))
        i = j
    conv = "".join(str(ord(c) - 55) if c.isalpha() else c for c in bban + country + "00")
    check = 98 - int(conv) % 97
    if maybe_wrong():
        check = (check + rng.randrange(1, 90)) % 97 + 2
        check = min(check, 98)
    s = f"{country}{check:02d}{bban}"
    style = rng.randrange(4)
    if style == 0:
        return s
    if style == 3:
        return s.lower() if rng.random() < 0.5 else " ".join(s[k:k + 4] for k in range(0, len(s), 4)).lower()
    return " ".join(s[k:k + 4] for k in range(0, len(s), 4))


def uai_value():
    n = rng.randrange(10000, 9999999)
    letter = UAI_ALPHA[n % 23]
    if maybe_wrong():
        letter = rng.choice([c for c in UAI_ALPHA if c != letter])
    s = f"{n:07d}{letter}"
    return s.lower() if rng.random() < 0.25 else s


def phone_value():
    first = rng.choice("1234567899")
    d = [f"{rng.randrange(0, 100):02d}" for _ in range(4)]
    style = rng.randrange(9)
    if style == 0: return f"0{first} " + " ".join(d)
    if style == 1: return f"0{first}." + ".".join(d)
    if style == 2: return f"0{first}" + "".join(d)
    if style == 3: return f"0{first}-" + "-".join(d)
    if style == 4: return f"0{first}/" + "/".join(d)
    if style == 5: return f"+33 (0){first} " + " ".join(d)
    if style == 6: return f"0033 {first} " + " ".join(d)
    if style == 7: return f"0{first}{NBSP}" + NBSP.join(d)
    return f"+33{first}" + "".join(d)


EMAIL_FIRST = ["ludivine", "corentin", "soizic", "mehdi", "gwen", "tanguy", "aicha", "jb", "marie-ange", "p"]
EMAIL_LAST = ["courtois", "le.bihan", "kowalczyk", "zerbib", "vautrin", "delcourt", "bourdin", "lebreton"]
EMAIL_DOMAINS = ["ac-nantes.fr", "ac-creteil.fr", "hotmail.fr", "sfr.fr", "outlook.com", "wanadoo.fr",
                 "ac-grenoble.fr", "protonmail.com", "univ-lille.fr", "ac-normandie.fr"]


def email_value():
    f, l, dom = rng.choice(EMAIL_FIRST), rng.choice(EMAIL_LAST), rng.choice(EMAIL_DOMAINS)
    style = rng.randrange(7)
    if style == 0: return f"{f}.{l}@{dom}"
    if style == 1: return f"{f.capitalize()}.{l.capitalize()}@{dom}"
    if style == 2: return f"{f}_{l}{rng.randrange(1, 99)}@{dom}"
    if style == 3: return f"{f}.{l}+ia@{dom}"
    if style == 4: return f"{f[0]}{l}@{dom}".upper() if rng.random() < 0.3 else f"{f[0]}{l}@{dom}"
    if style == 5: return f"{f}.{l} (at) {dom}"
    return f"{f}.{l}[at]{dom}"


STREET_KINDS = ["rue", "Rue", "avenue", "bd", "boulevard", "impasse", "chemin", "place", "allée", "route"]
STREET_NAMES = ["des écoles", "du Général de Gaulle", "Pasteur", "de la gare", "Carnot", "du moulin",
                "des Acacias", "de l'Église", "Anatole France", "du 8 mai 1945", "des Fusillés",
                "Édouard Branly", "de la Liberté", "du stade"]
CITIES = [("59650", "Villeneuve-d'Ascq"), ("62300", "Lens"), ("80000", "Amiens"), ("44000", "Nantes"),
          ("97400", "Saint-Denis"), ("33000", "Bordeaux"), ("29200", "Brest")]


def address_value():
    number = str(rng.randrange(1, 250))
    if rng.random() < 0.15:
        number += rng.choice([" bis", "bis", " ter"])
    comma = "," if rng.random() < 0.3 else ""
    street = f"{number}{comma} {rng.choice(STREET_KINDS)} {rng.choice(STREET_NAMES)}"
    if rng.random() < 0.5:
        cp, city = rng.choice(CITIES)
        sep = rng.choice([", ", " ", " - "]) if rng.random() < 0.8 else ", "
        if sep == " - ":
            sep = ", "
        return f"{street}{sep}{cp} {city}"
    return street


# ---------- names ----------

# Mostly outside the masker's bundled lists (checked by hand when this was written), some inside.
FIRST_OUT = ["Ludivine", "Gwenaëlle", "Soizic", "Maëlys", "Blandine", "Corentin", "Tanguy", "Loïc",
             "Youssef", "Aïcha", "Moussa", "Ibrahima", "Kenza", "Kylian", "Timéo", "Lilou", "Nolan",
             "Mathis", "Maryvonne", "Mehdi", "Rayan", "Inaya", "Ambre", "Jordan"]
FIRST_IN = ["Océane", "Enzo", "Quentin", "Hervé", "Nadia", "Kevin", "Léna", "Sylvie", "Patrick",
            "Sandrine", "Stéphane", "Laetitia", "Manon"]
LAST_OUT = ["Kowalczyk", "Zerbib", "Quéméner", "Courtois", "Vautrin", "Delcourt", "Bourdin", "Lebreton",
            "Gomez", "Barre", "Le Bihan", "Ben Saïd", "Ndiaye", "Pham", "Vandenberghe", "Dewaele"]
LAST_IN = ["Haddad", "Pichon", "Jacquet", "Prévost", "Cordier", "Hamon", "Ferrand", "Renaud", "Leblanc"]


def first():
    return rng.choice(FIRST_OUT) if rng.random() < 0.65 else rng.choice(FIRST_IN)


def last():
    return rng.choice(LAST_OUT) if rng.random() < 0.65 else rng.choice(LAST_IN)


ROLES_BEFORE = ["notre CPE", "la documentaliste", "mon collègue de techno", "notre principal",
                "la principale adjointe", "l'AESH", "notre référent numérique", "ma tutrice",
                "l'inspectrice", "le professeur principal", "la directrice", "mon chef d'établissement"]
PUPIL_ROLES = ["mon élève", "une de mes élèves,", "mon fils", "ma fille", "un élève de 5e,", "l'élève"]


def entity(kind, text):
    return {"kind": kind, "text": text}


def fill(template):
    """Replaces {KIND} slots left to right; returns text and entities."""
    out, ents = "", []
    rest = template
    while "{" in rest:
        before, _, tail = rest.partition("{")
        slot, _, rest = tail.partition("}")
        out += before
        value, labelled = GENERATORS[slot]()
        out += value
        ents += labelled
    return out + rest, ents


def g(kind, fn):
    def gen():
        v = fn()
        return v, [entity(kind, v)]
    return gen


def person_full():
    v = f"{first()} {last()}"
    return v, [entity("PERSONNE", v)]


def person_lower():
    v = f"{first()} {last()}".lower()
    return v, [entity("PERSONNE", v)]


def title_rare():
    t = rng.choice(["Mme", "Madame", "M.", "Monsieur", "Mr", "Mlle"])
    name = rng.choice(LAST_OUT)
    return f"{t} {name}", [entity("PERSONNE", name)]


def title_lower():
    t = rng.choice(["mme", "mr", "madame", "monsieur"])
    name = rng.choice(LAST_OUT + LAST_IN).lower()
    return f"{t} {name}", [entity("PERSONNE", name)]


def title_initial():
    t = rng.choice(["M.", "Mme", "Mr", "Mme"])
    letter = rng.choice("BCDGHKLMPRTV")
    return f"{t} {letter}.", [entity("PERSONNE", letter)]


def initial_surname():
    v = f"{rng.choice('ABCDGJKLTNPS')}. {last()}"  # no « M. », read as « Monsieur »
    return v, [entity("PERSONNE", v)]


def role_first():
    role = rng.choice(ROLES_BEFORE)
    name = first()
    if rng.random() < 0.5:
        return f"{role} {name}", [entity("PERSONNE", name)]
    return f"{role}, {name},", [entity("PERSONNE", name)]


def first_role_after():
    name = first()
    role = rng.choice(["notre CPE", "la documentaliste", "l'AESH de la classe", "ma collègue d'anglais",
                       "le prof de maths", "notre principal"])
    return f"{name}, {role},", [entity("PERSONNE", name)]


def pupil():
    role = rng.choice(PUPIL_ROLES)
    name = first()
    return f"{role} {name}", [entity("PERSONNE", name)]


def pupil_lower():
    role = rng.choice(["mon élève", "mon fils", "ma fille"])
    name = rng.choice(FIRST_IN + FIRST_OUT).lower()
    return f"{role} {name}", [entity("PERSONNE", name)]


def signature_lower():
    v = f"{first()} {last()}".lower()
    return v, [entity("PERSONNE", v)]


GENERATORS = {
    "NIR": g("NIR", nir_value), "IBAN": g("IBAN", iban_value), "UAI": g("UAI", uai_value),
    "TEL": g("TELEPHONE", phone_value), "EMAIL": g("EMAIL", email_value), "ADR": g("ADRESSE", address_value),
    "NOM": person_full, "NOM_MIN": person_lower, "TITRE_RARE": title_rare, "TITRE_MIN": title_lower,
    "TITRE_INITIALE": title_initial, "INITIALE_NOM": initial_surname, "ROLE_PRENOM": role_first,
    "PRENOM_ROLE": first_role_after, "ELEVE": pupil, "ELEVE_MIN": pupil_lower, "SIGNE_MIN": signature_lower,
}

TEMPLATES = [
    # structured identifiers
    "On m'a demandé mon numéro de sécu ({NIR}) pour m'inscrire sur la plateforme d'IA : pourquoi ?",
    "n° INSEE : {NIR} — je le donne car le formulaire de remboursement l'exige",
    "La plateforme affiche en clair le NIR des élèves majeurs, par exemple {NIR}, c'est grave.",
    "ma carte vitale ({NIR}) a été scannée par l'outil, je ne suis pas d'accord",
    "Virement des heures supplémentaires sur le compte {IBAN} svp.",
    "RIB joint : {IBAN} (banque en ligne).",
    "On m'a remboursé sur un mauvais IBAN, le bon est {IBAN}",
    "Nous sommes le collège {UAI}, zone REP+, et nous n'avons aucun équipement.",
    "Code RNE de l'école : {UAI}.",
    "établissement {UAI} / circonscription de Lens 2",
    "Écoles concernées : {UAI}, {UAI} et {UAI}.",
    "Pour en parler, appelez-moi au {TEL} après 17h.",
    "Tel : {TEL}",
    "Le secrétariat ({TEL}) ne répond jamais quand on a un souci avec l'ENT.",
    "Portable perso {TEL} ou fixe du lycée {TEL}.",
    "Mon mail : {EMAIL}",
    "Écrivez plutôt à {EMAIL}, je ne lis pas ma messagerie académique.",
    "adresse de contact {EMAIL} pour le groupe de travail IA",
    "Le courrier doit être envoyé au {ADR}, à l'attention du principal.",
    "Nous sommes situés {ADR}.",
    "Atelier parents le mardi au {ADR}",
    "Coordonnées : {ADR} ; {TEL} ; {EMAIL}",
    "Je donne mon NIR {NIR} et mon IBAN {IBAN} puisque le formulaire les réclame.",
    # names
    "Je tiens à remercier {NOM} qui a animé la formation sur l'IA générative.",
    "La formation de {NOM} était trop théorique à mon avis.",
    "Cette réponse est écrite par {NOM_MIN}, professeur des écoles.",
    "je m'appelle {NOM_MIN} et je suis contre l'IA à l'école",
    "C'est {TITRE_RARE} qui gère les comptes de l'ENT, et c'est le chaos.",
    "{TITRE_RARE} refuse que ses élèves utilisent un correcteur automatique.",
    "On en a parlé avec {TITRE_MIN} en conseil pédagogique.",
    "{TITRE_INITIALE} m'a dit que c'était interdit, sans explication.",
    "Le signalement a été fait par {TITRE_INITIALE} auprès de la direction.",
    "Merci à {INITIALE_NOM} pour son aide précieuse.",
    "Heureusement {ROLE_PRENOM} nous a aidés à paramétrer les comptes.",
    "J'ai vu {ROLE_PRENOM} utiliser ChatGPT pour corriger des copies.",
    "{PRENOM_ROLE} a proposé un atelier sur les deepfakes.",
    "Depuis septembre, {ELEVE} rend des devoirs visiblement écrits par une IA.",
    "Je pense à {ELEVE}, dyslexique, pour qui la dictée vocale change tout.",
    "{ELEVE_MIN} utilise l'appli tous les soirs pour ses devoirs",
    "L'IA c'est bien mais il faut encadrer.\nbien cordialement\n{SIGNE_MIN}",
    "Merci pour ce questionnaire. {NOM}, parent d'élève",
    "Avec {NOM} et {NOM}, nous avons monté un club IA au CDI.",
    "C'est {TITRE_RARE}, notre IEN, qui nous a présenté le projet.",
]

# Hard negatives: must yield no finding.
NEGATIVES = [
    "Mme la directrice nous a présenté la charte d'usage de l'IA.",
    "M. le principal a interdit les téléphones, donc l'IA aussi.",
    "Madame la Rectrice a annoncé un plan de formation.",
    "Monsieur le Ministre devrait venir voir une classe de 30 élèves.",
    "Notre CPE est débordé, l'IA ne changera rien à ça.",
    "La documentaliste a acheté des licences pour le CDI.",
    "Mon élève le plus en difficulté progresse avec la synthèse vocale.",
    "Le professeur principal de 3e a prévenu les familles.",
    "Ma fille de 12 ans utilise Snapchat et son IA sans contrôle.",
    "Le Conseil Pédagogique a voté contre l'expérimentation.",
    "L'Éducation Nationale doit fournir des outils souverains, pas Google Classroom.",
    "Nous utilisons Mistral, Gemini et parfois Copilot ; ChatGPT est le plus connu.",
    "Le Délégué Académique au Numérique est venu en novembre.",
    "Code postal 59000, 12 élèves, 3 classes : pas de données personnelles ici.",
    "Le numéro 0800 123 456 est un numéro vert, pas celui d'une personne.",
    "Les résultats : 1 254 812 réponses en 2024, soit 12 % de plus.",
    "Référence du marché : 2024-0059-AC, lot 3.",
    "La circulaire n° 2023-045 du 12 mai 2023 encadre les usages.",
    "En 2023-2024, 15 000 000 d'euros ont été investis.",
    "Salle 204, bâtiment B, au 2e étage : c'est là qu'ont lieu les ateliers.",
    "Sainte-Marie, Saint-Exupéry et Jean-Moulin sont des lycées du secteur.",
    "Le collège Anne Frank utilise Pix depuis trois ans.",
    "Le programme de Cycle 3 prévoit déjà l'initiation à la programmation.",
    "Avec le Plan Numérique, chaque élève de 5e a reçu une tablette.",
    "Bonjour, je suis professeure de français en lycée professionnel.",
    "je suis prof de SVT et je trouve l'IA utile pour différencier.",
    "Le lycée Condorcet et l'école Paul Bert ont testé l'outil.",
    "Cher collègue, merci pour ce questionnaire.",
    "Les Échos et Le Monde ont publié des articles sur ce sujet.",
    "Une IA comme Albert, l'outil de l'État, devrait être privilégiée.",
    "La version 4.0.1 du logiciel corrige le bug du 03/04/2024.",
    "Classe de 6e B : 24 élèves, dont 3 avec un PAP et 2 avec un PPS.",
    "Le téléphone portable est interdit au collège depuis 2018.",
    "Les parents d'élèves de la FCPE ont demandé une réunion.",
    "Merci, Bonne journée !",
]


def main(path):
    records = []
    n = 0
    for round_ in range(11):
        for template in TEMPLATES:
            text, ents = fill(template)
            n += 1
            records.append({"id": f"e{n:03d}", "text": text, "entities": ents})
    for i, text in enumerate(NEGATIVES):
        records.append({"id": f"n{i + 1:03d}", "text": text, "entities": []})
    rng.shuffle(records)
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = {}
    for r in records:
        for e in r["entities"]:
            counts[e["kind"]] = counts.get(e["kind"], 0) + 1
    print(f"{len(records)} answers, entities: {counts}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "Tests/PrivacyTests/Fixtures/pii_evalset.jsonl")
