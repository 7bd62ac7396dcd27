#!/usr/bin/env python3
"""
pii_make_blind13.py -- BLIND evaluation set no. 13 for the French personal-data masker.

Written BLIND: the author did not open, read, grep or list anything under
Sources/, Tests/ (except to write the single output file), docs/, lexiques/,
nor any other file of scripts/bench/.  No other generator or fixture was
looked at.  Templates, name pools, address shapes and value generators were
written from general knowledge of how French people write letters, forms,
e-mails, survey answers and chats.

Run:   cd /work/main && python3 scripts/bench/pii_make_blind13.py
Writes: Tests/PrivacyTests/Fixtures/pii_blind13.jsonl  (400 lines)
        {"id": "q001", "text": "...", "entities": [{"kind": K, "text": "..."}]}
Standard library only; deterministic: random.Random(SEED), SEED = 9122031.

Theme: consultation « Que pensez-vous de l'usage de l'IA dans les
établissements scolaires ? »

Mix (400 texts, shuffled, ids q001..q400):
  *  60 texts without personal data (anonymous opinions, minutes, chats);
  *  70 trap texts without personal data (AI products / platforms, brands,
     schools, places, pets and streets named after people, streets without a
     number, towns with a postcode alone, dates, hours, amounts, counts,
     rooms, classes, law articles, years, course codes, reference numbers,
     book titles and publishers, common words capitalised at line start);
  * 130 survey answers with names and identifiers woven into opinions;
  * 140 letters, forms, e-mails, requests, minutes, signatures and chats
     with contact details.

Kinds: PERSONNE, ADRESSE, EMAIL, TELEPHONE, NIR, IBAN, UAI.

Labelling conventions:
  PERSONNE  titles (M., Mme, Dr, monsieur...) excluded; an initial after a
            title is the letter alone (« Mme L. » -> « L »); first name +
            surname = one entity; a first name next to a role or a class is
            labelled alone; trailing abbreviation dots excluded (« Sarah B. »
            -> « Sarah B »); public figures are persons; names inside e-mails,
            schools, streets, places, pets, brands, book titles and AI
            products are not persons; nicknames of private people are persons.
            In forms with separate « Nom : » / « Prénom : » fields each field
            value is its own PERSONNE; « Marie et Paul Dupont » gives
            « Marie » and « Paul Dupont ».
  EMAIL     the whole address, obfuscated forms included (« at », « [at] »,
            « arobase », « [dot] »...).  An institutional address that embeds
            a UAI (ce.0691234X@ac-lyon.fr) is one EMAIL only.
  TELEPHONE the number with its international prefix, no label.
  NIR / IBAN / UAI  the whole identifier with its inner separators; labels
            excluded.  About 40 % of them carry a deliberately wrong check key
            and are labelled all the same (the draw is steered by the running
            share so that the final share stays close to 40 %; a wrong NIR /
            UAI key is any other value, a wrong IBAN keeps « FR76 » and breaks
            the RIB key so that ISO 7064 fails).  Correct keys: NIR key =
            97 - (number mod 97) with 2A->19, 2B->18; IBAN ISO 7064 mod 97;
            UAI letter = "ABCDEFGHJKLMNPRSTUVWXYZ"[7-digit number mod 23].
  ADRESSE   one entity from the first element of the address (house number,
            street type, or a complement that comes first: résidence,
            bâtiment, lieu-dit, BP...) to the end of the city (CEDEX and its
            number included), or to the end of the street / postcode when no
            city is given, across lines; a « chez M. X » / « c/o X » line is
            not part of the address (X is a PERSONNE); a city joined to the
            street by « à » is part of the address, « à » included; the
            country of a foreign address is part of it.  Streets without a
            number and « postcode + town » alone are not addresses.

Entity counts of the written file (printed on every run): about 550
PERSONNE, 120 ADRESSE, 95 EMAIL, 110 TELEPHONE, 43 NIR, 47 IBAN, 55 UAI.

Checks done by this script: every entity is found by
text.find(entity, end_of_previous_entity) exactly at its intended place, no
two overlap, entity boundaries fall on word boundaries, kinds are valid,
texts are unique.  It prints the count per kind, the share of wrong check
keys (NIR, IBAN, UAI) and the md5 of the output file.
"""

import hashlib
import json
import os
import random
import unicodedata
from collections import Counter

SEED = 9122031
WRONG_RATE = 0.40
N_NOPII, N_TRAP, N_SURVEY, N_LETTER = 60, 70, 130, 140

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "Tests", "PrivacyTests", "Fixtures", "pii_blind13.jsonl")

KINDS = ("PERSONNE", "ADRESSE", "EMAIL", "TELEPHONE", "NIR", "IBAN", "UAI")
ALPH23 = "ABCDEFGHJKLMNPRSTUVWXYZ"
DOT = ("DOT",)  # trailing abbreviation dot, outside the entity


def PER(t): return ("PERSONNE", t)
def ADR(t): return ("ADRESSE", t)
def MAIL(t): return ("EMAIL", t)
def TEL(t): return ("TELEPHONE", t)
def NIR(t): return ("NIR", t)
def IBAN(t): return ("IBAN", t)
def UAI(t): return ("UAI", t)


def L(s):
    return [x.strip() for x in s.split(",") if x.strip()]


def wchoice(r, pairs):
    tot = sum(w for _, w in pairs)
    x = r.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---------------------------------------------------------------------------
# check keys
# ---------------------------------------------------------------------------

def nir_key(body13):
    n = int(body13.replace("2A", "19").replace("2B", "18"))
    return 97 - n % 97


def nir_ok(s):
    c = s.replace(" ", "").replace(".", "").replace("-", "").upper()
    return len(c) == 15 and nir_key(c[:13]) == int(c[13:])


def iban_mod(s):
    c = s.replace(" ", "").upper()
    c = c[4:] + c[:4]
    return int("".join(str(int(ch, 36)) for ch in c)) % 97


def iban_ok(s):
    return iban_mod(s) == 1


def uai_ok(s):
    s = s.upper()
    return len(s) == 8 and s[:7].isdigit() and s[7] == ALPH23[int(s[:7]) % 23]


# ---------------------------------------------------------------------------
# name pools
# ---------------------------------------------------------------------------

POOLS = {
    "fr": dict(
        m=L("Jean, Pierre, Michel, Philippe, Alain, Nicolas, Julien, Thomas, Antoine, Mathieu, Sébastien, Guillaume, "
            "Olivier, François, Laurent, Éric, Christophe, Stéphane, Vincent, Benoît, Hugo, Lucas, Léo, Louis, Gabriel, "
            "Raphaël, Arthur, Jules, Théo, Timothée, Baptiste, Clément, Rémi, Gaëtan, Mathis, Enzo, Nathan, Jérôme, "
            "Cédric, Damien, Romain, Bastien, Florian, Adrien, Maxime, Aurélien, Thibault, Arnaud, Hervé, Didier, "
            "Gilles, Pascal, Thierry, Jean-Baptiste, Jean-Pierre, Jean-Marc, Pierre-Yves, Jean-Luc, Marc-Antoine, "
            "Paul-Henri, Jean-François, Louis-Marie, Noé, Sacha, Évan, Joël, Régis, Yves"),
        f=L("Marie, Sophie, Nathalie, Isabelle, Sylvie, Catherine, Valérie, Christine, Céline, Aurélie, Émilie, "
            "Camille, Julie, Léa, Chloé, Manon, Emma, Jade, Louise, Alice, Zoé, Inès, Clémence, Margaux, Anaïs, "
            "Océane, Hélène, Agnès, Véronique, Brigitte, Martine, Françoise, Élodie, Laetitia, Coralie, Pauline, "
            "Mathilde, Charlotte, Lucie, Juliette, Ambre, Capucine, Bérénice, Solène, Marion, Audrey, Sandrine, "
            "Delphine, Marie-Claire, Anne-Sophie, Marie-Hélène, Marie-Christine, Anne-Laure, Marie-Pierre, "
            "Marie-Noëlle, Anne-Marie, Ségolène, Bérangère, Gisèle, Josiane, Maëlys, Romane"),
        l=L("Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, Laurent, "
            "Lefebvre, Michel, David, Bertrand, Roux, Vincent, Fournier, Morel, Girard, André, Lefèvre, Mercier, "
            "Dupont, Lambert, Bonnet, François, Legrand, Garnier, Faure, Rousseau, Blanc, Guérin, Henry, Roussel, "
            "Perrin, Morin, Mathieu, Clément, Gauthier, Dumont, Fontaine, Chevalier, Robin, Masson, Gérard, Boyer, "
            "Denis, Lemaire, Duval, Joly, Gautier, Roger, Roche, Roy, Noël, Lucas, Meunier, Marchand, Dufour, "
            "Blanchard, Barbier, Brun, Dumas, Brunet, Leroux, Colin, Renard, Arnaud, Rolland, Caron, Aubert, Giraud, "
            "Leclerc, Vidal, Bourgeois, Renaud, Lemoine, Picard, Gaillard, Lacroix, Fabre, Dupuis, Hubert, Rivière, "
            "Guillot, Berger, Lecomte, Ménard, Fleury, Deschamps, Carpentier, Maillard, Aubry, Renault, Jacquet, "
            "Prévost, Poirier, Charpentier, Royer, Huet, Baron, Dupuy, Perrot, Guyot, Marty, Cousin, Tessier, "
            "Chauvin, Bouvier, Rigaud, Couturier, Delaunay, Lagarde, Vautrin, Besson, Pichon, Tardieu, Bouchard, "
            "Marchal, Josselin, Chaput, Grosjean, Bellamy, Lhermitte, Courtois, Villeneuve")),
    "bzh": dict(
        m=L("Yann, Erwan, Gwenaël, Ronan, Tanguy, Corentin, Goulven, Kilian, Loïc, Maël, Brieuc, Tugdual, Riwal, "
            "Yannick, Alan, Malo, Per, Youenn"),
        f=L("Nolwenn, Gwenola, Soizic, Annaïck, Morgane, Armelle, Maëlle, Enora, Rozenn, Katell, Gaëlle, Tifenn, "
            "Aziliz, Youna, Klervi, Maïwenn"),
        l=L("Le Goff, Le Bihan, Kerbrat, Le Gall, Le Floch, Guivarc'h, Le Corre, Morvan, Quéré, Le Meur, Kervella, "
            "Riou, Jaouen, L'Hostis, Le Hir, Caradec, Prigent, Le Du, Cadiou, Le Bras, Abgrall, Kerleroux, Ollivier, "
            "Le Moal, Tréguer, Le Guen, Coatanéa, Penven")),
    "nord": dict(
        m=L("Kévin, Ludovic, Grégory, Jordan, Dylan, Jérémy, Anthony, Quentin, Bruno, Franck"),
        f=L("Ludivine, Amandine, Jessica, Mélanie, Justine, Séverine, Virginie, Jennifer, Cindy"),
        l=L("Vandenbussche, Dewaele, Deprez, Vanhoutte, Desmet, Delannoy, Van de Velde, Verhaeghe, Dhondt, "
            "Vandamme, Dujardin, Wattez, Decottignies, Delattre, Leleu, Pruvost, Lesage")),
    "alsace": dict(
        m=L("Frédéric, Thierry, Benoît, Jérôme, Florent, Xavier, Matthieu, Bernard"),
        f=L("Carole, Anne, Odile, Marianne, Fabienne, Doris, Nadine"),
        l=L("Schmitt, Muller, Koenig, Wagner, Hoffmann, Ehrhart, Zimmermann, Schneider, Weber, Meyer, Klein, "
            "Fischer, Heitz, Kieffer, Roth, Wolff, Bauer, Schaeffer, Gsell")),
    "oc": dict(
        m=L("Bixente, Peio, Mathieu, Fabien, Marius, Jean-Marie, Baptiste, Sylvain"),
        f=L("Maïalen, Amaia, Fanny, Mireille, Magali, Estelle, Laure, Cécile, Maylis"),
        l=L("Etcheverry, Harispe, Iribarne, Oyharçabal, Etchegaray, Garat, Cazenave, Lalanne, Darrigrand, Dufau, "
            "Peyrot, Bonnefoy, Castagné, Laborde, Pujol, Bousquet, Salles, Rouquette, Arrouy, Lacoste")),
    "corse": dict(
        m=L("Paul-Antoine, Ange-Marie, Jean-Toussaint, Dominique, Pascal, Antoine, Xavier, Marc-Aurèle, Petru, "
            "Orsu, Santu, Jean-Baptiste"),
        f=L("Marie-Ange, Laetitia, Angèle, Vanina, Letizia, Chjara, Ghjulia, Marie-Dominique, Francesca"),
        l=L("Santoni, Casanova, Luciani, Colonna, Paoli, Mattei, Giacomoni, Filippi, Orsini, Bartoli, Franceschi, "
            "Pietri, Rossi, Leca, Poli, Ceccaldi, Albertini, Acquaviva, Susini, Antonetti, Mondoloni, Peretti, "
            "Pieri, Versini")),
    "maghreb": dict(
        m=L("Mohamed, Karim, Yacine, Rachid, Nabil, Sofiane, Mehdi, Youssef, Bilal, Hamza, Ilyes, Walid, Samir, "
            "Farid, Amine, Ayoub, Abdelkader, Mourad, Redouane, Hakim, Nordine, Zakaria, Adam, Rayan, Anis"),
        f=L("Fatima, Nadia, Samira, Karima, Leïla, Yasmina, Sonia, Meriem, Amel, Houria, Nour, Salma, Malika, "
            "Zineb, Imane, Kenza, Rim, Sabrina, Fatiha, Naïma, Djamila, Yasmine, Sarah, Lina, Assia, Farah"),
        l=L("Benali, Benkhaled, Bouzid, Haddad, Mansouri, Belkacem, Cherif, Boukhari, Amrani, El Amrani, "
            "Ben Ahmed, Zerrouki, Khelifi, Brahimi, Saïdi, Hamdi, Aït Ahmed, Aït-Ouali, Meziane, Ouali, Benyahia, "
            "Lahlou, Tahiri, Bennani, Chaouch, Ferhat, El Idrissi, Benchekroun, Bensaïd, Hadj-Saïd, Boualem, "
            "Mokrani, Ben Salah, Trabelsi, Jaziri")),
    "afrique": dict(
        m=L("Mamadou, Moussa, Ousmane, Ibrahima, Abdoulaye, Seydou, Cheikh, Boubacar, Souleymane, Lamine, "
            "Adama, Kofi, Yaw, Modibo, Oumar, Alassane, Ismaël, Serge-Arnaud"),
        f=L("Aminata, Fatoumata, Awa, Mariama, Kadiatou, Aïssatou, Djeneba, Binta, Oumou, Ramatoulaye, Coumba, "
            "Adjoa, Akissi, Mariam, Hawa, Nafissatou, Salimata, Grâce-Divine"),
        l=L("Diallo, Traoré, Koné, Diop, Ndiaye, Sow, Camara, Cissé, Keïta, Sylla, Coulibaly, Diarra, Touré, "
            "Sangaré, Bâ, Fofana, Ouédraogo, Mensah, Kouassi, Yao, N'Diaye, N'Guessan, Diakité, Konaté, Sissoko, "
            "Kanté, Faye, Gueye, Mbaye, Ndour, Sarr, Tall, Kaboré, Zongo")),
    "portugal": dict(
        m=L("João, José, António, Manuel, Rui, Tiago, Nuno, Paulo, Joaquim, Fernando, Carlos, Diogo"),
        f=L("Maria, Ana, Inês, Joana, Sofia, Beatriz, Conceição, Fátima, Rosa, Filipa, Teresa, Graça"),
        l=L("Da Silva, Dos Santos, Ferreira, Pereira, Rodrigues, Fernandes, Gonçalves, Oliveira, Carvalho, "
            "Teixeira, Sousa, Lopes, Almeida, Ribeiro, Pinto, Mendes, Moreira, Cardoso, Marques, Correia, "
            "De Sousa, d'Almeida, Da Costa, Gomes, Martins, Azevedo")),
    "vietnam": dict(
        m=L("Van Minh, Duc Anh, Quang Huy, Minh, Tuan, Long, Thanh, Bao, Khoa"),
        f=L("Thi Lan, Thi Mai, Thu Huong, Linh, Ngoc Anh, Trang, Thuy, Mai Anh, Hoa, Phuong"),
        l=L("Nguyen, Tran, Pham, Hoang, Phan, Vu, Dang, Bui, Ngo, Duong, Truong, Huynh, Dinh, Lê")),
    "est": dict(
        m=L("Piotr, Tomasz, Krzysztof, Andrzej, Marek, Dmitri, Ivan, Sergueï, Bogdan, Vasile, Mihai, Radu, "
            "Oleksandr, Pavel, Vladimir, Nikola, Stefan"),
        f=L("Agnieszka, Katarzyna, Magdalena, Ewa, Olga, Natalia, Irina, Ioana, Elena, Svetlana, Oksana, Zofia, "
            "Daria, Anastasia, Milena, Jana"),
        lm=L("Kowalski, Nowak, Wiśniewski, Lewandowski, Wójcik, Popescu, Ionescu, Petrov, Kovalenko, Shevchenko, "
             "Horváth, Novák, Dvořák, Kuznetsov, Moldovan, Constantinescu, Jankowski, Zieliński, Marinescu, "
             "Dumitru, Bondarenko, Popov"),
        lf=L("Kowalska, Nowak, Wiśniewska, Lewandowska, Wójcik, Popescu, Ionescu, Petrova, Kovalenko, Shevchenko, "
             "Horváth, Nováková, Dvořáková, Kuznetsova, Moldovan, Constantinescu, Jankowska, Zielińska, "
             "Marinescu, Dumitru, Bondarenko, Popova")),
    "antilles": dict(
        m=L("Jocelyn, Teddy, Rudy, Dimitri, Lucien, Max, Harry, Ruddy, Jean-Claude, Gérald, Steeve, Willy, "
            "Jean-Hugues, Lionel"),
        f=L("Josette, Maryse, Ketty, Nadège, Ghislaine, Marie-Line, Lucette, Murielle, Rosette, Yolène, Joëlle, "
            "Manuella, Marie-Josée, Sully-Anne"),
        l=L("Sainte-Rose, Joseph-Angélique, Louis-Sidney, Romana, Jean-Louis, Céleste, Théodore, Bellance, Zobda, "
            "Nabajoth, Dorville, Rosemain, Calixte, Bernabé, Larcher, Marie-Sainte, Désiré, Pelage, Grava, "
            "Saint-Ange, Moutoussamy, Jeanne-Rose, Payet, Hoarau, Grondin, Técher, Lebon, Nativel, Ramassamy, "
            "Moutien")),
    "ital_esp": dict(
        m=L("Giuseppe, Marco, Lorenzo, Javier, Pablo, Alejandro, Matteo, Salvatore, Diego, Raúl"),
        f=L("Carmen, Dolores, Giulia, Francesca, Lucía, Pilar, Chiara, Rosario, Paola, Nuria"),
        l=L("Russo, Romano, Ferrari, Esposito, Bianchi, Colombo, Ricci, Greco, Gallo, Conti, Garcia, Martinez, "
            "Lopez, Sanchez, Gomez, Ruiz, Hernandez, Jimenez, Moreno, Navarro, Rodríguez, Fernández, Pérez")),
    "turc": dict(
        m=L("Mehmet, Emre, Mustafa, Ahmet, Burak, Yusuf, Kerem"),
        f=L("Elif, Ayşe, Zeynep, Fatma, Merve, Esra, Hatice"),
        l=L("Yilmaz, Kaya, Demir, Şahin, Çelik, Öztürk, Aydin, Arslan, Doğan, Kiliç, Yildiz")),
    "asie": dict(
        m=L("Wei, Jun, Hao, Kenji, Haruto, Min-jun"),
        f=L("Mei, Xiaoli, Yuki, Li Na, Seo-yeon, Hana"),
        l=L("Chen, Wang, Zhang, Liu, Huang, Zhou, Tanaka, Kim, Park, Watanabe")),
    "particule": dict(
        m=L("Charles-Henri, Édouard, Foulques, Amaury, Hubert, Gonzague, Augustin, Tristan"),
        f=L("Ombeline, Albane, Domitille, Bénédicte, Sixtine, Éléonore, Apolline, Victoire"),
        l=L("de Villiers, de La Roche, du Plessis, de Boissieu, d'Arcangues, de Kerguelen, de Lestrange, "
            "de Vaucelles, du Mesnil, de Saint-Aubin, van der Meulen, Van Hecke, de La Tour, Le Bris, de Chabannes, "
            "d'Hautefeuille, du Chatelier, de Maistre, de Pontbriand, des Garets")),
}

ORIGIN_W = [("fr", 30), ("bzh", 6), ("nord", 4), ("alsace", 3), ("oc", 4), ("corse", 4), ("maghreb", 12),
            ("afrique", 9), ("portugal", 6), ("vietnam", 4), ("est", 6), ("antilles", 6), ("ital_esp", 4),
            ("turc", 2), ("asie", 2), ("particule", 3)]

NICKS = L("Juju, Nico, Momo, Steph, Seb, Fred, Cathy, Babeth, Titou, Lulu, Manu, Flo, Val, Isa, Mimi, Loulou, "
          "Jojo, Dédé, Nanou, Kiki, Domi, Gégé, Bibou, Chouchou")

PUBLIC = L("Philippe Meirieu, Jules Ferry, Condorcet, Célestin Freinet, Maria Montessori, Alan Turing, Yann LeCun, "
           "Cédric Villani, Pap Ndiaye, Gabriel Attal, Jean-Michel Blanquer, Stanislas Dehaene, Luc Julia, "
           "Laurence Devillers, Arthur Mensch, Hannah Arendt, Edgar Morin, Nicole Belloubet, Sam Altman, Elon Musk")


class Person:
    def __init__(self, first, last, g, origin):
        self.first, self.last, self.g, self.origin = first, last, g, origin


def lasts_of(pool, g):
    return pool["l"] if "l" in pool else pool["l" + g]


def new_person(r, g=None, origin=None):
    origin = origin or wchoice(r, ORIGIN_W)
    pool = POOLS[origin]
    g = g or r.choice("mf")
    firsts = pool[g]
    if origin not in ("fr", "particule") and r.random() < 0.22:
        firsts = POOLS["fr"][g]
    first = r.choice(firsts)
    last = r.choice(lasts_of(pool, g))
    if r.random() < 0.07 and " " not in last and "-" not in last and "'" not in last:
        o2 = wchoice(r, ORIGIN_W)
        l2 = r.choice(lasts_of(POOLS[o2], g))
        if " " not in l2 and "-" not in l2 and "'" not in l2 and l2 != last:
            last = last + "-" + l2
    if first == last:
        last = r.choice(POOLS["fr"]["l"])
    return Person(first, last, g, origin)


def kid_first(r, parent=None, g=None):
    origin = parent.origin if parent and r.random() < 0.6 else wchoice(r, ORIGIN_W)
    return new_person(r, g=g, origin=origin).first


VOWELS = "aeiouyéèêëàâîïôûAEIOUYÉÈÊÀÂÎÏÔÛhH"


def de_(w):
    return ("d'" + w) if w[:1] in VOWELS else ("de " + w)


def initials(first):
    if " " in first:
        return first[0] + "."
    return "-".join(p[0] + "." for p in first.split("-"))


def title(r, p, low=False):
    if p.g == "f":
        t = wchoice(r, [("Mme ", 10), ("Madame ", 3), ("Mme. ", 1), ("Mlle ", 1), ("Dr ", 1), ("madame ", 1)])
    else:
        t = wchoice(r, [("M. ", 10), ("Monsieur ", 3), ("M ", 1), ("Mr ", 1), ("Dr ", 1), ("monsieur ", 1)])
    return t.lower() if low else t


def nm(r, p, style):
    F, Ln = p.first, p.last
    if style in ("iL", "tiL") and initials(F) == "M.":
        style = "fl" if style == "iL" else "tfl"  # « M. Dupont » would read as a title
    if style == "fl":
        return [PER(f"{F} {Ln}")]
    if style == "Lf":
        return [PER(f"{Ln.upper()} {F}")]
    if style == "fL":
        return [PER(f"{F} {Ln.upper()}")]
    if style == "low":
        return [PER(f"{F} {Ln}".lower())]
    if style == "UP":
        return [PER(f"{F} {Ln}".upper())]
    if style == "iL":
        return [PER(f"{initials(F)} {Ln}")]
    if style == "fi":
        return [PER(f"{F} {strip_accents(Ln)[0].upper()}"), DOT]
    if style == "tL":
        return [title(r, p), PER(Ln)]
    if style == "tLU":
        return [title(r, p), PER(Ln.upper())]
    if style == "tfl":
        return [title(r, p), PER(f"{F} {Ln}")]
    if style == "tI":
        t = r.choice(["Mme ", "Mme ", "Madame "] if p.g == "f" else ["M. ", "M. ", "Monsieur "])
        return [t, PER(strip_accents(Ln)[0].upper()), DOT]
    if style == "tiL":
        return [title(r, p), PER(f"{initials(F)} {Ln}")]
    if style == "f":
        return [PER(F)]
    if style == "flow":
        return [PER(F.lower())]
    raise ValueError(style)


FORMAL = [("fl", 6), ("tfl", 4), ("fL", 2), ("Lf", 2), ("iL", 1), ("UP", 1), ("tiL", 1)]
SIGN = [("fl", 6), ("fL", 2), ("Lf", 1), ("iL", 1), ("UP", 1), ("fi", 1)]
MENTION = [("tL", 6), ("tfl", 3), ("fl", 2), ("tI", 1), ("tLU", 1), ("fi", 1), ("iL", 1)]


def pname(r, p, ctx=FORMAL):
    return nm(r, p, wchoice(r, ctx))


# ---------------------------------------------------------------------------
# places
# ---------------------------------------------------------------------------

LOCS_METRO = [
    ("75011", "Paris"), ("75019", "Paris"), ("75005", "Paris"), ("75020", "Paris"), ("69003", "Lyon"),
    ("69100", "Villeurbanne"), ("69200", "Vénissieux"), ("13001", "Marseille"), ("13008", "Marseille"),
    ("13100", "Aix-en-Provence"), ("31000", "Toulouse"), ("31400", "Toulouse"), ("33000", "Bordeaux"),
    ("33600", "Pessac"), ("44000", "Nantes"), ("44600", "Saint-Nazaire"), ("59000", "Lille"), ("59100", "Roubaix"),
    ("59200", "Tourcoing"), ("62300", "Lens"), ("67000", "Strasbourg"), ("68100", "Mulhouse"), ("35000", "Rennes"),
    ("29200", "Brest"), ("29000", "Quimper"), ("56100", "Lorient"), ("22300", "Lannion"), ("29450", "Sizun"),
    ("56340", "Carnac"), ("34000", "Montpellier"), ("06000", "Nice"), ("06400", "Cannes"), ("38000", "Grenoble"),
    ("63000", "Clermont-Ferrand"), ("87000", "Limoges"), ("21000", "Dijon"), ("25000", "Besançon"),
    ("51100", "Reims"), ("80000", "Amiens"), ("76600", "Le Havre"), ("76000", "Rouen"), ("14000", "Caen"),
    ("37000", "Tours"), ("45000", "Orléans"), ("49000", "Angers"), ("72000", "Le Mans"), ("86000", "Poitiers"),
    ("17000", "La Rochelle"), ("64100", "Bayonne"), ("64500", "Saint-Jean-de-Luz"), ("65000", "Tarbes"),
    ("66000", "Perpignan"), ("84000", "Avignon"), ("83000", "Toulon"), ("57000", "Metz"), ("54000", "Nancy"),
    ("88000", "Épinal"), ("93200", "Saint-Denis"), ("93100", "Montreuil"), ("94000", "Créteil"),
    ("92100", "Boulogne-Billancourt"), ("95000", "Cergy"), ("91000", "Évry-Courcouronnes"), ("78000", "Versailles"),
    ("77000", "Melun"), ("02100", "Saint-Quentin"), ("08000", "Charleville-Mézières"), ("01000", "Bourg-en-Bresse"),
    ("03100", "Montluçon"), ("42000", "Saint-Étienne"), ("26000", "Valence"), ("73000", "Chambéry"),
    ("74000", "Annecy"), ("23000", "Guéret"), ("46000", "Cahors"), ("12000", "Rodez"), ("48000", "Mende"),
    ("15000", "Aurillac"), ("19100", "Brive-la-Gaillarde"), ("24000", "Périgueux"), ("47000", "Agen"),
    ("40000", "Mont-de-Marsan"), ("32000", "Auch"), ("09000", "Foix"), ("11000", "Carcassonne"), ("30000", "Nîmes"),
    ("04000", "Digne-les-Bains"), ("05100", "Briançon"), ("12340", "Bozouls"), ("22560", "Trébeurden"),
    ("39300", "Champagnole"), ("71250", "Cluny"), ("89200", "Avallon"), ("61400", "Mortagne-au-Perche"),
    ("50170", "Pontorson"), ("85300", "Challans"), ("79000", "Niort"), ("16000", "Angoulême"),
    ("43000", "Le Puy-en-Velay"), ("07200", "Aubenas"), ("81000", "Albi"), ("60200", "Compiègne"),
]
LOCS_CORSE = [("20000", "Ajaccio", "2A"), ("20090", "Ajaccio", "2A"), ("20137", "Porto-Vecchio", "2A"),
              ("20110", "Propriano", "2A"), ("20100", "Sartène", "2A"), ("20200", "Bastia", "2B"),
              ("20600", "Bastia", "2B"), ("20250", "Corte", "2B"), ("20260", "Calvi", "2B"),
              ("20220", "L'Île-Rousse", "2B")]
LOCS_DOM = [("97110", "Pointe-à-Pitre"), ("97139", "Les Abymes"), ("97100", "Basse-Terre"),
            ("97200", "Fort-de-France"), ("97232", "Le Lamentin"), ("97300", "Cayenne"), ("97310", "Kourou"),
            ("97400", "Saint-Denis"), ("97410", "Saint-Pierre"), ("97430", "Le Tampon"), ("97600", "Mamoudzou")]
LOCS_BE = [("1000", "Bruxelles"), ("4000", "Liège"), ("7000", "Mons"), ("5000", "Namur"),
           ("1348", "Louvain-la-Neuve"), ("7500", "Tournai")]
LOCS_CH = [("1204", "Genève"), ("1003", "Lausanne"), ("2000", "Neuchâtel"), ("1700", "Fribourg"), ("1950", "Sion")]


class Loc:
    def __init__(self, cp, city, kind, dept):
        self.cp, self.city, self.kind, self.dept = cp, city, kind, dept


def pick_loc(r, kind=None):
    kind = kind or wchoice(r, [("metro", 74), ("corse", 7), ("dom", 10), ("mc", 2.5), ("be", 3.5), ("ch", 3)])
    if kind == "metro":
        cp, city = r.choice(LOCS_METRO)
        return Loc(cp, city, kind, cp[:2])
    if kind == "corse":
        cp, city, d = r.choice(LOCS_CORSE)
        return Loc(cp, city, kind, d)
    if kind == "dom":
        cp, city = r.choice(LOCS_DOM)
        return Loc(cp, city, kind, cp[:3])
    if kind == "mc":
        return Loc("98000", "Monaco", kind, "MC")
    if kind == "be":
        cp, city = r.choice(LOCS_BE)
        return Loc(cp, city, kind, "BE")
    cp, city = r.choice(LOCS_CH)
    return Loc(cp, city, kind, "CH")


def fr_loc(r):
    return pick_loc(r, wchoice(r, [("metro", 80), ("corse", 8), ("dom", 12)]))


NAMES_RUE = L("des Lilas, de la République, Victor-Hugo, Jean-Jaurès, de la Gare, des Écoles, Pasteur, du Moulin, "
              "des Tilleuls, de Verdun, Gambetta, de la Liberté, du Stade, des Acacias, Saint-Michel, Aristide-Briand, "
              "Émile-Zola, Louise-Michel, Paul-Bert, Jules-Ferry, du 8-Mai-1945, du 11-Novembre, Nationale, de Brest, "
              "Sainte-Anne, Lamartine, Voltaire, Anatole-France, de la Paix, du Château, Pierre-et-Marie-Curie, "
              "de l'Église, du Four, de la Fontaine, Frédéric-Mistral, du Colonel-Fabien, des Trois-Rois, "
              "Paul-Verlaine, des Jardins, de Paris, du Général-Leclerc, Condorcet, Lafayette, de Metz, Sadi-Carnot, "
              "des Remparts, Schœlcher, Victor Hugo, Jean Jaurès, des Cordeliers, de la Mairie, du Docteur-Roux, "
              "Albert-Camus, Charles-Péguy, de Kerjézéquel, du Vieux-Port, Félix-Éboué, des Hibiscus, Frébault, "
              "Juliette-Dodu, Ernest-Deproge, du Général-Lambert, de la Ravine")
NAMES_AV = L("de la République, Jean-Jaurès, du Général-de-Gaulle, Foch, de Verdun, Gambetta, Victor-Hugo, "
             "de la Libération, Pasteur, Aristide-Briand, de Paris, du Maréchal-Juin, Édouard-Herriot, Clemenceau, "
             "Carnot, de Lattre-de-Tassigny, Jean-Médecin, Thiers, de Bretagne, des Pyrénées, du Président-Wilson, "
             "Joffre, de la Marne, Saint-Exupéry, Salvador-Allende, Gaston-Monnerville")
NAMES_SMALL = L("des Roses, des Pins, des Mésanges, des Glycines, du Lavoir, des Coquelicots, des Hirondelles, "
                "du Verger, des Chênes, des Peupliers, des Bleuets, du Puits, des Vignes, des Cerisiers, des Mimosas, "
                "des Oliviers, Fleurie, des Genêts, des Érables, des Violettes, de la Source, des Tisserands, "
                "des Bouleaux, du Parc, des Flamboyants, des Frangipaniers")
NAMES_CHEMIN = L("du Moulin, des Vignes, de la Croix, des Crêtes, du Bois, de la Plaine, des Prés, de Ronde, du Lac, "
                 "des Sablières, de la Colline, des Amandiers, de Saint-Jean, du Château-d'Eau, des Écoliers, "
                 "de la Ravine-Blanche, Morne-Vert")
NAMES_PLACE = L("de la Mairie, du Marché, de l'Église, Bellecour, de la Liberté, du Général-de-Gaulle, Carnot, "
                "Jean-Jaurès, des Halles, du Ralliement, Saint-Sernin, Stanislas, du Capitole, de la Comédie, "
                "du Champ-de-Foire")
NAMES_QUAI = L("de la Loire, des Chartrons, Saint-Pierre, de Saône, des Bateliers, du Port, Jean-Moulin, de la Fosse, "
               "des Belges, Rambaud, de l'Horloge, Lunel, de la Douane")
NAMES_ROUTE = L("de Quimper, de Lyon, de Paris, de Toulouse, de la Corniche, de Vannes, de Bayonne, des Plages, "
                "de Grasse, d'Ajaccio, de Calvi, du Phare, de Montagne, de Montabo")
NAMES_FG = L("Saint-Antoine, Saint-Denis, de Strasbourg, Saint-Jean, des Trois-Maisons")

STREET_TYPES = [
    (["rue", "rue", "rue", "rue", "r.", "Rue", "R."], NAMES_RUE, 40),
    (["avenue", "av.", "Av.", "avenue", "Avenue", "ave"], NAMES_AV, 12),
    (["boulevard", "bd", "Bd", "bd.", "boulevard", "Boulevard"], NAMES_AV, 8),
    (["impasse", "imp.", "Impasse"], NAMES_SMALL, 6),
    (["chemin", "chem.", "Chemin", "ch."], NAMES_CHEMIN, 5),
    (["allée", "all.", "Allée"], NAMES_SMALL, 6),
    (["place", "pl.", "Place"], NAMES_PLACE, 4),
    (["quai", "Quai"], NAMES_QUAI, 3),
    (["cours"], NAMES_AV, 2),
    (["route", "rte", "Route"], NAMES_ROUTE, 4),
    (["square", "sq."], NAMES_SMALL, 2),
    (["faubourg", "fg", "Fbg"], NAMES_FG, 1),
    (["passage"], NAMES_SMALL, 1),
    (["montée"], NAMES_CHEMIN, 1),
    (["traverse"], NAMES_CHEMIN, 1),
    (["villa"], NAMES_SMALL, 1),
    (["sentier"], NAMES_CHEMIN, 1),
]

COMPLEMENTS = L("Bât. B, Bâtiment C, bât. A2, Appt 12, Apt. 34, Appartement 5, Résidence Les Tilleuls, "
                "Résidence du Parc, Esc. B, Porte 14, Immeuble Le Cygne, Rés. Les Mimosas, Cité des Fleurs, "
                "Les Jardins d'Aliénor, 2e étage gauche, Boîte 12, Résidence Le Clos Fleuri, Tour Opale, "
                "Résidence universitaire Jean-Zay, Villa Les Embruns")
COMPLEMENTS_MULTI = ["Résidence du Parc, escalier 2", "Esc. A, 3e étage", "Rés. Les Mimosas, bât. D",
                     "Cité des Fleurs, tour 3", "Les Jardins d'Aliénor, appt 207", "Bâtiment B, appartement 41",
                     "Résidence Les Hauts de Saint-Pierre, bât. 4"]
DOM_COMPL = L("Lotissement Les Flamboyants, Résidence Bellevue, Cité Bon-Air, Lot. Les Alizés, Résidence Les Hibiscus, "
              "Quartier Bois-Neuf, Lotissement Beauséjour")
LIEUXDITS = L("Kerbrat, Ker Anna, Le Bourg, La Croix-Blanche, Les Granges, Mas de l'Olivier, La Bastide Neuve, "
              "Le Moulin d'en Bas, Pen ar Hoat, Goarem Vihan, Lann Vras, Les Trois Chênes, Bel-Air, Champ Fleuri, "
              "La Rivière, Vignola, Les Côtes, Le Pigeonnier")
DOM_LD = L("Quartier Bois-Neuf, Section Morne-Rouge, Morne Pitault, Quartier Rivière-Salée, Ravine des Cabris, "
           "Quartier Montabo, Lieu-dit Fond-Lahaye, Section Grande-Savane")
BE_STREETS = L("Rue de la Loi, Avenue Louise, Chaussée de Waterloo, Rue Haute, Boulevard d'Avroy, Rue des Carmes, "
               "Place Saint-Lambert, Avenue de Tervueren, Rue de Namur, Rue de Nimy, Grand-Place")
CH_STREETS = L("Rue du Rhône, Route de Chêne, Avenue de la Gare, Rue de Lausanne, Chemin des Crêts, Rue du Bourg, "
               "Grand-Rue, Rue de la Servette, Avenue de Rumine")
MC_STREETS = L("boulevard des Moulins, avenue de la Costa, rue Grimaldi, boulevard Princesse-Charlotte, "
               "avenue Princesse-Grace, rue Plati, boulevard Albert-Ier, avenue de l'Annonciade")


def house_no(r):
    return min(220, int(r.expovariate(1 / 22)) + 1)


def street_str(r, caps=False):
    n = house_no(r)
    suf = wchoice(r, [("", 30), (" bis", 4), (" ter", 2), ("bis", 1), (" B", 1), (" A", 1), ("ter", 1)])
    comma = "," if r.random() < 0.18 else ""
    types, names, _ = wchoice(r, [(t, t[2]) for t in STREET_TYPES])
    return f"{n}{suf}{comma} {r.choice(types)} {r.choice(names)}"


def city_str(r, loc):
    c = loc.city
    if r.random() < 0.12:
        c = c.upper()
    return f"{loc.cp} {c}"


def cedex_cp(r, loc):
    return loc.cp[:2] + "%03d" % r.randint(1, 999) if loc.kind != "dom" else loc.cp[:3] + "%02d" % r.randint(1, 99)


def address(r, loc=None, shape=None):
    """Return the address entity text."""
    loc = loc or pick_loc(r)
    if loc.kind == "be":
        s = f"{r.choice(BE_STREETS)} {house_no(r)}"
        if r.random() < 0.3:
            s += r.choice(["/3", " bte 2", "/12", " boîte 4"])
        sep = r.choice([", ", "\n"])
        ctry = r.choice(["Belgique", "BELGIQUE", "Belgique"])
        return f"{s}{sep}{loc.cp} {loc.city}{r.choice([', ', sep, ' – '])}{ctry}"
    if loc.kind == "ch":
        s = f"{r.choice(CH_STREETS)} {house_no(r)}"
        sep = r.choice([", ", "\n"])
        ctry = r.choice(["Suisse", "SUISSE", "Suisse"])
        pre = r.choice(["", "", "CH-"])
        return f"{s}{sep}{pre}{loc.cp} {loc.city}{r.choice([', ', sep])}{ctry}"
    if loc.kind == "mc":
        s = f"{house_no(r)} {r.choice(MC_STREETS)}"
        if r.random() < 0.4:
            s = r.choice(["Le Millefiori", "Le Park Palace", "Le Schuylkill", "Résidence Les Caravelles"]) + ", " + s
        sep = r.choice([", ", "\n"])
        return s + sep + r.choice(["98000 Monaco", "MC 98000 Monaco", "98000 MONACO", "98000 Monaco, Principauté de Monaco"])
    shape = shape or wchoice(r, [("line", 24), ("two", 20), ("comp_first", 8), ("comp_mid", 7), ("lieudit", 5),
                                 ("bp", 5), ("caps", 6), ("dash", 5), ("comp_line", 4)])
    st = street_str(r)
    if loc.kind == "dom" and shape in ("lieudit",):
        ld = r.choice(DOM_LD)
        return f"{ld}{r.choice([', ', chr(10)])}{city_str(r, loc)}"
    if shape == "line":
        return f"{st}, {city_str(r, loc)}"
    if shape == "dash":
        return f"{st} {r.choice(['–', '-', '—'])} {city_str(r, loc)}"
    if shape == "two":
        return f"{st}\n{city_str(r, loc)}"
    if shape == "comp_first":
        comp = r.choice(DOM_COMPL if loc.kind == "dom" and r.random() < 0.6 else COMPLEMENTS + COMPLEMENTS_MULTI)
        return f"{comp}\n{st}\n{city_str(r, loc)}"
    if shape == "comp_line":
        comp = r.choice(DOM_COMPL if loc.kind == "dom" and r.random() < 0.6 else COMPLEMENTS)
        return f"{comp}, {st}, {city_str(r, loc)}"
    if shape == "comp_mid":
        return f"{st}\n{r.choice(COMPLEMENTS + COMPLEMENTS_MULTI)}\n{city_str(r, loc)}"
    if shape == "lieudit":
        ld = r.choice(LIEUXDITS)
        pre = r.choice(["Lieu-dit ", "lieu-dit ", "", "Hameau de "]) if ld not in ("Le Bourg",) else ""
        if pre == "Hameau de ":
            ld = r.choice(["la Combe", "Montfort", "Saint-Roch", "la Vialle"])
        return f"{pre}{ld}{r.choice([', ', chr(10)])}{city_str(r, loc)}"
    if shape == "bp":
        box = r.choice(["BP ", "CS ", "BP ", "TSA ", "B.P. "]) + str(r.randint(1, 99999) if r.random() < 0.5 else r.randint(10, 999))
        ced = r.choice(["CEDEX", "Cedex", "CEDEX 07", "Cedex 9", "CEDEX 01", "cedex 3"])
        return f"{st}\n{box}\n{cedex_cp(r, loc)} {loc.city.upper() if r.random() < 0.5 else loc.city} {ced}"
    if shape == "bp_first":
        box = r.choice(["BP ", "B.P. "]) + str(r.randint(1, 999))
        return f"{box}\n{cedex_cp(r, loc)} {loc.city} {r.choice(['CEDEX', 'Cedex'])}"
    if shape == "caps":
        s = f"{st}\n{loc.cp} {loc.city}".upper()
        return strip_accents(s) if r.random() < 0.5 else s
    if shape == "street_only":
        return st
    if shape == "a_city":
        if loc.city.startswith(("Le ", "Les ")):
            return f"{st}, {city_str(r, loc)}"
        return f"{st} à {loc.city}"
    if shape == "cp_only":
        return f"{st}, {loc.cp}"
    raise ValueError(shape)


def inline_address(r, loc=None):
    """Address written on one line inside a sentence."""
    loc = loc or pick_loc(r)
    if loc.kind in ("be", "ch", "mc"):
        return address(r, loc).replace("\n", ", ")
    shape = wchoice(r, [("line", 10), ("dash", 2), ("comp_line", 2), ("a_city", 4), ("street_only", 3),
                        ("cp_only", 1)])
    return address(r, loc, shape)


# ---------------------------------------------------------------------------
# identifiers
# ---------------------------------------------------------------------------

WRONG_STATE = Counter()


def wrong(r, kind):
    """Draw a deliberately wrong check key, steering the running share towards WRONG_RATE."""
    n, w = WRONG_STATE[kind + "n"], WRONG_STATE[kind + "w"]
    p = min(0.9, max(0.1, WRONG_RATE + (WRONG_RATE * n - w) * 0.25))
    res = r.random() < p
    WRONG_STATE[kind + "n"] += 1
    WRONG_STATE[kind + "w"] += int(res)
    return res


MAINLAND_DEPTS = [d for d in range(1, 96) if d != 20]


def gen_nir(r, sex=None, born=None, dept=None):
    sex = sex or r.choice("12")
    yy = (born or r.randint(1960, 2000)) % 100
    mm = r.randint(1, 12)
    x = r.random()
    if dept in ("2A", "2B") or (dept is None and x < 0.12):
        d = dept if dept in ("2A", "2B") else r.choice(["2A", "2B"])
        com = "%03d" % r.randint(1, 366)
    elif (dept and len(dept) == 3 and dept.startswith("97")) or (dept is None and x < 0.22):
        d3 = dept if dept and dept.startswith("97") else r.choice(["971", "972", "973", "974", "976"])
        d, com = d3[:2], d3[2] + "%02d" % r.randint(1, 34)
    elif dept is None and x < 0.30:
        d, com = "99", r.choice(["350", "351", "352", "341", "139", "109", "127", "134", "331", "335", "243", "432"])
    else:
        d = dept if dept and dept.isdigit() and len(dept) == 2 and dept != "20" else "%02d" % r.choice(MAINLAND_DEPTS)
        com = "%03d" % r.randint(1, 800)
    order = "%03d" % r.randint(1, 999)
    body = f"{sex}{yy:02d}{mm:02d}{d}{com}{order}"
    assert len(body) == 13
    key = nir_key(body)
    if wrong(r, "NIR"):
        key = r.choice([k for k in range(1, 98) if k != key])
    k = "%02d" % key
    f = wchoice(r, [("sp", 58), ("cmp", 22), ("cmpk", 14), ("dash", 6)])
    if f == "sp":
        return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {k}"
    if f == "cmp":
        return body + k
    if f == "cmpk":
        return body + " " + k
    return f"{body[0]}-{body[1:3]}-{body[3:5]}-{body[5:7]}-{body[7:10]}-{body[10:13]}-{k}"


BANKS = L("30004, 30003, 20041, 10278, 30002, 10107, 18206, 17515, 30066, 11306, 16606, 14505, 42559, 13335, "
          "12506, 15589, 13507, 16275, 10096, 18315, 12135, 19106, 11425, 40618")


def gen_iban(r):
    bank = r.choice(BANKS)
    guichet = "%05d" % r.randint(0, 99999)
    acct = "".join(r.choice("0123456789") for _ in range(11))
    if r.random() < 0.08:
        i = r.randint(0, 10)
        acct = acct[:i] + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + acct[i + 1:]
    base = bank + guichet + acct
    good = [k for k in range(1, 100) if iban_ok("FR76" + base + "%02d" % k)]
    assert good, base
    key = good[0]
    if wrong(r, "IBAN"):
        key = r.choice([k for k in range(1, 98) if k not in good])
    iban = "FR76" + base + "%02d" % key
    f = wchoice(r, [("sp4", 62), ("cmp", 28), ("rib", 10)])
    if f == "sp4":
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    if f == "cmp":
        return iban
    return f"{iban[:4]} {iban[4:9]} {iban[9:14]} {iban[14:25]} {iban[25:]}"


def uai_prefix(loc):
    if loc is None:
        return None
    if loc.kind == "corse":
        return "620" if loc.dept == "2A" else "720"
    if loc.kind == "dom":
        return loc.cp[:3]
    if loc.kind == "metro":
        return "0" + loc.cp[:2]
    return None


def gen_uai(r, loc=None, force_ok=False):
    pre = uai_prefix(loc) or r.choice(["059", "069", "075", "013", "033", "029", "093", "031", "067", "035", "620",
                                       "720", "971", "972", "974", "973", "976", "044", "062", "006", "034"])
    num = pre + "%04d" % r.randint(0, 9999)
    letter = ALPH23[int(num) % 23]
    if not force_ok and wrong(r, "UAI"):
        letter = r.choice([c for c in ALPH23 if c != letter])
    return num + letter


# ---------------------------------------------------------------------------
# phones, e-mails
# ---------------------------------------------------------------------------

def rd(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def fmt_fr(r, d):
    pairs = " ".join(d[i:i + 2] for i in range(0, 10, 2))
    f = wchoice(r, [("sp", 30), ("dot", 9), ("dash", 4), ("cmp", 8), ("p33", 9), ("p33b", 3), ("0033", 3),
                    ("p33c", 4), ("g3", 2), ("g4", 2), ("g5", 2), ("slash", 1), ("p33dot", 2), ("mixed", 1)])
    n9 = d[1:]
    if f == "sp":
        return pairs
    if f == "dot":
        return pairs.replace(" ", ".")
    if f == "dash":
        return pairs.replace(" ", "-")
    if f == "cmp":
        return d
    if f == "p33":
        return "+33 " + n9[0] + " " + " ".join(n9[i:i + 2] for i in range(1, 9, 2))
    if f == "p33b":
        return "+33 (0)" + n9[0] + " " + " ".join(n9[i:i + 2] for i in range(1, 9, 2))
    if f == "0033":
        return "0033 " + n9[0] + " " + " ".join(n9[i:i + 2] for i in range(1, 9, 2))
    if f == "p33c":
        return "+33" + n9
    if f == "g3":
        return f"{d[:2]} {d[2:5]} {d[5:8]} {d[8:]}"
    if f == "g4":
        return f"{d[:4]} {d[4:7]} {d[7:]}"
    if f == "g5":
        return f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"
    if f == "slash":
        return pairs.replace(" ", "/")
    if f == "p33dot":
        return "+33 " + n9[0] + "." + ".".join(n9[i:i + 2] for i in range(1, 9, 2))
    return f"{d[:2]}-{d[2:4]}.{d[4:6]}.{d[6:8]}.{d[8:]}"


ZONE = {"01": "75 77 78 91 92 93 94 95",
        "02": "14 18 22 27 28 29 35 36 37 41 44 45 49 50 53 56 61 72 76 85",
        "03": "02 08 10 21 25 39 51 52 54 55 57 58 59 60 62 67 68 70 71 80 88 89 90",
        "04": "01 03 04 05 06 07 11 13 15 26 30 34 38 42 43 48 63 66 69 73 74 83 84 2A 2B",
        "05": "09 12 16 17 19 23 24 31 32 33 40 46 47 64 65 79 81 82 86 87"}


def region_prefix(dept):
    for z, ds in ZONE.items():
        if dept in ds.split():
            return z
    return "01"


DOM_PFX = {"971": ("0590", "0690", "590"), "972": ("0596", "0696", "596"), "973": ("0594", "0694", "594"),
           "974": ("0262", "0692", "262"), "976": ("0269", "0639", "262")}


def gen_phone(r, loc=None, mobile=None):
    loc = loc or Loc("75011", "Paris", "metro", "75")
    mobile = r.random() < 0.6 if mobile is None else mobile
    if loc.kind in ("metro", "corse"):
        if mobile:
            d = r.choice(["06", "07", "06"]) + rd(r, 8)
        elif loc.kind == "corse":
            d = "0495" + rd(r, 6)
        else:
            d = (region_prefix(loc.dept) if r.random() < 0.85 else "09") + rd(r, 8)
        return fmt_fr(r, d)
    if loc.kind == "dom":
        fix, mob, cc = DOM_PFX[loc.cp[:3]]
        p = mob if mobile else fix
        d = p + rd(r, 6)
        f = wchoice(r, [("sp4", 5), ("pairs", 4), ("intl", 4), ("dot", 1)])
        if f == "sp4":
            return f"{d[:4]} {d[4:6]} {d[6:8]} {d[8:]}"
        if f == "pairs":
            return " ".join(d[i:i + 2] for i in range(0, 10, 2))
        if f == "dot":
            return ".".join(d[i:i + 2] for i in range(0, 10, 2))
        return f"+{cc} {d[1:4]} {d[4:6]} {d[6:8]} {d[8:]}"
    if loc.kind == "mc":
        if mobile:
            return r.choice(["+377 6 ", "00377 6 "]) + " ".join(rd(r, 2) for _ in range(4))
        return r.choice(["+377 ", "+377 ", "00377 "]) + r.choice(["93 ", "92 ", "97 "]) + " ".join(rd(r, 2) for _ in range(3))
    if loc.kind == "be":
        if mobile:
            m = "4" + r.choice("5789") + rd(r, 1)
            return r.choice([f"+32 {m} {rd(r, 2)} {rd(r, 2)} {rd(r, 2)}", f"0{m} {rd(r, 2)} {rd(r, 2)} {rd(r, 2)}",
                             f"0{m}/{rd(r, 2)}.{rd(r, 2)}.{rd(r, 2)}"])
        z = r.choice(["2", "4", "65", "81", "69"])
        rest = rd(r, 8 - len(z))
        return r.choice([f"+32 {z} {rest[:3]} {rest[3:5]} {rest[5:]}", f"0{z} {rest[:3]} {rest[3:5]} {rest[5:]}",
                         f"+32 (0){z} {rest[:3]} {rest[3:5]} {rest[5:]}"])
    if mobile:
        m = r.choice(["76", "77", "78", "79"])
    else:
        m = r.choice(["22", "21", "32", "26", "27"])
    return r.choice([f"+41 {m} {rd(r, 3)} {rd(r, 2)} {rd(r, 2)}", f"0{m} {rd(r, 3)} {rd(r, 2)} {rd(r, 2)}",
                     f"0041 {m} {rd(r, 3)} {rd(r, 2)} {rd(r, 2)}"])


def slug(s):
    s = strip_accents(s).lower().replace("'", "").replace("’", "")
    return s.replace(" ", "")


ACADS = L("lyon, lille, paris, versailles, creteil, aix-marseille, bordeaux, toulouse, nantes, rennes, strasbourg, "
          "grenoble, montpellier, nice, normandie, orleans-tours, poitiers, limoges, clermont, dijon, besancon, "
          "reims, amiens, nancy-metz, corse, guadeloupe, martinique, guyane, reunion, mayotte")
PERSO_DOMAINS = [("gmail.com", 20), ("orange.fr", 10), ("free.fr", 7), ("laposte.net", 6), ("wanadoo.fr", 5),
                 ("hotmail.fr", 6), ("yahoo.fr", 5), ("sfr.fr", 3), ("outlook.fr", 4), ("icloud.com", 3),
                 ("protonmail.com", 2), ("bbox.fr", 2), ("live.fr", 2), ("neuf.fr", 1), ("aol.com", 1),
                 ("skynet.be", 1), ("bluewin.ch", 1), ("proton.me", 1), ("hotmail.com", 2)]


def obfuscate(r, local, domain, p_obf=0.3):
    if r.random() >= p_obf:
        return f"{local}@{domain}"
    at = wchoice(r, [(" at ", 3), (" [at] ", 3), (" arobase ", 3), ("(at)", 1), (" [arobase] ", 1), (" (at) ", 2),
                     ("[at]", 1), (" AT ", 1)])
    if r.random() < 0.35:
        dot = r.choice([" [dot] ", " point ", " dot ", "[.]"])
        domain = domain.replace(".", dot)
    return f"{local}{at}{domain}"


def gen_email(r, p=None, academic=False, p_obf=0.28, local=None, acad=None):
    if local is None:
        f, l = slug(p.first), slug(p.last).replace("-", r.choice(["-", "", "."]))
        local = wchoice(r, [(f"{f}.{l}", 10), (f"{f[0]}.{l}", 3), (f"{f}{l}", 3), (f"{l}.{f}", 2), (f"{f}_{l}", 1),
                            (f"{f}.{l}{r.randint(1, 99)}", 2), (f"{f[0]}{l}", 2), (f"{l}{f[0]}", 1),
                            (f"{f}-{l}", 1), (f"{f}{r.randint(60, 99)}", 1), (f"{l}.{f[0]}", 1)])
    if academic:
        domain = "ac-" + (acad or r.choice(ACADS)) + ".fr"
        if acad is None and r.random() < 0.1:
            domain = "education.gouv.fr"
    else:
        domain = wchoice(r, PERSO_DOMAINS)
    return obfuscate(r, local, domain, p_obf)


# ---------------------------------------------------------------------------
# school-life vocabulary (no personal data)
# ---------------------------------------------------------------------------

SCHOOL_NAMES = L("Jean-Moulin, Marie-Curie, Jacques-Prévert, Condorcet, Louise-Michel, Victor-Schœlcher, "
                 "Pasquale-Paoli, Jules-Ferry, Émile-Zola, Simone-Veil, Gustave-Eiffel, Aimé-Césaire, Marcel-Pagnol, "
                 "Anne-Frank, Paul-Éluard, Jean-Rostand, Albert-Camus, Saint-Exupéry, Jean-Monnet, Victor-Hugo, "
                 "Pablo-Picasso, Léonard-de-Vinci, Henri-Wallon, Joliot-Curie, Camille-Claudel, Olympe-de-Gouges, "
                 "Rosa-Parks, Nelson-Mandela, Frantz-Fanon, Gaston-Monnerville, Lislet-Geoffroy, Saint-Joseph, "
                 "Notre-Dame, Sainte-Marie, La Salle, du Parc, Les Castors, Pierre-Mendès-France, Georges-Brassens, "
                 "Romain-Rolland, Françoise-Dolto, Germaine-Tillion, Lucie-Aubrac, Montesquieu, Descartes, Pasteur, "
                 "Voltaire, Fénelon, Henri-IV, Thiers, Clemenceau, Chateaubriand, Laennec, Jean-Lurçat, "
                 "Alexandre-Dumas, Évariste-Galois, Paul-Langevin, Colette, Sévigné, Jean-Zay")
SCHOOL_TYPES = [("collège", 30), ("lycée", 22), ("école élémentaire", 8), ("école", 10), ("lycée professionnel", 5),
                ("LP", 2), ("groupe scolaire", 4), ("école maternelle", 3), ("cité scolaire", 3),
                ("lycée polyvalent", 3), ("collège privé", 2), ("lycée agricole", 1)]


SECONDARY_TYPES = [(t, w) for t, w in SCHOOL_TYPES if not t.startswith(("école", "groupe"))]


def school(r, secondary=False):
    n = r.choice(SCHOOL_NAMES)
    if r.random() < 0.2:
        n = n.replace("-", " ")
    return f"{wchoice(r, SECONDARY_TYPES if secondary else SCHOOL_TYPES)} {n}"


def cls_for(r, sc):
    if sc.startswith(("école", "groupe")):
        return r.choice(["CP", "CE1", "CE2", "CM1", "CM2", "grande section", "ULIS"])
    if sc.startswith(("collège", "cité")):
        return r.choice(["6e A", "6e3", "5e B", "5e2", "4e C", "4e1", "3e D", "3e4", "SEGPA", "6e Bilangue", "4e Euro"])
    if sc.startswith(("LP", "lycée professionnel")):
        return r.choice(["CAP Cuisine", "bac pro MELEC", "2nde pro", "Tle bac pro AGORA"])
    return r.choice(["2nde 5", "seconde 3", "1re G2", "1re STMG 1", "Tle G4", "terminale spé NSI", "1re STI2D", "Tle ST2S",
                     "BTS SIO 1"])


def au_sch(sc):
    if sc.startswith("école"):
        return "à l'" + sc
    if sc.startswith("cité"):
        return "à la " + sc
    return "au " + sc


def du_sch(sc):
    if sc.startswith("école"):
        return "de l'" + sc
    if sc.startswith("cité"):
        return "de la " + sc
    return "du " + sc


def le_sch(sc):
    if sc.startswith("école"):
        return "l'" + sc
    if sc.startswith("cité"):
        return "la " + sc
    return "le " + sc


def que_(w):
    return ("qu'" + w) if w[:1] in "AEIOUYÉÈÊÀÂÎÔaeiouyéèêàâîô" else ("que " + w)


def de_name(n):
    """Elided preposition before a first name (the name itself is the entity)."""
    return "d'" if n[:1] in "AEIOUYÉÈÊÀÂÎÏÔÛaeiouyéèêàâîïôû" else "de "


ACADEMIES = [("de Lyon", "lyon", "69007", "Lyon", "metro"), ("de Lille", "lille", "59000", "Lille", "metro"),
             ("de Paris", "paris", "75019", "Paris", "metro"), ("de Versailles", "versailles", "78000", "Versailles", "metro"),
             ("de Créteil", "creteil", "94000", "Créteil", "metro"),
             ("d'Aix-Marseille", "aix-marseille", "13100", "Aix-en-Provence", "metro"),
             ("de Bordeaux", "bordeaux", "33000", "Bordeaux", "metro"), ("de Toulouse", "toulouse", "31000", "Toulouse", "metro"),
             ("de Nantes", "nantes", "44000", "Nantes", "metro"), ("de Rennes", "rennes", "35000", "Rennes", "metro"),
             ("de Strasbourg", "strasbourg", "67000", "Strasbourg", "metro"), ("de Grenoble", "grenoble", "38000", "Grenoble", "metro"),
             ("de Montpellier", "montpellier", "34000", "Montpellier", "metro"), ("de Nice", "nice", "06000", "Nice", "metro"),
             ("de Normandie", "normandie", "14000", "Caen", "metro"), ("d'Orléans-Tours", "orleans-tours", "45000", "Orléans", "metro"),
             ("de Poitiers", "poitiers", "86000", "Poitiers", "metro"), ("de Limoges", "limoges", "87000", "Limoges", "metro"),
             ("de Clermont-Ferrand", "clermont", "63000", "Clermont-Ferrand", "metro"), ("de Dijon", "dijon", "21000", "Dijon", "metro"),
             ("de Besançon", "besancon", "25000", "Besançon", "metro"), ("de Reims", "reims", "51100", "Reims", "metro"),
             ("d'Amiens", "amiens", "80000", "Amiens", "metro"), ("de Nancy-Metz", "nancy-metz", "54000", "Nancy", "metro"),
             ("de Corse", "corse", "20000", "Ajaccio", "corse"), ("de la Guadeloupe", "guadeloupe", "97139", "Les Abymes", "dom"),
             ("de la Martinique", "martinique", "97200", "Fort-de-France", "dom"), ("de la Guyane", "guyane", "97300", "Cayenne", "dom"),
             ("de La Réunion", "reunion", "97400", "Saint-Denis", "dom"), ("de Mayotte", "mayotte", "97600", "Mamoudzou", "dom")]


def acad_loc(r):
    phrase, sl, cp, city, kind = r.choice(ACADEMIES)
    dept = "2A" if kind == "corse" else (cp[:3] if kind == "dom" else cp[:2])
    return phrase, sl, Loc(cp, city, kind, dept)


CLASSES = L("6e A, 6e3, 5e B, 5e2, 4e C, 4e1, 3e D, 3e4, 3e Prépa-métiers, 2nde 5, seconde 3, 1re G2, 1re STMG 1, "
            "Tle G4, terminale spé NSI, CM1, CM2, CE1, CE2, CP, grande section, BTS SIO 1, CAP Cuisine, "
            "bac pro MELEC, ULIS, SEGPA, 1re STI2D, Tle ST2S, 6e Bilangue, 4e Euro")
SUBJECTS = L("mathématiques, français, histoire-géographie, SVT, physique-chimie, anglais, espagnol, allemand, NSI, "
             "SNT, philosophie, EPS, technologie, arts plastiques, éducation musicale, SES, documentation, lettres "
             "classiques, italien, économie-gestion")
ROLES_F = L("professeure principale, CPE, principale adjointe, proviseure, directrice d'école, AESH, infirmière "
            "scolaire, professeure documentaliste, référente numérique, IA-IPR, assistante sociale, gestionnaire, "
            "secrétaire de direction, psychologue de l'Éducation nationale, conseillère pédagogique")
ROLES_M = L("professeur principal, CPE, principal adjoint, proviseur, directeur d'école, AESH, infirmier scolaire, "
            "professeur documentaliste, référent numérique, IA-IPR, assistant d'éducation, gestionnaire, "
            "conseiller pédagogique, chef de travaux, délégué académique au numérique")
AI_TOOLS = L("ChatGPT, GPT-4o, Claude, Gemini, Copilot, Le Chat de Mistral, Mistral, Perplexity, DeepL, Grammarly, "
             "MagicSchool, Albert, Llama, Midjourney, DALL-E, Khanmigo, NotebookLM, MIA Seconde, Photomath, "
             "My AI de Snapchat, Brisk, Gamma, Suno, Lucie")
PLATFORMS = L("Pronote, l'ENT, École Directe, ÉduConnect, Moodle, Padlet, Genially, Pix, Lumni, Capytale, "
              "Parcoursup, Toutatice, ELEA, Kahoot!, Quizlet, Canva, Plickers, La Quizinière")
BRANDS = L("Apple, Samsung, Lenovo, Microsoft, Google, Dell, HP, Acer, Logitech, Epson, Casio, Texas Instruments, "
           "NumWorks, Clairefontaine, Bic, Oxford")
PUBLISHERS = L("Hachette Éducation, Nathan, Belin, Bordas, Magnard, Hatier, Didier, Foucher, Delagrave, "
               "Le Livre scolaire, Gallimard, Flammarion, Actes Sud, Larousse, Le Robert, Dunod, Eyrolles, "
               "La Découverte, PUF, Retz, Istra")
BOOKS = L("Le Petit Prince, Les Misérables, Candide, L'Étranger, Germinal, Bel-Ami, Le Horla, Antigone, "
          "Madame Bovary, Le Comte de Monte-Cristo, Vendredi ou la Vie sauvage, L'Enfant noir, Le Cid, "
          "Thérèse Raquin, Eugénie Grandet, Le Père Goriot, Tartuffe, Les Fourberies de Scapin, Frankenstein, "
          "1984, Le Meilleur des mondes, Inconnu à cette adresse, No et moi, Oscar et la dame rose")
PETS = [("le chat", "Moustache"), ("le chien", "Molière"), ("le lapin", "Caramel"), ("le hamster", "Einstein"),
        ("le poisson rouge", "Bubulle"), ("le cochon d'Inde", "Noisette"), ("la tortue", "Gaston"),
        ("la chienne", "Vanille"), ("le chat", "Pixel"), ("la perruche", "Coco"), ("la lapine", "Choupette"),
        ("le chien", "Rex"), ("le chat", "Newton"), ("le chien", "Balthazar"), ("la chatte", "Cléopâtre"),
        ("le furet", "Napoléon")]
PLACES = L("le gymnase Léo-Lagrange, le stade Pierre-de-Coubertin, la médiathèque François-Mitterrand, "
           "la salle Georges-Brassens, l'espace Simone-Veil, la piscine Jean-Bouin, le parc Jean-Jaurès, "
           "le centre culturel Aimé-Césaire, le théâtre Molière, le musée Toulouse-Lautrec, la Cité des sciences, "
           "le musée des Confluences, le Futuroscope, la Cité de l'espace, la bibliothèque Marguerite-Yourcenar, "
           "l'auditorium Maurice-Ravel, la salle Jean-Vilar, la halle Tony-Garnier, le lycée Jean-Moulin")


def a_city(city, cap=False):
    """« à Lyon », « au Mans », « aux Abymes »."""
    if city.startswith("Le "):
        out = "au " + city[3:]
    elif city.startswith("Les "):
        out = "aux " + city[4:]
    else:
        out = "à " + city
    return cap1(out) if cap else out


def au_(pl):
    if pl.startswith("le "):
        return "au " + pl[3:]
    if pl.startswith("la "):
        return "à la " + pl[3:]
    return "à " + pl


def du_(pl):
    if pl.startswith("le "):
        return "du " + pl[3:]
    return "de " + pl
STREETS_NONUM = L("rue Victor-Hugo, avenue Jean-Jaurès, boulevard Gambetta, place Charles-de-Gaulle, "
                  "rue de la République, quai Jean-Moulin, allée Simone-de-Beauvoir, cours Mirabeau, "
                  "rue Louise-Michel, avenue du Maréchal-Foch, rue Émile-Zola, place Bellecour, "
                  "boulevard Saint-Michel, rue Paul-Bert, chemin des Écoliers, impasse des Lilas, rue du Moulin")
ROOMS = L("B204, 112, A03, C12, 1.14, 2.07, informatique 2, polyvalente, des professeurs, Marie-Curie, "
          "Jules-Verne, de réunion du 2e étage, D108, 015, B-12, multimédia")
LAWS = ["l'article L. 111-1 du Code de l'éducation", "l'article L. 131-1 du Code de l'éducation",
        "l'article L. 511-5 du Code de l'éducation", "l'article 9 du RGPD", "l'article 22 du RGPD",
        "le règlement (UE) 2024/1689 sur l'intelligence artificielle", "la loi n° 78-17 du 6 janvier 1978",
        "la loi n° 2019-791 du 26 juillet 2019", "l'article 8 du RGPD sur le consentement des mineurs",
        "l'article L. 312-9 du Code de l'éducation", "l'article R. 421-20 du Code de l'éducation",
        "l'article 6 de la loi Informatique et Libertés", "la circulaire de rentrée 2025",
        "l'article 13 du RGPD", "le décret n° 2019-1004"]
MONTHS = L("janvier, février, mars, avril, mai, juin, juillet, août, septembre, octobre, novembre, décembre")
DAYS = L("lundi, mardi, mercredi, jeudi, vendredi, samedi")


def date_txt(r, year=None):
    y = year or r.choice([2024, 2025, 2025, 2026])
    d, m = r.randint(1, 28), r.randint(1, 12)
    f = wchoice(r, [("long", 5), ("num", 3), ("day", 3), ("short", 1)])
    if f == "long":
        return f"{'1er' if d == 1 else d} {MONTHS[m - 1]} {y}"
    if f == "num":
        return f"{d:02d}/{m:02d}/{y}"
    if f == "day":
        return f"{r.choice(DAYS)} {d} {MONTHS[m - 1]}"
    return f"{d}/{m}/{y % 100:02d}"


def hour_txt(r):
    h, mm = r.randint(7, 19), r.choice([0, 0, 15, 30, 45, 5, 10])
    return r.choice([f"{h} h {mm:02d}" if mm else f"{h} h", f"{h}h{mm:02d}" if mm else f"{h}h", f"{h}:{mm:02d}"])


def hour_range(r):
    h1 = r.randint(8, 15)
    h2 = h1 + r.randint(1, 3)
    return r.choice([f"de {h1} h à {h2} h", f"de {h1}h à {h2}h30", f"de {h1}:00 à {h2}:00", f"de {h1} h 30 à {h2} h"])


def amount(r):
    return r.choice([f"{r.randint(2, 90)},{r.choice(['00', '50', '90', '99'])} €",
                     f"{r.randint(1, 40)} {r.randint(0, 999):03d} €", f"{r.randint(100, 999)} euros",
                     f"{r.randint(1, 9)},{r.randint(10, 99)} € HT"])


def ref_no(r):
    y = r.choice([2024, 2025])
    return r.choice([f"{r.choice(['DOS', 'REQ', 'INC', 'DEM', 'CMD'])}-{y}-{r.randint(100, 99999):05d}",
                     f"#{r.randint(10000, 999999)}", f"{y}/{r.choice(['DANE', 'DSDEN', 'DPO', 'SG'])}/{r.randint(1, 999):03d}",
                     f"{r.randint(10, 99)}-{r.randint(1000, 9999)}-{r.choice('ABCDE')}", f"GLPI-{r.randint(1000, 99999)}"])


def course_code(r):
    return r.choice([f"{r.choice(['24', '25'])}A{r.randint(1, 99):02d}{r.randint(10000, 99999)}", "NSI-T2", "MOOC IA-101",
                     f"M{r.randint(1000, 2999)}", f"UE {r.randint(1, 6)}.{r.randint(1, 9)}", f"SNT-{r.randint(1, 12):02d}",
                     f"IAP-{r.choice(['A', 'B', 'C'])}{r.randint(1, 9)}"])


def isbn(r):
    d = "9782" + r.choice(["09", "01", "04", "21", "07"]) + rd(r, 6)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d))
    c = (10 - s % 10) % 10
    return f"{d[:3]}-{d[3]}-{d[4:6]}-{d[6:12]}-{c}"


def cls(r):
    return r.choice(CLASSES)


def cap1(s):
    return s[:1].upper() + s[1:]


def subj(r):
    return r.choice(SUBJECTS)


def ai(r):
    return r.choice(AI_TOOLS)


def role(r, p):
    return r.choice(ROLES_F if p.g == "f" else ROLES_M)


OPINIONS = [
    "L'IA peut aider les élèves en difficulté à reformuler un cours, à condition qu'un adulte vérifie.",
    "Je crains surtout que les élèves arrêtent de réfléchir par eux-mêmes.",
    "Les devoirs à la maison n'ont plus beaucoup de sens si une machine peut les faire en dix secondes.",
    "Il faudrait former les enseignants avant d'équiper les classes.",
    "On interdit, puis on découvre que tout le monde l'utilise en cachette : autant l'encadrer.",
    "Pour les langues vivantes, c'est un outil formidable pour s'entraîner à l'oral.",
    "La question des données personnelles des mineurs me paraît centrale.",
    "Je ne suis pas contre, mais pas avant le lycée.",
    "Les outils de détection de triche ne sont pas fiables du tout.",
    "L'école doit apprendre à utiliser ces outils avec esprit critique plutôt que de faire comme s'ils n'existaient pas.",
    "Ça creuse les inégalités entre ceux qui ont un abonnement payant et les autres.",
    "Les réponses sont souvent fausses avec beaucoup d'aplomb, c'est ça le danger.",
    "En maths, ça donne le résultat sans expliquer la démarche, donc ça ne sert à rien pour apprendre.",
    "Pour préparer des exercices différenciés, c'est un vrai gain de temps.",
    "Je préférerais qu'on investisse dans des postes d'enseignants plutôt que dans des logiciels.",
    "Il faut une charte claire, signée par les élèves et les familles.",
    "Les écrans sont déjà trop présents, on n'a pas besoin d'en rajouter.",
    "L'évaluation doit changer : plus d'oral, plus de travail fait en classe.",
    "Je ne sais pas trop, je manque d'informations pour me faire un avis.",
    "Personne ne nous a demandé notre avis avant d'installer ces outils sur les tablettes.",
    "C'est l'avenir, les élèves devront s'en servir dans leur métier.",
    "Les serveurs sont à l'étranger, on ne sait pas ce que deviennent les copies des élèves.",
    "Ça peut rendre service pour l'orthographe, pas pour penser à la place des élèves.",
    "Les professeurs documentalistes ont un rôle clé dans l'éducation aux médias et à l'IA.",
    "Il faut distinguer l'usage par les enseignants et l'usage par les élèves.",
    "Pour les élèves allophones, la traduction instantanée change tout.",
    "Je vois des copies toutes pareilles, avec les mêmes tournures un peu creuses.",
    "L'IA ne remplacera jamais la relation humaine entre un professeur et sa classe.",
    "Un cadre national serait bienvenu, chacun fait un peu comme il veut.",
    "Les enfants dyslexiques y gagnent beaucoup, notamment avec la synthèse vocale.",
    "On devrait commencer par expliquer comment ça marche, sinon c'est de la magie pour eux.",
    "Le coût énergétique de ces outils n'est jamais évoqué, c'est dommage.",
    "Mieux vaut une heure de débat en classe qu'une interdiction que personne ne respecte.",
    "En primaire, je suis franchement contre.",
    "Au lycée professionnel, les élèves s'en servent déjà en entreprise pendant leurs stages.",
    "C'est un outil, ni bon ni mauvais : tout dépend de la consigne.",
    "Les familles les plus éloignées de l'école risquent d'être encore plus perdues.",
    "J'aimerais que les enseignants aient accès à un outil public, hébergé en France.",
    "Le vrai sujet, c'est le temps : personne n'a le temps de se former sérieusement.",
    "On ne peut plus noter un devoir maison comme avant, il faut l'accepter.",
    "Les élèves me demandent souvent si « le prof a le droit » de l'utiliser, eux.",
    "Je trouve que l'IA aide à débloquer la page blanche, ensuite l'élève doit prendre le relais.",
    "Le risque de dépendance est réel, surtout chez les plus jeunes.",
    "Il manque des ressources concrètes, des exemples de séances, pas seulement des principes.",
]
CHAT_OPS = [
    "perso je trouve ça pratique pour réviser", "franchement chatgpt il invente la moitié des dates",
    "les profs l'utilisent aussi hein", "c'est de la triche point", "ça dépend comment on s'en sert",
    "moi ça m'aide pour l'anglais", "jsp trop", "la prof a cru que c'était pas moi qui avais écrit mdr",
    "le pb c'est que tout le monde rend la même chose", "on devrait avoir des cours pour apprendre à s'en servir",
    "grave d'accord", "bof", "c'est pas l'ia le pb c'est les devoirs", "ça marche pas pour les maths en vrai",
    "ma mère elle s'en sert pour ses mails lol", "ça dépend des profs", "trop bien pour les fiches de révision",
]


def op(r, k=1):
    return " ".join(r.sample(OPINIONS, k))


def op_lc(r, k=1):
    s = op(r, k)
    return s[0].lower() + s[1:]


def chat_op(r):
    return r.choice(CHAT_OPS)


# ---------------------------------------------------------------------------
# 1. texts without personal data
# ---------------------------------------------------------------------------

OPENERS = ["À mon avis, ", "Franchement, ", "Pour ma part, ", "Honnêtement, ", "En tant que parent, ",
           "En tant qu'enseignante, ", "En tant qu'enseignant, ", "Comme élève de terminale, ", "Bonjour. ", "",
           "", "Avis personnel : ", "Mon sentiment : ", "Comme grand-parent, ", "Je suis AED et "]


def np_opinion(r):
    o = r.choice(OPENERS)
    first = op(r)
    if o and o[-2] == ",":
        first = first[0].lower() + first[1:]
    if o == "Je suis AED et ":
        first = "je constate ceci : " + first[0].lower() + first[1:]
    return o + first + " " + op(r, r.randint(1, 3))


def np_minutes(r):
    pts = r.sample([
        "usages de l'IA générative par les élèves", "charte numérique de l'établissement",
        "formation des équipes", "évaluation des devoirs maison", "communication aux familles",
        "protection des données", "équipement des salles", "projets interdisciplinaires",
    ], 3)
    lines = ["Compte rendu de la réunion " + r.choice(["du conseil pédagogique", "de l'équipe de lettres",
                                                        "du groupe de travail « numérique »", "de la commission éducative",
                                                        "des délégués de classe"]),
             "Ordre du jour :"]
    lines += [f"{i + 1}. {p}" for i, p in enumerate(pts)]
    lines.append("Synthèse des échanges : " + op_lc(r) + " " + op(r))
    lines.append(r.choice(["Décision : un groupe de travail sera constitué.", "Aucun vote n'a eu lieu.",
                           "Les échanges se poursuivront à la prochaine réunion.",
                           "La proposition de charte est adoptée à l'unanimité moins deux abstentions."]))
    return "\n".join(lines)


def np_chat(r):
    n = r.randint(3, 6)
    lines = []
    for c in r.sample(CHAT_OPS, n):
        lines.append(r.choice(["— ", "- ", "> ", ""]) + c + r.choice(["", " ?", " !", "...", " 😅", " ^^"]))
    return "\n".join(lines)


def np_list(r):
    pros = r.sample(OPINIONS, 2)
    cons = r.sample(OPINIONS, 2)
    return ("Points positifs :\n- " + "\n- ".join(pros) + "\nPoints négatifs :\n- " + "\n- ".join(cons))


def np_short(r):
    return r.choice(["Contre.", "Pour, avec un cadre.", "Sans avis.", "Plutôt favorable.", "Très inquiète.",
                     "Aucune idée, désolé.", "Pourquoi pas ?", "Il était temps qu'on en parle !",
                     "Non merci.", "Oui mais pas n'importe comment."]) + " " + op(r)


def np_qa(r):
    return ("Q1. Utilisez-vous l'IA ? " + r.choice(["Oui, parfois.", "Non.", "Rarement.", "Tous les jours."]) +
            "\nQ2. Pour quoi faire ? " + r.choice(["Préparer mes cours.", "Réviser.", "Traduire.", "Rien de précis.",
                                                   "Corriger l'orthographe."]) +
            "\nQ3. Remarques : " + op(r, r.randint(1, 2)))


NOPII_T = [np_opinion, np_opinion, np_minutes, np_chat, np_list, np_short, np_qa, np_opinion]


# ---------------------------------------------------------------------------
# 2. trap texts without personal data
# ---------------------------------------------------------------------------

def loc_any_fr(r):
    return fr_loc(r)


TRAP_SENT = [
    lambda r: "En {}, nous avons comparé {}, {} et {} sur un même sujet {}.".format(cls(r), *r.sample(AI_TOOLS, 3), de_(subj(r))),
    lambda r: f"J'ai demandé à Claude puis à Gemini de noter la même copie : {r.randint(12, 16)}/20 d'un côté, {r.randint(6, 10)}/20 de l'autre.",
    lambda r: "Albert, l'IA de l'administration, n'est toujours pas ouvert aux professeurs, paraît-il.",
    lambda r: "Lucie, le modèle « à la française », a fait beaucoup parler de lui en janvier 2025.",
    lambda r: f"Les élèves de seconde utilisent MIA Seconde depuis la rentrée {r.choice(['2024', '2025'])}.",
    lambda r: f"{cap1(au_sch(school(r)))} {de_(loc_any_fr(r).city)}, la salle {r.choice(ROOMS)} a reçu {r.randint(12, 35)} tablettes {r.choice(BRANDS)}.",
    lambda r: f"Les travaux {r.choice(STREETS_NONUM)} compliquent l'accès {au_sch(school(r))}.",
    lambda r: (lambda lc: f"Les établissements du secteur {lc.cp} {lc.city} ont répondu à {r.randint(20, 90)} %.")(loc_any_fr(r)),
    lambda r: (lambda lc: f"Envoi groupé vers {lc.city} ({lc.cp}) prévu le {date_txt(r)}.")(loc_any_fr(r)),
    lambda r: f"Prochaine réunion : {date_txt(r)} à {hour_txt(r)}, salle {r.choice(ROOMS)}.",
    lambda r: f"La licence coûte {amount(r)} par élève et par an, soit {amount(r)} pour l'établissement.",
    lambda r: f"Rappel : {r.choice(LAWS)} s'applique aussi aux outils d'IA.",
    lambda r: (lambda pet: f"Même {pet[1]}, {pet[0]} de la classe de {cls(r)}, a eu droit à son poème généré par IA.")(r.choice(PETS)),
    lambda r: (lambda pet: f"À la maison, {pet[0]} s'appelle {pet[1]} et {ai(r)} lui a inventé une biographie complète.")(r.choice(PETS)),
    lambda r: f"Nous étudions « {r.choice(BOOKS)} » ({r.choice(PUBLISHERS)}, {r.randint(1995, 2024)}) et certains élèves en font résumer les chapitres par {ai(r)}.",
    lambda r: f"Ma demande d'assistance porte la référence {ref_no(r)} depuis le {date_txt(r)}.",
    lambda r: f"Formation {course_code(r)} « IA et pédagogie » : {r.randint(12, 30)} places, {r.randint(3, 18)} heures, inscription avant le {date_txt(r)}.",
    lambda r: f"On nous a livré {r.randint(20, 60)} Chromebook {r.choice(['Acer', 'Lenovo', 'HP', 'Dell'])} mais le Wi-Fi du bâtiment {r.choice('ABCDE')} ne suit pas.",
    lambda r: f"Sortie prévue {au_(r.choice(PLACES))} le {date_txt(r)}, départ à {hour_txt(r)} devant {le_sch(school(r))}.",
    lambda r: f"Sur {r.randint(150, 2400)} réponses, {r.randint(20, 80)} % des familles se disent inquiètes.",
    lambda r: (lambda a: f"Depuis {r.randint(2015, 2023)}, le parc informatique est passé de {a} à {a * 2} postes.")(r.randint(20, 300)),
    lambda r: "Le dictionnaire de référence reste le Petit Robert, et le Bescherelle n'a pas dit son dernier mot.",
    lambda r: f"Suivez le compte @{r.choice(['EducationFrance', 'Lumni_fr', 'reseau_canope', 'CNIL'])} et le mot-dièse #IAÉducation.",
    lambda r: f"Le manuel {de_(subj(r))} ({r.choice(PUBLISHERS)}) consacre un chapitre à l'IA, ISBN {isbn(r)}.",
    lambda r: f"Le conseil d'administration du {date_txt(r)} a voté la charte par {r.randint(12, 22)} voix pour et {r.randint(0, 6)} contre.",
    lambda r: f"Copilot est intégré à la suite bureautique depuis {r.choice(['2023', '2024'])} ; {r.choice(['Pronote', 'École Directe', 'Moodle'])} n'a rien de tel.",
    lambda r: f"Article {r.randint(3, 24)} du règlement intérieur : les téléphones restent éteints dans l'enceinte de l'établissement.",
    lambda r: f"La classe de {cls(r)} a visité la {r.choice(['Cité des sciences', 'Cité de l’espace', 'Maison de la radio'])} le {date_txt(r)}.",
    lambda r: f"Le collège est situé {r.choice(STREETS_NONUM)}, à deux pas {du_(r.choice(PLACES))}.",
    lambda r: f"Le prix du meilleur projet IA est revenu {au_sch(school(r))} ({r.randint(3, 9)} équipes, {r.randint(18, 60)} élèves).",
    lambda r: f"Les {r.randint(2, 8)} classes de {r.choice(['4e', '3e', 'seconde', '1re'])} ont passé la certification Pix entre le {r.randint(1, 14)} et le {r.randint(15, 28)} {r.choice(MONTHS)}.",
    lambda r: f"Un abonnement à {r.choice(['ChatGPT Plus', 'Claude Pro', 'Gemini Advanced', 'Copilot Pro'])} coûte environ {r.randint(18, 25)} € par mois, ce n'est pas à la portée de toutes les familles.",
    lambda r: f"Le {r.choice(['lycée Marie-Curie', 'collège Jean-Moulin', 'lycée Condorcet', 'collège Simone-Veil', 'lycée Gustave-Eiffel'])} organise une conférence sur l'IA {au_(r.choice(PLACES))}.",
    lambda r: f"Voir la fiche Éduscol n° {r.randint(1, 40)} et le guide publié par {r.choice(['Canopé', 'la CNIL', 'la DNE', 'Lumni'])} en {r.choice(['2024', '2025'])}.",
    lambda r: f"Code de la séquence : {course_code(r)} ; durée {r.randint(2, 6)} × 55 min ; salle {r.choice(ROOMS)}.",
    lambda r: f"Les élèves de {cls(r)} ont lu « {r.choice(BOOKS)} » puis demandé à {ai(r)} d'en écrire une suite.",
    lambda r: (lambda h: f"Bus scolaire : arrêt {r.choice(['Jean-Jaurès', 'Victor-Hugo', 'Mairie', 'Gare SNCF', 'Pasteur', 'Collège'])}, départ {h} h {r.choice(['05', '15', '40'])}, retour {h + r.randint(6, 9)} h {r.choice(['00', '30', '45'])}.")(r.randint(7, 8)),
    lambda r: f"{r.choice(['Le concours Kangourou aura', 'Le concours Castor aura', 'Les Olympiades de mathématiques auront', 'Le concours Alkindi aura'])} lieu le {date_txt(r)} en salle {r.choice(ROOMS)}.",
    lambda r: (lambda tot: f"Budget numérique {r.randint(2024, 2026)} : {tot // 1000} {tot % 1000:03d} €, dont {r.randint(2, 7)} 500 € pour les licences.")(r.randint(8000, 60000)),
]


def trap_mix(r):
    k = r.randint(2, 4)
    sents = [f(r) for f in r.sample(TRAP_SENT, k)]
    if r.random() < 0.5:
        sents.insert(r.randint(0, len(sents)), op(r))
    return " ".join(sents)


CAPS_WORDS = [("Prudence", "avant de généraliser les outils."), ("Constance", "dans les règles d'une classe à l'autre."),
              ("Patience", ", il faudra du temps pour former tout le monde."),
              ("Clémence", "pour les premières maladresses des élèves ?"), ("Victoire", "d'étape : la charte est votée."),
              ("Espérance", "de vie d'un ordinateur portable : quatre ans à peine."),
              ("Grâce", "à l'IA, certains élèves osent enfin écrire."), ("Rose", "des vents des usages : voir schéma."),
              ("Pierre", "angulaire du projet : la formation des équipes."),
              ("Olive", "et citron pour le repas de fin d'année, rien à voir mais c'est noté."),
              ("Aurore", "boréale : thème du projet d'arts plastiques fait avec Midjourney."),
              ("Violette", "est la couleur choisie pour le logo du club IA."),
              ("Marguerite", "effeuillée : pour, contre, un peu, beaucoup..."),
              ("Céleste", "ou terrestre, la mécanique reste au programme de physique."),
              ("Ambre", "et miel : les couleurs de l'affiche du forum."),
              ("Prosper", "ité des entreprises de la tech : est-ce à l'école de la financer ?")]


def trap_caps(r):
    items = r.sample([c for c in CAPS_WORDS if c[0] != "Prosper"], r.randint(3, 5))
    lines = [r.choice(["Quelques mots-clés issus de l'atelier :", "Nos principes :", "En vrac :", "Notes de séance"])]
    for w, rest in items:
        lines.append(w + ("" if rest.startswith(",") else " ") + rest)
    if r.random() < 0.5:
        lines.append(f"Prochaine séance le {date_txt(r)}, {hour_txt(r)}, salle {r.choice(ROOMS)}.")
    return "\n".join(lines)


def trap_minutes(r):
    lc = loc_any_fr(r)
    lines = [f"Réunion du {date_txt(r)} — {school(r)}, {lc.city}",
             f"Présents : {r.randint(8, 30)} enseignants, {r.randint(2, 6)} parents, {r.randint(2, 4)} élèves délégués.",
             f"1. Bilan de l'expérimentation {r.choice(AI_TOOLS)} en {cls(r)} ({r.randint(3, 12)} semaines).",
             f"2. Rappel de {r.choice(LAWS)}.",
             f"3. Devis n° {ref_no(r)} : {amount(r)}.",
             f"4. Questions diverses : la salle {r.choice(ROOMS)} sera réservée le {r.choice(DAYS)} {hour_range(r)}."]
    return "\n".join(lines)


def trap_chat(r):
    tools = r.sample(AI_TOOLS, 3)
    m0 = r.randint(8 * 60, 21 * 60)
    stamps = []
    for _ in range(5):
        m0 += r.randint(0, 7)
        stamps.append(f"[{m0 // 60:02d}:{m0 % 60:02d}] ")
    t = [f"vous utilisez quoi vous ? {tools[0]} ?", f"moi {tools[1]}, c'est gratuit",
         f"le prof {de_(subj(r))} a dit {que_(tools[2])} était interdit pour le DM",
         f"c'est pour quand ? le {date_txt(r)} ?", f"oui, à rendre sur {r.choice(PLATFORMS)} avant {hour_txt(r)}"]
    return "\n".join(a + b for a, b in zip(stamps, t[:r.randint(3, 5)]))


def trap_biblio(r):
    lines = ["Bibliographie conseillée :"]
    for _ in range(r.randint(2, 4)):
        lines.append(f"- « {r.choice(BOOKS)} », {r.choice(PUBLISHERS)}, {r.randint(1990, 2024)}, {r.randint(90, 480)} p.")
    lines.append(f"- Guide « IA et éducation », {r.choice(['Canopé', 'Éduscol', 'Lumni'])}, {r.choice(['2024', '2025'])}, ISBN {isbn(r)}")
    return "\n".join(lines)


def trap_pets(r):
    pet = r.choice(PETS)
    pet2 = r.choice([p for p in PETS if p[1] != pet[1]])
    return (f"Dans ma classe de {cls(r)}, {pet[0]} {pet[1]} est la mascotte. Les élèves ont demandé à {ai(r)} "
            f"d'écrire ses mémoires, puis celles de {pet2[1]}, {pet2[0]} de la classe voisine. " + op(r))


def trap_places(r):
    lc = loc_any_fr(r)
    return (f"{a_city(lc.city, True)} ({lc.cp[:2]}), le forum « IA et jeunesse » aura lieu {au_(r.choice(PLACES))}, "
            f"{r.choice(STREETS_NONUM)}, le {date_txt(r)} {hour_range(r)}. Entrée libre, "
            f"{r.randint(80, 400)} places. " + r.choice(["Accès tram ligne " + str(r.randint(1, 5)) + ".", "Parking gratuit.", ""]))


TRAP_T = [trap_mix, trap_mix, trap_mix, trap_caps, trap_minutes, trap_chat, trap_biblio, trap_pets, trap_places,
          trap_mix]


# ---------------------------------------------------------------------------
# 3. survey answers with personal data
# ---------------------------------------------------------------------------

def sign_off(r, p, with_city=False):
    out = [r.choice(["\n— ", "\n", " — ", "\n\n", "\nSigné : "])] + pname(r, p, SIGN)
    if with_city:
        out.append(", " + fr_loc(r).city)
    return out


def sv_parent(r):
    p = new_person(r)
    k1 = kid_first(r, p)
    intro = r.choice(["Je suis ", "Bonjour, je m'appelle ", "Moi, c'est ", ""])
    out = [intro, *(pname(r, p, FORMAL) if "appelle" not in intro else nm(r, p, r.choice(["fl", "fL"]))),
           ", " + r.choice(["maman", "mère"] if p.g == "f" else ["papa", "père"]) + " " + de_name(k1), PER(k1),
           f" ({cls(r)})"]
    if r.random() < 0.5:
        k2 = kid_first(r, p)
        out += [" et " + de_name(k2), PER(k2), f" ({cls(r)})"]
    out += [". ", op(r, 2)]
    if r.random() < 0.35:
        lc = fr_loc(r)
        out += [" Vous pouvez me joindre au ", TEL(gen_phone(r, lc)), "."]
    return out


def sv_teacher_uai(r):
    p = new_person(r)
    lc = fr_loc(r)
    sch = school(r, secondary=True)
    out = [r.choice(["Professeure" if p.g == "f" else "Professeur", "Enseignante" if p.g == "f" else "Enseignant"]),
           f" {de_(subj(r))} {au_sch(sch)} ({lc.city}, ", r.choice(["UAI ", "RNE ", "code UAI : ", "UAI n° "]),
           UAI(gen_uai(r, lc)), f"), j'utilise {ai(r)} pour préparer des exercices. ", op(r, 2)]
    out += sign_off(r, p)
    return out


def sv_pupil_chat(r):
    p = new_person(r)
    prof = new_person(r)
    out = [r.choice(["moi c ", "moi c'est ", "slt c "]), PER(p.first.lower()), f" en {cls(r).lower()}, ",
           chat_op(r), " mais ", r.choice(["mme ", "madame "] if prof.g == "f" else ["m. ", "monsieur "]),
           PER(prof.last.lower()), " dit que ", r.choice(["c de la triche", "c'est interdit", "on apprend rien",
                                                           "ça compte zéro"]), r.choice([" 🙄", " mdr", "", " bref"])]
    if r.random() < 0.4:
        out += [" et ", PER(new_person(r).first.lower()), " est d'accord avec moi"]
    return out


def sv_anecdote(r):
    g = r.choice("mf")
    first = kid_first(r, g=g)
    intro = r.choice(["mon élève ", "une élève de ma classe, " if g == "f" else "un élève de ma classe, ",
                      "mon élève de " + cls(r) + ", "])
    out = [r.choice(["L'an dernier, ", "Cette année, ", "Au dernier trimestre, ", "Hier encore, "]), intro, PER(first),
           (", " if intro.endswith(", ") else " ") + r.choice([
               "a rendu un commentaire parfait… et entièrement généré.",
               "m'a avoué avoir utilisé " + ai(r) + " pour tout son exposé.",
               "a corrigé une erreur " + de_(ai(r)) + " devant toute la classe, j'étais fière.",
               "n'arrivait plus à rédiger une ligne sans l'outil."]),
           " ", op(r)]
    if r.random() < 0.5:
        out += sign_off(r, new_person(r))
    return out


def sv_colleague(r):
    c = new_person(r)
    out = [op(r), r.choice([" Ma collègue ", " Une collègue, ", " Notre collègue "] if c.g == "f"
                           else [" Mon collègue ", " Un collègue, ", " Notre collègue "]),
           *pname(r, c, FORMAL), f", qui assure les cours {de_(subj(r))}, a monté un atelier au CDI."]
    if r.random() < 0.6:
        out += [r.choice([" On peut lui écrire : ", " Son adresse : ", " Contact : "]),
                MAIL(gen_email(r, c, academic=r.random() < 0.6)), "."]
    return out


def sv_public(r):
    pf = r.choice(PUBLIC + ["Montaigne", "Rabelais"])
    if pf == "Montaigne":
        s = ["« Mieux vaut une tête bien faite que bien pleine », disait ", PER("Montaigne"), ". "]
    elif pf == "Rabelais":
        s = ["« Science sans conscience n'est que ruine de l'âme », écrivait ", PER("Rabelais"), ". "]
    elif pf in ("Pap Ndiaye", "Gabriel Attal", "Jean-Michel Blanquer", "Nicole Belloubet"):
        pre = r.choice(["L'ancien ministre ", "Le ministre de l'époque, "]) if pf != "Nicole Belloubet" else "L'ancienne ministre "
        s = [pre, PER(pf), ("," if pre.endswith(", ") else "") + r.choice([" avait promis des moyens, on les attend.",
                                                                       " en avait parlé, puis plus rien. "])]
    else:
        s = [r.choice(["J'ai lu un entretien de ", "Je recommande les travaux de ", "On cite souvent ",
                       "Il faudrait relire "]), PER(pf), r.choice([" sur ces questions. ", " à ce sujet. ",
                                                                    ", ça remet les idées en place. "])]
    out = s + [" " if not s[-1].endswith(" ") else "", op(r, 2)]
    if r.random() < 0.5:
        out += sign_off(r, new_person(r), with_city=r.random() < 0.5)
    return out


def sv_head(r):
    h = new_person(r)
    out = [r.choice(["Notre principal", "Notre proviseur", "Le directeur"] if h.g == "m"
                    else ["Notre principale", "Notre proviseure", "La directrice"]),
           ", ", *nm(r, h, r.choice(["tL", "tL", "tfl", "tI", "tLU"])),
           r.choice([", a interdit les téléphones mais distribue des tablettes. ",
                     ", nous pousse à tester l'IA sans aucune formation. ",
                     ", est plutôt ouvert à la discussion. ", ", n'a jamais répondu à nos courriers. "]),
           op(r)]
    return out


def sv_form_fields(r):
    p = new_person(r)
    lc = fr_loc(r)
    out = [r.choice(["Nom (facultatif) : ", "Nom, prénom (facultatif) : ", "Identité : "]), *nm(r, p, r.choice(["Lf", "fl", "UP", "fL"])),
           f"\nProfil : {r.choice(['parent', 'enseignant·e', 'personnel de direction', 'élève', 'AESH'])}",
           "\nÉtablissement : ", school(r), " — ", r.choice(["UAI ", "UAI : ", ""]), UAI(gen_uai(r, lc)),
           "\nVotre avis : ", op(r, r.randint(1, 3))]
    if r.random() < 0.4:
        out += ["\nCourriel pour recevoir la synthèse : ", MAIL(gen_email(r, p))]
    return out


def sv_signed_contact(r):
    p = new_person(r)
    lc = pick_loc(r)
    out = [op(r, 2), "\n\n", *pname(r, p, SIGN), "\n", TEL(gen_phone(r, lc))]
    if r.random() < 0.4:
        out += ["\n", MAIL(gen_email(r, p))]
    return out


def sv_lottery_nir(r):
    p = new_person(r)
    out = [op(r), r.choice([" Pour le tirage au sort, voici mon numéro de sécu comme demandé : ",
                            " Je participe au tirage au sort (n° de sécurité sociale : ",
                            " Mon NIR pour l'inscription au tirage : "])]
    close = ")" if "(" in out[-1] else ""
    out += [NIR(gen_nir(r, sex="2" if p.g == "f" else "1", born=r.randint(1965, 1995))), close, " — ", *pname(r, p, SIGN)]
    return out


def sv_jury_iban(r):
    p = new_person(r)
    out = [r.choice(["J'ai fait passer les oraux du bac ", "J'ai participé au jury du brevet ",
                     "J'ai animé la formation IA de circonscription "]),
           f"en {r.choice(MONTHS)} et je ne suis toujours pas défrayé{'e' if p.g == 'f' else ''} ! ",
           r.choice(["Mon RIB, pour la énième fois : ", "IBAN : ", "Je redonne mon IBAN : "]), IBAN(gen_iban(r))]
    sep = r.choice([" (titulaire : ", ", au nom de ", " — "])
    out += [sep, *nm(r, p, r.choice(["fl", "Lf", "UP"])), ")." if sep.startswith(" (") else ".", " ", op(r)]
    return out


def sv_aesh(r):
    g = r.choice("mf")
    kid = kid_first(r, g=g)
    a = new_person(r, g="f" if r.random() < 0.85 else "m")
    return [r.choice(["Mon fils ", "Notre fils "] if g == "m" else ["Ma fille ", "Notre fille "]), PER(kid),
            f" est en {cls(r)} et bénéficie de l'aide ",
            r.choice(["son AESH, ", "d'une AESH, ", "de l'AESH de la classe, "]).replace("son AESH", "de son AESH"), PER(a.first),
            r.choice([", qui utilise la dictée vocale en classe. ", ", qui trouve l'outil pratique mais chronophage. ",
                      ", qui n'a reçu aucune formation sur ces outils. "]), op(r)]


def sv_initials(r):
    t = new_person(r)
    out = ["En ", f"{subj(r)}, ",
           *nm(r, t, "tI"), r.choice([" nous a fait écrire une lettre avec ", " interdit complètement ",
                                      " corrige nos copies avec "]), ai(r), ". ", op(r)]
    if r.random() < 0.6:
        p = new_person(r)
        out += [" — ", PER(f"{initials(p.first)} {strip_accents(p.last)[0].upper()}"), DOT]
    return out


def sv_nick(r):
    out = [r.choice(["perso ", "franchement ", "moi "]), "je suis d'accord avec ", PER(r.choice(NICKS)), " et ",
           PER(kid_first(r).lower()), f" de la {cls(r).lower()}, ", chat_op(r), r.choice([".", " !", "", " :)"])]
    if r.random() < 0.4:
        out += [" signé ", PER(r.choice(NICKS).lower())]
    return out


def sv_two_parents(r):
    p1 = new_person(r, g="f")
    p2 = new_person(r, g="m", origin=p1.origin)
    fam = p2.last
    out = [op(r, 2), "\n"]
    if r.random() < 0.5:
        out += [PER(p1.first), " et ", PER(f"{p2.first} {fam}")]
    else:
        out += [PER(f"{p1.first} {p1.last}"), " et ", PER(f"{p2.first} {p2.last}")]
    tail = r.choice([", parents d'élèves", ", parents de ", " (parents de "])
    if tail.endswith("de "):
        kk = kid_first(r, p1)
        out += [tail[:-3] + de_name(kk), PER(kk), ")" if tail.startswith(" (") else ""]
    else:
        out += [tail]
    return out


def sv_fcpe(r):
    p = new_person(r, g="f" if r.random() < 0.7 else "m")
    lc = fr_loc(r)
    sn = r.choice(SCHOOL_NAMES)
    sc = wchoice(r, SCHOOL_TYPES) + " " + sn
    qual = r.choice(['représentante', 'élue', 'déléguée'] if p.g == 'f' else ['représentant', 'élu', 'délégué'])
    out = [f"En tant {que_(qual)} {r.choice(['FCPE', 'PEEP', 'des parents'])} {au_sch(sc)}, je relaie l'avis de plusieurs familles : ",
           op_lc(r, 2), " Pour nous écrire : ",
           MAIL(gen_email(r, local=r.choice(["fcpe", "parents", "ape", "apel"]) + "." + slug(sn).replace("-", ""), p_obf=0.2)),
           r.choice([", ou passer au local des parents, ", ", ou déposer un mot au "]),
           ADR(address(r, lc, r.choice(["street_only", "a_city", "line"]))), ". ", *pname(r, p, SIGN)]
    return out


def sv_inspector(r):
    p = new_person(r)
    return [r.choice(["Lors de la formation animée par ", "Pendant l'animation pédagogique de ",
                      "Après la visio proposée par "]), *pname(r, p, MENTION),
            f" ({r.choice(['IA-IPR', 'IEN', 'formateur académique', 'chargée de mission DANE'])} {de_(subj(r))}), ",
            r.choice(["on nous a montré des usages intéressants. ", "on n'a parlé que de triche. ",
                      "rien de concret n'a été proposé. "]), op(r)]


def sv_caps(r):
    p = new_person(r)
    t = r.choice(["JE SUIS CONTRE ! ", "STOP AUX ÉCRANS. ", "POUR, MAIS AVEC DES RÈGLES. "])
    return [t, op(r).upper(), " ", *nm(r, p, "UP"), ", ", fr_loc(r).city.upper()]


def sv_grand(r):
    g = r.choice("mf")
    k = kid_first(r, g=g)
    return [r.choice(["Grand-mère", "Grand-père", "Mamie", "Papi"]), f" de trois petits-enfants scolarisés {a_city(fr_loc(r).city)}, ",
            "je vois ", "mon petit-fils " if g == "m" else "ma petite-fille ", PER(k),
            " faire ses devoirs avec ", ai(r), ". ", op(r)]


def sv_wants_mail(r):
    p = new_person(r)
    lc = pick_loc(r)
    return [op(r), " Je souhaite recevoir la synthèse par courrier : ", *pname(r, p, FORMAL), ", ",
            ADR(inline_address(r, lc)), "."]


def sv_coteach(r):
    a, b = new_person(r), new_person(r)
    return [r.choice(["Avec ", "En binôme avec "]), *pname(r, a, FORMAL),
            f" ({r.choice(['professeur documentaliste', 'collègue de technologie', 'professeure de lettres', 'référent numérique'])}) et ",
            *pname(r, b, FORMAL), f", nous avons mené un projet « IA et fake news » en {cls(r)}. ", op(r)]


def sv_cvl(r):
    a, b = kid_first(r), kid_first(r)
    return [r.choice(["Au CVL, ", "Au conseil de vie collégienne, ", "Pendant l'heure de vie de classe, "]), PER(a),
            " et ", PER(b), f" ({cls(r)}) ont proposé une charte d'usage de l'IA. ", op(r)]


def sv_psy(r):
    p = new_person(r)
    return [r.choice(["La psychologue de l'Éducation nationale, ", "Le pédopsychiatre qui suit mon fils, ",
                      "L'infirmière du collège, "]), *nm(r, p, r.choice(["tL", "tfl", "tL"])),
            ", observe ", r.choice(["une anxiété nouvelle liée à la triche.", "une dépendance chez certains élèves.",
                                    "beaucoup de confusion chez les plus jeunes."]), " ", op(r)]


def sv_class_names(r):
    names = [kid_first(r) for _ in range(r.randint(2, 4))]
    out = [f"En {cls(r)}, "]
    for i, n in enumerate(names):
        if i:
            out.append(", " if i < len(names) - 1 else " et ")
        out.append(PER(n))
    out += [r.choice([" utilisent l'IA pour tout, les autres jamais. ", " m'ont montré comment ils trichent, c'était édifiant. ",
                      " ont fait un exposé remarquable sur les biais des algorithmes. "]), op(r)]
    return out


def sv_two_uai(r):
    p = new_person(r)
    lc = fr_loc(r)
    return [f"Je travaille sur deux établissements ({r.choice(['UAI ', ''])}", UAI(gen_uai(r, lc)), " et ",
            UAI(gen_uai(r, lc)), f"), et les règles sur l'IA n'y sont pas du tout les mêmes. ", op(r)] + sign_off(r, p)


def sv_call_me(r):
    p = new_person(r)
    lc = pick_loc(r)
    return [op(r), r.choice([" Si vous voulez en discuter : ", " Je suis disponible pour un entretien : ",
                             " Pour la suite de la consultation, "]), *pname(r, p, FORMAL), ", ",
            TEL(gen_phone(r, lc)), r.choice([", après 18 h.", ".", " (le soir).", ", plutôt le mercredi."])]


def sv_foreign(r):
    p = new_person(r)
    lc = pick_loc(r, r.choice(["be", "ch", "mc"]))
    country = {"be": "belge", "ch": "suisse", "mc": "monégasque"}[lc.kind]
    return [f"Je suis {country}, mais mes enfants sont scolarisés en France. ", op(r), " ", *pname(r, p, SIGN), ", ",
            TEL(gen_phone(r, lc))]


def sv_doctor(r):
    p = new_person(r)
    return [r.choice(["Le Dr ", "Le docteur ", "Le Dr. "] if p.g == "m" else ["La Dre ", "Le Dr ", "La docteure "]), PER(p.last),
            r.choice([", pédiatre, nous a alertés sur le temps d'écran. ", ", orthophoniste, conseille la dictée vocale. "]),
            op(r)]


def sv_quote_child(r):
    t = new_person(r)
    k = kid_first(r)
    return ["« Maman, ", *nm(r, t, r.choice(["tL", "tL", "tI"])), r.choice([" dit que ChatGPT ment ! »", " a dit qu'on avait le droit ! »",
                                                                       " utilise l'IA pour faire nos contrôles ! »"]),
            " m'a lancé ", PER(k), " hier soir. ", op(r)]


def sv_lowercase(r):
    p = new_person(r)
    return [" ".join(r.sample(CHAT_OPS, 2)), " ", r.choice(["signé ", "", "— "]), PER(f"{p.first} {p.last}".lower()),
            f", {cls(r).lower()}"]


def sv_email_reply(r):
    p = new_person(r)
    return [op(r, 2), r.choice([" Joignable à ", " Mon adresse : ", " Écrivez-moi : "]),
            MAIL(gen_email(r, p, p_obf=0.6)), r.choice([".", " (pas de pub svp).", ""])]


def sv_secu_child(r):
    p = new_person(r)
    g = r.choice("mf")
    k = kid_first(r, p, g=g)
    return ["Pour l'inscription de ma fille " if g == "f" else "Pour l'inscription de mon fils ", PER(k),
            " à l'atelier IA, on me demande son numéro de sécurité sociale (", NIR(gen_nir(r, born=r.randint(2008, 2016))),
            "). Est-ce bien normal ? ", op(r)] + sign_off(r, p)


def sv_address_story(r):
    p = new_person(r)
    lc = fr_loc(r)
    v = r.choice(["J'habite ", "Nous habitons ", "Je vis "])
    return [v, "au " if v == "Je vis " or r.random() < 0.5 else "", ADR(address(r, lc, "a_city")),
            r.choice([" et le collège de secteur n'a même pas le Wi-Fi. ", ", à vingt minutes du lycée. "]), op(r),
            " ", *pname(r, p, SIGN)]


def sv_delegates(r):
    return ["Les délégués ", PER(kid_first(r)), " et ", PER(kid_first(r)), f" ({cls(r)}) ont recueilli l'avis de leur classe : ",
            op_lc(r), " Le professeur principal, ", *nm(r, new_person(r, g="m"), r.choice(["tL", "tfl"])),
            ", a transmis."]


def sv_prof_iban_nir(r):
    p = new_person(r)
    return [op(r), " PS : pour la prime de participation au groupe de travail, ",
            r.choice(["mon NIR est ", "n° sécu : "]), NIR(gen_nir(r, sex="2" if p.g == "f" else "1")),
            r.choice([" et mon IBAN ", ", IBAN : "]), IBAN(gen_iban(r)), ". ", *pname(r, p, SIGN)]


def sv_refund_trip(r):
    p = new_person(r)
    g = r.choice("mf")
    k = kid_first(r, p, g=g)
    return [r.choice(["Hors sujet mais : ", "Petite parenthèse : ", "Au passage, "]),
            f"la sortie {au_(r.choice(PLACES))} a été annulée et on attend toujours le remboursement pour ",
            "notre fille " if g == "f" else "notre fils ", PER(k), ". ",
            r.choice(["IBAN communiqué trois fois : ", "Notre IBAN, encore une fois : ", "RIB : "]), IBAN(gen_iban(r)),
            ". Sinon, sur l'IA : ", op_lc(r)] + sign_off(r, p)


SURVEY_T = [sv_parent, sv_teacher_uai, sv_pupil_chat, sv_anecdote, sv_colleague, sv_public, sv_head, sv_form_fields,
            sv_signed_contact, sv_lottery_nir, sv_jury_iban, sv_aesh, sv_initials, sv_nick, sv_two_parents, sv_fcpe,
            sv_inspector, sv_caps, sv_grand, sv_wants_mail, sv_coteach, sv_cvl, sv_psy, sv_class_names, sv_two_uai,
            sv_call_me, sv_foreign, sv_doctor, sv_quote_child, sv_lowercase, sv_email_reply, sv_secu_child,
            sv_address_story, sv_delegates, sv_prof_iban_nir, sv_teacher_uai, sv_parent, sv_form_fields,
            sv_refund_trip]


# ---------------------------------------------------------------------------
# 4. letters, forms, e-mails, minutes, signatures, chats
# ---------------------------------------------------------------------------

def objet(r):
    return r.choice(["usage de l'IA dans la classe de mon enfant", "consultation sur l'IA à l'école",
                     "demande d'information – outils d'IA", "réclamation suite à une accusation de plagiat",
                     "participation à l'atelier « IA et pédagogie »", "exercice du droit d'accès (RGPD)",
                     "charte numérique de l'établissement", "remboursement de frais", "inscription à la formation IA"])


def body(r, k=1):
    return op(r, k)


def recipient_inst(r, lc=None):
    lc = lc or fr_loc(r)
    phrase, _, alc = acad_loc(r)
    if r.random() < 0.35:
        return [f"Rectorat de l'académie {phrase}", "\n", ADR(address(r, alc, r.choice(["bp", "two", "bp", "caps"])))]
    name = r.choice([ f"DSDEN — Service de la vie scolaire",
                     f"Mairie {de_(lc.city)}\nService des affaires scolaires", "Délégation régionale académique au numérique",
                     f"{cap1(school(r))}\nSecrétariat de direction", f"Conseil départemental\nDirection de l'éducation"])
    return [name, "\n", ADR(address(r, lc, r.choice(["bp", "two", "bp", "caps", "bp_first", "line"])))]


def lt_letter(r):
    p = new_person(r)
    lc = pick_loc(r)
    g = r.choice("mf")
    e = "e" if g == "f" else ""
    k = kid_first(r, p, g=g)
    out = [*pname(r, p, [("fl", 3), ("tfl", 2), ("fL", 2), ("Lf", 1)]), "\n", ADR(address(r, lc, r.choice(["two", "comp_first", "comp_mid", "caps", "lieudit", "two"]) if lc.kind not in ("be", "ch", "mc") else None)),
           "\n", r.choice(["Tél. : ", "Tél : ", "", "Portable : "]), TEL(gen_phone(r, lc))]
    if r.random() < 0.7:
        out += ["\n", MAIL(gen_email(r, p))]
    out += ["\n\n"] + recipient_inst(r)
    out += [f"\n\n{r.choice([a_city(lc.city, True), 'Fait ' + a_city(lc.city)])}, le {date_txt(r)}\n\nObjet : {objet(r)}\n\n",
            r.choice(["Madame, Monsieur,", "Madame la Principale,", "Monsieur le Proviseur,", "Madame la Rectrice,"]),
            "\n\n", r.choice(["Mon enfant, ", "Mon fils, " if g == "m" else "Ma fille, "]), PER(k),
            f", scolarisé{e} en {cls(r)}, ", r.choice([
                f"a été accusé{e} d'avoir utilisé une IA pour un devoir rédigé seul{e}. ",
                "utilise en classe un outil dont nous n'avons jamais été informés. ",
                "me rapporte que certains enseignants s'appuient sur l'IA pour corriger. "]),
            body(r, 2), "\n\n", r.choice(["Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
                                          "Veuillez agréer mes respectueuses salutations.", "Cordialement."]), "\n\n",
            *pname(r, p, SIGN)]
    return out


def lt_email(r):
    p = new_person(r)
    q = new_person(r)
    out = ["De : ", *nm(r, p, r.choice(["fl", "fL", "Lf"])), " <", MAIL(gen_email(r, p, p_obf=0)), ">\n",
           "À : ", MAIL(gen_email(r, q, academic=True, p_obf=0)), "\n",
           f"Date : {date_txt(r)} {hour_txt(r)}\nObjet : {objet(r)}\n\n",
           *((lambda hi: [hi, *nm(r, q, r.choice(["f", "fl"]) if hi != "Bonjour " else r.choice(["tL", "tL", "f", "tfl"]))])(
               r.choice(["Bonjour ", "Chère " if q.g == "f" else "Cher "]))), ",\n\n", body(r, 2), "\n\n",
           r.choice(["Bien cordialement,", "Bien à vous,", "Merci d'avance,", "Cdlt,"]), "\n", *nm(r, p, r.choice(["f", "fl", "fl"]))]
    if r.random() < 0.55:
        out += ["\n", TEL(gen_phone(r, pick_loc(r)))]
    return out


def lt_form_atelier(r):
    p = new_person(r)
    lc = fr_loc(r)
    out = [r.choice(["FORMULAIRE D'INSCRIPTION — Atelier « IA et pédagogie »", "Inscription – journée académique IA",
                     "BULLETIN D'INSCRIPTION"]),
           "\nNom : ", PER(p.last.upper()), "\nPrénom : ", PER(p.first),
           f"\nÉtablissement : {school(r)}", "\nCode UAI : ", UAI(gen_uai(r, lc)),
           "\nAdresse personnelle : ", ADR(address(r, lc, r.choice(["line", "dash", "comp_line"]))),
           "\nTél. portable : ", TEL(gen_phone(r, lc, mobile=True)), "\nCourriel : ", MAIL(gen_email(r, p, academic=r.random() < 0.5)),
           f"\nDiscipline : {subj(r)}\nAttentes : ", op(r)]
    return out


def lt_reimb(r):
    p = new_person(r)
    lc = fr_loc(r)
    out = ["Demande de remboursement des frais de déplacement",
           f"\nMission : formation « IA générative » du {date_txt(r)}",
           "\nBénéficiaire : ", *nm(r, p, r.choice(["Lf", "fl", "tfl"])),
           "\nN° de sécurité sociale : ", NIR(gen_nir(r, sex="2" if p.g == "f" else "1", dept=lc.dept if r.random() < 0.5 else None)),
           "\nAdresse : ", ADR(address(r, lc, r.choice(["line", "two", "comp_line"]))),
           "\nIBAN : ", IBAN(gen_iban(r)), f"\nBIC : {r.choice(['AGRIFRPP', 'BNPAFRPPXXX', 'CEPAFRPP', 'CCBPFRPP', 'SOGEFRPP', 'PSSTFRPPPAR'])}",
           f"\nMontant : {amount(r)}\nVisa du chef de service : "]
    out += nm(r, new_person(r), r.choice(["tL", "iL"]))
    return out


def lt_attestation(r):
    p = new_person(r)
    lc = pick_loc(r)
    k = kid_first(r, p)
    out = [r.choice(["Je soussignée ", "Je soussigné(e) ", "Je, soussignée, "]) if p.g == "f" else
           r.choice(["Je soussigné ", "Je soussigné(e) "]), *nm(r, p, r.choice(["fl", "fL", "Lf"])),
           f", né{'e' if p.g == 'f' else ''} le {r.randint(1, 28)}/{r.randint(1, 12):02d}/{r.randint(1965, 1992)} {a_city(fr_loc(r).city)}, "
           "demeurant ", ADR(inline_address(r, lc)),
           ", responsable légal " + de_name(k), PER(k), f", élève de {cls(r)}, ",
           r.choice(["autorise", "n'autorise pas"]), f" mon enfant à utiliser {ai(r)} dans le cadre du projet de classe.",
           f"\nFait {a_city(lc.city)}, le {date_txt(r)}.\nSignature : ", *nm(r, p, r.choice(["fl", "iL", "fi"]))]
    return out


def lt_minutes(r):
    lines = []
    ppl = [new_person(r) for _ in range(r.randint(3, 5))]
    body_name = r.choice(["conseil d’école", "conseil d'école", "conseil d’administration", "conseil pédagogique"])
    out = [f"Procès-verbal du {body_name} du {date_txt(r)}\nPrésents : "]
    for i, p in enumerate(ppl):
        if i:
            out.append(", ")
        out += nm(r, p, r.choice(["tL", "tL", "tfl", "fl"]))
        out.append(f" ({r.choice(ROLES_F if p.g == 'f' else ROLES_M)})")
    ex = new_person(r)
    out += ["\nExcusé" + ("e" if ex.g == "f" else "") + " : ", *nm(r, ex, r.choice(["tL", "tfl"])),
            "\nSecrétaire de séance : ", *nm(r, ppl[-1], r.choice(["fi", "fl", "tL"])),
            "\n\n1. Usages de l'IA. ", *nm(r, ppl[0], "tL"), " présente le bilan : ", op_lc(r),
            "\n2. Charte. ", *nm(r, ppl[1], r.choice(["tL", "tI"])), " propose de l'annexer au règlement intérieur.",
            f"\n3. Questions diverses. Prochaine séance le {date_txt(r)} à {hour_txt(r)}."]
    return out


def lt_signature(r):
    p = new_person(r)
    lc = fr_loc(r)
    sch = school(r, secondary=True)
    out = [body(r, 1), "\n\n--\n", *nm(r, p, r.choice(["fl", "fL", "fl"])), "\n",
           f"{cap1(r.choice([x for x in (ROLES_F if p.g == 'f' else ROLES_M) if 'école' not in x]))} | {cap1(sch)}\n", ADR(address(r, lc, r.choice(["line", "two", "dash"]))),
           "\n", r.choice(["Ligne directe : ", "Tél. ", "T. ", "☎ "]), TEL(gen_phone(r, lc, mobile=False))]
    if r.random() < 0.6:
        out += [r.choice([" | ", "\n"]), MAIL(gen_email(r, p, academic=True, p_obf=0))]
    if r.random() < 0.35:
        out += ["\nUAI ", UAI(gen_uai(r, lc))]
    return out


def lt_chat(r):
    a, b, c = new_person(r), new_person(r), new_person(r)
    prof = new_person(r)
    lc = pick_loc(r)
    low = r.random() < 0.5
    A = a.first.lower() if low else a.first
    B = b.first.lower() if low else b.first
    clock = [r.randint(17 * 60, 21 * 60)]

    def t():
        clock[0] += r.randint(0, 9)
        return f"[{clock[0] // 60:02d}:{clock[0] % 60:02d}] "
    pr = "elle" if prof.g == "f" else "il"
    out = [t(), PER(A), " : quelqu'un a le numéro de ", *nm(r, prof, "tL"), " ?\n",
           t(), PER(B), " : oui ", TEL(gen_phone(r, lc)), r.choice([f" mais {pr} répond jamais", "", " (portable)"]), "\n",
           t(), PER(A), " : merci ! et son mail ?\n",
           t(), PER(B), " : ", MAIL(gen_email(r, prof, academic=True, p_obf=0.5)), "\n"]
    if r.random() < 0.6:
        out += [t(), PER(c.first.lower() if low else c.first), " : ", chat_op(r)]
    return out


def lt_sms(r):
    me = new_person(r)
    host = new_person(r)
    lc = fr_loc(r)
    return [r.choice(["Coucou c ", "Salut c'est ", "Bonsoir, ici "]), PER(me.first),
            r.choice([", la réunion des parents sur l'IA c'est chez moi, ", ", rdv pour préparer la consultation au "]),
            ADR(address(r, lc, r.choice(["a_city", "street_only", "line"]))),
            r.choice([", sonner chez ", ", interphone "]), PER(host.last.upper() if r.random() < 0.5 else host.last),
            f", code {r.randint(1000, 9999)}{r.choice('AB')}, {r.choice(DAYS)} {hour_txt(r)}. Mon num : ",
            TEL(gen_phone(r, lc, mobile=True))]


def lt_dpo(r):
    p = new_person(r)
    k = kid_first(r, p)
    lc = fr_loc(r)
    out = ["Objet : exercice de mon droit d'accès (article 15 du RGPD)\n\n",
           "À l'attention du délégué à la protection des données\n"]
    if r.random() < 0.3:
        out += ["CNIL – Service des plaintes\n", ADR("3 place de Fontenoy\nTSA 80715\n75334 PARIS CEDEX 07"), "\n\n"]
    else:
        phrase, _, alc = acad_loc(r)
        out += [f"Rectorat de l'académie {phrase}\n", ADR(address(r, alc, "bp")), "\n\n"]
    out += ["Madame, Monsieur,\n\nJe soussigné" + ("e " if p.g == "f" else " "), *nm(r, p, "fl"),
            ", ", "mère" if p.g == "f" else "père", " " + de_name(k), PER(k), f", élève de {(lambda sc: cls_for(r, sc) + ' ' + au_sch(sc))(school(r))} (UAI ",
            UAI(gen_uai(r, lc)), "), demande communication des données traitées par l'outil d'IA utilisé en classe.\n",
            "Mon adresse : ", ADR(inline_address(r, lc)), "\nMon courriel : ", MAIL(gen_email(r, p)),
            "\n\n", *nm(r, p, r.choice(["fl", "fL"]))]
    return out


def lt_chez(r):
    p = new_person(r)
    h = new_person(r)
    lc = fr_loc(r)
    kind = r.choice(["chez", "c/o", "chez"])
    out = [*nm(r, p, r.choice(["tfl", "fl", "fL"])), "\n", kind + " ", *(nm(r, h, "tfl") if kind == "chez" and r.random() < 0.6 else [PER(f"{h.first} {h.last}")]),
           "\n", ADR(address(r, lc, r.choice(["two", "comp_first", "caps", "comp_mid"]))),
           f"\n\n{lc.city}, le {date_txt(r)}\n\n", r.choice(["Madame la Directrice,", "Monsieur le Principal,"]),
           "\n\n", body(r, 2), "\n\n", *nm(r, p, "fl")]
    return out


def lt_foreign(r):
    p = new_person(r)
    lc = pick_loc(r, r.choice(["be", "ch", "mc"]))
    return [r.choice(["Expéditeur : ", "De la part de "]), *pname(r, p, FORMAL), "\n", ADR(address(r, lc)),
            "\n", r.choice(["Tél. ", "GSM : ", "Natel : ", "Tél. : "]), TEL(gen_phone(r, lc)),
            "\n\n", body(r, 2), "\n", MAIL(gen_email(r, p))]


def lt_convoc(r):
    p = new_person(r)
    lc = fr_loc(r)
    out = [("Madame " if p.g == "f" else "Monsieur "),
           *nm(r, p, "fl"), ",\n\nVous êtes invité" + ("e" if p.g == "f" else "") +
           f" à la réunion du groupe de travail « IA » qui se tiendra le {date_txt(r)} à {hour_txt(r)} {au_sch(school(r))}, ",
           ADR(address(r, lc, r.choice(["line", "a_city", "dash"]))), f", salle {r.choice(ROOMS)}.\n\n",
           "Contact : ", *nm(r, new_person(r), r.choice(["tL", "tfl"])), ", ", TEL(gen_phone(r, lc, mobile=False))]
    return out


def lt_list(r):
    out = [r.choice(["Liste des participants à l'atelier IA", "Inscrits – formation « IA générative »",
                     "Émargement"]), f" ({date_txt(r)}) :"]
    for _ in range(r.randint(3, 5)):
        p = new_person(r)
        lc = fr_loc(r)
        out += ["\n- ", *nm(r, p, r.choice(["Lf", "fl", "fL"])), r.choice([" — ", " ; ", ", "]), school(r)]
        if r.random() < 0.6:
            out += [" (", UAI(gen_uai(r, lc)), ")"]
        out += [r.choice([" — ", " ; "]), MAIL(gen_email(r, p, academic=True, p_obf=0.05))]
    return out


def lt_fiche(r):
    p = new_person(r)
    lc = pick_loc(r, wchoice(r, [("metro", 7), ("corse", 2), ("dom", 2)]))
    nais = new_person(r, g=p.g).last if p.g == "f" and r.random() < 0.6 else None
    out = ["FICHE DE RENSEIGNEMENTS — intervenant·e", "\nNOM d'usage : ", PER(p.last.upper())]
    if nais:
        out += ["\nNOM de naissance : ", PER(nais.upper())]
    out += ["\nPrénom(s) : ", PER(p.first), f"\nDate de naissance : {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(1960, 1998)}",
            "\nN° INSEE : ", NIR(gen_nir(r, sex="2" if p.g == "f" else "1", dept=lc.dept if lc.kind == "corse" and r.random() < 0.7 else None)),
            "\nAdresse :\n", ADR(address(r, lc, r.choice(["two", "comp_first", "comp_mid", "lieudit"]))),
            "\nTéléphone : ", TEL(gen_phone(r, lc)), "\nCourriel : ", MAIL(gen_email(r, p)),
            "\nRIB (IBAN) : ", IBAN(gen_iban(r))]
    return out


def lt_ai_complaint(r):
    p = new_person(r)
    t = new_person(r)
    g = r.choice("mf")
    k = kid_first(r, p, g=g)
    out = [f"Objet : {r.choice(['devoir noté zéro', 'accusation de triche', 'détecteur d’IA'])}\n\n",
           r.choice(["Bonjour,\n", "Madame, Monsieur,\n", "Bonjour Madame,\n"]),
           "\nMon fils " if g == "m" else "\nMa fille ", PER(k), f" ({cls(r)}) a eu zéro à son devoir {de_(subj(r))} parce que ",
           *nm(r, t, r.choice(["tL", "tfl", "tI"])), r.choice([" a passé sa copie dans un détecteur d'IA.",
                                                                 " estime que le texte « ressemble à ChatGPT »."]),
           " Or ", PER(k), " l'a écrit seul" + ("e" if g == "f" else ""), r.choice([", je l'ai vu faire.", ", à la maison, devant nous."]),
           "\n", op(r), "\n", *pname(r, p, SIGN), r.choice([" — ", "\n"]), TEL(gen_phone(r, fr_loc(r)))]
    return out


def lt_rectorat(r):
    phrase, sl, lc = acad_loc(r)
    a = new_person(r)
    return [f"Rectorat de l'académie {phrase}\n{r.choice(['Délégation à la région académique pour le numérique éducatif', 'Division des personnels enseignants', 'Service juridique'])}\n",
            ADR(address(r, lc, r.choice(["bp", "bp", "two"]))), "\n\nAffaire suivie par : ", *nm(r, a, r.choice(["fl", "tfl", "fL"])),
            "\nTél. : ", TEL(gen_phone(r, lc, mobile=False)), "\nMél : ", MAIL(gen_email(r, a, academic=True, p_obf=0, acad=sl)),
            f"\nRéf. : {ref_no(r)}\n\n{lc.city}, le {date_txt(r)}\n\n", r.choice(["Madame la Principale,", "Monsieur le Proviseur,", "Mesdames et Messieurs les chefs d'établissement,"]),
            "\n\n", body(r, 2)]


def lt_asso_iban(r):
    t = new_person(r)
    lc = fr_loc(r)
    return [f"Association des parents d'élèves {du_sch(school(r))}\n", ADR(address(r, lc, r.choice(["two", "line"]))),
            "\nTrésorière : " if t.g == "f" else "\nTrésorier : ", *nm(r, t, "fl"),
            f"\n\nParticipation à la conférence « Nos enfants et l'IA » : {r.randint(2, 15)} € par famille.",
            "\nVirement sur le compte de l'association : ", IBAN(gen_iban(r)),
            "\nRenseignements : ", TEL(gen_phone(r, lc, mobile=True))]


def lt_sepa(r):
    p = new_person(r)
    lc = fr_loc(r)
    return ["MANDAT DE PRÉLÈVEMENT SEPA — cantine et sorties", f"\nRéférence unique du mandat : {ref_no(r)}",
            "\nDébiteur : ", *nm(r, p, r.choice(["Lf", "fl", "UP"])), "\nAdresse : ", ADR(inline_address(r, lc)),
            "\nIBAN : ", IBAN(gen_iban(r)), f"\nBIC : {r.choice(['CMCIFR2A', 'CCBPFRPPMTG', 'AGRIFRPP882', 'BNPAFRPPXXX'])}",
            f"\n{a_city(lc.city, True)}, le {date_txt(r)} — signature : ", *nm(r, p, r.choice(["fi", "iL", "fl"]))]


def lt_thread(r):
    p, q = new_person(r), new_person(r)
    return [body(r, 1), "\n\n", *nm(r, q, "f"), "\n\n",
            f"Le {r.choice(['lun.', 'mar.', 'mer.', 'jeu.', 'ven.'])} {r.randint(1, 28)} {r.choice(MONTHS)} {r.choice(['2025', '2026'])} à {r.randint(7, 22):02d}:{r.randint(0, 59):02d}, ",
            *nm(r, p, "fl"), " <", MAIL(gen_email(r, p, p_obf=0)), "> a écrit :\n> ", op(r), "\n> ", *nm(r, p, "f")]


def lt_referents(r):
    lc = fr_loc(r)
    a, b, c = new_person(r), new_person(r), new_person(r)
    return [f"Cellule IA {du_sch(school(r))} (", UAI(gen_uai(r, lc)), ")\n",
            "Référente numérique : " if a.g == "f" else "Référent numérique : ", PER(a.first), f" (poste {r.randint(100, 399)})\n",
            "Professeur documentaliste : " if b.g == "m" else "Professeure documentaliste : ", *nm(r, b, "fl"), " — ",
            MAIL(gen_email(r, b, academic=True, p_obf=0.1)), "\n",
            "Coordination : ", *nm(r, c, r.choice(["tL", "tfl"])), ", ", TEL(gen_phone(r, lc, mobile=False))]


def lt_card(r):
    p = new_person(r)
    lc = pick_loc(r, wchoice(r, [("metro", 6), ("dom", 3), ("corse", 2)]))
    return ["Nom et prénom : ", *nm(r, p, r.choice(["Lf", "UP"])), "\nTél. dom. : ", TEL(gen_phone(r, lc, mobile=False)),
            "\nTél. port. : ", TEL(gen_phone(r, lc, mobile=True)), "\nAdresse :\n", ADR(address(r, lc)),
            f"\nEnfant(s) scolarisé(s) : ", PER(kid_first(r, p)), f" ({cls(r)})", "\nAvis sur l'IA : ", op(r)]


def lt_stage(r):
    k = new_person(r)
    tut = new_person(r)
    lc = fr_loc(r)
    out = [f"Convention de stage d'observation — élève de {r.choice(['3e A', '3e2', '3e4', '3e Prépa-métiers', '3e C'])} : ", *nm(r, k, r.choice(["fl", "Lf"]))]
    if r.random() < 0.75:
        out += [r.choice(["\nN° de sécurité sociale de l'élève : ", "\nN° SS élève : ", "\nSécurité sociale : "]),
                NIR(gen_nir(r, sex="2" if k.g == "f" else "1", born=r.randint(2009, 2011)))]
    return out + [f"\nDu {r.randint(1, 10)} au {r.randint(11, 20)} {r.choice(['décembre', 'janvier', 'juin'])} dans une start-up d'IA.",
            "\nTuteur : " if tut.g == "m" else "\nTutrice : ", *nm(r, tut, "fl"), ", ", TEL(gen_phone(r, lc)),
            "\nLieu du stage : ", ADR(address(r, lc, r.choice(["line", "two", "comp_first", "bp"])))]


def lt_pronote(r):
    p = new_person(r)
    k = kid_first(r, p)
    t = new_person(r)
    return [f"Message {r.choice(['Pronote', 'ENT', 'École Directe'])} — De : ", *nm(r, p, r.choice(["fL", "Lf", "fl"])),
            " (responsable " + de_name(k), PER(k), ")\nÀ : ", *nm(r, t, r.choice(["tL", "tLU"])),
            f"\nObjet : {objet(r)}\n\n", body(r, 2), "\n", *nm(r, p, r.choice(["fl", "tL"]))]


def lt_dom(r):
    p = new_person(r, origin=r.choice(["antilles", "antilles", "fr", "asie"]))
    lc = pick_loc(r, "dom")
    return [*pname(r, p, FORMAL), "\n", ADR(address(r, lc, r.choice(["comp_first", "lieudit", "two", "comp_line"]))),
            "\n", TEL(gen_phone(r, lc, mobile=True)), " / ", TEL(gen_phone(r, lc, mobile=False)),
            f"\n\n{a_city(lc.city, True)}, le {date_txt(r)}\n\n", body(r, 2), "\n", *nm(r, p, "fl")]


def lt_corse(r):
    p = new_person(r, origin="corse")
    lc = pick_loc(r, "corse")
    return ["Oggetto / Objet : consultation IA\n", *pname(r, p, FORMAL), "\n",
            ADR(address(r, lc, r.choice(["comp_first", "lieudit", "two", "line"]))), "\n",
            "N° sécurité sociale (pour l'indemnité) : ", NIR(gen_nir(r, sex="2" if p.g == "f" else "1", dept=lc.dept)),
            "\n", body(r, 2), "\n", TEL(gen_phone(r, lc))]


def lt_bourse(r):
    p = new_person(r)
    k = new_person(r, origin=p.origin)
    lc = fr_loc(r)
    return ["Dossier de demande de bourse de collège / lycée\n", "Responsable : ", *nm(r, p, "Lf"),
            "\nÉlève : ", *nm(r, Person(k.first, p.last, k.g, p.origin), r.choice(["Lf", "fl"])),
            "\nN° de sécurité sociale du responsable : ", NIR(gen_nir(r, sex="2" if p.g == "f" else "1")),
            "\nÉtablissement fréquenté (UAI) : ", UAI(gen_uai(r, lc)), "\nAdresse : ", ADR(inline_address(r, lc)),
            "\nCoordonnées bancaires : ", IBAN(gen_iban(r)), "\nTéléphone : ", TEL(gen_phone(r, lc)),
            "\nRemarque : ", op(r)]


def lt_mixed_school_mail(r):
    lc = fr_loc(r)
    u = gen_uai(r, lc, force_ok=True)
    p = new_person(r)
    acad = r.choice(ACADS)
    return [f"Pour toute question, écrivez au secrétariat (", MAIL(f"ce.{u}@ac-{acad}.fr" if r.random() < 0.5 else f"ce.{u.lower()}@ac-{acad}.fr"),
            ") ou à ", *nm(r, p, r.choice(["tfl", "tL"])), ", ", role(r, p), " : ", MAIL(gen_email(r, p, academic=True, p_obf=0.3)),
            ". ", op(r)]


def lt_rib_change(r):
    p = new_person(r)
    lc = fr_loc(r)
    out = [*pname(r, p, FORMAL), "\n", ADR(address(r, lc, r.choice(["two", "line", "comp_first", "caps"]))),
           f"\n\nObjet : changement de coordonnées bancaires (bourse / fonds social)\n\n",
           r.choice(["Madame la Gestionnaire,", "Monsieur le Gestionnaire,", "Madame, Monsieur,"]),
           "\n\nSuite à un changement de banque, merci de ne plus utiliser l'ancien compte (",
           IBAN(gen_iban(r)), ") mais le nouveau : ", IBAN(gen_iban(r)), "."]
    if r.random() < 0.6:
        out += [r.choice([" Pour mémoire, mon numéro de sécurité sociale : ", " Mon n° INSEE, si besoin : "]),
                NIR(gen_nir(r, sex="2" if p.g == "f" else "1")), "."]
    out += ["\nPar ailleurs, ", op_lc(r), "\n\n", *nm(r, p, r.choice(["fl", "fi", "iL"])),
            r.choice(["\n", " — "]), TEL(gen_phone(r, lc))]
    return out


def lt_accident(r):
    p = new_person(r)
    g = r.choice("mf")
    k = Person(kid_first(r, p, g=g), p.last, g, p.origin)
    lc = fr_loc(r)
    w = new_person(r)
    sc = school(r)
    return ["DÉCLARATION D'ACCIDENT SCOLAIRE\n", f"Établissement : {sc} — UAI ", UAI(gen_uai(r, lc)),
            "\nÉlève : ", *nm(r, k, r.choice(["Lf", "fl", "fL"])), f", {cls_for(r, sc)}",
            f"\nCirconstances : le {date_txt(r)} vers {hour_txt(r)}, en salle informatique, chute d'un écran pendant la séance « IA et créativité ».",
            "\nTémoin : ", *nm(r, w, r.choice(["tfl", "tL"])), f" ({role(r, w)})",
            "\nResponsable légal : ", *nm(r, p, r.choice(["tfl", "fl", "Lf"])),
            "\nN° de sécurité sociale de l'assuré : ", NIR(gen_nir(r, sex="2" if p.g == "f" else "1")),
            "\nAdresse : ", ADR(inline_address(r, lc)), "\nTél. : ", TEL(gen_phone(r, lc))]


LETTER_T = [lt_letter, lt_email, lt_form_atelier, lt_reimb, lt_attestation, lt_minutes, lt_signature, lt_chat, lt_sms,
            lt_dpo, lt_chez, lt_foreign, lt_convoc, lt_list, lt_fiche, lt_ai_complaint, lt_rectorat, lt_asso_iban,
            lt_sepa, lt_thread, lt_referents, lt_card, lt_stage, lt_pronote, lt_dom, lt_corse, lt_bourse,
            lt_mixed_school_mail, lt_letter, lt_email, lt_fiche, lt_reimb, lt_rib_change, lt_accident]


# ---------------------------------------------------------------------------
# assembly and validation
# ---------------------------------------------------------------------------

def flatten(x, out):
    if isinstance(x, list):
        for y in x:
            flatten(y, out)
    elif x is None or x == "":
        pass
    else:
        out.append(x)
    return out


def build(segs):
    flat = flatten(segs, [])
    text, ents, pending = "", [], False
    for s in flat:
        if s == DOT:
            pending = True
            continue
        if pending:
            if not (isinstance(s, str) and s.startswith(".")):
                text += "."
            pending = False
        if isinstance(s, tuple):
            ents.append((s[0], s[1], len(text)))
            text += s[1]
        else:
            text += s
    if pending:
        text += "."
    text = text.rstrip()
    assert all(st + len(t) <= len(text) for _, t, st in ents)
    return text, ents


def lowered(segs):
    out = []
    for s in flatten(segs, []):
        if s == DOT:
            out.append(s)
        elif isinstance(s, tuple):
            out.append((s[0], s[1].lower()) if s[0] in ("PERSONNE", "ADRESSE") else s)
        else:
            out.append(s.lower())
    return out


def word_char(c):
    return c.isalnum() or c == "_"


def valid(text, ents):
    prev = 0
    for k, t, st in ents:
        if k not in KINDS or not t or t != t.strip():
            return False
        if k == "PERSONNE" and t.endswith("."):
            return False
        if text.find(t, prev) != st:
            return False
        end = st + len(t)
        if st > 0 and word_char(text[st - 1]) and word_char(t[0]):
            return False
        if end < len(text) and word_char(text[end]) and word_char(t[-1]):
            return False
        prev = end
    return True


def make(r, gens, n, seen, has_pii):
    out = []
    order = []
    while len(out) < n:
        if not order:
            order = list(range(len(gens)))
            r.shuffle(order)
        g = gens[order.pop()]
        for _ in range(60):
            segs = g(r)
            if isinstance(segs, str):
                segs = [segs]
            if has_pii and g in (sv_parent, sv_anecdote, sv_colleague) and r.random() < 0.08:
                segs = lowered(segs)
            text, ents = build(segs)
            if text in seen or not valid(text, ents):
                continue
            if has_pii and not ents:
                continue
            if not has_pii and ents:
                raise AssertionError("entity in a no-PII text")
            seen.add(text)
            out.append((text, ents))
            break
        else:
            raise RuntimeError(f"generator {g.__name__} keeps failing")
    return out


def main():
    r = random.Random(SEED)
    seen = set()
    items = []
    items += make(r, [lambda rr, f=f: f(rr) for f in NOPII_T], N_NOPII, seen, False)
    items += make(r, [lambda rr, f=f: f(rr) for f in TRAP_T], N_TRAP, seen, False)
    items += make(r, SURVEY_T, N_SURVEY, seen, True)
    items += make(r, LETTER_T, N_LETTER, seen, True)
    assert len(items) == N_NOPII + N_TRAP + N_SURVEY + N_LETTER == 400
    r.shuffle(items)

    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    counts = Counter()
    bad = Counter()
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for i, (text, ents) in enumerate(items, 1):
            rec = {"id": f"q{i:03d}", "text": text, "entities": [{"kind": k, "text": t} for k, t, _ in ents]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

    # re-read and validate the written file
    with open(OUT, encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    assert len(lines) == 400, len(lines)
    ids = set()
    for line in lines:
        rec = json.loads(line)
        assert rec["id"] not in ids
        ids.add(rec["id"])
        text, prev = rec["text"], 0
        for e in rec["entities"]:
            assert e["kind"] in KINDS, e
            pos = text.find(e["text"], prev)
            assert pos >= prev, (rec["id"], e)
            prev = pos + len(e["text"])
            counts[e["kind"]] += 1
            if e["kind"] == "NIR" and not nir_ok(e["text"]):
                bad["NIR"] += 1
            if e["kind"] == "IBAN" and not iban_ok(e["text"]):
                bad["IBAN"] += 1
            if e["kind"] == "UAI" and not uai_ok(e["text"]):
                bad["UAI"] += 1
    # positions recorded at build time were checked in valid(); double-check against the build positions too
    for text, ents in items:
        assert valid(text, ents)

    n_empty = sum(1 for l in lines if not json.loads(l)["entities"])
    print(f"texts: {len(lines)}  (without entities: {n_empty})")
    for k in KINDS:
        print(f"  {k:<10} {counts[k]}")
    print(f"  total      {sum(counts.values())}")
    for k in ("NIR", "IBAN", "UAI"):
        share = bad[k] / counts[k] if counts[k] else 0.0
        print(f"wrong check key {k:<5}: {bad[k]}/{counts[k]} = {share:.1%}")
    with open(OUT, "rb") as fh:
        print("md5:", hashlib.md5(fh.read()).hexdigest())
    print("output:", OUT)


if __name__ == "__main__":
    main()
