#!/usr/bin/env python3
"""Blind evaluation set n°12 for the personal-data masker.

Written BLIND: the author did not read the detector (Sources/), its tests, its
docs, nor any other generator or fixture in scripts/bench; the content below
comes only from the author's own knowledge of how French people write.

Run from the repository root:  python3 scripts/bench/pii_make_blind12.py
Deterministic: random.Random(SEED) with SEED = 8122030 (standard library only).
Output: Tests/PrivacyTests/Fixtures/pii_blind12.jsonl, 400 lines
    {"id": "q001", "text": "...", "entities": [{"kind": K, "text": "..."}]}
Entities are in order of appearance; each one is found by
text.find(entity, end_of_previous_entity) at exactly its place (asserted),
and no two overlap.  The script prints the count per kind, the share of
wrong check keys (NIR, IBAN, UAI) and the md5 of the output.

Theme: a consultation about AI in schools (« Que pensez-vous de l'usage de
l'IA dans les établissements scolaires ? »).  Mix of the 400 texts:
  * 60 texts without personal data (anonymous opinions, minutes, chat);
  * 70 trap texts without personal data: AI products and platforms, brands,
    schools / places / pets named after people, streets named without a
    number, towns with a postcode alone, dates, hours, amounts, counts, rooms,
    classes, law articles, years, course codes, reference numbers;
  * 130 survey answers with names and identifiers woven into opinions;
  * 140 letters, forms, e-mails, requests, minutes and chats with contact
    details.
Kinds: PERSONNE, ADRESSE, EMAIL, TELEPHONE, NIR, IBAN, UAI.  About 40 % of
NIR, IBAN and UAI carry a deliberately wrong check key and are labelled all
the same.

Labelling conventions:
  PERSONNE  titles (M., Mme, Dr, monsieur...) excluded; an initial after a
            title is the letter alone (« Mme L. » -> « L »); first name +
            surname = one entity; a first name next to a role or a class is
            labelled alone; trailing abbreviation dots excluded; public
            figures are persons; names inside e-mails, schools, streets,
            places, pets, brands and AI products are not persons.
  EMAIL     the whole address, obfuscated forms included.
  TELEPHONE the number with its international prefix, no label.
  NIR / IBAN / UAI  the whole identifier with its inner separators; labels
            excluded.
  ADRESSE   one entity from the first element of the address (house number,
            street type, or a complement that comes first) to the end of the
            city (CEDEX and its number included), or to the end of the street
            / postcode when no city is given, across lines; a « chez M. X » or
            « c/o X » line is not part of the address (X is a PERSONNE); a city
            joined to the street by « à » is part of the address, « à »
            included; the country of a foreign address is part of it.
"""
import hashlib
import json
import os
import random
import re
import unicodedata
from collections import Counter

SEED = 8122030
OUT = os.path.join("Tests", "PrivacyTests", "Fixtures", "pii_blind12.jsonl")
R = random.Random(SEED)
PER, ADR, EML, TEL, NIR, IBN, UAI = ("PERSONNE", "ADRESSE", "EMAIL", "TELEPHONE",
                                     "NIR", "IBAN", "UAI")


def ch(xs):
    return R.choice(xs)


def P(p):
    return R.random() < p


def S(t):
    return [(None, t)]


def E(k, t):
    return [(k, t)]


# ---------------------------------------------------------------- names
FIRST_F = ("Nadia Sophie Aïcha Fatoumata Mei Yasmine Inès Léa Chloé Marie-Claire Anne-Sophie Éloïse "
           "Océane Dorothée Gwenaëlle Soizic Ximena Aleksandra Olga Giulia Ana Aminata Kenza Samia Hoa "
           "Sakura Priya Ayşe Siobhan Ingrid Noa Rivka Tiphaine Maëlys Lina Jade Zineb Naïma Laurence "
           "Camille Françoise Thérèse Ginette Vanessa Jessica Moana Hinano Manon Gaëlle Sandrine Nathalie "
           "Leïla Awa Mariam Svetlana Agnieszka Chiara Lucía Ngoc-Anh Anaïs Solène").split()
FIRST_M = ("Karim Thomas Mamadou Youssef Hugo Lucas Jean-Baptiste Pierre-Yves Mathéo Kevin Sébastien "
           "Maël Ewen Iñaki Piotr Dmitri Matteo João Oumar Moussa Rachid Kenji Arjun Mehmet Björn Elior "
           "Enzo Adam Raphaël Ibrahima Hamza Bilal Cédric Guillaume Jean-Marc Hervé Kylian Teddy Teva "
           "Dominique Antoine Loïc Yannick Quentin Wassim Tiago Sven Hiroshi Abdoulaye Rémi "
           "François-Xavier Bastien Nicolas").split()
LAST = ("Martin|Bernard|Dubois|Lefèvre|Moreau|Garnier|Benali|Haddad|Diallo|Traoré|Nguyen|Tran|Le Goff|"
        "Le Gall|Kerbrat|Quéméner|Da Silva|Dos Santos|Ferreira|Rossi|Bianchi|Kowalski|Nowak|Ivanova|"
        "Yılmaz|Öztürk|Cohen|Lévy|Fontaine|de La Tour|d'Almeida|N'Diaye|M'Bodj|Ben Youssef|El Amrani|"
        "Aït Ahmed|Zhang|Wang|Takahashi|Schmitt|Muller|Koenig|Etcheverry|Arrighi|Santoni|Casanova|"
        "Hoarau|Payet|Teriitehau|Fabre|Roux|Vidal|Mercier|Blanchard|Chevalier|Giraud|Gauthier|Perrin|"
        "Robin|Morel|Lambert|Leroy|Roussel|O'Connor|Van den Berg|Sánchez|García|Pereira|Okafor|Mensah|"
        "Kouassi|Jean-Louis|Delacroix|Bouvier-Lemaire|Nakamura|Petrov|Abdallah|Said|Rakotomalala|"
        "Tuilagi|Lemoine|Barbier|Carpentier|Boyer").split("|")
PUBLIC = ["Emmanuel Macron", "Gabriel Attal", "Pap Ndiaye", "Jean-Michel Blanquer", "Najat Vallaud-Belkacem",
          "Élisabeth Borne", "Yann LeCun", "Cédric Villani", "Sam Altman", "Arthur Mensch", "Luc Julia",
          "Elon Musk", "Victor Hugo", "Maria Montessori", "Célestin Freinet", "Nicole Belloubet",
          "Anne Genetet", "Jules Ferry", "Marie Curie", "Albert Einstein"]
TF = ["Mme", "Mme", "Mme", "Madame", "madame", "Mme.", "Mlle", "Dr", "Docteure", "MME", "Pr"]
TM = ["M.", "M.", "M.", "Monsieur", "monsieur", "M", "Mr", "Dr", "Dr.", "Maître", "MR"]


def person():
    g = ch("FM")
    return (g, ch(FIRST_F if g == "F" else FIRST_M), ch(LAST))


def initials(f):
    return "-".join(x[0] + "." for x in f.split("-"))


def pf(p=None):
    g, f, s = p or person()
    r = R.random()
    if r < .5:
        return E(PER, f"{f} {s}")
    if r < .62:
        return E(PER, f"{s.upper()} {f}")
    if r < .7:
        return E(PER, f"{f} {s}".upper())
    if r < .75:
        return E(PER, f"{f} {s}".lower())
    if r < .83:
        return E(PER, f"{initials(f)} {s}")
    if r < .9:
        return E(PER, f"{f} {s[0].upper()}") + S(".")
    return E(PER, f"{f} {s.upper()}")


def pt(p=None, init=True):
    g, f, s = p or person()
    segs = S(ch(TF if g == "F" else TM) + " ")
    r = R.random()
    if r < .4:
        return segs + E(PER, f"{f} {s}")
    if r < .68:
        return segs + E(PER, s if P(.8) else s.upper())
    if r < .76 and init:
        return segs + E(PER, s[0].upper()) + S(".")
    if r < .86:
        return segs + E(PER, f"{initials(f)} {s}")
    return segs + E(PER, f"{f} {s.upper()}")


def fn():
    return E(PER, person()[1])


def sf():
    g, f, s = person()
    return E(PER, f"{s.upper()} {f}" if P(.7) else f"{s} {f}")


def chat():
    g, f, s = person()
    r = R.random()
    if r < .4:
        return E(PER, f"{f} {s[0].upper()}") + S(".")
    if r < .75:
        return E(PER, f)
    return E(PER, f"{f} {s}")


# ---------------------------------------------------------------- addresses
TYPES = [["rue", "rue", "Rue", "RUE", "r."], ["avenue", "Avenue", "av.", "Av.", "AV.", "ave"],
         ["boulevard", "Boulevard", "bd", "Bd", "BD", "Bld"], ["place", "Place", "pl."],
         ["impasse", "Impasse", "imp."], ["allée", "Allée", "all.", "allee"],
         ["chemin", "Chemin", "ch.", "chem."], ["route", "Route", "rte", "Rte"], ["quai", "Quai"],
         ["cours", "Cours"], ["square", "Sq."], ["faubourg", "Fbg"], ["passage", "Pass."],
         ["montée", "Montée"], ["promenade", "Prom."], ["esplanade"], ["rond-point"], ["cité", "Cité"],
         ["villa", "Villa"], ["traverse"], ["sentier"], ["voie"], ["parvis"], ["mail"], ["ruelle"],
         ["résidence", "Résidence"], ["hameau"]]
SN = ["de la République", "Victor-Hugo", "Victor Hugo", "des Lilas", "du Général-de-Gaulle", "Jean-Jaurès",
      "Jean Jaurès", "de l'Église", "Saint-Exupéry", "des Acacias", "de la Gare", "du Moulin", "Pasteur",
      "des Écoles", "du 8-Mai-1945", "du 11 Novembre 1918", "Émile-Zola", "de Verdun", "des Trois-Frères",
      "de Bretagne", "du Port", "Sainte-Catherine", "Gambetta", "Anatole-France", "des Frères-Lumière",
      "de l'Hôtel-de-Ville", "Clemenceau", "du Maréchal-Foch", "des Tilleuls", "Paul-Vaillant-Couturier",
      "de la Paix", "Aristide-Briand", "Saint-Michel", "d'Alsace-Lorraine", "des Cordeliers",
      "Aimé-Césaire", "Louise-Michel", "de la Source", "du Stade", "des Coquelicots", "Lamartine",
      "du Docteur-Schweitzer", "de Kerbonne", "Félix-Éboué", "des Flamboyants", "du Four à Chaux"]
COMPL = ["Bât. {L}", "Bâtiment {L}", "bât {L}", "Appt {n}", "appartement {n}", "Apt. {n}", "Esc. {d}",
         "escalier {L}", "{d}e étage", "{d}ème étage", "Résidence Les Tilleuls", "Rés. du Parc",
         "porte {n}", "Entrée {d}", "Logement {n}", "Immeuble Le Belvédère", "BP {n}", "CS 70{n}",
         "Boîte postale {n}", "Tour Europe", "RÉSIDENCE LES MIMOSAS", "Villa {d}", "Lot. Les Hauts de Plaisance"]
CITIES = [("75011", "Paris"), ("75005", "PARIS"), ("69003", "Lyon"), ("13001", "Marseille"),
          ("31000", "Toulouse"), ("33000", "Bordeaux"), ("59000", "Lille"), ("35000", "Rennes"),
          ("44000", "Nantes"), ("67000", "Strasbourg"), ("06000", "Nice"), ("34000", "Montpellier"),
          ("76600", "Le Havre"), ("94240", "L'Haÿ-les-Roses"), ("85100", "Les Sables-d'Olonne"),
          ("42000", "Saint-Étienne"), ("42100", "St-Étienne"), ("85000", "La Roche-sur-Yon"),
          ("97400", "Saint-Denis"), ("97200", "Fort-de-France"), ("97110", "Pointe-à-Pitre"),
          ("97300", "Cayenne"), ("97600", "Mamoudzou"), ("98800", "Nouméa"), ("98714", "Papeete"),
          ("97139", "Les Abymes"), ("97232", "Le Lamentin"), ("97420", "Le Port"), ("97410", "Saint-Pierre"),
          ("97500", "Saint-Pierre"), ("97133", "Saint-Barthélemy"), ("97150", "Marigot"), ("98600", "Mata-Utu"),
          ("20000", "Ajaccio"), ("20090", "Ajaccio"), ("20200", "Bastia"), ("20250", "Corte"),
          ("20137", "Porto-Vecchio"), ("20220", "L'Île-Rousse"), ("29200", "Brest"), ("22300", "Lannion"),
          ("93200", "Saint-Denis"), ("95000", "Cergy"), ("63000", "Clermont-Ferrand"), ("21000", "Dijon"),
          ("64100", "Bayonne"), ("74000", "Annecy"), ("59100", "Roubaix"), ("01000", "Bourg-en-Bresse"),
          ("02100", "Saint-Quentin"), ("45000", "Orléans"), ("87000", "Limoges"), ("38000", "Grenoble"),
          ("57000", "Metz"), ("14000", "Caen"), ("62100", "Calais"), ("30000", "Nîmes"),
          ("13100", "Aix-en-Provence"), ("17000", "La Rochelle"), ("50100", "Cherbourg-en-Cotentin"),
          ("83120", "Ste-Maxime"), ("35400", "St-Malo"), ("91940", "Les Ulis"), ("38080", "L'Isle-d'Abeau"),
          ("43000", "Le Puy-en-Velay"), ("92100", "Boulogne-Billancourt"), ("71100", "Chalon-sur-Saône"),
          ("88000", "Épinal"), ("09000", "Foix"), ("04000", "Digne-les-Bains"), ("72000", "Le Mans"),
          ("29870", "Landéda"), ("40100", "Dax"), ("56000", "Vannes"), ("68000", "Colmar"),
          ("97320", "Saint-Laurent-du-Maroni"), ("26000", "Valence"), ("80000", "Amiens")]
A_CITIES = [c for _, c in CITIES if not c.startswith(("Le ", "Les ", "PARIS"))]


def fill(t):
    return (t.replace("{L}", ch("ABCDEFGH")).replace("{n}", str(R.randint(2, 312)))
            .replace("{d}", str(R.randint(1, 9))))


def compl():
    return fill(ch(COMPL))


def typo(s):
    i = R.randrange(1, len(s) - 2)
    if s[i].isalpha() and s[i + 1].isalpha() and s[i] != s[i + 1]:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s[:i] + s[i + 1:] if s[i].isalpha() else s


def hnum():
    n = ch([R.randint(1, 30), R.randint(1, 250), R.randint(1, 9)])
    return ch([f"{n}", f"{n}", f"{n}", f"{n}", f"{n} bis", f"{n}bis", f"{n} ter", f"{n}B", f"{n} b",
               f"{n}-{n + 2}", f"n° {n}", f"N°{n}", f"{n},"])


def street():
    s = f"{ch(ch(TYPES[:4] if P(.6) else TYPES))} {ch(SN)}"
    if P(.1):
        s = s.upper()
    if P(.07):
        s = typo(s)
    return s


def sline():
    if P(.06):
        return ch(["lieu-dit Kerhuel", "Lieu-dit Le Bourg", "LD Coat-Losquet", "Hameau des Granges",
                   "lieudit La Croix-Blanche"])
    return f"{hnum()} {street()}"


def cpcity():
    cp, c = ch(CITIES)
    r = R.random()
    if r < .2:
        c = c.upper()
    elif r < .25:
        c = c.lower()
    if P(.1):
        c += " " + ch(["Cedex", "CEDEX", "cedex"]) + ch(["", f" {R.randint(1, 9)}", f" {R.randint(1, 20):02d}"])
    if P(.04):
        cp = "F-" + cp
    return f"{cp}{ch([' ', ' ', ' ', '  ', ' - '])}{c}"


def addr_ml():
    L = []
    if P(.2):
        L.append(compl())
    L.append(sline())
    if P(.25):
        L.append(compl())
    L.append(cpcity())
    return "\n".join(L)


def addr_line():
    sep = ch([", ", ", ", ", ", " ", " - ", " – ", " / ", ",  ", " — ", " ; ", ","])
    L = []
    if P(.15):
        L.append(compl())
    L.append(sline())
    if P(.2):
        L.append(compl())
    L.append(cpcity())
    return sep.join(L)


def foreign():
    n = R.randint(1, 120)
    return ch([f"Rue de la Loi {n}, 1040 Bruxelles, Belgique", f"Avenue Louise {n}\n1050 Ixelles\nBELGIQUE",
               f"Calle Mayor {n}, 28013 Madrid, Espagne", f"Via Roma {n}, 00184 Roma, Italie",
               f"{n} Baker Street, London NW1 6XE, Royaume-Uni", f"Bahnhofstrasse {n}, 8001 Zürich, Suisse",
               f"Rue du Rhône {n}\n1204 Genève\nSuisse",
               f"{n}, rue Sherbrooke Ouest, Montréal (Québec) H3A 0G4, Canada",
               f"Rua Augusta {n}, 1100-053 Lisboa, Portugal", f"{n}, boulevard Mohammed V, 20000 Casablanca, Maroc",
               f"{n} avenue Habib-Bourguiba, 1000 Tunis, Tunisie", f"Hauptstraße {n}, 10827 Berlin, Allemagne",
               f"{n}, route d'Arlon, L-8009 Strassen, Luxembourg", f"Lot {n} Cité Ennasr, 16000 Alger, Algérie"])


def addr_sent():
    r = R.random()
    if r < .35:
        a = f"{hnum()} {street()} à {ch(A_CITIES)}"
    elif r < .5:
        a = sline()
    elif r < .62:
        a = f"{sline()}, {ch(CITIES)[0]}"
    elif r < .7:
        a = foreign()
    else:
        a = addr_line()
    return S("au " if a[0].isdigit() or a.startswith(("n°", "N°")) else "") + E(ADR, a)


# ---------------------------------------------------------------- identifiers
WRONG = Counter()


def wrong(kind):
    WRONG[kind] += 1
    return WRONG[kind] % 5 in (1, 3)


def ascii_low(s):
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    return re.sub(r"[^a-z0-9-]", "", s.lower())


DOMAINS = ["ac-lyon.fr", "ac-versailles.fr", "ac-creteil.fr", "ac-rennes.fr", "ac-aix-marseille.fr",
           "ac-reunion.fr", "ac-martinique.fr", "ac-corse.fr", "gmail.com", "orange.fr", "laposte.net",
           "free.fr", "yahoo.fr", "hotmail.fr", "outlook.fr", "wanadoo.fr", "sfr.fr", "mairie-brest.fr",
           "ville-lannion.fr", "proton.me", "icloud.com", "fcpe75.fr", "peep.asso.fr", "education.gouv.fr"]


def email():
    g, f, s = person()
    f, s = ascii_low(f), ascii_low(s)
    loc = ch([f"{f}.{s}", f"{f}.{s}", f"{f[0]}{s}", f"{s}.{f}", f"{f}{R.randint(1, 99)}", f"{f}_{s}",
              f"{f[0]}.{s}", f"{s}{R.randint(60, 99)}", f"{f}-{s}", f"{f}.{s}.{R.randint(1, 9)}"])
    dom = ch(DOMAINS)
    d1, tld = dom.rsplit(".", 1)
    r = R.random()
    if r < .06:
        return f"{loc} [at] {d1} [dot] {tld}"
    if r < .1:
        return f"{loc}(at){dom}"
    if r < .13:
        return f"{loc} arobase {d1} point {tld}"
    if r < .16:
        return f"{loc} @ {dom}"
    if r < .19:
        return f"{loc}[@]{dom}"
    if r < .21:
        return f"{loc} AT {d1} DOT {tld}"
    if r < .25:
        return f"{loc}@{dom}".title() if P(.5) else f"{loc}@{dom}".upper()
    return f"{loc}@{dom}"


def phone():
    d = [f"{R.randint(0, 99):02d}" for _ in range(4)]
    if P(.22):  # overseas
        pre, cc = ch([("0590", "590"), ("0690", "590"), ("0596", "596"), ("0696", "596"), ("0594", "594"),
                      ("0694", "594"), ("0262", "262"), ("0692", "262"), ("0693", "262"), ("0269", "262"),
                      ("0639", "262"), ("0508", "508")])
        t = d[1:]
        if P(.15):
            return ch([f"+687 {t[0]} {t[1]} {t[2]}", f"+689 87 {t[0]} {t[1]} {t[2]}", f"(+689) 40 {t[0]} {t[1]} {t[2]}"])
        return ch([f"{pre} {t[0]} {t[1]} {t[2]}", f"{pre[:2]} {pre[2:]} {t[0]} {t[1]} {t[2]}",
                   f"+{cc} {pre[1:]} {t[0]} {t[1]} {t[2]}", f"+{cc} (0){pre[1:]} {t[0]} {t[1]} {t[2]}",
                   f"00{cc} {pre[1:]}{t[0]}{t[1]}{t[2]}", f"{pre}.{t[0]}.{t[1]}.{t[2]}"])
    a = ch("1234567796")
    n = [a] + d
    z = "0" + a
    return ch([f"{z} {d[0]} {d[1]} {d[2]} {d[3]}", f"{z} {d[0]} {d[1]} {d[2]} {d[3]}",
               f"{z}.{d[0]}.{d[1]}.{d[2]}.{d[3]}", z + "".join(d), f"{z}-{d[0]}-{d[1]}-{d[2]}-{d[3]}",
               f"+33 {a} {' '.join(d)}", f"+33 (0){a} {' '.join(d)}", f"+33 (0) {a} {' '.join(d)}",
               f"0033 {a} {' '.join(d)}", "+33" + "".join(n), f"+33 {a}.{'.'.join(d)}",
               f"{z}/{d[0]}/{d[1]}/{d[2]}/{d[3]}", f"{z} {d[0]}{d[1]} {d[2]}{d[3]}", f"(+33) {a} {' '.join(d)}"])


def nir_key(body):
    return 97 - int(body.replace("2A", "19").replace("2B", "18")) % 97


def nir():
    sex, yy, mm = ch("12"), f"{R.randint(0, 99):02d}", f"{R.randint(1, 12):02d}"
    d = ch(["75", "69", "13", "59", "35", "29", "33", "31", "93", "2A", "2B", "971", "972", "974", "976",
            "99", "44", "67", "06", "01"])
    com = (f"{R.randint(1, 34):02d}" if len(d) == 3 else f"{R.randint(100, 450)}" if d == "99"
           else f"{R.randint(1, 500):03d}")
    order = f"{R.randint(1, 999):03d}"
    k = nir_key(sex + yy + mm + d + com + order)
    if wrong(NIR):
        k = (k - 1 + R.randint(1, 96)) % 97 + 1
    g = [sex, yy, mm, d, com, order, f"{k:02d}"]
    r = R.random()
    if r < .45:
        return " ".join(g)
    if r < .65:
        return "".join(g)
    if r < .8:
        return "".join(g[:-1]) + " " + g[-1]
    if r < .88:
        return ".".join(g)
    if r < .94:
        return " ".join(g[:-1]) + " - " + g[-1]
    return f"{sex} {yy} {mm} {d}{com} {order} {g[-1]}"


def iban_cd(cc, bban):
    return 98 - int("".join(str(int(c, 36)) for c in bban + cc + "00")) % 97


def iban():
    r = R.random()
    fr = r < .84
    if fr:
        b = ch(["30003", "30004", "30002", "10278", "20041", "16006", "17515", "10107", "30066", "18206",
                "11315", "13335", "12506", "14445"])
        g, a = f"{R.randint(0, 99999):05d}", f"{R.randint(0, 10 ** 11 - 1):011d}"
        bban = b + g + a + f"{97 - (89 * int(b) + 15 * int(g) + 3 * int(a)) % 97:02d}"
        cc = "MC" if P(.05) else "FR"
    elif r < .9:
        n10 = f"{R.randint(0, 10 ** 10 - 1):010d}"
        bban, cc = n10 + f"{int(n10) % 97 or 97:02d}", "BE"
    elif r < .95:
        bban, cc = f"{R.randint(0, 10 ** 18 - 1):018d}", "DE"
    else:
        bban, cc = f"{R.randint(0, 999):03d}{R.randint(0, 10 ** 13 - 1):013d}", "LU"
    cd = iban_cd(cc, bban)
    if wrong(IBN):
        cd = (cd - 2 + R.randint(1, 96)) % 97 + 2
    s = f"{cc}{cd:02d}{bban}"
    q = [s[i:i + 4] for i in range(0, len(s), 4)]
    r = R.random()
    if r < .5:
        return " ".join(q)
    if r < .7:
        return s
    if r < .76:
        return " ".join(q).lower() if P(.5) else "-".join(q)
    if r < .82:
        return "  ".join(q)
    if fr and cc == "FR":
        return f"{s[:4]} {s[4:9]} {s[9:14]} {s[14:25]} {s[25:]}"
    return " ".join(q)


ULET = "ABCDEFGHJKLMNPRSTUVWXYZ"


def uai():
    d = ch(["075", "069", "013", "093", "035", "029", "059", "031", "033", "067", "974", "971", "972",
            "973", "976", "620", "720", "006", "001", "092", "022", "056"])
    n = f"{R.randint(0, 9999):04d}"
    k = ULET[int(d + n) % 23]
    if wrong(UAI):
        k = ch([c for c in ULET if c != k])
    r = R.random()
    if r < .55:
        return d + n + k
    if r < .7:
        return f"{d}{n} {k}"
    if r < .8:
        return d + n + k.lower()
    if r < .9:
        return f"{d} {n} {k}"
    return f"{d}{n}-{k}"


# ---------------------------------------------------------------- fillers
OPS = ["L'IA peut aider les élèves en difficulté, à condition d'être encadrée.",
       "Je suis plutôt inquiet : les devoirs à la maison n'ont plus beaucoup de sens.",
       "C'est un outil comme un autre, il faut apprendre à s'en servir.",
       "Il faudrait former les enseignants avant d'équiper les classes.",
       "Je crains surtout pour la protection des données des élèves.",
       "Les élèves l'utilisent déjà, autant leur apprendre à vérifier les réponses.",
       "Pour préparer mes cours, cela me fait gagner un temps précieux.",
       "L'IA ne remplacera jamais la relation entre le professeur et l'élève.",
       "Je suis contre : on perd l'effort de rédaction personnelle.",
       "Il faut une charte claire, votée en conseil d'administration.",
       "Les inégalités d'accès au numérique risquent de s'aggraver.",
       "C'est utile pour les élèves allophones, notamment pour la traduction.",
       "Pourquoi pas, mais avec des outils hébergés en Europe.",
       "On devrait en parler davantage en EMC et en SNT.",
       "Les parents ne sont pas assez informés de ce qui se fait en classe.",
       "Les réponses sont parfois fausses, ce qui oblige à tout vérifier.",
       "Pour les élèves dys, la synthèse vocale et la reformulation sont une vraie aide.",
       "Je n'ai pas d'avis tranché, j'attends les résultats de l'expérimentation.",
       "La triche aux évaluations est devenue un vrai sujet en salle des profs.",
       "Cela peut alléger la charge administrative de la vie scolaire.",
       "Je souhaite que l'usage reste interdit avant la classe de 4e.",
       "L'IA devrait être un objet d'étude, pas seulement un outil.",
       "Les agents ont aussi besoin de formation, pas seulement les professeurs.",
       "La question environnementale est trop peu abordée.",
       "franchement c'est trop bien pour réviser le brevet !",
       "Les élèves doivent comprendre que la machine peut se tromper.",
       "Il faut garder des évaluations sur table, sans écran.",
       "Le coût des licences pèse lourd sur le budget de la commune.",
       "Je suis favorable s'il y a un vrai débat avec les familles.",
       "Au primaire, je ne vois pas l'intérêt pour l'instant."]
AIS = ["ChatGPT", "Mistral", "Le Chat", "Claude", "Gemini", "Copilot", "Perplexity", "Albert", "MIA Seconde",
       "DeepSeek", "Llama", "Grok", "Midjourney", "DALL·E", "Lucie", "NotebookLM", "Khanmigo", "Pronote",
       "l'ENT", "Lalilo", "Adaptiv'Math", "Kwyk", "Quizlet", "Kahoot", "Moodle", "Canva", "Padlet", "PIX"]
BRANDS = ["Peugeot", "Citroën", "Michelin", "Renault", "Chanel", "Hermès", "Leclerc", "Lacoste", "Bic",
          "Yves Rocher", "Louis Vuitton", "Larousse", "Hachette", "Nathan", "Bordas", "Samsung", "Lenovo",
          "Apple", "Decathlon", "Clairefontaine", "Ferrari", "Boulanger", "Darty"]
SCHOOLS = ["collège Jean-Moulin", "lycée Victor-Hugo", "école Jules-Ferry", "lycée Marie-Curie",
           "collège Simone-Veil", "école maternelle Louise-Michel", "lycée Albert-Camus", "collège Pablo-Picasso",
           "lycée Saint-Exupéry", "école Jacques-Prévert", "collège Aimé-Césaire", "lycée Gustave-Eiffel",
           "lycée Saint-Joseph", "école Sainte-Marie", "collège Anne-Frank", "lycée Lumière",
           "collège Georges-Brassens", "lycée Pasquale-Paoli", "collège Rosa-Parks", "lycée Leconte-de-Lisle",
           "collège Olympe-de-Gouges", "LP Jean-Baptiste-de-La-Salle", "école Condorcet"]
PLACES = ["la gare Saint-Lazare", "l'hôpital Necker", "le stade Pierre-Mauroy", "le centre Pompidou",
          "le musée Rodin", "la médiathèque François-Mitterrand", "la salle Olympe-de-Gouges",
          "le gymnase Marcel-Cerdan", "la piscine Alfred-Nakache", "le parc André-Citroën",
          "l'aéroport Roland-Garros", "l'amphithéâtre Simone-Veil", "la place Charles-de-Gaulle",
          "le pont Gustave-Flaubert", "l'espace Jean-Monnet"]
PETS = ["notre chien Pixel", "mon chat Newton", "le hamster de la classe, Einstein", "la tortue Ada",
        "notre chatte Minerve", "le poisson rouge Turing"]
ROLES = ["professeure de mathématiques", "professeur d'histoire-géographie", "enseignante en SVT",
         "professeur de philosophie", "professeure des écoles", "CPE", "principal adjoint", "proviseure",
         "directrice d'école", "documentaliste", "infirmière scolaire", "AESH", "agent d'entretien",
         "gestionnaire", "secrétaire de direction", "parent d'élève", "représentante des parents d'élèves",
         "élu au conseil municipal", "adjointe au maire chargée des écoles", "conseiller départemental",
         "inspectrice de l'Éducation nationale", "professeur de NSI", "assistant d'éducation",
         "psychologue de l'Éducation nationale", "délégué académique au numérique"]
CLASSES = ["6e A", "5e2", "4e B", "3e C", "2nde 5", "1re G3", "Tle STMG", "CM2", "CE1", "CP", "GS",
           "BTS SIO 1", "CAP AEPE", "ULIS", "3e Prépa-Métiers", "Terminale 4", "MS-GS"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "septembre", "octobre", "novembre", "décembre"]


def date():
    d, m, y = R.randint(1, 28), R.randint(1, 12), ch([2024, 2025])
    return ch([f"{d} {MONTHS[m % 10]} {y}", f"{d:02d}/{m:02d}/{y}", f"mardi {d} {MONTHS[m % 10]}",
               f"{y}-{m:02d}-{d:02d}", f"1er {MONTHS[m % 10]}"])


def hour():
    h, m = R.randint(7, 19), ch([0, 15, 30, 45])
    return ch([f"{h}h{m:02d}", f"{h} h", f"{h}:{m:02d}", f"{h}h", f"{h} h {m:02d}"])


def amount():
    return ch([f"{R.randint(10, 99)},{R.randint(0, 99):02d} €", f"{R.randint(1, 9)} {R.randint(100, 999)} €",
               f"EUR {R.randint(10, 500)}.00", f"{R.randint(2, 90)} 000 euros", f"{R.randint(5, 60)} €"])


PH = {
    "FNF": lambda: E(PER, ch(FIRST_F)), "FNM": lambda: E(PER, ch(FIRST_M)),
    "PT": lambda: pt(), "PTN": lambda: pt(init=False), "PF": lambda: pf(), "FN": fn, "SF": sf,
    "PUB": lambda: E(PER, ch(PUBLIC)), "CHAT": chat,
    "PFL": lambda: E(PER, " ".join(person()[1:]).lower()),
    "EMAIL": lambda: E(EML, email()), "TEL": lambda: E(TEL, phone()), "NIR": lambda: E(NIR, nir()),
    "IBAN": lambda: E(IBN, iban()), "UAI": lambda: E(UAI, uai()), "ADDR": lambda: E(ADR, addr_ml()),
    "ADDRL": lambda: E(ADR, addr_line()), "ADDRS": addr_sent, "ADDRF": lambda: E(ADR, foreign()),
    "ROLE": lambda: S(ch(ROLES)), "SCHOOL": lambda: S(ch(SCHOOLS)), "OP": lambda: S(ch(OPS)),
    "OPL": lambda: S((lambda o: o[0].lower() + o[1:])(ch(OPS))),
    "CLASS": lambda: S(ch(CLASSES)), "AI": lambda: S(ch(AIS)), "BRAND": lambda: S(ch(BRANDS)),
    "DATE": lambda: S(date()), "HOUR": lambda: S(hour()), "AMOUNT": lambda: S(amount()),
    "N": lambda: S(str(R.randint(2, 480))), "ROOM": lambda: S(ch(["B204", "A12", "C-1.05", "polyvalente", "3.14",
                                                              "du CDI", "Molière", "informatique 2"])),
    "CITY": lambda: S(ch(A_CITIES)), "CC": lambda: S("{1} ({0})".format(*ch(CITIES))),
    "CPC": lambda: S("{0} {1}".format(*ch(CITIES))), "CP": lambda: S(ch(CITIES)[0]), "YEAR": lambda: S(str(R.randint(1998, 2026))),
    "LAW": lambda: S(ch(["L. 111-1 du Code de l'éducation", "L. 511-5 du Code de l'éducation", "9 du RGPD",
                         "D. 331-23", "R. 421-20 du Code de l'éducation", "L.131-1", "226-16 du Code pénal"])),
    "CODE": lambda: S(ch(["NSI-T2", "UE 3.2", "EDU-405", "MEEF-IA-01", "SNT 2.4", "INF1120", "M1-DID-07"])),
    "STREET": lambda: S(f"{ch(['rue', 'avenue', 'boulevard', 'place', 'cours', 'allée'])} {ch(SN)}"),
    "PLACE": lambda: S(ch(PLACES)), "PET": lambda: S(ch(PETS)),
    "Q": lambda: S("« Que pensez-vous de l'usage de l'IA dans les établissements scolaires ? »"),
    "TL": lambda: S(ch(["Tél. : ", "Tél : ", "Tel. ", "tél. ", "Portable : ", "Mobile : ", "☎ ", "T. ",
                        "Téléphone : ", "Tél. fixe : ", "Tel: "])),
    "ML": lambda: S(ch(["Courriel : ", "E-mail : ", "Mail : ", "Email : ", "Mél : ", "✉ ", "mail: "])),
}


def T(s):
    out = []
    for part in re.split(r"(\{[A-Z]+\})", s):
        if part.startswith("{") and part.endswith("}"):
            out += PH[part[1:-1]]()
        elif part:
            out.append((None, part))
    fix = [("au école", "à l'école"), ("du école", "de l'école"), ("le école", "l'école"),
           ("au LP", "au lycée professionnel"), ("du LP", "du lycée professionnel")]
    return [(k, t) if k else (k, _fix(t, fix)) for k, t in out]


def _fix(t, fix):
    for a, b in fix:
        t = t.replace(a, b)
    return t


# ---------------------------------------------------------------- texts
NONE = ["{Q}\n{OP}", "{OP} {OP}", "Réponse anonyme : {OP}", "Je ne souhaite pas donner mon nom. {OP}",
        "Compte rendu de l'atelier : les participants ont échangé pendant deux heures. {OP} Aucune décision n'a été prise.",
        "[{HOUR}] Anonyme : {OP}\n[{HOUR}] Invité : {OP}", "Sans opinion tranchée. {OP}", "Bonjour,\nje n'ai pas pu venir à la réunion. {OP}\nBonne journée",
        "{Q}\nRéponse : {OPL}", "Avis d'un parent : {OP} Merci pour cette consultation.",
        "Synthèse des réponses de la classe : {OP} {OP} {OP}", "Pas d'accord du tout. {OP}"]
TRAPS = ["Au {SCHOOL}, les élèves de {CLASS} ont testé {AI} pendant {N} minutes en salle {ROOM}.",
         "La réunion publique aura lieu le {DATE} à {HOUR}, salle des fêtes, {STREET}.",
         "Le budget prévu est de {AMOUNT} pour {N} établissements, conformément à l'article {LAW}.",
         "Les écoles de {CC} et de {CC} participent à l'expérimentation.",
         "Établissements pilotes : {CPC}, {CPC}. {OP}",
         "Avec {AI}, {AI} ou {AI}, les élèves ont accès à des outils puissants ; {BRAND} propose même des tablettes dédiées.",
         "Le cours {CODE} (« IA et société ») est ouvert aux étudiants depuis {YEAR}.",
         "Selon le RGPD (art. {N}) et la loi n° 78-17 du 6 janvier 1978, les données des élèves doivent être protégées. {OP}",
         "Rendez-vous devant le {SCHOOL}, {STREET} (entrée côté gymnase), à {HOUR}.",
         "{PET} a failli marcher sur le clavier pendant que je remplissais ce questionnaire ! {OP}",
         "Inscriptions avant le {DATE} : {N} places, tarif {AMOUNT}, code promo IA2025.",
         "Dossier n° 2024-IA-{N}, ticket {N} : la demande de licence {AI} est en cours de traitement.",
         "{N} % des enseignants interrogés utilisent déjà {AI} ; {N} % ne l'ont jamais essayé.",
         "La salle {ROOM} du bâtiment Pasteur sera équipée de {N} postes {BRAND} avant le {DATE}.",
         "Sortie scolaire du {DATE} : visite de {PLACE} avec les {CLASS}, départ {HOUR}, retour {HOUR}.",
         "Le {STREET} sera fermé à la circulation le {DATE} entre {HOUR} et {HOUR} ; le {STREET} reste ouvert.",
         "Rappel : l'article {LAW} encadre l'usage du téléphone portable au collège. {OP}",
         "Cette année scolaire, {N} classes de {CLASS} utilisent {AI} et {AI}.",
         "Le conseil d'administration du {SCHOOL} du {DATE} a voté {AMOUNT} pour des licences {AI} ({N} voix pour).",
         "Journée « IA et citoyenneté » à {PLACE} : ateliers {CODE} de {HOUR} à {HOUR}, {N} inscrits.",
         "Le prix {AI} de l'innovation pédagogique a été remis au {SCHOOL} de {CC}.",
         "Les élèves de {CLASS} ont comparé {AI} et {AI} sur des textes de Victor-Hugo étudiés en classe. {OP}",
         "SIRET de l'association : 812 345 678 00019 ; facture FA-{YEAR}-{N} d'un montant de {AMOUNT}."]
SURVEY = ["Réponse de {PT}, {ROLE} au {SCHOOL} : {OP} {OP}",
          "Je m'appelle {PF} et je suis {ROLE}. {OP} J'en ai longuement parlé avec mes collègues, qui partagent cet avis.",
          "{OP} Notre déléguée, {FNF} ({CLASS}), a d'ailleurs recueilli l'avis de toute la classe.",
          "En tant que parent (ma fille {FNF} est en {CLASS} au {SCHOOL}) : {OP}",
          "{OP} Comme l'a rappelé {PUB}, l'école doit s'adapter sans renoncer à ses missions. — {PF}, {ROLE}",
          "Mon collègue {PT} utilise {AI} avec ses {CLASS}. {OP} Moi je reste prudente.\n{PF}",
          "avis de {PFL} : {OPL}", "{PT} ({ROLE}) : « {OP} »",
          "{OP} Si vous voulez en discuter, écrivez-moi à {EMAIL} ou appelez le {TEL}.\n{PF}",
          "{OP} Le proviseur, {PTN}, a prévu une formation sur {AI} le {DATE} à {HOUR}.",
          "Je suis {FNM}, délégué des élèves de {CLASS}. {OP} {OP}",
          "{OP} — avis transmis par {PT} pour les parents d'élèves du {SCHOOL} (UAI {UAI}).",
          "Au {SCHOOL} (code UAI : {UAI}), {PTN} teste {AI} avec les {CLASS} depuis la rentrée. {OP}",
          "{PT} (professeure principale des {CLASS}) pense que {OPL} Pour ma part, {OPL}\n{PF}",
          "Pour le conseil municipal, {PT}, {ROLE} : {OP} Nous avons voté {AMOUNT} pour l'équipement numérique.",
          "{SF}, {ROLE} : {OP}", "Réponse collective de l'équipe de {CLASS} : {PF}, {PF} et {PTN}. {OP}",
          "{OP} Pour le défraiement : IBAN {IBAN} (titulaire : {SF}).",
          "{SF}, {ROLE}, NIR {NIR} : {OP}",
          "{OP} Je joins mon RIB pour le défraiement de la table ronde : {IBAN}\nMerci, {PF}",
          "{OP} Mon fils m'a montré comment {AI} résout ses exercices en deux secondes… {PF}, mère d'un élève de {CLASS}",
          "Discussion de la classe\n[{HOUR}] {CHAT} : vous avez répondu au questionnaire sur l'IA ?\n[{HOUR}] {CHAT} : oui ! {OP}\n[{HOUR}] {CHAT} : {OPL}",
          "{Q}\n{OP} J'ai d'ailleurs écrit à {PUB} à ce sujet. {PTN}, {ROLE}, {CITY}",
          "Bonjour, ici {FN}, AESH au {SCHOOL} ({UAI}). {OP}",
          "{OP} Merci de transmettre à notre référent numérique ({EMAIL}).",
          "Témoignage de {PF} (agent d'entretien, {SCHOOL}) : {OP}",
          "{OP} Je rejoins ce qu'a dit {PF} lors de la réunion du {DATE}.",
          "Je suis {ROLE} et j'habite {ADDRS}. {OP}\n{PF}",
          "{OP} Pour le remboursement du déplacement : NIR {NIR}, IBAN {IBAN}.\n{SF}",
          "{Q}\n{PT}, {ROLE} : {OP} Contact : {EMAIL}",
          "{OP} Notre CPE, {FN}, a animé un débat avec les {CLASS}.",
          "{OP} Je joins mon numéro de sécurité sociale ({NIR}) pour l'assurance de la sortie."]


def sender(p):
    segs = pf(p) + S("\n")
    if P(.12):
        segs += S(ch(["chez ", "Chez ", "c/o ", "C/O "])) + (pt(init=False) if P(.5) else pf()) + S("\n")
    if P(.92):
        segs += E(ADR, addr_ml() if P(.82) else foreign() if P(.4) else addr_line())
    else:
        segs += T("{ROLE}")
    if P(.25):
        segs += S("\n") + T("{TL}{TEL}")
    if P(.22):
        segs += S("\n") + T("{ML}{EMAIL}")
    return segs


def recipient():
    if P(.25):
        return T(ch(["Rectorat de l'académie\nDivision des élèves\n", "DSDEN – Service de la vie scolaire\n",
                     "Mairie de {CITY}\nService Éducation – Jeunesse\n", "Conseil départemental\nDirection de l'éducation\n",
                     "À l'attention du secrétariat de direction\n"])) + E(ADR, addr_ml())
    segs = pt(init=P(.5)) + S("\n" + ch(["Principal", "Proviseure", "Directrice", "Gestionnaire", "Principale adjointe",
                                         "Inspecteur de l'Éducation nationale", "Présidente de l'association"]))
    return segs + T("\n{SCHOOL}") + (S("\n") + E(ADR, addr_ml()) if P(.3) else [])


def sig(p):
    return S("\n\n") + (pf(p) if P(.7) else pt(p, init=False))


KINDS = ["reimb", "reimb", "reimb", "form", "form", "mail", "mail", "deliv", "regist", "regist", "appt",
         "minutes", "chat", "move", "reimbform", "reimbform", "foreign", "convoc"]


def letter(kind):
    p = person()
    if kind == "reimb":
        segs = sender(p) + S("\n\n") + recipient() + T("\n\n{CITY}, le {DATE}\n\nObjet : demande de remboursement – consultation « IA à l'école »\n\nMadame, Monsieur,\n\nSuite à la réunion du {DATE}" + (" au {SCHOOL} (UAI {UAI})" if P(.2) else "") + ", je vous prie de bien vouloir me rembourser la somme de {AMOUNT}. Mon RIB : ")
        segs += T("{IBAN}") + (T("\nN° de sécurité sociale : {NIR}") if P(.6) else [])
        return segs + S("\n\nVeuillez agréer, Madame, Monsieur, mes salutations distinguées.") + (sig(p) if P(.3) else [])
    if kind == "form":
        segs = T("FICHE DE SUIVI – Consultation « IA et école »\nNom, prénom : {SF}\nQualité : {ROLE}\nÉtablissement : {SCHOOL}")
        if P(.85):
            segs += T(" (UAI : {UAI})")
        if P(.6):
            segs += S("\nAdresse : ") + E(ADR, addr_line() if P(.7) else addr_ml())
        segs += T("\nTéléphone : {TEL}") if P(.6) else []
        return segs + (T("\nCourriel : {EMAIL}") if P(.6) else []) + T("\nSouhaite être recontacté(e) : oui\nAvis : {OP}")
    if kind == "mail":
        segs = T("De : {EMAIL}\n" if P(.65) else "") + T("À : secrétariat de la consultation\nObjet : Re: consultation IA\n\nBonjour") + (S(" ") + pt(init=False) if P(.6) else [])
        segs += T(",\n\n{OP} {OP}\n\nCordialement,\n") + pf(p) + T("\n{ROLE} – {SCHOOL}")
        if P(.3):
            segs += S("\n") + E(ADR, addr_line())
        if P(.5):
            segs += T("\n{TL}{TEL}")
        if P(.4):
            segs += T("\nUAI {UAI}")
        if P(.1):
            segs += T("\nIBAN pour les frais de mission : {IBAN}")
        return segs
    if kind == "deliv":
        segs = T("Bonjour, merci de livrer les {N} tablettes commandées pour l'atelier {AI} à l'adresse suivante :\n")
        if P(.3):
            segs += S("chez ") + pt(init=False) + S("\n")
        return segs + E(ADR, addr_ml()) + T("\nContact sur place : ") + pt(init=False) + T(", {TEL}.\nLivraison souhaitée avant le {DATE}.")
    if kind == "regist":
        segs = T("Demande d'inscription à l'atelier « Découvrir l'IA »\nÉlève : {PF} – classe de {CLASS}\nResponsable légal : ") + pt(p, init=False)
        segs += (S("\nAdresse : ") + E(ADR, addr_line())) if P(.45) else []
        if P(.6):
            segs += T("\nN° de sécurité sociale du responsable : {NIR}")
        return segs + T(("\nÉtablissement d'origine : UAI {UAI}" if P(.85) else "") + "\nFait à {CITY}, le {DATE}")
    if kind == "appt":
        segs = T("Bonjour, je souhaiterais prendre rendez-vous avec le professeur principal au sujet de l'usage de {AI} par mon fils {FNM} ({CLASS}). Je suis joignable au {TEL}")
        segs += T(" ou par mail à {EMAIL}") if P(.3) else []
        segs += T(". J'habite {ADDRS}.") if P(.5) else S(".")
        return segs + S("\nBien à vous,\n") + pf(p)
    if kind == "minutes":
        segs = T("Compte rendu de la réunion du {DATE} – salle {ROOM}\nPrésents : {PT} ({ROLE}), {PTN} ({ROLE}), les délégués de {CLASS}")
        segs += T("\nExcusée : {PTN}") if P(.5) else []
        segs += T("\nOrdre du jour : usage de l'IA au {SCHOOL} (UAI {UAI}).\n1. {OP}\n2. {OP}" if P(.6) else "\nOrdre du jour : usage de l'IA au {SCHOOL}.\n1. {OP}\n2. {OP}")
        return segs + T("\nProchaine réunion : {DATE} à {HOUR}. Secrétaire de séance : la CPE.")
    if kind == "chat":
        return T("[{HOUR}] {CHAT} : qqn a le numéro de la mairie pour l'atelier IA ?\n[{HOUR}] {CHAT} : oui c'est le {TEL}" + ("\n[{HOUR}] {CHAT} : et pour l'inscription écrivez à {EMAIL}" if P(.3) else "") + "\n(message suivant : merci !)")
    if kind == "move":
        return T("Bonjour, suite à notre déménagement, merci de noter notre nouvelle adresse : {ADDRL}" + (" (ancienne adresse : {ADDRL})" if P(.15) else "") + ".\n" + ("Nouveau numéro : {TEL}\n" if P(.5) else "")) + pf(p)
    if kind == "reimbform":
        segs = T("FORMULAIRE DE DEMANDE DE REMBOURSEMENT\nBénéficiaire : {SF}\n")
        segs += T("N° INSEE : {NIR}\n") if P(.9) else []
        segs += T("IBAN : {IBAN}\nBIC : AGRIFRPP882\nMontant : {AMOUNT}\nMotif : déplacement à la table ronde sur l'IA\nAdresse : ")
        return segs + (E(ADR, addr_line()) if P(.5) else S("inchangée"))
    if kind == "foreign":
        return T("Bonjour,\nJe vous écris depuis l'étranger où nous sommes en mobilité cette année. Notre adresse actuelle est : {ADDRF}.\n{OP}\nMon mail : {EMAIL}" + ("\nRemboursement sur mon compte : {IBAN}" if P(.3) else "")) + sig(p)
    segs = pt(p, init=False) + S("\n" + ch(["chez ", "c/o ", "Chez "])) + (pf() if P(.5) else pt(init=False))
    return segs + S("\n") + E(ADR, addr_ml()) + T("\n\nObjet : convocation à la table ronde « IA et école » du {DATE} à {HOUR}\n\n{OP}")


def survey(tpl):
    segs = T(tpl)
    return (T("{Q}\n") + segs) if P(.2) and not tpl.startswith("{Q}") else segs


GEN = {"none": lambda x: T(x), "trap": lambda x: T(x), "survey": survey, "letter": letter}


def quota(pool, n):
    """n picks that cycle through a shuffled pool, so the mix is balanced."""
    out = []
    while len(out) < n:
        q = list(pool)
        R.shuffle(q)
        out += q
    out = out[:n]
    R.shuffle(out)
    return out


def finalize(segs):
    text = "".join(t for _, t in segs)
    ents, pos, prev = [], 0, 0
    for k, t in segs:
        if k:
            if not t or t != t.strip() or text.find(t, prev) != pos:
                return None
            ents.append({"kind": k, "text": t})
            prev = pos + len(t)
        pos += len(t)
    return text, ents


# ---------------------------------------------------------------- validity (for the report)
def nir_ok(s):
    s = re.sub(r"[ .\-]", "", s)
    return nir_key(s[:13]) == int(s[13:])


def iban_ok(s):
    s = re.sub(r"[ \-]", "", s).upper()
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def uai_ok(s):
    s = re.sub(r"[ \-]", "", s).upper()
    return ULET[int(s[:7]) % 23] == s[7]


def main():
    plan = ["none"] * 60 + ["trap"] * 70 + ["survey"] * 130 + ["letter"] * 140
    R.shuffle(plan)
    subs = {"none": quota(NONE, 60), "trap": quota(TRAPS, 70), "survey": quota(SURVEY, 130),
            "letter": quota(KINDS, 140)}
    rows, seen = [], set()
    for i, cat in enumerate(plan):
        sub = subs[cat].pop()
        for _ in range(1000):
            res = finalize(GEN[cat](sub))
            if res and res[0] not in seen and (cat in ("survey", "letter")) == bool(res[1]):
                break
        else:
            raise SystemExit(f"could not generate text {i} ({cat})")
        seen.add(res[0])
        rows.append({"id": f"q{i + 1:03d}", "text": res[0], "entities": res[1]})
    cnt, bad = Counter(), Counter()
    for r in rows:  # final check: entities in order, found at their place, no overlap
        prev = 0
        for e in r["entities"]:
            j = r["text"].find(e["text"], prev)
            assert j >= prev, (r["id"], e)
            prev = j + len(e["text"])
            cnt[e["kind"]] += 1
            ok = {NIR: nir_ok, IBN: iban_ok, UAI: uai_ok}.get(e["kind"])
            if ok and not ok(e["text"]):
                bad[e["kind"]] += 1
    assert len(rows) == 400
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("texts:", len(rows), "with entities:", sum(1 for r in rows if r["entities"]))
    for k in (PER, ADR, EML, TEL, NIR, IBN, UAI):
        extra = f"  wrong key: {bad[k]} ({100 * bad[k] / max(cnt[k], 1):.0f} %)" if k in (NIR, IBN, UAI) else ""
        print(f"{k:10s} {cnt[k]:4d}{extra}")
    print("md5", hashlib.md5(open(OUT, "rb").read()).hexdigest(), OUT)


if __name__ == "__main__":
    main()
