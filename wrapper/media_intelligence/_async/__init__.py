"""The client core, clients and paginators as written: async. ``make generate`` derives the sync ones."""
