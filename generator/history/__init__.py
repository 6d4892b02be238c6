"""history: each process model's change history from its own changelog and from git.

Only dates and commit subjects are read from git, never author names or e-mail addresses, and only
git's own dates are used, so a build from the same commit gives the same bytes.
"""
