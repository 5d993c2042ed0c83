"""The Textual front end: builds a RunConfig, calls the engine, renders its events.

Nothing in here decides what a row or an image becomes; that is the engine's job.
"""
