#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
pii_make_blind16.py -- BLIND held-out evaluation set for the French personal-data masker.

Output: Tests/PrivacyTests/Fixtures/pii_blind16.jsonl, 400 JSON lines
    {"id": "q001", "text": "...", "entities": [{"kind": K, "text": "..."}]}
Run:    cd /work/main && python3 scripts/bench/pii_make_blind16.py

WRITTEN BLIND
  The author of this script did not open, read, grep, list or search anything
  under Sources, Tests (except writing the output file), docs, lexiques,
  scripts (other than this file), nor any other file of the project, nor its
  git history, and used no search tool on the project.  Every template, name,
  street, town, school and identifier shape comes from the author's own
  knowledge of how French people really write letters, forms, e-mails, survey
  answers, minutes, SMS, chat transcripts, class councils, parent messages,
  signatures, administrative forms, CVs, invitations and complaint letters.
  Only python3 was run, on this script, and its output was read.

THEME
  « Que pensez-vous de l'usage de l'IA dans les établissements scolaires ? »
  Answers and school correspondence of teachers, heads, inspectors, parents,
  pupils, AESH and librarians, from mainland France, overseas departments and
  collectivities, and French schools abroad.

DETERMINISM
  Standard library only; one generator random.Random(SEED), SEED = 31122036.

MIX (400 texts, shuffled deterministically with the same generator)
   60 texts without personal data (opinions, minutes, chats);
   70 trap texts without personal data (AI products and platforms, software
      and brands, schools / buildings / streets / squares named after people
      without a house number, places, towns with a postcode alone, dates,
      hours, amounts, percentages, counts, class names, law and decree
      references, years, course codes, order / ticket / reference numbers,
      SIREN / SIRET, toll-free and short numbers, ISBNs, book and film titles,
      works cited by their author's name (le Larousse, un Bescherelle),
      capitalised common words at line starts, titles and roles without names);
  130 survey answers with names and identifiers woven into opinions (formal,
      casual, no accents, lowercase, SMS style, initials, first names next to
      a role or a class, names of many origins, surnames that are also common
      French words);
  140 letters, forms, e-mails, requests, minutes, attendance lists,
      invitations, signatures, CV headers and chats with contact details.

KINDS  PERSONNE, ADRESSE, EMAIL, TELEPHONE, NIR, IBAN, UAI.
  About 40 % of NIR, IBAN and UAI carry a deliberately wrong check key and are
  labelled all the same (drawn from shuffled bags of 2 wrong / 3 right):
    NIR  key = 97 - (n mod 97) on the 13 first characters, 2A -> 19, 2B -> 18;
    IBAN ISO 7064 mod 97-10 (check digits 98 - (n mod 97));
    UAI  letter = "ABCDEFGHJKLMNPRSTUVWXYZ"[n mod 23] of its 7 digits.
  The achieved share is recomputed from the written file and printed.

LABELLING CONVENTIONS
  PERSONNE  titles (M., Mme, Dr, monsieur, madame, Maître...) excluded; an
            initial after a title is the letter alone (« Mme L. » -> « L »);
            first name + surname = one entity; a first name next to a role or
            a class is labelled alone; trailing abbreviation dots excluded;
            public figures are persons; names inside e-mails, schools, streets,
            places, pets, brands and AI products are not persons.  Separate
            form fields (« Nom : X » / « Prénom : Y ») give two entities; table
            cells give one entity per cell.
  EMAIL     the whole address, obfuscated forms included.
  TELEPHONE the number with its international prefix, no label.
  NIR / IBAN / UAI  the whole identifier with its inner separators; labels
            excluded.
  ADRESSE   one entity from the first element of the address (house number,
            street type, named place, or a complement that comes first) to the
            end of the city (CEDEX and its number included), or to the end of
            the street / postcode when no city is given, across lines; a
            « chez M. X » / « c/o X » line is not part of the address (X is a
            PERSONNE); a city joined to the street by « à » is part of the
            address, « à » included; the country of a foreign address is part
            of it.

GENERATION NOTES
  Every text is drawn from a template filled with the author's own lists
  (first names and surnames of some thirty origins, streets, residences,
  named places, towns with their postcodes, schools and their patrons,
  phone, e-mail, NIR, IBAN and UAI shapes).  Survey answers: 40 templates
  cycled in shuffled rounds, about 20 % re-styled without accents and/or in
  lowercase.  Letters: 46 templates, each used twice, plus 46 extra draws
  weighted towards the forms that carry NIR / IBAN and the letters of
  French schools abroad (whose countries come from a shuffled bag of the 11
  countries so that every country recurs).  Texts without personal data and
  trap texts: 9 and 14 generators cycled in shuffled rounds; duplicates are
  redrawn.

CHECK
  Entities are listed in order of appearance; each must be found by
  text.find(entity, end_of_previous_entity) at exactly its intended offset.
  Templates are written with inline marks; a draw whose text makes an entity
  findable earlier than intended is redrawn from the same generator (counted
  and printed); the written file is then re-read and every entity of every
  line is asserted again -- the script exits with an error otherwise.
"""

import datetime
import hashlib
import json
import os
import re
import random
import sys
import unicodedata
from collections import Counter

SEED = 31122036
N_CLEAN, N_TRAP, N_SURVEY, N_LETTER = 60, 70, 130, 140
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Tests", "PrivacyTests", "Fixtures", "pii_blind16.jsonl")
KINDS = ("PERSONNE", "ADRESSE", "EMAIL", "TELEPHONE", "NIR", "IBAN", "UAI")
UAI_ALPHA = "ABCDEFGHJKLMNPRSTUVWXYZ"

# ---------------------------------------------------------------- markup
LM, RM = "\u27e6", "\u27e7"
MARK = re.compile(LM + r"(PERSONNE|ADRESSE|EMAIL|TELEPHONE|NIR|IBAN|UAI)\|(.*?)" + RM, re.S)


def _mk(kind):
    def f(s):
        assert s and s == s.strip() and LM not in s and RM not in s, (kind, s)
        return LM + kind + "|" + s + RM
    return f


P, A, E, T, N, I, U = (_mk(k) for k in KINDS)


def render(s):
    """markup -> (text, [(kind, entity, start)])"""
    out, ents, pos, cur = [], [], 0, 0
    for m in MARK.finditer(s):
        plain = s[pos:m.start()]
        out.append(plain)
        cur += len(plain)
        ents.append((m.group(1), m.group(2), cur))
        out.append(m.group(2))
        cur += len(m.group(2))
        pos = m.end()
    out.append(s[pos:])
    text = "".join(out)
    if LM in text or RM in text:
        raise AssertionError("stray mark in: " + text[:200])
    return text, ents


def findable(text, ents):
    prev = 0
    for kind, e, start in ents:
        if text.find(e, prev) != start:
            return False
        prev = start + len(e)
    return True


def mapm(s, fn):
    """apply fn to plain text and entity texts of a markup string"""
    out, pos = [], 0
    for m in MARK.finditer(s):
        out.append(fn(s[pos:m.start()]))
        out.append(LM + m.group(1) + "|" + fn(m.group(2)) + RM)
        pos = m.end()
    out.append(fn(s[pos:]))
    return "".join(out)


# ---------------------------------------------------------------- helpers
def sp(s, sep=","):
    return [x.strip() for x in s.split(sep) if x.strip()]


def dg(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def wpick(r, pairs):
    tot = sum(w for w, _ in pairs)
    x = r.random() * tot
    for w, v in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][1]


def strip_acc(s):
    for a, b in (("ı", "i"), ("ł", "l"), ("Ł", "L"), ("œ", "oe"), ("Œ", "OE"), ("æ", "ae"), ("ß", "ss"), ("’", "'")):
        s = s.replace(a, b)
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def slug(s, keep_dash=False):
    s = strip_acc(s).lower().replace("'", "").replace(" ", "-" if keep_dash else "")
    if not keep_dash:
        s = s.replace("-", "")
    return s


def J(*lines):
    return "\n".join(x for x in lines if x is not None)


def pick_n(r, pool, k):
    return r.sample(pool, k)


class Bag:
    """2 wrong keys out of every 5 identifiers of a kind"""

    def __init__(self, r):
        self.r, self.b = r, {}

    def wrong(self, kind):
        b = self.b.setdefault(kind, [])
        if not b:
            b.extend([True, True, False, False, False])
            self.r.shuffle(b)
        return b.pop()


# ---------------------------------------------------------------- names
FR_F = sp("""Marie, Camille, Nathalie, Isabelle, Sandrine, Céline, Valérie, Sophie, Aurélie, Émilie, Caroline,
Hélène, Claire, Anne-Laure, Marie-Hélène, Gaëlle, Maëlle, Léa, Chloé, Manon, Inès, Jade, Louise, Louna, Lilou,
Océane, Noémie, Agathe, Bérénice, Clémence, Anaïs, Margaux, Solène, Tiphaine, Ghislaine, Gisèle, Josiane,
Bernadette, Huguette, Apolline, Capucine, Blandine, Sixtine, Mathilde, Élodie, Laetitia, Virginie, Delphine,
Stéphanie, Françoise, Brigitte, Sylvie, Martine, Colette, Zoé, Ambre, Romane, Mélissa, Maryvonne, Odette, Axelle""")
FR_M = sp("""Julien, Sébastien, Christophe, Stéphane, Laurent, Frédéric, Nicolas, Thierry, Olivier, Pascal, Benoît,
Vincent, Jean-Marc, Pierre-Yves, Yannick, Loïc, Enzo, Lucas, Hugo, Gabriel, Raphaël, Arthur, Maël, Timéo, Nolan,
Kylian, Mathis, Aurélien, Romain, Guillaume, Baptiste, Quentin, Régis, Gérard, Thibault, Eudes, Jean-Philippe,
Hervé, Didier, Patrick, Cédric, Jérôme, Xavier, Antoine, Théo, Sacha, Noé, Marius, Gaspard, Jean-Claude,
Anthelme, Florian, Aymeric, Gauthier, Lény""")
ORIG = {
    "fr": dict(w=20, F=FR_F, M=FR_M, L=sp("""Martin, Bernard, Dubois, Thomas, Robert, Richard, Durand, Leroy, Moreau,
Simon, Laurent, Lefebvre, Michel, David, Bertrand, Roux, Vincent, Fournier, Morel, Girard, André, Mercier, Dupont,
Lambert, Guérin, Faure, Rousseau, Clément, Gauthier, Perrin, Morin, Mathieu, Robin, Gaillard, Barbier, Arnaud,
Renaud, Picard, Aubert, Lemaire, Dufour, Brunet, Blanchard, Giraud, Joly, Gaudin, Vidal, Caron, Perret,
Descamps, Vasseur, Delattre, Collet, Prévost, Guillot, Hubert, Carré, Lacroix, Dumas, Colin, Huet, Poulain,
Texier, Bouvier, Maillard, Besson, Cordier, Pruvost, Deschamps, Tessier, Leclerc, Royer, Charrier, Peltier,
Dupuis-Lacombe, Vaillant, Devaux, Chauvin, Jacquet, Paris-Dubreuil""")),
    "frw": dict(w=8, F=FR_F, M=FR_M, L=sp("""Boulanger, Lenoir, Petit, Marchand, Masson, Rose, Bonnet, Chevalier, Lapierre,
Fontaine, Boucher, Berger, Charpentier, Lebrun, Legrand, Leblanc, Mouton, Renard, Loiseau, Lamour, Beaulieu,
Vacher, Fabre, Poisson, Lejeune, Sergent, Printemps, Couturier, Lévêque, Bonhomme, Lecomte, Meunier, Page,
Marin, Jardin, Laforêt, Bois, Bourgeois, Rivière, Roy, Lapie, Bouchon, Cadeau, Lheureux, Beaufils""")),
    "frr": dict(w=5, F=FR_F, M=FR_M, L=sp("""Tiercelin, Houdebine, Ravailler, Bourdarias, Lhermitte, Chaudesaigues,
Vermorel, Pradelle, Cassagnes, Ducroquet, Rabouin, Quintard, Malbranque, Courtecuisse, Pinsolle, Lasbleiz,
Grandjouan, Vialatte, Sauvageot, Pouzergues, Estrabaud, Larrieu-Manan, Boissinot, Cochelin, Trouillard,
de La Roche-Aymon, du Mesnil, d'Argentré, de Villeneuve, Gaultier de la Verrière, Ollivier-Henry, Baudelot,
Fessard, Thuillier, Vigouroux, Pécresse-Noël, Mazerolles, Rouquette""")),
    "maghreb": dict(w=10, F=sp("""Nadia, Samira, Fatima-Zahra, Leïla, Nour, Khadija, Yasmina, Souad, Zineb, Anissa,
Djamila, Malika, Kenza, Meriem, Salima, Lina, Aïcha, Hanane, Imane, Warda, Rania, Chaïma, Yousra, Ikram, Sihem"""),
                    M=sp("""Mohamed, Karim, Yassine, Rachid, Mehdi, Sofiane, Amine, Bilal, Abdelkader, Nassim, Hakim,
Ilyès, Rayan, Farid, Walid, Idriss, Hamza, Mounir, Tarek, Younès, Anas, Noureddine, Lahcen, Ayoub, Brahim, Adel"""),
                    L=sp("""Benali, Haddad, Bouzid, El Amrani, Belkacem, Mansouri, Cherif, Khelifi, Zerrouki, Boukhalfa,
Aït-Kaci, Benyahia, Ouali, Hamdi, Saadi, Rahmani, Lahlou, Bensaïd, Tlemçani, Ferhat, Meziane, Bouchareb,
El Idrissi, Amrouche, Ben Youssef, Chaouch, Zitouni, Kaddouri, Boudjema, Ait Ouarab, Taleb, Hadj-Ali, El Fassi,
Benjelloun, Tazi, Bennani, Ouazzani, Mebarki""")),
    "westaf": dict(w=9, F=sp("""Aminata, Fatoumata, Awa, Kadiatou, Mariama, Aïssatou, Adjoa, Akissi, Ngozi, Grâce,
Prisca, Nafissatou, Oumou, Merveille, Bénédicte, Thérèse, Djeneba, Rokia, Astou, Ndèye, Coumba, Hawa, Binta"""),
                   M=sp("""Moussa, Mamadou, Ousmane, Seydou, Boubacar, Cheikh, Ibrahima, Koffi, Kouassi, Chidi,
Dieudonné, Blaise, Serge-Alain, Modibo, Souleymane, Landry, Exaucé, Gédéon, Lamine, Aliou, Abdoulaye, Babacar,
Modeste, Arsène, Parfait"""),
                   L=sp("""Diallo, Traoré, Koné, Coulibaly, Diop, Ndiaye, Sow, Camara, Keïta, Sissoko, Fofana, Cissé,
Kouamé, N'Guessan, Okafor, Adeyemi, Mensah, Tshibanda, Mbemba, Kabongo, Nkounkou, Mabiala, Ekambi, Ngo Bassa,
Mvondo, Essomba, Nzeza, Bakayoko, Diakité, Sangaré, Touré, Gueye, Faye, Sarr, Dembélé, Konaté, Bamba, Ouattara,
Kaboré, Ouédraogo, Sawadogo, Mbaye, Seck, Niang, Tchakounté, Mayala, Loemba""")),
    "malagasy": dict(w=3, F=sp("Haingo, Fanja, Voahirana, Miora, Lova, Tiana, Volatiana, Hanitra, Nirina"),
                     M=sp("Rivo, Hery, Andry, Mamy, Tahina, Njaka, Fidy, Tojo, Mahefa"),
                     L=sp("""Rakotomalala, Randrianarisoa, Rasoanaivo, Andrianjafy, Razafindrakoto, Rabemananjara,
Ravelojaona, Rakotondrabe, Randriamampionona, Raharison, Rakotoarivelo, Razanamahefa, Andriamanantena""")),
    "comor": dict(w=3, F=sp("Zaïnaba, Faïda, Anrifa, Chamsia, Echati, Nourainya, Hadidja, Moinecha, Rahamatou"),
                  M=sp("Soilihi, Ahamada, Nassur, Djanfar, Anfane, Nourdine, Moustoifa, Chamsidine, Mouhtar"),
                  L=sp("""Said Ahmed, Abdallah, Madi, Youssouf, Mzé, Msa, Bacar, Attoumani, Mdahoma, Chanfi, Boinali,
Houmadi, Anli, Combo, Saïd Omar, Mogne""")),
    "pt": dict(w=4, F=sp("Ana-Rita, Mariana, Conceição, Fernanda, Filipa, Beatriz, Graça, Inês, Rosa"),
               M=sp("João, Tiago, Gonçalo, Rui, Paulo, Joaquim, Duarte, Nuno, Vítor"),
               L=sp("""Da Silva, Ferreira, Pereira, Rodrigues, Gonçalves, Fernandes, Lopes, Carvalho, Teixeira, Moreira,
Sousa, Pinto, Oliveira, Cardoso, Marques, Azevedo, Machado, Nogueira, Dos Santos, Da Costa, Ribeiro""")),
    "es": dict(w=3, F=sp("Carmen, Pilar, Lucía, Esperanza, Rocío, Dolores, Montserrat, Nuria, Inmaculada"),
               M=sp("José, Alejandro, Javier, Manuel, Jesús, Francisco, Álvaro, Sergio"),
               L=sp("""Fernández, García, Martínez, Sánchez, Ruiz, Jiménez, Navarro, Herrera, Gutiérrez, Moreno, Ortega,
Castillo, Delgado, Romero, Iglesias, García Lorente""")),
    "it": dict(w=3, F=sp("Francesca, Chiara, Lorenza, Carla, Antonella, Giulia, Rosaria, Benedetta"),
               M=sp("Giuseppe, Alessandro, Giovanni, Matteo, Salvatore, Vittorio, Stefano, Massimo"),
               L=sp("""Rossi, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Gallo, Conti, De Luca, Mancini,
Lombardi, Moretti, Barbieri, Santoro, Ferraro, Cattaneo, Pellegrini, Di Stefano, Lo Presti""")),
    "vn": dict(w=3, F=sp("Hoa, Lan, Huong, Mai, Linh, Hanh, Trang, Thuy"), M=sp("Minh, Thanh, Tuan, Quang, Hung, Long, Dung, Khoa"),
               L=sp("Nguyen, Tran, Pham, Hoang, Vu, Dang, Bui, Ngo, Duong, Truong, Phan, Huynh, Vo")),
    "cn": dict(w=2, F=sp("Mei, Li Na, Jing, Hui, Xiaoyan, Yifan, Lijuan"), M=sp("Wei, Jun, Xiaoming, Lei, Zhen, Hao, Bo, Jianguo"),
               L=sp("Wang, Zhang, Liu, Chen, Yang, Huang, Zhao, Zhou, Xu, Sun, Zhu, Lin, Guo, Wu")),
    "kh": dict(w=2, F=sp("Sokha, Sophea, Chenda, Bopha, Sreyleak, Channary, Kunthea"),
               M=sp("Dara, Vannak, Rithy, Sovann, Piseth, Visal, Sokun"),
               L=sp("Sok, Chea, Keo, Heng, Chhim, Meas, Prak, Ouk, Yim, Seng, Kong")),
    "tr": dict(w=3, F=sp("Ayşe, Elif, Zeynep, Hatice, Esra, Büşra, Merve, Emine, Gülşen"),
               M=sp("Mehmet, Emre, Burak, Yusuf, Serkan, Gökhan, Mustafa, Hakan, Oğuz, Kerem"),
               L=sp("Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Aydın, Öztürk, Arslan, Doğan, Kılıç, Aslan, Çetin, Koç, Özdemir, Kaplan, Güler, Karataş")),
    "kurd": dict(w=2, F=sp("Rojda, Berivan, Dilan, Rojin, Zilan, Nûjîn, Evîn, Hêvî"),
                 M=sp("Azad, Baran, Rezan, Zagros, Welat, Serhat, Kawa, Rêber"),
                 L=sp("Amedi, Doski, Hawrami, Berwari, Zebari, Ekinci, Sindi, Akdağ, Barzinji")),
    "am": dict(w=2, F=sp("Anahit, Lilit, Nairi, Gayané, Siranouche, Araxie, Mariné, Tamar"),
               M=sp("Aram, Tigran, Ararat, Vahé, Armen, Sarkis, Haïg, Garo, Krikor"),
               L=sp("""Petrossian, Hakobyan, Manoukian, Sarkissian, Kalaydjian, Ohanian, Der Haroutiounian, Boghossian,
Khatchadourian, Papazian, Gasparian, Tchakmakian, Minassian""")),
    "pl": dict(w=2, F=sp("Agnieszka, Małgorzata, Katarzyna, Zofia, Bożena, Joanna, Ewa, Magdalena"),
               M=sp("Wojciech, Krzysztof, Piotr, Tomasz, Grzegorz, Jakub, Paweł, Łukasz"),
               L=sp("""Kowalski, Nowak, Wiśniewski, Wójcik, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak,
Dąbrowski, Kozłowski, Mazur, Krawczyk, Piątek, Grabowski, Pawlak, Michalski, Jankowski""")),
    "ro": dict(w=2, F=sp("Ioana, Andreea, Corina, Mădălina, Oana, Elena, Raluca, Alina, Cristina"),
               M=sp("Mihai, Răzvan, Ionuț, Bogdan, Florin, Adrian, Cătălin, Sorin, Vlad"),
               L=sp("""Popescu, Ionescu, Dumitrescu, Stoica, Constantinescu, Munteanu, Gheorghiu, Radu, Dobre, Lazăr,
Vasilescu, Marinescu, Stănescu, Niculescu, Cojocaru, Moldovan""")),
    "ua": dict(w=2, F=sp("Oksana, Olena, Iryna, Halyna, Yulia, Tetiana, Nataliia, Kateryna, Sofiia"),
               M=sp("Taras, Mykola, Bohdan, Andriy, Dmytro, Oleksandr, Serhiy, Yaroslav, Volodymyr"),
               L=sp("""Shevchenko, Kovalenko, Bondarenko, Tkachenko, Kravchenko, Melnyk, Oliynyk, Savchenko, Hrytsenko,
Boyko, Kovalchuk, Marchenko, Lysenko, Rudenko, Polishchuk, Moroz""")),
    "breton": dict(w=4, F=sp("Gwenaëlle, Morgane, Nolwenn, Soizic, Maiwenn, Klervi, Annaig, Enora, Katell, Rozenn"),
                   M=sp("Yann, Erwan, Tanguy, Goulven, Ronan, Tugdual, Gwendal, Per, Corentin, Gurvan, Malo, Youenn"),
                   L=sp("""Le Gall, Le Goff, Le Bihan, Le Floch, Kerbrat, Quéré, Le Roux, Guivarc'h, Le Meur, Jézéquel,
Le Bris, Morvan, Cariou, Kervella, Le Hir, Le Guen, Riou, Prigent, L'Hostis, Le Corre, Quéméner, Kerhervé, Le Duff,
Abgrall, Le Scornet""")),
    "basque": dict(w=3, F=sp("Maite, Amaia, Maialen, Ainhoa, Garazi, Itziar, Miren, Nahia, Maddi"),
                   M=sp("Iñaki, Xabi, Ellande, Peio, Unai, Beñat, Ander, Eneko, Mikel"),
                   L=sp("""Etcheverry, Etxeberria, Irigoyen, Larralde, Harriet, Elissalde, Arrieta, Goyhenetche, Mendiburu,
Iribarne, Olhagaray, Haramboure, Errecart, Inchauspé, Dargaignaratz, Ospital, Bidegain, Etchegaray, Hiriart,
Sallaberry""")),
    "alsace": dict(w=3, F=sp("Odile, Léonie, Marlène, Liliane, Fabienne, Régine, Christiane, Doris"),
                   M=sp("Aloyse, Arbogast, Materne, Eugène, Fernand, Florent, Lucien, Raymond, Gilbert"),
                   L=sp("""Schneider, Muller, Meyer, Weber, Schmitt, Kieffer, Klein, Hoffmann, Zimmermann, Haegel, Wurtz,
Kuntz, Ehrhart, Stoeckel, Hirtz, Burgstahler, Riehl, Ostermann, Kientz, Heitzmann, Grussenmeyer, Wendling,
Ruhlmann, Fritsch, Schaeffer, Obrecht""")),
    "corse": dict(w=3, F=sp("Ghjulia, Dumenica, Orsola, Maria-Francesca, Lucia, Santa, Paola, Marie-Dominique"),
                  M=sp("Saveriu, Petru, Lisandru, Orsu, Anghjulu, Jean-Toussaint, Ange-Marie, Toussaint, Paul-Antoine, Dumè, Ghjuvan-Carlu"),
                  L=sp("""Santoni, Luciani, Paoli, Mattei, Leca, Casanova, Pietri, Filippi, Ottaviani, Giacomoni, Versini,
Albertini, Colonna, Cesari, Acquaviva, Tomasi, Peretti, Orsini, Poli, Franceschi, Bartoli, Marcaggi, Susini""")),
    "antilles": dict(w=3, F=sp("Ketty, Gerty, Mauricette, Marie-Line, Line-Rose, Mylène, Joséphine, Nadège, Murielle, Loïza, Manuella"),
                     M=sp("Ruddy, Firmin, Rosan, Jocelyn, Teddy, Sully, Harry, Fritz, Siméon, Max, Johnny"),
                     L=sp("""Zobda, Lubin, Bellance, Zamor, Marie-Sainte, Lauriette, Sinaï, Jean-Gilles, Mathurin, Pancrate,
Cantinol, Bocage, Ténin, Bissol, Erichot, Solvet, Théodore, Eustache, Bonheur, Nicolo, Zébina, Calixte, Fléreau,
Sainte-Rose""")),
    "reunion": dict(w=3, F=sp("Marie-Annick, Sabrina, Priscilla, Dorothée, Fabiola, Marie-Josée, Jessica, Émeline, Marie-Noëlle"),
                    M=sp("Jean-Max, Willy, Johan, Jean-Hugues, Jimmy, Jean-Bernard, Fabrice, Mickaël, Dany"),
                    L=sp("""Payet, Hoarau, Grondin, Técher, Nativel, Dijoux, Ramassamy, Virapin, Mussard, Ah-Hong, Lauret,
Sautron, Turpin, Cadet, Maillot, Hoareau, Boyer, Lebon, Chane-Ki, Moutoussamy, Ethève, Damour, Bègue, Clain""")),
    "poly": dict(w=2, F=sp("Hinano, Moana, Tehani, Vaimiti, Poerava, Tumata, Hiriata, Maeva, Heilani, Titaua"),
                 M=sp("Teva, Heiarii, Manaarii, Teiki, Tahiarii, Raiarii, Tamatea, Hiro, Mana"),
                 L=sp("""Tetuanui, Temarii, Tauraa, Maiau, Tehei, Tuheiava, Teihotu, Raapoto, Hapairai, Tavaearii,
Vairaaroa, Tehaamoana, Teriitahi, Tehuiotoa, Tuugahala, Lauhea, Takaniua, Falelavaki""")),
    "kanak": dict(w=2, F=sp("Marie-Claude, Josiane, Florence, Yvette, Wanda, Henriette, Madeleine"),
                  M=sp("Déwé, Emmanuel, Jean-Pierre, Alphonse, Wassissi, Gaby, Roch"),
                  L=sp("""Wéa, Pidjot, Goromido, Wanabo, Poithily, Hnawia, Wahetra, Boewa, Wayaridri, Wapotro, Kaloï,
Trolue, Hmae, Wakié, Ihage, Gowe, Tidjine, Washetine, Nemia, Waheo""")),
}
VN_MID_F = sp("Thi, Ngoc, Thu, Kim, Bich")
VN_MID_M = sp("Van, Duc, Huu, Quoc, Dinh")
PUBLIC = sp("""Stanislas Dehaene, Philippe Meirieu, Yann LeCun, Luc Julia, Alan Turing, Maria Montessori, Célestin Freinet,
Edgar Morin, Michel Serres, Serge Tisseron, Laurence Devillers, Gérald Bronner, Sam Altman, Arthur Mensch,
Cédric Villani, Jean Piaget, Hannah Arendt, Albert Jacquard, François Dubet, Marie Curie""")


class Person:
    def __init__(self, first, last, g, origin, middle="", sfirst=False):
        self.first, self.last, self.g, self.origin = first, last, g, origin
        self.middle, self.sfirst = middle, sfirst

    @property
    def fem(self):
        return self.g == "F"

    def full(self):
        if self.middle:
            return (self.last + " " + self.middle + " " + self.first) if self.sfirst else (self.first + " " + self.last)
        if self.sfirst:
            return self.last + " " + self.first
        return self.first + " " + self.last


def mkperson(r, origins=None, g=None, origin=None):
    if origin is None:
        if origins and r.random() < 0.6:
            origin = r.choice(origins)
        else:
            origin = wpick(r, [(v["w"], k) for k, v in ORIG.items()])
    o = ORIG[origin]
    g = g or r.choice("FM")
    first = r.choice(o["F"] if g == "F" else o["M"])
    last = r.choice(o["L"])
    if origin in ("pt", "es", "it", "pl", "am", "maghreb", "westaf", "breton", "alsace") and r.random() < 0.15:
        first = r.choice(FR_F if g == "F" else FR_M)     # French first name, other-origin surname
    if origin == "pl" and g == "F":
        last = re.sub(r"(sk|ck|dzk)i$", r"\1a", last)
    middle, sfirst = "", False
    if origin == "vn":
        middle = r.choice(VN_MID_F if g == "F" else VN_MID_M)
        sfirst = r.random() < 0.6
    elif origin in ("cn", "kh"):
        sfirst = r.random() < 0.45
    return Person(first, last, g, origin, middle, sfirst)


def initials(first):
    return ".-".join(x[0] for x in first.split("-"))


def last_initial(last):
    for c in last:
        if c.isupper():
            return c
    return last[0].upper()


def nf(p, form):
    """(entity text, trailing plain text)"""
    f, l = p.first, p.last
    if form == "full":
        return p.full(), ""
    if form == "fl":
        return f + " " + l, ""
    if form == "fL":
        return f + " " + l.upper(), ""
    if form == "Lf":
        return l.upper() + " " + f, ""
    if form == "lf":
        return l + " " + f, ""
    if form == "f":
        return f, ""
    if form == "l":
        return l, ""
    if form == "L":
        return l.upper(), ""
    if form == "iL":
        return initials(f) + ". " + l, ""
    if form == "iLL":
        return initials(f) + ". " + l.upper(), ""
    if form == "i":
        return last_initial(l), "."
    if form == "fi":
        return f + " " + last_initial(l), "."
    if form == "low":
        return (f + " " + l).lower(), ""
    if form == "lowl":
        return l.lower(), ""
    if form == "lowf":
        return f.lower(), ""
    raise ValueError(form)


def PN(p, form="full"):
    e, suf = nf(p, form)
    return P(e) + suf


def civ(p, r, style=None):
    style = style or wpick(r, [(10, "abbr"), (4, "long"), (1, "Mr")])
    if style == "abbr":
        return "Mme" if p.fem else "M."
    if style == "long":
        return "Madame" if p.fem else "Monsieur"
    if style == "low":
        return "madame" if p.fem else "monsieur"
    if style == "Mr":
        return "Mme" if p.fem else "Mr"
    return "Mme" if p.fem else "M."


def ge(p, m, f):
    return f if p.fem else m


# ---------------------------------------------------------------- places
def towns(s):
    out = []
    for x in sp(s, ";"):
        cp, city = x.split(" ", 1)
        out.append((cp, city))
    return out


GEN_STREETS = sp("""des Lilas; de la Gare; du Moulin; des Écoles; Victor-Hugo; Jean-Jaurès; de la République;
du Général-Leclerc; Pasteur; des Tilleuls; du 8-Mai-1945; du 11-Novembre-1918; de Verdun; des Peupliers; du Stade;
Émile-Zola; Gambetta; des Acacias; Paul-Bert; Jules-Ferry; de Strasbourg; des Vignes; de l'Église; du Château;
des Mimosas; Saint-Exupéry; Aristide-Briand; des Marronniers; du Puits; Marcel-Pagnol; de la Liberté;
des Frères-Lumière; des Cerisiers; du Lavoir; des Glycines; Frédéric-Mistral; du Port; de Paris;
Pierre-Brossolette; Roger-Salengro; des Capucins; de la Mairie; des Hirondelles; du Docteur-Roux; de la Paix;
des Jardins; du Commandant-Charcot; des Bleuets; de la Source; Condorcet; Lamartine; des Coquelicots; du Four;
de la Forge; des Chênes; Voltaire; Denfert-Rochereau; du Maréchal-Foch; Anatole-France; des Rosiers;
de Bretagne; des Martyrs-de-la-Résistance; Olympe-de-Gouges; des Alouettes; de la Croix-Blanche; du Pont-Neuf;
des Tanneurs; de la Fontaine-aux-Loups; des Trois-Cailloux; du Petit-Bois; des Vergers""", ";")
ST_TYPES = [(30, ["rue", "rue", "rue", "rue", "Rue", "r."]), (10, ["avenue", "avenue", "av.", "Av.", "avenue"]),
            (8, ["boulevard", "bd", "Bd", "boulevard", "bld"]), (5, ["place", "place", "pl."]),
            (6, ["impasse", "impasse", "imp."]), (6, ["allée", "allée", "all."]), (6, ["chemin", "chemin", "ch.", "chem."]),
            (4, ["route", "route", "rte"]), (2, ["quai"]), (2, ["cours"]), (2, ["square", "sq."]), (2, ["passage"]),
            (1, ["faubourg", "fbg"]), (1, ["sentier"]), (1, ["montée"]), (1, ["voie"]), (2, ["résidence"]),
            (2, ["lotissement", "lot."]), (1, ["cité"]), (1, ["ruelle"]), (1, ["venelle"]), (1, ["esplanade"])]
RESID = sp("""Les Glycines; Le Clos des Vignes; Les Tamaris; Les Terrasses du Parc; Le Belvédère; Les Jardins de la Source;
Les Hortensias; Le Hameau du Moulin; Les Cèdres; Val Fleuri; Les Balcons de l'Yser; Le Domaine des Pins;
Les Coteaux; L'Orangerie; Le Parc des Sports""", ";")

# key, weight, acad, fixed prefix, uai prefixes, towns, rural towns, origins, extra streets, named places, school patrons
METRO = [
    ("paris", 5, "ac-paris.fr", "01", "075", "75005 Paris;75011 Paris;75013 Paris;75018 Paris;75019 Paris;75020 Paris;75015 Paris;75012 Paris",
     "", "maghreb,westaf,cn,vn,kh,pt", "de Charonne;du Faubourg-Saint-Antoine;de la Roquette;Oberkampf;Saint-Maur;de Tolbiac;Lepic", "", ""),
    ("creteil", 4, "ac-creteil.fr", "01", "093,094,077", "93100 Montreuil;93200 Saint-Denis;94000 Créteil;94200 Ivry-sur-Seine;77100 Meaux;93300 Aubervilliers;93140 Bondy;94400 Vitry-sur-Seine",
     "77940 Voulx;77320 La Ferté-Gaucher;77760 La Chapelle-la-Reine", "maghreb,westaf,pt,cn,tr,kh,vn,comor", "de la Convention;Lénine;Gabriel-Péri;de Stalingrad;Paul-Vaillant-Couturier", "", ""),
    ("versailles", 4, "ac-versailles.fr", "01", "078,092,091,095", "78000 Versailles;92000 Nanterre;95000 Cergy;91000 Évry-Courcouronnes;92120 Montrouge;78200 Mantes-la-Jolie;95200 Sarcelles;91300 Massy",
     "78580 Maule;95450 Ableiges;91410 Dourdan", "maghreb,westaf,pt,am,tr", "de la Division-Leclerc;des Chantiers;de Saint-Cloud", "Ferme de la Haute-Maison", ""),
    ("lyon", 4, "ac-lyon.fr", "04", "069,042,001", "69003 Lyon;69007 Lyon;69100 Villeurbanne;69200 Vénissieux;42000 Saint-Étienne;01000 Bourg-en-Bresse;69400 Villefranche-sur-Saône",
     "69850 Saint-Martin-en-Haut;01250 Ceyzériat;42600 Montbrison;69430 Beaujeu", "maghreb,it,am,tr", "de la Croix-Rousse;des Canuts;Garibaldi;Duguesclin;de Marseille;de la Part-Dieu", "Ferme des Granges;Le Bourg", ""),
    ("aix", 3, "ac-aix-marseille.fr", "04", "013,084,004,005", "13005 Marseille;13013 Marseille;13003 Marseille;13100 Aix-en-Provence;84000 Avignon;05000 Gap;04100 Manosque",
     "04200 Sisteron;84220 Gordes;13810 Eygalières;05600 Guillestre", "maghreb,it,am,comor,corse", "!traverse de la Marbrerie;!montée des Accoules;Paradis;de Rome;Sainte-Cécile;!traverse des Cyprès", "Mas des Cigales;Mas de la Coste;Bastide des Aires;Domaine des Oliviers", ""),
    ("lille", 3, "ac-lille.fr", "03", "059,062", "59000 Lille;59100 Roubaix;59200 Tourcoing;62300 Lens;62100 Calais;59140 Dunkerque;59300 Valenciennes",
     "59740 Solre-le-Château;62140 Hesdin;59570 Bavay", "pl,maghreb,pt,westaf", "du Molinel;Solférino;Nationale;de Béthune;des Postes;!Grand'Place", "Ferme du Pavé;Ferme de la Haute-Borne", ""),
    ("bordeaux", 3, "ac-bordeaux.fr", "05", "033,064,040,024,047", "33000 Bordeaux;33600 Pessac;33300 Bordeaux;64100 Bayonne;64500 Saint-Jean-de-Luz;40100 Dax;24000 Périgueux;47000 Agen",
     "64250 Cambo-les-Bains;64220 Saint-Jean-Pied-de-Port;64310 Ascain;24200 Sarlat-la-Canéda;33580 Monségur;64780 Irissarry", "basque,basque,es,pt", "Sainte-Catherine;du Palais-Gallien;Judaïque;!chemin d'Ibarrondoa;des Basques;!chemin de Larraldea", "Maison Larrondoa;Maison Etxeberria;Quartier Bas-Cambo;Ferme Iturria;Maison Haritzaldea", "Ikastola Xalbador"),
    ("toulouse", 3, "ac-toulouse.fr", "05", "031,081,065,012,009,032,046,082", "31000 Toulouse;31300 Toulouse;31400 Toulouse;81000 Albi;65000 Tarbes;12000 Rodez;09000 Foix;82000 Montauban",
     "12270 Najac;09200 Saint-Girons;65400 Argelès-Gazost;32800 Eauze;46160 Marcilhac-sur-Célé", "es,it,maghreb,pt", "d'Alsace-Lorraine;du Taur;des Filatiers;de Metz", "Lieu-dit En Roumégas;Ferme de Couloumé;Le Bourg", ""),
    ("rennes", 4, "ac-rennes.fr", "02", "035,029,056,022", "35000 Rennes;35200 Rennes;29200 Brest;29000 Quimper;56100 Lorient;22300 Lannion;56000 Vannes;22000 Saint-Brieuc",
     "56400 Plumergat;29410 Plounéour-Ménez;22140 Cavan;29870 Landéda;35380 Paimpont;56340 Carnac;29690 Huelgoat", "breton,breton,breton", "de Kerléguer;de Siam;de Kerautret;!hent ar Feunteun;de Penn ar Hoat;de Kerfeunteun", "Lieu-dit Kerhuel;Ty Nevez;Penhoat;Lann Vihan;Kergoff;Le Bourg;Moulin de Kerroc'h;Lieu-dit Goarem Vras", "Skol Diwan"),
    ("nantes", 3, "ac-nantes.fr", "02", "044,049,072,085,053", "44000 Nantes;44100 Nantes;49000 Angers;72000 Le Mans;85000 La Roche-sur-Yon;53000 Laval;44600 Saint-Nazaire",
     "85350 L'Île-d'Yeu;49490 Noyant-Villages;53340 Ballée;44130 Blain", "breton,pt", "Crébillon;de la Fosse;du Calvaire", "La Métairie Neuve;Le Bourg;La Grande Noë", ""),
    ("strasbourg", 3, "ac-strasbourg.fr", "03", "067,068", "67000 Strasbourg;67100 Strasbourg;68100 Mulhouse;67500 Haguenau;68000 Colmar;67210 Obernai",
     "67140 Barr;68340 Riquewihr;67260 Sarre-Union;68480 Ferrette;67160 Wissembourg", "alsace,alsace,tr,kurd", "des Orfèvres;du Faubourg-de-Saverne;de Wissembourg;!Grand'Rue;du Vieux-Marché-aux-Poissons;des Juifs", "Moulin de la Lauter;Ferme du Langenberg", ""),
    ("nancy", 2, "ac-nancy-metz.fr", "03", "054,057,088,055", "54000 Nancy;57000 Metz;57100 Thionville;88000 Épinal;55100 Verdun;57200 Sarreguemines",
     "88400 Gérardmer;57460 Behren-lès-Forbach;55210 Vigneulles-lès-Hattonchâtel", "it,pl,alsace,tr", "Saint-Dizier;des Jardins-Fleuris;Serpenoise", "Ferme de la Vieille-Côte", ""),
    ("grenoble", 3, "ac-grenoble.fr", "04", "038,073,074,026,007", "38000 Grenoble;38100 Grenoble;73000 Chambéry;74000 Annecy;26000 Valence;38200 Vienne",
     "73640 Sainte-Foy-Tarentaise;38112 Autrans-Méaudre-en-Vercors;26400 Crest;07150 Vallon-Pont-d'Arc;74340 Samoëns", "it,am,maghreb", "Très-Cloîtres;de la Poste", "Hameau des Granges;Chalet Les Mélèzes", ""),
    ("montpellier", 3, "ac-montpellier.fr", "04", "034,030,066,011,048", "34000 Montpellier;34070 Montpellier;30000 Nîmes;66000 Perpignan;11000 Carcassonne;34500 Béziers",
     "30700 Uzès;48400 Florac-Trois-Rivières;66500 Prades;11300 Limoux;34520 Le Caylar", "es,maghreb,ro", "de l'Aiguillerie;du Pila-Saint-Gély", "Mas des Oliviers;Mas de la Coste;Domaine de Roquefort", ""),
    ("nice", 2, "ac-nice.fr", "04", "006,083", "06000 Nice;06300 Nice;83000 Toulon;06400 Cannes;83300 Draguignan;06500 Menton",
     "83630 Aups;06440 Lucéram;06470 Guillaumes", "it,corse,ua", "de la Buffa;de France", "Campagne Les Restanques", ""),
    ("corse", 2, "ac-corse.fr", "04", "620,720", "20000 Ajaccio;20090 Ajaccio;20200 Bastia;20600 Bastia;20250 Corte;20137 Porto-Vecchio",
     "20228 Luri;20218 Ponte-Leccia;20166 Porticcio;20260 Calvi;20270 Aléria;20214 Calenzana;20220 L'Île-Rousse", "corse,corse,corse", "!cours Napoléon;!route du Salario;Fesch;César-Campinchi", "Lieu-dit Capu di Muru;Hameau de Lavatoggio;Lieu-dit Pruno;Lieu-dit Funtanella", "Pasquale-Paoli"),
    ("normandie", 2, "ac-normandie.fr", "02", "014,076,050,061,027", "14000 Caen;76000 Rouen;76600 Le Havre;50100 Cherbourg-en-Cotentin;61000 Alençon;27000 Évreux",
     "50170 Pontorson;61140 Bagnoles-de-l'Orne;27210 Beuzeville;14340 Cambremer", "pl,westaf", "Écuyère;du Gros-Horloge", "Le Bourg;Ferme de la Croix-Vautier;La Mare aux Saules", ""),
    ("amiens", 1, "ac-amiens.fr", "03", "080,060,002", "80000 Amiens;60000 Beauvais;02100 Saint-Quentin;02000 Laon",
     "02140 Vervins;80120 Rue;60350 Pierrefonds", "pl,pt,maghreb", "des Trois-Cailloux", "Ferme du Bois-Brûlé", ""),
    ("reims", 1, "ac-reims.fr", "03", "051,010,008,052", "51100 Reims;10000 Troyes;08000 Charleville-Mézières;52000 Chaumont",
     "51200 Épernay;08600 Givet", "pt,maghreb", "de Vesle;Cérès", "", ""),
    ("clermont", 2, "ac-clermont.fr", "04", "063,015,043,003", "63000 Clermont-Ferrand;63100 Clermont-Ferrand;15000 Aurillac;43000 Le Puy-en-Velay;03100 Montluçon",
     "15300 Murat;63210 Rochefort-Montagne;43160 La Chaise-Dieu", "pt,tr", "Blatin;du Port", "Le Bourg;Buron de la Fumade", ""),
    ("poitiers", 2, "ac-poitiers.fr", "05", "086,017,079,016", "86000 Poitiers;17000 La Rochelle;79000 Niort;16000 Angoulême",
     "17310 Saint-Pierre-d'Oléron;79200 Parthenay;17630 La Flotte", "pt,maghreb", "de la Cathédrale;Carnot", "Le Bourg;La Métairie", ""),
    ("limoges", 1, "ac-limoges.fr", "05", "087,019,023", "87000 Limoges;19100 Brive-la-Gaillarde;23000 Guéret",
     "19500 Collonges-la-Rouge;23200 Aubusson;87120 Eymoutiers", "pt", "", "Le Bourg;Les Granges", ""),
    ("orleans", 2, "ac-orleans-tours.fr", "02", "045,037,041,018,036,028", "45000 Orléans;37000 Tours;41000 Blois;18000 Bourges;36000 Châteauroux;28000 Chartres",
     "41120 Cellettes;18300 Sancerre;36400 La Châtre", "pt,maghreb", "Bannier;Nationale", "Le Bourg;Ferme de la Noue", ""),
    ("dijon", 1, "ac-dijon.fr", "03", "021,071,058,089", "21000 Dijon;71100 Chalon-sur-Saône;58000 Nevers;89000 Auxerre",
     "71250 Cluny;58140 Lormes;21320 Châteauneuf", "pt,tr", "de la Liberté", "Le Bourg", ""),
    ("besancon", 1, "ac-besancon.fr", "03", "025,039,090,070", "25000 Besançon;90000 Belfort;39000 Lons-le-Saunier;25200 Montbéliard",
     "25300 Pontarlier;39800 Poligny;25650 Gilley", "tr,pt", "Battant", "Ferme des Granges-Narboz", ""),
]

GEN_PATRONS = sp("""Jean-Moulin; Victor-Hugo; Jules-Ferry; Marie-Curie; Simone-Veil; Louise-Michel; Jacques-Prévert;
Antoine-de-Saint-Exupéry; Jean-Jaurès; Paul-Éluard; Albert-Camus; Olympe-de-Gouges; Condorcet; Pablo-Neruda;
Germaine-Tillion; Rosa-Parks; Nelson-Mandela; Joséphine-Baker; Marcel-Pagnol; Jean-de-La-Fontaine; Anne-Frank;
Gisèle-Halimi; Samuel-Paty; Aimé-Césaire; Léopold-Sédar-Senghor; Lucie-Aubrac; Jean-Zay; Gustave-Eiffel;
Honoré-de-Balzac; George-Sand; Colette; Romain-Rolland; Paul-Langevin; Pierre-Mendès-France; Françoise-Dolto;
Louis-Pasteur; Émile-Zola; Jean-Rostand; Alain-Fournier; René-Cassin; Robert-Desnos; Camille-Claudel;
Geneviève-de-Gaulle-Anthonioz; Théodore-Monod; Hubertine-Auclert""", ";")
GEN_SCHPLACES = sp("des Tilleuls; du Parc; de la Vallée; Les Marronniers; du Val-de-Seine; Bellevue; des Sources; du Bois-Joli; de la Plaine; Saint-Joseph; Notre-Dame; du Lac; des Quatre-Vents", ";")

DOM = [
    dict(key="reunion", w=3, kind="dom", acad="ac-reunion.fr", fix="0262", mob=["0692", "0693"], intl="+262", uai="974",
         towns=towns("97400 Saint-Denis;97410 Saint-Pierre;97430 Le Tampon;97460 Saint-Paul;97470 Saint-Benoît;97420 Le Port;97490 Sainte-Clotilde;97425 Les Avirons"),
         rural=towns("97418 Plaine-des-Cafres;97413 Cilaos;97412 Bras-Panon;97441 Sainte-Suzanne;97411 Saint-Paul"),
         orig=["reunion", "reunion", "malagasy", "comor", "cn"],
         streets=sp("Juliette-Dodu;des Barbadines;des Flamboyants;des Letchis;Sainte-Anne;du Général-de-Gaulle;des Goyaviers;Monseigneur-de-Beaumont;des Bougainvilliers;!chemin Bœuf-Mort;!ruelle des Zembrocals", ";"),
         named=sp("Bois-de-Nèfles;Trois-Bassins;Îlet à Cordes;Grand-Coude;Hell-Bourg;La Montagne", ";"),
         patrons=sp("Leconte-de-Lisle;Roland-Garros;Bourbon;Évariste-de-Parny;Lislet-Geoffroy;Mahatma-Gandhi", ";")),
    dict(key="martinique", w=2, kind="dom", acad="ac-martinique.fr", fix="0596", mob=["0696", "0697"], intl="+596", uai="972",
         towns=towns("97200 Fort-de-France;97220 La Trinité;97231 Le Robert;97232 Le Lamentin;97290 Le Marin;97215 Rivière-Salée"),
         rural=towns("97218 Basse-Pointe;97250 Saint-Pierre;97228 Sainte-Luce"),
         orig=["antilles", "antilles"], streets=sp("Victor-Schœlcher;Ernest-Deproge;Perrinon;!route de Didier;!route de Redoute", ";"),
         named=sp("Quartier Bellevue;Quartier Fond-Bellemare;Habitation Céron;Cité Dillon;Quartier Pérou;Morne Pitault", ";"),
         patrons=sp("Schœlcher;Bellevue;Joseph-Gaillard;Édouard-Glissant;Frantz-Fanon;Joseph-Zobel", ";")),
    dict(key="guadeloupe", w=2, kind="dom", acad="ac-guadeloupe.fr", fix="0590", mob=["0690", "0691"], intl="+590", uai="971",
         towns=towns("97110 Pointe-à-Pitre;97139 Les Abymes;97100 Basse-Terre;97122 Baie-Mahault;97160 Le Moule;97180 Sainte-Anne"),
         rural=towns("97115 Sainte-Rose;97114 Trois-Rivières;97130 Capesterre-Belle-Eau;97140 Capesterre-de-Marie-Galante"),
         orig=["antilles", "antilles"], streets=sp("Frébault;Achille-René-Boisneuf;Nozières;!boulevard Légitimus", ";"),
         named=sp("Section Boisvin;Section Belle-Plaine;Lotissement Petit-Pérou;Habitation Bellevue;Section Dampierre", ";"),
         patrons=sp("Baimbridge;Gerville-Réache;Nestor-de-Kermadec;Carnot;Faustin-Fléret", ";")),
    dict(key="guyane", w=2, kind="dom", acad="ac-guyane.fr", fix="0594", mob=["0694"], intl="+594", uai="973",
         towns=towns("97300 Cayenne;97310 Kourou;97320 Saint-Laurent-du-Maroni;97354 Rémire-Montjoly;97351 Matoury"),
         rural=towns("97360 Mana;97313 Saint-Georges;97390 Régina"),
         orig=["antilles", "westaf", "cn", "pt"], streets=sp("Léopold-Héder;Lallouette;Christophe-Colomb;!route de Montabo;!route de Baduel", ";"),
         named=sp("Lotissement Cogneau-Lamirande;Lotissement Les Âmes Claires;Quartier Balata;Village Chinois", ";"),
         patrons=sp("Félix-Éboué;Gaston-Monnerville;Léon-Gontran-Damas;Melkior-Garré", ";")),
    dict(key="mayotte", w=2, kind="dom", acad="ac-mayotte.fr", fix="0269", mob=["0639"], intl="+262", uai="976",
         towns=towns("97600 Mamoudzou;97615 Pamandzi;97620 Chirongui;97640 Sada;97650 Bandraboua;97680 Tsingoni;97660 Dembeni"),
         rural=towns("97600 Mamoudzou;97625 Kani-Kéli;97670 Ouangani"),
         orig=["comor", "comor", "malagasy"], streets=sp("du Stade;Mahabou;de la Mairie;du Commerce;Mariazé;de l'Hôpital", ";"),
         named=sp("Village de Passamainty;Quartier Cavani Sud;Kawéni;Lotissement Les Hauts-Vallons;M'tsapéré", ";"),
         patrons=sp("Younoussa-Bamana;de Kawéni;de Sada;de Chirongui;de Dembeni", ";")),
    dict(key="nc", w=2, kind="com", acad="ac-noumea.nc", uai="988",
         towns=towns("98800 Nouméa;98835 Dumbéa;98809 Mont-Dore;98860 Koné;98820 Lifou;98890 Païta"),
         rural=towns("98820 Lifou;98860 Koné;98870 Bourail"), orig=["kanak", "kanak", "poly", "fr", "vn"],
         streets=sp("Jules-Garnier;de Sébastopol;Anatole-France;du Général-Gallieni;Higginson", ";"),
         named=sp("Tribu de Hnathalo;Tribu de Baco;Lotissement Les Cocotiers;Quartier Magenta", ";"),
         patrons=sp("Lapérouse;Jules-Garnier;Do Kamo;Michel-Rocard;de Magenta", ";")),
    dict(key="pf", w=2, kind="com", acad="education.pf", uai="987",
         towns=towns("98713 Papeete;98718 Punaauia;98701 Arue;98703 Mahina;98735 Uturoa;98728 Moorea"),
         rural=towns("98728 Moorea;98735 Uturoa;98719 Taravao"), orig=["poly", "poly", "cn", "fr"],
         streets=sp("du Commandant-Destremau;Paul-Gauguin;des Poilus-Tahitiens;!avenue Pouvanaa-a-Oopa", ";"),
         named=sp("PK 12,5 côté mer;PK 4,2 côté montagne;Quartier Fariipiti;Lotissement Erima;Servitude Vaiaso", ";"),
         patrons=sp("Paul-Gauguin;Aorai;de Taravao;Tuianu-Legayic", ";")),
    dict(key="spm", w=0.5, kind="com", acad="ac-normandie.fr", uai="975",
         towns=towns("97500 Saint-Pierre;97500 Miquelon-Langlade"), rural=towns("97500 Miquelon-Langlade"),
         orig=["fr", "basque", "breton"], streets=sp("du Général-Leclerc;Albert-Briand;Maître-Georges-Lefèvre", ";"),
         named=sp("Anse à Henry;Le Cap", ";"), patrons=sp("Émile-Letournel", ";")),
]



# ---------------------------------------------------------------- abroad
def _ab_join(parts, multi, r):
    return ("\n" if multi else r.choice([", ", ", ", " - "])).join(parts)


def ad_be(r, multi):
    st = r.choice(sp("Rue de la Station;Avenue Louise;Chaussée de Waterloo;Rue des Sables;Boulevard Anspach;Rue Haute;Avenue de Tervueren;Rue Royale;Kerkstraat;Stationsstraat;Rue du Marché aux Herbes;Avenue des Celtes", ";"))
    n = str(r.randint(1, 240))
    box = r.choice(["", "", "", " bte " + str(r.randint(1, 12)), "/" + str(r.randint(1, 9)), " boîte " + str(r.randint(2, 30))])
    city = r.choice(sp("1000 Bruxelles;1050 Ixelles;1180 Uccle;1040 Etterbeek;4000 Liège;5000 Namur;1348 Louvain-la-Neuve;6000 Charleroi;7000 Mons;1200 Woluwe-Saint-Lambert", ";"))
    if r.random() < 0.2:
        city = "B-" + city
    return _ab_join([st + " " + n + box, city, r.choice(["Belgique", "Belgique", "BELGIQUE", "Belgium"])], multi, r)


def ad_ch(r, multi):
    st = r.choice(sp("Rue du Rhône;Chemin des Pâquerettes;Avenue de la Gare;Route de Florissant;Rue de Lausanne;Bahnhofstrasse;Chemin de Roches;Rue du Simplon;Avenue de Beaulieu;Grand-Rue;Chemin du Bois-Gentil", ";"))
    city = r.choice(sp("1204 Genève;1205 Genève;1004 Lausanne;1003 Lausanne;2000 Neuchâtel;1700 Fribourg;1950 Sion;8001 Zürich;3011 Berne;1820 Montreux;1260 Nyon", ";"))
    if r.random() < 0.25:
        city = "CH-" + city
    return _ab_join([st + " " + str(r.randint(1, 120)) + r.choice(["", "", "", "A", "bis"]), city, r.choice(["Suisse", "Suisse", "SUISSE", "Switzerland"])], multi, r)


def ad_lu(r, multi):
    st = r.choice(sp("rue de l'Alzette;avenue de la Liberté;boulevard Royal;rue des Romains;route d'Arlon;rue de Hollerich;Grand-Rue;rue Principale;rue du Fossé", ";"))
    city = r.choice(sp("L-1420 Luxembourg;L-4011 Esch-sur-Alzette;L-9053 Ettelbruck;L-3450 Dudelange;L-8077 Bertrange;L-2449 Luxembourg;L-1511 Luxembourg", ";"))
    return _ab_join([str(r.randint(1, 90)) + ", " + st, city, r.choice(["Luxembourg", "Grand-Duché de Luxembourg", "LUXEMBOURG"])], multi, r)


def ad_es(r, multi):
    st = r.choice(["Calle de Alcalá, {n}, {f}.º izq.", "C/ Mayor {n}, {f}º B", "Avenida Diagonal {n}", "Carrer de Mallorca, {n}, {f}r 2a",
                   "Paseo de la Castellana, {n}", "Calle de Serrano {n}, {f}º dcha.", "Plaza del Pilar {n}", "Calle Larios, {n}"])
    st = st.format(n=r.randint(1, 300), f=r.randint(1, 8))
    city = r.choice(sp("28014 Madrid;28001 Madrid;08008 Barcelona;46002 Valencia;41001 Sevilla;29015 Málaga;48001 Bilbao;20004 San Sebastián;50001 Zaragoza", ";"))
    return _ab_join([st, city, r.choice(["Espagne", "Espagne", "España", "ESPAGNE"])], multi, r)


def ad_it(r, multi):
    st = r.choice(["Via Garibaldi, {n}", "Via Roma {n}", "Corso Vittorio Emanuele II, {n}", "Piazza Navona {n}", "Viale Trastevere {n}",
                   "Via dei Mille {n}, int. {k}", "Via della Scala {n}", "Borgo Pinti {n}"]).format(n=r.randint(1, 200), k=r.randint(1, 20))
    city = r.choice(sp("10122 Torino (TO);00186 Roma;00153 Roma RM;20121 Milano MI;80132 Napoli;50123 Firenze FI;16121 Genova", ";"))
    return _ab_join([st, city, r.choice(["Italie", "Italie", "Italia", "ITALIE"])], multi, r)


def ad_pt(r, multi):
    st = r.choice(["Rua Augusta, {n}, {f}.º Esq.", "Avenida da Liberdade, {n}, {f}.º Dto.", "Rua de Santa Catarina {n}", "Travessa do Carmo, {n}",
                   "Avenida da Boavista, {n}", "Rua do Almada {n}, {f}.º"]).format(n=r.randint(1, 1500), f=r.randint(1, 9))
    city = r.choice(sp("1100-053 Lisboa;1250-143 Lisboa;4000-443 Porto;4100-114 Porto;3000-214 Coimbra;8000-123 Faro;4700-320 Braga", ";"))
    return _ab_join([st, city, r.choice(["Portugal", "Portugal", "PORTUGAL"])], multi, r)


def ad_de(r, multi):
    st = r.choice(["Hauptstraße {n}", "Goethestr. {n}", "Schillerplatz {n}", "Kastanienallee {n}", "Friedrichstraße {n}", "Am Rosengarten {n}",
                   "Lindenweg {n}a", "Rheinstraße {n}"]).format(n=r.randint(1, 160))
    city = r.choice(sp("10827 Berlin;10435 Berlin;60313 Frankfurt am Main;80331 München;20095 Hamburg;50667 Köln;70173 Stuttgart;79098 Freiburg im Breisgau;66111 Saarbrücken", ";"))
    return _ab_join([st, city, r.choice(["Allemagne", "Allemagne", "Deutschland", "ALLEMAGNE"])], multi, r)


def ad_uk(r, multi):
    st = r.choice(["Flat {k}, {n} Elm Grove", "{n} Victoria Road", "{n} Kensington High Street", "{n} Marlborough Mews",
                   "Apartment {k}, {n} Queen's Gate", "{n} Cromwell Road"]).format(n=r.randint(1, 250), k=r.randint(1, 30))
    town, pc = r.choice([("London", "SW19 4HE"), ("London", "SW7 2DD"), ("London", "NW3 5QT"), ("Oxford", "OX2 7QD"), ("Cambridge", "CB2 1TN"),
                         ("Edinburgh", "EH3 9DR"), ("Brighton", "BN1 4GH")])
    country = r.choice(["Royaume-Uni", "Royaume-Uni", "United Kingdom", "UK"])
    if multi:
        return "\n".join([st, town, pc, country]) if r.random() < 0.5 else "\n".join([st, town + " " + pc, country])
    return ", ".join([st, town + " " + pc, country])


def ad_ma(r, multi):
    st = r.choice(["{n}, rue Ibn Battouta, quartier Gauthier", "Résidence Al Andalous, imm. {k}, appt {n}, Hay Riad", "{n}, boulevard Zerktouni",
                   "Villa {n}, lotissement Al Manar", "{n}, avenue Mohammed V", "{n}, rue Tarik Ibn Ziad, Agdal", "Imm. {k}, appt {n}, rue Abou Hanifa"]).format(n=r.randint(1, 160), k=r.randint(1, 20))
    city = r.choice(sp("20060 Casablanca;20250 Casablanca;10100 Rabat;10090 Rabat;40000 Marrakech;90000 Tanger;30000 Fès;80000 Agadir", ";"))
    return _ab_join([st, city, r.choice(["Maroc", "Maroc", "MAROC", "Morocco"])], multi, r)


def ad_sn(r, multi):
    st = r.choice(["Villa n° {n}, Cité Keur Gorgui", "Sicap Liberté 6, villa {n}", "Rue 10 x boulevard de l'Est, Point E", "Villa {n}, Cité Djily Mbaye, Yoff",
                   "Mermoz Pyrotechnie, lot {n}", "Immeuble Fahd, {k}e étage, boulevard Djily Mbaye"]).format(n=r.randint(1, 9000), k=r.randint(1, 9))
    city = r.choice(["Dakar", "Dakar", "BP " + str(r.randint(100, 9999)) + " Dakar-Fann", "10700 Dakar", "Saint-Louis", "Thiès"])
    return _ab_join([st, city, r.choice(["Sénégal", "Sénégal", "SÉNÉGAL"])], multi, r)


def ad_ca(r, multi):
    st = r.choice(["{n}, rue Saint-Denis, app. {k}", "{n}, avenue des Pins Ouest", "{n}, chemin de la Côte-Sainte-Catherine", "{n} rue Sparks",
                   "{n}, boulevard René-Lévesque Est, bureau {k}00", "{n}, rue de la Gauchetière"]).format(n=r.randint(10, 5000), k=r.randint(1, 9))
    city = r.choice(["Montréal (Québec) H2X 3K8", "Montréal QC H2W 1R1", "Québec (Québec) G1R 4P5", "Ottawa (Ontario) K1P 5G3", "Gatineau QC J8X 3X7",
                     "Montréal (Québec)  H3T 1C5"])
    return _ab_join([st, city, r.choice(["Canada", "Canada", "CANADA"])], multi, r)


def ph_be(r, mob, intl):
    if mob:
        a, b = "4" + r.choice("789") + dg(r, 1), dg(r, 6)
        return r.choice(["+32 {a} {b1} {b2} {b3}", "0{a} {b1} {b2} {b3}", "0{a}/{b1}.{b2}.{b3}", "+32 (0){a} {b1} {b2} {b3}", "0032 {a} {b1} {b2} {b3}"]).format(a=a, b1=b[:2], b2=b[2:4], b3=b[4:]) if intl is None else \
            ("+32 {} {} {} {}".format(a, b[:2], b[2:4], b[4:]) if intl else "0{}/{}.{}.{}".format(a, b[:2], b[2:4], b[4:]))
    b = dg(r, 7)
    return r.choice(["+32 2 {0} {1} {2}", "02/{0}.{1}.{2}", "02 {0} {1} {2}"]).format(b[:3], b[3:5], b[5:])


def ph_ch(r, mob, intl):
    a = r.choice(["76", "78", "79"]) if mob else r.choice(["22", "21", "32", "27", "26"])
    b = dg(r, 7)
    fm = r.choice(["+41 {a} {b1} {b2} {b3}", "0{a} {b1} {b2} {b3}", "0041 {a} {b1} {b2} {b3}", "+41 (0){a} {b1} {b2} {b3}"])
    if intl is True:
        fm = "+41 {a} {b1} {b2} {b3}"
    return fm.format(a=a, b1=b[:3], b2=b[3:5], b3=b[5:])


def ph_lu(r, mob, intl):
    if mob:
        b = "6" + r.choice("2569") + "1" + dg(r, 6)
        return r.choice(["+352 {0} {1} {2}", "{0} {1} {2}", "(+352) {0} {1} {2}", "00352 {0}{1}{2}"]).format(b[:3], b[3:6], b[6:])
    b = r.choice(["26", "27", "40", "44", "49"]) + dg(r, 6)
    return r.choice(["+352 {0} {1} {2} {3}", "(+352) {0} {1} {2} {3}", "+352 {0}{1} {2}{3}"]).format(b[:2], b[2:4], b[4:6], b[6:])


def ph_es(r, mob, intl):
    b = (r.choice("67") + dg(r, 8)) if mob else (r.choice(["91", "93", "96", "95"]) + dg(r, 7))
    return r.choice(["+34 {0} {1} {2}", "{0} {1} {2}", "(+34) {0} {1} {2}", "+34 {0}{1}{2}", "0034 {0} {1} {2}"]).format(b[:3], b[3:6], b[6:])


def ph_it(r, mob, intl):
    if mob:
        b = "3" + r.choice("2345") + dg(r, 8)
        return r.choice(["+39 {0} {1} {2}", "{0} {1}{2}", "+39 {0}-{1}{2}", "0039 {0} {1} {2}"]).format(b[:3], b[3:6], b[6:])
    b = r.choice(["06", "02", "011", "055"]) + dg(r, 8 if r.random() < 0.5 else 7)
    k = 2 if b.startswith("0") and b[1] in "26" else 3
    return r.choice(["+39 {0} {1} {2}", "{0} {1}{2}", "+39 {0} {1}{2}"]).format(b[:k], b[k:k + 4], b[k + 4:])


def ph_pt(r, mob, intl):
    b = ("9" + r.choice("1236") + dg(r, 7)) if mob else ("2" + r.choice("12") + dg(r, 7))
    return r.choice(["+351 {0} {1} {2}", "{0} {1} {2}", "(+351) {0} {1} {2}", "00351 {0}{1}{2}"]).format(b[:3], b[3:6], b[6:])


def ph_de(r, mob, intl):
    if mob:
        a, b = "1" + r.choice(["51", "52", "57", "60", "70", "76"]), dg(r, 8)
        return r.choice(["+49 {a} {b}", "0{a} {b}", "+49 (0){a} {b1} {b2}", "0{a}/{b}", "0049 {a} {b1} {b2}"]).format(a=a, b=b, b1=b[:4], b2=b[4:])
    a, b = r.choice(["30", "69", "89", "40", "221", "711"]), dg(r, 7)
    return r.choice(["+49 {a} {b}", "0{a} {b}", "+49 (0){a} {b1} {b2}", "0{a}/{b}", "+49 {a} {b1}-{b2}"]).format(a=a, b=b, b1=b[:3], b2=b[3:])


def ph_uk(r, mob, intl):
    if mob:
        b = "900" + dg(r, 3)
        return r.choice(["+44 7700 {b}", "07700 {b}", "+44 (0)7700 {b}", "0044 7700 {b}"]).format(b=b)
    b = "0" + dg(r, 3)
    return r.choice(["+44 20 7946 {b}", "020 7946 {b}", "+44 (0)20 7946 {b}"]).format(b=b)


def ph_ma(r, mob, intl):
    if mob:
        b = r.choice("67") + dg(r, 8)
        return r.choice(["+212 {0} {1} {2} {3} {4}", "0{0}{1} {2} {3} {4}", "+212 {0}{1}{2}{3}{4}", "00212 {0} {1} {2} {3} {4}", "(+212) {0}-{1}-{2}-{3}-{4}"]).format(b[0], b[1:3], b[3:5], b[5:7], b[7:])
    b = "52" + r.choice("2345") + dg(r, 6)
    return r.choice(["+212 {0}-{1}", "0{0}-{1}", "+212 {0} {1}", "05 {2} {3}"]).format(b[:3], b[3:], b[1:3], b[3:5] + " " + b[5:7] + " " + b[7:])


def ph_sn(r, mob, intl):
    b = (r.choice(["77", "78", "76", "70"]) + dg(r, 7)) if mob else ("33" + r.choice("89") + dg(r, 6))
    return r.choice(["+221 {0} {1} {2} {3}", "{0} {1} {2} {3}", "00221 {0} {1} {2} {3}", "(+221) {0} {1} {2} {3}", "+221 {0}{1}{2}{3}"]).format(b[:2], b[2:5], b[5:7], b[7:])


def ph_ca(r, mob, intl):
    a = r.choice(["514", "438", "418", "613", "819", "450"])
    b = "01" + dg(r, 2)
    return r.choice(["+1 {a} 555-{b}", "({a}) 555-{b}", "{a}-555-{b}", "+1 ({a}) 555-{b}", "1 {a} 555-{b}", "{a} 555 {b}", "+1-{a}-555-{b}"]).format(a=a, b=b)


ABROAD = [
    dict(key="be", w=1.2, kind="abroad", addr=ad_be, ph=ph_be, cc="BE", dom="lyceefrancais-jmonnet.be", perso=["skynet.be", "proximus.be", "gmail.com"],
         city="Bruxelles", orig=["fr", "maghreb", "westaf", "it"], schools=sp("Lycée français Jean-Monnet de Bruxelles;École Singelijn;Lycée français international Dachsbeck", ";")),
    dict(key="ch", w=1, kind="abroad", addr=ad_ch, ph=ph_ch, cc="CH", dom="lfgeneve.ch", perso=["bluewin.ch", "gmail.com", "sunrise.ch"],
         city="Genève", orig=["fr", "it", "pt"], schools=sp("Lycée international de Genève;Collège Rousseau;École française de Zurich", ";")),
    dict(key="lu", w=1, kind="abroad", addr=ad_lu, ph=ph_lu, cc="LU", dom="vauban.lu", perso=["pt.lu", "gmail.com", "internet.lu"],
         city="Luxembourg", orig=["fr", "pt", "it"], schools=sp("Lycée Vauban;École française de Luxembourg", ";")),
    dict(key="es", w=1, kind="abroad", addr=ad_es, ph=ph_es, cc="ES", dom="liceofrances.es", perso=["telefonica.net", "gmail.com", "hotmail.es"],
         city="Madrid", orig=["es", "fr"], schools=sp("Lycée français de Madrid;Lycée Molière de Saragosse;Lycée français de Barcelone;Lycée français de Malaga", ";")),
    dict(key="it", w=1, kind="abroad", addr=ad_it, ph=ph_it, cc="IT", dom="lycee-chateaubriand.eu", perso=["libero.it", "gmail.com", "tiscali.it"],
         city="Rome", orig=["it", "fr"], schools=sp("Lycée Chateaubriand de Rome;Lycée Stendhal de Milan;Lycée français Jean-Giono de Turin", ";")),
    dict(key="pt", w=1, kind="abroad", addr=ad_pt, ph=ph_pt, cc="PT", dom="lfcl.pt", perso=["sapo.pt", "gmail.com", "netcabo.pt"],
         city="Lisbonne", orig=["pt", "fr"], schools=sp("Lycée français Charles-Lepierre;Lycée français international de Porto", ";")),
    dict(key="de", w=1, kind="abroad", addr=ad_de, ph=ph_de, cc="DE", dom="fg-berlin.de", perso=["web.de", "gmx.de", "gmail.com"],
         city="Berlin", orig=["fr", "tr", "pl"], schools=sp("Französisches Gymnasium Berlin;Lycée franco-allemand de Fribourg;Lycée Victor-Hugo de Francfort", ";")),
    dict(key="uk", w=1, kind="abroad", addr=ad_uk, ph=ph_uk, cc="GB", dom="lyceefrancais.org.uk", perso=["btinternet.com", "gmail.com", "outlook.com"],
         city="Londres", orig=["fr", "westaf"], schools=sp("Lycée français Charles-de-Gaulle de Londres;Collège français bilingue de Londres;École française d'Oxford", ";")),
    dict(key="ma", w=1.3, kind="abroad", addr=ad_ma, ph=ph_ma, cc="MA", dom="lyceelyautey.org", perso=["menara.ma", "gmail.com", "hotmail.fr"],
         city="Casablanca", orig=["maghreb", "maghreb", "fr"], schools=sp("Lycée Lyautey;Lycée Descartes de Rabat;Lycée Victor-Hugo de Marrakech;Collège Anatole-France", ";")),
    dict(key="sn", w=1.2, kind="abroad", addr=ad_sn, ph=ph_sn, cc="SN", dom="lycee-mermoz.org", perso=["orange.sn", "gmail.com", "yahoo.fr"],
         city="Dakar", orig=["westaf", "westaf", "fr"], schools=sp("Lycée Jean-Mermoz;École Jacques-Prévert de Saly;Cours Sainte-Marie de Hann", ";")),
    dict(key="ca", w=1, kind="abroad", addr=ad_ca, ph=ph_ca, cc="CA", dom="stanislas.qc.ca", perso=["videotron.ca", "gmail.com", "sympatico.ca"],
         city="Montréal", orig=["fr", "maghreb", "vn"], schools=sp("Collège Stanislas;Lycée Claudel d'Ottawa;Collège international Marie-de-France", ";")),
]

REGIONS = []
for (key, w, acad, fix, uai, tw, ru, orig, streets, named, patrons) in METRO:
    REGIONS.append(dict(key=key, w=w, kind="metro", acad=acad, fix=fix, uai=sp(uai), towns=towns(tw), rural=towns(ru) or towns(tw), has_rural=bool(ru),
                        orig=sp(orig), streets=sp(streets, ";"), named=sp(named, ";") or ["Le Bourg"], patrons=sp(patrons, ";")))
REGIONS += DOM + ABROAD
REG_BY_KEY = {g["key"]: g for g in REGIONS}


_ABROAD_BAG = []


def pick_abroad(r):
    """French schools abroad: countries drawn from a shuffled bag so that every country recurs"""
    if not _ABROAD_BAG:
        _ABROAD_BAG.extend(ABROAD)
        r.shuffle(_ABROAD_BAG)
    return _ABROAD_BAG.pop()


def pick_region(r, kinds=None):
    pool = [g for g in REGIONS if kinds is None or g["kind"] in kinds]
    return wpick(r, [(g["w"] * (1.6 if g["kind"] == "metro" else 1.0), g) for g in pool])


# ---------------------------------------------------------------- French addresses
def hnum(r):
    n = r.choice([r.randint(1, 9), r.randint(1, 40), r.randint(1, 40), r.randint(10, 180), r.randint(100, 480)])
    return wpick(r, [(72, str(n)), (8, "%d bis" % n), (3, "%dbis" % n), (4, "%d ter" % n), (1, "%d quater" % n), (2, "%d B" % n),
                     (5, "%d-%d" % (n, n + 2)), (2, "%d/%d" % (n, n + 2)), (2, "n° %d" % n), (1, "%d TER" % n)])


def stype(r):
    return r.choice(wpick(r, ST_TYPES))


def sname(r, reg):
    pool = GEN_STREETS + reg.get("streets", []) * 3
    s = r.choice(pool)
    if s.startswith("!"):
        return s[1:]
    return stype(r) + " " + s


def street(r, reg, num=True):
    st = sname(r, reg)
    if not num:
        return st
    return hnum(r) + ("," if r.random() < 0.15 else "") + " " + st


def town_of(r, reg, rural=False):
    return r.choice(reg["rural"] if rural and reg.get("rural") else reg["towns"])


def cityline(r, reg, rural=False, cedex=False, caps=False, tw=None):
    cp, city = tw or town_of(r, reg, rural)
    if cedex:
        cp = cp[:2] + r.choice("0123456789"[0:10]) + dg(r, 2)
        if cp[:2] == "97" or cp[:2] == "98":
            cp = cp[:3] + dg(r, 2)
        city = city + " " + r.choice(["Cedex", "CEDEX", "Cedex", "cedex"]) + r.choice(["", "", " %d" % r.randint(1, 9), " %02d" % r.randint(1, 20)])
    if caps or r.random() < 0.18:
        city = city.upper()
    return cp + " " + city


def complement(r):
    L = r.choice("ABCDEFGH")
    n, k = r.randint(1, 64), r.randint(1, 9)
    return r.choice(["Bât. %s" % L, "Bâtiment %s" % L, "Résidence %s" % r.choice(RESID), "Résidence %s, bât. %s" % (r.choice(RESID), L),
                     "Appt %d" % n, "Appartement %d, %de étage" % (n, k), "Escalier %s, porte %d" % (L, n), "Esc. %s – %de étage" % (L, k),
                     "Entrée %d" % k, "Résidence %s, appt %d" % (r.choice(RESID), n), "Bât %s2, appt %d" % (L, n), "Apt %d" % n])


def compl_short(r):
    n = r.randint(1, 64)
    return r.choice(["appt %d" % n, "apt. %d" % n, "bât. %s" % r.choice("ABCD"), "%de étage" % r.randint(1, 8), "porte %d" % n,
                     "%de étage gauche" % r.randint(1, 6), "esc. %s" % r.choice("ABC")])


def fr_parts(r, reg, shape):
    if shape == "std":
        return [street(r, reg), cityline(r, reg)]
    if shape == "compl_first":
        return [complement(r), street(r, reg), cityline(r, reg)]
    if shape == "compl_after":
        return [street(r, reg) + ", " + compl_short(r), cityline(r, reg)]
    if shape == "bp":
        return [street(r, reg), r.choice(["BP ", "B.P. ", "BP n° "]) + str(r.randint(1, 9999)), cityline(r, reg, cedex=True)]
    if shape == "cs":
        return [street(r, reg), "CS " + r.choice("1234567890") + "0" + dg(r, 3), cityline(r, reg, cedex=True)]
    if shape == "tsa":
        return ["TSA " + r.choice("1234567") + "0" + dg(r, 3), cityline(r, reg, cedex=True)]
    if shape == "bp_first":
        return ["BP " + str(r.randint(1, 999)), cityline(r, reg, cedex=r.random() < 0.5)]
    if shape == "lieudit":
        nm = r.choice(reg["named"])
        if not nm.lower().startswith(("lieu-dit", "le bourg", "ferme", "mas ", "maison", "quartier", "hameau", "moulin", "domaine", "bastide", "chalet", "campagne", "buron", "la ", "les ")):
            nm = r.choice(["Lieu-dit ", "lieu-dit ", "Lieudit ", "Lieu dit "]) + nm
        return [nm, cityline(r, reg, rural=True)]
    if shape == "named":
        nm = r.choice(["Le Bourg", "Le Bourg", "Ferme de la Bergerie", "Les Granges", "Moulin du Pré", "Domaine de la Rivière", "Hameau des Essarts",
                       "La Métairie Neuve", "Mas Saint-Roch", "Le Village"] + reg["named"])
        return [nm, cityline(r, reg, rural=True)]
    if shape == "compl_named":
        return [r.choice(["Lieu-dit ", "Lieu-dit "]) + r.choice(reg["named"]).replace("Lieu-dit ", ""), street(r, reg), cityline(r, reg, rural=True)]
    raise ValueError(shape)


def addr_fr(r, reg, mode=None, kind="home"):
    rural = reg.get("has_rural", True)
    if kind == "org":
        shape = wpick(r, [(3, "std"), (4, "bp"), (5, "cs"), (2, "tsa"), (1, "bp_first")])
    elif kind == "school":
        shape = wpick(r, [(10, "std"), (3, "bp"), (3, "cs")])
    else:
        shape = wpick(r, [(45, "std"), (16, "compl_first"), (10, "compl_after")] +
                      ([(14, "lieudit"), (10, "named"), (4, "compl_named")] if rural else []))
    parts = fr_parts(r, reg, shape)
    multi = (mode == "multi") or (mode != "one" and r.random() < 0.55)
    if multi:
        s = "\n".join(parts)
    else:
        sep = wpick(r, [(10, ", "), (3, " - "), (2, " – "), (1, " " if len(parts) == 2 else ", "), (1, ",  ")])
        s = sep.join(parts)
    if r.random() < 0.08 and shape in ("std", "compl_first", "lieudit", "named"):
        s = s.upper()
    return s


def addr_dom(r, reg, mode=None, kind="home"):
    key = reg["key"]
    tw = town_of(r, reg)
    shape = r.random()
    if key == "mayotte":
        cands = [[sname(r, reg) + ", " + r.choice(reg["named"]), cityline(r, reg, tw=tw)],
                 [r.choice(reg["named"]), cityline(r, reg, tw=tw)],
                 ["BP " + str(r.randint(1, 400)), cityline(r, reg, tw=tw, cedex=r.random() < 0.5)],
                 [street(r, reg), cityline(r, reg, tw=tw)]]
    elif key == "reunion":
        cands = [[street(r, reg), cityline(r, reg, tw=tw)],
                 [street(r, reg) + ", " + r.choice(reg["named"]), cityline(r, reg, rural=True)],
                 [complement(r), street(r, reg), cityline(r, reg, tw=tw)],
                 ["Lotissement " + r.choice(["Les Flamboyants", "Ravine Blanche", "Les Jacarandas", "Bois-Rouge"]) + ", n° " + str(r.randint(1, 80)), cityline(r, reg, tw=tw)]]
    elif key in ("martinique", "guadeloupe", "guyane"):
        cands = [[street(r, reg), cityline(r, reg, tw=tw)],
                 [r.choice(reg["named"]), cityline(r, reg, rural=True)],
                 [r.choice(reg["named"]) + ", n° " + str(r.randint(1, 90)), cityline(r, reg, tw=tw)],
                 ["Résidence " + r.choice(["Les Flamboyants", "Les Alizés", "Bois d'Inde", "Les Balisiers"]) + ", bât. " + r.choice("ABCD"), street(r, reg), cityline(r, reg, tw=tw)]]
    elif key == "nc":
        cands = [[street(r, reg), cityline(r, reg, tw=tw)],
                 [r.choice(reg["named"]), cityline(r, reg, rural=True)],
                 ["BP " + str(r.randint(100, 9999)), cityline(r, reg, tw=("98845", "Nouméa"), cedex=True)],
                 [street(r, reg) + ", " + r.choice(["Baie-des-Citrons", "Vallée-des-Colons", "Magenta", "Faubourg-Blanchot"]), cityline(r, reg, tw=("98800", "Nouméa"))]]
    elif key == "pf":
        cands = [[r.choice(reg["named"]), cityline(r, reg, tw=tw)],
                 ["BP " + str(r.randint(100, 9999)), cityline(r, reg, tw=tw)],
                 [street(r, reg), cityline(r, reg, tw=("98713", "Papeete"))],
                 [r.choice(["PK ", "PK "]) + "%d,%d" % (r.randint(1, 30), r.randint(0, 9)) + r.choice([" côté mer", " côté montagne", ""]) + ", " + r.choice(["quartier Outumaoro", "servitude Vaiaso", "lotissement Erima"]), cityline(r, reg, tw=tw)]]
    else:
        cands = [[street(r, reg), cityline(r, reg, tw=tw)], [r.choice(reg["named"]), cityline(r, reg, tw=tw)]]
    parts = cands[int(shape * len(cands))]
    multi = (mode == "multi") or (mode != "one" and r.random() < 0.5)
    return ("\n" if multi else ", ").join(parts)


def addr(r, reg, mode=None, kind="home"):
    if mode == "org":
        mode, kind = None, "org"
    if reg["kind"] == "abroad":
        return reg["addr"](r, (mode == "multi") or (mode != "one" and r.random() < 0.5))
    if reg["kind"] in ("dom", "com") and kind == "school":
        parts = [street(r, reg), cityline(r, reg)] if r.random() < 0.7 else [sname(r, reg), "BP " + str(r.randint(1, 900)), cityline(r, reg, cedex=r.random() < 0.5)]
        multi = (mode == "multi") or (mode != "one" and r.random() < 0.5)
        return ("\n" if multi else ", ").join(parts)
    if reg["kind"] in ("dom", "com") and kind != "org":
        return addr_dom(r, reg, mode, kind)
    return addr_fr(r, reg, mode, kind)


def addr_short(r, reg):
    """street only, or street + postcode, or street + « à » + city"""
    if reg["kind"] == "abroad":
        reg = REG_BY_KEY["paris"]
    k = r.random()
    if k < 0.3:
        return street(r, reg)
    if k < 0.42:
        return street(r, reg) + ", " + town_of(r, reg)[0]
    return street(r, reg) + " à " + town_of(r, reg)[1]


# ---------------------------------------------------------------- phones
def fmt_fr(r, d, intl=None):
    pairs = [d[i:i + 2] for i in range(0, 10, 2)]
    if intl is None:
        intl = r.random() < 0.25
    if not intl:
        return wpick(r, [(30, " ".join(pairs)), (8, ".".join(pairs)), (4, "-".join(pairs)), (8, d), (1, "/".join(pairs)),
                         (2, "\u00a0".join(pairs)), (1, d[:2] + " " + d[2:6] + " " + d[6:]), (1, d[0] + " " + d[1:4] + " " + d[4:7] + " " + d[7:]),
                         (1, d[:4] + " " + d[4:6] + " " + d[6:8] + " " + d[8:])])
    rest = [d[2:4], d[4:6], d[6:8], d[8:]]
    return wpick(r, [(12, "+33 " + d[1] + " " + " ".join(rest)), (4, "+33 (0)" + d[1] + " " + " ".join(rest)), (4, "+33" + d[1:]),
                     (2, "0033 " + d[1] + " " + " ".join(rest)), (2, "(+33) " + d[1] + " " + " ".join(rest)), (1, "+33 " + d[1] + "." + ".".join(rest)),
                     (1, "+33 " + d[1:4] + " " + d[4:7] + " " + d[7:]), (1, "+33 (0) " + d[1] + " " + " ".join(rest)), (1, "+33 " + d[1] + "-" + "-".join(rest))])


def fr_num(r, reg=None, mobile=True):
    if mobile:
        return "06" + dg(r, 8) if r.random() < 0.65 else "07" + r.choice("3456789") + dg(r, 7)
    fix = reg["fix"] if reg and reg.get("kind") == "metro" else r.choice(["01", "02", "03", "04", "05"])
    if r.random() < 0.12:
        fix = "09"
    return fix + r.choice("123456789") + dg(r, 7)


def fmt_dom(r, d, cc, intl=None):
    if intl is None:
        intl = r.random() < 0.3
    if not intl:
        return wpick(r, [(6, d[:4] + " " + d[4:6] + " " + d[6:8] + " " + d[8:]), (5, " ".join(d[i:i + 2] for i in range(0, 10, 2))), (3, d),
                         (1, d[:4] + "." + d[4:6] + "." + d[6:8] + "." + d[8:]), (1, ".".join(d[i:i + 2] for i in range(0, 10, 2)))])
    rest = d[1:4] + " " + d[4:6] + " " + d[6:8] + " " + d[8:]
    return wpick(r, [(6, cc + " " + rest), (2, cc + d[1:]), (1, "00 " + cc[1:] + " " + rest), (1, "(" + cc + ") " + rest), (1, cc + " (0)" + rest)])


def ph_nc(r, mob, intl):
    b = (r.choice("7895") if mob else "2") + dg(r, 5)
    if intl is None:
        intl = r.random() < 0.4
    loc = r.choice([b[:2] + " " + b[2:4] + " " + b[4:], b[:2] + "." + b[2:4] + "." + b[4:], b])
    return r.choice(["+687 ", "(+687) ", "00 687 ", "+687 "]) + loc if intl else loc


def ph_pf(r, mob, intl):
    b = (r.choice(["87", "89", "92"]) if mob else "40") + dg(r, 6)
    if intl is None:
        intl = r.random() < 0.4
    loc = r.choice([" ".join(b[i:i + 2] for i in range(0, 8, 2)), ".".join(b[i:i + 2] for i in range(0, 8, 2)), b])
    return r.choice(["+689 ", "(689) ", "+689 ", "00 689 "]) + loc if intl else loc


def ph_spm(r, mob, intl):
    b = (r.choice(["55"]) if mob else "41") + dg(r, 4)
    loc = b[:2] + " " + b[2:4] + " " + b[4:]
    return r.choice(["+508 " + loc, "+508 " + loc, loc, "00 508 " + loc])


def phone(r, reg, mobile=None, intl=None):
    if mobile is None:
        mobile = r.random() < 0.62
    k = reg["kind"]
    if k == "metro" or (k == "abroad" and r.random() < 0.18):
        return fmt_fr(r, fr_num(r, reg, mobile), intl if k == "metro" else True)
    if k == "dom":
        d = (r.choice(reg["mob"]) if mobile else reg["fix"]) + dg(r, 6)
        return fmt_dom(r, d, reg["intl"], intl)
    if k == "com":
        return {"nc": ph_nc, "pf": ph_pf, "spm": ph_spm}[reg["key"]](r, mobile, intl)
    return reg["ph"](r, mobile, intl)


# ---------------------------------------------------------------- e-mails
PERSO_DOM = [(10, "gmail.com"), (6, "orange.fr"), (4, "free.fr"), (4, "laposte.net"), (4, "hotmail.fr"), (3, "yahoo.fr"), (2, "sfr.fr"),
             (2, "wanadoo.fr"), (2, "outlook.fr"), (1, "icloud.com"), (1, "proton.me"), (1, "live.fr"), (1, "gmx.fr"), (1, "hotmail.com"),
             (1, "neuf.fr"), (1, "bbox.fr")]
DOM_PERSO = {"reunion": ["orange.re", "wanadoo.re"], "nc": ["lagoon.nc", "canl.nc", "mls.nc"], "pf": ["mail.pf", "vini.pf"],
             "martinique": ["orange.mq"], "guadeloupe": ["orange.gp"], "guyane": ["orange.gf"], "mayotte": ["orange.yt"]}


def local_part(r, p, acad=False):
    f, l = slug(p.first), slug(p.last)
    if acad:
        return wpick(r, [(10, f + "." + l), (3, f + "." + l + str(r.randint(1, 9))), (2, slug(p.first, True) + "." + slug(p.last, True)),
                         (1, f[0] + "." + l)])
    return wpick(r, [(8, f + "." + l), (3, f[0] + "." + l), (3, f + l), (2, l + "." + f), (2, f + "-" + l), (2, f + "_" + l),
                     (2, f + "." + l + str(r.randint(1, 99))), (2, l + f[0]), (2, f + str(r.randint(1960, 2012))), (1, f[0] + l + str(r.randint(10, 99))),
                     (1, l + "-" + f), (1, f + "." + l[0])])


def email(r, p, reg, kind="perso"):
    if kind == "acad":
        dom = reg.get("acad") or reg.get("dom")
        return local_part(r, p, True) + "@" + dom
    if kind == "school":
        return local_part(r, p, True) + "@" + (reg.get("dom") or reg.get("acad"))
    if kind == "pro":
        return local_part(r, p, True) + "@" + r.choice(["reseau-canope.fr", "education.gouv.fr", "fcpe.asso.fr", "mairie-" + slug(town_of(r, reg)[1] if reg["kind"] != "abroad" else "lyon", True) + ".fr"])
    pool = list(PERSO_DOM)
    for d in DOM_PERSO.get(reg["key"], []) + reg.get("perso", []):
        pool.append((5, d))
    return local_part(r, p) + "@" + wpick(r, pool)


def obfuscate(r, e):
    loc, dom = e.split("@")
    k = r.randint(0, 8)
    if k == 0:
        return loc + " [at] " + dom
    if k == 1:
        return loc + "(at)" + dom
    if k == 2:
        return loc + " arobase " + dom.replace(".", " point ")
    if k == 3:
        return loc + " [at] " + dom.replace(".", " [dot] ")
    if k == 4:
        return loc + " @ " + dom
    if k == 5:
        return loc + "[@]" + dom
    if k == 6:
        return loc + " AT " + dom.replace(".", " DOT ")
    if k == 7:
        return loc + " (arobase) " + dom
    return loc + " chez " + dom.replace(".", " point ")


def school_mail(r, reg, code7):
    c = code7.lower() if r.random() < 0.8 else code7
    return r.choice(["ce.", "ce.", "ce.", "secretariat."]) + c + "@" + reg["acad"]


# ---------------------------------------------------------------- NIR / IBAN / UAI
DEPTS = ["%02d" % i for i in range(1, 96) if i != 20]
COUNTRY_INSEE = ["350", "352", "351", "139", "341", "134", "127", "131", "397", "333", "243", "208", "234", "216", "122", "126", "155", "109", "132", "401", "140", "137"]


def wrong_key(r, good, lo, hi):
    while True:
        k = good + r.choice([-9, -7, -3, -2, -1, 1, 2, 3, 5, 10, 11, 27, 40])
        if lo <= k <= hi and k != good:
            return k


def nir(r, bag, g=None):
    sex = {"F": "2", "M": "1"}.get(g, r.choice("12"))
    yy = "%02d" % r.choice([r.randint(55, 99), r.randint(60, 99), r.randint(0, 4)])
    mm = "%02d" % r.randint(1, 12)
    kind = wpick(r, [(70, "metro"), (8, "corse"), (10, "dom"), (12, "abroad")])
    if kind == "metro":
        dep, com = r.choice(DEPTS), "%03d" % r.randint(1, 700)
    elif kind == "corse":
        dep, com = r.choice(["2A", "2B"]), "%03d" % r.randint(1, 360)
    elif kind == "dom":
        dep, com = r.choice(["971", "972", "973", "974", "976"]), "%02d" % r.randint(1, 34)
    else:
        dep, com = "99", r.choice(COUNTRY_INSEE)
    order = "%03d" % r.randint(1, 999)
    body = sex + yy + mm + dep + com + order
    assert len(body) == 13
    n = int(body.replace("2A", "19").replace("2B", "18"))
    key = 97 - n % 97
    if bag.wrong("NIR"):
        key = wrong_key(r, key, 1, 97)
    parts = [sex, yy, mm, dep, com, order, "%02d" % key]
    st = wpick(r, [(50, "sp"), (18, "cp"), (8, "dot"), (12, "keysep"), (6, "dash"), (6, "sp2")])
    if st == "sp":
        return " ".join(parts)
    if st == "cp":
        return "".join(parts)
    if st == "dot":
        return ".".join(parts)
    if st == "keysep":
        return "".join(parts[:-1]) + " " + parts[-1]
    if st == "dash":
        return "-".join(parts)
    return parts[0] + " " + parts[1] + " " + parts[2] + " " + parts[3] + " " + parts[4] + " " + parts[5] + "  " + parts[6]


def iban_ck(cc, bban):
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return 98 - n % 97


RIB_LETTERS = {c: str(v) for v, cs in ((1, "AJ"), (2, "BKS"), (3, "CLT"), (4, "DMU"), (5, "ENV"), (6, "FOW"), (7, "GPX"), (8, "HQY"), (9, "IRZ")) for c in cs}


def bban_fr(r):
    bank = r.choice(["30004", "30003", "30002", "10278", "20041", "11315", "18206", "12506", "13335", "14445", "10907", "16606", "17515", "30066", "10096", "12135", "19106", "11006"])
    gui = dg(r, 5)
    acc = dg(r, 11)
    if bank == "20041" and r.random() < 0.7:
        acc = "0" + dg(r, 6) + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + "0" + dg(r, 2)
    accn = "".join(RIB_LETTERS.get(c, c) for c in acc)
    key = 97 - ((89 * int(bank) + 15 * int(gui) + 3 * int(accn)) % 97)
    return bank + gui + acc + "%02d" % key


def bban_be(r):
    n = dg(r, 10)
    c = int(n) % 97 or 97
    return n + "%02d" % c


BBAN = {
    "FR": bban_fr, "MC": bban_fr, "BE": bban_be,
    "DE": lambda r: dg(r, 18),
    "ES": lambda r: dg(r, 20),
    "IT": lambda r: r.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + dg(r, 10) + dg(r, 12),
    "PT": lambda r: r.choice(["0002", "0007", "0033", "0035", "0036"]) + dg(r, 17),
    "LU": lambda r: dg(r, 3) + dg(r, 13),
    "CH": lambda r: "00" + dg(r, 3) + dg(r, 12),
    "GB": lambda r: r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dg(r, 14),
    "MA": lambda r: dg(r, 24),
    "SN": lambda r: "SN" + r.choice(["010", "100", "012", "094"]) + dg(r, 19),
    "NL": lambda r: r.choice(["ABNA", "INGB", "RABO"]) + dg(r, 10),
}


def iban(r, bag, cc="FR"):
    if cc not in BBAN:
        cc = "FR"
    bban = BBAN[cc](r)
    ck = iban_ck(cc, bban)
    if bag.wrong("IBAN"):
        ck = wrong_key(r, ck, 2, 98)
    s = cc + "%02d" % ck + bban
    g4 = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    st = wpick(r, [(60, "g4"), (16, "cp"), (4, "low"), (4, "dash"), (12, "rib"), (2, "g4nb")])
    if st == "rib" and cc in ("FR", "MC"):
        return s[:4] + " " + s[4:9] + " " + s[9:14] + " " + s[14:25] + " " + s[25:]
    if st == "cp":
        return s
    if st == "low":
        return g4.lower()
    if st == "dash":
        return g4.replace(" ", "-")
    if st == "g4nb":
        return g4.replace(" ", "\u00a0")
    return g4


def uai_code(r, prefix):
    """a correct code; the wrong key, if any, is decided when the code is displayed (see Ctx.uai)"""
    n = prefix + dg(r, 7 - len(prefix))
    return n + UAI_ALPHA[int(n) % 23]


def fmt_uai(r, code):
    d, L = code[:7], code[7]
    return wpick(r, [(40, code), (10, d[:3] + " " + d[3:] + " " + L), (8, d + " " + L), (5, d[:3] + "." + d[3:] + "." + L),
                     (5, d[:3] + "-" + d[3:] + "-" + L), (10, d + L.lower()), (4, d[:3] + " " + d[3:] + L), (2, d + "-" + L), (2, d[:4] + " " + d[4:] + L)])


UAI_LABELS = ["UAI ", "UAI : ", "UAI n° ", "RNE ", "RNE : ", "n° RNE ", "code établissement : ", "code établissement ", "code UAI ", "Code RNE/UAI : ",
              "N° UAI : ", "code UAI/RNE ", "UAI: ", "UAI/RNE : ", "code étab. "]


# ---------------------------------------------------------------- schools, classes, dates
def school(r, reg, bag, typ=None):
    """dict(name, code, town)"""
    if reg["kind"] == "abroad":
        return dict(name=r.choice(reg["schools"]), code=None, town=(None, reg["city"]))
    typ = typ or wpick(r, [(4, "école élémentaire"), (2, "école maternelle"), (2, "école primaire"), (1, "groupe scolaire"), (12, "collège"),
                           (7, "lycée"), (3, "lycée professionnel"), (1, "LP"), (2, "lycée polyvalent"), (1, "cité scolaire"), (1, "EREA"), (1, "lycée agricole")])
    pool = GEN_PATRONS + GEN_SCHPLACES
    special = reg.get("patrons") or []
    if reg["kind"] == "metro":
        if special and typ.startswith(("école", "groupe")) and r.random() < 0.35:
            pool = special
        elif special:
            pool = [x for x in special if not x.startswith(("Skol", "Ikastola"))] + GEN_PATRONS + GEN_SCHPLACES
    elif special and r.random() < 0.6:
        pool = special
    nm = r.choice(pool)
    if nm.startswith(("Skol", "Ikastola")):
        full = nm + " de " + town_of(r, reg)[1]
    else:
        if r.random() < 0.25 and "-" in nm and nm[0].isupper():
            nm = nm.replace("-", " ")
        full = typ + " " + nm
    tw = town_of(r, reg)
    pref = reg.get("uai")
    if isinstance(pref, list):
        pref = r.choice(pref)
    code = uai_code(r, pref) if pref else None
    return dict(name=full, code=code, town=tw)


def au(name):
    n = name.lower()
    if n.startswith(("école", "erea", "ikastola", "établissement")):
        return "à l'" + name
    if n.startswith(("cité", "skol")):
        return "à la " + name
    if n.startswith(("lycée", "collège", "lp", "groupe", "cours", "französisches")):
        return "au " + name
    return "à " + name


def cap(s):
    return s[:1].upper() + s[1:]


def du(name):
    n = name.lower()
    if n.startswith(("école", "erea", "ikastola", "établissement")):
        return "de l'" + name
    if n.startswith(("cité", "skol")):
        return "de la " + name
    return "du " + name


def le(name):
    n = name.lower()
    if n.startswith(("école", "erea", "ikastola")):
        return "l'" + name
    if n.startswith(("cité", "skol")):
        return "la " + name
    return "le " + name


def cls_for(r, sch):
    n = sch["name"].lower()
    if n.startswith(("école", "groupe", "skol", "ikastola")):
        return cls(r, True)
    if n.startswith("collège"):
        return r.choice([x for x in CLASSES_SEC if x[0] in "3456" or x.startswith(("SEGPA", "ULIS"))])
    if n.startswith(("lycée", "lp", "cité")):
        return r.choice([x for x in CLASSES_SEC if not (x[0] in "3456" or x.startswith("SEGPA"))])
    return cls(r, False)


def a_(x):
    if x.startswith("le "):
        return "au " + x[3:]
    if x.startswith("les "):
        return "aux " + x[4:]
    return "à " + x


def de_(x):
    if x[:1].lower() in "aeiouéèêâîôû":
        return "d'" + x
    if x.startswith("le "):
        return "du " + x[3:]
    return "de " + x


def dn(name):
    """« de » or « d' » before a name (elision)"""
    return "d'" if strip_acc(name[:1]).lower() in "aeiouy" else "de "


class Clock:
    def __init__(self, r, colon=None):
        self.r = r
        self.t = r.randint(7 * 60, 20 * 60)
        self.fmt = "%d:%02d" if (colon or r.random() < 0.7) else "%dh%02d"

    def __call__(self):
        self.t += self.r.randint(1, 40)
        h, m = divmod(self.t, 60)
        return self.fmt % (h % 24, m)


def hours2(r):
    h = r.randint(8, 16)
    m = r.choice([0, 0, 15, 30, 45])
    h2, m2 = h + r.randint(1, 3), r.choice([0, 0, 30, 45])
    f = r.choice(["%d h %02d", "%dh%02d", "%d:%02d"])
    a = (f % (h, m)).replace(" 00", "").replace("h00", "h") if f != "%d:%02d" else f % (h, m)
    b = (f % (h2, m2)).replace(" 00", "").replace("h00", "h") if f != "%d:%02d" else f % (h2, m2)
    return a, b


CLASSES_SEC = sp("6e A, 6e3, 5e2, 5e B, 4e B, 4e C, 3e A, 3e C, 3e Prépa-Métiers, 2nde 4, seconde 7, 1re G3, 1re STMG 2, Tle G1, terminale STI2D, CAP 1 ECMS, 1re bac pro MELEC, SEGPA 4e, ULIS, BTS SIO 1, 2nde GT 5, 3e4, 4e Euro, Tle STL")
CLASSES_PRIM = sp("CP, CE1, CE2, CM1, CM2, CM1-CM2, GS, MS-GS, CE1-CE2, CP-CE1, ULIS école")
DISC = sp("""lettres, mathématiques, histoire-géographie, anglais, espagnol, allemand, SVT, physique-chimie, technologie, EPS,
arts plastiques, éducation musicale, philosophie, SES, NSI, lettres-histoire, économie-gestion, italien, portugais,
breton, créole, tahitien, shimaoré, lettres classiques, sciences et techniques médico-sociales""")
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]


def cls(r, prim=None):
    if prim is None:
        prim = r.random() < 0.25
    return r.choice(CLASSES_PRIM if prim else CLASSES_SEC)


def rdate(r):
    return datetime.date(2025, 9, 1) + datetime.timedelta(days=r.randint(0, 300))


def fdate(r, d=None, style=None):
    d = d or rdate(r)
    style = style or r.choice(["long", "num", "wd", "long"])
    day = "1er" if d.day == 1 else str(d.day)
    if style == "long":
        return "%s %s %d" % (day, MOIS[d.month - 1], d.year)
    if style == "num":
        return "%02d/%02d/%d" % (d.day, d.month, d.year)
    return "%s %s %s" % (JOURS[d.weekday()], day, MOIS[d.month - 1])


def hour(r):
    h, m = r.randint(8, 18), r.choice([0, 0, 15, 30, 30, 45])
    return r.choice(["%d h %02d" % (h, m) if m else "%d h" % h, "%dh%02d" % (h, m), "%d:%02d" % (h, m)])


def opi(r, pool, k=1):
    return " ".join(r.sample(pool, k))


def opi2(r, pool, k=2):
    return " ".join(r.sample(pool, min(k, len(pool))))


# ---------------------------------------------------------------- opinion pools (no personal data)
OP_T = sp("""L'IA générative m'aide surtout à préparer des exercices différenciés, mais je vérifie tout ce qu'elle produit.|
Je refuse de l'utiliser pour corriger des copies : l'évaluation reste un acte professionnel.|
Les élèves s'en servent déjà massivement à la maison, autant leur apprendre à le faire intelligemment.|
Le vrai sujet, c'est la formation : on nous demande d'intégrer ces outils sans nous donner de temps pour les découvrir.|
J'ai arrêté de donner des rédactions à faire à la maison, je ne sais plus ce qui vient de l'élève.|
Pour les élèves allophones, la traduction instantanée a été une vraie bouffée d'oxygène.|
Je crains une perte des compétences rédactionnelles à moyen terme.|
Utilisée en classe, avec un objectif précis, l'IA peut devenir un bon outil d'esprit critique : on analyse ses erreurs ensemble.|
La question de la protection des données des élèves n'est absolument pas réglée à mes yeux.|
Je préférerais des outils institutionnels, hébergés en France, plutôt que des services américains gratuits.|
On manque de consignes claires de l'institution : chacun bricole dans son coin.|
Les hallucinations sont fréquentes en histoire : dates inventées, citations apocryphes, sources introuvables.|
En langues vivantes, c'est un formidable partenaire de conversation pour les élèves timides.|
L'impact environnemental de ces outils devrait être enseigné en même temps que leur usage.|
J'ai l'impression qu'on répète l'histoire des tablettes : beaucoup d'effets d'annonce, peu de réflexion pédagogique.|
Pour les élèves à besoins particuliers, la reformulation et la synthèse vocale sont de réels progrès.|
Je l'utilise pour rédiger des consignes plus lisibles, en FALC, et ça marche bien.|
Il faudrait une charte commune à l'établissement, sinon les élèves ne comprennent pas pourquoi c'est autorisé dans une matière et interdit dans une autre.|
Les détecteurs de texte généré sont peu fiables ; je ne veux pas accuser un élève sur cette base.|
En mathématiques, les erreurs de calcul de ces outils sont un excellent support pour travailler la vérification.|
Je reste sceptique : apprendre, c'est aussi accepter l'effort et l'erreur.|
Le risque, c'est d'accroître les inégalités entre les familles qui paient un abonnement et les autres.|
J'ai fait comparer à mes élèves plusieurs réponses générées à une même question ; ils ont adoré repérer les incohérences.|
Nos appréciations de bulletin commencent à toutes se ressembler, et ce n'est pas un hasard.|
L'IA ne remplacera pas la relation pédagogique, mais elle va profondément changer nos façons d'évaluer.|
Je demande désormais aux élèves d'indiquer en fin de devoir s'ils ont utilisé un outil d'IA et comment.|
Sans équipement correct (le réseau tombe deux fois par semaine), le débat reste théorique.|
Les élèves confondent souvent une réponse bien rédigée et une réponse juste.|
J'aimerais que l'on parle davantage de pédagogie et moins d'outils.""", "|")
OP_P = sp("""En tant que parent, je m'inquiète surtout du temps d'écran supplémentaire.|
Je préfère que l'école apprenne aux enfants à utiliser ces outils plutôt qu'ils les découvrent seuls sur les réseaux sociaux.|
Les devoirs se font désormais avec un chatbot et je ne sais pas comment vérifier ce qui a vraiment été compris.|
Il faudrait informer les familles des outils utilisés en classe et des données collectées.|
Je suis plutôt favorable, à condition que les enseignants soient formés et que ce soit encadré.|
Les devoirs à la maison n'ont plus de sens si l'IA peut les faire en deux minutes.|
À la maison, nous n'avons qu'un ordinateur pour trois enfants : l'égalité d'accès n'est pas garantie.|
J'aimerais une réunion d'information pour les parents, beaucoup d'entre nous sont perdus.|
Je ne veux pas que les copies soient envoyées à une entreprise étrangère pour être corrigées.|
L'école doit rester un lieu où l'on apprend à réfléchir par soi-même.|
On nous parle beaucoup d'IA, mais il manque toujours des professeurs remplaçants.|
Je trouve normal que l'IA soit interdite pendant les évaluations, mais pas qu'on l'ignore totalement.|
Les abonnements payants creusent l'écart entre les familles.|
Franchement, on ne sait plus ce qui est autorisé ou pas, chaque professeur a sa règle.""", "|")
OP_E = sp("""Je l'utilise pour comprendre les exercices que je n'ai pas compris en classe.|
Certains profs disent que c'est de la triche, d'autres nous montrent comment l'utiliser : ce n'est pas clair.|
Ça m'aide à faire des fiches de révision plus vite.|
Parfois l'IA se trompe complètement et si on ne connaît pas le cours on ne le voit pas.|
J'aimerais qu'on ait des cours pour apprendre à bien l'utiliser.|
Je trouve injuste que certains fassent faire leurs devoirs par une IA et aient de meilleures notes.|
Pour l'orientation, j'ai demandé des conseils à une IA mais c'était très général.|
En anglais, ça m'aide à corriger mes fautes.""", "|")
OP_SMS = sp("""franchement chatgpt ça aide trop pour les maths|jsp trop, ça dépend des profs|c pratique mais des fois ça raconte nimp|
on devrait avoir le droit en DM, tout le monde l'utilise de tte façon|moi jm'en sers pr les fiches de révision c tout|
la prof a grillé la moitié de la classe mdr|jtrouve ça abusé qu'on puisse pas l'utiliser alors qu'au travail tout le monde le fait|
ça m'a sauvé pour l'exposé de svt|perso jprefere demander à ma sœur|c bien mais faut pas que ça remplace les profs|
g testé pr la philo c t nul|osef tant que c pas noté""", "|")
OP_H = sp("""Nous avons besoin d'un cadre national clair, notamment sur la protection des données.|
Dans mon établissement, les usages sont très hétérogènes selon les équipes.|
La priorité doit rester la formation des personnels, avant tout déploiement d'outil.|
J'observe surtout des usages de préparation de cours, beaucoup moins d'usages avec les élèves.|
La question de l'évaluation des travaux faits hors de la classe devient centrale.|
Le conseil pédagogique s'est saisi du sujet et propose une charte d'usage pour la rentrée.|
Les familles attendent de nous une position claire, que nous ne sommes pas encore en mesure de donner.|
Les outils doivent être conformes au RGPD et validés par le délégué à la protection des données académique.|
Les initiatives individuelles sont nombreuses et souvent remarquables, mais elles restent isolées.|
La fracture numérique entre établissements est une réalité qu'aucun outil ne comble.""", "|")


# ---------------------------------------------------------------- texts without personal data
INTROS = sp("""Je suis enseignante en collège depuis quinze ans.|Parent de deux enfants scolarisés au lycée.|Professeur des écoles en milieu rural, classe unique.|
Élève de terminale.|Je suis AESH depuis cinq ans.|Professeure documentaliste.|Personnel de direction.|Inspecteur du premier degré.|
Enseignant en lycée professionnel, section MELEC.|Maman d'une collégienne.|Professeur de philosophie.|Assistante d'éducation.|
Enseignante en SEGPA.|Professeur en lycée français à l'étranger.|Enseignante en REP+.|Conseiller principal d'éducation.|
Grand-père qui aide aux devoirs le mercredi.|Élève de 3e.|Enseignant stagiaire.|Psychologue de l'Éducation nationale.""", "|")
CONCL = sp("""Bref : oui, mais pas n'importe comment.|À suivre.|Merci pour cette consultation.|Je reste ouvert à la discussion.|
Il est urgent d'en parler collectivement.|Pas d'autre commentaire.|Voilà mon avis, pour ce qu'il vaut.|Courage à tous les collègues.|
Il faudra refaire ce questionnaire dans un an.|On verra bien.""", "|")


def clean_opinion(r):
    pool = r.choice([OP_T, OP_T, OP_P, OP_H, OP_E])
    return " ".join([r.choice(INTROS), opi(r, pool, r.randint(2, 4)), r.choice(CONCL)])


def clean_minutes(r):
    return J(r.choice(["Compte rendu du conseil pédagogique", "Relevé de conclusions – réunion d'équipe", "CR réunion de l'équipe de lettres",
                       "Compte rendu du conseil école-collège"]),
             "Présents : " + r.choice(["le chef d'établissement, son adjointe, la CPE et les coordonnateurs de discipline.",
                                       "la directrice, l'ensemble des adjoints et la conseillère pédagogique de circonscription.",
                                       "les professeurs de l'équipe, la professeure documentaliste, un représentant des parents."]),
             "Ordre du jour : usages de l'intelligence artificielle générative.",
             "1. État des lieux. " + opi(r, OP_H, 1),
             "2. Échanges. " + opi(r, OP_T, 2),
             "3. Décision. " + r.choice(["Un groupe de travail rédigera une proposition de charte.", "Le sujet sera repris au prochain conseil.",
                                          "Une formation d'initiative locale sera demandée.", "Chaque équipe formulera ses besoins par écrit."]))


def clean_chat(r):
    who = ["Un collègue", "Une collègue", "Moi", "Quelqu'un", "La collègue de SVT", "Le collègue d'histoire", "Prof de maths"]
    lines = []
    qs = ["vous l'utilisez pour les bulletins ?", "quelqu'un a une charte toute faite ?", "vous faites comment pour les DM ?",
          "c'est autorisé chez vous pendant les évaluations ?", "on en parle au prochain conseil ?"]
    ans = ["jamais, c'est notre signature", "un peu, pour reformuler, mais je relis tout", "moi j'ai supprimé les DM notés",
           "on attend des consignes depuis septembre", "oui, ça m'intéresse", "je teste avec mes terminales, je vous dirai",
           "franchement je n'ai pas le temps", "attention aux données des élèves quand même"]
    lines.append("— " + r.choice(who) + " : " + r.choice(qs))
    for x in r.sample(ans, r.randint(2, 4)):
        lines.append("— " + r.choice(who) + " : " + x)
    return J(*lines)


def clean_pupil(r):
    return " ".join(r.sample(OP_SMS, r.randint(1, 3)))


def clean_proscons(r):
    return J("Pour :", *["- " + x for x in r.sample(sp("gain de temps;aide aux élèves en difficulté;entraînement à l'oral;accessibilité;curiosité des élèves", ";"), 2)],
             "Contre :", *["- " + x for x in r.sample(sp("triche;données personnelles;coût écologique;dépendance;inégalités d'accès;erreurs non détectées", ";"), 3)],
             r.choice(CONCL))


def clean_short(r):
    return r.choice(sp("""Aucun avis.|Pas concerné.|Interdire purement et simplement.|Oui, avec une vraie formation.|Trop tôt pour se prononcer.|
Non merci.|Pourquoi pas, mais encadré.|C'est l'avenir, il faut s'y préparer.|Je ne sais pas.|Il faudrait déjà que le wifi fonctionne.|
Ni pour ni contre, bien au contraire.|Surtout pas en primaire.""", "|"))


def clean_forum(r):
    return J("Question : " + r.choice(["faut-il autoriser l'IA pour les devoirs maison ?", "comment évaluer un exposé préparé avec une IA ?",
                                        "l'IA peut-elle aider les élèves dys ?", "quels risques pour les données des élèves ?"]),
             "Réponse : " + opi(r, OP_T, 2),
             "Autre réponse : " + opi(r, OP_T + OP_H, 1))


def clean_parent(r):
    return " ".join([r.choice(["Parent d'élève.", "Papa de trois enfants.", "Mère d'un élève de 6e.", "Parent délégué."]), opi(r, OP_P, r.randint(2, 3))])


CLEAN_GEN = [clean_opinion, clean_opinion, clean_minutes, clean_chat, clean_pupil, clean_proscons, clean_short, clean_forum, clean_parent]


# ---------------------------------------------------------------- trap texts (no personal data)
def luhn_ok(s):
    t = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return t % 10 == 0


def luhn_complete(r, prefix):
    for d in "0123456789":
        if luhn_ok(prefix + d):
            return prefix + d


def siren(r):
    return luhn_complete(r, r.choice("3456789") + dg(r, 7))


def siret(r, s=None):
    s = s or siren(r)
    return luhn_complete(r, s + "000" + dg(r, 1))


def f_siren(s):
    return s[:3] + " " + s[3:6] + " " + s[6:]


def f_siret(s, r):
    return r.choice([s[:3] + " " + s[3:6] + " " + s[6:9] + " " + s[9:], s, s[:9] + " " + s[9:]])


def isbn(r):
    pub = r.choice(["09", "07", "01", "253", "213", "218", "04", "36", "2091"])
    body = "9782" + pub + dg(r, 12 - 4 - len(pub))
    t = sum((1 if i % 2 == 0 else 3) * int(c) for i, c in enumerate(body))
    return "978-2-" + pub + "-" + body[4 + len(pub):] + "-" + str((10 - t % 10) % 10)


def money(r, lo=5, hi=9000, plain=False):
    v = r.randint(lo, hi)
    s = "{:,}".format(v).replace(",", "\u202f" if r.random() < 0.3 else " ")
    return s + r.choice([" €", " €", ",00 €", " euros"] + ([] if plain else [" € HT", " € TTC"]))


def pct(r):
    return r.choice(["%d %%" % r.randint(3, 97), "%d,%d %%" % (r.randint(1, 90), r.randint(1, 9)), "%d%%" % r.randint(3, 97)])


AI_PRODUCTS = sp("""ChatGPT; ChatGPT Edu; Le Chat de Mistral AI; Claude d'Anthropic; Gemini; Microsoft Copilot; Perplexity; Albert, l'IA de l'État;
DeepSeek; NotebookLM; MagicSchool; Midjourney; DALL-E; Grok; Llama; Mistral Large; Khanmigo; Adaptiv'Math; Lalilo; MIA Seconde;
Navi; Kwyk; Vittascience; Capytale""", ";")
PLATFORMS = sp("Pronote; ÉcoleDirecte; Moodle; Éléa; l'ENT Toutatice; l'ENT Mon Bureau Numérique; Pix; Lumni; Tactileo; Canva; DeepL; Wooclap; Kahoot!; Quizlet; Scratch; Teams; Tchap; Apps Éducation; Digipad; LaClasse.com", ";")
LAWS = sp("""la loi n° 2019-791 du 26 juillet 2019 pour une école de la confiance; l'article L. 111-1 du Code de l'éducation;
l'article L. 312-9 du Code de l'éducation; le règlement (UE) 2016/679 (RGPD); le règlement (UE) 2024/1689 sur l'intelligence artificielle;
le décret n° 2013-77 du 24 janvier 2013; l'arrêté du 19 juin 2020; la circulaire du 28 août 2025 relative à la rentrée;
l'article 9 du RGPD; la loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés;
l'article R. 421-20 du Code de l'éducation; la note de service n° 2025-117""", ";")
ROLES = sp("""le chef d'établissement; Madame la Principale; Monsieur le Proviseur; la principale adjointe; le DASEN; Madame la Rectrice;
l'IA-IPR de mathématiques; l'IEN de circonscription; la conseillère pédagogique; le référent aux usages numériques; la CPE;
le professeur principal de 3e C; la professeure documentaliste; l'adjoint gestionnaire; le délégué académique au numérique;
l'infirmière scolaire; la psychologue de l'Éducation nationale; le président du conseil départemental; le maire; la DRANE""", ";")
FILMS = [("« Her »", 2013), ("« Ex Machina »", 2014), ("« Wall-E »", 2008), ("« I, Robot »", 2004), ("« Matrix »", 1999),
         ("« 2001, l'Odyssée de l'espace »", 1968), ("« Blade Runner »", 1982), ("« Terminator »", 1984), ("« A.I. Intelligence artificielle »", 2001)]
TITLES = sp("« Le Petit Prince »; « Her »; « Ex Machina »; « Wall-E »; « I, Robot »; « Frankenstein »; « Matrix »; « 2001, l'Odyssée de l'espace »; « Les Robots »; « Blade Runner »; « Terminator »; « La Machine à explorer le temps »; « Le Meilleur des mondes »; « 1984 »; « Black Mirror »", ";")
WORKS = sp("le Larousse; le Petit Robert; un Bescherelle; le Bled; le Gaffiot; le Littré; le Bailly; le Grevisse; le Lagarde et Michard; un Quillet", ";")
SHORTNUM = [("3020", "harcèlement"), ("3018", "cyberharcèlement"), ("119", "enfance en danger"), ("15", "SAMU"), ("17", "police"), ("18", "pompiers"),
            ("112", "urgences européennes"), ("114", "urgences par SMS"), ("3114", "prévention du suicide"), ("3919", "violences conjugales")]
PERSON_STREETS = sp("place Jean-Jaurès; rue Gambetta; avenue Victor-Hugo; boulevard Jules-Ferry; place Charles-de-Gaulle; rue Pasteur; quai Jules-Verne; avenue Jean-Moulin; rue Émile-Zola; place Simone-Veil; rue Paul-Bert; allée Louise-Michel", ";")
BUILDINGS = sp("gymnase Pierre-de-Coubertin; bâtiment Jean-Zay; salle Simone-Veil; amphithéâtre Marie-Curie; médiathèque François-Mitterrand; halle Georges-Brassens; espace Aimé-Césaire; préau Jacques-Prévert; CDI Anne-Frank", ";")


def t_sch(r):
    reg = pick_region(r, ("metro", "dom"))
    return r.choice(["collège ", "lycée ", "école ", "lycée professionnel "]) + r.choice(GEN_PATRONS + reg.get("patrons", [])), town_of(r, reg)


def trap_devis(r):
    s = siren(r)
    q, pu = r.randint(20, 900), r.randint(2, 40)
    return J("Devis n° DEV-%d-%s – licences « %s »" % (r.choice([2025, 2026]), dg(r, 4), r.choice(["ChatGPT Edu", "Mistral Le Chat Pro", "Claude for Education", "MagicSchool Plus", "Gemini Éducation"])),
             "Fournisseur : %s SAS – SIREN %s – SIRET %s – TVA intracom. FR%s%s" % (r.choice(["EduNova", "Scolab", "Pédagia", "NeuroClasse", "Didactia", "ClassIA"]), f_siren(s), f_siret(siret(r, s), r), dg(r, 2), s),
             "Quantité : %d licences × %d € HT = %s € HT ; TVA 20 %%." % (q, pu, "{:,}".format(q * pu).replace(",", " ")),
             "Bon de commande n° BC-%s à joindre, validé par %s." % (dg(r, 6), r.choice(ROLES)),
             "Livraison des accès prévue semaine %d. Support : ticket via le portail, délai moyen %d h." % (r.randint(2, 50), r.choice([24, 48, 72])),
             r.choice(["Code NAF 6201Z.", "Capital social 10 000 €.", "Conditions générales v3.2 du 1er mars 2025.", "Paiement à 30 jours fin de mois."]))


def trap_biblio(r):
    items = ["– %s, éd. %s, %d, ISBN %s" % (r.choice(["L'IA expliquée aux ados", "Petit manuel d'esprit critique numérique", "Robots et humains", "Apprendre à l'ère des algorithmes", "Les Intelligences artificielles en 50 questions"]),
                                             r.choice(["Nathan", "Hachette Éducation", "Belin", "Milan", "Bayard", "Retz"]), r.randint(2019, 2025), isbn(r)) for _ in range(2)]
    return J("Sélection du CDI – « Intelligences artificielles » (cote %d.%d)" % (r.randint(0, 9) * 100 + 6, r.randint(1, 9)), *items,
             "– Films : %s (%d) et %s (%d)." % tuple(x for f in r.sample(FILMS, 2) for x in f),
             "– Usuels à consulter sur place : %s, %s et %s." % tuple(r.sample(WORKS, 3)),
             "Prêt : %d documents pour %d semaines. Fermeture du CDI le %s." % (r.randint(2, 5), r.randint(2, 4), fdate(r)))


def trap_note(r):
    return J("NOTE DE SERVICE n° %d-%02d" % (r.choice([2025, 2026]), r.randint(1, 60)),
             "Objet : usage des outils d'intelligence artificielle par les personnels et les élèves",
             "Références : %s ; %s." % tuple(r.sample(LAWS, 2)),
             "%s rappelle que l'usage de %s n'est pas autorisé pour le traitement de données d'élèves." % (cap(r.choice(ROLES)), r.choice(AI_PRODUCTS)),
             "Seuls les services %s et %s sont recommandés. Les demandes sont à adresser %s avant le %s, %s." % (de_(r.choice(PLATFORMS)), de_(r.choice(PLATFORMS)), a_(r.choice(ROLES)), fdate(r, style="long"), hour(r)),
             "Diffusion : %s, %s." % tuple(r.sample(ROLES, 2)))


def trap_edt(r):
    return J("Emploi du temps de l'atelier « IA et esprit critique » – semaine %s" % r.choice(["A", "B"]),
             "Lundi %s : %s en salle %s%d (%s)." % (hour(r), cls(r, False), r.choice("ABCD"), r.randint(100, 320), r.choice(BUILDINGS)),
             "Mardi %s : %s, %s." % (hour(r), cls(r, True), r.choice(BUILDINGS)),
             "Jeudi %s–%s : %s, salle informatique %d." % (*hours2(r), cls(r, False), r.randint(1, 4)),
             "Effectif total : %d élèves, %d postes disponibles, %d casques." % (r.randint(40, 180), r.randint(12, 30), r.randint(10, 30)))


def trap_prev(r):
    nums = r.sample(SHORTNUM, 4)
    return J("Affiche – Numérique et bien-être",
             "Une image truquée par IA circule sur toi ? Parles-en à un adulte de l'établissement.",
             *["%s : %s (gratuit, anonyme)" % (n, w) for n, w in nums],
             "Numéro vert académique : 0 800 %s %s" % (dg(r, 3), dg(r, 3)) if r.random() < 0.6 else "Fil Santé Jeunes : 0 800 235 236",
             "Permanence : %s, le %s de %s à %s, bureau %d." % (r.choice(ROLES), r.choice(JOURS[:5]), *hours2(r), r.randint(1, 30)))


def trap_survey(r):
    n = r.randint(300, 9000)
    return J("Résultats de l'enquête %d (%s réponses)" % (r.choice([2024, 2025]), "{:,}".format(n).replace(",", " ")),
             "%s des enseignants déclarent utiliser une IA générative au moins une fois par semaine, contre %s en %d." % (pct(r), pct(r), r.choice([2023, 2024])),
             "%s des élèves de %s disent l'utiliser pour les devoirs ; %s en %s." % (pct(r), r.choice(["lycée", "collège", "voie professionnelle"]), pct(r), cls(r, False)),
             "Temps moyen déclaré : %d h %02d par semaine. Médiane : %d h." % (r.randint(1, 6), r.choice([0, 15, 30, 45]), r.randint(1, 4)),
             "Outil le plus cité : %s (%s), devant %s." % (r.choice(AI_PRODUCTS), pct(r), r.choice(AI_PRODUCTS)))


def trap_places(r):
    (s1, (cp, city)), (s2, (cp2, city2)) = t_sch(r), t_sch(r)
    return " ".join(["%s se trouve %s, à deux pas de la %s et de l'%s." % (cap(le(s1)), r.choice(["sur la " + r.choice(PERSON_STREETS), "à l'angle de la " + r.choice(PERSON_STREETS) + " et de la " + r.choice(PERSON_STREETS)]),
                                                                                  r.choice(["médiathèque François-Mitterrand", "mairie annexe", "salle Georges-Brassens"]), r.choice(["avenue Jean-Jaurès", "esplanade Nelson-Mandela", "allée Rosa-Parks"])),
                     "Les élèves %s (%s %s) et ceux de %s (%s) ont participé à la journée « IA et citoyenneté »." % (du(s2), cp2, city2, city, cp),
                     "Rendez-vous %s à %s, %s." % (fdate(r, style="wd"), hour(r), r.choice(BUILDINGS)),
                     r.choice(["Accès par le tram, arrêt Victor-Hugo.", "Parking gratuit place Jean-Jaurès.", "Bus 12, arrêt Lycée Pasteur.", "Entrée par le portail de la rue Gambetta."])])


def trap_ticket(r):
    return J("Ticket n° %s%s – %s" % (r.choice(["INC", "REQ", "DEM-"]), dg(r, 7), r.choice(["accès Pronote impossible", "ENT : module IA indisponible", "Moodle : quiz généré illisible", "licences Capytale expirées"])),
             "Priorité : %s – Ouvert le %s à %s – Catégorie : %s" % (r.choice(["P2", "P3", "haute", "normale"]), fdate(r, style="num"), hour(r), r.choice(["Logiciels", "Réseau", "Comptes"])),
             "Réf. dossier %s-%s ; commande n° CMD-%d-%s ; facture FA%d-%s." % (r.choice(["DANE", "DSI", "SI"]), dg(r, 5), r.choice([2025, 2026]), dg(r, 5), r.choice([2025, 2026]), dg(r, 4)),
             "Commentaire du support : merci de redémarrer le poste %s-%s et de vider le cache du navigateur (version %d.%d)." % (r.choice(["CDI", "SALLE", "PROF"]), dg(r, 2), r.randint(90, 140), r.randint(0, 9)),
             "Statut : %s." % r.choice(["résolu", "en attente", "transmis au niveau 2"]))


def trap_formation(r):
    return J("Plan académique de formation %d-%d" % (2025, 2026),
             "Dispositif %dA%s – module %s : « %s »" % (r.choice([25, 26]), dg(r, 7), dg(r, 5), r.choice(["IA générative et évaluation", "Former les élèves à l'esprit critique face à l'IA", "IA et différenciation pédagogique"])),
             "Public : %s. Durée : %d h (%d × %d h), %s." % (r.choice(["enseignants de NSI et SNT", "professeurs de lettres", "équipes de direction", "professeurs des écoles du cycle 3"]), 12, 4, 3, r.choice(["hybride", "présentiel", "distanciel"])),
             "Codes : UE %d, %s, %d ECTS. Inscription sur GAIA jusqu'au %s." % (r.randint(100, 499), r.choice(["SNT", "EMC", "HGGSP", "NSI", "EMI"]), r.choice([2, 3, 6]), fdate(r, style="long")),
             "Lieu : %s, %s." % (r.choice(["atelier Canopé", "lycée Gustave-Eiffel", "INSPÉ, bâtiment B", "collège Rosa-Parks"]), r.choice(["salle 204", "amphithéâtre 1", "salle du conseil"])))


def trap_caps(r):
    words = sp("""Boulanger, maçon, comptable : quels métiers l'IA va-t-elle transformer ?|Berger ou développeur, chacun aura besoin d'esprit critique.|
Petit à petit, les élèves apprennent à vérifier les sources.|Marchand de rêves ou outil de travail ? Le débat reste ouvert.|
Chevalier servant de la paresse, disent certains.|Rose, bleu ou vert : le code couleur de la charte est affiché au CDI.|
Fontaine à idées ou boîte noire ? Les deux, sans doute.|Bonnet d'âne numérique : c'est ainsi que les élèves appellent le détecteur.|
Renard rusé, le chatbot invente parfois ses sources.|Page blanche : voilà ce que redoutent les élèves sans l'IA.|
Meunier, tu dors ? chantent les CP, pendant que le robot répète la phrase.|Printemps de l'IA : trois semaines d'ateliers en mai.|
Masse de données, masse d'erreurs.|Couturier du texte, l'élève doit reprendre chaque phrase générée.""", "|")
    return J(*r.sample(words, r.randint(3, 5)))


def trap_compare(r):
    prods = r.sample(AI_PRODUCTS, 4)
    return J("Comparatif réalisé par les élèves de %s (%d séances)" % (cls(r, False), r.randint(3, 8)),
             *["- %s : %s de réponses exactes sur %d questions, %s par mois en version payante" % (p, pct(r), r.choice([20, 30, 50]), money(r, 0, 30)) for p in prods],
             "Conclusion : aucun outil ne dépasse %s sur les questions d'histoire locale. Le corpus de test (version %d.%d) est disponible sur %s." % (pct(r), r.randint(1, 3), r.randint(0, 9), r.choice(PLATFORMS)))


def trap_ca(r):
    pour, contre, abst = r.randint(10, 22), r.randint(0, 6), r.randint(0, 4)
    return J("Conseil d'administration du %s – extrait du procès-verbal" % fdate(r, style="long"),
             "Quorum atteint : %d membres présents sur %d." % (pour + contre + abst, 30),
             "Délibération n° %d : adoption de la charte d'usage de l'IA (annexe %d au règlement intérieur), conformément à %s." % (r.randint(5, 40), r.randint(1, 6), r.choice(LAWS)),
             "Vote : %d pour, %d contre, %d abstentions. Délibération adoptée." % (pour, contre, abst),
             "Budget : %s inscrits au chapitre %s, service %s." % (money(r, 500, 20000), r.choice(["A1", "AP", "VE"]), r.choice(["ALO", "AP", "VIE"])),
             "La séance est levée à %s par %s." % (hour(r), r.choice(ROLES)))


def trap_event(r):
    s, (cp, city) = t_sch(r)
    return J("Invitation – Journée « Apprendre avec (et sans) l'IA »",
             "%s, de %s à %s, %s %s, %s (%s)." % (cap(fdate(r, style="wd")), *hours2(r), r.choice(BUILDINGS), du(s), city, cp),
             "Au programme : table ronde avec %s et %s, ateliers %s et %s, projection de %s." % (r.choice(ROLES), r.choice(ROLES), r.choice(PLATFORMS), r.choice(AI_PRODUCTS), r.choice(TITLES)),
             "Entrée libre dans la limite des %d places. Tarif du repas : %s." % (r.randint(50, 400), money(r, 3, 15)),
             "Accès : %s, %s." % (r.choice(["tram T2, arrêt Jean-Jaurès", "bus 23, arrêt Mairie", "parking de la place Charles-de-Gaulle", "RER B, gare de la Croix-de-Berny"]), r.choice(["entrée côté rue Gambetta", "portail principal", "accès PMR par la cour"])))


def trap_fiche(r):
    return J("Fiche pédagogique – %s – %s" % (cls(r, False), r.choice(["EMC", "français", "philosophie", "SNT", "anglais"])),
             "Support : extrait de %s et de %s ; article %s." % (r.choice(TITLES), r.choice(TITLES), r.choice(["de Phosphore", "d'Okapi", "du Monde des ados", "de Science & Vie Junior"])),
             "Durée : %d min. Objectif : distinguer un texte humain d'un texte généré (compétence D%d.%d du socle)." % (r.choice([45, 55, 90, 110]), r.randint(1, 5), r.randint(1, 3)),
             "Matériel : %d tablettes, %s, %s." % (r.randint(6, 30), r.choice(WORKS), r.choice(PLATFORMS)),
             "Évaluation : grille sur %d points, coefficient %d. Date butoir : %s." % (r.choice([10, 20]), r.randint(1, 3), fdate(r, style="num")))


TRAP_GEN = [trap_devis, trap_biblio, trap_note, trap_edt, trap_prev, trap_survey, trap_places, trap_ticket, trap_formation, trap_caps,
            trap_compare, trap_ca, trap_event, trap_fiche]


# ---------------------------------------------------------------- context for texts with personal data
class Ctx:
    def __init__(self, r, bag, kinds=None, reg=None):
        self.r, self.bag = r, bag
        self.reg = reg or pick_region(r, kinds)

    def per(self, g=None, origin=None, local=True):
        return mkperson(self.r, self.reg.get("orig") if local else None, g, origin)

    def addr(self, mode=None, kind="home"):
        return addr(self.r, self.reg, mode, kind)

    def tel(self, mobile=None, intl=None):
        return phone(self.r, self.reg, mobile, intl)

    def mail(self, p, kind="perso", obf=None):
        e = email(self.r, p, self.reg, kind)
        if obf is None:
            obf = kind == "perso" and self.r.random() < 0.08
        return obfuscate(self.r, e) if obf else e

    def school(self, typ=None):
        return school(self.r, self.reg, self.bag, typ)

    def uai(self, sch):
        if "shown" not in sch:
            code = sch["code"]
            if self.bag.wrong("UAI"):
                code = code[:7] + self.r.choice([ch for ch in UAI_ALPHA if ch != code[7]])
            sch["shown"] = code
        return fmt_uai(self.r, sch["shown"])

    def nir(self, p=None):
        return nir(self.r, self.bag, p.g if p else None)

    def iban(self, cc=None):
        if cc is None:
            cc = self.reg.get("cc", "FR") if self.r.random() < 0.8 else self.r.choice(list(BBAN))
        return iban(self.r, self.bag, cc)

    def town(self):
        if self.reg["kind"] == "abroad":
            return ("", self.reg["city"])
        return town_of(self.r, self.reg)

    @property
    def abroad(self):
        return self.reg["kind"] == "abroad"


def ulab(r):
    return r.choice(UAI_LABELS)


def sch_mail(c, sch):
    if sch["code"] and c.reg.get("acad"):
        return school_mail(c.r, c.reg, sch["code"])
    return c.r.choice(["secretariat", "direction", "accueil", "vie-scolaire"]) + "@" + (c.reg.get("dom") or "college.fr")


def role(r, p):
    return r.choice([ge(p, "professeur", "professeure") + " de " + r.choice(DISC), ge(p, "professeur principal", "professeure principale"),
                     "CPE", ge(p, "principal adjoint", "principale adjointe"), ge(p, "professeur documentaliste", "professeure documentaliste"),
                     "AESH", ge(p, "référent numérique", "référente numérique"), ge(p, "directeur", "directrice") + " d'école",
                     ge(p, "conseiller pédagogique", "conseillère pédagogique"), ge(p, "assistant d'éducation", "assistante d'éducation")])


def enfant(p):
    return ge(p, "mon fils", "ma fille")


# ---------------------------------------------------------------- survey answers
def s01(c):
    r = c.r
    me, col, e1, e2 = c.per(), c.per(), c.per(), c.per()
    sch = c.school()
    code = (" (" + ulab(r) + U(c.uai(sch)) + ")") if sch["code"] and r.random() < 0.45 else ""
    return (ge(me, "Professeur", "Professeure") + " " + de_(r.choice(DISC)) + " " + au(sch["name"]) + code + ", j'ai testé l'IA en " + cls_for(r, sch) +
            " avec " + civ(col, r) + " " + PN(col, "l") + ", " + ge(col, "mon collègue", "ma collègue") + " de " + r.choice(DISC) + ". " + opi(r, OP_T, 2) +
            " Deux élèves, " + PN(e1, "f") + " et " + PN(e2, "f") + ", ont d'ailleurs proposé de présenter leur travail aux parents. " + opi(r, OP_T, 1))


def s02(c):
    r = c.r
    col, el = c.per(g="M"), c.per()
    return ("bon, perso je suis assez partagée. mon collègue " + PN(col, "f") + " (prof de " + r.choice(["SVT", "techno", "maths", "physique"]) +
            ") est à fond, il fait tout avec Le Chat, moi je freine. " + opi(r, OP_T, 1) + " par contre quand " + PN(el, "f") + " de " + cls(r, False) +
            " m'a rendu un devoir parfait sans une seule faute... voilà quoi.")


def s03(c):
    r = c.r
    ch, pp = c.per(), c.per()
    sch = c.school(typ="collège")
    return (cap(enfant(ch)) + " " + PN(ch, "f") + ", en " + cls(r, False) + ", est " + ge(ch, "scolarisé", "scolarisée") + " " + au(sch["name"]) +
            ". " + ge(pp, "Son professeur principal", "Sa professeure principale") + ", " + civ(pp, r) + " " + PN(pp, r.choice(["l", "fl", "l"])) + ", nous a expliqué en réunion que l'IA serait utilisée en classe pour l'aide aux devoirs. " +
            opi(r, OP_P, 2))


def s04(c):
    r = c.r
    pr, fr = c.per(g="F"), c.per()
    m1, m2 = r.sample(OP_SMS, 2)
    return ("jsuis en " + cls(r, False).lower() + " et " + m1 + ". mme " + PN(pr, "lowl") + " elle dit que c de la triche mais " +
            m2 + ". " + PN(fr, "lowf") + " " + ge(fr, "il", "elle") + " l'utilise h24 lol")


def s05(c):
    r = c.r
    c.reg = pick_region(r, ("metro", "dom"))
    me, doc = c.per(), c.per()
    sch = c.school(typ=r.choice(["collège", "lycée", "lycée professionnel"]))
    return ("En tant que " + ge(me, "principal", "principale") + " " + ("du " + sch["name"] if not sch["name"].lower().startswith("é") else "de l'" + sch["name"]) +
            " (" + ulab(r) + U(c.uai(sch)) + "), j'ai confié à " + civ(doc, r) + " " + PN(doc, r.choice(["fL", "fl", "iL"])) + ", " +
            ge(doc, "professeur documentaliste", "professeure documentaliste") + ", la rédaction d'une charte d'usage. " + opi(r, OP_H, 2))


def s06(c):
    r = c.r
    c.reg = pick_region(r, ("metro", "dom", "com"))
    t1, t2 = c.per(), c.per(g="F")
    return ("IEN de la circonscription de " + c.town()[1] + ", j'ai observé dans la classe de " + civ(t1, r) + " " + PN(t1, "l") + " (" + cls(r, True) +
            ") une séance où les élèves corrigeaient un texte produit par une IA. " + opi(r, OP_H, 1) + " " + civ(t2, r, "abbr") + " " + PN(t2, "l") +
            ", conseillère pédagogique, prépare un parcours de formation sur le sujet.")


def s07(c):
    r = c.r
    el, ens = c.per(), c.per(g="F")
    return ("Je suis AESH et j'accompagne " + PN(el, "f") + " en " + cls(r) + ". Avec la dictée vocale et la reformulation, " + ge(el, "il", "elle") +
            " gagne en autonomie. L'enseignante, " + PN(ens, "f") + ", est d'accord mais personne ne nous a formées. " + opi(r, OP_T, 1))


def s08(c):
    r = c.r
    me, ext = c.per(g="F"), c.per()
    return ("Professeure documentaliste, j'ai monté au CDI un atelier « Vrai ou généré ? » avec " + PN(ext, "fl") + " de l'atelier Canopé de " +
            c.town()[1] + ". " + opi(r, OP_T, 2) + " Contact pour les collègues intéressés : " + E(c.mail(me, "acad")) + ".")


def s09(c):
    r = c.r
    d, a = c.per(g="M"), c.per(g="F")
    return ("Dans notre lycée la direction (M. " + PN(d, "i") + ") refuse tout, alors que Mme " + PN(a, "i") + " en anglais autorise l'IA pour les brouillons. " +
            "Résultat : les élèves n'y comprennent plus rien. " + opi(r, OP_E, 1))


def s10(c):
    r = c.r
    pf = r.choice(PUBLIC)
    col = c.per()
    return ("Comme le rappelle " + P(pf) + ", " + r.choice(["on n'apprend bien qu'en faisant soi-même l'effort de comprendre", "l'école doit former des esprits libres",
                                                          "la machine n'a pas d'intention", "il faut enseigner le doute"]) + ". " + opi(r, OP_T, 1) + " " +
            ge(col, "Mon collègue", "Ma collègue") + " " + PN(col, "fl") + " a d'ailleurs proposé une lecture commune de ses textes en salle des professeurs.")


def s11(c):
    r = c.r
    c.reg = pick_region(r, ("abroad",))
    me, pv = c.per(), c.per()
    sch = c.school()
    return (ge(me, "Enseignant", "Enseignante") + " " + au(sch["name"].replace("Lycée", "lycée").replace("Collège", "collège")) + ("" if " de " in sch["name"] or " d'" in sch["name"] else " (" + c.reg["city"] + ")") + ", je constate que nos élèves, souvent trilingues, utilisent l'IA pour traduire plus que pour rédiger. " +
            opi(r, OP_T, 1) + " " + ge(pv, "Notre proviseur", "Notre proviseure") + ", " + civ(pv, r) + " " + PN(pv, "l") + ", souhaite une position commune du réseau. Contact : " +
            E(c.mail(me, r.choice(["school", "perso"]))) + ".")


def s12(c):
    r = c.r
    c.reg = pick_region(r, ("dom", "com"))
    vs, cpe = c.per(), c.per()
    return ("Ici à " + c.town()[1] + ", " + r.choice(["la connexion est instable", "beaucoup de familles n'ont qu'un téléphone", "les élèves sont très connectés mais peu outillés"]) +
            ". " + opi(r, OP_T, 1) + " " + PN(vs, "f") + " de la vie scolaire et " + civ(cpe, r) + " " + PN(cpe, "l") + ", notre CPE, ont organisé une soirée d'information pour les parents. " +
            opi(r, OP_P, 1))


def s13(c):
    r = c.r
    me = c.per()
    return (opi(r, OP_T + OP_H, 3) + " Je suis disponible pour en parler : " + PN(me, r.choice(["fl", "fL", "full"])) + ", " + E(c.mail(me, r.choice(["acad", "perso"]))) +
            ", " + T(c.tel(mobile=True)) + ".")


def s14(c):
    r = c.r
    me, pr = c.per(), c.per(g="F")
    sch = c.school(typ=r.choice(["lycée", "collège"]))
    return ("Je m'appelle " + PN(me, "fl") + ", je suis en " + cls(r, False) + " " + au(sch["name"]) + ". " + opi(r, OP_E, 2) + " Ma prof de français, " +
            civ(pr, r, "abbr") + " " + PN(pr, "l") + ", nous a appris à citer l'outil quand on l'utilise, je trouve ça bien.")


def s15(c):
    r = c.r
    ch = c.per(g="F")
    prod = r.choice(["Claude", "Albert", "Gemini", "Le Chat"])
    return (PN(ch, "f") + ", ma fille (" + cls(r, False) + "), utilise " + prod + " pour réviser ses contrôles. " + prod +
            " lui pose des questions et corrige ses réponses, c'est assez bluffant. " + opi(r, OP_P, 1))


def s16(c):
    r = c.r
    el, mere = c.per(), c.per(g="F")
    return ("À la vie scolaire, nous avons eu le cas de " + PN(el, "fi") + " (" + cls(r, False) + "), " + ge(el, "accusé", "accusée") +
            " d'avoir rendu un devoir entièrement généré. Sa mère, " + civ(mere, r) + " " + PN(mere, "l") + ", a contesté la sanction et elle n'avait pas tort : aucun outil ne permet de le prouver. " +
            opi(r, OP_H, 1))


def s17(c):
    r = c.r
    a, b = c.per(), c.per()
    me = c.per()
    return ("Parent " + ge(me, "élu", "élue") + " " + r.choice(["FCPE", "PEEP", "indépendant", "APEL"]) + ", je relaie l'avis de plusieurs familles, dont " + civ(a, r) + " " +
            PN(a, "l") + " et " + civ(b, r) + " " + PN(b, "l") + " : " + (lambda x: x[:1].lower() + x[1:])(opi(r, OP_P, 2)) + " Les parents qui veulent en discuter peuvent me joindre au " +
            T(c.tel(mobile=True)) + "." + ((" Réunion ouverte à tous le " + fdate(r, style="wd") + " au " + A(addr_short(r, c.reg)) + ".") if r.random() < 0.4 else ""))


def s18(c):
    r = c.r
    ps = [c.per() for _ in range(r.randint(3, 4))]
    sch = c.school(typ=r.choice(["collège", "lycée"]))
    code = (" (" + ulab(r) + U(c.uai(sch)) + ")") if sch["code"] and r.random() < 0.6 else ""
    return ("Réponse collective de l'équipe de " + r.choice(DISC) + " " + du(sch["name"]) + code + " : " + ", ".join(PN(p, r.choice(["fl", "fL"])) for p in ps[:-1]) +
            " et " + PN(ps[-1], "fl") + ". " + opi(r, OP_T, 2))


def s19(c):
    r = c.r
    c.reg = pick_region(r, ("metro", "dom"))
    me = c.per()
    sch = c.school()
    return J("Établissement : " + cap(sch["name"]) + " – " + r.choice(["code RNE ", "UAI ", "RNE : ", "code établissement "]) + U(c.uai(sch)),
             "Répondant : " + civ(me, r) + " " + PN(me, r.choice(["fL", "Lf", "fl"])) + ", " + role(r, me),
             opi(r, OP_T + OP_H, 2))


def s20(c):
    r = c.r
    a, b = c.per(g="F"), c.per(g="M")
    return ("la prof de physique (mme " + PN(a, "lowl") + ") nous a fait utiliser une ia pour vérifier des calculs et en fait elle se trompait souvent. le prof de techno m. " +
            PN(b, "lowl") + " lui il interdit. " + r.choice(OP_SMS))


def s21(c):
    r = c.r
    me = c.per()
    form = r.choice(["Lf", "fL"])
    return "Réponse " + dn(nf(me, form)[0]) + PN(me, form) + ", " + role(r, me) + ". " + opi(r, OP_T + OP_H, 2)


def s22(c):
    r = c.r
    me = c.per()
    return ("Si ça intéresse quelqu'un, j'ai monté un padlet de ressources sur l'IA en classe, écrivez-moi à " + E(c.mail(me, r.choice(["acad", "perso"]), obf=True)) +
            ". " + opi(r, OP_T, 1) + "\n" + PN(me, "f") + " (prof " + de_(r.choice(DISC)) + ")")


def s23(c):
    r = c.r
    c.reg = REG_BY_KEY["mayotte"] if r.random() < 0.6 else REG_BY_KEY["guyane"]
    ch, pr = c.per(g="M"), c.per()
    return ("Mon fils " + PN(ch, "f") + " est au collège de " + c.town()[1] + ". Il n'a pas d'ordinateur à la maison, seulement mon téléphone. " +
            ge(pr, "Le professeur", "La professeure") + ", " + civ(pr, r) + " " + PN(pr, "l") + ", donne des exercices sur une application mais la connexion coupe tout le temps. " +
            "Pour me joindre : " + T(c.tel(mobile=True)) + ".")


def s24(c):
    r = c.r
    c.reg = REG_BY_KEY["rennes"] if r.random() < 0.5 else REG_BY_KEY["bordeaux"]
    col = c.per(origin=r.choice(["breton", "basque"]))
    lang = "breton" if c.reg["key"] == "rennes" else "basque"
    return ("Enseignante en filière bilingue " + lang + " à " + c.town()[1] + ", je constate que les IA sont très mauvaises en " + lang +
            " : elles inventent des mots et des mutations. " + ge(col, "Mon collègue ", "Ma collègue ") + PN(col, "fl") + " a recensé les erreurs avec ses élèves de " + cls(r) +
            ", c'est devenu un excellent exercice de grammaire. " + opi(r, OP_T, 1))


def s25(c):
    r = c.r
    c.reg = REG_BY_KEY["pf"] if r.random() < 0.5 else REG_BY_KEY["nc"]
    col, el = c.per(), c.per()
    lang = r.choice(["reo mā'ohi", "tahitien", "paumotu"]) if c.reg["key"] == "pf" else r.choice(["drehu", "nengone", "ajië", "wallisien"])
    return ("Je suis " + r.choice(["professeur", "professeure"]) + " au collège de " + c.town()[1] + ". " + opi(r, OP_T, 1) + " " + ge(col, "Mon collègue", "Ma collègue") + " " + PN(col, "fl") +
            " a demandé à une IA de traduire une légende en " + lang + " : le résultat était faux du début à la fin. " +
            PN(el, "f") + ", en " + cls(r, False) + ", l'a corrigé en cinq minutes devant toute la classe.")


def s26(c):
    r = c.r
    a, b = c.per(), c.per()
    ca, cb = cls(r, False), cls(r, False)
    return (PN(a, "f") + " (" + ca + ") a rendu un devoir entièrement généré ; " + PN(b, "f") + ", en " + cb +
            ", au contraire, a utilisé l'IA pour se faire interroger et a progressé. " + opi(r, OP_T, 1) + " Tout dépend de l'usage, pas de l'outil.")


def s27(c):
    r = c.r
    dr, psy = c.per(), c.per(g="F")
    return ("Le médecin scolaire, " + r.choice(["Dr ", "le Dr ", "Docteur "]) + PN(dr, "l") + ", alerte sur le temps d'écran des plus jeunes. La psychologue de l'Éducation nationale, " +
            civ(psy, r) + " " + PN(psy, "l") + ", observe de son côté des élèves qui confient leurs angoisses à des chatbots. " + opi(r, OP_H, 1))


def s28(c):
    r = c.r
    ch, av = c.per(g="M"), c.per()
    return ("Notre fils " + PN(ch, "f") + " a été accusé d'avoir utilisé l'IA pour un commentaire de texte, sur la seule base d'un détecteur en ligne. Nous avons dû consulter " +
            r.choice(["Maître ", "Me ", "maître "]) + PN(av, "l") + ", avocat" + ("e" if av.fem else "") + " au barreau de " + c.town()[1] + ", pour obtenir un réexamen. " +
            opi(r, OP_P, 1))


def s29(c):
    r = c.r
    p = c.per()
    return (opi(r, OP_P, 2) + " Pour les parents : vous pouvez joindre l'association au " + T(c.tel(mobile=r.random() < 0.5)) + ", demandez " + PN(p, "f") + "." +
            (" Permanence le samedi matin au " + A(c.addr(mode="one")) + "." if r.random() < 0.5 else ""))


def s30(c):
    r = c.r
    a, b = c.per(g="M", origin="frw"), c.per(g="F", origin="frw")
    return ("Au collège, M. " + PN(a, "l") + " (techno) et Mme " + PN(b, "l") + " (doc) ont lancé un club IA le jeudi midi. " + opi(r, OP_T, 1) +
            " Les élèves adorent, même si " + civ(a, r, "abbr") + " " + PN(a, "l") + " reconnaît qu'il apprend autant qu'eux.")


def s31(c):
    r = c.r
    me, ch = c.per(g="F"), c.per()
    return J("Réponse : " + r.choice(["oui", "non", "plutôt oui", "plutôt non"]), "Commentaire : " + opi(r, OP_P, 1),
             "— " + PN(me, "f") + ", maman " + dn(ch.first) + PN(ch, "f") + " (" + cls(r, True) + ")")


def s32(c):
    r = c.r
    c.reg = pick_region(r, ("metro", "dom"))
    s1, s2, s3 = (c.school(typ=r.choice(["collège", "lycée", "lycée professionnel"])) for _ in range(3))
    return ("J'ai accompagné cette année trois établissements pilotes : le " + s1["name"] + " (" + U(c.uai(s1)) + "), le " + s2["name"] + " (" + ulab(r) + U(c.uai(s2)) +
            ") et le " + s3["name"] + ", " + ulab(r) + U(c.uai(s3)) + ". " + opi(r, OP_H, 2))


def s33(c):
    r = c.r
    c.reg = pick_region(r, ("metro",))
    ad = addr_short(r, c.reg)
    return ("J'habite au " + A(ad) + " et le collège de secteur n'a même pas de wifi dans les salles. " + opi(r, OP_P, 2))


def s34(c):
    r = c.r
    me = c.per()
    return J(opi(r, OP_T, 2), "--", PN(me, r.choice(["fl", "fL"])), cap(role(r, me)), T(c.tel()))


def s35(c):
    r = c.r
    a, b = c.per(), c.per(g="M")
    return ("moi et " + PN(a, "lowf") + " on a fait l'exposé avec chatgpt, m. " + PN(b, "i") + " a rien vu mdr. " + r.choice(OP_SMS))


def s36(c):
    r = c.r
    el, ens = c.per(), c.per()
    sch = c.school(typ=r.choice(["école élémentaire", "école primaire"]))
    code = (" (" + ulab(r) + U(c.uai(sch)) + ")") if sch["code"] and r.random() < 0.5 else ""
    return ("Directrice " + au(sch["name"]).replace("à l'", "de l'") + code + ", je trouve que l'IA n'a pas sa place avant le collège. " + opi(r, OP_T, 1) +
            " Pourtant " + PN(ens, "f") + ", notre " + ge(ens, "remplaçant", "remplaçante") + " en " + cls(r, True) + ", a fait un très beau travail sur les images truquées avec " +
            PN(el, "f") + " et ses camarades.")


def s37(c):
    r = c.r
    a = c.per()
    pf = r.choice(PUBLIC)
    return (opi(r, OP_H, 1) + " J'ai relu " + P(pf) + " cet été et je pense qu'on devrait d'abord parler d'attention et de mémoire. " +
            "L'intervention de " + civ(a, r) + " " + PN(a, "fl") + " au dernier séminaire de bassin allait dans ce sens.")


def s38(c):
    r = c.r
    me = c.per()
    sch = c.school()
    tail = (" (" + ulab(r) + U(c.uai(sch)) + ")") if sch["code"] else ""
    return (opi(r, OP_T, 2) + "\n" + PN(me, r.choice(["fL", "fl", "iL"])) + ", " + sch["name"] + tail + ", " + E(c.mail(me, "acad" if not c.abroad else "school")))


def s39(c):
    r = c.r
    c.reg = pick_region(r, ("metro", "dom", "com"))
    sch = c.school(typ=r.choice(["collège", "école élémentaire", "lycée"]))
    me = c.per()
    return ("Notre " + sch["name"].split(" ")[0] + ", situé" + ("e" if sch["name"].startswith("école") else "") + " " + r.choice(["au ", "", "au "]) +
            A(r.choice([addr_short(r, c.reg), c.addr(mode="one", kind="school")])) + ", n'a qu'une salle informatique pour " + str(r.randint(250, 900)) + " élèves. " +
            opi(r, OP_T + OP_H, 2) + " " + PN(me, r.choice(["fl", "iL"])) + ", " + role(r, me) + ".")


def s40(c):
    r = c.r
    me = c.per()
    return (opi(r, OP_P, 2) + " Si vous publiez une synthèse, merci de me l'envoyer : " + E(c.mail(me, obf=r.random() < 0.3)) +
            r.choice(["", " ou par courrier au " + A(c.addr(mode="one"))]) + ". " + PN(me, r.choice(["fl", "f", "full"])))


SURVEY_GEN = [s01, s02, s03, s04, s05, s06, s07, s08, s09, s10, s11, s12, s13, s14, s15, s16, s17, s18, s19, s20, s21, s22, s23, s24, s25,
              s26, s27, s28, s29, s30, s31, s32, s33, s34, s35, s36, s37, s38, s39, s40]


# ---------------------------------------------------------------- letters, forms, e-mails, minutes, chats
SALUT = ["Cordialement,", "Bien cordialement,", "Bien à vous,", "Respectueusement,", "Avec mes remerciements,", "Belle journée,", "Merci d'avance,"]
FORMULE = ["Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
           "Veuillez agréer, Madame la Principale, l'expression de ma considération distinguée.",
           "Je vous prie de croire, Monsieur le Proviseur, à l'assurance de mes sentiments respectueux.",
           "Dans l'attente de votre réponse, je vous adresse mes salutations respectueuses."]
FORMULE_N = ["Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
             "Dans l'attente de votre réponse, je vous adresse mes salutations respectueuses.",
             "Veuillez recevoir, Madame, Monsieur, mes salutations distinguées."]
DEST = ["Madame la Principale", "Monsieur le Principal", "Madame la Proviseure", "Monsieur le Proviseur", "Madame la Directrice", "Monsieur le Directeur"]


def tel_lab(r, mobile=True):
    if not mobile:
        return r.choice(["Tél. : ", "Tél : ", "Tel. ", "Téléphone : ", "Standard : ", "tél. ", "Fixe : ", "☎ ", "T. ", "Secrétariat : "])
    return r.choice(["Tél. : ", "Tél : ", "Tel. ", "Téléphone : ", "Portable : ", "Mobile : ", "tél. ", "Tél. portable : ", "☎ ", "T. ", "Port. "])


def mail_lab(r):
    return r.choice(["Courriel : ", "Mail : ", "E-mail : ", "Mél : ", "Email : ", "courriel : ", "✉ ", "Adresse électronique : "])


def sch_block(c, sch, uai=True, mail=True, tel=True):
    r = c.r
    lines = [cap(sch["name"]), A(c.addr(mode="multi" if r.random() < 0.6 else "one", kind="school"))]
    if tel:
        lines.append(tel_lab(r, False) + T(c.tel(mobile=False)))
    if mail:
        lines.append(mail_lab(r) + E(sch_mail(c, sch)))
    if uai and sch["code"]:
        lines.append(ulab(r) + U(c.uai(sch)))
    return J(*lines)


def l01(c):
    r = c.r
    me, ch = c.per(), c.per()
    sch = c.school(typ=r.choice(["collège", "lycée"]))
    dest = r.choice(DEST[:4])
    return J(PN(me, r.choice(["fL", "fl", "full"])), A(c.addr(mode="multi")), tel_lab(r) + T(c.tel(mobile=True)), mail_lab(r) + E(c.mail(me)), "",
             dest, cap(sch["name"]), A(c.addr(mode=r.choice(["multi", "one"]), kind="school")), "",
             "%s, le %s" % (c.town()[1], fdate(r, style="long")), "",
             "Objet : utilisation de l'intelligence artificielle en classe de " + cls_for(r, sch), "",
             dest + ",",
             "Je me permets de vous écrire au sujet de " + enfant(ch) + " " + PN(ch, "f") + ". " + opi(r, OP_P, 2),
             opi(r, OP_P, 1) + " Je souhaiterais être reçu" + ("e" if me.fem else "") + " avec l'équipe pédagogique.",
             r.choice(FORMULE[:1] + FORMULE[3:] + ["Veuillez agréer, " + dest + ", l'expression de ma considération distinguée.",
                                                    "Je vous prie de croire, " + dest + ", à l'assurance de mes sentiments respectueux."]), "", PN(me, r.choice(["fl", "fL"])))


def l02(c):
    r = c.r
    me = c.per()
    sch = c.school()
    sig_mail = c.mail(me, "acad" if not c.abroad else "school")
    head = "De : " + PN(me, "fl") + " <" + E(sig_mail) + ">" if r.random() < 0.5 else None
    lines = [head, "Objet : " + r.choice(["Re: atelier IA de jeudi", "Partage – séquence IA et esprit critique", "Proposition de charte IA", "Fwd: formation IA"]), "",
             r.choice(["Bonjour à tous,", "Chers collègues,", "Bonjour,"]), opi(r, OP_T, 2), opi(r, OP_T, 1), "", r.choice(SALUT), "--",
             PN(me, r.choice(["fl", "fL", "full"])), cap(role(r, me)), cap(sch["name"])]
    if r.random() < 0.8:
        lines.append(A(c.addr(mode=r.choice(["one", "multi"]), kind="school")))
    lines.append(tel_lab(r, False) + T(c.tel(mobile=False)) + (" / " + T(c.tel(mobile=True)) if r.random() < 0.4 else ""))
    if sch["code"] and r.random() < 0.85:
        lines.append(ulab(r) + U(c.uai(sch)))
    if head is None:
        lines.append(E(sig_mail))
    return J(*lines)


def l03(c):
    r = c.r
    c.reg = pick_region(r, ("metro", "dom", "com"))
    ch, par = c.per(), c.per()
    par.last = ch.last if r.random() < 0.7 else par.last
    sch = c.school()
    return J("AUTORISATION PARENTALE – UTILISATION D'OUTILS D'IA EN CLASSE", "Année scolaire 2025-2026 – " + cap(sch["name"]) + ((" (" + ulab(r) + U(c.uai(sch)) + ")") if sch["code"] and r.random() < 0.4 else ""), "",
             "Élève", "Nom : " + PN(ch, "L"), "Prénom : " + PN(ch, "f"), "Classe : " + cls_for(r, sch), "",
             "Responsable légal", "Nom et prénom : " + PN(par, "Lf"), "Adresse : " + A(c.addr(mode="one")), "Téléphone : " + T(c.tel(mobile=True)),
             "Courriel : " + E(c.mail(par)), "",
             "☐ autorise   ☐ n'autorise pas mon enfant à utiliser, en classe et sous le contrôle de l'enseignant, les outils d'IA proposés par l'établissement.",
             "Fait à " + c.town()[1] + ", le " + fdate(r, style="num"), "Signature :")


def l04(c):
    r = c.r
    k = cls(r, False)
    adj, pp, cpe, d1, d2, pa = c.per(), c.per(), c.per(), c.per(), c.per(), c.per()
    pupils = [c.per() for _ in range(r.randint(2, 4))]
    lines = ["Conseil de classe du " + r.choice(["1er", "2e", "3e"]) + " trimestre – " + k, "Date : " + fdate(r, style="num") + " à " + hour(r),
             "Présents : " + civ(adj, r, "abbr") + " " + PN(adj, "l") + " (" + ge(adj, "principal adjoint", "principale adjointe") + "), " + civ(pp, r, "abbr") + " " + PN(pp, "l") +
             " (" + ge(pp, "professeur principal", "professeure principale") + "), " + civ(cpe, r, "abbr") + " " + PN(cpe, "l") + " (CPE) ; délégués élèves : " + PN(d1, "f") + " et " +
             PN(d2, "f") + " ; parent délégué : " + civ(pa, r, "abbr") + " " + PN(pa, "l") + ".",
             "Bilan général : classe agréable mais usage massif de l'IA pour les devoirs maison. " + opi(r, OP_T, 1), "Situations individuelles :"]
    mentions = ["félicitations", "encouragements", "avertissement travail : devoir rendu entièrement généré", "compliments", "mise en garde comportement",
                "progrès nets depuis qu'%s se fait interroger par l'IA"]
    for p in pupils:
        m = r.choice(mentions)
        lines.append("- " + PN(p, r.choice(["fi", "fL", "Lf"])) + " : " + (m % ge(p, "il", "elle") if "%s" in m else m))
    lines.append("Secrétaire de séance : " + PN(pp, r.choice(["fl", "iL"])))
    return J(*lines)


def l05(c):
    r = c.r
    c.reg = pick_region(r, ("metro", "dom"))
    rows = []
    for _ in range(r.randint(3, 5)):
        p = c.per()
        sch = c.school(typ=r.choice(["collège", "lycée", "LP", "école élémentaire"]))
        rows.append("| " + PN(p, "L") + " | " + PN(p, "f") + " | " + r.choice(["PLP lettres-histoire", "certifiée SVT", "PE", "CPE", "agrégé histoire", "prof. doc.", "AESH", "PsyEN"]) +
                    " | " + U(c.uai(sch)) + " |  |")
    return J("Feuille d'émargement – Formation « IA générative et pratiques pédagogiques » – " + fdate(r, style="num"),
             "Lieu : " + r.choice(["atelier Canopé", "salle polyvalente du rectorat", "INSPÉ, salle 12", "CDI du lycée"]) + ", " + A(c.addr(mode="one", kind="school")),
             "| NOM | Prénom | Fonction | UAI | Signature |", "|---|---|---|---|---|", *rows)


def l06(c):
    r = c.r
    c.reg = pick_region(r, ("metro", "dom", "com"))
    i1, i2, ct = c.per(), c.per(), c.per()
    return J("INVITATION", "La circonscription de " + c.town()[1] + " et l'atelier Canopé vous invitent au séminaire « L'IA à l'école : usages, limites, éthique »",
             "le " + fdate(r, style="wd") + " de %s à %s" % hours2(r),
             r.choice(["Salle des fêtes", "Amphithéâtre du lycée", "Médiathèque", "Auditorium"]) + ", " + A(c.addr(mode=r.choice(["one", "multi"]), kind="school")),
             "Intervenants : " + PN(i1, "fl") + ", " + r.choice(["IA-IPR de lettres", "chercheuse en sciences de l'éducation", "IEN", "professeur de NSI"]) + ", et " +
             PN(i2, "fl") + ", " + r.choice(["juriste au rectorat", "DPO académique", "formatrice académique", "professeur documentaliste"]) + ".",
             "Inscription avant le " + fdate(r, style="long") + " auprès de " + PN(ct, r.choice(["fl", "iL"])) + " : " + E(c.mail(ct, r.choice(["acad", "pro"]))) +
             (" / " + T(c.tel()) if r.random() < 0.7 else ""))


def l07(c):
    r = c.r
    if r.random() < 0.25:
        c.reg = pick_region(r, ("abroad",))
    me = c.per()
    sch = c.school()
    lines = [PN(me, r.choice(["fL", "fl"])), A(c.addr(mode=r.choice(["multi", "one"]))), T(c.tel(mobile=True)) + " – " + E(c.mail(me))]
    if r.random() < 0.55:
        lines.append("Né" + ("e" if me.fem else "") + " le " + fdate(r, datetime.date(r.randint(1970, 2001), r.randint(1, 12), r.randint(1, 28)), "num") +
                     " – N° de sécurité sociale : " + N(c.nir(me)))
    lines += ["", "Candidature : " + r.choice(["AESH", "assistant d'éducation", "professeur contractuel de " + r.choice(DISC), "référent numérique"]), "",
              "EXPÉRIENCE", "%d-%d : %s %s" % (r.randint(2015, 2021), r.randint(2022, 2025), cap(role(r, me)), au(sch["name"]) + ((" (" + ulab(r) + U(c.uai(sch)) + ")") if sch["code"] and r.random() < 0.6 else "")),
              "Compétences : conception de séquences intégrant l'IA générative, PIX niveau " + str(r.randint(3, 6)) + ", certification " + r.choice(["CRCN", "C2i2e", "TOEIC 905"])]
    return J(*lines)


def l08(c):
    r = c.r
    c.reg = pick_region(r, ("metro", "dom", "com"))
    me = c.per(g=r.choice("FFM"))
    sch = c.school()
    usage = r.random() < 0.3
    return J("DOSSIER DE RECRUTEMENT AESH – RENSEIGNEMENTS ADMINISTRATIFS", "",
             "Nom de naissance : " + PN(me, "L"), ("Nom d'usage : " + PN(c.per(g=me.g), "L")) if usage and me.fem else None, "Prénom : " + PN(me, "f"),
             "N° de sécurité sociale : " + N(c.nir(me)), "Adresse : " + A(c.addr(mode="one")), "Téléphone : " + T(c.tel(mobile=True)),
             "Adresse électronique : " + E(c.mail(me)), "Coordonnées bancaires – IBAN : " + I(c.iban("FR")) + "   BIC : " + r.choice(["BNPAFRPPXXX", "CCBPFRPPLYO", "AGRIFRPP882", "PSSTFRPPPAR", "CEPAFRPP751"]),
             "Établissement d'affectation : " + cap(sch["name"]) + " – " + ulab(r) + U(c.uai(sch)),
             "Quotité : " + r.choice(["62 %", "24 h hebdomadaires", "temps incomplet 41 h/sem. annualisées"]))


def l09(c):
    r = c.r
    c.reg = pick_region(r, ("metro", "dom"))
    me = c.per()
    sch = c.school()
    t2 = c.town()[1]
    for _ in range(5):
        if t2 != sch["town"][1]:
            break
        t2 = c.town()[1]
    return J("ÉTAT DE FRAIS DE DÉPLACEMENT", "Agent : " + civ(me, r) + " " + PN(me, r.choice(["fL", "Lf"])),
             "Grade : " + r.choice(["certifié(e)", "agrégé(e)", "PLP", "professeur des écoles"]) + " – discipline : " + r.choice(DISC),
             "Résidence administrative : " + cap(sch["name"]) + ", " + sch["town"][1], "Résidence familiale : " + A(c.addr(mode="one")),
             "NIR : " + N(c.nir(me)),
             "Objet : formation « IA et évaluation » du " + fdate(r, style="num") + " – itinéraire " + sch["town"][1] + " / " + t2 + " (aller-retour %d km)" % r.randint(12, 240),
             "Montant demandé : " + money(r, 12, 300, True), "RIB joint — IBAN : " + I(c.iban("FR")), mail_lab(r) + E(c.mail(me, "acad")),
             "Visa du chef de service : " + r.choice(["favorable", "à compléter"]))


def l10(c):
    r = c.r
    c.reg = pick_region(r, ("metro", "dom"))
    me = c.per()
    sch = c.school(typ=r.choice(["collège", "lycée", "cité scolaire"]))
    return J("MANDAT DE PRÉLÈVEMENT SEPA – RESTAURATION SCOLAIRE", "Référence unique du mandat (RUM) : CANT-" + dg(r, 4) + "-" + dg(r, 5),
             "Identifiant créancier SEPA (ICS) : FR" + dg(r, 2) + "ZZZ" + dg(r, 6), "",
             "Débiteur", "Nom, prénom : " + PN(me, "Lf"), "Adresse : " + A(c.addr(mode=r.choice(["one", "multi"]))), "IBAN : " + I(c.iban()),
             "BIC : " + r.choice(["SOGEFRPP", "CRLYFRPP", "CMCIFR2A", "AGRIFRPP839"]), "",
             "Créancier : " + cap(sch["name"]) + ", " + A(c.addr(mode="one", kind="school")) + ((" – " + ulab(r) + U(c.uai(sch))) if sch["code"] and r.random() < 0.3 else ""),
             "En signant ce formulaire, vous autorisez l'établissement à envoyer des instructions à votre banque pour débiter votre compte.",
             "Fait à " + c.town()[1] + ", le " + fdate(r, style="num"))


def l11(c):
    r = c.r
    pr, ch, par = c.per(), c.per(), c.per(g="F")
    return J("[SMS – " + hour(r).replace(" h ", ":") + "]",
             "Bonjour " + civ(pr, r, "abbr") + " " + PN(pr, "l") + ", c'est la maman " + dn(ch.first) + PN(ch, "f") + " (" + cls(r) + "). " + ge(ch, "Il", "Elle") +
             " a passé la soirée sur ChatGPT pour son exposé, je ne sais pas si c'est autorisé ? Vous pouvez me rappeler au " + T(c.tel(mobile=True)) + " ? Merci. " + PN(par, r.choice(["fl", "f"])),
             "[SMS – " + hour(r) + "]",
             "Bonjour Madame, oui c'est autorisé pour chercher des idées, pas pour rédiger. Je " + r.choice(["vous appelle ce soir", "lui en parlerai demain", "vous propose un rendez-vous jeudi"]) +
             ". " + PN(pr, r.choice(["iL", "l", "fl"])))


def l12(c):
    r = c.r
    ps = [c.per() for _ in range(3)]
    msgs = ["quelqu'un a testé Albert pour les appréciations ?", "non mais j'ai vu passer une note de la DANE là-dessus", "on en parle au conseil péda ?",
            "moi je teste Le Chat avec mes secondes, je vous montre jeudi", "attention, pas de noms d'élèves dans les prompts !", "vous avez la charte du lycée voisin ?",
            "je peux vous l'envoyer, elle est bien faite"]
    lines = []
    ck = Clock(r)
    for i, m in enumerate(r.sample(msgs, 4)):
        p = ps[i % 3]
        lines.append("[%s] " % ck() + PN(p, r.choice(["fl", "fl", "f"])) + " : " + m)
    if r.random() < 0.5:
        lines.append("[%s] " % ck() + PN(ps[1], "f") + " : " + r.choice(["la formation de mercredi c'est au ", "pour info, réunion à ", "le labo IA est installé au "]) + A(c.addr(mode="one", kind="school")))
    lines.append("[%s] " % ck() + PN(ps[0], "fl") + " : " + r.choice(["appelez-moi si besoin", "mon portable", "je suis joignable ici"]) + " " + T(c.tel(mobile=True)))
    return J(*lines)


def l13(c):
    r = c.r
    c.reg = pick_region(r, ("metro", "dom"))
    me, ch = c.per(), c.per()
    return J(PN(me, "fL"), A(c.addr(mode="multi")), E(c.mail(me)), "",
             r.choice(["Monsieur le Recteur", "Madame la Rectrice", "Monsieur le Directeur académique"]), r.choice(["Rectorat de l'académie", "Direction des services départementaux de l'Éducation nationale", "Service de la vie scolaire"]),
             A(c.addr(mode="org")), "",
             "Objet : réclamation – sanction liée à une suspicion d'usage de l'IA", "",
             "Madame, Monsieur,", enfant(ch).capitalize() + ", " + PN(ch, "fl") + ", a reçu un zéro pour un devoir que l'enseignant estime « généré ». Aucun élément objectif n'a été présenté. " + opi(r, OP_P, 1),
             "Je sollicite un réexamen et reste joignable au " + T(c.tel()) + ".", r.choice(FORMULE_N), PN(me, "fl"))


def l14(c):
    r = c.r
    c.reg = pick_abroad(r)
    me, ch = c.per(), c.per()
    sch = c.school()
    return J(PN(me, r.choice(["fL", "fl"])), A(c.addr(mode="multi")), tel_lab(r) + T(c.tel(mobile=True)), "",
             "À l'attention de la direction du " + sch["name"] if not sch["name"].startswith(("École", "Französisches")) else "À l'attention de la direction – " + sch["name"],
             A(c.addr(mode=r.choice(["multi", "one"]))) if r.random() < 0.75 else None,
             "", "Le " + fdate(r, style="long"), "",
             "Madame, Monsieur,", "Parent " + dn(ch.first) + PN(ch, "f") + ", élève en " + cls(r, False) + ", je souhaite réagir à la consultation sur l'IA. " + opi(r, OP_P, 2),
             "Vous pouvez me répondre à " + E(c.mail(me)) + ".", r.choice(SALUT), PN(me, "fl"))


def l15(c):
    r = c.r
    c.reg = pick_abroad(r)
    me = c.per()
    sch = c.school()
    return J("Bonjour,", opi(r, OP_T + OP_H, 2), "Je joins le compte rendu de notre groupe de réflexion.", r.choice(SALUT), "",
             PN(me, r.choice(["fl", "fL"])), cap(r.choice([ge(me, "proviseur adjoint", "proviseure adjointe"), ge(me, "directeur du primaire", "directrice du primaire"), ge(me, "conseiller principal d'éducation", "conseillère principale d'éducation"), ge(me, "coordinateur numérique", "coordinatrice numérique")])),
             sch["name"], A(c.addr(mode=r.choice(["one", "multi"]), kind="school")), tel_lab(r, False) + T(c.tel(mobile=False)), E(c.mail(me, "school")))


def l16(c):
    r = c.r
    c.reg = pick_region(r, ("metro", "dom", "com"))
    ens, insp = c.per(), c.per()
    sch = c.school()
    return J("RAPPORT D'INSPECTION – rendez-vous de carrière", "Enseignant(e) : " + civ(ens, r) + " " + PN(ens, r.choice(["fL", "Lf"])),
             "Discipline : " + r.choice(DISC) + " – Classe observée : " + cls_for(r, sch), "Établissement : " + cap(sch["name"]) + ", " + sch["town"][1] + " (" + ulab(r) + U(c.uai(sch)) + ")",
             "Date : " + fdate(r, style="num"), "",
             "La séance observée portait sur l'analyse critique d'un texte produit par une IA. " + opi(r, OP_H, 1),
             "Inspect" + ge(insp, "eur", "rice") + " : " + PN(insp, r.choice(["fl", "iL"])) + ", IA-IPR – " + E(c.mail(insp, "acad")))


def l17(c):
    r = c.r
    me, ext = c.per(g="F"), c.per()
    sch = c.school()
    return J("Objet : Atelier « Démêler le vrai du généré » au CDI", "", "Chers collègues,",
             "Le CDI accueille " + fdate(r, style="wd") + " à " + hour(r) + " " + PN(ext, "fl") + ", " + r.choice(["journaliste", ge(ext, "chercheur", "chercheuse") + " en sciences de l'information", ge(ext, "formateur", "formatrice") + " CLEMI", ge(ext, "bibliothécaire", "bibliothécaire")]) +
             ", pour un atelier avec les " + cls(r, False) + ". " + opi(r, OP_T, 1),
             "Inscriptions par retour de mail ou au " + T(c.tel(mobile=False)) + " (poste " + dg(r, 3) + ").", "", r.choice(SALUT),
             PN(me, "fl") + ", professeure documentaliste – " + cap(sch["name"]),
             A(c.addr(mode="one", kind="school")) if r.random() < 0.6 else None, E(c.mail(me, "acad" if not c.abroad else "school")))


def l18(c):
    r = c.r
    pres, sec, t = c.per(), c.per(), c.per()
    others = [c.per() for _ in range(r.randint(2, 3))]
    return J("Association des parents d'élèves – compte rendu de la réunion du " + fdate(r, style="long"),
             "Présents : " + ", ".join(PN(p, "fl") for p in [pres, sec, t] + others) + ".",
             "1. Consultation sur l'IA : " + opi(r, OP_P, 2),
             "2. Prochaine réunion avec la direction : à fixer.",
             "Contacts : " + PN(pres, "fl") + " (présidence), " + T(c.tel(mobile=True)) + " ; " + PN(sec, "fl") + " (secrétariat), " + E(c.mail(sec)) + ".",
             ("Siège de l'association : " + A(c.addr(mode=r.choice(["one", "multi"]), kind="school"))) if r.random() < 0.5 else None)


def l19(c):
    r = c.r
    c.reg = pick_region(r, ("metro", "dom"))
    ch, par, urg = c.per(), c.per(), c.per()
    par.last = ch.last
    return J("FICHE D'INSCRIPTION – VOYAGE PÉDAGOGIQUE « IA ET PATRIMOINE » (" + r.choice(["Berlin", "Barcelone", "Bruxelles", "Turin"]) + ")",
             "Élève : " + PN(ch, "fL") + " – classe " + cls(r, False), "Responsable légal : " + PN(par, r.choice(["fL", "fl"])),
             "Adresse : " + A(c.addr(mode="one")), "N° de sécurité sociale de l'assuré : " + N(c.nir(par)),
             "Téléphone : " + T(c.tel(mobile=True)) + (" / " + T(c.tel(mobile=False)) if r.random() < 0.5 else ""),
             mail_lab(r) + E(c.mail(par)),
             "Personne à prévenir en cas d'urgence : " + PN(urg, "fl") + ", " + T(c.tel(mobile=True)),
             "Carte européenne d'assurance maladie : ☐ oui ☐ non", "Montant : " + money(r, 150, 600) + " (paiement en 3 fois possible)")


def l20(c):
    r = c.r
    c.reg = pick_region(r, ("metro",))
    me = c.per()
    s = siren(r)
    sch = c.school(typ=r.choice(["collège", "lycée"]))
    return J("FACTURE n° " + str(r.choice([2025, 2026])) + "-" + dg(r, 3), PN(me, "fl") + " – formatrice indépendante" if me.fem else PN(me, "fl") + " – formateur indépendant",
             A(c.addr(mode="multi")), "SIRET : " + f_siret(siret(r, s), r) + " – TVA non applicable, art. 293 B du CGI", "",
             "Destinataire : " + cap(sch["name"]) + ", " + A(c.addr(mode="one", kind=r.choice(["school", "org"]))), "",
             "Intervention « Esprit critique et IA générative » – %d h × %d € = %d €" % ((lambda h, t: (h, t, h * t))(r.randint(2, 12), r.choice([60, 75, 90]))),
             "Règlement par virement – IBAN : " + I(c.iban("FR")), "Contact : " + E(c.mail(me)) + " – " + T(c.tel(mobile=True)))


def l21(c):
    r = c.r
    c.reg = pick_region(r, ("metro", "dom"))
    me, host = c.per(g="F"), c.per()
    sch = c.school()
    chez = r.choice(["chez " + civ(host, r, "abbr") + " " + PN(host, "l"), "chez M. et Mme " + PN(host, "L"), "c/o " + PN(host, "fl"), "chez " + PN(host, "fL")])
    return J("Destinataire :", civ(me, r, "long") + " " + PN(me, r.choice(["fL", "Lf"])), chez, A(c.addr(mode="multi")), "",
             "Expéditeur : " + cap(sch["name"]) + ", " + A(c.addr(mode="one", kind="school")),
             "Contenu : convocation à la réunion d'information sur l'usage de l'IA – " + fdate(r, style="num"))


def l22(c):
    r = c.r
    me, ch = c.per(), c.per()
    return J("COUPON-RÉPONSE à rendre au professeur principal avant le " + fdate(r, style="long"),
             "Réunion d'information « L'IA et nos enfants » – " + fdate(r, style="wd") + " à " + hour(r), "",
             "Nom : " + PN(me, r.choice(["L", "l"])) + "   Prénom : " + PN(me, "f"), "Parent de : " + PN(ch, "fl") + "   Classe : " + cls(r),
             "Nombre de personnes : " + str(r.randint(1, 3)), "Téléphone : " + T(c.tel(mobile=True)),
             "Question que vous souhaitez poser : " + r.choice(["les données de mon enfant sont-elles protégées ?", "l'IA sera-t-elle utilisée pour noter ?", "quels outils sont autorisés à la maison ?"]))


def l23(c):
    r = c.r
    c.reg = pick_region(r, ("metro", "dom", "com"))
    head = c.per()
    sch = c.school(typ=r.choice(["collège", "lycée", "lycée professionnel"]))
    coll = sch["name"].lower().startswith("collège")
    t_m, t_f = ("principal", "principale") if coll else ("proviseur", "proviseure")
    return J(sch_block(c, sch), "", c.town()[1] + ", le " + fdate(r, style="long"), "",
             ge(head, "Le " + t_m, "La " + t_f) + " aux familles des élèves de " + (r.choice(["6e", "5e", "4e", "3e"]) if coll else r.choice(["seconde", "première", "terminale"])), "",
             "Madame, Monsieur,", "Le conseil d'administration a adopté une charte d'usage de l'intelligence artificielle, annexée au règlement intérieur. " + opi(r, OP_H, 2),
             "Une réunion d'information aura lieu le " + fdate(r, style="wd") + " à " + hour(r) + ".", r.choice(FORMULE_N), "",
             PN(head, r.choice(["fl", "fL", "iL"])), cap(ge(head, t_m, t_f)))


def l24(c):
    r = c.r
    ps = [c.per() for _ in range(r.randint(4, 6))]
    roles = [("chef d'établissement", "cheffe d'établissement"), ("adjoint", "adjointe"), ("gestionnaire", "gestionnaire"), ("représentant des personnels", "représentante des personnels"),
             ("représentant des parents", "représentante des parents"), ("élève élu", "élève élue"), ("conseiller départemental", "conseillère départementale")]
    return J("Procès-verbal du conseil d'administration du " + fdate(r, style="long"), "Membres présents :",
             *["- " + civ(p, r, "abbr") + " " + PN(p, r.choice(["fL", "fl", "l"])) + ", " + roles[i % len(roles)][1 if p.fem else 0] for i, p in enumerate(ps)],
             "Point 4 – Charte d'usage de l'IA : " + opi(r, OP_H, 1) + " " + civ(ps[1], r, "abbr") + " " + PN(ps[1], "l") + " demande que les familles soient consultées.",
             "Vote : %d pour, %d contre, %d abstention(s)." % (r.randint(10, 20), r.randint(0, 5), r.randint(0, 3)),
             "Secrétaire de séance : " + PN(ps[3], r.choice(["fl", "iL"])))


def l25(c):
    r = c.r
    me = c.per()
    sch = c.school()
    dest = r.choice(DEST)
    return J(PN(me, "fL"), A(c.addr(mode="multi")), T(c.tel(mobile=True)), E(c.mail(me, r.choice(["perso", "acad"]))), "",
             "Objet : candidature au poste de référent" + ("e" if me.fem else "") + " aux usages numériques", "",
             dest + ",", "Actuellement " + role(r, me) + " " + au(sch["name"]) + ((" (" + ulab(r) + U(c.uai(sch)) + ")") if sch["code"] else "") +
             ", je souhaite accompagner mes collègues dans l'usage raisonné de l'IA. " + opi(r, OP_T, 2),
             r.choice(FORMULE_N + ["Veuillez agréer, " + dest + ", l'expression de ma considération distinguée."]), PN(me, "fl"))


def l26(c):
    r = c.r
    el, ens, par = c.per(), c.per(), c.per()
    par.last = el.last
    return J("FICHE DE SIGNALEMENT D'INCIDENT", "Date : " + fdate(r, style="num") + " – " + hour(r), "Élève concerné(e) : " + PN(el, r.choice(["fL", "Lf"])) + " (" + cls(r, False) + ")",
             "Rédacteur : " + civ(ens, r, "abbr") + " " + PN(ens, "l") + ", " + role(r, ens),
             "Faits : utilisation d'une IA sur téléphone pendant l'évaluation commune de " + r.choice(DISC) + ".",
             "Famille prévenue : " + civ(par, r) + " " + PN(par, "l") + " au " + T(c.tel(mobile=True)) + ", message laissé.",
             "Suite : entretien avec la CPE.")


def l27(c):
    r = c.r
    pr, ch, par = c.per(), c.per(), c.per()
    return J("Mot dans le carnet de liaison – " + fdate(r, style="num"),
             "Madame, Monsieur, " + PN(ch, "f") + " n'a pas rendu son travail de recherche et m'a expliqué que « l'IA avait planté ». Merci de veiller à ce qu'il soit fait pour lundi. " + PN(pr, r.choice(["iL", "l", "fl"])) +
             (" (" + r.choice(DISC) + ")" if r.random() < 0.5 else ""),
             "Vu, " + PN(par, r.choice(["fl", "l", "f"])) + ". Je vous rappelle au " + T(c.tel(mobile=True)) + " si besoin.")


def l28(c):
    r = c.r
    a, b, ch = c.per(g="F"), c.per(), c.per()
    d = fdate(r, style="num")
    ck = Clock(r, True)
    return J("[" + d + " " + ck() + "] " + PN(a, "f") + " (maman " + PN(ch, "f") + ") : vous avez vu le mail du collège sur l'IA ?",
             "[" + d + " " + ck() + "] " + T(c.tel(mobile=True, intl=True)) + " : oui, on doit signer une autorisation",
             "[" + d + " " + ck() + "] " + PN(b, "fl") + " : perso je signe pas tant qu'on sait pas où vont les données",
             "[" + d + " " + ck() + "] " + PN(a, "f") + " : pareil. " + r.choice(["on en parle à la réunion ?", "je pose la question au conseil", "qqn a le numéro du principal ?"]),
             ("[" + d + " " + ck() + "] " + PN(b, "fl") + " : " + r.choice(["on peut se retrouver chez moi avant, ", "réunion des parents samedi 10h, ", "je vous attends jeudi soir, "]) +
              A(addr_short(r, c.reg) if r.random() < 0.5 else c.addr(mode="one"))) if r.random() < 0.65 else None)


def l29(c):
    r = c.r
    me, ch = c.per(g="M"), c.per()
    return J("Message vocal reçu le " + fdate(r, style="num") + " à " + hour(r) + " (durée 0:%02d)" % r.randint(20, 59),
             "« Oui bonjour, c'est " + PN(me, r.choice(["fl", "f"])) + ", le papa " + dn(ch.first) + PN(ch, "f") + " en " + cls(r) + ". Je vous appelle pour l'histoire de l'IA et du devoir... Vous pouvez me rappeler au " +
             T(c.tel(mobile=True, intl=False)) + r.choice(["", " ou sur le fixe au " + T(c.tel(mobile=False, intl=False))]) + ". Merci, au revoir. »")


def l30(c):
    r = c.r
    c.reg = pick_region(r, ("dom", "com"))
    me, ch = c.per(), c.per()
    sch = c.school(typ="collège")
    return J(PN(me, r.choice(["fL", "Lf", "fl"])), A(c.addr(mode="multi")), T(c.tel(mobile=True)), "",
             r.choice(DEST[:2]) + " du " + sch["name"], "", "Objet : devoirs à faire avec une application d'IA", "",
             "Madame, Monsieur,", "Mon enfant " + PN(ch, "f") + " est en " + cls(r, False) + ". " + opi(r, OP_P, 2),
             "Je vous remercie de votre compréhension.", PN(me, r.choice(["fl", "l"])))


def l31(c):
    r = c.r
    me, ch = c.per(), c.per()
    sch = c.school()
    paris = REG_BY_KEY[r.choice(["paris", "lyon", "nantes", "versailles"])]
    return J(PN(me, "fL"), A(c.addr(mode="multi")), E(c.mail(me)), "",
             "À l'attention du délégué à la protection des données", "Société " + r.choice(["EduNova SAS", "Scolab SA", "Pédagia SAS", "Didactia SARL"]),
             A(addr(r, paris, "multi", r.choice(["org", "school"]))), "",
             "Lettre recommandée avec accusé de réception", "Objet : exercice du droit d'accès (article 15 du RGPD)", "",
             "Madame, Monsieur,", "Ma fille " + PN(ch, "f") + ", élève " + au(sch["name"]) + ", utilise votre plateforme en classe. Je vous demande la communication de l'ensemble des données la concernant.",
             r.choice(FORMULE_N), PN(me, "fl"))


def l32(c):
    r = c.r
    c.reg = pick_region(r, ("metro", "dom"))
    tut, st, pp = c.per(), c.per(), c.per()
    sch = c.school(typ="collège")
    return J("CONVENTION DE STAGE D'OBSERVATION – ÉLÈVE DE 3e", "Entreprise : " + r.choice(["Studio Pixel Nord", "Agence Data & Co", "Boulangerie du Marché", "Imprimerie Nouvelle", "Cabinet d'architecture ABC"]) +
             " – SIRET " + f_siret(siret(r), r), "Adresse : " + A(c.addr(mode="one", kind="school")),
             "Tuteur : " + PN(tut, r.choice(["fL", "fl"])) + ", " + r.choice(["gérant", "responsable technique", "développeuse", "cheffe de projet"]) + " – " + T(c.tel()) + " – " + E(c.mail(tut)),
             "Élève : " + PN(st, "fL") + ", classe de " + r.choice(["3e A", "3e B", "3e2", "3e Prépa-Métiers"]),
             "Établissement : " + cap(sch["name"]) + " – " + ulab(r) + U(c.uai(sch)), "Professeur référent : " + civ(pp, r) + " " + PN(pp, "l"),
             "Thème d'observation : l'usage de l'IA dans le métier.")


def l33(c):
    r = c.r
    c.reg = pick_region(r, ("metro", "dom"))
    me, ch = c.per(), c.per()
    return J("Objet : changement d'adresse", "", "Madame, Monsieur,",
             "Je vous informe que depuis le " + fdate(r, style="long") + ", " + enfant(ch) + " " + PN(ch, "f") + " (" + cls(r) + ") et moi-même avons déménagé.",
             "Ancienne adresse : " + A(c.addr(mode="one") if r.random() < 0.6 or c.reg["kind"] != "metro" else street(r, c.reg) + " à " + town_of(r, c.reg)[1]),
             "Nouvelle adresse : " + A(addr(r, pick_region(r, ("abroad",)), r.choice(["one", "multi"])) if r.random() < 0.45 else c.addr(mode="one")),
             "Mon numéro reste le " + T(c.tel(mobile=True)) + ". Merci de mettre à jour Pronote. Au passage, je suis favorable à l'usage encadré de l'IA au collège.",
             r.choice(SALUT), PN(me, r.choice(["fl", "fL"])))


def l34(c):
    r = c.r
    a, b, cc = c.per(), c.per(), c.per()
    return J("De : " + PN(a, "fl") + " <" + E(c.mail(a, r.choice(["acad", "perso"]))) + ">",
             "Envoyé : " + fdate(r, style="wd") + " " + hour(r),
             "À : " + PN(b, r.choice(["fl", "fL"])) + " <" + E(c.mail(b, "acad" if not c.abroad else "school")) + ">",
             "Cc : " + E(c.mail(cc, "acad" if not c.abroad else "school")),
             "Objet : RE: questionnaire IA", "",
             "Bonjour " + PN(b, "f") + ",", opi(r, OP_T, 2), "Bonne fin de semaine,", PN(a, "f"))


def l35(c):
    r = c.r
    c.reg = pick_region(r, ("metro", "dom"))
    me = c.per()
    sch = c.school()
    return J("Objet : demande d'attestation employeur", "", "Bonjour,",
             "Assistant" + ("e" if me.fem else "") + " d'éducation " + au(sch["name"]) + " jusqu'au 31 août, je vous serais reconnaissant" + ("e" if me.fem else "") +
             " de bien vouloir m'adresser une attestation employeur pour France Travail.",
             "Nom : " + PN(me, "L"), "Prénom : " + PN(me, "f"), "N° de sécurité sociale : " + N(c.nir(me)),
             "Adresse d'envoi : " + A(c.addr(mode="one")), "",
             "PS : pour la consultation, je pense que l'IA pourrait alléger les tâches administratives de la vie scolaire.", r.choice(SALUT), PN(me, "fl"), T(c.tel(mobile=True)) + " – " + E(c.mail(me)))


def l36(c):
    r = c.r
    c.reg = pick_region(r, ("metro", "dom"))
    lines = ["Annuaire des référents IA – bassin de " + c.town()[1], "Nom | Établissement | UAI | Téléphone | Courriel"]
    for _ in range(r.randint(3, 4)):
        p = c.per()
        sch = c.school(typ=r.choice(["collège", "lycée", "LP"]))
        lines.append(PN(p, r.choice(["fL", "Lf"])) + " | " + cap(sch["name"]) + " | " + U(c.uai(sch)) + " | " + T(c.tel()) + " | " + E(c.mail(p, "acad")))
    return J(*lines)


def l37(c):
    r = c.r
    if r.random() < 0.5:
        c.reg = pick_abroad(r)          # family living abroad: foreign account, address and phone
    me, ch = c.per(), c.per()
    cc = c.reg.get("cc") if c.abroad else r.choice(["FR", "FR", "FR", "FR", "MC"])
    if cc == "CA":
        cc = "FR"
    return J("Objet : demande de remboursement – voyage annulé", "",
             "Madame la gestionnaire,", "Suite à l'annulation du séjour, je sollicite le remboursement de l'acompte versé pour " + enfant(ch) + ", " + PN(ch, "fl") + " (" + cls(r, False) + ").",
             "Titulaire du compte : " + PN(me, r.choice(["fL", "Lf"])), "IBAN : " + I(c.iban(cc)),
             "Adresse : " + A(c.addr(mode=r.choice(["one", "multi"]))), "Téléphone : " + T(c.tel()),
             "Je profite de ce courrier pour dire que l'IA ne doit pas remplacer les sorties et voyages, qui restent irremplaçables.", r.choice(SALUT), PN(me, "fl"))


def l38(c):
    r = c.r
    c.reg = pick_region(r, ("metro", "dom"))
    el, par, w = c.per(), c.per(), c.per()
    par.last = el.last if r.random() < 0.6 else par.last
    sch = c.school()
    return J("DÉCLARATION D'ACCIDENT SCOLAIRE", "Établissement : " + cap(sch["name"]) + " – " + ulab(r) + U(c.uai(sch)),
             "Victime : " + PN(el, "Lf") + ", " + cls_for(r, sch), "Responsable légal : " + PN(par, "fL") + " – assuré social n° " + N(c.nir(par)),
             "Domicile : " + A(c.addr(mode=r.choice(["one", "multi"]))), "Téléphone : " + T(c.tel(mobile=True)) + ((" – " + E(c.mail(par))) if r.random() < 0.6 else ""),
             "Circonstances : chute dans l'escalier B en se rendant en salle informatique pour l'atelier IA.",
             "Témoin : " + civ(w, r) + " " + PN(w, "l") + ", " + role(r, w))


def l39(c):
    r = c.r
    c.reg = pick_region(r, ("metro",))
    me = c.per()
    return J("Bonjour,", "Suite à notre échange, voici mes coordonnées pour le groupe de travail académique sur l'IA :",
             PN(me, "fl"), A(c.addr(mode="multi")), T(c.tel(mobile=True)), E(c.mail(me, "acad")), "", "Et pour le remboursement de mes frais : " + I(c.iban("FR")),
             r.choice(SALUT))


def l40(c):
    r = c.r
    me, other = c.per(), c.per()
    return J("Tchap – salon « Référents IA »", PN(me, "fl") + " : je vous mets mon RIB pour la mission, c'est plus simple",
             PN(me, "fl") + " : " + I(c.iban()), PN(other, "fl") + " : merci, transmis au service. Tu peux aussi m'envoyer ton n° de sécu ?",
             PN(me, "fl") + " : " + N(c.nir(me)), PN(other, "fl") + " : parfait, merci !")


def l41(c):
    r = c.r
    c.reg = pick_region(r, ("metro", "dom", "com"))
    me = c.per()
    sch = c.school()
    return J("FICHE DE RENSEIGNEMENTS – PERSONNELS – RENTRÉE 2025", "Nom : " + PN(me, "L"),
             ("Nom de naissance : " + PN(c.per(g="F"), "L")) if me.fem and r.random() < 0.35 else None,
             "Prénom : " + PN(me, "f"), "Date de naissance : " + fdate(r, datetime.date(r.randint(1965, 2000), r.randint(1, 12), r.randint(1, 28)), "num"),
             "NIR : " + N(c.nir(me)), "Adresse personnelle : " + A(c.addr(mode=r.choice(["one", "multi"]))),
             "Téléphone portable : " + T(c.tel(mobile=True)), "Courriel personnel : " + E(c.mail(me)),
             "Coordonnées bancaires (IBAN) : " + I(c.iban()),
             "Affectation : " + cap(sch["name"]) + " – " + ulab(r) + U(c.uai(sch)),
             "Usage de l'IA dans vos pratiques : ☐ jamais ☐ parfois ☐ souvent")


def l42(c):
    r = c.r
    me, rep = c.per(), c.per()
    d1 = rdate(r)
    return J("Objet : arrêt de travail – " + PN(me, r.choice(["fL", "fl"])), "", "Bonjour,",
             "Je vous transmets mon arrêt de travail du " + d1.strftime("%d/%m/%Y") + " au " + (d1 + datetime.timedelta(days=r.randint(2, 21))).strftime("%d/%m/%Y") + ". Mon numéro de sécurité sociale : " + N(c.nir(me)) + ".",
             "Je devais animer l'atelier IA des " + cls(r, False) + " jeudi ; " + civ(rep, r, "abbr") + " " + PN(rep, "l") + " a accepté de me remplacer.",
             "Je reste joignable au " + T(c.tel(mobile=True)) + ".", r.choice(SALUT), PN(me, r.choice(["fl", "f"])))


def l44(c):
    r = c.r
    me = c.per()
    sch = c.school(typ=r.choice(["collège", "lycée", "lycée professionnel"]))
    return J("CONTRAT D'ENGAGEMENT – INTERVENANT EXTÉRIEUR", "Entre le " + sch["name"] + ", représenté par son chef d'établissement, et",
             civ(me, r, "long") + " " + PN(me, r.choice(["fL", "fl"])) + ", " + ge(me, "né", "née") + " le " + fdate(r, datetime.date(r.randint(1960, 1998), r.randint(1, 12), r.randint(1, 28)), "num") +
             ", " + "demeurant" + " " + A(c.addr(mode="one")) + ",",
             "N° de sécurité sociale : " + N(c.nir(me)),
             "Objet : animation de %d ateliers « IA et esprit critique » en %s." % (r.randint(2, 8), cls(r, False)),
             "Rémunération : " + money(r, 100, 1500, True) + " brut, versée sur le compte IBAN " + I(c.iban()) + ".",
             "Contact de l'intervenant : " + E(c.mail(me)) + " – " + T(c.tel(mobile=True)))


def l45(c):
    r = c.r
    c.reg = pick_region(r, ("metro", "dom"))
    el, par = c.per(), c.per()
    par.last = el.last if r.random() < 0.7 else par.last
    return J("DEMANDE D'AIDE AU FONDS SOCIAL LYCÉEN", "Élève : " + PN(el, "fL") + " – " + r.choice(["2nde 3", "1re G2", "Tle STMG 1", "1re bac pro AGORA"]),
             "Représentant légal : " + PN(par, r.choice(["fL", "Lf"])), "Adresse : " + A(c.addr(mode=r.choice(["one", "multi"]))),
             "N° allocataire CAF : " + dg(r, 7), "Téléphone : " + T(c.tel()),
             "Motif : achat d'un ordinateur portable pour suivre l'enseignement de NSI et les activités numériques (dont l'IA).",
             "Montant sollicité : " + money(r, 150, 600), "Versement sur le compte : " + I(c.iban("FR")))


def l46(c):
    r = c.r
    c.reg = pick_abroad(r)
    me, col = c.per(), c.per()
    sch = c.school()
    return J("Objet : partenariat Erasmus+ « IA et citoyenneté numérique »", "", r.choice(["Bonjour,", "Chère collègue, cher collègue,"]),
             "Je suis " + PN(me, "fl") + ", " + ge(me, "professeur", "professeure") + " de français " + au(sch["name"].replace("Lycée", "lycée").replace("Collège", "collège")) +
             ". Avec " + ge(col, "mon collègue", "ma collègue") + " " + PN(col, "fl") + ", nous cherchons un établissement partenaire en France pour un projet sur les usages de l'IA par les adolescents.",
             opi(r, OP_T, 1), "Vous pouvez nous écrire ou nous appeler :", "",
             PN(me, r.choice(["fl", "fL"])), sch["name"], A(c.addr(mode="multi")), tel_lab(r) + T(c.tel()), E(c.mail(me, r.choice(["school", "perso"]))))


def l47(c):
    r = c.r
    c.reg = pick_region(r, ("metro", "dom"))
    me = c.per()
    sch = c.school(typ=r.choice(["collège", "lycée", "lycée professionnel"]))
    return J(PN(me, "fL"), cap(role(r, me)) + " – " + cap(sch["name"]) + " (" + ulab(r) + U(c.uai(sch)) + ")", A(c.addr(mode=r.choice(["one", "multi"]))), E(c.mail(me, "acad")), "",
             r.choice(["Rectorat – Division des personnels enseignants", "DSDEN – Service de la gestion des personnels", "Rectorat – Pôle formation des personnels"]),
             A(c.addr(kind="org", mode=r.choice(["multi", "one"]))), "",
             "Objet : demande de congé de formation professionnelle – master « IA et éducation »",
             "N° de sécurité sociale : " + N(c.nir(me)), "",
             r.choice(["Monsieur le Recteur,", "Madame la Rectrice,"]),
             "Je sollicite un congé de formation pour l'année 2026-2027 afin de suivre une formation sur les usages pédagogiques de l'IA. " + opi(r, OP_T, 1),
             r.choice(FORMULE_N), PN(me, "fl"))


LETTER_GEN = [l01, l02, l03, l04, l05, l06, l07, l08, l09, l10, l11, l12, l13, l14, l15, l16, l17, l18, l19, l20, l21, l22, l23, l24, l25,
              l26, l27, l28, l29, l30, l31, l32, l33, l34, l35, l36, l37, l38, l39, l40, l41, l42, l44, l45, l46, l47]
# templates carrying NIR / IBAN are drawn more often so that both kinds reach their targets
LETTER_EXTRA = (3 * [l14, l15, l46] + [l07] + 2 * [l47, l08, l09, l10, l19, l20, l35, l37, l38, l39, l40, l41, l42, l44, l45] +
                [l08, l09, l40, l41, l44, l47, l33, l37])


# ---------------------------------------------------------------- assembly and checks
CASUAL = {"s02", "s04", "s20", "s35"}


def apply_style(r, s, name):
    if name in CASUAL:
        return s
    k = r.random()
    if k < 0.10:
        return mapm(s, strip_acc)
    if k < 0.16:
        return mapm(s, str.lower)
    if k < 0.20:
        return mapm(s, lambda x: strip_acc(x).lower())
    return s


def schedule(r, gens, n):
    out = []
    while len(out) < n:
        g = list(gens)
        r.shuffle(g)
        out.extend(g)
    return out[:n]


def nir_valid(s):
    t = re.sub(r"[\s.\-]", "", s).upper()
    assert len(t) == 15, s
    n = int(t[:13].replace("2A", "19").replace("2B", "18"))
    return 97 - n % 97 == int(t[13:])


def iban_valid(s):
    t = re.sub(r"[\s\-]", "", s).upper()
    return int("".join(str(int(ch, 36)) for ch in t[4:] + t[:4])) % 97 == 1


def uai_valid(s):
    t = re.sub(r"[\s.\-]", "", s).upper()
    assert len(t) == 8 and t[:7].isdigit(), s
    return UAI_ALPHA[int(t[:7]) % 23] == t[7]


def build():
    r = random.Random(SEED)
    bag = Bag(r)
    seen, items, redraws = set(), [], Counter()

    def plain(cat, fn):
        for _ in range(200):
            text = fn(r)
            if LM in text or RM in text:
                raise AssertionError("marks in a text without personal data")
            if text not in seen:
                seen.add(text)
                items.append((cat, fn.__name__, text, []))
                return
            redraws[cat + ":dup"] += 1
        raise SystemExit("could not draw a new text for " + fn.__name__)

    def marked(cat, fn):
        for _ in range(200):
            c = Ctx(r, bag)
            s = fn(c)
            if cat == "survey":
                s = apply_style(r, s, fn.__name__)
            text, ents = render(s)
            if text in seen:
                redraws[cat + ":dup"] += 1
                continue
            if not findable(text, ents):
                redraws[cat + ":find"] += 1
                continue
            seen.add(text)
            items.append((cat, fn.__name__, text, [(k, e) for k, e, _ in ents]))
            return
        raise SystemExit("could not draw a findable text for " + fn.__name__)

    for fn in schedule(r, CLEAN_GEN, N_CLEAN):
        plain("clean", fn)
    for fn in schedule(r, TRAP_GEN, N_TRAP):
        plain("trap", fn)
    for fn in schedule(r, SURVEY_GEN, N_SURVEY):
        marked("survey", fn)
    assert 2 * len(LETTER_GEN) + len(LETTER_EXTRA) == N_LETTER
    letters = 2 * LETTER_GEN + LETTER_EXTRA
    r.shuffle(letters)
    for fn in letters:
        marked("letter", fn)
    r.shuffle(items)
    return items, redraws


def main():
    items, redraws = build()
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, name, text, ents) in enumerate(items, 1):
            rec = {"id": "q%03d" % i, "text": text, "entities": [{"kind": k, "text": e} for k, e in ents]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    # ---- re-read and assert everything
    counts, wrong, total, ncat = Counter(), Counter(), Counter(), Counter()
    with open(OUT, encoding="utf-8") as f:
        lines = f.read().split("\n")
    assert lines[-1] == "", "file must end with a newline"
    lines = lines[:-1]
    assert len(lines) == 400, len(lines)
    ids = set()
    for ln, (line, item) in enumerate(zip(lines, items), 1):
        rec = json.loads(line)
        assert list(rec) == ["id", "text", "entities"], rec.keys()
        assert rec["id"] == "q%03d" % ln and rec["id"] not in ids
        ids.add(rec["id"])
        text, prev = rec["text"], 0
        assert LM not in text and RM not in text
        cat = item[0]
        ncat[cat] += 1
        if cat in ("clean", "trap"):
            assert rec["entities"] == [], rec["id"]
        else:
            assert rec["entities"], rec["id"]
        for ent in rec["entities"]:
            k, e = ent["kind"], ent["text"]
            assert k in KINDS, (rec["id"], k)
            assert e and e == e.strip(), (rec["id"], e)
            pos = text.find(e, prev)
            if pos < 0:
                raise SystemExit("FAIL %s: entity %r not found after offset %d" % (rec["id"], e, prev))
            prev = pos + len(e)
            counts[k] += 1
            if k in ("NIR", "IBAN", "UAI"):
                total[k] += 1
                ok = {"NIR": nir_valid, "IBAN": iban_valid, "UAI": uai_valid}[k](e)
                wrong[k] += (not ok)
        # independent re-check of the intended offsets from the markup
        if cat in ("survey", "letter"):
            prev = 0
            for k, e in item[3]:
                pos = text.find(e, prev)
                assert pos >= 0
                prev = pos + len(e)
    md5 = hashlib.md5(open(OUT, "rb").read()).hexdigest()
    print("wrote", OUT)
    print("lines:", len(lines), dict(ncat))
    print("entities per kind:")
    for k in KINDS:
        print("  %-9s %4d" % (k, counts[k]))
    print("  total     %4d" % sum(counts.values()))
    for k in ("NIR", "IBAN", "UAI"):
        print("wrong check key %-4s: %d / %d = %.1f %%" % (k, wrong[k], total[k], 100.0 * wrong[k] / max(1, total[k])))
    allw, allt = sum(wrong.values()), sum(total.values())
    print("wrong check key, all three: %d / %d = %.1f %%" % (allw, allt, 100.0 * allw / max(1, allt)))
    print("redraws:", dict(redraws))
    print("md5:", md5)


if __name__ == "__main__":
    main()
