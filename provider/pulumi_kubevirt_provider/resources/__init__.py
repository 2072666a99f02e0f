"""The provider core, one handler per kind (transport-neutral); the shared behaviour is in base.py."""
