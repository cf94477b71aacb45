"""Reading and writing corpora: JSON Lines records, chunks for workers, parallel runs, progress."""
