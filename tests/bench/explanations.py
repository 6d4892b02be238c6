"""Why a target is not met and what would meet it (Finnish; shown on the page only for unmet targets).

Based on profiles of the benchmark corpus (2026-11); re-check them when the figures change.
"""

from __future__ import annotations

WHY: dict[str, str] = {
    "cold": (
        "Kylmä rakennus tekee kaiken, minkä välimuistit muuten säästävät: se jäsentää jokaisen mallin (1×: noin "
        "4,5 s), piirtää kaaviot (noin 7 s), kirjoittaa kyselytyökirjat ja vertailutiedostot openpyxl-kirjastolla"
        " (noin 50 ms työkirjaa kohden, kahdella prosessilla) ja tekee jokaisen sivun hakudokumentin Voikon "
        "perusmuodoilla (noin 12 s). Lattia saa valmiit sivut ja kaaviot eikä lisää perusmuotoja. Työkirjojen "
        "kirjoittaminen openpyxl:n write-only-tilassa ja perusmuotojen välimuisti sanoittain rakennusten yli "
        "pienentäisivät eroa eniten."
    ),
    "warm": (
        "Lämmin rakennus ei piirrä, kirjoita eikä lemmatisoi mitään, mutta lataa ja tarkistaa kaikki mallit "
        "välimuistista (1×: 1,6 s) ja tuottaa jokaisen sivun Markdownin muistiin (noin 5,5 s), jotta muuttuneet "
        "sivut voidaan tunnistaa. Loput erosta on laajennuksen sivukohtaista työtä MkDocsin rakennuksessa "
        "(navigaation rajaus sivun omaan osioon, title-määritteiden tarkistus). Sivujen tuottaminen vain "
        "muuttuneista malleista (ydin tietää, mitkä sivut kukin malli tuottaa) veisi rakennuksen lähelle rajaa."
    ),
    "share": (
        "Kylmässä rakennuksessa generaattorin osuudesta suurimmat erät ovat kyselytyökirjat (openpyxl), mallien "
        "jäsentäminen ja sivujen tuottaminen; ks. kylmä rakennus."
    ),
    "parallel": (
        "Mittari on edelliseltä kierrokselta, jolloin kaaviot reititettiin `neato`-ohjelmalla ja lähes koko "
        "piirtoaika oli lapsiprosessien CPU-aikaa. Nyt `dot` vain järjestää solmut (noin 13 ms kaaviota kohden) "
        "ja geometria, reititys ja SVG tehdään Pythonissa samassa prosessissa, joten lasten CPU-aika on pieni "
        "eikä suhde enää kerro rinnakkaisuudesta. Uimaratakaavion oma tavoite (mediaani ≤ 50 ms, p95 ≤ 150 ms) "
        "täyttyy, ks. taulukko."
    ),
    "edit": (
        "Kaaviovaihe ei kertonut piirrettyjä kaavioita, tai muokkaus piirsi tai tuotti uudelleen muitakin kuin "
        "mallia näyttäviä kaavioita tai sivuja."
    ),
    "serve": (
        "Esikatselu (`polku serve`, MkDocs `--dirty`) kirjoittaa uudelleen vain sivut, joiden Markdown muuttui, "
        "ja käyttää ensimmäisen rakennuksen hakuhakemistoa, mutta jokainen tallennus ajaa silti koko ytimen: "
        "kaikkien mallien lataus ja tarkistus, yhdistäminen ja jokaisen sivun tuottaminen muistiin, sekä MkDocsin"
        " tiedosto- ja navigaatiokäsittely kaikille sivuille. Oikeassa tietopankissa tämä on alle kaksi sekuntia,"
        " 1×-aineistossa noin 12 s. Vain muokatun mallin sivujen tuottaminen lyhentäisi viivettä eniten."
    ),
    "validate": (
        "Kasvu 1× → 4× on hieman yli neljä, koska viittausten tarkistus vertaa malleja luetteloihin, jotka nekin "
        "kasvavat aineiston mukana (enemmän palveluja aluetta kohden)."
    ),
    "growth": (
        "Kasvu ei ole täysin lineaarista: viittausten tarkistus ja sivut, jotka luettelevat kaikki palvelun tai "
        "säädöksen prosessit, kasvavat aineiston mukana."
    ),
    "memory": (
        "Huippu on Pagefind-ohjelman (erillinen Rust-prosessi, joka rakentaa hakuhakemiston valmiista sivuista): "
        "4×-aineistolla se käyttää noin 1 GiB, ja lattian oletusasetuksinkin noin 0,9 GiB. Rakennusprosessi itse "
        "pysyy alle rajan, koska laajennus vapauttaa sivujen, tiedostojen ja kaavioiden kopiot, kun MkDocs on "
        "saanut ne, ja MkDocsin kopion jokaisesta sivusta heti, kun sivu on kirjoitettu. Pagefindin muistia "
        "pienentäisi pienempi hakudokumentti (perusmuotolohkot) tai hakemiston rakentaminen osissa."
    ),
    "page": (
        "Raja ylittyy kolmenlaisilla sivuilla. Vertailun kysymyssivu on yksi taulukko kaikista kysymyksistä "
        "kaikilla alueilla (400–630 kt jo 1×-aineistossa, koska alueita on koko maassa 45); sen voisi jakaa "
        "kysymysryhmittäin niin, että alueet pysyvät rinnakkain. Avoimien työmarkkinoiden palvelusivulla on "
        "palvelupolkujen kartta, johon johtaa jokainen malli (4×: noin 870 kt upotettua SVG:tä); näin suuren "
        "kartan voisi näyttää tiedostona (img) upottamisen sijaan. Virhekoodien ylläpitosivu on noin 400 kt. "
        "Pitkät luettelot (palveluun johtavat polut, säädökseen perustuvat vaiheet) tiivistetään jo alueittain ja"
        " prosesseittain, kun niissä on yli 40 kohtaa."
    ),
    "process_page": (
        "Prosessisivun mediaanista kolmannes on kaavio (upotettu SVG), viidennes vaiheet ja kuudennes navigaatio; "
        "vastuumatriisin toistuvat tyylimääritteet ja sisällysluettelon syvyys ovat helpoimmat säästöt."
    ),
    "search_first": (
        "Ensimmäisen haun lataama määrä koostuu Pagefindin ohjelmasta (pagefind.js noin 46 kt, suomen "
        "WebAssembly-moduuli noin 71 kt), hakemiston juuritiedostoista, kyselyn sanan hakemistopalasta ja "
        "näytettyjen tulosten sivukohtaisista paloista."
    ),
    "search_second": (
        "Toinen haku lataa kyselyn sanan hakemistopalan ja uusien tulosten sivukohtaiset palat. Pagefind jakaa "
        "hakemiston paloihin sanojen alkukirjainten mukaan; ”työ”-alkuisia sanoja on suomessa niin paljon, että "
        "niiden pala on moninkertainen tavoitekokoon nähden. Pagefindissä ei ole palan kokoon asetusta."
    ),
    "search_index": (
        "Kylmässä rakennuksessa hakudokumenttien perusmuodot lasketaan Voikolla kaikille sivuille; lämpimässä ne "
        "tulevat välimuistista ja jäljelle jää Pagefind-ohjelman oma aika, joka kasvaa hakudokumenttien koon "
        "mukana."
    ),
    "search_recall": (
        "Erillisen hakulistan sana ei löytänyt sivuaan kymmenen ensimmäisen tuloksen joukosta; ks. puuttuvat "
        "sanat taulukossa."
    ),
}
