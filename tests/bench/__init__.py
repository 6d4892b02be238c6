"""`make bench`: the national-scale benchmark (not a test suite; only test_*.py here is collected)."""
