"""Downloadable form templates: an editable DOCX and a fillable PDF per form definition.

`stage.contribute_forms` renders both for every form into the site's assets; `export.write_forms`
writes the same bytes for `polku export forms`.
"""
