/// French words too common to say what a theme is about, folded (lower case, no accents).
///
/// Articles, pronouns, prepositions, conjunctions, common adverbs, and the conjugated forms of
/// the most frequent verbs (être, avoir, faire, pouvoir, devoir, falloir, aller, vouloir, dire,
/// savoir, voir, mettre, prendre, venir, sembler, penser, trouver, croire). Elided forms (« l »,
/// « qu », « aujourd ») are here because apostrophes split words.
enum FrenchStopWords {
  static let words: Set<String> = Set(list.split(whereSeparator: \.isWhitespace).map(String.init))

  private static let list = """
    a au aux avec ce ces c ca cela celle celles celui ceux ceci cet cette ci chez contre d dans de
    des du elle elles en entre et eux il ils j je jusqu jusque l la le les leur leurs lui m ma mais
    me meme memes mes moi mon n ne ni nos notre nous on ont ou où par parce pas pour qu quand que
    quel quelle quelles quels qui quoi s sa sans se ses si son sont sur t ta te tes toi ton tu un
    une uns unes vos votre vous y lorsqu lorsque puisqu puisque quoiqu quelqu aujourd hui
    presqu alors ainsi aussi autre autres autant avant apres assez beaucoup bien car certain
    certaine certaines certains chaque chacun chacune comme comment dont donc deja depuis des
    dessous dessus devant encore enfin ensuite etc fois ici jamais la-bas lors loin moins mieux
    non oui or parfois partout pendant peu peut-etre plupart plus plusieurs pourquoi pourtant
    pres puis quelque quelques sauf selon seul seule seules seuls soit sous souvent surtout tant
    tard tel telle telles tels tot toujours tous tout toute toutes tres trop vers via voici voila
    vraiment cependant toutefois neanmoins ailleurs outre revanche egalement notamment afin
    etre suis es est sommes etes sont etais etait etions etiez etaient fus fut furent serai
    seras sera serons serez seront serais serait serions seriez seraient sois soit soyons soyez
    soient fusse fut ete etant
    avoir ai as avons avez ont avais avait avions aviez avaient eus eut eurent aurai auras aura
    aurons aurez auront aurais aurait aurions auriez auraient aie aies ait ayons ayez aient eu
    ayant
    faire fais fait faisons faites font faisais faisait faisaient ferai fera ferons ferez feront
    ferais ferait ferions feraient fasse fassent faite faits faites faisant
    pouvoir peux peut pouvons pouvez peuvent pouvais pouvait pouvaient pourrai pourra pourrons
    pourrez pourront pourrais pourrait pourrions pourriez pourraient puisse puissent pu
    devoir dois doit devons devez doivent devais devait devaient devrai devra devrons devrez
    devront devrais devrait devrions devriez devraient doive doivent du dus due dues
    falloir faut faudra faudrait fallait fallu faille
    aller vais vas va allons allez vont allait allaient ira irons irez iront irait iraient aille
    alle allee alles allees
    vouloir veux veut voulons voulez veulent voulait voudrais voudrait voudrions voudraient
    veuille voulu
    dire dis dit disons dites disent disait dira dirait dits dite
    savoir sais sait savons savez savent savait saura saurait su
    voir vois voit voyons voyez voient voyait verra verrait vu vue vus
    mettre met mets mettons mettez mettent mis mise mises
    prendre prend prends prenons prenez prennent prenait pris prise
    venir viens vient venons venez viennent venait viendra venu
    sembler semble semblent semblait
    penser pense pensons pensez pensent pensait
    trouver trouve trouvons trouvent
    croire crois croit croyons
    donner donne donnent
    mettre rendre rend rendent
    cas chose choses façon facon maniere point part fait faits niveau ordre sorte type
    exemple moment mode place personne personnes gens monde
    deux trois quatre cinq six sept huit neuf dix cent mille premier premiere second seconde
    dernier derniere
    celui-ci celle-ci ceux-ci celles-ci la-dessus ci-dessus ci-dessous
    mon ma mes ton ta tes sien sienne siens siennes leur notre votre nôtre vôtre
    aucun aucune autrui divers diverse diverses quiconque rien tandis vis
    oh ah bon bref ok plutot abord
    """
}
