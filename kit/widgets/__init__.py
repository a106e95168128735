"""Interactive widgets for the lessons (ipywidgets 8), built in three layers.

1. pure functions that turn analysis results into HTML strings or plain data;
2. a ``traitlets.HasTraits`` model per widget (no ipywidgets import) that holds the state;
3. a thin ipywidgets view, returned by a ``make_*`` builder and never displayed from here.

Importing :mod:`kit` does not import this package; importing this package does not
import ipywidgets either: each builder imports it when called.
"""
