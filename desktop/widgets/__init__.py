"""Multivector's widgets: one widget class per module, each updated through setters."""
