"""The guide inside the app: its pages (content.py), its window and how the window opens it."""
