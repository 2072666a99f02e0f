"""One thin dynamic provider per kind; the shared behaviour is in base.py."""
