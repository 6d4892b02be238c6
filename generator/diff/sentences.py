"""The Finnish sentence for each kind of change, as a reviewer reads it in a pull-request comment.

`*…*` marks the emphasised name; the plain-text rendering (JSON) drops the marks. Placeholders are
filled with already escaped values in Markdown, raw values in JSON.
"""

from __future__ import annotations

from collections.abc import Callable

from generator.diff.changes import Change

SENTENCES: dict[str, str] = {
    # processes
    "process_added": "Uusi prosessimalli *{name}* (alue {region}, palvelu {service}).",
    "process_removed": "Prosessimalli *{name}* poistetaan.",
    "process_moved": "Mallin tiedosto siirtyy: {before} → {after}.",
    # a whole new model, as the reviewer checks it against its source; a deleted one, what leaves the site
    "model_status": "Tila: {status}, versio {version}, omistaja {owner}, voimaantulopäivä {valid_from}.",
    "model_lanes": "Uimaradat ylhäältä alas: {lanes}.",
    "model_step": "Vaihe {number} *{step}*: palvelun vaihe {phase}; vastuu {role}; osallistuvat {participants}; "
    "{extras}; jatkuu: {next}.",
    "model_decision": "Päätöskohta *{step}*: {question} Polut: {paths}.",
    "model_answer": "Kysymykseen *{question}* vastataan: {answer} (roolit: {roles}; lähteet: {sources})",
    "model_open_questions": "Vastaamatta jäävät (sivulla aukkoina): {questions}.",
    "model_sources": "Mallin lähteet: {sources}.",
    "model_disappears": "Sivustolta poistuvat prosessin sivu, uimaratakaavio ja {count} vaihetta ({steps}) "
    "sekä {answers} vastausta; palvelun {service} vertailusta poistuu alueen {region} kuvaus.",
    "field_changed": "{label} muuttuu: {before} → {after}.",
    "field_set": "{label} merkitään: {after}.",
    "field_cleared": "{label} poistetaan (oli {before}).",
    "text_changed": "{label} muuttuu.",
    "text_set": "{label} kirjoitetaan.",
    "text_cleared": "{label} poistetaan.",
    "lane_added": "Uimaradaksi lisätään rooli {role}.",
    "lane_removed": "Rooli {role} poistetaan uimaradoista.",
    "lanes_reordered": "Uimaratojen järjestys muuttuu: {before} → {after}.",
    "item_added": "{label}: lisätään {item}.",
    "item_removed": "{label}: poistetaan {item}.",
    "changelog_added": "Muutoshistoriaan lisätään merkintä {date}: {summary}",
    "start_changed": "Prosessi alkaa nyt vaiheesta *{after}* (aiemmin *{before}*).",
    "steps_reordered": "Vaiheiden järjestys muuttuu: {before} → {after}.",
    # steps
    "step_added": "Lisätään vaihe *{step}* (palvelun vaihe: {phase}; vastuu: {role}; jatkuu: {next}).",
    "step_removed": "Vaihe *{step}* poistetaan.",
    "step_retitled": "Vaihe *{before}* nimetään uudelleen: *{after}*.",
    "step_renamed": "Vaiheen *{step}* tunniste muuttuu: {before} → {after}.",
    "responsible_moved": "Vaiheen *{step}* vastuu siirtyy roolilta {before} roolille {after}.",
    "responsible_set": "Vaiheelle *{step}* merkitään vastuurooli {after}.",
    "responsible_cleared": "Vaiheen *{step}* vastuurooli {before} poistetaan; vastuu jää kuvaamatta.",
    "participant_added": "Vaiheeseen *{step}* osallistuu nyt myös {role}.",
    "participant_removed": "{role} ei enää osallistu vaiheeseen *{step}*.",
    "step_field_changed": "Vaiheen *{step}* {label} muuttuu: {before} → {after}.",
    "step_field_set": "Vaiheelle *{step}* merkitään {label}: {after}.",
    "step_field_cleared": "Vaiheen *{step}* {label} poistetaan (oli {before}).",
    "step_text_changed": "Vaiheen *{step}* {label} muuttuu.",
    "decision_set": "Vaiheesta *{step}* tulee päätöskohta: {after}",
    "decision_cleared": "Vaihe *{step}* ei ole enää päätöskohta.",
    "form_used": "Vaiheessa *{step}* käytetään nyt lomaketta {form}.",
    "form_unused": "Vaiheessa *{step}* ei enää käytetä lomaketta {form}.",
    "basis_gained": "Vaihe *{step}* saa säädösperusteen {basis}.",
    "basis_lost": "Vaihe *{step}* menettää säädösperusteen {basis}.",
    "basis_swapped": "Vaiheen *{step}* säädösperuste vaihtuu: {before} → {after}.",
    "source_gained": "Vaihe *{step}* saa lähteen {source}.",
    "source_lost": "Vaihe *{step}* menettää lähteen {source}.",
    "next_added": "Vaiheesta *{step}* on uusi jatkopolku: {target}.",
    "next_removed": "Vaiheesta *{step}* poistuu jatkopolku: {target}.",
    "condition_changed": "Vaiheen *{step}* jatkopolun ({target}) ehto muuttuu: ”{before}” → ”{after}”.",
    "condition_set": "Vaiheen *{step}* jatkopolulle ({target}) tulee ehto ”{after}”.",
    "condition_cleared": "Vaiheen *{step}* jatkopolun ({target}) ehto ”{before}” poistetaan.",
    # answers to canonical questions
    "answer_added": "Kysymykseen *{question}* vastataan: {after}",
    "answer_changed": "Vastaus kysymykseen *{question}* muuttuu: {before} → {after}",
    "answer_removed": "Vastaus kysymykseen *{question}* poistetaan (oli: {before}).",
    "answer_roles_changed": "Kysymyksen *{question}* vastauksen roolit muuttuvat: {before} → {after}.",
    # forms
    "form_added": "Uusi lomake *{name}*.",
    "form_removed": "Lomake *{name}* poistetaan.",
    "form_section_added": "Lomakkeeseen lisätään osio *{section}*.",
    "form_section_removed": "Lomakkeesta poistetaan osio *{section}*.",
    "form_field_added": "Osioon *{section}* lisätään kenttä *{field}* ({type}).",
    "form_field_removed": "Osiosta *{section}* poistetaan kenttä *{field}*.",
    "form_field_changed": "Kentän *{field}* {label} muuttuu: {before} → {after}.",
    # catalogues
    "catalog_added": "Lisätään {noun} *{name}*.",
    "catalog_removed": "Poistetaan {noun} *{name}*.",
    "catalog_changed": "Muutetaan {noun} *{name}* (muuttuneet avaimet: {keys}).",
}


def sentence(item: Change, escape: Callable[[str], str] | None = None) -> str:
    """The Finnish sentence, with escaped values and emphasis (Markdown) or plain (escape=None)."""
    template = SENTENCES[item.kind]
    if escape is None:
        return template.replace("*", "").format(**item.values)
    return template.format(**{key: escape(value) for key, value in item.values.items()})
