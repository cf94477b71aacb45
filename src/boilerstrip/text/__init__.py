"""A document's text as the cleaner sees it: lines, their normal form and shape, the working state."""
