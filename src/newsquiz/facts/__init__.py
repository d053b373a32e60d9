"""Facts: the one reader of values, names and places in text, and the generic world tables.

The lowest layer: it imports nothing else of newsquiz, and knows no article but the one
it is given.
"""
