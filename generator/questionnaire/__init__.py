"""questionnaire: the round trip that lets a region fill in its own answers without writing YAML.

    `polku kysely`: knowledge graph → questionnaire (typed rows per region) → XLSX workbook (writer)
    `polku tuo`:    XLSX → safe read (package, reader) → checks (problems with Sheet!Cell) → import plan
                    → text edits of the model YAML (comments kept) → validate + diff on a scratch copy → write all
"""
