#!/usr/bin/env python3
"""Development set 5: a small check set written after the first round of the generalisation work
(issue 15) and scored without printing its misses, as a rough held-out figure for that round.

    python3 scripts/bench/pii_make_dev5.py

Writes Tests/PrivacyTests/Fixtures/pii_dev5.jsonl (ids e001...), seeded random.Random(5052026).
Other templates and other name pools than pii_make_dev4.py; same labelling conventions
(scripts/bench/pii_make_holdout.py): the name only, no title; initials keep their dots; an address
stops before its postcode; identifiers as written, about half with a wrong key.
"""

import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pii_make_dev4 as d4  # noqa: E402  (identifier generators, validation, writing)

RNG = random.Random(5052026)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                   "Tests", "PrivacyTests", "Fixtures", "pii_dev5.jsonl")
N = 160

FIRST = ("Anouchka Gaïa Salomé Ysée Romane Lilou Héloïse Blandine Armelle Violaine Soizic Gaëlle "
         "Nadège Sidonie Ludmila Svitlana Darya Kateryna Yuliia Nawel Sabrina Hayat Imane Yousra "
         "Fatoumata Mariam Binta Adjoua Akissi Mei Lin Yuki Hana Sun-Hee Ji-woo Paola Giulia "
         "Alessia Inmaculada Rocío Esperanza Thiago Joaquim Sandro Luca Enzo Rayan Adam Naël "
         "Ismaël Soufiane Zakaria Hamza Moussa Ibrahim Kofi Kwame Yao Tenzin Dorje Ravi Vikram "
         "Gurpreet Baptiste Clovis Anatole Barnabé Gaspard Achille Firmin Lucien Honoré Octave").split()
LAST = ("Oulahcen Benmansour Zeghouani Lakhdari Bensaïd Kouassi Yao N'Dri Koffi Ouattara "
        "Bamba Diabaté Tall Kane Ndour Seck Nakamura Tanaka Kim Park Choi Wang Chen Huang "
        "Rossi Bianchi Esposito Ferrara Giordano Fernández Gutiérrez Ramírez Navarro Romero "
        "Ivanenko Kovalenko Melnyk Tkachenko Sharma Singh Patel Dorjee Lhamo Labbé Trouvé "
        "Lemarchand Courtecuisse Dufossé Deleplanque Wattebled Vandamme Delerue Kieffer Schmitt "
        "Le|Roux Le|Meur du|Bellay de|Villiers Lagrange-Maillot").split()
LAST = [x.replace("|", " ") for x in LAST]


def person(rng):
    f = rng.choice(FIRST)
    s = rng.choice(LAST)
    k = rng.randrange(24)
    t = rng.choice(["Mme", "M.", "Madame", "Monsieur"])
    if k == 0:
        return f"J'ai discuté avec {f} {s} hier", [f"{f} {s}"]
    if k == 1:
        return f"{f} (CPE) m'a dit que c'était interdit", [f]
    if k == 2:
        return f"Nom : {s.upper()} Prénom : {f}", [s.upper(), f]
    if k == 3:
        return f"la classe de {t} {s} a testé l'outil", [s]
    if k == 4:
        return f"ma voisine {f} enseigne en CM2", [f]
    if k == 5:
        return f"le fils de {f} a eu une sanction", [f]
    if k == 6:
        return f"{f}, 15 ans, en seconde", [f]
    if k == 7:
        return f"bravo à {f} {s} pour la formation", [f"{f} {s}"]
    if k == 8:
        return f"réponse rédigée par {f} {s[0]}., enseignante", [f"{f} {s[0]}."]
    if k == 9:
        return f"notre principal, {t} {s.lower()}, est contre", [s.lower()]
    if k == 10:
        return f"avec {f.lower()} on a utilisé chatgpt", [f.lower()]
    if k == 11:
        return f"@{f} je suis d'accord avec toi", [f]
    if k == 12:
        return f"{f} {s} et {rng.choice(FIRST)} {rng.choice(LAST)} animent l'atelier", None
    if k == 13:
        return f"la prof de maths de ma fille, {t} {s}, refuse tout", [s]
    if k == 14:
        return f"chez {f} on n'a pas le droit", [f]
    if k == 15:
        return f"ma binôme {f.lower()} fait tout avec l'IA", [f.lower()]
    if k == 16:
        return f"Mon neveu {f} (CM1) adore", [f]
    if k == 17:
        return f"{s.upper()} {f.upper()}, enseignant", [f"{s.upper()} {f.upper()}"]
    if k == 18:
        return f"Dr {s.lower()} l'a déconseillé", [s.lower()]
    if k == 19:
        return f"grâce à {t} {f} {s} on a compris", [f"{f} {s}"]
    if k == 20:
        return f"{f[0]}.{s[0]}. (parent)", [f"{f[0]}.{s[0]}."]
    if k == 21:
        return f"demandez à {f} du CDI", [f]
    if k == 22:
        return f"l'intervenant, {f} {s}, était top", [f"{f} {s}"]
    return f"{t} {s}, notre documentaliste, a fait une formation", [s]


def signature(rng):
    f = rng.choice(FIRST)
    s = rng.choice(LAST)
    k = rng.randrange(6)
    if k == 0:
        return f"\nBien cordialement\n{f} {s.upper()}", [f"{f} {s.upper()}"]
    if k == 1:
        return f"\n{f.lower()} {s.lower()}", [f"{f.lower()} {s.lower()}"]
    if k == 2:
        return f"\nMerci !\n{f}", [f]
    if k == 3:
        return f" — {f} {s[0]}.", [f"{f} {s[0]}."]
    if k == 4:
        return f"\n{f} {s}, professeure documentaliste", [f"{f} {s}"]
    return f"\nSignature : {s} {f}", [f"{s} {f}"]


FILLER = [
    "Honnêtement, je ne vois pas l'intérêt de tout interdire.",
    "On a 30 élèves par classe et 4 tablettes qui marchent.",
    "Le lycée Jean-Moulin a signé une convention avec Mistral AI.",
    "Albert et Lucie sont des noms de modèles, pas des collègues !",
    "Perplexity cite ses sources, c'est mieux que rien.",
    "Depuis la circulaire du 12 juin 2024, rien n'a changé.",
    "En terminale B, 18 élèves sur 31 l'utilisent pour la philo.",
    "L'article 9 du code civil protège la vie privée.",
    "Grâce à l'ENT, les parents voient tout.",
    "Claude est trop lent sur nos machines.",
    "Nous avons reçu 2 500 € de la région Grand Est.",
    "La formation du 3 mars (salle A12) était utile.",
    "Au collège Louise-Michel, le CDI prête des ordinateurs.",
    "je trouve que cest bien mais les profs savent pas sen servir",
    "Rien à signaler, bonne continuation.",
]


def ident(rng):
    kind = rng.choice(["nir", "iban", "uai", "phone", "email", "address"])
    if kind == "nir":
        v = d4.nir(rng)
        return rng.choice([f"N° sécu {v}", f"numéro SS : {v}", f"INSEE {v}"]), ("NIR", v)
    if kind == "iban":
        v = d4.iban(rng)
        return rng.choice([f"RIB : {v}", f"pour le remboursement : {v}", f"IBAN {v}"]), ("IBAN", v)
    if kind == "uai":
        v = d4.uai(rng)
        return rng.choice([f"code UAI {v}", f"établissement n°{v}", f"(UAI : {v})"]), ("UAI", v)
    if kind == "phone":
        v = d4.phone(rng)
        return rng.choice([f"téléphone: {v}", f"Portable {v}", f"rappelez au {v}"]), ("TELEPHONE", v)
    if kind == "email":
        v = d4.email(rng)
        return rng.choice([f"mail: {v}", f"adresse mail {v}", f"courriel {v}"]), ("EMAIL", v)
    v = d4.address(rng)
    return rng.choice([f"Adresse : {v}, 33000 Bordeaux", f"nous habitons {v}", f"au {v} à Pau"]), ("ADRESSE", v)


def main():
    rows = []
    while len(rows) < N:
        parts, labels = [], []
        for _ in range(RNG.choice([1, 1, 2])):
            t, l = person(RNG)
            if l is None:
                names = re.findall(r"^(\S+ \S+(?: \S+)?) et (\S+ \S+(?: \S+)?) animent", t)
                if not names:
                    continue
                a, b = names[0]
                l = [a, b]
            parts.append(t + ".")
            labels += [("PERSONNE", x) for x in l]
        if RNG.random() < 0.6:
            t, lab = ident(RNG)
            parts.append(t + ".")
            labels.append(lab)
        if RNG.random() < 0.7:
            parts.append(RNG.choice(FILLER))
        RNG.shuffle(parts)
        text = " ".join(parts)
        if RNG.random() < 0.3:
            t, l = signature(RNG)
            text += t
            labels += [("PERSONNE", x) for x in l]
        if not d4.valid(text, labels):
            continue
        labels.sort(key=lambda kv: text.index(kv[1]))
        rows.append({"id": f"e{len(rows) + 1:03d}", "text": text,
                     "entities": [{"kind": k, "text": v} for k, v in labels]})
    d4.write_rows(rows, OUT)


if __name__ == "__main__":
    main()
