"""Seed articles shipped with the kit (package data, read with ``kit.load_article(name)``)."""
