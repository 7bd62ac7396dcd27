#!/usr/bin/env python3
"""Development set 4 for the personal-data masker (issue 15, generalisation round).

    python3 scripts/bench/pii_make_dev4.py

Writes Tests/PrivacyTests/Fixtures/pii_dev4.jsonl (ids d001...), one answer a line:
{"id": "d001", "text": ..., "entities": [{"kind": KIND, "text": exact substring}, ...]}.
Standard library only, seeded with random.Random(4042026): byte-identical each run.

Written before the round's changes, from the issue's list of forms and forms real respondents
write, with its own name pools (origins and surnames the other sets barely use) and its own
templates; it was scored once before any change (first run kept in docs/benchmarks/privacy.md),
then used to tune, so after the round it is a development set, not a held-out one.

Labelling conventions: those of scripts/bench/pii_make_holdout.py.
* PERSONNE = the name only, never the title or role ("Mme Kowalczyk" -> "Kowalczyk", "mon élève
  Kevin" -> "Kevin"); particles belong to the surname ("M. de Kerjean" -> "de Kerjean"); case as
  written; initials keep their dots ("M. D." -> "D.", "Oksana T." -> "Oksana T.", the scorer
  ignores a trailing dot).
* ADRESSE = street number through street name, bis/ter included; postcode and city never.
* EMAIL, TELEPHONE, NIR, IBAN, UAI = as written, separators included; about half the NIR, IBAN
  and UAI carry a wrong check key and are labelled all the same.
* Each label occurs exactly once in its answer at word boundaries (answers that break this are
  redrawn). Traps (products, schools, places, dates, laws, classes, statistics) are never labelled.
"""

import json
import os
import random
import re

RNG = random.Random(4042026)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                   "Tests", "PrivacyTests", "Fixtures", "pii_dev4.jsonl")
N = 320
NBSP, NNBSP = "\u00a0", "\u202f"

FIRST_F = ("Apolline Clotilde Maïwenn Bleuenn Nolwenn Rozenn Maialen Ainhoa Olena Oksana Solomiia "
           "Małgorzata Agata Bianca Ioana Elif Zeynep Rojda Berivan Anahit Lusine Priya Kavya "
           "Thanh Huong Xiaoling Jing Fanja Rindra Seynabou Ndèye Khady Ketly Widline Hinano "
           "Vaimiti Tahia Chaïma Wissal Ikram Kenza Loubna Malak Assma Djeneba Oumou Yaëlle "
           "Séverine Ghislaine Maguelone Bertille Domitille Eulalie Anne-Gaëlle Marie-Laure")
FIRST_M = ("Aymeric Philibert Eudes Tanguy Gwendal Tudual Iker Unai Oleksandr Bohdan Taras "
           "Wojciech Grzegorz Ionuț Emre Burak Arsen Hovik Karthik Arjun Wei Jian Haoran Rija "
           "Tsiry Fallou Serigne Woodly Jhonny Teva Heimana Lyes Lounès Idir Amazigh Wassim "
           "Ayoub Anas Ilyès Souleymane Bakary Jean-Eudes Pierre-Alban Gauthier Enguerrand "
           "Matteo Kylian Nolan Timéo Sacha")
SURNAMES = ("Kowalczyk Grzeszczak Wiśniewski Rakotomalala Andrianarivo Randriamampianina "
            "Tchoumba Tshibangu Ilunga Oyelaran Adébayo Harutyunyan Petrosyan Yıldırım Öztürk "
            "Etxeberria Goikoetxea Zanetti Lombardi Ferhati Boukhris Bouchareb Aït-Kaci Tazi "
            "Quéméneur Kerjean Le|Floc'h Le|Bras Guéguen Pétrequin Vasseur Delcourt Lefranc "
            "Hoarau Payet Grondin Teriierooiterai Tetuanui Sivakumar Raman Zhang Liu Pham|Thi "
            "Dos|Santos da|Costa van|der|Berg Mac|Gregor O'Neill N'Guessan M'Bemba Sall Wade "
            "Faye Diagne Mbaye Chevrier Courtade Lamarque Bouvier-Ménard de|Kerjean "
            "de|La|Brosse Dujardin Maillard Rigaud Séverac Abgrall Morvan")


def split(s):
    return [w.replace("|", " ") for w in s.split()]


FF, FM, SUR = split(FIRST_F), split(FIRST_M), split(SURNAMES)


def first(rng, g=None):
    g = g or rng.choice("FM")
    return rng.choice(FF if g == "F" else FM), g


def sur(rng):
    return rng.choice(SUR)


def initial(name):
    return "-".join(p[0] + "." for p in name.split(" ")[-1].split("-"))


# ------------------------------------------------------------------------------------- names
def name_snippet(rng):
    """Returns (text, [labels]) for one person mention."""
    f, g = first(rng)
    s = sur(rng)
    title = rng.choice(["Mme", "Madame", "madame", "mme"] if g == "F" else ["M.", "Monsieur", "monsieur", "Mr"])
    k = rng.randrange(30)
    if k == 0:
        return f"{title} {s} nous a présenté l'outil", [s]
    if k == 1:
        return f"d'après {title} {s.lower()}, c'est interdit", [s.lower()]
    if k == 2:
        i = s.split(" ")[-1][0]
        t = "M." if g == "M" else "Mme"
        return f"{t} {i}. (le principal) a refusé", [f"{i}."]
    if k == 3:
        role = rng.choice(["notre CPE", "la documentaliste", "notre AESH", "l'infirmière", "le TZR de maths",
                           "notre principale adjointe", "la prof de techno", "le référent numérique"])
        return f"{role}, {f}, a testé ChatGPT avec nous", [f]
    if k == 4:
        return f"mon élève {f} a rendu un devoir entièrement généré", [f]
    if k == 5:
        return f"mon élève {f.lower()} a tout copié", [f.lower()]
    if k == 6:
        return f"ma collègue {f} {s} est très réticente", [f"{f} {s}"]
    if k == 7:
        return f"mon collègue {f} trouve ça génial", [f]
    if k == 8:
        return f"{s.upper()} {f}, professeur de SES", [f"{s.upper()} {f}"]
    if k == 9:
        return f"{f.upper()} {s.upper()} (parent d'élève)", [f"{f.upper()} {s.upper()}"]
    if k == 10:
        return f"{f} {s} m'a montré comment s'en servir", [f"{f} {s}"]
    if k == 11:
        return f"j'en ai parlé avec {f} et {first(rng, g)[0]}", [f, None]
    if k == 12:
        return f"slt c {f.lower()} jsp trop quoi dire", [f.lower()]
    if k == 13:
        return f"moi c {f.lower()} en 1ère", [f.lower()]
    if k == 14:
        return f"la maman de {f} m'a écrit", [f]
    if k == 15:
        return f"Dr {s} (médecin scolaire) nous alerte", [s]
    if k == 16:
        return f"j'ai demandé à {f} {s[0]}. de m'aider", [f"{f} {s[0]}."]
    if k == 17:
        return f"le petit {f} de CE1 parle à l'IA", [f]
    if k == 18:
        return f"ma fille {f.lower()} s'en sert tous les soirs", [f.lower()]
    if k == 19:
        return f"selon {f} {s}, inspectrice, ça va trop vite", [f"{f} {s}"]
    if k == 20:
        return f"je m'appelle {f.lower()} {s.lower()} et je suis en terminale", [f"{f.lower()} {s.lower()}"]
    if k == 21:
        return f"{title} {s}, proviseure du lycée, n'en veut pas", [s]
    if k == 22:
        return f"c'est {f} qui gère Pronote chez nous", [f]
    if k == 23:
        return f"{f} et moi on a fait un exposé", [f]
    if k == 24:
        return f"mes élèves {f}, {first(rng)[0]} et {first(rng)[0]} ont triché", [f, None, None]
    if k == 25:
        return f"Pr {s} l'a dit en conférence", [s]
    if k == 26:
        return f"mon fils {f} (4e) l'utilise", [f]
    if k == 27:
        return f"{title} {f} {s} nous a formés", [f"{f} {s}"]
    if k == 28:
        return f"Mme {s.split(' ')[-1]}-{sur(rng).split(' ')[-1]} (directrice) est pour", [None]
    return f"l'AED, {f.lower()}, surveille la salle", [f.lower()]


def fill_nones(text, labels):
    """Labels given as None are the other first names of the snippet: recover them."""
    out = []
    known = [l for l in labels if l]
    for l in labels:
        if l is not None:
            out.append(l)
    # other names: capitalised words from the pools that are in the text and not yet labelled
    for w in re.findall(r"[A-ZÀ-ÖØ-Þ][\w'-]+(?:-[A-ZÀ-Þ][\w'-]+)*", text):
        if (w in FF or w in FM) and w not in known and w not in out:
            out.append(w)
    m = re.search(r"Mme ([\w'-]+-[\w'-]+) \(directrice\)", text)
    if m:
        out.append(m.group(1))
    return out


def signature(rng):
    f, g = first(rng)
    s = sur(rng)
    k = rng.randrange(9)
    if k == 0:
        return f"\n{f} {s}", [f"{f} {s}"]
    if k == 1:
        return f"\nCordialement,\n{f} {s[0]}.", [f"{f} {s[0]}."]
    if k == 2:
        return f"\n-- {f.lower()}", [f.lower()]
    if k == 3:
        return f"\n{f} ({rng.choice(['prof de lettres', 'CPE', 'maman de 2 élèves', 'AESH'])})", [f]
    if k == 4:
        return f"\nBien à vous. {f[0]}. {s}", [f"{f[0]}. {s}"]
    if k == 5:
        return f"\n{s.upper()} {f}", [f"{s.upper()} {f}"]
    if k == 6:
        return f" Merci, {f} {s.upper()}", [f"{f} {s.upper()}"]
    if k == 7:
        return f"\nbisous, {f.lower()} 3e B", [f.lower()]
    return f"\nSigné : {f[0]}. {s[0]}.", [f"{f[0]}. {s[0]}."]


# ------------------------------------------------------------------------------- identifiers
def nir(rng):
    sex = rng.choice("12")
    yy = f"{rng.randrange(100):02d}"
    mm = f"{rng.randrange(1, 13):02d}"
    dep = rng.choice(["59", "62", "75", "93", "2A", "2B", "13", "69", "97", "99", "35"])
    com = f"{rng.randrange(1, 990):03d}"
    if dep == "97":
        dep, com = "97", f"4{rng.randrange(10, 25)}"  # overseas: 3-digit dept, 2 digits left... keep 3
        com = f"{rng.randrange(400, 499)}"
    order = f"{rng.randrange(1, 999):03d}"
    body = sex + yy + mm + dep + com + order
    n = int(body.replace("2A", "19").replace("2B", "18"))
    key = 97 - n % 97
    if rng.random() < 0.5:
        key = (key + rng.randrange(1, 96)) % 97 + 1
    key = f"{key:02d}"
    parts = [sex, yy, mm, dep, com, order, key]
    style = rng.randrange(9)
    if style == 0:
        return " ".join(parts)
    if style == 1:
        return "".join(parts)
    if style == 2:
        return ".".join(parts)
    if style == 3:
        return "-".join(parts)
    if style == 4:
        return NBSP.join(parts)
    if style == 5:
        return " ".join(parts[:-1]) + " / " + key
    if style == 6:
        return "".join(parts[:-1]) + " " + key
    if style == 7:
        return " ".join(parts[:-1])  # no key (13 characters)
    return NNBSP.join(parts[:4]) + NNBSP + "".join(parts[4:6]) + NNBSP + key


def nir_context(rng, v):
    return rng.choice([f"mon numéro de sécu : {v}", f"n° SS {v}", f"NIR {v}",
                       f"ma carte vitale ({v}) a été scannée", f"numéro de sécurité sociale {v}.",
                       f"le sien c'est {v} je crois", f"sécu: {v}"])


IBAN_LEN = {"FR": 27, "BE": 16, "DE": 22, "ES": 24, "IT": 27, "PT": 25, "CH": 21, "LU": 20, "NL": 18}


def iban(rng):
    cc = rng.choice(["FR"] * 5 + list(IBAN_LEN))
    length = IBAN_LEN[cc]
    if cc == "IT":
        bban = rng.choice("ABCDEFGHIJ") + "".join(rng.choice("0123456789") for _ in range(length - 5))
    elif cc == "NL":
        bban = "ABNA" + "".join(rng.choice("0123456789") for _ in range(length - 8))
    else:
        bban = "".join(rng.choice("0123456789") for _ in range(length - 4))
        if cc == "FR" and rng.random() < 0.3:
            bban = bban[:-3] + rng.choice("ABCDEFGHJKLMN") + bban[-2:]
    moved = bban + cc + "00"
    num = int("".join(str(int(c, 36)) for c in moved))
    check = 98 - num % 97
    if rng.random() < 0.5:
        check = (check + rng.randrange(1, 90)) % 97 + 2
    raw = f"{cc}{check:02d}{bban}"
    style = rng.randrange(7)
    groups = [raw[i:i + 4] for i in range(0, len(raw), 4)]
    if style == 0:
        return " ".join(groups)
    if style == 1:
        return raw
    if style == 2:
        return " ".join(groups).lower()
    if style == 3:
        return "-".join(groups)
    if style == 4:
        return NBSP.join(groups)
    if style == 5:
        return "  ".join(groups)
    return ".".join(groups)


def iban_context(rng, v):
    return rng.choice([f"IBAN : {v}", f"mon RIB {v}", f"virement sur {v} svp", f"iban {v}",
                       f"coordonnées bancaires : {v}", f"le compte {v} de l'association"])


UAI_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def uai(rng):
    digits = rng.choice(["059", "062", "075", "093", "974", "971", "069", "013", "035", "02A"])
    if digits == "02A":
        digits = "620"
    body = digits + f"{rng.randrange(10000):04d}"
    letter = UAI_LETTERS[int(body) % 23]
    if rng.random() < 0.5:
        letter = rng.choice([c for c in UAI_LETTERS if c != letter])
    style = rng.randrange(7)
    if style == 0:
        return body + letter
    if style == 1:
        return body + letter.lower()
    if style == 2:
        return body + " " + letter
    if style == 3:
        return body + "-" + letter
    if style == 4:
        return body[:3] + " " + body[3:] + " " + letter
    if style == 5:
        return body[:3] + "." + body[3:] + letter
    return body + NBSP + letter


def uai_context(rng, v):
    return rng.choice([f"UAI {v}", f"(RNE {v})", f"code établissement : {v}", f"notre collège, {v},",
                       f"établissement {v}", f"lycée n° {v}", f"mon école ({v})"])


def phone(rng):
    first_digit = rng.choice("6677123459")
    rest = "".join(rng.choice("0123456789") for _ in range(8))
    nat = "0" + first_digit + rest
    pairs = [nat[i:i + 2] for i in range(0, 10, 2)]
    style = rng.randrange(14)
    if style == 0:
        return " ".join(pairs)
    if style == 1:
        return ".".join(pairs)
    if style == 2:
        return "-".join(pairs)
    if style == 3:
        return nat
    if style == 4:
        return "+33 " + first_digit + " " + " ".join(rest[i:i + 2] for i in range(0, 8, 2))
    if style == 5:
        return "+33 (0)" + first_digit + " " + " ".join(rest[i:i + 2] for i in range(0, 8, 2))
    if style == 6:
        return "0033 " + first_digit + " " + " ".join(rest[i:i + 2] for i in range(0, 8, 2))
    if style == 7:
        return "+33" + first_digit + rest
    if style == 8:
        return NBSP.join(pairs)
    if style == 9:
        return "/".join(pairs)
    if style == 10:
        return nat[:2] + " " + nat[2:6] + " " + nat[6:]
    if style == 11:
        return "+33 " + first_digit + "." + ".".join(rest[i:i + 2] for i in range(0, 8, 2))
    if style == 12:
        return NNBSP.join(pairs)
    return "(+33) " + first_digit + " " + " ".join(rest[i:i + 2] for i in range(0, 8, 2))


def phone_context(rng, v):
    return rng.choice([f"appelez-moi au {v}", f"tél : {v}", f"mon portable {v}", f"joignable au {v}.",
                       f"tel {v}", f"le secrétariat ({v}) ne répond jamais", f"06 ? non, {v}"
                       if not v.startswith("06") else f"mon 06 : {v}", f"whatsapp {v}"])


EMAIL_USERS = ["{f}.{s}", "{f}{s}", "{fi}{s}", "{f}_{s}{n}", "{f}.{s}{n}", "{s}.{f}", "{f}-{s}"]
DOMAINS = ["ac-lille.fr", "ac-versailles.fr", "gmail.com", "hotmail.fr", "laposte.net", "orange.fr",
           "free.fr", "yahoo.fr", "outlook.com", "ac-reunion.fr", "proton.me", "wanadoo.fr",
           "college-voltaire.fr", "educagri.fr"]


def ascii_fold(s):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def email(rng):
    f = ascii_fold(first(rng)[0]).lower().replace(" ", "")
    s = re.sub(r"[^a-z-]", "", ascii_fold(sur(rng)).lower().replace(" ", ""))
    user = rng.choice(EMAIL_USERS).format(f=f, s=s, fi=f[0], n=rng.randrange(1, 99))
    dom = rng.choice(DOMAINS)
    name, tld = dom.rsplit(".", 1)
    style = rng.randrange(12)
    if style <= 3:
        return f"{user}@{dom}"
    if style == 4:
        return f"{user}@{dom}".upper() if rng.random() < 0.5 else f"{user.capitalize()}@{dom}"
    if style == 5:
        return f"{user} (at) {dom}"
    if style == 6:
        return f"{user}[at]{name}[.]{tld}"
    if style == 7:
        return f"{user} arobase {name} point {tld}"
    if style == 8:
        return f"{user} @ {dom}"
    if style == 9:
        return f"{user}(a){dom}"
    if style == 10:
        return f"{user} at {name} dot {tld}"
    return f"{user}@{name} .{tld}" if False else f"{user} [AT] {name} [DOT] {tld}"


def email_context(rng, v):
    return rng.choice([f"écrivez-moi : {v}", f"mon mail {v}", f"contact : {v}", f"mail perso {v}",
                       f"(courriel : {v})", f"envoyez à {v} svp"])


STREETS = ["rue des Tilleuls", "rue Victor-Hugo", "avenue de la République", "bd Carnot",
           "boulevard de la Liberté", "allée des Mésanges", "impasse du Moulin", "chemin de Kerbasquet",
           "place du Général-de-Gaulle", "quai de la Deûle", "route de Béthune", "rue du 8 Mai 1945",
           "rue nationale", "avenue jean jaurès", "rue de la paix", "Rue Pasteur", "RUE DES ÉCOLES",
           "av. Foch", "square Marcel Pagnol", "résidence les Glycines", "cité des Cheminots",
           "lotissement le Clos Fleuri", "rue abbé lemire", "chemin des vignes", "cours Lafayette"]


def address(rng):
    n = str(rng.randrange(1, 240))
    extra = rng.choice(["", "", "", " bis", " ter", "bis", " B", "B", " Bis", ", "])
    street = rng.choice(STREETS)
    sep = "" if extra.endswith(", ") else " "
    return f"{n}{extra}{sep}{street}".replace(",  ", ", ")


def address_context(rng, v):
    city = rng.choice(["59000 Lille", "62300 Lens", "93200 Saint-Denis", "97400 Saint-Denis", "", "",
                       "29200 Brest", "à Roubaix"])
    tail = f", {city}" if city and not city.startswith("à") else (f" {city}" if city else "")
    return rng.choice([f"j'habite au {v}{tail}", f"adresse : {v}{tail}", f"on se retrouve au {v}",
                       f"domicile : {v}{tail}", f"au {v}{tail}, 2e étage", f"livré au {v}{tail}"])


# ------------------------------------------------------------------------------- filler, traps
FILLER = [
    "L'IA générative change complètement la façon dont les élèves font leurs devoirs.",
    "je pense que c'est un outil comme un autre faut juste apprendre a s'en servir",
    "Les élèves de 3e utilisent ChatGPT pour les rédactions, on le voit tout de suite.",
    "On manque de formation, personne ne sait vraiment quoi faire.",
    "franchement jsuis pas contre mais faut des règles",
    "Il faudrait une charte nationale sur l'usage de l'IA au collège.",
    "Nous avons testé Mistral et Le Chat en salle info, les résultats sont mitigés.",
    "Albert, l'IA de l'État, n'est pas accessible aux enseignants du premier degré.",
    "Lucie a été retirée au bout de quelques jours, ça n'a pas aidé la confiance.",
    "Claude et Gemini donnent des réponses plus prudentes que ChatGPT.",
    "Le collège Jules-Ferry a interdit les téléphones, mais pas l'IA sur les ordinateurs.",
    "Au lycée Marie-Curie, 73 % des élèves disent utiliser l'IA chaque semaine.",
    "Selon l'article L. 131-1 du code de l'éducation, l'instruction est obligatoire.",
    "La loi n° 2019-791 du 26 juillet 2019 pour une école de la confiance n'en parle pas.",
    "En 4e B, sur 28 élèves, 25 avaient utilisé un chatbot pour le devoir du 12/03/2024.",
    "Grâce à Pix, les élèves ont au moins quelques notions.",
    "Pronote et l'ENT ne proposent rien sur le sujet.",
    "La DANE de Lille organise des webinaires le mercredi à 14h30.",
    "Le RGPD interdit d'y mettre des données d'élèves, c'est clair.",
    "On a fait un atelier à l'école Jean Jaurès de Roubaix avec Canopé.",
    "j'ai 2 enfants en 5eA et en CM1, ils adorent.",
    "Copilot est installé sur tous les PC de la région Hauts-de-France depuis 2024.",
    "Les résultats au brevet 2025 : 87,5 % de réussite, aucun lien avec l'IA.",
    "La réunion du 15 novembre (salle B204) a duré 2 heures pour rien.",
    "Rose, vert, bleu : l'IA colorie les cartes à la place des élèves.",
    "Marine nationale, Armée de l'air : même l'armée utilise l'IA.",
    "Parcoursup utilise-t-il un algorithme d'IA ? Personne ne le sait.",
    "Le ministre a annoncé un plan à 15 000 000 € pour équiper les lycées.",
    "ISBN du manuel : 978-2-09-171234-5, il a un chapitre sur l'IA.",
    "En Seine-Saint-Denis, le rectorat de Créteil n'a donné aucune consigne.",
    "SIRET de l'association : 123 456 789 00012, pour info.",
    "La Toussaint, Noël, Pâques : les vacances sont le moment où ils trichent le plus.",
    "Nous sommes 3 profs de maths sur 12 à l'utiliser.",
    "Eduscol a publié un vade-mecum en septembre.",
    "Mme la Rectrice a envoyé un courrier, M. le Principal l'a transmis.",
    "Notre classe de 2nde 4 a fait un débat sur Gemini contre Mistral.",
    "Le projet Aurore, financé par la région, équipe les écoles rurales.",
    "Appelez le 3018 en cas de cyberharcèlement.",
]


def compose(rng):
    parts, labels = [], []
    kinds = rng.choice([
        ["name"], ["name"], ["name", "name"], ["name", "sig"], ["sig"], ["name", "phone"],
        ["nir"], ["iban"], ["uai"], ["phone"], ["email"], ["address"], ["email", "phone"],
        ["name", "email"], ["nir", "iban"], ["uai", "email"], ["address", "name"], ["name", "uai"],
        ["trap"], ["trap"], ["name", "name", "sig"], ["phone", "address"], ["nir"], ["iban", "name"],
    ])
    for kind in kinds:
        if kind == "name":
            t, l = name_snippet(rng)
            t = t[0].upper() + t[1:] if rng.random() < 0.5 else t
            if "None" in repr(l):
                l = fill_nones(t, l)
            parts.append(t + ".")
            labels += [("PERSONNE", x) for x in l]
        elif kind == "sig":
            continue
        elif kind == "trap":
            parts.append(rng.choice(FILLER))
        else:
            gen, ctx, kname = {
                "nir": (nir, nir_context, "NIR"), "iban": (iban, iban_context, "IBAN"),
                "uai": (uai, uai_context, "UAI"), "phone": (phone, phone_context, "TELEPHONE"),
                "email": (email, email_context, "EMAIL"), "address": (address, address_context, "ADRESSE"),
            }[kind]
            v = gen(rng)
            parts.append(ctx(rng, v) + rng.choice([".", "", " !", " merci."]))
            labels.append((kname, v))
        if rng.random() < 0.6:
            parts.append(rng.choice(FILLER))
    rng.shuffle(parts)
    if not parts:
        parts.append(rng.choice(FILLER))
    text = " ".join(parts)
    if "sig" in kinds:
        t, l = signature(rng)
        text += t
        labels += [("PERSONNE", x) for x in l]
    return text, labels


def valid(text, labels):
    for kind, value in labels:
        if not value:
            return False
        hits = [m.start() for m in re.finditer(re.escape(value), text)]
        if len(hits) != 1:
            return False
        i = hits[0]
        before = text[i - 1] if i > 0 else " "
        after = text[i + len(value)] if i + len(value) < len(text) else " "
        if before.isalnum() or after.isalnum():
            return False
    # labels must not overlap
    spans = sorted((text.index(v), text.index(v) + len(v)) for _, v in labels)
    return all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def main():
    rows = []
    while len(rows) < N:
        text, labels = compose(RNG)
        if not valid(text, labels):
            continue
        labels.sort(key=lambda kv: text.index(kv[1]))
        rows.append({"id": f"d{len(rows) + 1:03d}", "text": text,
                     "entities": [{"kind": k, "text": v} for k, v in labels]})
    write_rows(rows, OUT)


def write_rows(rows, path):
    """Writes the answers as JSON lines and prints the count per kind (shared with dev5)."""
    with open(path, "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(rows), Counter(e["kind"] for r in rows for e in r["entities"]))


if __name__ == "__main__":
    main()
