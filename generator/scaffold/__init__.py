"""scaffold: new model files that validate at once (`polku new process`, `polku new region`)."""
