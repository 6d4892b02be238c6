"""Why a target is not met and what would meet it (Finnish; shown on the page only for unmet targets).

Based on profiles of the benchmark corpus (2026-11); re-check them when the figures change.
"""

from __future__ import annotations

WHY: dict[str, str] = {
    "cold": (
        "Kylmä rakennus tekee kaiken, minkä välimuistit muuten säästävät. Profiilin mukaan (1×) noin 40 % on "
        "MkDocsin Markdown-käsittelyä, jonka lattiakin maksaa; generaattorin pääprosessin oma työ on noin 17 s "
        "CPU-aikaa: mallien jäsentäminen sijainteineen 4–5 s, kaavioiden geometria ja SVG Pythonissa noin 5 s "
        "(kukin SVG jäsennetään nyt kerran tiedostoa ja upotettua kopiota varten), sivupohjat noin 4 s, "
        "lomakkeet 1 s ja vertailut 1,5 s. Hakudokumentit tehdään taustaprosessissa sitä mukaa kuin MkDocs "
        "kirjoittaa sivuja; rakennuksen lopussa jää Pagefindin oma ajo. Kyselytyökirjat kirjoitetaan kahdessa "
        "taustaprosessissa muiden vaiheiden aikana. Seuraavat säästöt: lomakkeiden ja vertailutiedostojen siirto "
        "taustaprosesseihin. Suhde on rajalla ja vaihtelee ajosta toiseen: 2.12. kahdessa mittauksessa 1,44 ja "
        "1,56, 3.12. samalla koodilla kahdessa kolmen ajon mittauksessa 1,42 ja 1,77 (mediaanit; kylmä 71,9 ja "
        "75,5 s, lattia 50,6 ja 42,7 s). Koneen nopeus vaihtelee minuuttien välillä: saman lämpimän rakennuksen "
        "oma CPU-aika oli 43,6–52,4 s ja lattian 39,1–51,3 s. Siksi kylmät ajot ja lattia ajetaan nyt "
        "vuorotellen. Kahdessa vuorottelevassa mittauksessa 3.12. suhde oli 1,46 (kylmät 63,1 / 72,1 / 79,6 s, "
        "lattiat 49,3 / 51,4 / 48,2 s) ja hakudokumenttien jaon jälkeen 1,56 (kylmät 72,9 / 71,1 / 64,1 s, "
        "lattiat 48,0 / 43,9 / 45,7 s; parien suhteet 1,52 / 1,62 / 1,40): suhde on rajalla ja vaihtelee "
        "mittauksesta toiseen enemmän kuin päivän muutokset sitä siirtävät. Käsin samassa korpuksessa peräkkäiset "
        "kylmät rakennukset vaihtelivat 73,6–85,2 s. Kaaviovaiheen seinäaika (7–11 s) on paljon suurempi kuin "
        "sen `dot`-ajojen CPU-aika (3–4 s): `dot` ajetaan kahdessa säikeessä rinnakkain, mutta geometria ja SVG "
        "lasketaan Pythonissa yhdessä prosessissa; niiden jakaminen kahdelle ytimelle on seuraava kokeiltava "
        "säästö. `dot`-ajojen "
        "limittäminen lomake- ja vertailuvaiheiden kanssa kokeiltiin: seinäaika ei lyhentynyt vaihtelua enempää "
        "(68–70 s molemmin), mutta kaavion kylmä aika nousi jaetuilla ytimillä 34 ms:sta 47 ms:iin, joten se "
        "jätettiin pois."
    ),
    "warm": (
        "Lämmin rakennus ei piirrä, kirjoita eikä lemmatisoi mitään, mutta lataa ja tarkistaa kaikki mallit "
        "välimuistista (1×: 1,6 s) ja tuottaa jokaisen sivun Markdownin muistiin (noin 5,5 s), jotta muuttuneet "
        "sivut voidaan tunnistaa. Loput erosta on laajennuksen sivukohtaista työtä MkDocsin rakennuksessa "
        "(navigaation rajaus sivun omaan osioon, tuotettujen sivujen HTML:n siirto levylle MkDocsin kahden "
        "kierroksen väliksi muistin säästämiseksi; title-määritteiden tarkistus ohittaa nyt sivut, joilla ei ole "
        "tarkistettavaa). Sivujen tuottaminen vain "
        "muuttuneista malleista (ydin tietää, mitkä sivut kukin malli tuottaa) veisi rakennuksen lähelle rajaa. "
        "Samalla koodilla 3.12. kahdessa kolmen ajon mittauksessa suhde oli 0,92 ja 1,25: lämpimän rakennuksen "
        "oma CPU-aika vaihteli 43,6–52,4 s ja lattian 39,1–51,3 s samasta työstä, ks. kylmä rakennus."
    ),
    "share": (
        "Kyselytyökirjat kirjoitetaan nyt taustaprosesseissa muiden vaiheiden aikana, joten generaattorin osuudesta "
        "suurimmat erät ovat mallien jäsentäminen, kaavioiden geometria ja SVG sekä sivupohjat; ks. kylmä rakennus."
    ),
    "parallel": (
        "Mittari on edelliseltä kierrokselta, jolloin kaaviot reititettiin `neato`-ohjelmalla ja lähes koko "
        "piirtoaika oli lapsiprosessien CPU-aikaa. Nyt `dot` vain järjestää solmut (noin 13 ms kaaviota kohden) ja "
        "geometria, reititys ja SVG tehdään Pythonissa samassa prosessissa, joten lasten CPU-aika on pieni eikä "
        "suhde enää kerro rinnakkaisuudesta. Uimaratakaavion oma tavoite (mediaani ≤ 50 ms, p95 ≤ 150 ms) täyttyy, "
        "ks. taulukko."
    ),
    "edit": (
        "Kaaviovaihe ei kertonut piirrettyjä kaavioita, tai muokkaus piirsi tai tuotti uudelleen muitakin kuin "
        "mallia näyttäviä kaavioita tai sivuja."
    ),
    "serve": (
        "Esikatselu (`polku serve`, MkDocs `--dirty`) kirjoittaa uudelleen vain sivut, joiden Markdown muuttui, ja "
        "ottaa muuttumattomat prosessi-, rooli-, vertailu- ja viitesivut sivumuistista. Esikatseluprosessi muistaa "
        "tallennusten välillä jäsennetyt ja tarkistetut mallit (vain tallennettu tiedosto tarkistetaan "
        "uudelleen), kaavioiden sijoittelun ja teeman käännetyt sivupohjat. Ilman profiloijaa mitattuna (1×) "
        "tallennus maksaa noin 3–4 s CPU-aikaa: generaattori 1,1–1,5 s (kaaviot 0,3 s, joista alue- ja "
        "palvelukartat piirretään joka kerta, vertailu 0,2 s, rooli- ja vertailusivut 0,2–0,5 s, tarkistus 0,1 s) "
        "ja MkDocs noin 1,5 s (muuttuneiden sivujen Markdown 0,8–1,2 s). Bench-muokkaus vaihtaa prosessin nimen, "
        "joka näkyy 26 sivulla (prosessi, alue, palvelu, vertailut, roolisivut, lomake- ja säädössivut), joten "
        "ne kaikki rakennetaan uudelleen. Jaetulla koneella seinäaika vaihtelee kaksin–nelinkertaisesti CPU-ajan "
        "ympärillä. Palvelukohtainen vertailumuisti kokeiltiin: se säästi 0,1–0,15 s tallennusta kohden, eikä "
        "sitä otettu käyttöön."
    ),
    "validate": (
        "Tarkistus on yhden prosessin työtä (mallien jäsentäminen sijainteineen, rakenteen ja sääntöjen "
        "tarkistus), ja sen aika vaihtelee jaetulla koneella selvästi: saman päivän aiemmassa mittauksessa samalla "
        "tarkistuskoodilla mediaani oli 1,61 s (ajot 1,57–1,96 s), tässä mittauksessa ajot olivat 1,88–2,43 s. "
        "Raja alittuisi varmasti jäsentämällä tiedostot kahdella ytimellä tai pitämällä jäsennetyt tiedostot "
        "levyllä sisällön tiivisteen mukaan, kuten esikatselu jo pitää ne muistissa."
    ),
    "growth": (
        "Kasvu ei ole täysin lineaarista: viittausten tarkistus ja sivut, jotka luettelevat kaikki palvelun tai "
        "säädöksen prosessit, kasvavat aineiston mukana."
    ),
    "memory": (
        "Rakennusprosessi ei enää pidä kaikkien sivujen Markdownia ja HTML:ää muistissa MkDocsin kahden kierroksen "
        "välissä (HTML odottaa levyllä, Markdown vapautetaan heti muunnoksen jälkeen), joten sen oma huippu on "
        "ytimen vaiheessa, jossa mallit, kaaviot ja sivujen Markdown ovat muistissa. Jäljelle jäävä huippu on "
        "Pagefind-ohjelman (erillinen Rust-prosessi, joka rakentaa hakuhakemiston valmiista sivuista). Samoista "
        "hakudokumenteista ajettuna sen huippu on vaihdellut 808–1065 MiB (4×) sen mukaan, montako sivua se "
        "käsittelee yhtä aikaa, joten raja ylittyy tai alittuu sattumalta. Selvästi huippua pienentää vain "
        "piilotettujen perusmuotolohkojen karsiminen (864 MiB, kun kukin perusmuoto on lohkossa kerran; 777 MiB "
        "ilman lohkoja), mutta se heikentää suomen hakua. Lapsiprosessin luvussa on mukana myös rakennusprosessin "
        "muisti sillä hetkellä, kun lapsi käynnistettiin (Linux laskee sen lapsen huippuun)."
    ),
    "page": (
        "Raja ylittyy kolmenlaisilla sivuilla. Vertailun kysymyssivu on yksi taulukko kaikista kysymyksistä "
        "kaikilla alueilla (400–630 kt jo 1×-aineistossa, koska alueita on koko maassa 45); sen voisi jakaa "
        "kysymysryhmittäin niin, että alueet pysyvät rinnakkain. Avoimien työmarkkinoiden palvelusivulla on "
        "palvelupolkujen kartta, johon johtaa jokainen malli (4×: noin 870 kt upotettua SVG:tä); näin suuren "
        "kartan voisi näyttää tiedostona (img) upottamisen sijaan. Virhekoodien ylläpitosivu on noin 400 kt. "
        "Pitkät luettelot (palveluun johtavat polut, säädökseen perustuvat vaiheet) tiivistetään jo alueittain ja "
        "prosesseittain, kun niissä on yli 40 kohtaa."
    ),
    "process_page": (
        "Prosessisivusta noin 26 kt on uimaratakaavio upotettuna SVG:nä (osallistumismerkit piirretään kerran "
        "ja sijoitetaan `<use>`-viittauksin, viivojen ja reunojen tyylit ilmoitetaan kerran ryhmälle), noin 23 kt "
        "vaiheiden kuvaukset ja 12 kt navigaatio (4×). Seuraava askel olisi ladata kaavio erillisenä tiedostona "
        "vasta, kun lukija avaa sen (ilman JavaScriptiä kuva), mikä muuttaa kaaviokatselinta: sivun linkit "
        "kaavion vaiheisiin ja tulostettava kaavio tarvitsevat silloin oman ratkaisunsa."
    ),
    "search_first": (
        "Ensimmäisen haun lataama määrä koostuu Pagefindin ohjelmasta (pagefind.js noin 46 kt, suomen "
        "WebAssembly-moduuli noin 71 kt), hakemiston juuritiedostoista, kyselyn sanan hakemistopalasta ja "
        "näytettyjen tulosten sivukohtaisista paloista."
    ),
    "search_second": (
        "Toinen haku lataa kyselyn sanan hakemistopalat ja kymmenen näytetyn tuloksen sivukohtaiset palat. "
        "Rakennus käyttää Pagefind 1.6.0:aa npm:stä, lomakesivun luetteloa lomaketta käyttävistä vaiheista ei "
        "indeksoida, ja hakukentän omat metatiedot (toistettujen sanojen luettelo ja piilotettujen sanojen määrä) "
        "kirjoitetaan Unicoden yksityiskäyttöalueen merkein, koska Pagefind 1.5 ja uudemmat indeksoivat jokaisen "
        "metatiedon sanat: 4×:n samasta HTML:stä sanan ”työtoimintapaikka” kaksi palaa pienenivät 37 + 31 kt:sta "
        "29 + 28 kt:hen, tulosten palat kasvoivat noin 0,7 kt kukin. Toista palaa ladataan vain siksi, että sen "
        "ensimmäinen sana (lomakkeen tunniste ”tyotoimintapaikan-palaute” yhdellä sivulla) alkaa samalla "
        "vartalolla ja Pagefind hakee vartalon kaikki jatkot. Pagefind ei ole deterministinen: kahden "
        "rakennuksen välillä tulosjoukko ja sen palat vaihtelevat parilla kilotavulla."
    ),
    "search_index": (
        "Hakudokumentit (sivu jäsennetään lxml:llä ja perusmuodot haetaan Voikolla) tehdään taustaprosessissa "
        "sitä mukaa kuin MkDocs kirjoittaa sivuja; niiden CPU-aika näkyy taulukossa erikseen. Viimeisen sivun "
        "jälkeen taustaprosessin jonossa on vielä satoja sivuja: rakennusprosessi ottaa niistä jälkimmäisen puolen "
        "ja tekee ne toisella ytimellä samaan aikaan. Lisäksi jäävät jokaisen sivun luku ja tiiviste (dokumentti "
        "kelpaa vain täsmälleen samasta sivusta) ja Pagefind-ohjelman oma ajo."
    ),
    "search_recall": (
        "Erillisen hakulistan sana ei löytänyt sivuaan kymmenen ensimmäisen tuloksen joukosta; ks. puuttuvat sanat "
        "taulukossa."
    ),
}
