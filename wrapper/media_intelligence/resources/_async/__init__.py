"""The resource namespaces as written: async. ``make generate`` derives the sync ones beside this folder."""
