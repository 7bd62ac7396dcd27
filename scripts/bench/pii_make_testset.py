#!/usr/bin/env python3
"""Builds Tests/PrivacyTests/Fixtures/pii_testset.jsonl: synthetic but realistic French survey
answers with labelled personal data (identifiers carry valid checksums computed here, independently
of the Swift code) and hard negatives. Deterministic (seeded). Names are drawn from lists written
here, partly different from the masker's lists, to measure recall on names it does not know."""
import json, random, sys

rng = random.Random(20261124)
ALPHA_UAI = "ABCDEFGHJKLMNPRSTUVWXYZ"

def uai():
    n = rng.randrange(100000, 9999999)
    return f"{n:07d}{ALPHA_UAI[n % 23]}"

def nir(spaced):
    sex = rng.choice("12")
    yy = rng.randrange(50, 99 + 1) % 100
    mm = rng.randrange(1, 13)
    dep = rng.choice(["75", "13", "69", "2A", "2B", "59", "33", "44", "971"[:2]])
    com = rng.randrange(1, 999)
    order = rng.randrange(1, 999)
    body = f"{sex}{yy:02d}{mm:02d}{dep}{com:03d}{order:03d}"
    numeric = body.replace("2A", "19").replace("2B", "18")
    key = 97 - int(numeric) % 97
    s = body + f"{key:02d}"
    if spaced:
        return f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}"
    return s

def iban(spaced):
    bank = "".join(rng.choice("0123456789") for _ in range(10))
    acct = "".join(rng.choice("0123456789ABCDEFGHJK") for _ in range(11))
    rib = f"{rng.randrange(0, 100):02d}"
    bban = bank + acct + rib
    conv = "".join(str(ord(c) - 55) if c.isalpha() else c for c in bban + "FR00")
    check = 98 - int(conv) % 97
    s = f"FR{check:02d}{bban}"
    if spaced:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s

def phone():
    d = [rng.randrange(0, 100) for _ in range(4)]
    first = rng.choice([1, 2, 3, 4, 5, 6, 7, 9])
    style = rng.randrange(5)
    if style == 0: return f"0{first} " + " ".join(f"{x:02d}" for x in d)
    if style == 1: return f"0{first}." + ".".join(f"{x:02d}" for x in d)
    if style == 2: return f"0{first}" + "".join(f"{x:02d}" for x in d)
    if style == 3: return f"+33 {first} " + " ".join(f"{x:02d}" for x in d)
    return f"0{first}-" + "-".join(f"{x:02d}" for x in d)

def intl_phone():
    return rng.choice([
        f"+32 4{rng.randrange(70, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}",
        f"+41 79 {rng.randrange(100, 999)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}",
        f"+44 20 {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)}",
        f"+1 514 {rng.randrange(200, 999)} {rng.randrange(1000, 9999)}",
    ])

FIRST = ["Sophie", "Julien", "Nathalie", "Thomas", "Camille", "Nicolas", "Isabelle", "Mathieu", "Aurélie",
         "François", "Céline", "Jean-Pierre", "Marie-Claire", "Kévin", "Fatima", "Mohamed", "Hélène", "Antoine",
         "Élodie", "Sébastien", "Chloé", "Yasmine", "Lucas", "Inès", "Bernard", "Anne-Sophie", "Grégoire",
         "Solène", "Maël", "Capucine"]
LAST = ["Martin", "Dubois", "Lefebvre", "Moreau", "Girard", "Nguyen", "Benali", "Rousseau", "Fontaine",
        "Lemoine", "Garnier", "Chevalier", "Perrin", "Marchand", "Diallo", "Le Gall", "Leclerc", "Hoarau",
        "Kerbrat", "Ouedraogo", "Vasseur", "Tessier", "Bouvier", "Pelletier", "Maréchal", "Guillot"]
EXTRA_LAST = ["Kerbrat", "Ouedraogo", "Lagarde", "Poncelet", "Rigaud"]
STREETS = ["rue Victor Hugo", "avenue de la République", "boulevard Gambetta", "rue des Lilas", "place du Marché",
           "allée des Tilleuls", "rue Jean Jaurès", "chemin des Vignes", "impasse des Roses", "rue de la Paix"]
CITIES = [("75011", "Paris"), ("69003", "Lyon"), ("13005", "Marseille"), ("59000", "Lille"), ("35000", "Rennes"),
          ("31400", "Toulouse"), ("67000", "Strasbourg")]
DOMAINS = ["ac-lyon.fr", "gmail.com", "laposte.net", "orange.fr", "ac-versailles.fr", "free.fr", "yahoo.fr"]

def person_full():
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"

def email():
    f = rng.choice(FIRST).lower().replace("é", "e").replace("è", "e").replace("ë", "e").replace("ï", "i")
    f = f.replace("ç", "c").replace("ô", "o")
    l = rng.choice(LAST).lower().replace(" ", "").replace("é", "e")
    return f"{f}.{l}@{rng.choice(DOMAINS)}"

def url():
    return rng.choice([
        "https://eduscol.education.gouv.fr/ressources-ia", f"https://www.monlycee.net/cours/{rng.randrange(100, 999)}",
        "www.education.gouv.fr", "http://blog-prof-numerique.fr/ia-en-classe", "https://padlet.com/classe-4b/ia",
        "https://framaforms.org/questionnaire-ia", "https://www.ac-lyon.fr/actualites",
    ])

def address():
    n = rng.randrange(1, 180)
    street = rng.choice(STREETS)
    if rng.random() < 0.6:
        cp, city = rng.choice(CITIES)
        return f"{n} {street}, {cp} {city}"
    return f"{n} {street}"

# (template, generators): placeholders {K} are replaced by a generated value of kind K.
TEMPLATES = [
    "Pour toute question, écrivez-moi à {EMAIL}.",
    "Je suis professeur de mathématiques, vous pouvez me joindre au {TELEPHONE}.",
    "Mon numéro de sécurité sociale {NIR} a été demandé par la plateforme, c'est inadmissible.",
    "Le remboursement de la formation doit aller sur mon compte {IBAN} selon le rectorat.",
    "Notre établissement (UAI {UAI}) a testé un assistant IA en seconde.",
    "Voir les ressources sur {URL} qui sont très bien faites.",
    "J'enseigne au collège situé {ADRESSE} et nous manquons de matériel.",
    "Bonjour, je m'appelle {PERSONNE} et j'enseigne en CM2.",
    "Ma collègue {PERSONNE} utilise déjà ChatGPT pour préparer ses cours.",
    "M. {PERSONNE_LAST}, le principal, refuse toute utilisation de l'IA.",
    "Mme {PERSONNE_LAST} nous a présenté l'outil lors de la réunion.",
    "L'IA peut aider mais ne remplace pas l'enseignant.\nCordialement,\n{PERSONNE}",
    "Contact : {PERSONNE}, {EMAIL}, {TELEPHONE}.",
    "Les élèves de {PERSONNE_FIRST} ont adoré l'atelier sur les algorithmes.",
    "Je travaille dans l'école {UAI} et le réseau est trop lent ; appelez le {TELEPHONE}.",
    "Mon fils est suivi par le Dr {PERSONNE_LAST} pour ses troubles dys, l'IA l'aide beaucoup.",
    "Envoyez vos remarques à {EMAIL} ou passez au {ADRESSE}.",
    "Notre partenaire belge est joignable au {TELEPHONE_INTL}.",
    "Le tableau partagé est ici : {URL}",
    "En tant que parent d'élève ({PERSONNE}), je m'inquiète de la collecte des données.",
    "Il faut former les enseignants. Bien à vous, {PERSONNE}",
    "J'ai transmis mon RIB ({IBAN}) et mon numéro ({NIR}) pour la prime, sans réponse.",
    "Le code UAI {UAI} de notre lycée professionnel n'apparaît pas dans la liste.",
    "Selon {PERSONNE}, inspectrice, l'évaluation par IA pose problème.",
    "Avec {PERSONNE_FIRST} et {PERSONNE_FIRST}, nous avons monté un projet en 4e.",
]

# Hard negatives: texts that must yield no finding (names of institutions, common words, numbers).
NEGATIVES = [
    "Au collège Marie-Curie, les élèves utilisent l'IA en sciences.",
    "Le lycée Victor Hugo a signé une charte d'usage de l'IA.",
    "Pierre par pierre, on construit une culture numérique commune.",
    "La rose des vents est un bon exemple de schéma en géographie.",
    "Claire et précise, la consigne doit être lue avant d'utiliser l'outil.",
    "En France, 12 000 enseignants ont suivi la formation en 2024.",
    "La réunion du 12/03/2025 a rassemblé 45 parents et 12 enseignants.",
    "Le budget de 1 250 000 euros est insuffisant pour 3 400 établissements.",
    "L'école Jean Jaurès et le collège Jules Ferry participent à l'expérimentation.",
    "Nous avons 28 élèves par classe, 6 classes de 6e et 4 de 3e.",
    "Le rapport Villani de 2018 recommandait déjà de former les enseignants.",
    "La loi Jules Ferry a rendu l'école obligatoire ; l'IA ne change pas cela.",
    "Marine nationale, armée de terre : les métiers du numérique recrutent.",
    "À Florence comme à Paris, les musées proposent des visites virtuelles.",
    "Le score moyen est passé de 12,5 à 14,2 sur 20 entre 2022 et 2023.",
    "Les horaires : de 08 h 30 à 16 h 30, soit 7 heures de cours.",
    "Le code 1234567 ne correspond à aucun établissement connu.",
    "Nous utilisons Pronote, l'ENT et parfois Moodle ; ChatGPT est interdit.",
    "Le rectorat de Lyon a publié un guide sur l'IA générative.",
    "Les élèves de seconde du lycée Saint-Exupéry ont rédigé une charte.",
    "Victoire ou défaite, l'important est d'apprendre de ses erreurs.",
    "La salle Paul Langevin accueille les ateliers de programmation.",
    "Il faut 3 à 5 ans pour évaluer l'impact réel, selon l'OCDE.",
    "Les professeurs de l'académie de Créteil réclament des moyens.",
    "Mardi 14 janvier, la classe de Terminale a débattu de l'IA.",
    "Le prix Nobel de physique 2024 récompense des travaux sur les réseaux de neurones.",
    "La collection Que sais-je propose un titre sur l'intelligence artificielle.",
    "Une solution comme Mistral ou Claude doit respecter le RGPD.",
    "Le numéro de version 3.10.12 de Python est installé dans les salles.",
    "Le groupe scolaire Louis Pasteur a 420 élèves et 18 classes.",
]

def gen(kind):
    if kind == "EMAIL": return "EMAIL", email()
    if kind == "TELEPHONE": return "TELEPHONE", phone()
    if kind == "TELEPHONE_INTL": return "TELEPHONE", intl_phone()
    if kind == "NIR": return "NIR", nir(rng.random() < 0.5)
    if kind == "IBAN": return "IBAN", iban(rng.random() < 0.6)
    if kind == "UAI": return "UAI", uai()
    if kind == "URL": return "URL", url()
    if kind == "ADRESSE": return "ADRESSE", address()
    if kind == "PERSONNE": return "PERSONNE", person_full()
    if kind == "PERSONNE_LAST": return "PERSONNE", rng.choice(LAST)
    if kind == "PERSONNE_FIRST": return "PERSONNE", rng.choice(FIRST)
    raise ValueError(kind)

import re
records = []
for i in range(260):
    template = TEMPLATES[i % len(TEMPLATES)] if i < len(TEMPLATES) else rng.choice(TEMPLATES)
    entities = []
    def repl(m):
        kind, value = gen(m.group(1))
        entities.append({"kind": kind, "text": value})
        return value
    text = re.sub(r"\{([A-Z_]+)\}", repl, template)
    records.append({"id": f"p{i:03d}", "text": text, "entities": entities})
for i, text in enumerate(NEGATIVES):
    records.append({"id": f"n{i:03d}", "text": text, "entities": []})
rng.shuffle(records)
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for r in records:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
from collections import Counter
print(Counter(e["kind"] for r in records for e in r["entities"]), sum(len(r["entities"]) for r in records))
