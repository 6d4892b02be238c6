"""Why a target is not met and what would meet it (Finnish; shown on the page only for unmet targets).

Based on profiles of the benchmark corpus (2026-11); re-check them when the figures change.
"""

from __future__ import annotations

WHY: dict[str, str] = {
    "cold": (
        "Kylmässä rakennuksessa jokainen kaavio piirretään; lattialla kaaviot ovat jo valmiita. Lähes koko "
        "piirtoaika kuluu uimaratakaavioiden siirtymänuolten reititykseen: `dot -Tdot` asettelee kaavion "
        "noin 0,03 sekunnissa, mutta `neato -n2` reitittää nuolet kaarina (`splines=true`) noin 1–1,4 sekunnissa "
        "kaaviota kohden (1×-aineistossa noin 280 s CPU-aikaa). Samalle kaaviolle `splines=ortho` vei 0,05 s ja "
        "`splines=line` 0,02 s. Suorat tai suorakulmaiset siirtymänuolet (jos ne ovat luettavia) tai reititys "
        "itse asetellun kaavion koordinaateilla toisivat kylmän rakennuksen lähelle lämmintä. Välimuisti toimii: "
        "lämmin rakennus ei piirrä yhtään kaaviota."
    ),
    "warm": (
        "Lämmin rakennus on lattiaa hitaampi lähes täsmälleen generaattorin oman työn verran: mallien "
        "lukeminen ja tarkistus (noin 7 s 1×-aineistolla, josta suurin osa YAML-jäsennystä) sekä sivujen ja "
        "kaavioiden jälkikäsittely (noin 5 s, josta kaaviovaiheen SVG-käsittely noin 2,5 s, vaikka `dot` ei "
        "aja). Nopeampi jäsennys (ks. validointi) ja valmiiksi jälkikäsitellyn SVG:n tallentaminen "
        "välimuistiin veisivät lämpimän rakennuksen noin 1,15–1,2 × lattiaan."
    ),
    "share": (
        "Generaattorin osuudesta suurin osa on mallien jäsentämistä ja tarkistusta (ks. validointi). "
        "Libyaml-jäsennin ja jäsennettyjen tiedostojen välimuisti pienentäisivät osuutta eniten."
    ),
    "parallel": (
        "Kaaviot piirretään kahdella säikeellä, joista kumpikin käynnistää `dot`- ja `neato`-prosessit, ja "
        "4×-aineistolla (kone oli silloin muuten vapaa) seinäaika oli noin 0,52 × CPU-aika eli molemmat ytimet "
        "olivat käytössä. 1×-mittauksen aikana koneella ajettiin muita töitä (ks. kuormitus), joten ytimiä ei "
        "ollut kahta vapaana. Tavoitteen varmistaminen vaatii mittauksen vapaalla koneella."
    ),
    "edit": (
        "Kaaviovaihe ei kertonut piirrettyjä kaavioita, tai muokkaus piirsi tai tuotti uudelleen muitakin "
        "kuin mallia näyttäviä kaavioita tai sivuja."
    ),
    "serve": (
        "Esikatselu (`polku serve`, MkDocs `--dirty`) kirjoittaa uudelleen vain sivut, joiden Markdown muuttui, "
        "mutta jokainen tallennus ajaa silti koko ytimen: kaikkien mallien lataus (välimuistista), tarkistus, "
        "yhdistäminen ja jokaisen sivun tuottaminen muistiin, jotta muuttuneet sivut voidaan tunnistaa. "
        "Vain muokatun mallin sivujen tuottaminen (ydin muistaa, mitkä sivut kukin malli tuottaa) lyhentäisi "
        "viivettä eniten."
    ),
    "validate": (
        "Noin 70 % `polku validate` -ajasta kuluu YAML-jäsennykseen puhtaalla Python-jäsentimellä (PyYAML). "
        "Kokeessa libyaml-jäsennin (`yaml._yaml.CParser`, asennettu) tapahtumien lähteenä nykyisen, sijainnit "
        "säilyttävän ja ankkurit torjuvan koostajan alla tuotti täsmälleen samat solmut kolmanneksessa ajasta; "
        "virhetilanteissa voisi palata nykyiseen jäsentimeen, jotta virheilmoitukset pysyvät samoina. Loput "
        "kuluvat pääosin tekstiturvallisuustarkistuksiin (useita säännöllisiä lausekkeita jokaiselle "
        "tekstikentälle). Kahden sekunnin raja vaatisi lisäksi jäsennettyjen tiedostojen välimuistin "
        "(sisällön tiivisteen mukaan) tai tiedostojen jäsentämisen rinnakkain."
    ),
    "growth": (
        "Kasvu ei ole lineaarista: MkDocs renderöi navigaation jokaiselle sivulle, ja sivut, jotka luettelevat "
        "kaikki palvelun tai roolin prosessit, kasvavat aineiston mukana."
    ),
    "memory": (
        "4×-aineistolla Polku-rakennus käyttää muistia noin kaksi kertaa lattian verran: laajennus pitää koko "
        "tietoverkon ja kaikki generoidut sivut (joissa kaaviot ovat upotettuina SVG:inä) muistissa koko "
        "MkDocs-rakennuksen ajan, ja MkDocs pitää niistä oman kopionsa. Sivujen sisällön vapauttaminen, kun "
        "MkDocs on saanut tiedostot, ja kaavioiden näyttäminen tiedostoina (img) upottamisen sijaan "
        "pienentäisivät huippua."
    ),
    "page": (
        "Suurimmat sivut ovat palvelun aluevertailu (kaikkien alueiden vastaukset yhdellä sivulla) ja "
        "Asiakas-roolin sivu (jokainen vaihe, jossa asiakas on mukana, kaikista prosesseista). Ne kasvavat "
        "aineiston mukana. Roolisivun kannattaisi luetella prosessit (vaiheiden määrä ja linkki prosessisivun "
        "vaiheeseen) tai jakaa vaiheet palveluittain; vertailun voisi jakaa vaiheittain omille sivuilleen. "
        "Navigaatio näyttää vain sivun oman osion (prosessisivulla oma alue ja sen prosessit); sen suurin osa on "
        "sivun oma sisällysluettelo, jonka Material toistaa navigaatiossa puhelinta varten."
    ),
    "search": (
        "Haun lataama määrä koostuu Pagefindin ohjelmasta (pagefind.js ja työsäie noin 87 kt, suomen "
        "WebAssembly-moduuli noin 70 kt), kyselyn sanojen hakemistopaloista ja näytettyjen kymmenen tuloksen "
        "sivukohtaisista paloista, joissa on koko sivun teksti otetta varten. Luvut ovat pakkaamattomia: "
        "gzip-pakkaava palvelin lähettää vähemmän. Pitkien sivujen palat kasvavat aineiston mukana; otteen "
        "näyttäminen vain osumakohdasta (Pagefindin osatulokset) tai tulosten lataaminen viidessä erässä "
        "pienentäisi ensimmäistä hakua."
    ),
}
