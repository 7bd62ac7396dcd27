#!/usr/bin/env python3
"""Blind held-out evaluation set no. 2 for the personal-data masker.

Written without looking at the detector, at its tests or at the other sets:
every template, name list and value generator below is new.  Python 3
standard library only; deterministic (random.Random(7152026)).

Writes Tests/PrivacyTests/Fixtures/pii_blind2.jsonl, one answer per line:
    {"id": "b001", "text": "...", "entities": [{"kind": KIND, "text": SUBSTRING}]}

Kinds: PERSONNE, EMAIL, TELEPHONE, NIR, IBAN, UAI, ADRESSE.

Labelling conventions
  * PERSONNE: the name only, never the title (Mme, M., Mr, Madame, Dr...) nor
    the role in apposition.  "Mme Lefèvre" -> "Lefèvre", "M. Jean Dupuis" ->
    "Jean Dupuis".  Initials carry no trailing dot: "P. M." -> "P. M",
    "M. D." -> "D", "Karim B." -> "Karim B".  Particles belong to the surname
    ("da Silva", "de Kerguelen", "El Amrani").  Names written in capitals or
    in lowercase (pupils) are labelled as written.  Nicknames and a first name
    alone count.  Names inside institution names (collège Jules-Ferry), AI
    products (Claude, Lucie, Albert) or street names are NOT persons.
  * EMAIL: the whole address as written, obfuscated forms included
    ("prenom.nom [at] ac-lyon [dot] fr").  Functional addresses count too.
  * TELEPHONE: the whole number with its separators and +33 / (0) prefix.
  * NIR, IBAN, UAI: the whole identifier with its inner spaces/separators,
    whether the check key is right or wrong (about 40 % wrong).
  * ADRESSE: from the street number (with bis/ter and an optional comma after
    the number) through the street name; never the flat/building, postcode or city.
  * Each entity text occurs in its answer exactly as many times as it is
    labelled (here: once), so a plain substring search finds the right span.
"""
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter

SEED = 7152026
N_ANSWERS = 350
N_NO_PII = 52          # ~15 %
N_HARD_NEG = 50        # answers that carry a dedicated hard-negative sentence
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "Tests", "PrivacyTests",
                                    "Fixtures", "pii_blind2.jsonl"))

rng = random.Random(SEED)


def L(s):
    # split on "|" except inside a "[feminine|masculine]" alternative
    return [x.strip() for x in re.split(r"\|(?![^\[\]]*\])", s) if x.strip()]


def wchoice(r, pairs):
    tot = sum(w for _, w in pairs)
    x = r.random() * tot
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


# --------------------------------------------------------------------------
# Names (own lists, many origins)
# --------------------------------------------------------------------------
ORIGINS = {
    "fr": (10, L("Sophie|Nathalie|Isabelle|Valérie|Hélène|Mathilde|Clémence|Camille|Léa|Chloé|Manon|Jade|"
                 "Louane|Maëlys|Lola|Élise|Solène|Océane|Margaux|Pauline|Aurélie|Sandrine|Véronique|"
                 "Brigitte|Agathe|Capucine|Apolline|Louise|Anaïs|Justine|Coralie|Estelle|Ophélie|"
                 "Bérénice|Romane|Stéphanie|Béatrice|Catherine|Julie|Florence|Caroline|Élisabeth|Ginette"),
           L("Sébastien|Thierry|Guillaume|Aurélien|Baptiste|Lucas|Théo|Timéo|Enzo|Kylian|Mathis|"
             "Axel|Nicolas|Julien|Maxime|Arnaud|Cédric|Damien|Florian|Grégoire|Jérôme|Laurent|Mathéo|"
             "Noé|Quentin|Romain|Valentin|Gaspard|Clément|Bastien|Hervé|Patrick|Frédéric|Emmanuel|"
             "Thomas|Alexandre|Christophe|Dominique|Timothée|Gérald|Killian"),
           L("Lefèvre|Moreau|Garnier|Lambert|Fournier|Girard|Rousseau|Bonnet|Chevalier|Faure|"
             "Blanchard|Gauthier|Perrin|Masson|Marchand|Duval|Leroux|Colin|Carpentier|Lemaire|"
             "Hubert|Boucher|Mercier|Brunet|Aubert|Guérin|Picard|Barbier|Renaud|Jacquet|Poirier|"
             "Charpentier|Ménard|Lacroix|Berthelot|Tessier|Drouet|Fleury|Pichon|Gaillard|Royer|"
             "Baudry|Devaux|Etcheverry|Irigoyen|Larralde|Etchegaray|Elissalde|Castagné|Bousquet|"
             "Delmas|Vergnes|Soulié|Teissier|Cabanis|Peyrot|Lacombe|Vandenbussche|Delattre|"
             "Dewailly|Vasseur|Delannoy|Debacker|Verhaeghe|Vanhoutte|Bouvier|Chappaz|Favre-Bonvin")),
    "bzh": (3, L("Maëlle|Soazig|Nolwenn|Katell|Morgane|Gwenaëlle|Armelle|Enora|Rozenn|Anaëlle|Klervi"),
            L("Yannick|Gwenaël|Erwan|Ronan|Tanguy|Loïc|Youenn|Goulven|Corentin|Malo|Brieuc|Tugdual|Yann|Gaël"),
            L("Le Goff|Le Bihan|Kerdraon|Le Gall|Guéguen|Quéré|Le Floch|Jaouen|Kerhervé|Le Corre|"
              "Morvan|Riou|Cariou|Le Meur|Prigent|Le Guennec|Kervella|Pennec|Le Bras|Le Moal|Coïc|"
              "Kergoat|Le Dantec|Quiniou|Le Squeren|Tanguy")),
    "als": (2, L("Odile|Marlène|Doris|Christiane|Aline|Martine|Bernadette|Lina|Gisèle"),
            L("Joseph|Fridolin|Aloïse|Gérard|Bernard|Thiébaut|Materne|Xavier|Lucien"),
            L("Schmitt|Hirtz|Wendling|Ehrhart|Kientz|Schoettel|Grienenberger|Stoeckel|Fuchs|"
              "Zimmermann|Kuntz|Scherrer|Wurtz|Oberlé|Spielmann|Heitz|Burckel|Risch|Vogt|Ott")),
    "cor": (2, L("Letizia|Ghjulia|Anghjula|Marie-Dominique|Vanina|Santa|Laetitia|Paula"),
            L("Ghjuvanni|Paul-Antoine|Toussaint|Saveriu|Santu|Ange-Marie|Dumenicu|Pascal|Orsu|Petru"),
            L("Santoni|Casanova|Pietri|Ferrandi|Luciani|Mattei|Cristofari|Giacomoni|Albertini|Leca|"
              "Peretti|Filippi|Antonetti|Susini|Vincensini|Battesti|Marcaggi|Ottavi")),
    "dom": (4, L("Maéva|Rosemonde|Mickaëlla|Nafissa|Tiana|Marie-Line|Ketty|Yanaëlle|Emmanuella|Gwladys|Cindy"),
            L("Ludovic|Johan|Rudy|Jocelyn|Dimitri|Wilfried|Teddy|Yohan|Jean-Marc|Kévin|Harry|Mikaël"),
            L("Jean-Baptiste|Célestine|Marie-Sainte|Hoarau|Payet|Grondin|Técher|Nativel|Bègue|Lauret|"
              "Moutoussamy|Ramassamy|Latchoumanin|Zébina|Nestoret|Sinimalé|Clain|Mussard|Deglas|"
              "Bellance|Joseph-Angélique|Abdallah|Attoumani|Ahamada")),
    "magh": (6, L("Nadia|Samira|Amina|Nour|Yasmine|Malika|Zineb|Anissa|Kenza|Soumaya|Nassima|Tassadit|"
                  "Fatima-Zahra|Salma|Houda|Imane|Rania"),
             L("Karim|Yassine|Rachid|Mehdi|Sofiane|Ilyes|Hakim|Farid|Wassim|Rayan|Bilal|Djamel|Lounès|"
               "Mohamed|Abdelkader|Nassim|Adam|Anis|Younès"),
             L("Benali|Bensaïd|El Amrani|Haddad|Bouzid|Cherkaoui|Mansouri|Belkacem|Ait Ouarab|Hamidi|"
               "Zerrouki|Benyoucef|Boukhris|Lahlou|Tahiri|Aït-Kaci|Ben Salem|Ouali|Meziane|"
               "Bouabdallah|El Idrissi|Kaddour|Saâdi|Amrouche")),
    "afr": (5, L("Aminata|Fatoumata|Awa|Aïssatou|Kadiatou|Mariam|Ama|Ngozi|Grâce|Divine|Merveille|"
                 "Bénédicte|Djeneba|Oumou|Rokia"),
            L("Moussa|Mamadou|Ousmane|Ibrahima|Seydou|Adama|Koffi|Chidi|Exaucé|Prince|Cheikh|Fodé|"
              "Landry|Boubacar|Serge-Alain"),
            L("Diallo|Traoré|Koné|Diop|Ndiaye|Camara|Sow|Cissé|Kouassi|Mbemba|Nkounkou|Mabiala|Kabongo|"
              "Tshibanda|Okafor|Mensah|Ouédraogo|Sawadogo|Sangaré|Fofana|Bamba|Ekambi|Nzeza|Kamga|"
              "Tchoumi|Fotso|Mvondo|Diakité|Keïta|Gueye|Sylla")),
    "por": (2.5, L("Ana|Inês|Beatriz|Luísa|Carla|Sandra|Márcia|Filipa|Rosário"),
            L("João|Rui|Filipe|Tiago|Gonçalo|Joaquim|Nuno|Vítor|Sérgio"),
            L("da Silva|dos Santos|Ferreira|Pereira|Oliveira|Rodrigues|Gonçalves|Carvalho|Teixeira|"
              "Fernandes|Pinto|Sousa|Marques|Ribeiro|Mendes|de Almeida|Moreira|Cardoso|Figueiredo|da Costa")),
    "esp": (2, L("Carmen|Lucía|Pilar|Dolores|Rocío|Nuria|Concepción|Guadalupe|Maite"),
            L("Javier|Alejandro|José-Luis|Iñaki|Álvaro|Francisco|Raúl|Jordi"),
            L("García|Fernández|Martínez|Sánchez|Gómez|Ruiz|Hernández|Jiménez|Ortiz|Romero|Navarro|"
              "Domínguez|Serrano|Molina|Ramos|de la Fuente|Iglesias|Castillo")),
    "ita": (2, L("Giulia|Francesca|Chiara|Federica|Paola|Elena|Alessia|Serena"),
            L("Marco|Alessandro|Lorenzo|Matteo|Giovanni|Stefano|Luca|Davide"),
            L("Rossi|Russo|Bianchi|Colombo|Ricci|Greco|Gallo|Conti|De Luca|Mancini|Giordano|Esposito|"
              "Lombardi|Moretti|Barbieri|Santoro|Rinaldi|Caruso|Di Stefano|Lo Presti")),
    "tur": (2, L("Ayşe|Elif|Zeynep|Merve|Büşra|Selin|Özlem|Esra|Hatice"),
            L("Mehmet|Emre|Burak|Yusuf|Hakan|Ömer|Cem|Murat|Tolga"),
            L("Yılmaz|Yilmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Öztürk|Ozturk|Aydın|Özdemir|Arslan|Doğan|"
              "Kılıç|Aslan|Çetin|Polat|Karaca")),
    "vn": (2, L("Thi Lan|Linh|Huong|Thuy|Phuong|Mai|Thi Thao|Ngoc Anh|Hoa"),
           L("Van Minh|Minh|Duc|Bao|Khanh|Quang|Tuan|Van Long|Hoang"),
           L("Nguyen|Tran|Lê|Pham|Huynh|Phan|Vu|Vo|Dang|Bui|Ngo|Duong|Truong")),
    "chn": (1.5, L("Fang|Li Na|Jing|Mei|Xin|Yuxuan|Zihan|Qian|Xiaoling"),
            L("Wei|Xiaoming|Hao|Lei|Haoran|Yifan|Jun|Zhiwei"),
            L("Wang|Zhang|Liu|Chen|Huang|Zhao|Zhou|Xu|Sun|Zhu|Lin|Guo|Li")),
    "pol": (1.5, L("Agnieszka|Katarzyna|Małgorzata|Magdalena|Joanna|Marta|Aleksandra"),
            L("Paweł|Krzysztof|Tomasz|Piotr|Łukasz|Wojciech|Marek"),
            L("Kowalski|Nowak|Wiśniewski|Wójcik|Kowalczyk|Kamiński|Lewandowski|Zieliński|Szymański|"
              "Woźniak|Dąbrowski|Kozłowski|Jankowski|Mazur|Krawczyk|Piotrowski|Szczepaniak")),
    "rou": (1.5, L("Ioana|Elena|Cristina|Raluca|Oana|Corina|Ștefania|Andreea"),
            L("Andrei|Mihai|Alexandru|Bogdan|Ionuț|Florin|Vlad|Sorin"),
            L("Popescu|Ionescu|Popa|Radu|Dumitrescu|Stoica|Munteanu|Constantinescu|Georgescu|Dinu|"
              "Ciobanu|Lungu|Rusu|Moldovan")),
    "ukr": (1.5, L("Oksana|Olena|Iryna|Yulia|Nataliya|Sofiia|Olha|Viktoriia"),
            L("Mykola|Taras|Andriy|Dmytro|Bohdan|Serhiy|Oleksandr|Yaroslav"),
            L("Shevchenko|Kovalenko|Bondarenko|Tkachenko|Kravchenko|Oliinyk|Melnyk|Boyko|Moroz|"
              "Lysenko|Savchenko|Rudenko|Marchenko|Hrytsenko")),
    "com": (1.5, L("Nadjma|Zaïnaba|Hadidja|Ansufati|Mariama|Chamsia|Rafida|Faïza"),
            L("Soulaïmana|Anrafa|Mzé|Ismaël|Fouad|Nassur|Djamal|Ibrahim"),
            L("Soilihi|Youssouf|Mmadi|Msaidié|Boina|Toihiri|Abdérémane|Chanfi|Bacar|Djoumoi|Houmadi|"
              "Attoumane|Said Omar|Ali Mohamed")),
    "mdg": (1, L("Fara|Tiana|Voahangy|Njara|Hanitra|Lalaina"),
            L("Hery|Mamy|Rado|Tojo|Andry|Fanilo"),
            L("Rakotomalala|Randrianarisoa|Razafindrakoto|Andriamanana|Rasoanaivo|Rabemananjara")),
}
COMPOSED = {"f": L("Marie-Claire|Anne-Sophie|Marie-Noëlle|Anne-Laure|Marie-Josée|Marie-Ange|Marie-Hélène|"
                   "Anne-Cécile|Laure-Anne|Marie-Christine"),
            "m": L("Jean-Baptiste|Pierre-Yves|Jean-Luc|Jean-Michel|Louis-Marie|Jean-François|Paul-Henri|"
                   "Jean-Philippe|Marc-Antoine|Pierre-Louis")}
NOBLE = L("de Kerguelen|de La Roche|du Plessis|d'Aubigné|de Saint-Aubin|de Villeneuve|de Coëtlogon|"
          "des Rosiers|de Kermadec|du Chêne")
NICKS = {"Stéphanie": "Steph", "Frédéric": "Fred", "Sébastien": "Séb", "Emmanuel": "Manu", "Nicolas": "Nico",
         "Béatrice": "Béa", "Valérie": "Val", "Catherine": "Cathy", "Julie": "Juju", "Maxime": "Max",
         "Thomas": "Tom", "Florence": "Flo", "Caroline": "Caro", "Isabelle": "Isa", "Mohamed": "Momo",
         "Alexandre": "Alex", "Christophe": "Chris", "Dominique": "Dom", "Mathilde": "Mathou",
         "Élisabeth": "Babeth", "Jean-Baptiste": "JB", "Marie-Josée": "Marie-Jo", "Anne-Sophie": "Anne-So",
         "Concepción": "Conchita", "Francisco": "Paco", "Oleksandr": "Sacha", "Aleksandra": "Ola",
         "Katarzyna": "Kasia", "Małgorzata": "Gosia", "Abdelkader": "Kader", "Fatoumata": "Fatou",
         "Aminata": "Ami", "Ghjuvanni": "Vanni", "Timothée": "Tim", "Gaspard": "Gaspi", "Valentin": "Valou",
         "Kylian": "Kyky", "Jean-François": "Jeff", "Laetitia": "Laeti", "Ginette": "Ginou",
         "Raluca": "Ralu", "Nathalie": "Nath", "Aurélie": "Aurél", "Sandrine": "Sandrinette"}
NICK_GENDER = {
    "f": L("Stéphanie|Béatrice|Valérie|Catherine|Julie|Florence|Caroline|Isabelle|Mathilde|Élisabeth|Marie-Josée|"
           "Anne-Sophie|Concepción|Aleksandra|Katarzyna|Małgorzata|Fatoumata|Aminata|Laetitia|Ginette|Raluca|"
           "Nathalie|Aurélie|Sandrine|Dominique"),
    "m": L("Frédéric|Sébastien|Emmanuel|Nicolas|Maxime|Thomas|Mohamed|Alexandre|Christophe|Dominique|"
           "Jean-Baptiste|Francisco|Oleksandr|Abdelkader|Ghjuvanni|Timothée|Gaspard|Valentin|Kylian|Jean-François")}
PARTICLES = {"de", "da", "dos", "du", "des", "di", "lo", "la", "van", "der", "d'"}


class Person:
    def __init__(self, first, last, g):
        self.first, self.last, self.g = first, last, g
        self.nick = NICKS.get(first)


def polish_fem(last):
    for a, b in (("ski", "ska"), ("cki", "cka")):
        if last.endswith(a):
            return last[:-3] + b
    return last


def new_person(r, g=None, avoid=()):
    for _ in range(100):
        g2 = g or r.choice("fm")
        origin = wchoice(r, [(k, v[0]) for k, v in ORIGINS.items()])
        _, fems, masc, sur = ORIGINS[origin]
        first = r.choice(COMPOSED[g2]) if (origin == "fr" and r.random() < 0.25) else \
            r.choice(fems if g2 == "f" else masc)
        if r.random() < 0.10:   # a first name that has a usual diminutive
            first = r.choice([k for k in NICKS if k in NICK_GENDER[g2]])
        so = origin if r.random() > 0.18 else wchoice(r, [(k, v[0]) for k, v in ORIGINS.items()])
        last = r.choice(ORIGINS[so][3])
        if so == "pol" and g2 == "f":
            last = polish_fem(last)
        x = r.random()
        if x < 0.08:
            other = r.choice(ORIGINS[wchoice(r, [(k, v[0]) for k, v in ORIGINS.items()])][3])
            if " " not in other and " " not in last and "-" not in other and other != last:
                last = last + "-" + other
        elif x < 0.12 and so in ("fr", "bzh"):
            last = r.choice(NOBLE)
        p = Person(first, last, g2)
        clash = False
        for q in avoid:
            if q.first == first or q.last == last or first in q.last or last in q.first \
                    or q.first in first or q.last in last:
                clash = True
        if not clash:
            return p
    return p


def strip_acc(s):
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def initial_of_last(last):
    words = re.split(r"[ \-]", last)
    for w in words:
        if w and w.lower() not in PARTICLES and not w.startswith("d'"):
            return w[0].upper()
    return last[0].upper()


def initials_of_first(first):
    parts = first.split("-")
    if len(parts) > 1:
        return "-".join(p[0] + "." for p in parts)
    return first.split(" ")[0][0] + "."


STYLE_COUNT = Counter()


def title_for(r, g, reg):
    if reg == "pupil":
        return r.choice(["mme", "madame", "Mme", "mme"]) if g == "f" else r.choice(["mr", "m.", "monsieur", "Mr", "M."])
    if reg == "formal":
        return r.choice(["Mme", "Madame", "Mme"]) if g == "f" else r.choice(["M.", "Monsieur", "M."])
    return r.choice(["Mme", "Mme.", "Madame", "madame", "Mme"]) if g == "f" else \
        r.choice(["M.", "Mr", "Mr.", "Monsieur", "M", "M."])


def mention(r, p, slot, reg):
    """Segments for one mention of person p.  Title/dots stay outside the entity."""
    low = reg == "pupil" and r.random() < 0.55
    noacc = low and r.random() < 0.5

    def fix(s):
        if low:
            s = s.lower()
        if noacc:
            s = strip_acc(s)
        return s

    first, last = p.first, p.last
    caps_last = r.random() < 0.15 and not low
    L_ = last.upper() if caps_last else last
    if slot == "F":
        if p.nick and r.random() < 0.5:
            STYLE_COUNT["nickname"] += 1
            return [("PERSONNE", fix(p.nick))]
        STYLE_COUNT["first-low" if low else "first"] += 1
        return [("PERSONNE", fix(first))]
    if slot == "L":
        STYLE_COUNT["last-bare"] += 1
        return [("PERSONNE", fix(L_))]
    if slot == "N":
        v = wchoice(r, [("fl", 55), ("LF", 12), ("fL", 13), ("lf", 7)])
        if v == "fl":
            s = f"{first} {last}"
        elif v == "LF":
            s = f"{last.upper()} {first}"
        elif v == "fL":
            s = f"{first} {last.upper()}"
        else:
            s = f"{last} {first}"
        STYLE_COUNT["full-" + v + ("-low" if low else "")] += 1
        return [("PERSONNE", fix(s))]
    if slot == "TL":
        STYLE_COUNT["title+last" + ("-CAPS" if caps_last else "") + ("-low" if low else "")] += 1
        t = title_for(r, p.g, reg)
        if low:
            t = t.lower()
        return [(None, t + " "), ("PERSONNE", fix(L_))]
    if slot == "TN":
        STYLE_COUNT["title+full"] += 1
        t = title_for(r, p.g, reg)
        if low:
            t = t.lower()
        return [(None, t + " "), ("PERSONNE", fix(f"{first} {L_}"))]
    if slot == "I":
        fi, li = initials_of_first(first), initial_of_last(last)
        STYLE_COUNT["initials"] += 1
        s = f"{fi}{li}" if r.random() < 0.25 else f"{fi} {li}"
        return [("PERSONNE", s), (None, ".")]
    if slot == "TI":
        STYLE_COUNT["title+initial"] += 1
        t = title_for(r, p.g, reg)
        if low:
            t = t.lower()
        return [(None, t + " "), ("PERSONNE", initial_of_last(last)), (None, ".")]
    if slot == "FI":
        STYLE_COUNT["first+initial"] += 1
        return [("PERSONNE", fix(f"{first} {initial_of_last(last)}")), (None, ".")]
    raise ValueError(slot)


# --------------------------------------------------------------------------
# Identifier generators
# --------------------------------------------------------------------------
WRONG = 0.40
KEY_STATS = Counter()


def draw_valid(r, kind):
    """Keep the share of wrong check keys at WRONG (KEY_STATS is rolled back on a rejected draft)."""
    bad, ok = KEY_STATS[kind + " bad"], KEY_STATS[kind + " ok"]
    if bad < WRONG * (bad + ok + 1) - 0.5:
        return False
    if bad > WRONG * (bad + ok + 1) + 0.5:
        return True
    return r.random() >= WRONG


def nir(r, young=False):
    valid = draw_valid(r, "NIR")
    sex = r.choice("12")
    yy = "%02d" % (r.randint(6, 17) if young else r.randint(55, 102) % 100)
    mm = "%02d" % r.randint(1, 12)
    x = r.random()
    if x < 0.08:
        dept, com = r.choice(["2A", "2B"]), "%03d" % r.randint(1, 366)
    elif x < 0.20:
        dept, com = r.choice(["971", "972", "973", "974", "976"]), "%02d" % r.randint(1, 34)
    elif x < 0.28:
        dept, com = "99", "%03d" % r.choice([109, 122, 126, 131, 134, 139, 211, 212, 254, 331, 350, 351, 352, 397])
    else:
        dept = "%02d" % r.choice([d for d in range(1, 96) if d != 20])
        com = "%03d" % r.randint(1, 700)
    order = "%03d" % r.randint(1, 999)
    body = sex + yy + mm + dept + com + order
    n = int(body.replace("2A", "19").replace("2B", "18"))
    key = 97 - n % 97
    if not valid:
        key = r.choice([k for k in range(1, 98) if k != key])
    KEY_STATS["NIR " + ("ok" if valid else "bad")] += 1
    k = "%02d" % key
    parts = [sex, yy, mm, dept, com, order, k]
    f = r.random()
    if f < 0.35:
        return " ".join(parts)
    if f < 0.55:
        return "".join(parts)
    if f < 0.63:
        return "".join(parts[:-1]) + " " + k
    if f < 0.70:
        return ".".join(parts)
    if f < 0.76:
        return "-".join(parts)
    if f < 0.84:
        return " ".join(parts[:5]) + " " + order + "  " + k
    if f < 0.92:
        return sex + " " + yy + mm + " " + dept + com + " " + order + " " + k
    return sex + " " + yy + " " + mm + " " + dept + " " + com + order + " " + k


IBAN_SPECS = [("FR", "5n5n11c2n", 50), ("BE", "12n", 6), ("DE", "18n", 5), ("ES", "20n", 5), ("IT", "1a10n12c", 4),
              ("PT", "21n", 5), ("LU", "3n13c", 3), ("CH", "5n12c", 3), ("NL", "4a10n", 3), ("GB", "4a14n", 3),
              ("MC", "5n5n11c2n", 2), ("PL", "24n", 2), ("RO", "4a16c", 2), ("TR", "5n1n16c", 2)]
BICS = L("AGRIFRPP882|CCBPFRPPNAN|SOGEFRPP|BNPAFRPPXXX|CMCIFR2A|PSSTFRPPSCE|CEPAFRPP751|CRLYFRPP")


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return 98 - int(num) % 97


def iban_valid(s):
    s = s.replace(" ", "").replace("-", "").upper()
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


RIB_MAP = {c: str(v) for v, cs in enumerate(["", "AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"])
           for c in cs}


def gen_pattern(r, pat):
    out = []
    for m in re.finditer(r"(\d+)([nac])", pat):
        k, t = int(m.group(1)), m.group(2)
        for _ in range(k):
            if t == "n" or (t == "c" and r.random() < 0.9):
                out.append(str(r.randint(0, 9)))
            else:
                out.append(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
    return "".join(out)


def iban(r, cc=None):
    valid = draw_valid(r, "IBAN")
    if cc is None:
        cc = wchoice(r, [(c, w) for c, _, w in IBAN_SPECS])
    pat = [p for c, p, _ in IBAN_SPECS if c == cc][0]
    bban = gen_pattern(r, pat)
    if cc in ("FR", "MC"):
        b, g, acc = bban[:5], bban[5:10], bban[10:21]
        accn = int("".join(RIB_MAP.get(c, c) for c in acc))
        key = 97 - ((89 * int(b) + 15 * int(g) + 3 * accn) % 97)
        bban = b + g + acc + "%02d" % key
    ck = iban_check(cc, bban)
    s = cc + "%02d" % ck + bban
    if not valid:
        while iban_valid(s):
            if r.random() < 0.5:
                s = cc + "%02d" % r.randint(2, 98) + bban
            else:
                i = r.randrange(4, len(s))
                if s[i].isdigit():
                    s = s[:i] + str((int(s[i]) + r.randint(1, 9)) % 10) + s[i + 1:]
    assert iban_valid(s) == valid
    KEY_STATS["IBAN " + ("ok" if valid else "bad")] += 1
    f = r.random()
    g4 = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    if f < 0.45:
        return g4
    if f < 0.68:
        return s
    if f < 0.76:
        return g4.lower() if r.random() < 0.5 else s.lower()
    if f < 0.84 and cc == "FR":
        return f"{s[:2]} {s[2:4]} {s[4:9]} {s[9:14]} {s[14:25]} {s[25:]}"
    if f < 0.90:
        return "-".join(s[i:i + 4] for i in range(0, len(s), 4))
    if f < 0.95:
        return s[:4] + " " + s[4:]
    return g4.replace(" ", "  ", 1)


UAI_ALPH = "ABCDEFGHJKLMNPRSTUVWXYZ"
UAI_DEPTS = L("075|069|013|035|029|067|068|059|031|033|093|094|092|044|006|034|971|972|973|974|976|620|720|"
              "022|056|064|063|057|021|086|038|078")


def uai(r):
    valid = draw_valid(r, "UAI")
    num = r.choice(UAI_DEPTS) + "%04d" % r.randrange(0, 10000)
    key = UAI_ALPH[int(num) % 23]
    if not valid:
        key = r.choice([c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if c != key])
    KEY_STATS["UAI " + ("ok" if valid else "bad")] += 1
    f = r.random()
    if f < 0.55:
        return num + key
    if f < 0.66:
        return f"{num[:3]} {num[3:]} {key}"
    if f < 0.76:
        return f"{num} {key}"
    if f < 0.84:
        return num + key.lower()
    if f < 0.90:
        return f"{num[:3]} {num[3:]}{key}"
    if f < 0.95:
        return f"{num}-{key}"
    return f"{num[:3]}.{num[3:]}.{key}"


def phone(r):
    x = r.random()
    if x < 0.08:
        c = r.choice(["be", "ch", "pt", "ma"])
        if c == "be":
            return "+32 4" + "%02d" % r.randint(60, 99) + " " + " ".join("%02d" % r.randint(0, 99) for _ in range(3))
        if c == "ch":
            return "+41 7" + str(r.choice([6, 7, 8, 9])) + " " + "%03d" % r.randint(0, 999) + " " + \
                "%02d" % r.randint(0, 99) + " " + "%02d" % r.randint(0, 99)
        if c == "pt":
            return "+351 9" + str(r.choice([1, 2, 3, 6])) + "%01d" % r.randint(0, 9) + " " + \
                "%03d" % r.randint(0, 999) + " " + "%03d" % r.randint(0, 999)
        return "+212 6 " + " ".join("%02d" % r.randint(0, 99) for _ in range(4))
    if x < 0.18:
        pre = r.choice(["0690", "0691", "0696", "0694", "0692", "0693", "0639"])
        ind = {"0690": "590", "0691": "590", "0696": "596", "0694": "594", "0692": "262", "0693": "262", "0639": "262"}[pre]
    else:
        pre = wchoice(r, [("06", 45), ("07", 20), ("01", 6), ("02", 7), ("03", 5), ("04", 6), ("05", 5), ("09", 6)])
        ind = "33"
    d = pre + "".join(str(r.randint(0, 9)) for _ in range(10 - len(pre)))
    pairs = [d[i:i + 2] for i in range(0, 10, 2)]
    f = r.random()
    if f < 0.35:
        return " ".join(pairs)
    if f < 0.50:
        return ".".join(pairs)
    if f < 0.62:
        return d
    if f < 0.67:
        return "-".join(pairs)
    if f < 0.71:
        return "/".join(pairs)
    if ind != "33":
        if f < 0.85:
            return f"+{ind} {d[1:4]} {d[4:6]} {d[6:8]} {d[8:]}"
        return f"(+{ind}) {d[1:4]}{d[4:]}"
    if f < 0.80:
        return "+33 " + d[1] + " " + " ".join(pairs[1:])
    if f < 0.85:
        return "+33" + d[1:]
    if f < 0.89:
        return "+33 (0)" + d[1] + " " + " ".join(pairs[1:])
    if f < 0.92:
        return "0033 " + d[1] + " " + " ".join(pairs[1:])
    if f < 0.96:
        return d[:2] + " " + d[2:4] + " " + d[4:7] + " " + d[7:]
    return d[:2] + " " + d[2:6] + " " + d[6:]


ACADS = L("rennes|versailles|lyon|lille|corse|reunion|guadeloupe|martinique|mayotte|guyane|strasbourg|nantes|"
          "toulouse|creteil|aix-marseille|montpellier|bordeaux|normandie|grenoble|nancy-metz|poitiers|dijon|"
          "besancon|orleans-tours|amiens|reims|limoges|clermont|nice|paris")
PROVIDERS = L("gmail.com|orange.fr|free.fr|laposte.net|hotmail.fr|yahoo.fr|outlook.com|sfr.fr|wanadoo.fr|"
              "icloud.com|protonmail.com|live.fr|neuf.fr|hotmail.com|gmx.fr")


def email(r, p, p_academic=0.45):
    f = strip_acc(p.first).lower().replace(" ", "").replace("'", "")
    lt = strip_acc(p.last).lower().replace("'", "")
    l_ = lt.replace(" ", "") if r.random() < 0.7 else lt.replace(" ", "-")
    academic = r.random() < p_academic
    v = r.random()
    if academic:
        if v < 0.7:
            local = f"{f}.{l_}"
        elif v < 0.85:
            local = f"{f}.{l_}{r.randint(1, 9)}"
        else:
            local = f"{f[0]}{l_}"
        dom = "ac-" + r.choice(ACADS) + ".fr"
    else:
        n = p.nick and strip_acc(p.nick).lower().replace(" ", "")
        cands = [f"{f}.{l_}", f"{f[0]}.{l_}", f"{f}{l_}", f"{l_}.{f}", f"{f}_{l_}", f"{f}.{l_}{r.randint(1, 99)}",
                 f"{f}{r.randint(1975, 2012)}", f"{l_}{f[0]}", f"{f}-{l_}"]
        if n:
            cands += [f"{n}.{l_}", f"{n}{r.randint(10, 99)}"]
        local = r.choice(cands)
        dom = r.choice(PROVIDERS)
    name, tld = dom.rsplit(".", 1)
    o = r.random()
    if o < 0.60:
        s = f"{local}@{dom}"
    elif o < 0.66:
        s = f"{local} [at] {name} [dot] {tld}"
    elif o < 0.71:
        s = f"{local}(at){dom}"
    elif o < 0.76:
        s = f"{local} arobase {name} point {tld}"
    elif o < 0.81:
        s = f"{local} @ {dom}"
    elif o < 0.85:
        s = f"{local}[at]{dom}"
    elif o < 0.89:
        s = f"{local} AT {name} DOT {tld}"
    elif o < 0.93:
        s = f"{local} (arobase) {name} (point) {tld}"
    elif o < 0.96:
        s = f"{local}@{name} . {tld}"
    else:
        s = f"{local}@{dom}".upper()
    KEY_STATS["EMAIL " + ("plain" if o < 0.6 or o >= 0.96 else "obfuscated")] += 1
    return s


STREETS = L("des Lilas|du Moulin|de la Gare|Victor-Hugo|Jean-Jaurès|du Général-Leclerc|de Verdun|des Tilleuls|"
            "Pasteur|de la Liberté|des Écoles|du Stade|Saint-Michel|Paul-Vaillant-Couturier|des Mimosas|"
            "du Vieux-Port|Schœlcher|Lamartine|de Strasbourg|des Flamboyants|du Commandant-Mouchotte|"
            "Louise-Michel|Aimé-Césaire|de l'Église|Sainte-Anne|du 8-Mai-1945|du 11 Novembre|des Tanneurs|"
            "de Pen-ar-Créac'h|de Kerbernard|des Frères-Lumière|Anatole-France|de la Croix-Rouge|du Maréchal-Foch|"
            "des Acacias|des Cordiers|de Bastia|Marcel-Pagnol|des Tisserands|du Bois-Joli|de la Mairie|"
            "des Goélands|Édouard-Herriot|des Canuts|de la Paix|Pierre-et-Marie-Curie|des Vignes")
STREET_TYPES = [("rue", 40), ("avenue", 10), ("av.", 3), ("boulevard", 6), ("bd", 3), ("allée", 6), ("impasse", 5),
                ("chemin", 5), ("place", 4), ("route", 3), ("quai", 2), ("cours", 2), ("square", 2), ("lotissement", 1),
                ("Rue", 4), ("Avenue", 2), ("Allée", 1)]
CITIES = [("35000", "Rennes"), ("29200", "Brest"), ("67000", "Strasbourg"), ("68100", "Mulhouse"), ("20000", "Ajaccio"),
          ("20200", "Bastia"), ("97400", "Saint-Denis"), ("97110", "Pointe-à-Pitre"), ("97200", "Fort-de-France"),
          ("97300", "Cayenne"), ("97600", "Mamoudzou"), ("69003", "Lyon"), ("13001", "Marseille"), ("59000", "Lille"),
          ("31000", "Toulouse"), ("33000", "Bordeaux"), ("44000", "Nantes"), ("75011", "Paris"), ("93200", "Saint-Denis"),
          ("94000", "Créteil"), ("78000", "Versailles"), ("64100", "Bayonne"), ("63000", "Clermont-Ferrand"),
          ("87000", "Limoges"), ("57000", "Metz"), ("21000", "Dijon"), ("86000", "Poitiers"), ("06000", "Nice"),
          ("34000", "Montpellier"), ("22300", "Lannion"), ("56100", "Lorient"), ("38000", "Grenoble")]


def address(r):
    num = str(r.choice([r.randint(1, 30), r.randint(1, 30), r.randint(1, 250)]))
    if r.random() < 0.12:
        num += r.choice([" bis", " ter", "bis", " B"])
    typ = wchoice(r, STREET_TYPES)
    name = r.choice(STREETS)
    if typ.lower() == "place" and name.startswith("du "):
        name = "du Marché"
    sep = ", " if r.random() < 0.15 else " "
    s = f"{num}{sep}{typ} {name}"
    if r.random() < 0.07:
        s = s.upper()
    return s


def city_tail(r):
    cp, c = r.choice(CITIES)
    extra = r.choice(["", "", "", "", ", appt 12", ", bât. C", ", 3e étage", " (résidence Les Pins)", ", porte 4"])
    f = r.random()
    if f < 0.45:
        t = f", {cp} {c}"
    elif f < 0.60:
        t = f" {cp} {c.upper()}"
    elif f < 0.70:
        t = f" - {cp} {c}"
    elif f < 0.85:
        t = f" à {c}"
    else:
        t = f", {c}"
    return extra + t


SCHOOLS = L("collège Jules-Ferry|lycée Marie-Curie|collège Jean-Moulin|lycée Victor-Hugo|collège Simone-Veil|"
            "lycée professionnel Aimé-Césaire|collège Louise-Michel|lycée Montaigne|collège Anne-Frank|"
            "lycée Chateaubriand|collège Pierre-et-Marie-Curie|lycée agricole de Merdrignac|collège Les Tilleuls")

# --------------------------------------------------------------------------
# Personas and their (PII-free) sentences
# --------------------------------------------------------------------------
PERSONAS = [("enseignant", 78), ("formation", 55), ("parent", 50), ("college", 36), ("lycee", 34),
            ("direction", 25), ("cpe", 17), ("aesh", 20), ("inspection", 15), ("autre", 20)]
REG = {"enseignant": "neutral", "formation": "neutral", "parent": "casual", "college": "pupil", "lycee": "pupil",
       "direction": "formal", "cpe": "neutral", "aesh": "casual", "inspection": "formal", "autre": "neutral"}
TYPO = {"enseignant": 0.07, "formation": 0.10, "parent": 0.30, "college": 0.45, "lycee": 0.30, "direction": 0.04,
        "cpe": 0.10, "aesh": 0.25, "inspection": 0.02, "autre": 0.15}

BODY = {
    "enseignant": L("""
L'IA peut aider à différencier, mais elle ne remplace pas le lien avec les élèves.|
Je m'en sers pour générer des exercices de remédiation, en vérifiant tout derrière.|
Le vrai problème, c'est l'évaluation du travail fait à la maison.|
On manque cruellement d'un cadre clair.|
Les élèves copient-collent sans lire, et ça se voit tout de suite.|
Je suis plutôt favorable, à condition de former les élèves à l'esprit critique.|
Honnêtement, je ne vois pas l'intérêt en mathématiques au collège.|
Les textes générés sont propres mais sans âme, tous pareils.|
Il faudrait du temps banalisé pour se former, pas des webinaires le mercredi après-midi.|
Nous n'avons aucune garantie sur ce que deviennent les données des élèves.|
En langues vivantes, c'est un outil formidable pour s'entraîner à l'oral.|
J'ai arrêté de donner des rédactions à faire à la maison.|
Ça creuse les inégalités entre ceux qui paient un abonnement et les autres.|
La question n'est plus de savoir si les élèves l'utilisent, mais comment.|
Je reste sceptique : beaucoup de promesses, peu de preuves.|
Pour préparer mes cours, c'est un gain de temps réel, je ne vais pas mentir.|
Il faut surtout apprendre aux élèves à vérifier les sources.|
On nous demande d'innover avec des ordinateurs qui ont dix ans.|
Les élèves à besoins particuliers peuvent en tirer un vrai bénéfice.|
Je crains une perte d'autonomie intellectuelle chez les plus fragiles.|
En physique-chimie, les erreurs de l'IA sont un excellent support de discussion.|
Pas convaincu du tout.|
Il faudrait une charte commune à tout l'établissement.|
Mes élèves savent mieux s'en servir que moi, et c'est un peu vertigineux.|
Je corrige plus vite les copies en faisant générer des commentaires types, que je reprends ensuite.|
On passe d'un extrême à l'autre : interdiction totale ou enthousiasme béat.|
Franchement, j'ai d'autres priorités avec des classes à trente.|
L'IA ne sait pas ce qu'est un élève qui décroche.|
J'utilise l'IA pour créer des textes à trous adaptés au niveau de chaque groupe.|
Ce serait bien d'avoir des outils validés, plutôt que chacun bricole dans son coin."""),
    "formation": L("""
Formation très intéressante mais beaucoup trop courte.|
Trop théorique, on aurait aimé manipuler davantage.|
Les exemples étaient bien choisis et transposables directement en classe.|
Le rythme était soutenu, parfois difficile à suivre pour les débutants.|
La connexion de la salle informatique coupait toutes les dix minutes, dommage.|
J'aurais aimé un temps d'échange entre disciplines.|
Enfin une formation concrète !|
Le module sur la rédaction des consignes (prompts) était le plus utile.|
Je repars avec plein d'idées pour mes secondes.|
Bof, beaucoup de discours sur les risques, peu d'outils.|
L'animation était dynamique et bienveillante.|
Il manquait une partie sur l'évaluation.|
Les supports devraient être envoyés avant la session.|
Contenu riche, mais la moitié du groupe n'avait pas de compte pour tester.|
Très bon équilibre entre apports et ateliers.|
Ce serait bien de prévoir une suite dans quelques mois.|
Trop de diapositives, pas assez de pratique.|
J'ai enfin compris ce qu'est un modèle de langage, merci.|
Les collègues du premier degré se sont sentis un peu oubliés.|
À refaire avec plus de temps pour les questions."""),
    "parent": L("""
Je suis inquiète, mon fils fait tous ses devoirs avec ChatGPT.|
Les écrans, déjà, c'est trop, alors l'IA en plus...|
Si c'est encadré par les profs, pourquoi pas.|
Personne ne nous a rien expliqué, on découvre tout par les enfants.|
Il faudrait une réunion d'information pour les parents.|
Ma fille dit que tout le monde l'utilise, même pour les exposés.|
Je préférerais qu'ils apprennent d'abord à écrire correctement.|
C'est l'avenir, autant qu'ils apprennent à s'en servir intelligemment.|
Qui a accès aux données de nos enfants ? C'est ça ma question.|
Au moins il ne me demande plus d'aide pour les maths.|
Je ne suis pas contre mais je n'y connais rien.|
On devrait apprendre aux enfants à s'en méfier, comme pour les réseaux sociaux.|
En tant que parent d'élève élu, je relaie l'inquiétude de beaucoup de familles.|
Mon fils a eu zéro parce que le prof pensait que c'était l'IA, alors qu'il avait tout fait seul.|
Les devoirs n'ont plus aucun sens si une machine les fait.|
Pour les enfants dys, c'est une aide précieuse, il ne faut pas l'oublier."""),
    "college": L("""
jsp trop, ça aide pour les devoirs mais les profs aiment pas.|
c'est bien pour comprendre les leçons quand on a pas compris en classe.|
moi j'utilise l'IA de Snap pour les exos de maths.|
les profs disent que c'est de la triche mais eux aussi ils l'utilisent.|
franchement c'est trop bien.|
ça devrait être interdit parce que sinon on apprend rien.|
j'aime pas, ça fait peur les images truquées.|
on devrait avoir le droit en cours.|
c'est pratique pour les exposés.|
mes parents veulent pas que je l'utilise.|
je l'utilise jamais.|
ça sert à rien si on comprend pas ce qu'on recopie.|
c'est trop bien pour traduire en anglais mais la prof elle voit direct.|
l'IA elle se trompe souvent en histoire.|
je pense que c'est bien mais faut pas abuser."""),
    "lycee": L("""
Honnêtement tout le monde l'utilise, surtout pour la philo.|
L'IA m'aide à réviser avec des quiz que je génère moi-même.|
Les profs devraient nous apprendre à bien l'utiliser au lieu de l'interdire.|
Pour Parcoursup, beaucoup ont écrit leur lettre de motivation avec ChatGPT.|
C'est pratique mais ça invente des trucs, faut vérifier.|
Les détecteurs d'IA se trompent, un copain a été accusé alors qu'il avait tout écrit.|
En NSI on l'utilise pour comprendre nos erreurs de code, c'est efficace.|
Ça me stresse un peu pour les métiers plus tard.|
Je trouve ça injuste que certains paient la version premium.|
Ça m'aide à reformuler quand je bloque, mais j'écris moi-même.|
Perso je m'en sers pas, je préfère comprendre.|
Il faudrait des règles claires, là chaque prof fait comme il veut."""),
    "direction": L("""
Nous avons engagé une réflexion en conseil pédagogique sur ce sujet.|
La priorité est d'élaborer une charte d'usage et de l'intégrer au règlement intérieur.|
Les équipes sont partagées entre enthousiasme et inquiétude.|
La question de la conformité au RGPD reste centrale.|
Nous manquons d'outils validés par l'institution.|
Un plan de formation pluriannuel serait nécessaire.|
Il convient d'associer les familles à cette démarche.|
Je constate des usages très hétérogènes selon les disciplines.|
Les fraudes aux devoirs maison ont nettement augmenté cette année.|
L'établissement n'a pas les moyens de financer des licences.|
Je souhaite que l'institution nous donne un cadre juridique clair.|
Les enseignants volontaires doivent être soutenus et valorisés."""),
    "cpe": L("""
Côté vie scolaire, on voit surtout des usages pour les devoirs, et parfois des montages entre élèves.|
Les deepfakes entre élèves m'inquiètent beaucoup.|
Il faut intégrer l'IA dans l'éducation aux médias, avec les assistants d'éducation.|
Des élèves ont utilisé une IA pour rédiger leurs lettres d'excuses, c'était assez drôle.|
Les familles ne savent pas ce que font leurs enfants sur leur téléphone.|
On a eu deux cas de harcèlement avec des images générées cette année.|
Le lien humain reste la base de notre métier."""),
    "aesh": L("""
J'utilise l'IA pour simplifier les textes pour l'élève que j'accompagne.|
On ne nous propose jamais les formations, alors qu'on est en première ligne.|
La synthèse vocale et la reformulation aident vraiment les élèves dys.|
On n'a pas le droit d'utiliser nos téléphones en classe, donc c'est compliqué.|
Personne ne nous demande notre avis d'habitude, merci pour ce questionnaire.|
Ça pourrait nous faire gagner du temps pour adapter les supports.|
J'ai peur que ça remplace une partie de notre travail."""),
    "inspection": L("""
L'enjeu est de garantir une utilisation éthique, sobre et conforme au cadre réglementaire.|
Les visites montrent des pratiques encore embryonnaires mais prometteuses.|
Il convient de distinguer l'usage par l'enseignant de l'usage par l'élève.|
La formation initiale et continue doit intégrer ces enjeux dès à présent.|
Le cadre d'usage publié par le ministère constitue une base utile.|
Je recommande d'éviter tout outil qui ne garantit pas la protection des données.|
L'évaluation certificative devra évoluer, c'est inévitable."""),
    "autre": L("""
Les élèves me demandent souvent si l'information donnée par l'IA est fiable.|
On parle beaucoup des profs, mais les autres personnels sont aussi concernés.|
Je vois surtout des élèves qui ne savent plus chercher par eux-mêmes.|
Une sensibilisation de tous les personnels serait la bienvenue.|
Certains élèves s'en servent très bien, d'autres pas du tout.|
Je ne me sens pas légitime pour en parler aux élèves sans formation."""),
}
# one role per "autre" answer, said first
AUTRE_ROLES = L("""
En tant que professeure documentaliste, je travaille l'évaluation de l'information avec les classes.|
Je suis AED et je vois les élèves s'en servir en permanence pendant les heures d'étude.|
Infirmière scolaire : des élèves viennent me voir angoissés par des montages.|
En tant que psychologue de l'Éducation nationale, je m'interroge sur l'orientation face à ces outils.|
Professeur documentaliste : au CDI, on a mis en place une affiche sur les bons réflexes.|
Je suis agent d'accueil, je n'ai pas trop d'avis mais je vois que ça inquiète.|
Secrétaire de direction, je vois passer des courriers de parents rédigés par IA, ça se reconnaît.""")

SHORT_NO_PII = L("""Aucun avis.|Sans opinion|Bof|NSP|Utile mais à encadrer.|Contre.|Pour, avec modération.|
RAS|je sais pas|Trop tôt pour le dire.|Dangereux !!|Ça dépend des profs|Oui.|Non merci.|Pas concerné.|
Indispensable aujourd'hui.|A voir...|Très bonne formation, merci !|c nul|Mitigé.""")

# dedicated hard negatives: (sentence, usable by pupils?)
HARD_NEG = [
    ("Grâce à ChatGPT, j'ai enfin compris les fonctions affines.", "P"),
    ("Grâce à la formation de la DRANE, je me sens moins démuni face à ces outils.", "A"),
    ("Claire, précise, bien rythmée : la présentation m'a plu.", "A"),
    ("Constance et patience sont indispensables quand on accompagne des élèves fragiles.", "A"),
    ("Rose, vert ou bleu : sur Canva, les élèves passent plus de temps à choisir les couleurs qu'à écrire.", "B"),
    ("La France accuse un retard certain par rapport à ses voisins.", "A"),
    ("L'outil Albert, développé par l'État, devrait être ouvert aux enseignants.", "A"),
    ("Lucie, le modèle open source français, a fait parler de lui pour de mauvaises raisons.", "A"),
    ("Claude et Gemini donnent des réponses plus nuancées que ChatGPT selon moi.", "B"),
    ("Le Chat de Mistral est français, c'est déjà un argument pour l'institution.", "A"),
    ("Copilot est intégré à la suite bureautique, les élèves y ont accès sans le savoir.", "A"),
    ("Perplexity cite ses sources, c'est un bon point de départ.", "B"),
    ("Sur Pronote, les parents voient les devoirs mais pas la manière dont ils sont faits.", "A"),
    ("L'ENT de la région est tellement lent que personne ne l'utilise.", "B"),
    ("Éduscol propose des fiches intéressantes mais noyées dans la masse.", "A"),
    ("Nos cours sont sur Moodle et les quiz sur Quizlet, l'IA vient s'ajouter à tout ça.", "B"),
    ("Le Réseau Canopé a organisé un webinaire le 14 mars 2024 à 14 h.", "A"),
    ("Au rectorat de Versailles, on nous parle d'expérimentation mais rien de concret.", "A"),
    ("Au collège Jules-Ferry, les téléphones restent dans les casiers.", "B"),
    ("Le lycée Marie-Curie a déjà adopté une charte, on pourrait s'en inspirer.", "A"),
    ("J'ai assisté à une conférence à Rennes sur le sujet, très éclairante.", "A"),
    ("La DANE de l'académie propose des parcours sur Magistère.", "A"),
    ("La principale adjointe et le référent numérique ont présenté le projet en conseil pédagogique.", "A"),
    ("Notre IA-IPR de lettres a rappelé le cadre en réunion de bassin.", "A"),
    ("Mes 4e B ont eu 12/20 de moyenne au devoir fait avec l'IA, contre 9,5/20 sans.", "A"),
    ("Le cours a lieu en salle B214 le mardi de 10 h 05 à 11 h.", "B"),
    ("L'abonnement à 22,99 € par mois n'est pas à la portée de toutes les familles.", "B"),
    ("Commande n° 40023871561942 passée pour les tablettes en septembre, toujours rien reçu.", "A"),
    ("Depuis 2023, le nombre de copies suspectes a doublé.", "A"),
    ("Prudence toutefois : les réponses sont souvent fausses en histoire.", "A"),
    ("Noël approche et les élèves demandent à l'IA d'écrire leurs cartes de vœux.", "A"),
    ("Après la Toussaint, on a lancé un projet en 2nde 3 avec la professeure documentaliste.", "A"),
    ("Alexa et Siri, les élèves connaissent ; l'IA générative, c'est autre chose.", "B"),
    ("Mme la Principale nous a demandé de ne rien utiliser avant validation.", "A"),
    ("Monsieur l'Inspecteur a évoqué le sujet lors de la visite, sans plus.", "A"),
    ("C'est la pierre angulaire d'une vraie éducation au numérique.", "A"),
    ("Le ticket GLPI n° 2024-118734 est resté sans réponse pendant trois semaines.", "A"),
    ("La classe de Tle G2 a travaillé avec Capytale en NSI.", "B"),
    ("30 % des élèves interrogés disent l'utiliser au moins une fois par semaine.", "A"),
    ("La formation du 5 février, de 9 h à 16 h 30, était trop dense.", "A"),
    ("DeepSeek, Llama, Mistral : trop de noms, on s'y perd.", "B"),
    ("L'académie de Lyon a publié un vadémécum, mais qui l'a lu ?", "A"),
    ("Le lycée Victor-Hugo, le collège Simone-Veil et l'école Jean-Moulin participent à l'expérimentation.", "A"),
    ("Patience : les outils évoluent vite, les programmes beaucoup moins.", "A"),
    ("En France, six élèves sur dix ont déjà testé un agent conversationnel.", "B"),
    ("Rendez-vous le 03/04 à 17h30 en salle 104 pour la suite.", "A"),
    ("Référence du devis : DEV-2024-06123, validé par le conseil d'administration.", "A"),
    ("Gemini est arrivé d'office sur les téléphones Android, sans que personne ne demande rien.", "B"),
]

# ---- person-mention sentences (slots: F N L TL TN I TI FI, optional index 2) -----------------
MENTION = {
    "enseignant": L("""
[Ma collègue|Mon collègue] {F} l'utilise pour préparer ses évaluations, moi pas encore.|
{N}, [professeure|professeur] de technologie, a monté un projet très intéressant avec ses 5e.|
J'ai découvert ces outils grâce à {TL}, notre documentaliste.|
[Une élève|Un élève], {F}, m'a rendu une dissertation parfaite... trop parfaite.|
{F} (4e C) a reconnu avoir tout généré, on en a parlé ensemble sans sanction.|
[L'élève|L'élève] {FI} a été [accusée|accusé] à tort par un logiciel de détection, c'est grave.|
En conseil pédagogique, {TL} a proposé une charte, ça n'a pas avancé.|
{TN}, [notre principale adjointe|notre principal adjoint], nous soutient.|
J'ai testé en co-intervention avec {F} et {F2}.|
[Ma tutrice|Mon tuteur] ({N}) m'a déconseillé de m'en servir devant les élèves.|
{TL} (SVT) et moi avons comparé les réponses de trois assistants.|
Les ressources partagées par {N} sur l'ENT sont top.|
{F}, [stagiaire|stagiaire] cette année, est beaucoup plus à l'aise que nous.|
Je pense à {F}, [une élève|un élève] dyslexique, pour qui la reformulation change tout.|
Comme le dit souvent {TL}, on ne peut pas interdire ce qu'on ne comprend pas.|
Lors de mon inspection, {TN} m'a conseillé de tester avec une classe.|
{TI} a été [la seule|le seul] à oser en parler en salle des profs.|
Mon binôme {F} et moi avons testé un chatbot en cours d'histoire.|
Pour les détails techniques, voir avec {TL} (la salle info, c'est [elle|lui])."""),
    "formation": L("""
Merci à {N}, [formatrice|formateur] de la DRANE, pour sa disponibilité.|
{TL} a été très [claire|clair] et [patiente|patient] avec les débutants.|
Formation animée par {N} (Réseau Canopé) : excellente.|
Un grand bravo à {F} et {F2} pour l'animation !|
L'intervention de {TN} sur les biais était passionnante.|
Dommage que {TL} ait dû partir plus tôt, on n'a pas vu la partie pratique.|
Pendant l'atelier, {F}, [une collègue|un collègue] de SES, a montré comment [elle|il] utilise Perplexity.|
{F} (DANE) a répondu à toutes nos questions.|
Je recommande vivement les sessions de {N}.|
Petit bémol : {TL} parlait trop vite.|
Le binôme {F} / {F2} fonctionnait très bien.|
{N} maîtrise son sujet, rien à redire.|
Merci [à la formatrice|au formateur] ({TN}) pour les ressources envoyées.|
Très bonne journée (merci encore à {F} pour le café !)."""),
    "parent": L("""
[Ma fille|Mon fils] {F} est en 4e et utilise ChatGPT tous les soirs.|
{F} a 14 ans et [elle|il] ne lit plus aucun livre en entier.|
[Ma fille|Mon fils], {N}, en seconde, a eu 0 pour un devoir jugé « fait par IA ».|
J'ai écrit à {TL} sur Pronote, toujours pas de réponse.|
{TL}, [sa professeure principale|son professeur principal], nous a dit que c'était interdit.|
La maman de {F} m'a raconté que toute la classe triche.|
[Ma belle-sœur|Mon beau-frère] {F}, qui est dans l'enseignement, est plutôt pour.|
Mes enfants ({F} et {F2}) n'ont pas le même avis que moi.|
{TN} (CPE) a été très à l'écoute quand on l'a [appelée|appelé].|
[Ma fille|Mon fils] {F}, qui est dys, s'en sert pour relire ses textes.|
Le copain de mon fils, {F}, lui a montré comment faire ses rédactions avec l'IA.|
[Ma fille|Mon fils] ({F}, 6e) n'a pas de téléphone et se sent [exclue|exclu].|
{TI} ne répond jamais aux messages, alors l'IA..."""),
    "college": L("""
[ma pote|mon pote] {F} il fait tous ses devoirs avec chatgpt.|
{TL} [elle|il] dit que c'est de la triche.|
[la prof|le prof] de maths {TL} nous a montré comment ça marche.|
{F} et moi on l'utilise pour réviser le brevet.|
en cours de {TL} on a le droit de l'utiliser.|
[ma soeur|mon frere] {F} dit que c'est nul.|
{TI} nous a dit que ça allait être interdit.|
moi et {F} on a eu une punition parce qu'on a utilisé l'IA.|
[ma prof|mon prof] de français {TL} a fait un cours dessus, c'était bien.|
{F} [elle|il] a eu 18 avec l'IA et moi 11 sans, c'est pas juste.|
{TI} [elle|il] confisque les portables si on l'utilise."""),
    "lycee": L("""
{TL}, [notre professeure|notre professeur] de philo, nous a fait analyser un texte généré, c'était top.|
Mon groupe ({F}, {F2} et moi) a fait un exposé sur les biais des IA.|
Pour le grand oral, {TL} nous a conseillé de ne pas l'utiliser pour rédiger.|
{F} s'est [faite|fait] prendre avec un texte de ChatGPT en français, [elle|il] a eu 0.|
[Ma prof|Mon prof] de NSI, {TN}, nous laisse l'utiliser pour déboguer.|
J'ai demandé à {F} de relire ma lettre plutôt qu'à l'IA.|
Notre CPE, {TL}, a fait une intervention sur les deepfakes.|
{F} m'a dit que [sa mère|son père] lui interdit de l'utiliser."""),
    "direction": L("""
J'ai confié la coordination du projet à {TN}, [professeure|professeur] de mathématiques.|
{TL}, [référente|référent] numérique, anime des ateliers le jeudi midi.|
Pour toute précision, vous pouvez vous rapprocher de {TL}, [mon adjointe|mon adjoint].|
Nous avons dû recevoir la famille de {F} suite à un montage diffusé sur les réseaux.|
{N} (AED) a signalé plusieurs cas de fraude lors des évaluations communes.|
Notre [gestionnaire|gestionnaire], {TL}, s'inquiète du coût des licences.|
Mes échanges avec {TN}, IA-DAASEN, ont été constructifs.|
{N}, [notre CPE|notre CPE], a proposé une action de sensibilisation.|
Le dossier est suivi par {TN} (secrétariat de direction)."""),
    "cpe": L("""
Avec {TL}, [l'infirmière|l'infirmier] scolaire, nous avons mené une action sur les deepfakes.|
[Une élève|Un élève] de 3e, {FI}, a été [victime|victime] d'un montage généré par IA.|
Les AED, notamment {F} et {F2}, voient passer beaucoup de choses sur les téléphones.|
J'ai reçu la mère de {F} qui était très inquiète.|
{F} (2nde 4) m'a demandé si c'était de la triche d'utiliser l'IA pour réviser.|
{TL}, [notre principale|notre principal], veut une charte avant la rentrée."""),
    "aesh": L("""
J'accompagne {F}, [une élève|un élève] de 6e avec un TSA, et l'IA m'aide à adapter les consignes.|
{TL}, [l'enseignante|l'enseignant] de français de {F2}, accepte que j'utilise des textes simplifiés.|
[Ma coordonnatrice|Mon coordonnateur] PIAL, {TN}, ne répond jamais à nos demandes de formation.|
Je travaille avec {F} depuis deux ans et je vois la différence avec la synthèse vocale.|
[Notre AESH référente|Notre AESH référent], {F}, nous a parlé d'une appli de lecture.|
Avec {F} on a essayé de faire résumer un chapitre, ça marchait bien."""),
    "inspection": L("""
Lors de la visite conduite avec {TN}, nous avons observé des usages pertinents en langues vivantes.|
Je remercie {TL}, [formatrice|formateur] académique, pour son appui.|
Les travaux du groupe piloté par {TN} méritent d'être diffusés.|
{N}, [chargée|chargé] de mission, coordonne les ressources académiques.|
J'ai pu observer la séance de {TL} en 1re, particulièrement réussie.|
[La conseillère pédagogique|Le conseiller pédagogique] ({N}) a relayé l'enquête dans les écoles."""),
    "autre": L("""
Je travaille avec {TL} (lettres) sur l'évaluation des sources.|
{F}, AED, m'a signalé qu'un élève utilisait l'IA pendant les permanences.|
[L'infirmière|L'infirmier], {TN}, reçoit des élèves angoissés par les deepfakes.|
Avec {N}, psychologue de l'EN, nous réfléchissons à l'orientation.|
Le médecin scolaire, le docteur {L}, s'inquiète du temps d'écran."""),
}

GREET = {
    "adult": L("Bonjour {TL},|Bonjour {TN},|[Chère|Cher] {TL},|Bonjour {F},|Bonjour à {F} et à toute l'équipe,|"
               "Hello {F} !|À l'attention de {TN} :|Bonjour {F} et {F2},|[Chère|Cher] {F},"),
    "pupil": L("bonjour {TL}|slt {F}|Bonjour {TL},"),
}
SIGN = {
    "adult": L("Cordialement,\n{N}|Cordialement, {I}|Bien à vous,\n{N}|{N}, [enseignante|enseignant] de lettres-histoire en LP|"
               "— {F}|Bonne journée, {F}|Merci, {N}|Signé : {N}|{I}|{N}, [maman|papa] de {F2}|{TN}, CPE|"
               "Cordialement\n{N}\n[Professeure|Professeur] de SVT|{N} ({F2} pour les intimes)|Bien cordialement, {FI}"),
    "direction": L("{N}\n[Principale|Principal] du collège Simone-Veil|[La proviseure|Le proviseur], {N}|"
                   "{I}, [principale adjointe|principal adjoint]|Cordialement,\n{TN}"),
    "inspection": L("{N}\nIA-IPR de lettres|{TN}, IEN de circonscription|{I}, IA-IPR"),
    "college": L("{F} 4eB|{FI} 5e2|{N} 3e A|{F}|{F} en 6e"),
    "lycee": L("{N}, Tle G3|{F} (1re)|{FI}|{N}, 2nde 4"),
}

CONTACT = {
    "EMAIL": {"formal": L("Vous pouvez me contacter à l'adresse suivante : {EMAIL}.|Courriel : {EMAIL}|"
                          "Je reste [disponible|disponible] par mail ({EMAIL}).|Contact : {EMAIL}"),
              "neutral": L("Mon mail : {EMAIL}|Écrivez-moi à {EMAIL} si besoin.|Je suis joignable par mail : {EMAIL}.|"
                           "Mail perso : {EMAIL} (pas l'académique, je ne le lis jamais)|Pour me recontacter : {EMAIL}"),
              "casual": L("mon mail : {EMAIL}|Écrivez-moi à {EMAIL} si besoin|dispo par mail {EMAIL}|"
                          "Mon adresse mail si vous voulez en parler : {EMAIL}"),
              "pupil": L("si vous voulez mon mail c'est {EMAIL}|mail : {EMAIL}|contactez moi {EMAIL}")},
    "TEL": {"formal": L("Je suis joignable au {TEL}.|Tél. : {TEL}|Ligne directe : {TEL}"),
            "neutral": L("Mon portable : {TEL}|Appelez-moi au {TEL} si vous voulez en discuter.|Tel {TEL} (après 17h)|"
                         "N'hésitez pas : {TEL}"),
            "casual": L("Mon portable : {TEL}|Appelez-moi au {TEL} si vous voulez en discuter.|tel {TEL} (après 17h)|"
                        "mon numéro : {TEL}"),
            "pupil": L("mon num {TEL}|appelez moi au {TEL} lol|mon tel c'est {TEL}")},
    "ADR": {"formal": L("Adresse pour l'envoi de l'attestation : {ADR}{CITY}.|Je suis [domiciliée|domicilié] {ADR}{CITY}."),
            "neutral": L("J'habite au {ADR}{CITY}, si jamais il faut envoyer un courrier.|Envoyez les documents au {ADR}{CITY} svp.|"
                         "Mon adresse : {ADR}{CITY}.|Frais de déplacement depuis mon domicile ({ADR}{CITY}) : 84 km aller-retour.|"
                         "La formation avait lieu au {ADR}{CITY}, bâtiment très mal indiqué."),
            "casual": L("On habite au {ADR}{CITY}, venez voir si vous voulez.|mon adresse : {ADR}{CITY}|"
                        "Pour le ramassage scolaire on est au {ADR}{CITY}, personne ne nous a répondu."),
            "pupil": L("j'habite {ADR}{CITY} c'est a 5 min du college|mon adresse c'est {ADR}{CITY}")},
    "IBAN": {"formal": L("Le fournisseur nous a transmis un IBAN ({IBAN}) différent de celui de la facture, prudence.|"
                         "Coordonnées bancaires : {IBAN} (BIC {BIC})."),
             "neutral": L("Pour le remboursement des frais de déplacement, voici mon IBAN : {IBAN}|RIB : {IBAN}|"
                          "Merci de verser l'indemnité sur le compte {IBAN} (BIC {BIC}).|IBAN {IBAN} pour les frais de mission."),
             "casual": L("On a payé la sortie deux fois ! Merci de rembourser sur {IBAN}.|Pour la bourse : {IBAN}|"
                         "mon rib {IBAN}"),
             "pupil": L("")},
    "NIR": {"formal": L("Numéro de sécurité sociale demandé pour l'ordre de mission : {NIR}.|NIR : {NIR}"),
            "neutral": L("N° de sécurité sociale pour l'ordre de mission : {NIR}|"
                         "Je ne comprends pas pourquoi le formulaire d'inscription exigeait mon numéro de sécu ({NIR}).|"
                         "Mon NIR ({NIR}) apparaît en clair sur les convocations, vive le RGPD...|sécu : {NIR}"),
            "casual": L("On m'a demandé le numéro de sécu de ma fille ({NIR}) pour une sortie, c'est normal ?|"
                        "Numéro de sécu de mon fils : {NIR}, pour le dossier.|mon numéro de sécu {NIR} si besoin"),
            "pupil": L("on a du mettre notre numero de secu sur le dossier de stage, moi c'est {NIR}")},
    "UAI": {"formal": L("Établissement : {SCHOOL} (UAI {UAI}).|RNE {UAI}|UAI de l'établissement : {UAI}"),
            "neutral": L("Mon établissement d'exercice : {UAI}|code UAI : {UAI}|Je suis TZR, [rattachée|rattaché] au {UAI}.|"
                         "Inscription au stage sous le code {UAI}, erreur sur l'attestation.|Établissement : {SCHOOL} ({UAI})"),
            "casual": L("le collège de ma fille ({UAI}) n'a rien prévu|Établissement : {UAI}"),
            "pupil": L("mon lycée c'est le {UAI} sur le site")},
}
for k in CONTACT:
    for reg in list(CONTACT[k]):
        CONTACT[k][reg] = [t for t in CONTACT[k][reg] if t]

KIND_W = {
    "enseignant": {"P": 10, "EMAIL": 2.0, "TEL": 1.6, "NIR": 0.9, "IBAN": 0.7, "UAI": 2.0, "ADR": 1.0},
    "formation": {"P": 8, "EMAIL": 2.4, "TEL": 1.6, "NIR": 2.2, "IBAN": 3.0, "UAI": 2.2, "ADR": 2.2},
    "parent": {"P": 9, "EMAIL": 2.0, "TEL": 2.4, "NIR": 1.2, "IBAN": 1.2, "UAI": 0.5, "ADR": 1.8},
    "college": {"P": 12, "EMAIL": 1.0, "TEL": 1.0, "NIR": 0, "IBAN": 0, "UAI": 0, "ADR": 0.5},
    "lycee": {"P": 12, "EMAIL": 1.2, "TEL": 1.0, "NIR": 0.4, "IBAN": 0, "UAI": 0.4, "ADR": 0.4},
    "direction": {"P": 8, "EMAIL": 2.0, "TEL": 2.0, "NIR": 0.4, "IBAN": 0.8, "UAI": 3.0, "ADR": 1.0},
    "cpe": {"P": 10, "EMAIL": 1.6, "TEL": 1.6, "NIR": 0.4, "IBAN": 0.3, "UAI": 1.2, "ADR": 0.6},
    "aesh": {"P": 10, "EMAIL": 1.4, "TEL": 1.6, "NIR": 1.0, "IBAN": 1.0, "UAI": 0.8, "ADR": 1.0},
    "inspection": {"P": 10, "EMAIL": 2.0, "TEL": 1.5, "NIR": 0.3, "IBAN": 0.3, "UAI": 2.0, "ADR": 0.5},
    "autre": {"P": 10, "EMAIL": 1.6, "TEL": 1.6, "NIR": 0.8, "IBAN": 0.8, "UAI": 1.0, "ADR": 1.0},
}

TARGETS = {"EMAIL": 55, "TEL": 55, "NIR": 42, "IBAN": 42, "UAI": 45, "ADR": 45}

# --------------------------------------------------------------------------
# Surface noise (applied to plain text only, never inside entities)
# --------------------------------------------------------------------------
SMS = [("c'est", "c"), ("C'est", "c"), ("pourquoi", "pk"), ("beaucoup", "bcp"), ("je sais pas", "jsp"),
       ("quelque chose", "qqch"), ("parce que", "pcq"), ("parce qu'", "pcq "), ("toujours", "tjr"),
       ("vraiment", "vrmt"), ("ça", "sa"), ("quand", "qd"), ("je suis", "jsuis"), ("trop", "tro"),
       ("tout le monde", "tlm"), ("d'accord", "dac"), ("j'ai", "jai"), ("il y a", "ya"), ("en tout cas", "entk"),
       ("t'as", "ta"), ("aussi", "ossi")]
HOMOPHONES = [(" à ", " a "), (" ça ", " sa "), ("c'est", "s'est"), (" et ", " est "), ("ont ", "on "),
              ("é ", "er "), ("er ", "é ")]
WORD_RE = re.compile(r"\b[a-zàâäéèêëîïôöùûüç]{5,}\b")
ACC = str.maketrans("éèêëàâîïôöûùüçÉÈÊÀÂÎÔÛÇ", "eeeeaaiioouuucEEEAAIOUC")


def word_typo(r, s):
    ws = list(WORD_RE.finditer(s))
    if not ws:
        return s
    m = r.choice(ws)
    w = m.group(0)
    op = r.randrange(6)
    i = r.randrange(1, len(w) - 1)
    if op == 0:
        w2 = w[:i] + w[i + 1:]
    elif op == 1:
        w2 = w[:i] + w[i] + w[i:]
    elif op == 2:
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    elif op == 3:
        w2 = w.translate(ACC)
    elif op == 4 and w.endswith("é"):
        w2 = w[:-1] + "er"
    elif op == 4 and w.endswith("er"):
        w2 = w[:-2] + "é"
    else:
        w2 = w[:i] + r.choice("aeioustnr") + w[i + 1:]
    return s[:m.start()] + w2 + s[m.end():]


class Style:
    def __init__(self, r, persona):
        self.persona = persona
        pupil = persona in ("college", "lycee")
        heavy = persona == "college"
        self.lower = pupil and r.random() < (0.75 if heavy else 0.3)
        self.noacc = (pupil and r.random() < (0.6 if heavy else 0.25)) or (persona == "parent" and r.random() < 0.15)
        self.sms = (0.55 if heavy else 0.15) if pupil else 0.0
        self.homo = {"parent": 0.3, "aesh": 0.25, "college": 0.4, "lycee": 0.2}.get(persona, 0.03)
        self.typo = TYPO[persona]
        self.nodot = pupil and r.random() < 0.6
        self.shout = persona == "parent" and r.random() < 0.05
        self.exclaim = r.random() < 0.12

    def plain(self, r, s, protected=False):
        if protected:
            return s
        if self.lower:
            s = s.lower()
        if self.noacc:
            s = s.translate(ACC)
        if self.sms:
            for a, b in SMS:
                if a in s and r.random() < self.sms:
                    s = s.replace(a, b)
        if r.random() < self.homo:
            a, b = r.choice(HOMOPHONES)
            if a in s:
                s = s.replace(a, b, 1)
        if r.random() < self.typo:
            s = word_typo(r, s)
        if self.shout:
            s = s.upper()
        return s


# --------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------
GENDER_RE = re.compile(r"\[([^\[\]|]*)\|([^\[\]|]*)\]")
SLOT_RE = re.compile(r"\{([A-Z]+)(\d?)\}")
NAME_SLOTS = {"F", "N", "L", "TL", "TN", "I", "TI", "FI"}


def render(r, tpl, people, writer, reg, style, protected=False):
    g = people[0].g if people else writer.g
    tpl = GENDER_RE.sub(lambda m: m.group(1) if g == "f" else m.group(2), tpl)
    segs, pos = [], 0
    for m in SLOT_RE.finditer(tpl):
        segs.append((None, tpl[pos:m.start()]))
        name, k = m.group(1), int(m.group(2) or 1)
        if name in NAME_SLOTS:
            segs += mention(r, people[k - 1], name, reg)
        elif name == "EMAIL":
            pa = 0.08 if style.persona in ("college", "lycee", "parent") else 0.5
            segs.append(("EMAIL", email(r, writer, pa)))
        elif name == "TEL":
            segs.append(("TELEPHONE", phone(r)))
        elif name == "NIR":
            young = style.persona in ("college", "lycee") or "fille" in tpl or "fils" in tpl
            segs.append(("NIR", nir(r, young)))
        elif name == "IBAN":
            segs.append(("IBAN", iban(r, "FR" if "{BIC}" in tpl else None)))
        elif name == "UAI":
            segs.append(("UAI", uai(r)))
        elif name == "ADR":
            segs.append(("ADRESSE", address(r)))
        elif name == "CITY":
            segs.append((None, city_tail(r)))
        elif name == "BIC":
            segs.append((None, r.choice(BICS)))
        elif name == "SCHOOL":
            segs.append((None, r.choice(SCHOOLS)))
        else:
            raise ValueError(name)
        pos = m.end()
    segs.append((None, tpl[pos:]))
    out = []
    for kind, s in segs:
        if not s:
            continue
        if kind is None:
            s = style.plain(r, s, protected)
        out.append((kind, s))
    return out


def n_people(tpl):
    ks = [int(m.group(2) or 1) for m in SLOT_RE.finditer(tpl) if m.group(1) in NAME_SLOTS]
    return max(ks) if ks else 0


def finish_sentence(r, segs, style):
    if style.nodot and segs and segs[-1][0] is None and segs[-1][1].endswith(".") and not segs[-1][1].endswith(".."):
        if r.random() < 0.7:
            segs = segs[:-1] + [(None, segs[-1][1][:-1])]
    if style.exclaim and segs and segs[-1][0] is None and segs[-1][1].endswith(".") and r.random() < 0.3:
        segs = segs[:-1] + [(None, segs[-1][1][:-1] + r.choice([" !!", "...", " !", "!!!", " :)", " 😅"]))]
    return segs


def build(r, persona, plan, hard_neg):
    has_pii = bool(plan)
    reg = REG[persona]
    style = Style(r, persona)
    preg = "pupil" if persona in ("college", "lycee") else ("formal" if reg == "formal" else "adult")
    writer = new_person(r)
    used = [writer]
    sentences = []
    greet, sign = None, None

    # body length class
    lc = wchoice(r, [("short", 26), ("medium", 46), ("long", 28)])
    pool = BODY[persona]
    if lc == "short":
        nb = r.choice([0, 1]) if has_pii else 1
    elif lc == "medium":
        nb = r.randint(2, 3)
    else:
        nb = r.randint(4, 7)
    nb = min(nb, len(pool))
    if not has_pii and lc == "short" and r.random() < 0.6:
        sentences.append(render(r, r.choice(SHORT_NO_PII), [], writer, reg, style))
    else:
        for s in r.sample(pool, nb):
            sentences.append(render(r, s, [], writer, reg, style))
        if persona == "autre" and (nb or r.random() < 0.5):
            sentences.insert(0, render(r, r.choice(AUTRE_ROLES), [], writer, reg, style))
    if hard_neg:
        hn = hard_neg
        sentences.insert(r.randint(0, len(sentences)), render(r, hn, [], writer, reg, style, protected=True))

    contacts, used_tpl = [], []
    if has_pii:
        kinds = list(plan)
        r.shuffle(kinds)
        for kd in kinds:
            if kd == "P":
                pos = wchoice(r, [("greet", 0.15 if persona in ("formation", "direction", "inspection", "enseignant") else 0.05),
                                  ("sign", 0.25), ("body", 0.6)])
                if pos == "greet" and greet is None:
                    tpl = r.choice(GREET["pupil" if preg == "pupil" else "adult"])
                    ppl = [new_person(r, avoid=used) for _ in range(n_people(tpl))]
                    used += ppl
                    greet = render(r, tpl, ppl, writer, reg, style)
                elif pos == "sign" and sign is None:
                    key = persona if persona in SIGN else "adult"
                    tpl = r.choice(SIGN[key])
                    ppl = [writer] + [new_person(r, avoid=used) for _ in range(n_people(tpl) - 1)]
                    used += ppl[1:]
                    sign = render(r, tpl, ppl, writer, reg, style)
                else:
                    cands = [t for t in MENTION[persona] if t not in used_tpl] or MENTION[persona]
                    tpl = r.choice(cands)
                    used_tpl.append(tpl)
                    ppl = [new_person(r, avoid=used) for _ in range(n_people(tpl))]
                    used += ppl
                    sentences.insert(r.randint(0, len(sentences)), render(r, tpl, ppl, writer, reg, style))
            else:
                cr = reg if CONTACT[kd].get(reg) else "neutral"
                cands = [t for t in CONTACT[kd][cr] if t not in used_tpl] or CONTACT[kd][cr]
                tpl = r.choice(cands)
                used_tpl.append(tpl)
                contacts.append((kd, render(r, tpl, [], writer, reg, style)))

    # signature block: bare contact values under the name
    block = []
    if sign is not None and contacts and r.random() < 0.5:
        for kd, segs in list(contacts):
            if kd in ("EMAIL", "TEL"):
                ent = [s for s in segs if s[0] is not None]
                pre = {"EMAIL": r.choice(["", "Mail : ", "✉ "]), "TEL": r.choice(["", "Tél. ", "Port. "])}[kd]
                block.append([(None, pre)] + ent if pre else ent)
                contacts.remove((kd, segs))
    for kd, segs in contacts:
        if r.random() < 0.7:
            sentences.append(segs)
        else:
            sentences.insert(r.randint(0, len(sentences)), segs)

    sentences = [finish_sentence(r, s, style) for s in sentences]
    out = []
    if greet:
        out += greet + [(None, r.choice(["\n", " ", "\n\n"]))]
    for i, s in enumerate(sentences):
        if i:
            out.append((None, r.choice([" "] * 8 + ["\n", "  "])))
        out += s
    if sign:
        out += [(None, r.choice(["\n", "\n", " ", "\n\n"]))] + sign
        for b in block:
            out += [(None, r.choice(["\n", " - ", " | "]))] + b
    # merge & compute
    text, ents = "", []
    for kind, s in out:
        if kind is not None:
            ents.append((kind, s, len(text)))
        text += s
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    ents = [(k, s, o - lead) for k, s, o in ents]
    return text, ents


def occurrences(text, sub):
    res, i = [], text.find(sub)
    while i >= 0:
        res.append(i)
        i = text.find(sub, i + 1)
    return res


def valid_answer(text, ents):
    seen = set()
    for kind, s, off in ents:
        if s != s.strip() or not s or s[-1] in ".,;:":
            return False
        if text[off:off + len(s)] != s:
            return False
        if s in seen:
            return False
        seen.add(s)
        if occurrences(text, s) != [off]:
            return False
    return True


def main():
    personas = []
    for p, n in PERSONAS:
        personas += [p] * n
    assert len(personas) == N_ANSWERS, len(personas)
    rng.shuffle(personas)
    flags_pii = [False] * N_NO_PII + [True] * (N_ANSWERS - N_NO_PII)
    rng.shuffle(flags_pii)
    no_idx = [i for i in range(N_ANSWERS) if not flags_pii[i]]
    yes_idx = [i for i in range(N_ANSWERS) if flags_pii[i]]
    hn_idx = sorted(rng.sample(no_idx, 22) + rng.sample(yes_idx, N_HARD_NEG - 22))
    # every hard-negative sentence is used; the least used one that suits the persona goes first
    hn, used_hn = {}, Counter()
    for i in hn_idx:
        pupil = personas[i] in ("college", "lycee")
        ok = [(used_hn[s], t == "B", s) for s, t in HARD_NEG if t == "B" or (t == "P") == pupil]
        low = min(ok)[:2]
        hn[i] = rng.choice([s for c, b, s in ok if (c, b) == low])
        used_hn[hn[i]] += 1

    # plan: how many identifiers of each kind, spread over the answers with personal data
    plans = {i: [] for i in yes_idx}
    for kd, n in TARGETS.items():
        cands = [i for i in yes_idx if KIND_W[personas[i]][kd] > 0]
        for _ in range(n):
            free = [i for i in cands if kd not in plans[i] or (kd in ("EMAIL", "TEL") and plans[i].count(kd) < 2)]
            i = wchoice(rng, [(i, KIND_W[personas[i]][kd] / (1 + 2 * len(plans[i]))) for i in free])
            plans[i].append(kd)
    for i in yes_idx:
        base = [(0, 35), (1, 45), (2, 20)] if plans[i] else [(1, 55), (2, 30), (3, 15)]
        plans[i] += ["P"] * wchoice(rng, base)

    rows, kinds, retries = [], Counter(), 0
    wc = []
    for i in range(N_ANSWERS):
        for _ in range(500):
            snap_k, snap_s = Counter(KEY_STATS), Counter(STYLE_COUNT)
            text, ents = build(rng, personas[i], plans.get(i, []), hn.get(i))
            nw = len(text.split())
            if valid_answer(text, ents) and nw <= 125 and (ents or not flags_pii[i]):
                break
            KEY_STATS.clear(); KEY_STATS.update(snap_k)
            STYLE_COUNT.clear(); STYLE_COUNT.update(snap_s)
            retries += 1
        else:
            sys.exit(f"could not build answer {i}")
        for k, s, _ in ents:
            assert s in text, (s, text)
            kinds[k] += 1
        wc.append(nw)
        rows.append({"id": "b%03d" % (i + 1), "text": text,
                     "entities": [{"kind": k, "text": s} for k, s, _ in ents]})
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")

    print(f"wrote {len(rows)} answers to {os.path.relpath(OUT)}")
    print(f"answers without entities: {sum(1 for r_ in rows if not r_['entities'])}; "
          f"with a dedicated hard negative: {len(hn)}; retries: {retries}")
    print("entities per kind:")
    for k in ["PERSONNE", "EMAIL", "TELEPHONE", "NIR", "IBAN", "UAI", "ADRESSE"]:
        print(f"  {k:10s} {kinds[k]}")
    print(f"  {'total':10s} {sum(kinds.values())}")
    print("check keys:", dict(sorted(KEY_STATS.items())))
    print("name styles:", dict(sorted(STYLE_COUNT.items())))
    wc.sort()
    print(f"words per answer: min {wc[0]}, median {wc[len(wc) // 2]}, max {wc[-1]}")
    print("personas:", dict(Counter(personas)))


if __name__ == "__main__":
    main()
