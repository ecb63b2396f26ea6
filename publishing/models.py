"""Trustworthy publishing: medical review workflow, claims checks, review dates."""
